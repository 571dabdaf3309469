"""The reverse lookup: from where it hurts to the muscles that may refer pain there.
Pure domain tests (no Qt) plus the `bodymap lookup` command."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bodymap.domain.lookup import PainDrawing, rank
from bodymap.domain.model import MuscleSide, Region, RegionKey


@pytest.fixture(scope="module")
def areas(reference):
    return reference.atlas.region_areas(reference.atlas.measured())  # as the app measures


def ranking(reference, areas, keys):
    dataset = reference.dataset
    return rank(PainDrawing.from_regions(keys, areas, dataset.regions), dataset, areas)


def test_drawing_exactly_an_essential_zone_ranks_that_muscle_first(reference, areas):
    dataset = reference.dataset
    for muscle in dataset:
        for trp in muscle.trigger_points:
            keys = trp.essential.region_keys("left", dataset.regions)
            ranked = ranking(reference, areas, keys)
            top = ranked[0].score
            assert top == pytest.approx(1.0)
            leaders = [c.key for c in ranked if c.score == pytest.approx(top)]
            assert MuscleSide(muscle.id, "left") in leaders, (muscle.id, trp.id, leaders)


def test_a_child_drawn_alone_counts_where_the_zone_also_names_its_parent():
    """A tap on the ball of the foot fills only that region. A trigger point whose zones name
    both the ball of the foot and the sole around it must still see the pain (it used to be
    dropped as 'counted with the parent', though the parent was not drawn). Where the parent
    is drawn too, the child's area is part of it and counts once."""
    regions = {"plantar_foot": Region("plantar_foot", "Sole", "foot", ("plantar",)),
               "ball_of_foot": Region("ball_of_foot", "Ball of the foot", "foot", ("plantar",),
                                      parent="plantar_foot")}
    ball, sole = RegionKey("ball_of_foot", "left"), RegionKey("plantar_foot", "left")
    assert PainDrawing({ball: 2.0}, regions).inside({ball, sole}) == pytest.approx(2.0)
    assert PainDrawing({ball: 2.0, sole: 5.0}, regions).inside({ball, sole}) == pytest.approx(5.0)
    assert PainDrawing({ball: 2.0, sole: 5.0}, regions).inside({ball}) == pytest.approx(2.0)


def test_a_trigger_point_whose_zone_is_not_drawn_never_joins_the_score(reference, areas):
    dataset = reference.dataset
    for muscle in dataset:
        for trp in muscle.trigger_points:
            ranked = ranking(reference, areas, trp.essential.region_keys("left", dataset.regions))
            mine = next(c for c in ranked if c.key == MuscleSide(muscle.id, "left"))
            assert len(mine.trigger_points) == 1, (muscle.id, trp.id, mine.trigger_points)


def covers(zone, keys, regions) -> bool:
    """Every key lies in the zone: named by it, or a child region of one it names."""
    return all(k in zone or (regions[k.region_id].parent is not None and
                             RegionKey(regions[k.region_id].parent, k.side) in zone)
               for k in keys)


def test_several_trigger_points_of_one_muscle_explain_a_drawing_together(reference, areas):
    """Drawing the essential zones of two of a muscle's trigger points: neither explains it
    alone, together they explain all of it (the muscle as a whole)."""
    dataset = reference.dataset
    pairs = 0
    for muscle in dataset:
        alone = [set(t.essential.region_keys("left", dataset.regions))
                 for t in muscle.trigger_points]
        for i, first in enumerate(alone):
            for second in alone[i + 1:]:
                keys = first | second
                if any(covers(zone, keys, dataset.regions) for zone in alone):
                    continue  # one trigger point already covers it
                pairs += 1
                ranked = ranking(reference, areas, sorted(keys))
                mine = next(c for c in ranked if c.key == MuscleSide(muscle.id, "left"))
                assert mine.score == pytest.approx(1.0), (muscle.id, keys)
                assert len(mine.trigger_points) >= 2
                assert "together" in mine.why()
    assert pairs >= 10


def test_pain_on_both_sides_is_explained_by_the_muscle_on_both_sides(reference, areas):
    dataset = reference.dataset
    trp = dataset.muscle("levator_scapulae").trigger_point("trp1")
    both = [*trp.essential.region_keys("left", dataset.regions),
            *trp.essential.region_keys("right", dataset.regions)]
    ranked = ranking(reference, areas, both)
    assert {c.key for c in ranked[:2]} == {MuscleSide("levator_scapulae", "left"),
                                           MuscleSide("levator_scapulae", "right")}
    assert ranked[0].score == pytest.approx(1.0)
    assert {side for _, side, _ in ranked[0].trigger_points} == {"left", "right"}
    assert "on both sides" in ranked[0].why()
    # One-sided pain is never explained by the other side's trigger points.
    for c in ranking(reference, areas, trp.essential.region_keys("left", dataset.regions)):
        assert {side for _, side, _ in c.trigger_points} <= {c.key.side}


def test_left_sided_pain_ranks_left_sided_muscles_first(reference, areas):
    ranked = ranking(reference, areas, [RegionKey("angle_of_neck", "left"),
                                        RegionKey("medial_scapular_border", "left")])
    assert ranked[0].key == MuscleSide("levator_scapulae", "left")
    assert all(c.key.side == "left" for c in ranked[:5])
    right = ranking(reference, areas, [RegionKey("angle_of_neck", "right")])
    assert right[0].key.side == "right"


def test_spillover_only_pain_ranks_below_an_essential_match(reference, areas):
    ranked = ranking(reference, areas, [RegionKey("medial_scapular_border", "left")])
    essential = [c for c in ranked if c.essential_share == pytest.approx(1.0)]
    spillover_only = [c for c in ranked if c.essential_share == 0 and
                      c.spillover_share == pytest.approx(1.0)]
    assert essential and spillover_only
    assert min(c.score for c in essential) > max(c.score for c in spillover_only)


