"""Study mode without the screen: questions, their scoring, and the Leitner schedule.

Four kinds of question are asked on the figures (issue 7):

- pattern → muscle: a referral pattern is shown; choose its muscle among four, the wrong
  choices being the muscles whose patterns look most alike (area-weighted overlap);
- muscle → pattern: a muscle side is named; the student marks regions, scored by overlap
  with the essential and spillover zones (see `score_marking`);
- trigger point → muscle: one trigger-point marker; choose its muscle among four, the wrong
  choices being the muscles with markers nearest to it on the same figure and side;
- landmark: tap a bony landmark; scored by distance (see `tap_score`).

Everything random takes a `random.Random` passed in, so a seeded generator gives the same
questions, choices and sessions every time. Geometry comes in as plain mappings (region
areas, marker and landmark coordinates per figure), so this module needs no atlas and no Qt.
"""

from __future__ import annotations

import math
import random
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bodymap.domain.landmarks import LABELS as LANDMARK_LABELS
from bodymap.domain.landmarks import landmark_label
from bodymap.domain.model import SIDES, Dataset, Muscle, Region, RegionKey

Point = tuple[float, float]
CHOICE_COUNT = 4
SPILLOVER_WEIGHT = 0.5  # a marked spillover region earns half the credit of an essential one
PATTERN_PASS = 0.7  # a marking scoring at least this counts as correct
MIN_MARKED_SHARE = 0.02  # of a region's area: less paint than this does not "mark" it
TAP_TOLERANCE = 25.0  # document units: a tap this close to a landmark is correct
TAP_FALLOFF = 2.0  # beyond the tolerance the score falls to 0 over this many tolerances
SAME_SPOT = 2.0  # document units: markers this close cannot be told apart
NEARBY = 200.0  # document units: markers further away are not "near" a trigger point
BOX_COUNT = 5
SESSION_LENGTH = 10


class QuestionKind(StrEnum):
    PATTERN_TO_MUSCLE = "pattern_to_muscle"
    MUSCLE_TO_PATTERN = "muscle_to_pattern"
    TRIGGER_POINT_TO_MUSCLE = "trigger_point_to_muscle"
    LANDMARK = "landmark"


MULTIPLE_CHOICE = (QuestionKind.PATTERN_TO_MUSCLE, QuestionKind.TRIGGER_POINT_TO_MUSCLE)


# Landmark words live in bodymap/domain/landmarks.py (the landmarks layer uses them too).


# -- questions and results ----------------------------------------------------------------

@dataclass(frozen=True, order=True)
class StudyItem:
    """What the schedule tracks: one question kind about one muscle or landmark (no side)."""

    kind: QuestionKind
    item_id: str  # a muscle id, or a landmark's base name ('psis', 'c7')


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
class Question:
    """One question, with what the figure shows. The answer itself is not in here beyond
    `item_id` (the screen must not reveal it before the student answers)."""

    kind: QuestionKind
    item_id: str  # muscle id, or landmark base name
    side: str  # left, right, or midline (a midline landmark)
    prompt: str
    choices: tuple[str, ...] = ()  # muscle ids, for the multiple-choice kinds
    pattern: Pattern | None = None  # shown for pattern → muscle
    trigger_point: str | None = None  # 'trp1' of muscle `item_id`, shown for TrP → muscle
    landmark: str | None = None  # 'psis.left', the landmark to tap
    view: str | None = None  # the figure holding the marker or landmark

    @property
    def item(self) -> StudyItem:
        return StudyItem(self.kind, self.item_id)


@dataclass(frozen=True)
class Result:
    """How one answer went. `hit`, `missed` and `excess` are for muscle → pattern: the
    pattern's regions the student marked, the essential regions left out, and the marked
    regions outside the pattern. `chosen` is the muscle picked in a multiple-choice question;
    `distance` how far a landmark tap fell from the landmark."""

    question: Question
    correct: bool
    score: float
    explanation: str
    chosen: str | None = None
    hit: tuple[RegionKey, ...] = ()
    missed: tuple[RegionKey, ...] = ()
    excess: tuple[RegionKey, ...] = ()
    distance: float | None = None

    @property
    def item(self) -> StudyItem:
        return self.question.item


