"""Translations of the patient register: per-language files beside the English data.

    bodymap/data/i18n/<language>/trigger_points.yaml   common names, patient summaries, red flags,
                                                       self-care steps
    bodymap/data/i18n/<language>/dry_needling.yaml     aftercare, warning signs, red flags by
                                                       area, patient evidence, patient pages
    bodymap/data/i18n/<language>/body_regions.yaml     the body regions' and the bony
                                                       landmarks' names (pain ranking, kiosk,
                                                       map, study)

Each translated text records in `from` the `source_hash` of the English text it was made
from. When the English changes, the hash no longer matches: the translation is *stale*, and
the English is shown for that field until a translator updates it (a patient must never read
an outdated warning). A field with no translation is *missing*, and shows in English too:
per field, never a blank. `bodymap check` lists both. Clinician content is not translated
here: it stays English (docs/decisions/0036).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bodymap.domain.general import GeneralContent
from bodymap.domain.landmarks import LABELS as LANDMARK_LABELS
from bodymap.domain.model import Dataset, Muscle, Where
from bodymap.domain.problems import DataError, Problem

# Language code -> the language's name in that language (what a language menu shows:
# a flag is a country, not a language).
LANGUAGES: Mapping[str, str] = MappingProxyType({"en": "English", "es": "Español"})
SOURCE_LANGUAGE = "en"
# The translated files, by the stem of the English file they translate.
FILES = ("trigger_points", "dry_needling", "body_regions")

# Words of needling technique or of the clinician's vocabulary, which no patient text may
# use (the English list is general.PATIENT_FORBIDDEN). A new language adds its own here.
PATIENT_FORBIDDEN: Mapping[str, re.Pattern[str]] = MappingProxyType({
    "es": re.compile(r"\b(inser\w*|pinza\w*|profundidad\w*|mil[ií]metro\w*|mm|cm|calibre\w*|"
                     r"pleura\w*|neumot[oó]rax|ipsilateral\w*|contralateral\w*|[áa]ngulo\w*|"
                     r"angulaci[oó]n\w*|tangencial\w*)\b", re.IGNORECASE),
})

Text = str | tuple[str, ...]
FieldPath = tuple[str | int, ...]


def source_hash(english: str | Sequence[str]) -> str:
    """Twelve hex digits identifying an English text (a list: its items in order). Runs of
    white space count as one space, so re-wrapping a line does not make translations stale."""
    items = [english] if isinstance(english, str) else list(english)
    joined = "\n".join(" ".join(str(item).split()) for item in items)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def normalise_language(code: str | None) -> str | None:
    """'es', 'es_MX', 'es-419' -> 'es'; None for an empty code."""
    if not code:
        return None
    return code.replace("-", "_").split("_")[0].strip().lower() or None


@dataclass(frozen=True)
class TranslatedText:
    text: Text
    source: str  # source_hash of the English it was translated from
    where: Where = field(compare=False)


@dataclass(frozen=True)
class TranslationStatus:
    """How a translation stands against the English it translates."""

    language: str
    current: frozenset[FieldPath]
    missing: tuple[FieldPath, ...]
    stale: tuple[tuple[FieldPath, TranslatedText, str], ...]  # path, translation, hash now
    unknown: tuple[tuple[FieldPath, TranslatedText], ...]  # translates nothing that exists

    @property
    def complete(self) -> bool:
        return not (self.missing or self.stale or self.unknown)

    def missing_muscles(self) -> tuple[str, ...]:
        """Muscle ids with at least one patient field missing or stale."""
        ids = [p[2] for p in self.missing if p[:2] == ("trigger_points", "muscles")]
        ids += [p[2] for p, _, _ in self.stale if p[:2] == ("trigger_points", "muscles")]
        return tuple(dict.fromkeys(str(i) for i in ids))

    def problems(self, directory: Path | str) -> list[Problem]:
        """One line per missing, stale or unknown field, placed in the translation file."""
        base = Path(directory) / self.language
        name = LANGUAGES.get(self.language, self.language)
        found: list[Problem] = []
        for path in self.missing:
            found.append(Problem(str(base / f"{path[0]}.yaml"), None, None,
                                 f"missing {name} translation of {dotted(path[1:])} "
                                 "(the English is shown)"))
        for path, text, now in self.stale:
            found.append(Problem(text.where.file, text.where.line, text.where.column,
                                 f"stale {name} translation of {dotted(path[1:])}: it was made "
                                 f"from an older English text (the English is shown until it "
                                 f"is updated; then set from: {now})"))
        for path, text in self.unknown:
            found.append(Problem(text.where.file, text.where.line, text.where.column,
                                 f"{dotted(path[1:])} translates nothing: there is no such "
                                 "English text"))
        return found


def dotted(path: Iterable[str | int]) -> str:
    return ".".join(f"[{p}]" if isinstance(p, int) else p for p in path).replace(".[", "[")


@dataclass(frozen=True)
class ContentTranslation:
    """The translated patient texts of one language, by the path of the English field."""

    language: str
    texts: Mapping[FieldPath, TranslatedText]
    # ("left", "{Name}, lado izquierdo"), ("right", ...): see Muscle.side_names.
    side_names: tuple[tuple[str, str], ...] = ()

    def status(self, english: Mapping[FieldPath, Text]) -> TranslationStatus:
        current, missing, stale = set(), [], []
        for path, text in english.items():
            found = self.texts.get(path)
            if found is None:
                missing.append(path)
            elif found.source != source_hash(text):
                stale.append((path, found, source_hash(text)))
            else:
                current.add(path)
        unknown = tuple((p, t) for p, t in self.texts.items() if p not in english)
        return TranslationStatus(self.language, frozenset(current), tuple(missing),
                                 tuple(stale), unknown)

    def text_for(self, path: FieldPath, english: Text) -> Text:
        """The translation of one field if it is current, else the English."""
        found = self.texts.get(path)
        if found is None or found.source != source_hash(english):
            return english
        return found.text


def english_texts(dataset: Dataset, general: GeneralContent | None) -> dict[FieldPath, Text]:
    """Every translatable English text of the patient register, by its field path."""
    texts: dict[FieldPath, Text] = {}
    for m in dataset.muscles:
        at = ("trigger_points", "muscles", m.id)
        texts[(*at, "name")] = m.name
        texts[(*at, "patient_summary")] = m.patient_summary
        if m.patient_red_flag is not None:
            texts[(*at, "patient_red_flag", "see_a_doctor")] = m.patient_red_flag.see_a_doctor
            texts[(*at, "patient_red_flag", "urgent")] = m.patient_red_flag.urgent
        if m.patient_self_care is not None:
            texts[(*at, "patient_self_care", "steps")] = m.patient_self_care.steps
    for named in dataset.regions.values():
        texts[("body_regions", "regions", named.id)] = named.label
    for base, label in LANDMARK_LABELS.items():
        texts[("body_regions", "landmarks", base)] = label
    if general is None:
        return texts
    g: tuple[str | int, ...] = ("dry_needling",)
    for i, item in enumerate(general.aftercare):
        texts[(*g, "aftercare", i)] = item.text
    for i, sign in enumerate(general.warning_signs):
        texts[(*g, "warning_signs", i, "sign")] = sign.sign
        texts[(*g, "warning_signs", i, "action")] = sign.action
    for i, flags in enumerate(general.pain_red_flags):
        texts[(*g, "pain_red_flags", i, "area")] = flags.area
        texts[(*g, "pain_red_flags", i, "urgent")] = flags.urgent
        texts[(*g, "pain_red_flags", i, "doctor_soon")] = flags.doctor_soon
    for region, evidence in general.evidence.items():
        texts[(*g, "evidence", region)] = evidence.patient
    for page in general.patient_pages:
        texts[(*g, "patient_pages", page.id, "title")] = page.title
        texts[(*g, "patient_pages", page.id, "paragraphs")] = page.paragraphs
    return texts


def available_languages(directory: Path | str) -> tuple[str, ...]:
    """English and every language with a translation folder that LANGUAGES names."""
    folder = Path(directory)
    found = [c for c in LANGUAGES if c != SOURCE_LANGUAGE and (folder / c).is_dir()]
    return (SOURCE_LANGUAGE, *found)


def load_content_translation(language: str, directory: Path | str) -> ContentTranslation:
    """Read and check one language's files (a missing file translates nothing); raise
    DataError naming file:line:column for anything the schemas refuse."""
    from bodymap.domain.schema_check import schema_problems
    from bodymap.domain.yaml_source import read_yaml

    folder = Path(directory)
    texts: dict[FieldPath, TranslatedText] = {}
    side_names: tuple[tuple[str, str], ...] = ()
    problems: list[Problem] = []
    for stem in FILES:
        path = folder / language / f"{stem}.yaml"
        if not path.is_file():
            continue
        data, positions = read_yaml(path, str(path))
        schema = folder / f"{stem}.translation.schema.json"
        found = schema_problems(data, positions, schema)
        if not found and data["language"] != language:
            found.append(positions.problem(("language",), f"the file is in the folder of "
                                           f"{language!r} but says language: "
                                           f"{data['language']!r}"))
        if found:
            problems += found
            continue
        if "side_names" in data:
            side_names = tuple((side, str(data["side_names"][side])) for side in ("left", "right"))
        forbidden = PATIENT_FORBIDDEN.get(language)
        for file_path, value in _leaves(data, ()):
            line, column = positions.at(file_path)
            text = value["text"]
            words = sorted({m.group(0).lower() for t in ([text] if isinstance(text, str)
                                                          else text)
                            for m in (forbidden.finditer(t) if forbidden else ())})
            if words:
                problems.append(positions.problem(
                    (*file_path, "text"), "patient text uses clinician or technique words "
                                          f"({', '.join(words)})"))
            texts[(stem, *file_path)] = TranslatedText(
                tuple(text) if isinstance(text, list) else " ".join(str(text).split()),
                value["from"], Where(str(path), line, column))
    if problems:
        raise DataError(problems)
    return ContentTranslation(language, MappingProxyType(texts), side_names)


def _leaves(node: Any, path: FieldPath) -> Iterable[tuple[FieldPath, dict]]:
    """(path, {from, text}) for every translated text in a loaded file."""
    if isinstance(node, dict) and "from" in node and "text" in node:
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in ("schema_version", "language", "side_names"):
                yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _leaves(value, (*path, i))


def translate_dataset(dataset: Dataset, translation: ContentTranslation) -> Dataset:
    """The dataset with its patient fields in the translation's language where it has a
    current text. The English common name stays findable (it joins the synonyms)."""
    regions = {key: replace(region, label=str(translation.text_for(
                   ("body_regions", "regions", region.id), region.label)))
               for key, region in dataset.regions.items()}
    landmarks = {base: str(translation.text_for(("body_regions", "landmarks", base), label))
                 for base, label in dataset.landmark_labels.items()}
    return Dataset(muscles=tuple(_muscle(m, translation) for m in dataset.muscles),
                   sources=dict(dataset.sources), regions=regions,
                   file=dataset.file, landmark_labels=landmarks)


def _muscle(m: Muscle, translation: ContentTranslation) -> Muscle:
    at = ("trigger_points", "muscles", m.id)
    name = str(translation.text_for((*at, "name"), m.name))
    flag = m.patient_red_flag
    if flag is not None:
        urgent = translation.text_for((*at, "patient_red_flag", "urgent"), flag.urgent)
        flag = replace(flag, see_a_doctor=str(translation.text_for(
            (*at, "patient_red_flag", "see_a_doctor"), flag.see_a_doctor)),
            urgent=tuple(urgent) if not isinstance(urgent, str) else (urgent,))
    care = m.patient_self_care
    if care is not None:
        steps = translation.text_for((*at, "patient_self_care", "steps"), care.steps)
        care = replace(care, steps=(steps,) if isinstance(steps, str) else tuple(steps))
    synonyms = m.synonyms if name == m.name else (m.name, *m.synonyms)
    return replace(m, name=name, synonyms=synonyms, patient_red_flag=flag,
                   patient_self_care=care,
                   side_names=translation.side_names,
                   patient_summary=str(translation.text_for((*at, "patient_summary"),
                                                            m.patient_summary)))


def translate_general(general: GeneralContent,
                      translation: ContentTranslation) -> GeneralContent:
    """The general content with its patient texts translated where current."""
    g: tuple[str, ...] = ("dry_needling",)

    def one(path: FieldPath, english: str) -> str:
        return str(translation.text_for((*g, *path), english))

    def many(path: FieldPath, english: tuple[str, ...]) -> tuple[str, ...]:
        text = translation.text_for((*g, *path), english)
        return (text,) if isinstance(text, str) else tuple(text)

    return replace(
        general,
        aftercare=tuple(replace(a, text=one(("aftercare", i), a.text))
                        for i, a in enumerate(general.aftercare)),
        warning_signs=tuple(replace(w, sign=one(("warning_signs", i, "sign"), w.sign),
                                    action=one(("warning_signs", i, "action"), w.action))
                            for i, w in enumerate(general.warning_signs)),
        pain_red_flags=tuple(
            replace(r, area=one(("pain_red_flags", i, "area"), r.area),
                    urgent=many(("pain_red_flags", i, "urgent"), r.urgent),
                    doctor_soon=many(("pain_red_flags", i, "doctor_soon"), r.doctor_soon))
            for i, r in enumerate(general.pain_red_flags)),
        evidence=MappingProxyType({k: replace(e, patient=one(("evidence", k), e.patient))
                                   for k, e in general.evidence.items()}),
        patient_pages=tuple(
            replace(p, title=one(("patient_pages", p.id, "title"), p.title),
                    paragraphs=many(("patient_pages", p.id, "paragraphs"), p.paragraphs))
            for p in general.patient_pages),
    )
