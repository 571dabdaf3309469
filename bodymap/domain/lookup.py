"""From a pain drawing to the muscles whose trigger points may be causing it.

The drawing is given as the area drawn inside each region (document units²). Each muscle
side is scored against it as a whole: by its best trigger point, or by several of its trigger
points together (on its own side, or on both sides for pain drawn on both) when together they
explain the drawing better. The formula is documented in docs/lookup.md; in short, for a set
of trigger points:

    fit          = (E + SPILLOVER_WEIGHT · S) / D     how much of the drawing the pattern explains
    completeness = E / Z                              how much of the essential zone is drawn
    score        = fit · (1 − EMPTY_ZONE_WEIGHT · (1 − completeness))

with D the area drawn, E and S the parts of it inside the set's essential zones and inside
its spillover zones only, and Z the area of the essential zones. Pain outside the pattern
lowers `fit`; a large zone left mostly empty lowers the second factor, so a trigger point
joins the set only when the pain it explains outweighs the part of its zone left undrawn.
Zones lie on the side of their trigger point, so pain on the left is explained by left-side
muscles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bodymap.domain.model import (
    SIDES,
    Dataset,
    Muscle,
    MuscleSide,
    Region,
    RegionKey,
    TriggerPoint,
)
from bodymap.domain.region_areas import RegionAreas
from bodymap.domain.text_marks import Translate, untranslated

SPILLOVER_WEIGHT = 0.5
EMPTY_ZONE_WEIGHT = 0.4
MIN_SCORE = 0.005  # candidates below this explain essentially nothing and are not listed


@dataclass(frozen=True)
class Candidate:
    """One muscle side that may explain the drawing, with the numbers behind its score."""

    key: MuscleSide
    trigger_point: str  # the best-fitting trigger point, which the set starts from
    trigger_point_label: str
    score: float
    essential_share: float  # of the drawing, inside the essential zone
    spillover_share: float  # of the drawing, inside the spillover zone only
    zone_filled: float  # of the essential zone, drawn
    # Every trigger point the score rests on, as (trigger point id, side, label), best first;
    # the zones they draw together.
    trigger_points: tuple[tuple[str, str, str], ...] = ()
    essential_keys: frozenset[RegionKey] = frozenset()
    spillover_keys: frozenset[RegionKey] = frozenset()

    def why(self, translate: Translate = untranslated) -> str:
        """One plain sentence a clinician can read to the patient's drawing (in the
        interface's language when given its `translate`, domain/text_marks.py)."""
        shares = {"essential": f"{self.essential_share:.0%}",
                  "spillover": f"{self.spillover_share:.0%}",
                  "outside": f"{1 - self.essential_share - self.spillover_share:.0%}",
                  "filled": f"{self.zone_filled:.0%}"}
        # One trigger point: "its essential zone covers"; several: "their essential zones
        # cover". Whole clauses, so that a translation can word each its own way.
        if len(self.trigger_points) <= 1:
            clauses = [translate("lookup", "its essential zone covers {essential} of what you "
                                           "drew"),
                       translate("lookup", "{spillover} falls in its spillover zone"),
                       translate("lookup", "{outside} lies outside its pattern"),
                       translate("lookup", "you drew {filled} of its essential zone")]
        else:
            clauses = [translate("lookup", "their essential zones cover {essential} of what "
                                           "you drew"),
                       translate("lookup", "{spillover} falls in their spillover zones"),
                       translate("lookup", "{outside} lies outside their pattern"),
                       translate("lookup", "you drew {filled} of their essential zones")]
        unexplained = 1 - self.essential_share - self.spillover_share
        shown = [clauses[0], *([clauses[1]] if self.spillover_share >= 0.005 else []),
                 *([clauses[2]] if unexplained >= 0.005 else []), clauses[3]]
        return translate("lookup", "{reasons} ({basis}).").format(
            reasons="; ".join(c.format(**shares) for c in shown),
            basis=self.basis(translate))

    def basis(self, translate: Translate = untranslated) -> str:
        """Which trigger points the score rests on, in words: the full label of a single one;
        short names of several, and on which side when the set spans both."""
        if len(self.trigger_points) <= 1:
            return self.trigger_point_label
        sides: dict[str, list[str]] = {}
        labels: dict[str, str] = {}
        for trp_id, side, label in self.trigger_points:
            sides.setdefault(trp_id, []).append(side)
            labels[trp_id] = _short_label(label)
        spans_both = len({side for _, side, _ in self.trigger_points}) > 1
        on_both = translate("lookup", "{point} on both sides")
        on_side = {"left": translate("lookup", "{point} on the left"),
                   "right": translate("lookup", "{point} on the right")}
        names = []
        for trp_id, on in sides.items():
            if len(on) > 1:
                names.append(on_both.format(point=labels[trp_id]))
            elif spans_both:
                names.append(on_side[on[0]].format(point=labels[trp_id]))
            else:
                names.append(labels[trp_id])
        if len(names) > 1:
            return translate("lookup", "together: {points}").format(points="; ".join(names))
        return "; ".join(names)


