"""Outline geometry without Qt: path parsing, transforms, containment, interior points."""

from __future__ import annotations

import pytest

from bodymap.atlas.geometry import PathSyntaxError, circle_outline, parse_path
from bodymap.atlas.loader import parse_transform


def test_absolute_and_relative_commands_agree():
    absolute = parse_path("M 10 10 L 110 10 L 110 60 L 10 60 Z")
    relative = parse_path("m10,10 h100 v50 h-100 z")
    assert absolute.polygons == relative.polygons
    assert absolute.area == pytest.approx(5000)
    assert absolute.bounds == (10, 10, 110, 60)


def test_curves_are_kept_as_cubics_and_flattened_for_geometry():
    outline = parse_path("M0 0 Q 50 100 100 0 T 200 0 S 250 -50 300 0 C 300 50 0 50 0 0 Z")
    ops = [c[0] for c in outline.commands]
    assert ops == ["M", "C", "C", "C", "C", "Z"]
    assert outline.contains((150, 45)) is False
    assert outline.contains((50, 30)) is True


def test_arcs_become_cubics_on_the_circle():
    outline = parse_path("M 0 -10 A 10 10 0 1 1 0 10 A 10 10 0 1 1 0 -10 Z")
    assert outline.area == pytest.approx(314.16, rel=0.01)
    for x, y in outline.polygons[0]:
        assert (x * x + y * y) ** 0.5 == pytest.approx(10, abs=0.05)


def test_containment_uses_nonzero_winding():
    square = "M0 0 L100 0 L100 100 L0 100 Z"
    same_direction_hole = parse_path(square + " M25 25 L75 25 L75 75 L25 75 Z")
    reversed_hole = parse_path(square + " M25 25 L25 75 L75 75 L75 25 Z")
    assert same_direction_hole.contains((50, 50))
    assert not reversed_hole.contains((50, 50))
    assert reversed_hole.contains((10, 50))


def test_interior_point_is_inside_even_for_a_crescent():
    crescent = parse_path("M 0 0 C 100 0 100 200 0 200 C 60 150 60 50 0 0 Z")
    x, y = crescent.interior_point
    assert crescent.contains((x, y))
    ring = circle_outline(50, 50, 20)
    assert ring.contains(ring.interior_point)


@pytest.mark.parametrize("bad", ["L 10 10", "M 10", "M 10 10 L x 5", "M 1 1 Z 3"])
def test_bad_path_data_is_refused(bad):
    with pytest.raises(PathSyntaxError):
        parse_path(bad)


def test_transforms_compose_like_svg():
    assert parse_transform("translate(10, 20)") == (1, 0, 0, 1, 10, 20)
    a, b, c, d, e, f = parse_transform("translate(10 20) scale(2)")
    assert (a, d, e, f) == (2, 2, 10, 20)
    a, b, c, d, e, f = parse_transform("rotate(90, 10, 10)")
    assert (round(a, 6), round(b, 6), round(e, 6), round(f, 6)) == (0, 1, 20, 0)
    with pytest.raises(ValueError):
        parse_transform("spin(3)")
