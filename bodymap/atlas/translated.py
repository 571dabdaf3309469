"""The reference with its patient register in another language (docs/translating.md)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bodymap import resources
from bodymap.atlas.reference import Reference
from bodymap.domain.translations import (
    SOURCE_LANGUAGE,
    TranslationStatus,
    available_languages,
    english_texts,
    load_content_translation,
    translate_dataset,
    translate_general,
)


def translate_reference(reference: Reference, language: str,
                        directory: Path | str | None = None) -> Reference:
    """The reference in `language` where a current translation exists, English elsewhere
    (field by field). English, or a language without translations, returns it unchanged.
    Raises DataError when the language's files are malformed."""
    folder = Path(directory) if directory is not None else resources.CONTENT_TRANSLATIONS_DIR
    if language == SOURCE_LANGUAGE or language not in available_languages(folder):
        return reference
    translation = load_content_translation(language, folder)
    return replace(reference, dataset=translate_dataset(reference.dataset, translation),
                   general=translate_general(reference.general, translation),
                   language=language)


def translation_statuses(reference: Reference,
                         directory: Path | str | None = None) -> list[TranslationStatus]:
    """How each available language's translation stands against the English reference.
    Raises DataError when a language's files are malformed."""
    folder = Path(directory) if directory is not None else resources.CONTENT_TRANSLATIONS_DIR
    english = english_texts(reference.dataset, reference.general)
    return [load_content_translation(code, folder).status(english)
            for code in available_languages(folder) if code != SOURCE_LANGUAGE]
