"""Every figure of the atlas is shown by the app from one list: the lateral head and the soles
like the back and the front."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from bodymap.atlas.model import VIEWS
from bodymap.cli import VIEW_CHOICES
from bodymap.domain.model import RegionKey
from bodymap.ui.map_pane.controls import VIEWS as FRAMINGS


def test_every_atlas_view_can_be_chosen():
    assert set(VIEW_CHOICES) == {"both", *VIEWS}
    assert {value for value, _text, _key in FRAMINGS} == {"both", *VIEWS}
    keys = [key for _value, _text, key in FRAMINGS]
    assert len(keys) == len(set(keys))


def test_the_new_figures_have_their_sides_and_levels(reference):
    back = reference.atlas.view("posterior").landmarks
    side = reference.atlas.view("lateral").landmarks
    sole = reference.atlas.view("plantar").landmarks
    # The lateral head shares the body levels of the whole-body figures.
    for name in ("mastoid", "c7", "external_occipital_protuberance"):
        back_name = name if name in back else f"{name}.left"
        assert side[f"{name}.left"][1] == pytest.approx(back[back_name][1], abs=3), name
    # Left side on the viewer's left, facing left: the cheekbone is left of the ear canal.
    assert side["zygomatic_arch.left"][0] < side["external_acoustic_meatus.left"][0] < 350
    assert side["zygomatic_arch.right"][0] > side["external_acoustic_meatus.right"][0] > 350
    # Left sole on the viewer's left, big toe towards the middle, toes up, heel down.
    assert sole["fifth_metatarsal_head.left"][0] < sole["first_metatarsal_head.left"][0] < 350
    assert sole["first_metatarsal_head.left"][1] < sole["calcaneal_tuberosity.left"][1]
    regions = reference.atlas.view("plantar").regions
    assert {RegionKey(r, "left") for r in ("heel", "plantar_foot", "big_toe")} <= set(regions)
    assert RegionKey("vertex", "midline") in reference.atlas.view("lateral").regions


@pytest.mark.parametrize("view", ["lateral", "plantar"])
def test_choosing_a_figure_frames_it_alone(qtbot, main_window, view):
    window = main_window
    window.resize(1366, 768)
    window.set_framing(view)
    scene = window.scene
    assert scene.figures[view].root.isVisible()
    assert not any(f.root.isVisible() for name, f in scene.figures.items() if name != view)
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.intersects(scene.figure_rect(view))
    # a tap on one of its regions lands on that figure, where the region is drawn
    region = next(iter(scene.figures[view].view.regions.values()))
    point = scene.figures[view].root.mapToScene(*region.interior_point)
    assert scene.figure_at(point) == view
    image = window.view.grab().toImage()
    centre = window.view.mapFromScene(point)
    assert image.pixelColor(centre) != image.pixelColor(2, image.height() - 3)
    window.set_framing("both")
    assert not scene.figures[view].root.isVisible()
    assert scene.figures["posterior"].root.isVisible()


def test_pain_is_not_drawn_on_the_side_of_the_head(qtbot, main_window):
    """Pain drawings and their percentages are measured on the back, the front and the
    soles (decision 42; tests/test_ui_pain.py draws on the soles). The side of the head only
    repeats skin the front and back show, so a stroke there changes nothing and raises
    nothing."""
    window = main_window
    buttons = {b.property("mode"): b for b in window.mode_bar.group.buttons()}
    qtbot.mouseClick(buttons["pain"], Qt.MouseButton.LeftButton)
    pain = window.modes.get("pain").session
    assert set(pain.rasters) == {"posterior", "anterior", "plantar"}
    window.set_framing("lateral")
    figure = window.scene.figures["lateral"]
    local = QPointF(*figure.view.regions[RegionKey("tmj", "left")].interior_point)
    point = window.view.mapFromScene(figure.root.mapToScene(local))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert pain.drawn == {} and pain.extent.percent_of_body == 0
