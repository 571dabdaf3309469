"""Marks interface text written in the domain layer (which must not import Qt) for
translation, two ways (docs/translating.md):

- a fixed text is marked where it is written, `QT_TRANSLATE_NOOP("context", "text")`, and
  the interface translates it where it shows it: `QCoreApplication.translate("context",
  text)` (as `EMERGENCY_LEAD` is);
- a sentence the domain composes (a study question, a ranking's reason) is built through a
  `translate` function passed in: `translate("context", "text {name}").format(name=...)`.
  `pyside6-lupdate` reads every `translate("context", "text")` call with literal strings,
  whatever object it is called on; the interface passes `QCoreApplication.translate`, and
  everything else (the command line, exports, tests) gets `untranslated`, the English.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, English text) -> the text in the interface's language.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    return text


def untranslated(context: str, text: str) -> str:
    """The `Translate` of the English: every text as it is written."""
    return text
