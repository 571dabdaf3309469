"""Scoring study answers: a marking of regions against a muscle's referral pattern (by area),
and a tap against a landmark (by distance). Pure functions, no Qt."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bodymap.domain.model import Muscle, Region, RegionKey
from bodymap.domain.region_areas import RegionAreas

SPILLOVER_WEIGHT = 0.5  # a marked spillover region earns half the credit of an essential one
PATTERN_PASS = 0.7  # a marking scoring at least this counts as correct
MIN_MARKED_SHARE = 0.02  # of a region's area: less paint than this does not "mark" it
TAP_TOLERANCE = 25.0  # document units: a tap this close to a landmark is correct
TAP_FALLOFF = 2.0  # beyond the tolerance the score falls to 0 over this many tolerances

@dataclass(frozen=True)
class Pattern:
    """A muscle side's whole referral pattern: the union over its trigger points. A region
    essential for one trigger point and spillover for another counts as essential."""

    essential: tuple[RegionKey, ...]
    spillover: tuple[RegionKey, ...]

    @property
    def keys(self) -> tuple[RegionKey, ...]:
        return self.essential + self.spillover


def muscle_pattern(muscle: Muscle, side: str, regions: Mapping[str, Region]) -> Pattern:
    essential = muscle.zone_keys(side, regions, "essential")
    spillover = tuple(k for k in muscle.zone_keys(side, regions, "spillover")
                      if k not in essential)
    return Pattern(essential, spillover)



@dataclass(frozen=True)
class MarkingScore:
    score: float
    hit: tuple[RegionKey, ...]  # pattern regions marked (essential first)
    missed: tuple[RegionKey, ...]  # essential regions not marked
    spillover_hit: tuple[RegionKey, ...]
    excess: tuple[RegionKey, ...]  # marked regions outside the pattern


def score_marking(pattern: Pattern,
                  marked: Iterable[RegionKey] | Mapping[RegionKey, float],
                  region_areas: Mapping[RegionKey, float],
                  regions: Mapping[str, Region]) -> MarkingScore:
    """Score a marking against a pattern, by area.

    `marked` is either the regions tapped (each counts whole; a parent brings its children)
    or, like `lookup.PainDrawing`, the area painted inside each region (a parent's area
    includes its children's). With e the marked area inside the essential zone, s inside
    the spillover zone, x outside the pattern, and E the essential zone's area:

        score = (e + ½·s) / (E + ½·s + x)

    So marking exactly the essential zone scores 1; adding spillover regions keeps it at 1
    (spillover is optional: left unmarked it costs nothing); marked spillover counts at half
    the weight of essential, so spillover alone scores well below 1; and every unit marked
    outside the pattern lowers the score like a unit of essential zone missed.
    """
    areas = RegionAreas(region_areas, regions)
    amounts = _marked_pieces(marked, areas)
    essential = areas.pieces(pattern.essential)
    spillover = areas.pieces(pattern.spillover) - essential
    e = sum(a for p, a in amounts.items() if p in essential)
    s = sum(a for p, a in amounts.items() if p in spillover)
    x = sum(a for p, a in amounts.items() if p not in essential and p not in spillover)
    denominator = areas.measure(essential) + SPILLOVER_WEIGHT * s + x
    score = (e + SPILLOVER_WEIGHT * s) / denominator if denominator > 0 else 0.0

    def is_marked(key: RegionKey) -> bool:
        covered = areas.pieces([key])
        whole = areas.measure(covered)
        painted = sum(amounts.get(p, 0.0) for p in covered)
        return painted > 0 and painted >= MIN_MARKED_SHARE * whole

    hit_essential = tuple(k for k in pattern.essential if is_marked(k))
    spillover_hit = tuple(k for k in pattern.spillover if is_marked(k))
    outside = {p for p, a in amounts.items() if p not in essential and p not in spillover
               and a >= MIN_MARKED_SHARE * max(areas.own(p), 1e-9)}
    # A child marked with its parent is named once, through the parent.
    inner = {child for p in outside for child, _ in areas.child_keys(p)}
    excess = tuple(sorted(outside - inner))
    return MarkingScore(min(1.0, score), hit_essential + spillover_hit,
                        tuple(k for k in pattern.essential if k not in hit_essential),
                        spillover_hit, excess)


def _marked_pieces(marked: Iterable[RegionKey] | Mapping[RegionKey, float],
                   areas: RegionAreas) -> dict[RegionKey, float]:
    """Marked area per piece, never more than the piece itself."""
    if isinstance(marked, Mapping):
        drawn = {k: a for k, a in marked.items() if a > 0}
        amounts = {k: areas.own(k, drawn) for k in drawn}
        return {k: min(a, areas.own(k)) for k, a in amounts.items() if a > 0}
    return {p: areas.own(p) for p in areas.pieces(marked)}


def tap_score(distance: float, tolerance: float = TAP_TOLERANCE) -> float:
    """1 within `tolerance` of the landmark, then falling linearly to 0 at
    (1 + TAP_FALLOFF) tolerances."""
    if distance <= tolerance:
        return 1.0
    return max(0.0, 1.0 - (distance - tolerance) / (TAP_FALLOFF * tolerance))
