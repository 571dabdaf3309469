"""What one figure holds before it is written: strokes, muscles, regions, markers, landmarks,
all authored on the patient's left in body coordinates."""

from __future__ import annotations

from dataclasses import dataclass, field

from atlas_source.primitives.curves import Curve, Pt

SIDES = ("left", "right")


@dataclass
class Stroke:
    curve: Curve
    cls: str                 # "bone" or "contour"
    closed: bool = False
    bilateral: bool = True   # False: a midline stroke, drawn once as authored
    weight: float = 1.0      # relative stroke width in the SVG preview styling


@dataclass
class Figure:
    view: str
    silhouette: Curve
    strokes: list[Stroke]
    muscles: list[tuple[str, int, Curve]]          # deepest first
    fibres: dict[str, list[Curve]]
    regions: list[tuple[str, Curve, bool]]         # (region id, outline, midline?)
    trps: list[tuple[str, str, Pt]]
    landmarks: list[tuple[str, Pt, bool]]          # (name, point, bilateral?)
    unnamed: list[Curve] = field(default_factory=list)  # surface no region names (not drawn)
    zones: list[tuple[str, str, str, list[Curve]]] = field(default_factory=list)
