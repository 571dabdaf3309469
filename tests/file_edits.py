"""Test data made by editing a bundled file: each (old, new) pair replaced once."""

from __future__ import annotations

from pathlib import Path


def write_edited(text: str, source_name: str, target: Path,
                 replacements: tuple[tuple[str, str], ...]) -> Path:
    """Write `text` to `target` with each `old` replaced by `new` once; an `old` that is not
    there is a mistake in the test, named after `source_name`."""
    for old, new in replacements:
        assert old in text, f"test set-up: {old!r} not in {source_name}"
        text = text.replace(old, new, 1)
    target.write_text(text, encoding="utf-8")
    return target
