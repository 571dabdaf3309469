"""Marks interface text written in the domain layer (which must not import Qt) for
translation. `pyside6-lupdate` finds `QT_TRANSLATE_NOOP("context", "text")` and extracts the
text; here the mark returns the English unchanged, and the interface translates it where it
shows it: `QCoreApplication.translate("context", text)` (docs/translating.md)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    return text