def test_unexplained_pain_and_empty_zones_lower_the_score(reference, areas):
    neck = [RegionKey("angle_of_neck", "left")]
    alone = {c.key: c.score for c in ranking(reference, areas, neck)}
    with_far_pain = {c.key: c.score for c in ranking(
        reference, areas, [*neck, RegionKey("posterior_calf", "left")])}
    key = MuscleSide("levator_scapulae", "left")
    assert with_far_pain[key] < alone[key]


def test_ranking_is_deterministic_and_explained(reference, areas):
    keys = [RegionKey("sacroiliac", "right"), RegionKey("buttock", "right")]
    first = ranking(reference, areas, keys)
    assert first == ranking(reference, areas, keys)
    scores = [c.score for c in first]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < c.score <= 1 for c in first)
    assert first[0].why().startswith("its essential zone covers")


def test_an_empty_drawing_ranks_nothing(reference, areas):
    assert rank(PainDrawing({}, reference.dataset.regions), reference.dataset, areas) == []


def bodymap(*args):
    return subprocess.run([sys.executable, "-m", "bodymap", *args], capture_output=True,
                          text=True, timeout=60)


def test_lookup_cli_json(reference, areas):
    result = bodymap("lookup", "angle_of_neck.left", "medial_scapular_border.left", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows[0]["muscle"] == "levator_scapulae" and rows[0]["side"] == "left"
    assert all({"muscle", "side", "score", "why"} <= set(r) for r in rows)
    assert all(0 <= r["score"] <= 1 for r in rows)
    expected = ranking(reference, areas, [RegionKey("angle_of_neck", "left"),
                                          RegionKey("medial_scapular_border", "left")])
    assert [(r["muscle"], r["side"]) for r in rows] == [
        (c.key.muscle_id, c.key.side) for c in expected[:10]]


def test_lookup_cli_table_and_errors():
    result = bodymap("lookup", "sacrum.midline")
    assert result.returncode == 0, result.stderr
    assert "score" in result.stdout.splitlines()[0]
    assert "not a diagnosis" in result.stdout
    unknown = bodymap("lookup", "templ.left")
    assert unknown.returncode == 1
    assert "unknown body region 'templ'" in unknown.stderr and "temple" in unknown.stderr
    wrong_side = bodymap("lookup", "sacrum.left")
    assert wrong_side.returncode == 1 and "midline" in wrong_side.stderr
    assert bodymap("lookup", "temple").returncode == 1


def test_a_child_region_drawn_alone_lies_inside_a_zone_that_names_its_parent(reference, areas):
    """Breast pain alone (a child of anterior_chest) lies inside the zones of every muscle
    that names the front of the chest, and pectoralis major names the breast itself: it must
    be found, not dropped because the zone also names the parent."""
    listed = [c.key.muscle_id for c in ranking(reference, areas, [RegionKey("breast", "left")])]
    assert listed[0] == "pectoralis_major"
    assert "intercostals" in listed  # its zone names only the parent, anterior_chest


def _area_inside_by_every_drawn_region(drawing: PainDrawing, zone, regions) -> float:
    """The definition PainDrawing.inside answers from its index: walk every drawn region
    (a child inside its parent is counted with the parent where both are drawn)."""
    area = 0.0
    for key, drawn in drawing.drawn.items():
        region = regions[key.region_id]
        sides = ("left", "right") if key.side == "midline" else (key.side,)
        parents = ({RegionKey(region.parent, s) for s in sides} if region.parent else set())
        if key not in zone and not parents & zone:
            continue
        if not parents & zone & drawing.drawn.keys():
            area += drawn
    return area


def test_the_drawings_index_answers_as_walking_every_drawn_region(reference, areas):
    """A zone's share of the drawing is read from the zone's own few regions through an
    index of the drawn ones (at whole-body scale a drawing has hundreds of regions and the
    ranking asks thousands of times per stroke, issue 27); it must equal the definition."""
    import random

    regions = reference.dataset.regions
    keys = sorted(areas, key=str)
    zones = [frozenset(trp.essential.region_keys(side, regions))
             | frozenset(trp.spillover.region_keys(side, regions))
             for muscle in reference.dataset for trp in muscle.trigger_points
             for side in ("left", "right")]
    rng = random.Random(27)
    for _ in range(60):
        drawn = {k: areas[k] * rng.choice((1.0, 0.5, 0.1))
                 for k in rng.sample(keys, rng.choice((1, 3, 12, 60, len(keys))))}
        drawing = PainDrawing(drawn, regions)
        assert drawing.total == pytest.approx(
            _area_inside_by_every_drawn_region(drawing, set(drawing.drawn), regions))
        for zone in rng.sample(zones, 25):
            assert drawing.inside(zone) == pytest.approx(
                _area_inside_by_every_drawn_region(drawing, zone, regions)), zone


def test_a_whole_body_drawing_ranks_each_muscle_side_once_best_first(reference, areas):
    """The worst case of the ranking (every trigger point's zones meet the drawing): each
    muscle side at most once, best first, each starting from a trigger point of its own
    side, and most of them listed (small patterns explain too little of a whole body to
    pass MIN_SCORE)."""
    dataset = reference.dataset
    ranked = rank(PainDrawing(areas, dataset.regions), dataset, areas)
    keys = [c.key for c in ranked]
    assert len(keys) == len(set(keys)) > len(list(dataset.muscle_sides())) // 2
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)
    assert all(c.trigger_points[0][1] == c.key.side for c in ranked)