def _short_label(label: str) -> str:
    """'TrP2 (Travell & Simons 1992)' -> 'TrP2': the name without its edition note."""
    if label.endswith(")") and " (" in label:
        return label[:label.rindex(" (")]
    return label


class PainDrawing:
    """Drawn area per region. A child region lies inside its parent, so where both are
    drawn the child's area is already part of the parent's and is counted once."""

    def __init__(self, drawn: Mapping[RegionKey, float], regions: Mapping[str, Region]) -> None:
        self.drawn = {k: a for k, a in drawn.items() if a > 0}
        self._regions = regions
        self._inside: dict[frozenset[RegionKey], float] = {}  # the ranking asks many times
        # Each drawn region's parent keys, and the drawn children of each parent key: a
        # zone's area is then read from its own few regions, not from every drawn region
        # (a whole-body drawing has hundreds, and the ranking asks thousands of times).
        # (Of each drawn region, the parents that are drawn too: only those decide whether
        # it is counted with its parent.)
        self._parents = {key: frozenset(self.parent_keys(key) & self.drawn.keys())
                         for key in self.drawn}
        # Areas are added in the drawing's order, so a sum does not depend on set order.
        self._position = {key: i for i, key in enumerate(self.drawn)}
        self._drawn_children: dict[RegionKey, list[RegionKey]] = {}
        for key in self.drawn:
            for parent in self.parent_keys(key):
                self._drawn_children.setdefault(parent, []).append(key)
        self.total = self.inside(set(self.drawn))

    def inside(self, zone: set[RegionKey] | frozenset[RegionKey]) -> float:
        """Area of the drawing that lies within the union of the zone's regions."""
        key = frozenset(zone)
        if key not in self._inside:
            self._inside[key] = self._area_inside(key)
        return self._inside[key]

    def _area_inside(self, zone: frozenset[RegionKey]) -> float:
        # The drawn regions inside the zone: those it names, and the drawn children of
        # those it names.
        inside = {key for key in zone if key in self.drawn}
        for key in zone:
            inside.update(self._drawn_children.get(key, ()))
        area = 0.0
        for key in sorted(inside, key=self._position.__getitem__):
            # A child lies inside its parent: drawn alone, it is inside a zone that names
            # the parent; drawn with a parent that is in the zone, it is counted with it.
            if not self._parents[key] & zone:
                area += self.drawn[key]
        return area

    def parent_keys(self, key: RegionKey) -> set[RegionKey]:
        """The parent region's keys on the child's side (both sides for a midline child)."""
        region = self._regions.get(key.region_id)
        if region is None or region.parent is None:
            return set()
        sides = ("left", "right") if key.side == "midline" else (key.side,)
        return {RegionKey(region.parent, side) for side in sides}

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


def zone_area(zone: set[RegionKey] | frozenset[RegionKey], areas: Mapping[RegionKey, float],
              regions: Mapping[str, Region]) -> float:
    """Area of the union of the zone's regions (a child inside its parent counted once)."""
    zone_ids = {k.region_id for k in zone}
    area = 0.0
    for key in zone:
        region = regions.get(key.region_id)
        if region is None or region.parent is None or region.parent not in zone_ids:
            area += areas.get(key, 0.0)
    return area


