"""Study mode's questions, made from the dataset and graded (scoring.py does the arithmetic;
schedule.py decides when each comes back).

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
Prompts and explanations are written through the `translate` function the bank is given
(domain/text_marks.py): the interface passes Qt's, so they read in its language.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bodymap.domain.landmarks import base_label, landmark_label
from bodymap.domain.model import SIDES, Dataset, RegionKey
from bodymap.domain.region_areas import RegionAreas
from bodymap.domain.study.scoring import (
    PATTERN_PASS,
    TAP_TOLERANCE,
    MarkingScore,
    Pattern,
    muscle_pattern,
    score_marking,
    tap_score,
)
from bodymap.domain.text_marks import Translate, untranslated

Point = tuple[float, float]
CHOICE_COUNT = 4
SAME_SPOT = 2.0  # document units: markers this close cannot be told apart
NEARBY = 200.0  # document units: markers further away are not "near" a trigger point


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
    areas = RegionAreas(region_areas, dataset.regions)
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


# -- the question bank ---------------------------------------------------------------------

class QuestionBank:
    """Makes and grades questions over one dataset and its figures.

    `region_areas` is `Atlas.region_areas()`; `markers` and `landmarks` map each figure's
    name to its trigger-point markers (`AtlasView.trigger_points`) and landmarks
    (`AtlasView.landmarks`), all in document units."""

    def __init__(self, dataset: Dataset, region_areas: Mapping[RegionKey, float],
                 markers: Mapping[str, Mapping[MarkerKey, Point]] | None = None,
                 landmarks: Mapping[str, Mapping[str, Point]] | None = None,
                 tolerance: float = TAP_TOLERANCE,
                 translate: Translate = untranslated) -> None:
        self.dataset = dataset
        self.translate = translate
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
            return landmark_label(item.item_id, self.dataset.landmark_labels, self.translate)
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
                            self.translate("study", "Mark where the {muscle} refers pain.")
                            .format(muscle=_lower_first(name)))
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
                        self.translate("study", "Which muscle refers pain in this pattern?"),
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
                        self.translate("study", "Which muscle is this trigger point in?"),
                        choices=multiple_choice(muscle_id, preferred, pool, rng),
                        trigger_point=key.trp_id, view=view)

    def _landmark(self, base: str, rng: random.Random) -> Question:
        options = [(view, name) for view, points in self.landmarks.items() for name in points
                   if name.partition(".")[0] == base]
        if not options:
            raise KeyError(f"no landmark {base!r} on any figure")
        view, name = rng.choice(options)
        side = name.partition(".")[2] or "midline"
        label = _lower_first(base_label(base, self.dataset.landmark_labels))
        if side == "left":
            prompt = self.translate("study", "Tap the {landmark} on the patient's left.")
        elif side == "right":
            prompt = self.translate("study", "Tap the {landmark} on the patient's right.")
        else:
            prompt = self.translate("study", "Tap the {landmark}.")
        return Question(QuestionKind.LANDMARK, base, side, prompt.format(landmark=label),
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
        # Correct needs the whole essential zone: a large region can carry the area score
        # past the mark while one of three essential regions is still missing.
        correct = scored.score >= PATTERN_PASS and not scored.missed
        return Result(question, correct, scored.score, why,
                      hit=scored.hit, missed=scored.missed, excess=scored.excess)

    def grade_tap(self, question: Question, point: Point, view: str | None = None) -> Result:
        """Grade a landmark tap at `point` (document units) on figure `view` (default: the
        question's figure)."""
        if question.kind != QuestionKind.LANDMARK or question.landmark is None:
            raise ValueError(f"{question.kind} is not a landmark question")
        translate = self.translate
        label = _lower_first(landmark_label(question.landmark, self.dataset.landmark_labels,
                                           translate))
        if view is not None and view != question.view:
            on_figure = {"posterior": translate("study", "The {landmark} is on the back figure."),
                         "anterior": translate("study", "The {landmark} is on the front figure.")}
            other = on_figure.get(question.view or "", translate(
                "study", "The {landmark} is on another figure."))
            return Result(question, False, 0.0, other.format(landmark=label))
        points = self.landmarks[question.view or ""]
        target = points[question.landmark]
        distance = math.dist(point, target)
        score = tap_score(distance, self.tolerance)
        correct = distance <= self.tolerance
        if correct:
            why = translate("study", "Correct: that is the {landmark}.").format(landmark=label)
        else:
            why = translate("study", "The {landmark} lies {direction}.").format(
                landmark=label, direction=_direction(point, target, _midline_x(points), translate))
        return Result(question, correct, score, why, distance=distance)

    # explanations -------------------------------------------------------------------------
    def _why_pattern(self, question: Question, chosen_id: str) -> str:
        translate = self.translate
        target = self.dataset.muscle(question.item_id)
        pattern = question.pattern or self.pattern(target.id, question.side)
        essential = self._join(self._names(pattern.essential, question.side), 4)
        if pattern.spillover:
            line = translate("study", "{muscle} refers to {essential}, spilling over to {spillover}")
        else:
            line = translate("study", "{muscle} refers to {essential}")
        line = line.format(muscle=target.name, essential=essential, spillover=self._join(
            self._names(pattern.spillover, question.side), 3))
        if chosen_id == target.id:
            return translate("study", "Correct: {reason}.").format(reason=_lower_first(line))
        if chosen_id not in self.dataset:
            return f"{line}."
        chosen = self.dataset.muscle(chosen_id)
        other = self.pattern(chosen_id, question.side)
        only_target = [k for k in pattern.keys if k not in other.keys]
        only_chosen = [k for k in other.keys if k not in pattern.keys]
        names = dict(muscle=_lower_first(target.name), chosen=_lower_first(chosen.name))
        if only_target:
            return translate("study", "It is the {muscle}: its pattern reaches {regions}, which the "
                               "{chosen}'s does not.").format(
                regions=self._join(self._names(only_target, question.side), 3), **names)
        if only_chosen:
            return translate("study", "It is the {muscle}: the {chosen} would also refer to "
                               "{regions}.").format(
                regions=self._join(self._names(only_chosen, question.side), 3), **names)
        return translate("study", "It is the {muscle}: {reason}.").format(
            reason=_lower_first(line), **names)

    def _why_trigger_point(self, question: Question, chosen_id: str) -> str:
        muscle = self.dataset.muscle(question.item_id)
        trp = muscle.trigger_point(question.trigger_point or "")
        where = _first_sentence(trp.location)  # clinician register: stays English
        if chosen_id == muscle.id:
            text = self.translate("study", "Correct: the {muscle} ({point}): {where}")
        else:
            text = self.translate("study", "It is the {muscle} ({point}): {where}")
        return text.format(muscle=_lower_first(muscle.name), point=_strip_brackets(trp.label),
                           where=_lower_first(where))

    def _why_marking(self, pattern: Pattern, scored: MarkingScore, side: str) -> str:
        translate = self.translate
        n_essential = len(pattern.essential)
        n_hit = n_essential - len(scored.missed)
        if not scored.hit and not scored.excess:
            return translate("study", "You marked nothing; its essential zone is {regions}.").format(
                regions=self._join(self._names(pattern.essential, side), 4))
        if n_hit == n_essential:
            head = (translate("study", "You marked its essential region") if n_essential == 1
                    else translate("study", "You marked all {count} of its essential regions"))
        elif n_essential == 1:
            head = translate("study", "You marked {hit} of its {count} essential region")
        else:
            head = translate("study", "You marked {hit} of its {count} essential regions")
        parts = [head.format(hit=n_hit, count=n_essential)]
        if scored.missed:
            parts[0] = translate("study", "{marked} (missed: {regions})").format(
                marked=parts[0], regions=self._join(self._names(scored.missed, side), 3))
        if scored.spillover_hit:
            names = self._names(scored.spillover_hit, side)
            text = (translate("study", "{regions} is spillover") if len(names) == 1
                    else translate("study", "{regions} are spillover"))
            parts.append(text.format(regions=self._join(names, 3)))
        if scored.excess:
            names = self._names(scored.excess, side)
            text = (translate("study", "{regions} is not part of its pattern") if len(names) == 1
                    else translate("study", "{regions} are not part of its pattern"))
            parts.append(text.format(regions=self._join(names, 3)))
        return "; ".join(parts) + "."

    def _names(self, keys: Iterable[RegionKey], side: str) -> list[str]:
        names = []
        for key in keys:
            region = self.dataset.regions.get(key.region_id)
            name = _lower_first(_strip_brackets(region.label if region else key.region_id))
            if key.side not in (side, "midline"):
                name = (self.translate("study", "{region} (left)") if key.side == "left"
                        else self.translate("study", "{region} (right)")).format(region=name)
            names.append(name)
        return names

    def _join(self, names: Sequence[str], limit: int) -> str:
        return _join(names, limit, self.translate)


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


def _join(names: Sequence[str], limit: int, translate: Translate = untranslated) -> str:
    """'a', 'a and b', 'a, b and c'; beyond `limit` names, 'a, b, c and 2 more'."""
    names = list(names)
    if len(names) > limit:
        names = [*names[:limit],
                 translate("study", "{count} more").format(count=len(names) - limit)]
    if len(names) <= 1:
        return "".join(names)
    return translate("study", "{first} and {last}").format(first=", ".join(names[:-1]),
                                                           last=names[-1])


def _midline_x(points: Mapping[str, Point]) -> float | None:
    """The figure's midline, from its midline landmarks (names without a side)."""
    xs = [p[0] for name, p in points.items() if "." not in name]
    return sum(xs) / len(xs) if xs else None


def _direction(tap: Point, target: Point, midline: float | None,
               translate: Translate = untranslated) -> str:
    """'higher and nearer the midline than your tap': where the target lies from the tap."""
    dx, dy = target[0] - tap[0], target[1] - tap[1]
    vertical = horizontal = ""
    if abs(dy) >= TAP_TOLERANCE / 2:
        vertical = "higher" if dy < 0 else "lower"
    if abs(dx) >= TAP_TOLERANCE / 2 and midline is not None:
        nearer = abs(target[0] - midline) < abs(tap[0] - midline)
        horizontal = "nearer" if nearer else "further"
    # Whole phrases, so that a translation can order the words its own way.
    phrases = {
        ("", ""): translate("study", "just beside your tap"),
        ("higher", ""): translate("study", "higher than your tap"),
        ("lower", ""): translate("study", "lower than your tap"),
        ("", "nearer"): translate("study", "nearer the midline than your tap"),
        ("", "further"): translate("study", "further from the midline than your tap"),
        ("higher", "nearer"): translate("study", "higher and nearer the midline than your tap"),
        ("higher", "further"): translate("study", "higher and further from the midline than your tap"),
        ("lower", "nearer"): translate("study", "lower and nearer the midline than your tap"),
        ("lower", "further"): translate("study", "lower and further from the midline than your tap"),
    }
    return phrases[(vertical, horizontal)]