# -- area bookkeeping shared by look-alike ranking and pattern scoring ---------------------

class _Areas:
    """Region areas as non-overlapping pieces. A child region lies inside its parent, so a
    region counts for its own area minus its children's ("its own piece"), and a region
    stands for its piece plus its children's pieces. A midline child of a bilateral parent
    (the sternum inside the chest) is shared, half to each side."""

    def __init__(self, areas: Mapping[RegionKey, float], regions: Mapping[str, Region]) -> None:
        self.areas = areas
        self.regions = regions
        self.children: dict[str, list[str]] = defaultdict(list)
        for region in regions.values():
            if region.parent is not None:
                self.children[region.parent].append(region.id)

    def child_keys(self, key: RegionKey) -> list[tuple[RegionKey, float]]:
        """The children of `key`, each with the share of it lying inside `key`."""
        found = []
        for child_id in self.children.get(key.region_id, ()):
            child = self.regions[child_id]
            if child.midline:
                found.append((RegionKey(child_id, "midline"), 1.0 if key.side == "midline"
                              else 0.5))
            elif key.side != "midline":
                found.append((RegionKey(child_id, key.side), 1.0))
        return found

    def pieces(self, keys: Iterable[RegionKey]) -> set[RegionKey]:
        """The pieces the regions cover: themselves and, recursively, their children."""
        covered: set[RegionKey] = set()
        stack = list(keys)
        while stack:
            key = stack.pop()
            if key not in covered:
                covered.add(key)
                stack.extend(child for child, _ in self.child_keys(key))
        return covered

    def own(self, key: RegionKey, amounts: Mapping[RegionKey, float] | None = None) -> float:
        """The region's own piece of `amounts` (default: its area), children taken out."""
        amounts = self.areas if amounts is None else amounts
        inner = sum(share * amounts.get(child, 0.0) for child, share in self.child_keys(key))
        return max(0.0, amounts.get(key, 0.0) - inner)

    def measure(self, pieces: Iterable[RegionKey]) -> float:
        return sum(self.own(p) for p in pieces)

    def overlap(self, a: set[RegionKey], b: set[RegionKey]) -> float:
        """Area-weighted Jaccard index of two sets of pieces (0 when both are empty)."""
        union = self.measure(a | b)
        return self.measure(a & b) / union if union > 0 else 0.0


# -- distractors ---------------------------------------------------------------------------

class MarkerKey(Protocol):
    """A trigger-point marker's key, as the atlas has it (atlas.model.TriggerPointKey)."""

    @property
    def muscle_id(self) -> str: ...
    @property
    def trp_id(self) -> str: ...
    @property
    def side(self) -> str: ...


def lookalike_muscles(dataset: Dataset, muscle_id: str, side: str,
                      region_areas: Mapping[RegionKey, float]) -> list[tuple[str, float]]:
    """Other muscles whose pattern on the same side overlaps this one's, most alike first,
    with their area-weighted Jaccard overlap (essential and spillover zones together).
    Muscles with no overlap are left out, and so are muscles whose pattern is identical
    (essential and spillover alike): shown the pattern, nobody could tell them apart.
    Ties keep the data file's order."""
    areas = _Areas(region_areas, dataset.regions)
    target = muscle_pattern(dataset.muscle(muscle_id), side, dataset.regions)
    target_pieces = areas.pieces(target.keys)
    ranked = []
    for muscle in dataset:
        if muscle.id == muscle_id:
            continue
        pattern = muscle_pattern(muscle, side, dataset.regions)
        if _same_pattern(pattern, target):
            continue
        score = areas.overlap(target_pieces, areas.pieces(pattern.keys))
        if score > 0:
            ranked.append((muscle.id, score))
    # Rounded, so left and right (areas equal up to float noise) rank alike; the sort is
    # stable, so ties stay in data order.
    ranked.sort(key=lambda pair: -round(pair[1], 9))
    return ranked


