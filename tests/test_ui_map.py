"""The main window: every drawn muscle can be clicked; the panel, overlay and title follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest

from bodymap.domain.model import MuscleSide
from bodymap.ui.main_window import MainWindow
from tests.map_points import visible_point


@pytest.fixture
def window(main_window):
    return main_window


def interior_scene_point(window: MainWindow, key: MuscleSide) -> QPointF:
    """Inside the muscle, where no muscle of its layer covers it."""
    return visible_point(window.scene, key)


def click_scene(qtbot, window: MainWindow, point: QPointF) -> None:
    view = window.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(point))


def drawn_muscles(reference) -> list[MuscleSide]:
    return [k for v in reference.atlas.views.values() for k in v.muscles]


def test_every_drawn_muscle_is_clickable(qtbot, window, reference):
    dataset = reference.dataset
    for key in drawn_muscles(reference):
        muscle = dataset.muscle(key.muscle_id)
        # a muscle drawn on a close-up (the side of the head, the soles) is clicked there
        window.set_framing("both" if muscle.figure in window.scene.overview else muscle.figure)
        window.scene.set_depth(muscle.layer)  # focus its layer so it is on top
        click_scene(qtbot, window, interior_scene_point(window, key))
        assert window.selection.current == key, f"clicking inside {key} selected something else"
        name = muscle.display_name(key.side)
        assert window.modes.get("explore").detail.shown == key
        assert name in window.modes.get("explore").detail.toPlainText()
        assert "Needling safety" in window.modes.get("explore").detail.toPlainText()
        assert window.windowTitle() == f"{name} — bodymap"
        assert any(kind == "essential" and not path.isEmpty()
                   for (_, kind), path in window.overlay.zone_paths.items()), key
        drawn = {(k.trp_id, k.side) for k in window.overlay.trigger_point_items}
        assert drawn == {(t.id, key.side) for t in muscle.trigger_points}


def test_referral_falls_on_the_figure_where_it_is_felt(window):
    window.select(MuscleSide("infraspinatus", "right"))
    assert not window.overlay.zone_paths[("anterior", "essential")].isEmpty()


def test_zones_land_on_the_same_side_as_the_trigger_point(window, reference):
    window.select(MuscleSide("levator_scapulae", "left"))
    path = window.overlay.zone_paths[("posterior", "essential")]
    angle = reference.atlas.view("posterior").regions
    from bodymap.domain.model import RegionKey

    left = angle[RegionKey("angle_of_neck", "left")].interior_point
    right = angle[RegionKey("angle_of_neck", "right")].interior_point
    assert path.contains(QPointF(*left)) and not path.contains(QPointF(*right))


def test_background_click_and_escape_clear_the_selection(qtbot, window):
    window.select(MuscleSide("piriformis", "left"))
    assert window.selection.current is not None
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.selection.current is None
    assert window.windowTitle() == "bodymap"
    window.select(MuscleSide("piriformis", "left"))
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.selection.current is None
    assert "Muscles A–Z" in window.modes.get("explore").detail.toPlainText()


def test_overlapping_click_picks_the_top_and_offers_the_ones_beneath(qtbot, window, reference):
    # The rhomboids lie under the middle/lower trapezius: click inside the rhomboids at the
    # superficial depth and the trapezius is picked, the rhomboids offered.
    key = MuscleSide("rhomboids", "left")
    shape = window.reference.atlas.muscle_view(key).muscles[key]
    point = window.scene.muscle_item(key).mapToScene(QPointF(*shape.outline.interior_point))
    window.scene.set_depth(None)
    click_scene(qtbot, window, point)
    picked = window.selection.current
    assert picked is not None and picked != key
    assert reference.dataset.muscle(picked.muscle_id).layer < 2
    assert key in window.selection.beneath
    assert "Also at this spot" in window.modes.get("explore").detail.toPlainText()
    # Following the offer selects the deeper muscle and reveals its layer.
    window.modes.get("explore").detail.muscle_link_activated.emit(key)
    assert window.selection.current == key
    assert window.scene.depth == 2
    assert window.scene.muscle_item(MuscleSide("middle_trapezius", "left")).opacity() < 0.5


def test_layer_control_fades_shallower_and_hides_deeper(qtbot, window):
    trapezius = window.scene.muscle_item(MuscleSide("upper_trapezius", "left"))
    rhomboids = window.scene.muscle_item(MuscleSide("rhomboids", "left"))
    piriformis = window.scene.muscle_item(MuscleSide("piriformis", "left"))
    buttons = {b.property("value"): b for b in window.controls.depth_group.buttons()}
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert trapezius.pickable and not rhomboids.isVisible() and not piriformis.isVisible()
    qtbot.mouseClick(buttons[3], Qt.MouseButton.LeftButton)
    assert piriformis.pickable and rhomboids.isVisible() and not rhomboids.pickable
    assert trapezius.opacity() < 0.5
    qtbot.mouseClick(buttons[None], Qt.MouseButton.LeftButton)
    assert all(i.pickable for i in (trapezius, rhomboids, piriformis))


def test_hover_names_the_muscle(qtbot, window):
    key = MuscleSide("upper_trapezius", "right")
    point = window.view.mapFromScene(interior_scene_point(window, key))
    # Start from elsewhere: a pointer already resting on the spot would send no move.
    QTest.mouseMove(window.view.viewport(), QPoint(2, 2))
    QTest.mouseMove(window.view.viewport(), point)
    qtbot.waitUntil(lambda: window.pane.hover_label.isVisible())
    assert window.pane.hover_label.text().startswith("Right upper trapezius")
    assert window.scene.muscle_item(key)._hovered


def test_zoom_keys_wheel_and_reset(qtbot, window):
    view = window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(1.25)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(0.8)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QTest.qWait(0)
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom == pytest.approx(0.8 * 1.25 ** 2)
    for _ in range(30):
        view.zoom_in()
    assert view.zoom == pytest.approx(10.0)  # clamped
    QTest.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == 1.0


def test_drag_pans_without_selecting(qtbot, window):
    view = window.view
    view.zoom_by(3.0)
    start = view.viewport().rect().center()
    before = view.mapToScene(start)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        QTest.mouseMove(view.viewport(), start + QPoint(step * 20, step * 10))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       pos=start + QPoint(100, 50))
    after = view.mapToScene(start)
    assert after.x() < before.x() and after.y() < before.y()
    assert window.selection.current is None


def test_figure_switch_frames_one_figure(qtbot, window):
    buttons = {b.property("value"): b for b in window.controls.framing_group.buttons()}
    qtbot.mouseClick(buttons["anterior"], Qt.MouseButton.LeftButton)
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.figure_rect("anterior").center())
    assert not window.scene.figures["posterior"].root.isVisible()
    window.set_framing("both")
    assert window.scene.figures["posterior"].root.isVisible()
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.figure_rect("both"))


def test_laterality_is_labelled_on_screen(window):
    texts = [i.text() for i in window.scene.items() if hasattr(i, "text") and i.isVisible()]
    assert texts.count("Patient's left") == 2 and texts.count("Patient's right") == 2


def test_tap_selects_and_pinch_zooms(qtbot, window):
    device = QTest.createTouchDevice()
    viewport = window.view.viewport()
    key = MuscleSide("infraspinatus", "left")
    window.scene.set_depth(1)
    point = window.view.mapFromScene(interior_scene_point(window, key))
    QTest.touchEvent(viewport, device).press(0, point, viewport)
    QTest.touchEvent(viewport, device).release(0, point, viewport)
    qtbot.waitUntil(lambda: window.selection.current == key)

    centre = viewport.rect().center()
    a, b = centre - QPoint(40, 0), centre + QPoint(40, 0)
    QTest.touchEvent(viewport, device).press(0, a, viewport).press(1, b, viewport)
    for step in range(1, 11):
        QTest.touchEvent(viewport, device).move(0, a - QPoint(8 * step, 0), viewport).move(
            1, b + QPoint(8 * step, 0), viewport)
    QTest.touchEvent(viewport, device).release(0, a - QPoint(80, 0), viewport).release(
        1, b + QPoint(80, 0), viewport)
    qtbot.waitUntil(lambda: window.view.zoom > 1.5)


def test_landmarks_appear_with_their_labels_when_switched_on(qtbot, window, reference):
    figure = window.scene.figures["posterior"]
    assert figure._landmarks is None  # hidden at start, so not built (start-up time)
    qtbot.mouseClick(window.controls.landmarks_button, Qt.MouseButton.LeftButton)
    for name, view in (("posterior", "posterior"), ("anterior", "anterior")):
        layer = window.scene.figures[name].landmarks
        assert set(layer.labels) == set(reference.atlas.view(view).landmarks)
        assert layer.dots and all(dot.isVisible() for dot in layer.dots)
        texts = [label.text() for dot in layer.dots for plate in dot.childItems()
                 for label in plate.childItems()]
        assert len(texts) == len(layer.dots) and all(texts)
    window.set_theme(window.theme)  # a theme switch reaches the built layer
    qtbot.mouseClick(window.controls.landmarks_button, Qt.MouseButton.LeftButton)
    assert not any(dot.isVisible() for dot in figure.landmarks.dots)


def test_selecting_a_muscle_of_a_hidden_figure_shows_that_figure(window):
    """Choosing a sole muscle from search or A-Z while the back and front are shown brings
    up the soles, so the selection is visible on the map."""
    window.set_framing("both")
    key = MuscleSide("abductor_hallucis", "left")
    window.select(key)
    assert window.scene.figures["plantar"].root.isVisible()
    assert window.view.framing == "plantar"
    window.select(MuscleSide("soleus", "right"))
    assert window.scene.figures["posterior"].root.isVisible()


def test_picking_tests_only_the_hidden_muscles_of_the_figure_under_the_point(window):
    """The muscles hidden by the layer choice lie beneath a click and are offered; those of
    figures not on show (the side of the head, the soles, beside the overview) cannot be
    under the pointer and are never tested (testing them all made every pick over the
    whole-body map about 30 times slower, issue 27)."""
    scene = window.scene
    rhomboids = MuscleSide("rhomboids", "left")
    point = interior_scene_point(window, rhomboids)
    scene.set_depth(1)  # the rhomboids (layer 2) are hidden now
    asked = []
    for name, figure in scene.figures.items():
        if not figure.root.isVisible():
            for item in figure.muscles.values():
                item.shape = lambda item=item: asked.append(item.key) or item.path()
    assert not scene.figures["plantar"].root.isVisible()
    assert rhomboids in [i.key for i in scene.muscles_at(point)]
    plantar = scene.figures["plantar"]
    inside_soles = plantar.root.mapToScene(
        QPointF(*next(iter(plantar.view.muscles.values())).outline.interior_point))
    assert scene.muscles_at(inside_soles) == []
    assert asked == []