def rank(drawing: PainDrawing, dataset: Dataset,
         areas: Mapping[RegionKey, float]) -> list[Candidate]:
    """Every muscle side that explains some of the drawing, best first. Ties keep the data
    file's muscle order, left before right, so the ranking is deterministic."""
    if drawing.total <= 0:
        return []
    index, items = _items(dataset)
    numbered = _NumberedDrawing(drawing, index, dataset.regions, areas)
    order = {m.id: i for i, m in enumerate(dataset.muscles)}
    ranked = []
    for muscle in dataset:
        for side in SIDES:
            other = SIDES[1 - SIDES.index(side)]
            candidate = _best_set(MuscleSide(muscle.id, side), items[muscle.id][side],
                                  items[muscle.id][other], numbered)
            if candidate is not None and candidate.score >= MIN_SCORE:
                ranked.append(candidate)
    ranked.sort(key=lambda c: (-round(c.score, 9), order[c.key.muscle_id],
                               SIDES.index(c.key.side)))
    return ranked


class _KeyIndex:
    """A small int for each region key, so the ranking's inner loop hashes ints instead of
    dataclasses (a whole-body drawing asks for thousands of zone areas per stroke)."""

    def __init__(self) -> None:
        self.number: dict[RegionKey, int] = {}
        self.keys: list[RegionKey] = []

    def __call__(self, key: RegionKey) -> int:
        number = self.number.get(key)
        if number is None:
            number = self.number[key] = len(self.keys)
            self.keys.append(key)
        return number

    def numbers(self, keys: Iterable[RegionKey]) -> frozenset[int]:
        return frozenset(map(self, keys))


@dataclass(frozen=True, eq=False)
class _Item:
    """One trigger point on one side, with the drawn regions of its two zones (as keys and
    as their numbers in the dataset's _KeyIndex)."""

    trp: TriggerPoint
    side: str
    essential: frozenset[RegionKey]
    spillover: frozenset[RegionKey]
    essential_numbers: frozenset[int]
    spillover_numbers: frozenset[int]

    @classmethod
    def of(cls, trp: TriggerPoint, side: str, regions: Mapping[str, Region],
           index: _KeyIndex) -> _Item:
        essential = frozenset(trp.essential.region_keys(side, regions))
        spillover = frozenset(trp.spillover.region_keys(side, regions))
        return cls(trp, side, essential, spillover, index.numbers(essential),
                   index.numbers(spillover))


class _NumberedDrawing:
    """The drawing, the regions' areas and their nesting, all by key number: what the
    scores are computed from. Areas inside a zone and zone areas are remembered by zone."""

    def __init__(self, drawing: PainDrawing, index: _KeyIndex, regions: Mapping[str, Region],
                 areas: Mapping[RegionKey, float]) -> None:
        self.total = drawing.total
        self.drawn = {index(k): a for k, a in drawing.drawn.items()}
        self._position = {number: i for i, number in enumerate(self.drawn)}
        self._parents: dict[int, frozenset[int]] = {}
        self._children: dict[int, list[int]] = {}
        for key in drawing.drawn:  # as in PainDrawing
            number = index(key)
            parents = index.numbers(drawing.parent_keys(key))
            self._parents[number] = frozenset(p for p in parents if p in self.drawn)
            for parent in parents:
                self._children.setdefault(parent, []).append(number)
        self._index = index
        self._regions = regions
        self._areas = areas
        self._inside: dict[frozenset[int], float] = {}
        self._zone: dict[frozenset[int], float] = {}

    def inside(self, zone: frozenset[int]) -> float:
        """As PainDrawing.inside, for a zone given by key numbers."""
        area = self._inside.get(zone)
        if area is None:
            inside = {n for n in zone if n in self.drawn}
            for number in zone:
                inside.update(self._children.get(number, ()))
            area = 0.0
            for number in sorted(inside, key=self._position.__getitem__):
                if not self._parents[number] & zone:
                    area += self.drawn[number]
            self._inside[zone] = area
        return area

    def zone_area(self, zone: frozenset[int]) -> float:
        """As zone_area(), for a zone given by key numbers."""
        area = self._zone.get(zone)
        if area is None:
            keys = self._index.keys
            self._zone[zone] = area = zone_area({keys[n] for n in zone}, self._areas,
                                                self._regions)
        return area