def nearby_muscles(muscle_id: str, at: Point, side: str,
                   markers: Mapping[MarkerKey, Point]) -> list[tuple[str, float]]:
    """Other muscles with trigger-point markers on `side` of this figure, nearest first, with
    the distance from `at` to their nearest marker. Markers on the very same spot
    (`SAME_SPOT`) are left out: a student could not tell which was meant."""
    nearest: dict[str, float] = {}
    for key, point in markers.items():
        if key.muscle_id == muscle_id or key.side != side:
            continue
        distance = math.dist(at, point)
        if distance < nearest.get(key.muscle_id, math.inf):
            nearest[key.muscle_id] = distance
    ranked = [(m, d) for m, d in nearest.items() if d >= SAME_SPOT]
    ranked.sort(key=lambda pair: (pair[1], pair[0]))
    return ranked


def multiple_choice(answer: str, preferred: Sequence[str], pool: Sequence[str],
                    rng: random.Random, count: int = CHOICE_COUNT) -> tuple[str, ...]:
    """`count` distinct choices including `answer`: the first of `preferred`, then drawn
    at random from `pool` if those run out; shuffled. Fewer only if both run out."""
    chosen = [answer]
    for muscle_id in preferred:
        if len(chosen) == count:
            break
        if muscle_id not in chosen:
            chosen.append(muscle_id)
    rest = [m for m in dict.fromkeys(pool) if m not in chosen]
    chosen += rng.sample(rest, min(len(rest), count - len(chosen)))
    rng.shuffle(chosen)
    return tuple(chosen)


def _same_pattern(a: Pattern, b: Pattern) -> bool:
    return set(a.essential) == set(b.essential) and set(a.spillover) == set(b.spillover)


# -- scoring -------------------------------------------------------------------------------

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
    areas = _Areas(region_areas, regions)
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
                   areas: _Areas) -> dict[RegionKey, float]:
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


# -- the question bank ---------------------------------------------------------------------

