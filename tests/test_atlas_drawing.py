"""The atlas as a drawing: generated from its committed source, regions tiling each figure,
zone shapes agreeing with their regions, every muscle clickable, 4K renders clean."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler

from bodymap import resources
from bodymap.atlas.geometry import parse_path
from bodymap.atlas.model import VIEWS
from bodymap.domain.model import RegionKey
from tests.atlas_raster import build_atlas_module, mask
from tests.map_points import visible_point


def test_committed_svgs_match_their_generator():
    built = build_atlas_module().build_all()
    for view, text in built.items():
        committed = (resources.ATLAS_DIR / f"{view}.svg").read_text(encoding="utf-8")
        assert committed == text, (
            f"bodymap/assets/atlas/{view}.svg is out of date: run python tools/build_atlas.py")


def unnamed_surface(view: str) -> np.ndarray:
    """Surface no region of the vocabulary names (front of the shin, the sole...)."""
    module = build_atlas_module()
    figure = module.FIGURES[view]()
    drawer = module.View(view)
    outlines = [parse_path(drawer.d(curve, side)) for curve in figure.unnamed
                for side in ("left", "right")]
    return mask(*outlines) if outlines else np.zeros((1600, 700), bool)


@pytest.mark.parametrize("view", VIEWS)
def test_regions_tile_the_figure(reference, view):
    atlas_view = reference.atlas.view(view)
    body = mask(*atlas_view.silhouette)
    count = np.zeros(body.shape, np.uint8)
    for key, outline in atlas_view.regions.items():
        region = reference.dataset.regions[key.region_id]
        if region.parent is None:  # a child lies inside its parent by design
            count += mask(outline)
    area = body.sum()
    named = body & ~unnamed_surface(view)
    uncovered = (named & (count == 0)).sum() / area
    overlap = (count > 1).sum() / area
    outside = ((count > 0) & ~body).sum() / area
    # Edges are anti-aliased away at 1 px per unit, so allow a hair of slack.
    assert uncovered < 0.01, f"{uncovered:.2%} of the named surface has no region"
    assert overlap < 0.005, f"{overlap:.2%} of the figure is claimed by two regions"
    assert outside < 0.005, f"{outside:.2%} of the regions lie outside the body"


def test_child_regions_lie_inside_their_parents(reference):
    for view in reference.atlas.views.values():
        for key, outline in view.regions.items():
            parent = reference.dataset.regions[key.region_id].parent
            if parent is None:
                continue
            parent_keys = [k for k in view.regions
                           if k.region_id == parent and k.side in (key.side, "left", "right")]
            child = mask(outline)
            parent_mask = mask(*(view.regions[k] for k in parent_keys))
            assert (child & ~parent_mask).sum() / max(child.sum(), 1) < 0.02, key


def test_zone_shapes_agree_with_the_regions_their_data_names(reference):
    regions = reference.dataset.regions
    for view in reference.atlas.views.values():
        for (muscle_id, trp_id, kind, side), outline in view.zones.items():
            trp = reference.dataset.muscle(muscle_id).trigger_point(trp_id)
            zone = trp.essential if kind == "essential" else trp.spillover
            keys = [k for k in zone.region_keys(side, regions) if k in view.regions]
            shape = mask(outline)
            named = mask(*(view.regions[k] for k in keys)) if keys else np.zeros_like(shape)
            inside = (shape & named).sum() / max(shape.sum(), 1)
            label = f"zone.{muscle_id}.{trp_id}.{kind}.{side} on the {view.name} figure"
            assert inside >= 0.75, f"only {inside:.0%} of {label} lies in its named regions"
            for key in keys:
                assert (shape & mask(view.regions[key])).any(), f"{label} misses {key}"


# The patterns issue 20.8 names: their region unions looked blocky, so they are drawn.
DRAWN_PATTERNS = ("upper_trapezius", "levator_scapulae", "infraspinatus", "quadratus_lumborum",
                  "gluteus_medius", "gluteus_minimus", "sternocleidomastoid", "iliopsoas")


def test_a_drawn_pattern_is_drawn_on_every_figure_that_shows_its_regions(reference):
    """Once a muscle's pattern is drawn, no figure falls back to the blocky union of regions
    for one of its zones: every zone naming a region a figure shows has its shape there."""
    regions = reference.dataset.regions
    views = reference.atlas.views.values()
    drawn = {muscle_id for view in views for muscle_id, *_ in view.zones}
    assert set(DRAWN_PATTERNS) <= drawn
    missing = []
    for muscle_id in sorted(drawn):
        for trp in reference.dataset.muscle(muscle_id).trigger_points:
            for zone in trp.zones:
                for side in ("left", "right"):
                    for view in views:
                        shown = [k for k in zone.region_keys(side, regions) if k in view.regions]
                        if shown and (muscle_id, trp.id, zone.kind, side) not in view.zones:
                            missing.append(f"{muscle_id} {trp.id} {zone.kind} {side} on the "
                                           f"{view.name} figure ({shown[0].region_id}...)")
    assert not missing, "zones left as a union of regions: " + "; ".join(missing)


def test_zone_shapes_are_smooth_curves():
    """A drawn zone is made of cubic Béziers only: no straight edge, no corner of a region."""
    for view in VIEWS:
        text = (resources.ATLAS_DIR / f"{view}.svg").read_text(encoding="utf-8")
        for element_id, d in re.findall(r'<path id="(zone\.[^"]+)" d="([^"]+)"', text):
            commands = set(re.findall(r"[A-Za-z]", d))
            assert commands <= {"M", "C", "Z"}, f"{element_id} on {view} has {commands}"


def test_essential_and_spillover_shapes_stay_apart(reference):
    """Where a trigger point has both zones drawn on a figure, the two are distinct
    patches: at most a sliver of the spillover lies under the essential zone."""
    for view in reference.atlas.views.values():
        for (muscle_id, trp_id, kind, side), outline in view.zones.items():
            essential = view.zones.get((muscle_id, trp_id, "essential", side))
            if kind != "spillover" or essential is None:
                continue
            spill = mask(outline)
            shared = (spill & mask(essential)).sum() / max(spill.sum(), 1)
            assert shared < 0.1, (f"{shared:.0%} of zone.{muscle_id}.{trp_id}.spillover.{side} "
                                  f"lies under its essential zone on the {view.name} figure")


def test_rendering_both_figures_at_4k_raises_no_qt_warnings(qtbot, reference, tmp_path):
    from PySide6.QtGui import QImage

    from bodymap.ui.main_window import MainWindow

    messages: list[str] = []
    previous = qInstallMessageHandler(lambda mode, context, text: messages.append(text))
    try:
        window = MainWindow(reference)
        qtbot.addWidget(window)
        window.resize(3840, 2160)
        window.select(reference.dataset.muscle_sides()[0])
        image = QImage(3840, 2160, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        window.render(image)
        image.save(str(tmp_path / "4k.png"))
    finally:
        qInstallMessageHandler(previous)
    assert messages == []
    assert len({image.pixel(x, y) for x in range(0, 3840, 64) for y in range(0, 2160, 64)}) > 20


def test_every_muscle_side_is_clickable_in_its_layer(qtbot, reference, main_window):
    window = main_window
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.view.viewport().width() > 1200)
    overview = window.scene.overview
    for key in reference.dataset.muscle_sides():
        muscle = reference.dataset.muscle(key.muscle_id)
        # a muscle drawn on a close-up (the side of the head) is clicked there
        window.set_framing("both" if muscle.figure in window.scene.overview else muscle.figure)
        window.scene.set_depth(muscle.layer)
        point = visible_point(window.scene, key)
        window.view.reset_zoom()
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.view.mapFromScene(point))
        assert window.selection.current == key, f"clicking inside {key} did not select it"


def test_region_key_sides_follow_the_vocabulary(reference):
    for view in reference.atlas.views.values():
        for key in view.regions:
            region = reference.dataset.regions[key.region_id]
            assert key.side == "midline" if region.midline else key.side in ("left", "right")
    assert RegionKey("sacrum", "midline") in reference.atlas.view("posterior").regions


@pytest.mark.parametrize("view", VIEWS)
def test_anatomy_lines_stay_on_the_body(reference, view):
    atlas_view = reference.atlas.view(view)
    silhouette = atlas_view.silhouette
    for kind, outlines in (("bone", atlas_view.bones), ("contour", atlas_view.contours)):
        for outline in outlines:
            for poly in outline.polygons:
                off = [p for p in poly if not any(s.contains(p) for s in silhouette)]
                assert not off, f"a {kind} line of the {view} figure leaves the body at {off[0]}"
