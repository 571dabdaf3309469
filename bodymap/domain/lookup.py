"""From a pain drawing to the muscles whose trigger points may be causing it.

The drawing is given as the area drawn inside each region (document units²). Every trigger
point of every muscle side is scored against it, and each muscle side keeps its best trigger
point. The formula is documented in docs/lookup.md; in short:

    fit          = (E + SPILLOVER_WEIGHT · S) / D     how much of the drawing the pattern explains
    completeness = E / Z                              how much of the essential zone is drawn
    score        = fit · (1 − EMPTY_ZONE_WEIGHT · (1 − completeness))

with D the area drawn, E and S the parts of it inside the trigger point's essential and
spillover zones, and Z the area of the essential zone. Pain outside the pattern lowers `fit`;
a large zone left mostly empty lowers the second factor. Zones lie on the side of their
trigger point, so pain on the left is explained by left-side muscles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bodymap.domain.model import SIDES, Dataset, MuscleSide, Region, RegionKey, TriggerPoint
from bodymap.domain.region_areas import RegionAreas

SPILLOVER_WEIGHT = 0.5
EMPTY_ZONE_WEIGHT = 0.4
MIN_SCORE = 0.005  # candidates below this explain essentially nothing and are not listed


@dataclass(frozen=True)
class Candidate:
    """One muscle side that may explain the drawing, with the numbers behind its score."""

    key: MuscleSide
    trigger_point: str
    trigger_point_label: str
    score: float
    essential_share: float  # of the drawing, inside the essential zone
    spillover_share: float  # of the drawing, inside the spillover zone only
    zone_filled: float  # of the essential zone, drawn

    def why(self) -> str:
        """One plain sentence a clinician can read to the patient's drawing."""
        parts = [f"its essential zone covers {self.essential_share:.0%} of what you drew"]
        if self.spillover_share >= 0.005:
            parts.append(f"{self.spillover_share:.0%} falls in its spillover zone")
        unexplained = 1 - self.essential_share - self.spillover_share
        if unexplained >= 0.005:
            parts.append(f"{unexplained:.0%} lies outside its pattern")
        parts.append(f"you drew {self.zone_filled:.0%} of its essential zone")
        return f"{'; '.join(parts)} ({self.trigger_point_label})."


class PainDrawing:
    """Drawn area per region. A child region lies inside its parent, so where both are
    drawn the child's area is already part of the parent's and is counted once."""

    def __init__(self, drawn: Mapping[RegionKey, float], regions: Mapping[str, Region]) -> None:
        self.drawn = {k: a for k, a in drawn.items() if a > 0}
        self._regions = regions
        self.total = self.inside(set(self.drawn))

    def inside(self, zone: set[RegionKey]) -> float:
        """Area of the drawing that lies within the union of the zone's regions."""
        zone_ids = {k.region_id for k in zone}
        area = 0.0
        for key, drawn in self.drawn.items():
            if key not in zone:
                continue
            # A child inside a parent that is also in the zone is counted with the parent.
            region = self._regions.get(key.region_id)
            if region is None or region.parent is None or region.parent not in zone_ids:
                area += drawn
        return area

    @classmethod
    def from_regions(cls, keys: Iterable[RegionKey], areas: Mapping[RegionKey, float],
                     regions: Mapping[str, Region]) -> PainDrawing:
        """A drawing that fills whole regions (taps, or `bodymap lookup temple.left`).
        Filling a parent also fills its children."""
        pieces = RegionAreas(areas, regions)
        chosen = set(keys)
        for key in list(chosen):
            chosen.update(child for child, _ in pieces.child_keys(key) if child in areas)
        return cls({k: areas.get(k, 0.0) for k in chosen}, regions)


def zone_area(zone: set[RegionKey], areas: Mapping[RegionKey, float],
              regions: Mapping[str, Region]) -> float:
    return PainDrawing({k: areas.get(k, 0.0) for k in zone}, regions).inside(zone)


def rank(drawing: PainDrawing, dataset: Dataset,
         areas: Mapping[RegionKey, float]) -> list[Candidate]:
    """Every muscle side that explains some of the drawing, best first. Ties keep the data
    file's muscle order, left before right, so the ranking is deterministic."""
    if drawing.total <= 0:
        return []
    order = {m.id: i for i, m in enumerate(dataset.muscles)}
    best: dict[MuscleSide, Candidate] = {}
    for muscle in dataset:
        for side in SIDES:
            key = MuscleSide(muscle.id, side)
            for trp in muscle.trigger_points:
                candidate = _score(key, trp, drawing, dataset.regions, areas)
                if candidate is not None and (key not in best or
                                              candidate.score > best[key].score):
                    best[key] = candidate
    ranked = [c for c in best.values() if c.score >= MIN_SCORE]
    ranked.sort(key=lambda c: (-round(c.score, 9), order[c.key.muscle_id],
                               SIDES.index(c.key.side)))
    return ranked


def _score(key: MuscleSide, trp: TriggerPoint, drawing: PainDrawing,
           regions: Mapping[str, Region], areas: Mapping[RegionKey, float]) -> Candidate | None:
    essential = set(trp.essential.region_keys(key.side, regions))
    spillover = set(trp.spillover.region_keys(key.side, regions)) - essential
    e = drawing.inside(essential)
    s = drawing.inside(essential | spillover) - e
    if e <= 0 and s <= 0:
        return None
    total = drawing.total
    zone = zone_area(essential, areas, regions)
    fit = min(1.0, (e + SPILLOVER_WEIGHT * s) / total)
    completeness = min(1.0, e / zone) if zone > 0 else 0.0
    score = fit * (1 - EMPTY_ZONE_WEIGHT * (1 - completeness))
    return Candidate(key, trp.id, trp.label, score, min(1.0, e / total), min(1.0, s / total),
                     completeness)
