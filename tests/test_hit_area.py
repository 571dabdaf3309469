"""Touch targets for thin regions (issue 20, point 3): a region narrower than a fingertip
takes taps just outside it, borrowing from wider neighbours, never changing the drawing."""

from __future__ import annotations

import pytest

from bodymap.atlas.geometry import parse_path
from bodymap.atlas.hit_area import HitAreas, distance_to, thickness

# A wide block, a strip 6 units wide, another wide block; and a small child in the first.
WIDE_A = parse_path("M0 0 L100 0 L100 200 L0 200 Z")
STRIP = parse_path("M100 0 L106 0 L106 200 L100 200 Z")
WIDE_B = parse_path("M106 0 L206 0 L206 200 L106 200 Z")
CHILD = parse_path("M20 20 L80 20 L80 80 L20 80 Z")
AREAS = HitAreas({"a": WIDE_A, "strip": STRIP, "b": WIDE_B, "child": CHILD},
                 {"child": True})
RADIUS = 22.0  # a 44-unit touch target


def test_distance_and_thickness():
    assert distance_to(STRIP, (103, 50)) == 0.0
    assert distance_to(STRIP, (90, 50)) == pytest.approx(10.0)
    assert thickness(STRIP) == pytest.approx(2 * 6 * 200 / (2 * 206))
    assert thickness(WIDE_A) > 2 * RADIUS


def test_a_thin_strip_takes_taps_beside_it_up_to_a_touch_target():
    assert AREAS.at((103, 100), RADIUS) == "strip"
    for x in (84, 90, 99, 107, 115, 122):  # within the strip's reach on either side
        assert AREAS.at((x, 100), RADIUS) == "strip", x
    assert AREAS.at((70, 150), RADIUS) == "a"
    assert AREAS.at((150, 100), RADIUS) == "b"


def test_with_no_radius_the_drawing_decides_alone():
    assert AREAS.at((99, 100), 0.0) == "a"
    assert AREAS.at((107, 100), 0.0) == "b"


def test_a_child_before_its_parent_and_nothing_off_the_figure():
    assert AREAS.at((50, 50), RADIUS) == "child"
    assert AREAS.at((-50, 50), RADIUS) is None


def test_thin_regions_of_the_atlas_gain_room_at_fit_zoom(reference):
    """At 1280x720 the figures are drawn at about 0.34 px per unit: the medial scapular
    border (5 px wide on screen) and the lateral chest wall (9 px) get at least twice the
    width. (Where several thin regions meet, as around the scapula, they share the room,
    so a strip there stays under 44 px: the rule never takes a wider region's middle.)"""
    scale = 0.34
    regions = reference.dataset.regions
    for view_name, region_id in (("posterior", "medial_scapular_border"),
                                 ("anterior", "lateral_chest")):
        view = reference.atlas.view(view_name)
        hits = HitAreas(view.regions,
                        {k: regions[k.region_id].parent is not None for k in view.regions})
        for side in ("left", "right"):
            key = next(k for k in view.regions if k.region_id == region_id and k.side == side)
            x, y = view.regions[key].interior_point

            def width(radius_px: float, key=key, x=x, y=y, hits=hits) -> int:
                run = 0
                for direction in (1, -1):
                    step = 1
                    while hits.at((x + direction * step / scale, y),
                                  radius_px / scale) == key and step < 200:
                        step += 1
                    run += step - 1
                return run + 1

            assert width(22) >= max(12, 2 * width(0)), (key, width(0), width(22))
