"""The atlas: read safely, every contract id resolved, and tied to the data both ways."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from bodymap import resources
from bodymap.atlas.crosscheck import REQUIRED_LANDMARKS, cross_check
from bodymap.atlas.loader import load_atlas, load_view
from bodymap.atlas.model import VIEWS
from bodymap.domain.model import SIDES, MuscleSide, RegionKey
from bodymap.domain.problems import DataError

REQUIRED_MUSCLES = ("upper_trapezius", "middle_trapezius", "lower_trapezius", "levator_scapulae",
                    "rhomboids", "infraspinatus", "quadratus_lumborum", "gluteus_medius",
                    "piriformis")
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">{}</svg>'


def view_problems(tmp_path, body: str, raw: str | None = None) -> list[str]:
    path = tmp_path / "posterior.svg"
    path.write_text(raw if raw is not None else SVG.format(body), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_view(path, "posterior")
    return [str(p) for p in caught.value.problems]


def test_bundled_atlas_has_the_foundation_muscles_on_both_sides(reference):
    posterior = reference.atlas.view("posterior")
    for muscle_id in REQUIRED_MUSCLES:
        for side in SIDES:
            shape = posterior.muscles[MuscleSide(muscle_id, side)]
            assert shape.outline.area > 100
            assert shape.layer == reference.dataset.muscle(muscle_id).layer


def test_bundled_atlas_and_data_agree(reference):
    assert cross_check(reference.dataset, reference.atlas) == []


def test_every_required_landmark_is_drawn(reference):
    for view, names in REQUIRED_LANDMARKS.items():
        assert set(names) <= set(reference.atlas.view(view).landmarks)


def test_landmarks_sit_at_their_anatomical_levels(reference):
    marks = reference.atlas.view("posterior").landmarks
    y = {name: point[1] for name, point in marks.items()}
    # C7 at the base of the neck, above T3; T3 level with the root of the scapular spine;
    # T7 level with the inferior angle; L4 level with the crest tops; S2 level with the PSIS.
    assert y["external_occipital_protuberance"] < y["c7"] < y["t3"] < y["t7"] < y["t12"]
    assert y["t12"] < y["l4"] < y["s2"]
    tolerance = 20
    assert abs(y["t3"] - y["scapular_spine_root.left"]) < tolerance
    assert abs(y["t7"] - y["scapula_inferior_angle.left"]) < tolerance
    assert abs(y["l4"] - y["iliac_crest_top.left"]) < tolerance
    assert abs(y["s2"] - y["psis.left"]) < tolerance
    # The patient's left is on the viewer's left of the posterior figure.
    assert marks["acromion.left"][0] < marks["acromion.right"][0]
    front = reference.atlas.view("anterior").landmarks
    assert front["acromion.left"][0] > front["acromion.right"][0]


def test_left_and_right_mirror_each_other(reference):
    for view in reference.atlas.views.values():
        width = view.viewbox[2]
        for muscle in reference.dataset:
            if muscle.figure != view.name:
                continue
            left = view.muscles[MuscleSide(muscle.id, "left")].outline
            right = view.muscles[MuscleSide(muscle.id, "right")].outline
            assert left.area == pytest.approx(right.area, rel=0.02), muscle.id
            assert left.bounds[0] == pytest.approx(width - right.bounds[2], abs=2), muscle.id
        for key, outline in view.regions.items():
            if key.side == "left":
                twin = view.regions[RegionKey(key.region_id, "right")]
                assert outline.area == pytest.approx(twin.area, rel=0.02), key
        for name, (x, y) in view.landmarks.items():
            if name.endswith(".left"):
                tx, ty = view.landmarks[name.replace(".left", ".right")]
                assert (x, y) == pytest.approx((width - tx, ty), abs=0.5), name


def test_cross_check_finds_geometry_missing_for_data(reference):
    muscle = reference.dataset.muscle("piriformis")
    extra = dataclasses.replace(muscle.trigger_points[0], id="trp9")
    changed = dataclasses.replace(muscle, trigger_points=(*muscle.trigger_points, extra))
    dataset = dataclasses.replace(
        reference.dataset,
        muscles=tuple(changed if m.id == "piriformis" else m for m in reference.dataset))
    problems = [str(p) for p in cross_check(dataset, reference.atlas)]
    assert any("piriformis trp9: the posterior atlas has no marker 'trp.piriformis.trp9.left'"
               in p for p in problems)


def test_cross_check_finds_geometry_without_data(reference):
    dataset = dataclasses.replace(
        reference.dataset,
        muscles=tuple(m for m in reference.dataset if m.id != "piriformis"))
    problems = [str(p) for p in cross_check(dataset, reference.atlas)]
    assert any("posterior.svg:" in p and
               "muscle.piriformis.left is drawn but the data has no muscle 'piriformis'" in p
               for p in problems)
    assert any("trp.piriformis.trp1.right is drawn but the data has no such trigger point" in p
               for p in problems)


def test_cross_check_finds_undrawn_regions(reference):
    atlas = reference.atlas
    posterior = atlas.view("posterior")
    anterior = atlas.view("anterior")
    key = RegionKey("angle_of_neck", "left")
    stripped = dataclasses.replace(
        atlas, views={"posterior": dataclasses.replace(
            posterior, regions={k: v for k, v in posterior.regions.items() if k != key}),
            "anterior": dataclasses.replace(
            anterior, regions={k: v for k, v in anterior.regions.items() if k != key})})
    problems = [str(p) for p in cross_check(reference.dataset, stripped)]
    assert any("'angle_of_neck.left' of its essential zone is not drawn" in p for p in problems)


def test_doctype_and_entities_are_refused(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><svg viewBox="0 0 1 1">&b;</svg>')
    (problem,) = view_problems(tmp_path, "", raw=bomb)
    assert "DOCTYPE or entity declaration is not allowed" in problem
    external = ('<?xml version="1.0"?><!DOCTYPE svg SYSTEM "file:///etc/passwd">'
                '<svg viewBox="0 0 1 1"/>')
    (problem,) = view_problems(tmp_path, "", raw=external)
    assert "not allowed" in problem


def test_malformed_xml_is_located(tmp_path):
    (problem,) = view_problems(tmp_path, "", raw='<svg viewBox="0 0 1 1">\n<path d="M0 0"\n</svg>')
    assert ":3:" in problem and "not valid SVG/XML" in problem


def test_shape_and_id_mistakes_are_located(tmp_path):
    body = ('<path id="silhouette" d="M0 0 L10 0 L10 10 Z"/>\n'
            '<path id="muscle.upper_trapezius.left" d="M0 0 L5 5 L0 5 Z"/>\n'
            '<path id="muscle.rhomboids.left" data-layer="2" d="M0 0 L 5"/>\n'
            '<path id="region.temple.top" d="M0 0 L1 1 L0 1 Z"/>\n'
            '<circle id="landmark.c7" cx="1" cy="1" r="1" transform="wobble(2)"/>')
    problems = view_problems(tmp_path, body)
    assert any(":2:" in p and "needs data-layer" in p for p in problems)
    assert any("cannot read the shape of 'muscle.rhomboids.left'" in p for p in problems)
    assert any("'region.temple.top' does not follow spec/ATLAS.md" in p for p in problems)
    assert any("cannot read the transform" in p for p in problems)


def test_missing_atlas_files_are_named(tmp_path):
    for view in VIEWS:
        if view != "anterior":
            shutil.copy(resources.ATLAS_DIR / f"{view}.svg", tmp_path / f"{view}.svg")
    with pytest.raises(DataError) as caught:
        load_atlas(tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path / 'anterior.svg'}: atlas file is missing"]


def test_inkscape_style_transforms_are_resolved(tmp_path):
    path = tmp_path / "posterior.svg"
    path.write_text(SVG.format(
        '<g transform="translate(10,20)"><path id="silhouette" d="m 0,0 h 10 v 10 h -10 z"/>'
        '<g transform="scale(2)"><circle id="landmark.c7" cx="5" cy="5" r="1"/></g></g>'))
    view = load_view(path, "posterior")
    assert view.silhouette[0].bounds == (10, 20, 20, 30)
    assert view.landmarks["c7"] == pytest.approx((20, 30))


def test_every_fibre_line_lies_inside_its_muscle(reference):
    """The app draws fibres without clipping them to the muscle (ui/map_pane/figure.py FibreLines):
    the atlas must keep them inside, curves included."""
    for name in ("posterior", "anterior"):
        view = reference.atlas.view(name)
        for key, shape in view.muscles.items():
            for fibre in shape.fibres:
                for polygon in fibre.polygons:
                    outside = [p for p in polygon if not shape.outline.contains(p)]
                    assert not outside, (name, key, outside[:3])
