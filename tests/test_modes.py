"""Leaving a mode leaves nothing behind: for every ordered pair of modes, the map, the side
panel, the legend and the selection after the switch are what the next mode shows when it is
entered fresh. The keyboard focus ring goes with every mouse choice, mode change and Escape,
and is never drawn where a patient or a student looks."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QTextEdit

from bodymap.domain.model import MuscleSide, RegionKey
from bodymap.domain.progress import ProgressStore
from bodymap.domain.study.questions import QuestionKind, StudyItem
from bodymap.ui.main_window import MainWindow
from bodymap.ui.map_pane.keyboard import Z_FOCUS
from bodymap.ui.mode_registry import FACTORIES
from tests.map_points import visible_point

MODES = list(FACTORIES)
SHARED = {"explore", "patient", "pain"}  # the modes that keep the clinician's selection
KEY = MuscleSide("levator_scapulae", "left")


@pytest.fixture
def make_window(qtbot, reference):
    def make() -> MainWindow:
        window = MainWindow(reference,
                            open_progress=lambda: (ProgressStore.in_memory(), None))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def click_scene_point(window: MainWindow, point: QPointF) -> None:
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, window.view.mapFromScene(point))


def focus_with_keyboard(window: MainWindow) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Down)


def make_busy(window: MainWindow, mode: str) -> None:
    """Leave a mark of everything the mode can put on the map and in the panel."""
    window.set_mode(mode)
    if mode in ("explore", "patient"):
        window.select(KEY)
        focus_with_keyboard(window)
    elif mode == "pain":
        session = window.modes.get("pain").session
        figure = window.scene.figures["posterior"]
        point = QPointF(*figure.view.regions[RegionKey("low_back", "left")].interior_point)
        session.set_tool("tap")
        session.tap("posterior", point)
        assert session.candidates
        window.select(session.candidates[0].key)
    elif mode == "study":
        study = window.modes.get("study")
        # A referral pattern on the map (the leak the review found), then a comparison.
        question = study.session.bank.question(
            StudyItem(QuestionKind.PATTERN_TO_MUSCLE, "levator_scapulae"),
            random.Random(3))
        study.session.questions, study.session.index = [question], -1
        study.session.next()
        assert study.session.layer.items
        study.panel.compare()
        assert study.panel.compare_layer.items
        window.select(KEY)


def scene_state(window: MainWindow) -> Counter:
    """What is drawn: every visible item by kind, depth and place."""
    state: Counter = Counter()
    for item in window.scene.items():
        if not item.isVisible():
            continue
        rect = item.sceneBoundingRect()
        state[(type(item).__name__, round(item.zValue(), 1), round(rect.x()),
               round(rect.y()), round(rect.width()), round(rect.height()))] += 1
    return state


def panel_text(window: MainWindow) -> list[str]:
    widget = window.side_stack.currentWidget()
    texts = [widget.toPlainText()] if isinstance(widget, QTextEdit) else []
    texts += [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    return texts


def state(window: MainWindow) -> dict:
    return {"scene": scene_state(window), "panel": panel_text(window),
            "legend": [label.text() for label in window.legend.labels],
            "controls": window.controls.isVisible(), "tool": window.view.tool,
            "selection": window.selection.current, "ring": window.keyboard.ring,
            "label": window.pane.hover_label.text() if window.pane.hover_label.isVisible()
            else None,
            "side": window.side_stack.currentWidget()}


@pytest.mark.parametrize(("before", "after"), list(itertools.permutations(MODES, 2)))
def test_switching_leaves_nothing_of_the_previous_mode(make_window, before, after):
    window = make_window()
    make_busy(window, before)
    kept = window.selection.current if {before, after} <= SHARED else None
    window.set_mode(after)
    got = state(window)

    fresh = make_window()
    fresh.set_mode(after)
    if kept is not None:
        fresh.select(kept)
    # Which layers are shown is the map's setting, chosen by the user, kept on purpose.
    fresh.scene.set_depth(window.scene.depth)
    # The mode's own side widget and tool are its own objects in each window.
    expected = state(fresh)
    assert got["side"] is window.modes.get(after).side_widget
    assert got["tool"] is window.modes.get(after).tool
    assert got["ring"] is None
    assert got["selection"] == kept
    for part in ("scene", "panel", "legend", "controls", "selection", "label"):
        assert got[part] == expected[part], part


def test_study_then_patient_view_shows_no_quiz_marker(make_window):
    """The review's reproduction: a study question's pattern stayed on the patient's map."""
    window = make_window()
    make_busy(window, "study")
    layer = window.modes.get("study").session.layer
    window.set_mode("patient")
    assert not layer.items and not layer.paths
    assert not window.modes.get("study").panel.compare_layer.items
    assert window.selection.current is None