class QuestionBank:
    """Makes and grades questions over one dataset and its figures.

    `region_areas` is `Atlas.region_areas()`; `markers` and `landmarks` map each figure's
    name to its trigger-point markers (`AtlasView.trigger_points`) and landmarks
    (`AtlasView.landmarks`), all in document units."""

    def __init__(self, dataset: Dataset, region_areas: Mapping[RegionKey, float],
                 markers: Mapping[str, Mapping[MarkerKey, Point]] | None = None,
                 landmarks: Mapping[str, Mapping[str, Point]] | None = None,
                 tolerance: float = TAP_TOLERANCE) -> None:
        self.dataset = dataset
        self.region_areas = region_areas
        self.markers = markers or {}
        self.landmarks = landmarks or {}
        self.tolerance = tolerance

    # items ------------------------------------------------------------------------------
    def items(self) -> tuple[StudyItem, ...]:
        """Every question this bank can ask, by kind then data order."""
        drawn = [m.id for m in self.dataset
                 if any(self.region_areas.get(k, 0) > 0
                        for k in muscle_pattern(m, "left", self.dataset.regions).keys)]
        with_markers = {k.muscle_id for view in self.markers.values() for k in view}
        landmarks = dict.fromkeys(n.partition(".")[0] for view in self.landmarks.values()
                                  for n in view)
        return (*(StudyItem(QuestionKind.PATTERN_TO_MUSCLE, m) for m in drawn),
                *(StudyItem(QuestionKind.MUSCLE_TO_PATTERN, m) for m in drawn),
                *(StudyItem(QuestionKind.TRIGGER_POINT_TO_MUSCLE, m.id) for m in self.dataset
                  if m.id in with_markers),
                *(StudyItem(QuestionKind.LANDMARK, name) for name in landmarks))

    def item_label(self, item: StudyItem) -> str:
        """What the summary calls an item: the muscle's or the landmark's name."""
        if item.kind == QuestionKind.LANDMARK:
            return landmark_label(item.item_id)
        return self.dataset.muscle(item.item_id).name

    def pattern(self, muscle_id: str, side: str) -> Pattern:
        """A muscle side's pattern, to draw the right answer (or the chosen one) beside."""
        return muscle_pattern(self.dataset.muscle(muscle_id), side, self.dataset.regions)

    # making questions ---------------------------------------------------------------------
    def question(self, item: StudyItem, rng: random.Random) -> Question:
        """A question about `item`; the side, trigger point or figure is drawn with `rng`."""
        if item.kind == QuestionKind.PATTERN_TO_MUSCLE:
            return self._pattern_to_muscle(item.item_id, rng)
        if item.kind == QuestionKind.MUSCLE_TO_PATTERN:
            side = rng.choice(SIDES)
            name = self.dataset.muscle(item.item_id).display_name(side)
            return Question(item.kind, item.item_id, side,
                            f"Mark where the {_lower_first(name)} refers pain.")
        if item.kind == QuestionKind.TRIGGER_POINT_TO_MUSCLE:
            return self._trigger_point_to_muscle(item.item_id, rng)
        return self._landmark(item.item_id, rng)

    def _pattern_to_muscle(self, muscle_id: str, rng: random.Random) -> Question:
        side = rng.choice(SIDES)
        ranked = [m for m, _ in lookalike_muscles(self.dataset, muscle_id, side,
                                                  self.region_areas)]
        target = self.pattern(muscle_id, side)
        pool = [m.id for m in self.dataset
                if not _same_pattern(self.pattern(m.id, side), target)]
        return Question(QuestionKind.PATTERN_TO_MUSCLE, muscle_id, side,
                        "Which muscle refers pain in this pattern?",
                        choices=multiple_choice(muscle_id, ranked, pool, rng),
                        pattern=target)

    def _trigger_point_to_muscle(self, muscle_id: str, rng: random.Random) -> Question:
        options = [(view, key, point) for view, markers in self.markers.items()
                   for key, point in markers.items() if key.muscle_id == muscle_id]
        if not options:
            raise KeyError(f"no trigger-point marker of {muscle_id!r} on any figure")
        view, key, point = rng.choice(options)
        near = nearby_muscles(muscle_id, point, key.side, self.markers[view])
        alike = [m for m, _ in lookalike_muscles(self.dataset, muscle_id, key.side,
                                                 self.region_areas)]
        on_spot = {k.muscle_id for k, p in self.markers[view].items()
                   if k.side == key.side and k.muscle_id != muscle_id
                   and math.dist(p, point) < SAME_SPOT}
        # Nearby markers first; past NEARBY, muscles with look-alike patterns make better
        # distractors than far-off markers do.
        close = [m for m, d in near if d <= NEARBY]
        preferred = [m for m in close + alike + [m for m, _ in near] if m not in on_spot]
        pool = [m.id for m in self.dataset if m.id not in on_spot]
        return Question(QuestionKind.TRIGGER_POINT_TO_MUSCLE, muscle_id, key.side,
                        "Which muscle is this trigger point in?",
                        choices=multiple_choice(muscle_id, preferred, pool, rng),
                        trigger_point=key.trp_id, view=view)

    def _landmark(self, base: str, rng: random.Random) -> Question:
        options = [(view, name) for view, points in self.landmarks.items() for name in points
                   if name.partition(".")[0] == base]
        if not options:
            raise KeyError(f"no landmark {base!r} on any figure")
        view, name = rng.choice(options)
        side = name.partition(".")[2] or "midline"
        where = "" if side == "midline" else f" on the patient's {side}"
        prompt = f"Tap the {_lower_first(LANDMARK_LABELS.get(base, base.replace('_', ' ')))}"
        return Question(QuestionKind.LANDMARK, base, side, f"{prompt}{where}.",
                        landmark=name, view=view)

    # grading ------------------------------------------------------------------------------
    def grade_choice(self, question: Question, muscle_id: str) -> Result:
        """Grade a multiple-choice answer (pattern → muscle, trigger point → muscle)."""
        if question.kind not in MULTIPLE_CHOICE:
            raise ValueError(f"{question.kind} is not a multiple-choice question")
        correct = muscle_id == question.item_id
        if question.kind == QuestionKind.PATTERN_TO_MUSCLE:
            why = self._why_pattern(question, muscle_id)
        else:
            why = self._why_trigger_point(question, muscle_id)
        return Result(question, correct, 1.0 if correct else 0.0, why, chosen=muscle_id)

    def grade_marking(self, question: Question,
                      marked: Iterable[RegionKey] | Mapping[RegionKey, float]) -> Result:
        """Grade a muscle → pattern answer: the regions tapped, or the area painted in each
        region (see `score_marking`)."""
        if question.kind != QuestionKind.MUSCLE_TO_PATTERN:
            raise ValueError(f"{question.kind} is not a muscle → pattern question")
        pattern = self.pattern(question.item_id, question.side)
        scored = score_marking(pattern, marked, self.region_areas, self.dataset.regions)
        why = self._why_marking(pattern, scored, question.side)
        return Result(question, scored.score >= PATTERN_PASS, scored.score, why,
                      hit=scored.hit, missed=scored.missed, excess=scored.excess)

    def grade_tap(self, question: Question, point: Point, view: str | None = None) -> Result:
        """Grade a landmark tap at `point` (document units) on figure `view` (default: the
        question's figure)."""
        if question.kind != QuestionKind.LANDMARK or question.landmark is None:
            raise ValueError(f"{question.kind} is not a landmark question")
        label = landmark_label(question.landmark)
        if view is not None and view != question.view:
            return Result(question, False, 0.0,
                          f"The {_lower_first(label)} is on the {question.view} figure.")
        points = self.landmarks[question.view or ""]
        target = points[question.landmark]
        distance = math.dist(point, target)
        score = tap_score(distance, self.tolerance)
        correct = distance <= self.tolerance
        if correct:
            why = f"Right: that is the {_lower_first(label)}."
        else:
            why = (f"The {_lower_first(label)} lies "
                   f"{_direction(point, target, _midline_x(points))}.")
        return Result(question, correct, score, why, distance=distance)

    # explanations -------------------------------------------------------------------------
    def _why_pattern(self, question: Question, chosen_id: str) -> str:
        target = self.dataset.muscle(question.item_id)
        pattern = question.pattern or self.pattern(target.id, question.side)
        names = self._names(pattern.essential, question.side)
        line = f"{target.name} refers to {_join(names, 4)}"
        if pattern.spillover:
            line += f", spilling over to {_join(self._names(pattern.spillover, question.side), 3)}"
        if chosen_id == target.id:
            return f"Right: {_lower_first(line)}."
        if chosen_id not in self.dataset:
            return f"{line}."
        chosen = self.dataset.muscle(chosen_id)
        other = self.pattern(chosen_id, question.side)
        only_target = [k for k in pattern.keys if k not in other.keys]
        only_chosen = [k for k in other.keys if k not in pattern.keys]
        if only_target:
            return (f"It is the {_lower_first(target.name)}: its pattern reaches "
                    f"{_join(self._names(only_target, question.side), 3)}, which the "
                    f"{_lower_first(chosen.name)}'s does not.")
        if only_chosen:
            return (f"It is the {_lower_first(target.name)}: the {_lower_first(chosen.name)} "
                    f"would also refer to {_join(self._names(only_chosen, question.side), 3)}.")
        return f"It is the {_lower_first(target.name)}: {_lower_first(line)}."

    def _why_trigger_point(self, question: Question, chosen_id: str) -> str:
        muscle = self.dataset.muscle(question.item_id)
        trp = muscle.trigger_point(question.trigger_point or "")
        where = _first_sentence(trp.location)
        head = "Right: the" if chosen_id == muscle.id else "It is the"
        return (f"{head} {_lower_first(muscle.name)} ({_strip_brackets(trp.label)}): "
                f"{_lower_first(where)}")

    def _why_marking(self, pattern: Pattern, scored: MarkingScore, side: str) -> str:
        n_essential = len(pattern.essential)
        n_hit = n_essential - len(scored.missed)
        if not scored.hit and not scored.excess:
            return (f"You marked nothing; its essential zone is "
                    f"{_join(self._names(pattern.essential, side), 4)}.")
        if n_hit == n_essential:
            head = ("You marked its essential region" if n_essential == 1
                    else f"You marked all {n_essential} of its essential regions")
        else:
            plural = "region" if n_essential == 1 else "regions"
            head = f"You marked {n_hit} of its {n_essential} essential {plural}"
        parts = [head]
        if scored.missed:
            parts[0] += f" (missed: {_join(self._names(scored.missed, side), 3)})"
        if scored.spillover_hit:
            names = self._names(scored.spillover_hit, side)
            parts.append(f"{_join(names, 3)} {'is' if len(names) == 1 else 'are'} spillover")
        if scored.excess:
            names = self._names(scored.excess, side)
            verb = "is" if len(names) == 1 else "are"
            parts.append(f"{_join(names, 3)} {verb} not part of its pattern")
        return "; ".join(parts) + "."

    def _names(self, keys: Iterable[RegionKey], side: str) -> list[str]:
        names = []
        for key in keys:
            region = self.dataset.regions.get(key.region_id)
            name = _lower_first(_strip_brackets(region.label if region else key.region_id))
            if key.side not in (side, "midline"):
                name += f" ({key.side})"
            names.append(name)
        return names


