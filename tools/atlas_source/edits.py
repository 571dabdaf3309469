"""Outlines an illustrator edited in Inkscape (filled in below; empty until an import)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from atlas_source.primitives.curves import Curve


@dataclass
class Edits:
    muscles: dict[str, Curve] = field(default_factory=dict)
    zones: dict[tuple[str, str, str], list[Curve]] = field(default_factory=dict)


def load(source: Path, view: str) -> Edits:
    return Edits()