@pytest.mark.parametrize(("first", "second"),
                         [("explore", "patient"), ("patient", "pain"), ("pain", "explore"),
                          ("explore", "pain"), ("pain", "patient"), ("patient", "explore")])
def test_selection_is_kept_across_explore_patient_and_pain(make_window, first, second):
    window = make_window()
    window.set_mode(first)
    window.select(KEY)
    window.set_mode(second)
    assert window.selection.current == KEY
    assert window.overlay.trigger_point_items
    if second == "patient":
        assert "Left levator scapulae" in window.modes.get("patient").panel.toPlainText()
    if second == "explore":
        assert window.modes.get("explore").detail.shown == KEY


def test_focus_ring_goes_with_a_mouse_choice(make_window):
    window = make_window()
    focus_with_keyboard(window)
    assert window.keyboard.ring is not None
    click_scene_point(window, visible_point(window.scene, KEY))
    assert window.selection.current == KEY
    assert window.keyboard.ring is None
    assert window.keyboard.ring not in window.scene.items()


def test_focus_ring_goes_with_a_background_click(make_window):
    window = make_window()
    focus_with_keyboard(window)
    window.view.background_clicked.emit()
    assert window.keyboard.ring is None


def test_focus_ring_goes_with_escape(make_window):
    window = make_window()
    focus_with_keyboard(window)
    assert window.keyboard.ring is not None
    escape = next(a for a in window.actions() if a.shortcut().toString() == "Esc")
    escape.trigger()
    assert window.keyboard.ring is None and window.keyboard.focused is None
    assert not window.pane.hover_label.isVisible()  # nor the label naming the focused muscle


@pytest.mark.parametrize("mode", [m for m in MODES if m != "explore"])
def test_focus_ring_goes_with_a_mode_change(make_window, mode):
    window = make_window()
    focus_with_keyboard(window)
    window.set_mode(mode)
    assert window.keyboard.ring is None
    assert not any(item.zValue() == Z_FOCUS for item in window.scene.items())
    assert not window.pane.hover_label.isVisible()


@pytest.mark.parametrize("mode", ["patient", "study"])
def test_focus_ring_is_never_drawn_for_patients_or_students(make_window, mode):
    window = make_window()
    window.set_mode(mode)
    focus_with_keyboard(window)
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert window.keyboard.ring is None


def test_patient_view_still_moves_keyboard_focus_and_names_it(make_window):
    window = make_window()
    window.set_mode("patient")
    focus_with_keyboard(window)
    assert window.keyboard.focused is not None  # keyboard users still get around
    assert window.pane.hover_label.isVisible()  # and the name is shown, without a ring


def test_pain_export_has_no_focus_ring(make_window, tmp_path):
    window = make_window()
    focus_with_keyboard(window)
    window.set_mode("pain")
    png, _ = window.modes.get("pain").session.export(tmp_path / "drawing.png")
    with_ring_gone = png.read_bytes()
    clean = make_window()
    clean.set_mode("pain")
    png2, _ = clean.modes.get("pain").session.export(tmp_path / "clean.png")
    assert with_ring_gone == png2.read_bytes()


def test_modes_are_built_only_when_first_opened(make_window):
    window = make_window()
    assert [m for m in MODES if window.modes.is_built(m)] == ["explore"]
    window.set_mode("study")
    assert window.modes.is_built("study") and not window.modes.is_built("pain")


@pytest.fixture
def make_kiosk(qtbot, reference):
    from bodymap.domain.kiosk_config import KioskConfig
    from bodymap.ui.kiosk.window import KioskWindow

    made: list[KioskWindow] = []

    def make() -> KioskWindow:
        window = KioskWindow(reference, KioskConfig())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        made.append(window)
        return window

    yield make
    for window in made:
        window.admin_exit()  # a kiosk refuses every other close


def test_kiosk_visits_leave_nothing_for_the_next_visitor(make_kiosk):
    from bodymap.ui.map_pane.pane import MapPane
    from bodymap.ui.modes.patient.mode import PatientMode

    visited = make_kiosk()
    # The kiosk is the shared map pane and the patient mode, not a copy of them.
    assert isinstance(visited.pane, MapPane) and isinstance(visited.patient, PatientMode)
    assert visited.panel is visited.patient.side_widget
    visited.select(MuscleSide("piriformis", "left"))
    visited.toggle_deeper()
    visited.show_a_to_z()
    visited.go_home()
    visited.start()
    fresh = make_kiosk()
    assert visited.selected is None
    assert scene_state(visited) == scene_state(fresh)
    assert visited.panel.toPlainText() == fresh.panel.toPlainText()
    assert visited.side_stack.currentWidget() is visited.panel