# -- the Leitner schedule ------------------------------------------------------------------

@dataclass(frozen=True)
class ItemState:
    """Where an item stands: its box (1 = ask every session … 5) and the session number
    in which it was last asked (None: never)."""

    box: int = 1
    last_session: int | None = None


def box_interval(box: int) -> int:
    """Sessions between two askings of an item in `box`: 1, 2, 4, 8, 16."""
    return 2 ** (box - 1)


class LeitnerSchedule:
    """A Leitner schedule per (kind, item), counted in sessions, not days.

    A correct answer moves an item up one box (at most `BOX_COUNT`), a wrong one back to
    box 1. An item in box k is due again `box_interval(k)` sessions after it was last asked;
    new items start in box 1 and are always due. Missed items therefore come back in the
    very next session, well-known ones rarely."""

    def __init__(self, items: Iterable[StudyItem],
                 states: Mapping[StudyItem, ItemState] | None = None,
                 session: int = 0) -> None:
        self.items = tuple(dict.fromkeys(items))
        self.states: dict[StudyItem, ItemState] = dict(states or {})
        self.session = session  # sessions drawn so far; the current one, once drawn

    def state(self, item: StudyItem) -> ItemState:
        return self.states.get(item, ItemState())

    def is_due(self, item: StudyItem, session: int | None = None) -> bool:
        """Whether `item` should be asked in `session` (default: the next one)."""
        session = self.session + 1 if session is None else session
        state = self.state(item)
        return (state.last_session is None
                or session - state.last_session >= box_interval(state.box))

    def draw_session(self, n: int = SESSION_LENGTH,
                     rng: random.Random | None = None) -> tuple[StudyItem, ...]:
        """Start the next session and pick its `n` items, in the order to ask them.

        Due items come first: the lowest box first, items seen before new ones, the most
        overdue first, ties broken by `rng`. When fewer than `n` are due, the rest are the
        items seen least recently. The picked items are shuffled so kinds mix."""
        rng = rng or random.Random()
        self.session += 1
        tiebreak = {item: rng.random() for item in self.items}

        def urgency(item: StudyItem) -> tuple:
            state = self.state(item)
            if state.last_session is None:
                return (state.box, 1, 0, tiebreak[item])
            overdue = self.session - state.last_session - box_interval(state.box)
            return (state.box, 0, -overdue, tiebreak[item])

        due = sorted((i for i in self.items if self.is_due(i, self.session)), key=urgency)
        picked = due[:n]
        if len(picked) < n:
            rest = sorted((i for i in self.items if not self.is_due(i, self.session)),
                          key=lambda i: (self.state(i).last_session or 0, self.state(i).box,
                                         tiebreak[i]))
            picked += rest[:n - len(picked)]
        rng.shuffle(picked)
        return tuple(picked)

    def record(self, item: StudyItem, correct: bool) -> ItemState:
        """Move the item up a box or back to box 1, and stamp it with the current session."""
        box = min(self.state(item).box + 1, BOX_COUNT) if correct else 1
        state = ItemState(box, self.session)
        self.states[item] = state
        return state


