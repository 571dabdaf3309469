"""Assembling each figure from the source: silhouette, strokes of every body part, the
registered muscles in paint order (with any outline an illustrator edited in Inkscape),
regions, trigger-point markers (markers.yaml), zone shapes and landmarks."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import yaml

from atlas_source import edits, parts
from atlas_source.figure import Figure
from atlas_source.landmarks import (
    ANTERIOR_LANDMARKS,
    LATERAL_LANDMARKS,
    PLANTAR_LANDMARKS,
    POSTERIOR_LANDMARKS,
)
from atlas_source.parts.head_neck import lateral_outline
from atlas_source.parts.leg_foot import sole_outline
from atlas_source.primitives.curves import Curve, mirror_closed
from atlas_source.primitives.shapes import clip_fibres, depth_inside
from atlas_source.regions.anterior import anterior_regions
from atlas_source.regions.lateral import lateral_regions
from atlas_source.regions.plantar import plantar_regions
from atlas_source.regions.posterior import posterior_regions
from atlas_source.registry import muscles_of
from atlas_source.silhouette import silhouette_half
from atlas_source.views import FRAMES
from atlas_source.zones import zone_shapes

SOURCE = Path(__file__).resolve().parent
MARKERS_FILE = SOURCE / "markers.yaml"


class SourceError(ValueError):
    """The atlas source contradicts itself (a marker outside its muscle, an unknown id...)."""


def load_markers(path: Path = MARKERS_FILE) -> dict[str, dict[str, dict[str, tuple]]]:
    with path.open(encoding="utf-8") as stream:
        data = yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data or {}


def muscle_layers(view: str, edited: edits.Edits):
    """(muscles in paint order, clipped fibres by muscle) for one figure."""
    muscles, fibres = [], {}
    for entry in muscles_of(view):
        drawing = entry.draw()
        outline = edited.muscles.get(entry.muscle_id, drawing.outline)
        muscles.append((entry.muscle_id, entry.layer, outline))
        fibres[entry.muscle_id] = clip_fibres(drawing.fibres, outline)
    return muscles, fibres


def markers(view: str, muscles: list[tuple[str, int, Curve]], table: dict) -> list:
    """The trigger-point markers of one figure, checked against the muscles drawn on it."""
    outlines = {name: outline for name, _layer, outline in muscles}
    out = []
    for muscle_id, points in (table.get(view) or {}).items():
        if muscle_id not in outlines:
            raise SourceError(f"markers.yaml: {view}: {muscle_id} is not a muscle drawn on the "
                              f"{view} figure")
        poly = outlines[muscle_id].sample(10)
        for trp_id, point in points.items():
            p = (point[0], point[1])
            if depth_inside(p, poly) < 1.0:
                raise SourceError(f"markers.yaml: {view}: {muscle_id} {trp_id} at {list(p)} "
                                  f"does not lie inside the outline of {muscle_id}")
            out.append((muscle_id, trp_id, p))
    return out


def zones_of(view: str, edited: edits.Edits) -> list:
    out = []
    for muscle_id, trp_id, kind, zone_view, curves in zone_shapes():
        if zone_view == view:
            key = (muscle_id, trp_id, kind)
            out.append((muscle_id, trp_id, kind, edited.zones.get(key, curves)))
    return out


def figure(view: str, source: Path = SOURCE) -> Figure:
    """One figure, built from the source."""
    frame = FRAMES[view]
    edited = edits.load(source, view)
    outline, regions_of, landmarks = OUTLINES[view]
    chain = outline()
    regions, unnamed = regions_of(chain)
    muscles, fibres = muscle_layers(view, edited)
    silhouette = chain if frame.paired else mirror_closed(chain)
    return Figure(view, silhouette, parts.strokes(view), muscles, fibres, regions,
                  markers(view, muscles, load_markers(source / "markers.yaml")), landmarks,
                  unnamed, zones_of(view, edited))


# Per figure: its outline (the left half, or the whole left figure when paired), its
# region tiling and its landmarks.
OUTLINES = {
    "posterior": (lambda: silhouette_half("posterior"), posterior_regions, POSTERIOR_LANDMARKS),
    "anterior": (lambda: silhouette_half("anterior"), anterior_regions, ANTERIOR_LANDMARKS),
    "lateral": (lateral_outline, lateral_regions, LATERAL_LANDMARKS),
    "plantar": (sole_outline, plantar_regions, PLANTAR_LANDMARKS),
}
FIGURES = {view: partial(figure, view) for view in FRAMES}
