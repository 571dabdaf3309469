"""Study mode's engine (bodymap.domain.study): questions, distractors, scoring, the Leitner
schedule and the session summary. Pure domain tests, no Qt."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from bodymap import resources
from bodymap.atlas.loader import load_atlas
from bodymap.atlas.model import TriggerPointKey
from bodymap.domain.loader import load_dataset
from bodymap.domain.model import RegionKey
from bodymap.domain.study.questions import (
    QuestionBank,
    QuestionKind,
    StudyItem,
    landmark_label,
    lookalike_muscles,
    multiple_choice,
    nearby_muscles,
)
from bodymap.domain.study.schedule import BOX_COUNT, ItemState, LeitnerSchedule, SessionSummary
from bodymap.domain.study.scoring import (
    PATTERN_PASS,
    TAP_TOLERANCE,
    muscle_pattern,
    score_marking,
    tap_score,
)

P2M = QuestionKind.PATTERN_TO_MUSCLE
M2P = QuestionKind.MUSCLE_TO_PATTERN
T2M = QuestionKind.TRIGGER_POINT_TO_MUSCLE
LANDMARK = QuestionKind.LANDMARK
HIP_REFERRERS = {"piriformis", "gluteus_medius", "gluteus_maximus", "quadratus_lumborum",
                 "iliopsoas", "longissimus_thoracis", "iliocostalis_lumborum"}


@pytest.fixture(scope="module")
def dataset(regions):
    # Loaded apart from the atlas (no cross-check): the figures are being redrawn.
    return load_dataset(resources.DATA_FILE, regions, resources.SCHEMA_FILE)


@pytest.fixture(scope="module")
def atlas():
    return load_atlas(resources.ATLAS_DIR)


@pytest.fixture(scope="module")
def areas(atlas):
    return atlas.region_areas(atlas.measured())  # as the study mode measures them


@pytest.fixture(scope="module")
def bank(dataset, atlas, areas):
    return QuestionBank(dataset, areas,
                        {name: view.trigger_points for name, view in atlas.views.items()},
                        {name: atlas.view(name).landmarks for name in atlas.overview()})


def distinct_with_answer(question, dataset):
    assert len(question.choices) == min(4, len(dataset.muscles))
    assert len(set(question.choices)) == len(question.choices)
    assert question.item_id in question.choices
    assert all(choice in dataset for choice in question.choices)


# -- pattern → muscle ---------------------------------------------------------------------

def test_gluteus_minimus_look_alikes_are_hip_referrers(dataset, areas):
    ranked = [m for m, _ in lookalike_muscles(dataset, "gluteus_minimus", "left", areas)]
    assert "gluteus_minimus" not in ranked
    assert set(ranked[:3]) & {"piriformis", "gluteus_medius"}
    overlaps = [o for _, o in lookalike_muscles(dataset, "gluteus_minimus", "left", areas)]
    assert overlaps == sorted(overlaps, reverse=True) and all(0 < o <= 1 for o in overlaps)


def test_pattern_question_offers_look_alikes_never_the_answer_twice(bank, dataset):
    for seed in range(20):
        question = bank.question(StudyItem(P2M, "gluteus_minimus"), random.Random(seed))
        distinct_with_answer(question, dataset)
        distractors = set(question.choices) - {"gluteus_minimus"}
        assert distractors & HIP_REFERRERS, (seed, question.choices)
        assert question.pattern == bank.pattern("gluteus_minimus", question.side)


def test_every_pattern_question_has_four_distinct_choices_none_identical(bank, dataset):
    for muscle in dataset:
        question = bank.question(StudyItem(P2M, muscle.id), random.Random(muscle.id))
        distinct_with_answer(question, dataset)
        shown = question.pattern
        for choice in question.choices:
            if choice != muscle.id:
                other = bank.pattern(choice, question.side)
                assert (set(other.essential), set(other.spillover)) != \
                    (set(shown.essential), set(shown.spillover)), (muscle.id, choice)


def test_look_alikes_match_the_side_of_the_pattern(dataset, areas):
    left = lookalike_muscles(dataset, "levator_scapulae", "left", areas)
    right = lookalike_muscles(dataset, "levator_scapulae", "right", areas)
    # The data is symmetric, so the same look-alikes on either side.
    assert [m for m, _ in left] == [m for m, _ in right]
    assert [o for _, o in left] == pytest.approx([o for _, o in right])


def test_questions_are_deterministic_with_a_seed(bank):
    item = StudyItem(P2M, "upper_trapezius")
    first = bank.question(item, random.Random(7))
    assert first == bank.question(item, random.Random(7))
    orders = {bank.question(item, random.Random(seed)).choices for seed in range(12)}
    assert len(orders) > 1  # the order is shuffled


def test_multiple_choice_fills_from_the_pool_when_look_alikes_run_out():
    choices = multiple_choice("a", ["b"], ["a", "b", "c", "d", "e"], random.Random(1))
    assert len(choices) == 4 and len(set(choices)) == 4 and {"a", "b"} <= set(choices)
    assert sorted(multiple_choice("a", [], ["a", "b"], random.Random(1))) == ["a", "b"]


def test_grading_a_pattern_choice_explains_the_difference(bank):
    question = bank.question(StudyItem(P2M, "gluteus_minimus"), random.Random(3))
    right = bank.grade_choice(question, "gluteus_minimus")
    assert right.correct and right.score == 1.0 and right.explanation.startswith("Correct")
    wrong_choice = next(c for c in question.choices if c != "gluteus_minimus")
    wrong = bank.grade_choice(question, wrong_choice)
    assert not wrong.correct and wrong.score == 0.0 and wrong.chosen == wrong_choice
    assert wrong.explanation.startswith("It is the gluteus minimus")


# -- trigger point → muscle -----------------------------------------------------------------

def key(muscle, side="left", trp="trp1"):
    return TriggerPointKey(muscle, trp, side)


def test_trigger_point_distractors_are_the_nearest_markers(dataset, areas):
    markers = {key("gluteus_minimus"): (200.0, 800.0),
               key("gluteus_minimus", "right"): (500.0, 800.0),
               key("piriformis"): (210.0, 790.0),
               key("gluteus_medius"): (190.0, 760.0),
               key("quadratus_lumborum"): (230.0, 700.0),
               key("gluteus_maximus", "right"): (205.0, 800.0),  # other side: not near
               key("upper_trapezius"): (250.0, 300.0),
               key("levator_scapulae"): (260.0, 320.0)}
    ranked = nearby_muscles("gluteus_minimus", (200.0, 800.0), "left", markers)
    assert [m for m, _ in ranked][:3] == ["piriformis", "gluteus_medius", "quadratus_lumborum"]
    bank = QuestionBank(dataset, areas, {"posterior": markers})
    for seed in range(10):
        question = bank.question(StudyItem(T2M, "gluteus_minimus"), random.Random(seed))
        if question.side == "left":
            assert set(question.choices) == {"gluteus_minimus", "piriformis",
                                             "gluteus_medius", "quadratus_lumborum"}
        distinct_with_answer(question, dataset)
        assert question.view == "posterior" and question.trigger_point == "trp1"


def test_a_marker_on_the_same_spot_is_never_a_distractor(dataset, areas):
    markers = {key("teres_minor"): (200.0, 400.0), key("posterior_deltoid"): (200.5, 400.0),
               key("teres_major"): (210.0, 420.0)}
    bank = QuestionBank(dataset, areas, {"posterior": markers})
    for seed in range(10):
        question = bank.question(StudyItem(T2M, "teres_minor"), random.Random(seed))
        assert "posterior_deltoid" not in question.choices
        distinct_with_answer(question, dataset)


def test_trigger_point_questions_on_the_bundled_atlas(bank, dataset, atlas):
    items = [i for i in bank.items() if i.kind == T2M]
    for item in items:
        question = bank.question(item, random.Random(item.item_id))
        distinct_with_answer(question, dataset)
        marker = TriggerPointKey(item.item_id, question.trigger_point, question.side)
        assert marker in atlas.view(question.view).trigger_points
        result = bank.grade_choice(question, item.item_id)
        assert result.correct and result.explanation.startswith("Correct: the ")


# -- muscle → pattern -----------------------------------------------------------------------

def pattern_question(bank, muscle_id, side="left"):
    for seed in range(50):
        question = bank.question(StudyItem(M2P, muscle_id), random.Random(seed))
        if question.side == side:
            return question
    raise AssertionError("no question on that side")


def test_marking_exactly_the_essential_zone_scores_one(bank, dataset):
    for muscle in dataset:
        question = pattern_question(bank, muscle.id)
        pattern = bank.pattern(muscle.id, "left")
        result = bank.grade_marking(question, pattern.essential)
        assert result.score == pytest.approx(1.0), muscle.id
        assert result.correct and not result.missed and not result.excess
        with_spillover = bank.grade_marking(question, pattern.keys)
        assert with_spillover.score == pytest.approx(1.0), muscle.id


def test_spillover_only_and_excess_score_lower(bank):
    question = pattern_question(bank, "gluteus_minimus")
    pattern = bank.pattern("gluteus_minimus", "left")
    spillover_only = bank.grade_marking(question, pattern.spillover)
    assert 0 < spillover_only.score < 1 and not spillover_only.correct
    excess = bank.grade_marking(question, [*pattern.essential, RegionKey("occiput", "left")])
    assert excess.score < 1
    assert excess.excess == (RegionKey("occiput", "left"),)
    assert "not part of its pattern" in excess.explanation
    wrong_side = bank.grade_marking(question, bank.pattern("gluteus_minimus", "right").essential)
    assert wrong_side.score == 0 and not wrong_side.correct


def test_explanation_names_the_missed_spillover_and_excess_regions(bank, dataset):
    question = pattern_question(bank, "gluteus_minimus")
    left = "left"
    marked = [RegionKey("buttock", left), RegionKey("lateral_thigh", left),
              RegionKey("posterior_calf", left), RegionKey("occiput", left)]
    result = bank.grade_marking(question, marked)
    assert RegionKey("posterior_thigh", left) in result.missed
    assert RegionKey("occiput", left) in result.excess
    assert RegionKey("posterior_calf", left) in result.hit
    text = result.explanation
    essential = len(bank.pattern("gluteus_minimus", left).essential)
    assert text.startswith(f"You marked {essential - len(result.missed)} of its {essential} "
                           "essential regions (missed: ")
    assert "back of thigh" in text  # the missed region, by its label
    assert "calf is spillover" in text
    assert "back of head" in text and "is not part of its pattern" in text


def test_a_parent_region_covers_its_children(bank, dataset, areas):
    pattern = muscle_pattern(dataset.muscle("piriformis"), "left", dataset.regions)
    assert RegionKey("buttock", "left") in pattern.essential
    child = score_marking(pattern, [RegionKey("lower_buttock", "left")], areas, dataset.regions)
    assert 0 < child.score < 1 and not child.excess
    parent_only = muscle_pattern(dataset.muscle("longissimus_thoracis"), "left",
                                 dataset.regions)
    assert RegionKey("lower_buttock", "left") in parent_only.essential
    whole = score_marking(parent_only, [RegionKey("buttock", "left")], areas, dataset.regions)
    assert RegionKey("buttock", "left") in whole.excess
    far = muscle_pattern(dataset.muscle("scalenes"), "left", dataset.regions)
    outside = score_marking(far, [RegionKey("buttock", "left")], areas, dataset.regions)
    assert outside.excess == (RegionKey("buttock", "left"),)  # its child is not named again


def test_painted_areas_score_like_taps_when_whole_regions_are_painted(bank, dataset, areas):
    pattern = bank.pattern("gluteus_minimus", "left")
    taps = [*pattern.essential[:2], RegionKey("occiput", "left")]
    painted = {k: areas[k] for k in taps}
    painted[RegionKey("lower_buttock", "left")] = areas[RegionKey("lower_buttock", "left")]
    by_tap = score_marking(pattern, taps, areas, dataset.regions)
    by_paint = score_marking(pattern, painted, areas, dataset.regions)
    assert by_paint.score == pytest.approx(by_tap.score)
    half = score_marking(pattern, {k: a / 2 for k, a in painted.items()}, areas, dataset.regions)
    assert half.score < by_paint.score


def test_marking_nothing_scores_zero(bank):
    result = bank.grade_marking(pattern_question(bank, "levator_scapulae"), [])
    assert result.score == 0 and not result.correct
    assert result.explanation.startswith("You marked nothing")


# -- landmarks ------------------------------------------------------------------------------

def landmark_question(bank, base, seed=0):
    return bank.question(StudyItem(LANDMARK, base), random.Random(seed))


def test_landmark_items_cover_the_atlas_landmarks(bank, atlas):
    names = {i.item_id for i in bank.items() if i.kind == LANDMARK}
    expected = {n.partition(".")[0] for name in atlas.overview()
                for n in atlas.view(name).landmarks}
    assert names == expected
    assert {"c7", "t7", "iliac_crest_top", "psis", "greater_trochanter"} <= names


def test_a_tap_on_the_landmark_is_right_and_the_score_falls_off(bank, atlas):
    question = landmark_question(bank, "psis")
    assert question.landmark in ("psis.left", "psis.right")
    x, y = atlas.view(question.view).landmarks[question.landmark]
    assert "PSIS" in question.prompt and question.side in question.prompt
    scores = []
    for distance in (0, 10, TAP_TOLERANCE, 40, 60, 200):
        result = bank.grade_tap(question, (x, y + distance))
        scores.append(result.score)
        assert result.correct == (distance <= TAP_TOLERANCE)
        assert result.distance == pytest.approx(distance)
    assert scores[:3] == [1.0, 1.0, 1.0]
    assert scores == sorted(scores, reverse=True) and scores[-1] == 0
    far = bank.grade_tap(question, (x, y - 60))
    assert far.explanation.startswith("The PSIS (S2)") and "lower" in far.explanation


def test_a_tap_on_the_wrong_figure_scores_zero(bank):
    question = landmark_question(bank, "c7")
    assert question.side == "midline" and question.view == "posterior"
    result = bank.grade_tap(question, (350.0, 292.0), view="anterior")
    assert result.score == 0 and not result.correct


def test_tap_score_formula():
    assert tap_score(0) == tap_score(TAP_TOLERANCE) == 1.0
    assert tap_score(2 * TAP_TOLERANCE) == pytest.approx(0.5)
    assert tap_score(3 * TAP_TOLERANCE) == 0.0


def test_landmark_labels():
    assert landmark_label("psis.left") == "PSIS (S2) (left)"
    assert landmark_label("c7") == "C7 spinous process (base of the neck)"
    assert landmark_label("new_point") == "New point"


def test_grading_checks_the_question_kind(bank):
    question = landmark_question(bank, "c7")
    with pytest.raises(ValueError):
        bank.grade_choice(question, "piriformis")
    with pytest.raises(ValueError):
        bank.grade_marking(question, [])


# -- the Leitner schedule -------------------------------------------------------------------

A, B, C = (StudyItem(P2M, m) for m in ("rhomboids", "piriformis", "scalenes"))


def test_a_right_answer_promotes_and_a_wrong_one_demotes_to_box_one():
    schedule = LeitnerSchedule([A])
    schedule.draw_session(1, random.Random(0))
    assert schedule.state(A) == ItemState(1, None)
    for box in range(2, BOX_COUNT + 1):
        assert schedule.record(A, True).box == box
    assert schedule.record(A, True).box == BOX_COUNT  # the top box is the last
    assert schedule.record(A, False) == ItemState(1, schedule.session)


def test_missed_items_come_back_sooner_than_known_ones():
    schedule = LeitnerSchedule([A, B])
    assert set(schedule.draw_session(2, random.Random(0))) == {A, B}
    schedule.record(A, False)
    schedule.record(B, True)
    assert schedule.is_due(A) and not schedule.is_due(B)
    assert schedule.draw_session(1, random.Random(0)) == (A,)  # the very next session


def test_a_student_who_keeps_missing_one_item_sees_it_every_session():
    items = [StudyItem(P2M, str(i)) for i in range(12)]
    missed = items[5]
    schedule = LeitnerSchedule(items)
    asked = dict.fromkeys(items, 0)
    first_asked = None
    for seed in range(12):
        for item in schedule.draw_session(4, random.Random(seed)):
            asked[item] += 1
            first_asked = first_asked or (schedule.session if item == missed else None)
            schedule.record(item, item != missed)
    assert first_asked is not None
    assert asked[missed] == 12 - first_asked + 1  # every session once it was first missed
    assert max(n for item, n in asked.items() if item != missed) < asked[missed]
    assert schedule.state(missed).box == 1
    assert all(schedule.state(i).box > 1 for i in items if i != missed)


def test_known_items_wait_their_box_interval():
    schedule = LeitnerSchedule([A], {A: ItemState(3, 5)}, session=5)
    assert not schedule.is_due(A, 6) and not schedule.is_due(A, 8)
    assert schedule.is_due(A, 9)  # box 3: every 4 sessions


def test_sessions_have_n_items_and_fill_with_the_least_recently_seen():
    items = [StudyItem(kind, str(i)) for kind in QuestionKind for i in range(6)]
    schedule = LeitnerSchedule(items)
    first = schedule.draw_session(10, random.Random(1))
    assert len(first) == 10 and len(set(first)) == 10
    assert len({i.kind for i in first}) > 1  # kinds are mixed
    states = {i: ItemState(5, 1) for i in items}
    states[items[0]] = ItemState(5, 0)  # seen least recently
    known = LeitnerSchedule(items, states, session=2)
    session = known.draw_session(3, random.Random(1))
    assert len(session) == 3 and items[0] in session  # nothing due: least recently seen
    assert len(LeitnerSchedule([A, B]).draw_session(10, random.Random(0))) == 2


def test_due_reviews_come_before_new_items():
    items = [StudyItem(P2M, str(i)) for i in range(30)]
    schedule = LeitnerSchedule(items, {items[29]: ItemState(1, 1)}, session=1)
    assert items[29] in schedule.draw_session(1, random.Random(5))


def test_drawing_a_session_is_deterministic_with_a_seed():
    items = [StudyItem(kind, str(i)) for kind in QuestionKind for i in range(8)]
    first = LeitnerSchedule(items).draw_session(10, random.Random(42))
    assert first == LeitnerSchedule(items).draw_session(10, random.Random(42))


# -- the summary ----------------------------------------------------------------------------

def test_session_summary_counts_per_kind_and_lists_items_to_review(bank):
    rng = random.Random(0)
    p2m = bank.question(StudyItem(P2M, "piriformis"), rng)
    m2p = bank.question(StudyItem(M2P, "rhomboids"), rng)
    tap = landmark_question(bank, "c7")
    results = [bank.grade_choice(p2m, "piriformis"),
               bank.grade_marking(m2p, bank.pattern("rhomboids", m2p.side).essential),
               bank.grade_marking(m2p, []),
               bank.grade_tap(tap, (0.0, 0.0))]
    summary = SessionSummary.of(results)
    by_kind = {k.kind: k for k in summary.kinds}
    assert by_kind[P2M].asked == 1 and by_kind[P2M].correct == 1
    assert by_kind[M2P].asked == 2 and by_kind[M2P].mean_score == pytest.approx(0.5)
    assert T2M not in by_kind
    assert summary.asked == 4 and summary.correct == 2
    assert set(summary.to_review) == {StudyItem(M2P, "rhomboids"), StudyItem(LANDMARK, "c7")}
    assert bank.item_label(StudyItem(LANDMARK, "c7")).startswith("C7")


def test_the_study_engine_imports_no_qt():
    code = ("import sys, bodymap.domain.study.questions, bodymap.domain.study.schedule, "
            "bodymap.domain.study.scoring, bodymap.domain.progress; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_no_explanation_says_right_which_reads_as_a_side(bank):
    """Issue 20.4: 'Right' clashes with the patient's right; the word is 'Correct'."""
    rng = random.Random(5)
    for item in bank.items()[:60]:
        question = bank.question(item, rng)
        if question.kind in (QuestionKind.PATTERN_TO_MUSCLE,
                             QuestionKind.TRIGGER_POINT_TO_MUSCLE):
            result = bank.grade_choice(question, question.item_id)
            assert not result.explanation.startswith("Right"), result.explanation


def test_a_marking_missing_an_essential_region_is_not_correct(bank):
    """Issue 20.4: marking the biggest of several essential regions can pass the area score;
    it is still not correct while an essential region is missing."""
    passing_area = 0
    for muscle in bank.dataset.muscles:
        pattern = bank.pattern(muscle.id, "left")
        if len(pattern.essential) < 2:
            continue
        question = bank.question(StudyItem(QuestionKind.MUSCLE_TO_PATTERN, muscle.id),
                                 random.Random(1))
        pattern = bank.pattern(muscle.id, question.side)
        biggest = max(pattern.essential, key=lambda k: bank.region_areas.get(k, 0.0))
        result = bank.grade_marking(question, {biggest})
        if result.missed:  # (a parent region brings its children: nothing missed)
            assert not result.correct, muscle.id
            passing_area += result.score >= PATTERN_PASS
    assert passing_area  # the case exists in the data: the area score alone would pass