# -- the end-of-session summary ------------------------------------------------------------

@dataclass(frozen=True)
class KindSummary:
    kind: QuestionKind
    asked: int
    correct: int
    mean_score: float


@dataclass(frozen=True)
class SessionSummary:
    """Per kind: asked, correct and mean score; and the items to review (the ones missed,
    worst first)."""

    kinds: tuple[KindSummary, ...]
    to_review: tuple[StudyItem, ...]

    @classmethod
    def of(cls, results: Iterable[Result]) -> SessionSummary:
        results = list(results)
        kinds = []
        for kind in QuestionKind:
            mine = [r for r in results if r.question.kind == kind]
            if mine:
                kinds.append(KindSummary(kind, len(mine), sum(r.correct for r in mine),
                                         sum(r.score for r in mine) / len(mine)))
        missed = sorted((r for r in results if not r.correct), key=lambda r: r.score)
        return cls(tuple(kinds), tuple(dict.fromkeys(r.item for r in missed)))

    @property
    def asked(self) -> int:
        return sum(k.asked for k in self.kinds)

    @property
    def correct(self) -> int:
        return sum(k.correct for k in self.kinds)


# -- wording -------------------------------------------------------------------------------

def _lower_first(text: str) -> str:
    """'Gluteus minimus' → 'gluteus minimus'; acronyms ('PSIS', 'C7') stay as they are."""
    if len(text) > 1 and (text[1].isupper() or text[1].isdigit()):
        return text
    return text[:1].lower() + text[1:]


