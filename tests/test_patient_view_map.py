"""The map of the patient view (issue 20, point 1): the pattern framed whole with the view
filled, the patient's sides always in sight, only the surface and the selected muscle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from bodymap.domain.model import MuscleSide

DEEP = MuscleSide("gluteus_medius", "left")


@pytest.fixture
def window(main_window):
    main_window.resize(1366, 768)
    return main_window


def visible_scene_rect(window) -> QRectF:
    return window.view.mapToScene(window.view.viewport().rect()).boundingRect()


def side_labels(window) -> list:
    return [label for label in window.modes.get("patient").side_labels.labels
            if label.isVisible()]


def test_only_the_superficial_layer_and_the_selected_muscle(qtbot, window):
    window.scene.set_depth(3)  # Explore was on the deep layer
    window.select(DEEP)
    depth_in_explore = window.scene.depth
    window.set_mode("patient")
    for key, item in window.scene.muscle_items().items():
        drawn = item.isVisibleTo(item.parentItem())  # whether its figure is shown or not
        assert drawn == (item.layer == 1 or key == DEEP), key
        assert not drawn or not item.opacity() < 1  # nothing faded
    window.set_mode("explore")
    assert window.scene.depth == depth_in_explore
    assert any(i.isVisible() and i.layer > 1 for i in window.scene.muscle_items().values())


def test_the_pattern_is_framed_whole_and_fills_the_view(qtbot, window):
    window.select(DEEP)
    window.set_mode("patient")
    pattern = window.overlay.bounding_rect()
    shown = visible_scene_rect(window)
    assert shown.contains(pattern)
    figures = window.scene.figure_rect("both")
    # No empty band: the view shows figures across its whole height (or width).
    assert shown.top() >= figures.top() - 40 and shown.bottom() <= figures.bottom() + 40 or \
        shown.left() >= figures.left() - 40 and shown.right() <= figures.right() + 40


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_both_sides_are_labelled_on_the_view_whatever_the_zoom(qtbot, window, size):
    window.resize(*size)
    window.select(MuscleSide("upper_trapezius", "right"))
    window.set_mode("patient")
    for zoom in (1.0, 2.5):
        window.view.zoom_by(zoom)
        window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().value()
                                                   + 40)
        labels = side_labels(window)
        texts = {label.text() for label in labels}
        assert texts == {"Patient's left", "Patient's right"}, texts
        viewport = window.view.viewport().rect()
        for label in labels:
            assert viewport.contains(label.geometry()), label.text()
        boxes = [label.geometry() for label in labels]
        assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    # the labels drawn in the scene stand down while the pinned ones show, and come back
    scene_labels = [item for f in window.scene.figures.values() for item, role in f._texts
                    if role == "label"]
    assert not any(item.isVisibleTo(item.parentItem()) for item in scene_labels)
    window.set_mode("explore")
    assert not side_labels(window)
    assert all(item.isVisibleTo(item.parentItem()) for item in scene_labels)