# The zones of every trigger point on each side, per dataset: they never change, and working
# them out again on every brush stroke was a fifth of the ranking's time. The dataset is kept
# with its entry so its id cannot be reused while cached; only the latest few are kept.
_Items = dict[str, dict[str, list[_Item]]]
_ITEMS: dict[int, tuple[Dataset, _KeyIndex, _Items]] = {}


def _items(dataset: Dataset) -> tuple[_KeyIndex, _Items]:
    cached = _ITEMS.get(id(dataset))
    if cached is None or cached[0] is not dataset:
        while len(_ITEMS) >= 4:
            del _ITEMS[next(iter(_ITEMS))]
        index = _KeyIndex()
        cached = _ITEMS[id(dataset)] = (dataset, index, {
            m.id: {side: [_Item.of(trp, side, dataset.regions, index)
                          for trp in m.trigger_points]
                   for side in SIDES} for m in dataset})
    return cached[1], cached[2]


def _best_set(key: MuscleSide, own: list[_Item], other: list[_Item],
              drawing: _NumberedDrawing) -> Candidate | None:
    """Start from the muscle side's best trigger point; then, while it raises the score, add
    the trigger point (of this side, or the same muscle's on the other side) that raises it
    most. Greedy, so the result is the same every time and each step can be explained."""
    # A trigger point whose zones miss the drawing can only add undrawn zone: never a gain.
    pool = [i for i in own + other
            if drawing.inside(i.essential_numbers | i.spillover_numbers) > 0]
    best: tuple[float, float, float, float] | None = None
    chosen: list[_Item] = []
    for item in pool:
        if item.side != key.side:
            continue
        score = _score([item], drawing)
        if score is not None and (best is None or score[0] > best[0]):
            best, chosen = score, [item]
    if best is None:
        return None
    rest = [i for i in pool if i is not chosen[0]]
    while rest:
        step: tuple[tuple[float, float, float, float], _Item] | None = None
        for item in rest:
            score = _score([*chosen, item], drawing)
            floor = best[0] if step is None else step[0][0]
            if score is not None and score[0] > floor + 1e-9:
                step = (score, item)
        if step is None:
            break
        best, added = step
        chosen.append(added)
        rest.remove(added)
    final, essential_share, spillover_share, completeness = best
    essential = frozenset().union(*(i.essential for i in chosen))
    first = chosen[0].trp
    return Candidate(key, first.id, first.label, final, essential_share, spillover_share,
                     completeness, tuple((i.trp.id, i.side, i.trp.label) for i in chosen),
                     essential, frozenset().union(*(i.spillover for i in chosen)) - essential)


def _score(items: list[_Item],
           drawing: _NumberedDrawing) -> tuple[float, float, float, float] | None:
    """(score, essential share, spillover share, completeness) of a set of trigger points,
    or None when its zones miss the drawing."""
    essential = frozenset().union(*(i.essential_numbers for i in items))
    spillover = frozenset().union(*(i.spillover_numbers for i in items)) - essential
    e = drawing.inside(essential)
    s = drawing.inside(essential | spillover) - e
    if e <= 0 and s <= 0:
        return None
    total = drawing.total
    zone = drawing.zone_area(essential)
    fit = min(1.0, (e + SPILLOVER_WEIGHT * s) / total)
    completeness = min(1.0, e / zone) if zone > 0 else 0.0
    score = fit * (1 - EMPTY_ZONE_WEIGHT * (1 - completeness))
    return score, min(1.0, e / total), min(1.0, s / total), completeness