def _strip_brackets(text: str) -> str:
    """'Buttock (gluteal region)' → 'Buttock'."""
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


def _first_sentence(text: str) -> str:
    match = re.search(r"(?<=[a-z0-9)])\.(?=\s+[A-Z])", text)
    return text[:match.end()] if match else text.rstrip(".") + "."


def _join(names: Sequence[str], limit: int) -> str:
    """'a', 'a and b', 'a, b and c'; beyond `limit` names, 'a, b, c and 2 more'."""
    names = list(names)
    if len(names) > limit:
        names = [*names[:limit], f"{len(names) - limit} more"]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _midline_x(points: Mapping[str, Point]) -> float | None:
    """The figure's midline, from its midline landmarks (names without a side)."""
    xs = [p[0] for name, p in points.items() if "." not in name]
    return sum(xs) / len(xs) if xs else None


def _direction(tap: Point, target: Point, midline: float | None) -> str:
    """'higher and nearer the midline than your tap': where the target lies from the tap."""
    dx, dy = target[0] - tap[0], target[1] - tap[1]
    words = []
    if abs(dy) >= TAP_TOLERANCE / 2:
        words.append("higher" if dy < 0 else "lower")
    if abs(dx) >= TAP_TOLERANCE / 2 and midline is not None:
        nearer = abs(target[0] - midline) < abs(tap[0] - midline)
        words.append("nearer the midline" if nearer else "further from the midline")
    return f"{' and '.join(words)} than your tap" if words else "just beside your tap"
