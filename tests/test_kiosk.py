"""Kiosk mode: full screen, touch first, locked, patient words only, forgets every visitor,
stores nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from bodymap.domain.kiosk_config import KioskConfig
from bodymap.domain.kiosk_pin import PinGate, hash_pin, pin_matches
from bodymap.domain.model import MuscleSide
from bodymap.domain.patient_words import PATIENT_FORBIDDEN
from bodymap.domain.problems import DataError
from bodymap.ui.kiosk.window import KioskWindow, muscles_by_area

PIN = "4817"


@pytest.fixture
def kiosk(qtbot, reference):
    window = KioskWindow(reference, KioskConfig(idle_seconds=90, countdown_seconds=10,
                                                admin_pin_hash=hash_pin(PIN)))
    qtbot.addWidget(window)
    window.activate()
    qtbot.waitExposed(window)
    yield window
    window.admin_exit()


def test_starts_full_screen_frameless_on_the_home_screen(kiosk):
    assert kiosk.windowState() & Qt.WindowState.WindowFullScreen
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert kiosk.stack.currentWidget() is kiosk.home


def test_every_touch_target_is_at_least_44_px(qtbot, kiosk):
    kiosk.start()
    kiosk.show_a_to_z()
    qtbot.wait(10)
    buttons = [b for b in kiosk.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) > 10
    for button in buttons:
        assert button.width() >= 44 and button.height() >= 44, button.text()


def test_tap_selects_and_long_press_goes_deeper(qtbot, kiosk, reference):
    kiosk.start()
    key = MuscleSide("rhomboids", "left")
    shape = reference.atlas.view("posterior").muscles[key]
    item = kiosk.scene.muscle_item(key)
    point = kiosk.view.mapFromScene(item.mapToScene(QPointF(*shape.outline.interior_point)))
    device = QTest.createTouchDevice()
    viewport = kiosk.view.viewport()
    QTest.touchEvent(viewport, device).press(0, point, viewport)
    QTest.touchEvent(viewport, device).release(0, point, viewport)
    qtbot.waitUntil(lambda: kiosk.selected is not None)
    on_top = kiosk.selected
    assert reference.dataset.muscle(on_top.muscle_id).layer == 1  # the trapezius over it
    # Selecting framed the pattern, so find the same spot on screen again.
    point = kiosk.view.mapFromScene(item.mapToScene(QPointF(*shape.outline.interior_point)))
    QTest.touchEvent(viewport, device).press(0, point, viewport)
    qtbot.waitUntil(lambda: kiosk.selected != on_top, timeout=3000)
    QTest.touchEvent(viewport, device).release(0, point, viewport)
    assert reference.dataset.muscle(kiosk.selected.muscle_id).layer > 1


def test_browse_by_area_and_a_to_z_without_typing(qtbot, kiosk, reference):
    kiosk.start()
    areas = muscles_by_area(reference)
    assert sum(len(m) for m in areas.values()) == len(reference.dataset.muscles)
    kiosk.show_areas()
    area_buttons = [b for b in kiosk.browse.widget().findChildren(QPushButton)]
    assert {b.text() for b in area_buttons} == set(areas)
    qtbot.mouseClick(area_buttons[0], Qt.MouseButton.LeftButton)
    muscle_buttons = kiosk.browse.widget().findChildren(QPushButton)
    qtbot.mouseClick(muscle_buttons[0], Qt.MouseButton.LeftButton)
    assert kiosk.selected is not None
    assert kiosk.side_stack.currentWidget() is kiosk.panel


@pytest.mark.parametrize("keys", ["Alt+F4", "Ctrl+Q", "Ctrl+W", "Esc", "F11"])
def test_keys_that_would_leave_do_nothing(qtbot, kiosk, keys):
    from PySide6.QtGui import QKeySequence

    kiosk.start()
    kiosk.select(MuscleSide("piriformis", "left"))
    combo = QKeySequence(keys)[0]
    QTest.keyClick(kiosk.view, combo.key(), combo.keyboardModifiers())
    QApplication.processEvents()
    assert kiosk.isVisible() and kiosk.windowState() & Qt.WindowState.WindowFullScreen
    assert kiosk.selected == MuscleSide("piriformis", "left")


def test_window_manager_close_and_context_menus_do_nothing(qtbot, kiosk):
    from PySide6.QtGui import QContextMenuEvent

    kiosk.close()
    assert kiosk.isVisible()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10),
                              kiosk.mapToGlobal(QPoint(10, 10)))
    assert kiosk.lock.eventFilter(kiosk, event) is True


@pytest.mark.parametrize("leave", ["hide", "showMinimized", "showNormal", "showMaximized"])
def test_the_kiosk_restores_itself_full_screen(qtbot, kiosk, leave):
    with qtbot.waitSignal(kiosk.keeper.restored, timeout=3000):
        getattr(kiosk, leave)()
    qtbot.waitUntil(lambda: kiosk.isVisible() and kiosk.windowState()
                    == Qt.WindowState.WindowFullScreen, timeout=3000)


def test_a_kiosk_left_alone_is_never_restored(qtbot, kiosk):
    """No restore loop: the guard finds nothing to do on a kiosk that fills the screen."""
    with qtbot.assertNotEmitted(kiosk.keeper.restored, wait=1600):
        pass


def test_the_idle_reset_shows_the_kiosk_again(qtbot, kiosk):
    kiosk.keeper.stop()  # only the idle reset may bring it back in this test
    kiosk.showMinimized()
    kiosk.hide()
    assert not kiosk.isVisible()
    kiosk.keeper.start()
    kiosk.keeper.timer.stop()
    kiosk.idle.expired.emit()
    assert kiosk.isVisible() and kiosk.windowState() == Qt.WindowState.WindowFullScreen


def test_after_the_admin_exit_nothing_brings_the_kiosk_back(qtbot, kiosk):
    kiosk.admin_exit()
    qtbot.wait(50)
    kiosk.keeper.tick()
    assert not kiosk.isVisible() and not kiosk.keeper.timer.isActive()


def test_the_pin_pad_is_an_overlay_inside_the_kiosk_not_a_window(qtbot, kiosk):
    kiosk.corner.held.emit()
    pad = kiosk.pin_pad
    assert pad.isVisible() and not pad.isWindow() and pad.window() is kiosk
    assert pad.geometry() == kiosk.rect()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [kiosk]
    for key in "123":
        pad.press(key)
    kiosk.go_home()  # the idle reset closes it and forgets the digits
    assert not pad.isVisible() and pad.entered == ""


def test_the_pin_pad_takes_ascii_digits_from_a_keyboard_and_nothing_else(qtbot, kiosk):
    kiosk.corner.held.emit()
    pad = kiosk.pin_pad
    from PySide6.QtGui import QKeyEvent

    QTest.keyClicks(pad, "48x1")  # a letter is ignored, and so is an Arabic-Indic seven:
    QApplication.sendEvent(pad, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                          Qt.KeyboardModifier.NoModifier, "٧"))
    assert pad.entered == "481"
    QTest.keyClick(pad, Qt.Key.Key_Backspace)
    QTest.keyClicks(pad, "17")
    assert pad.entered == "4817"
    QTest.keyClick(pad, Qt.Key.Key_Return)
    assert not kiosk.isVisible()


def _corner_mouse(kind, timestamp: int):
    from PySide6.QtGui import QMouseEvent

    event = QMouseEvent(kind, QPointF(10, 10), QPointF(10, 10), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.setTimestamp(timestamp)
    return event


def test_a_hold_counts_even_when_a_busy_kiosk_reads_press_and_release_together(qtbot, kiosk):
    from PySide6.QtCore import QEvent

    QApplication.sendEvent(kiosk.corner, _corner_mouse(QEvent.Type.MouseButtonPress, 1000))
    QApplication.sendEvent(kiosk.corner, _corner_mouse(QEvent.Type.MouseButtonRelease, 4100))
    assert kiosk.pin_pad.isVisible()


def test_a_short_press_in_the_corner_opens_nothing(qtbot, kiosk):
    from PySide6.QtCore import QEvent

    QApplication.sendEvent(kiosk.corner, _corner_mouse(QEvent.Type.MouseButtonPress, 1000))
    QApplication.sendEvent(kiosk.corner, _corner_mouse(QEvent.Type.MouseButtonRelease, 2500))
    qtbot.wait(50)
    assert not kiosk.pin_pad.isVisible() and not kiosk.corner.timer.isActive()


def test_without_an_admin_pin_the_corner_opens_nothing(qtbot, reference):
    window = KioskWindow(reference, KioskConfig())
    qtbot.addWidget(window)
    window.show()
    window.corner.held.emit()
    assert not window.pin_pad.isVisible()


def test_patient_words_only(kiosk, reference):
    kiosk.start()
    for key in reference.dataset.muscle_sides():
        kiosk.select(key)
        text = kiosk.panel.toPlainText()
        muscle = reference.dataset.muscle(key.muscle_id)
        assert muscle.patient_summary in text
        assert muscle.needling.pneumothorax_reason not in text
        assert not PATIENT_FORBIDDEN.search(text)
        assert all(p not in text for p in muscle.needling.precautions)
    from PySide6.QtWidgets import QLabel

    disclaimers = [label for label in kiosk.explorer.findChildren(QLabel)
                   if "not medical advice" in label.text()]
    assert disclaimers and disclaimers[0].isVisible()


def test_no_print_button_unless_allowed(qtbot, reference):
    closed = KioskWindow(reference, KioskConfig())
    qtbot.addWidget(closed)
    assert closed.print_button is None
    allowed = KioskWindow(reference, KioskConfig(allow_printing=True))
    qtbot.addWidget(allowed)
    assert allowed.print_button is not None


def test_idle_countdown_then_home_and_the_visitor_forgotten(qtbot, kiosk):
    now = [1000.0]
    kiosk.idle._clock = lambda: now[0]
    kiosk.idle.touch()
    kiosk.start()
    kiosk.select(MuscleSide("infraspinatus", "right"))
    kiosk.toggle_deeper()
    kiosk.view.zoom_in()
    now[0] += 85
    kiosk.idle.tick()
    assert kiosk.countdown.isVisible() and "5 s" in kiosk.countdown.text()
    now[0] += 3
    kiosk.idle.touch()  # a touch during the countdown keeps the visitor
    assert not kiosk.countdown.isVisible()
    now[0] += 91
    kiosk.idle.tick()
    assert kiosk.stack.currentWidget() is kiosk.home
    assert kiosk.selected is None and kiosk.scene.depth is None
    assert not kiosk.overlay.trigger_point_items
    assert kiosk.view.zoom == 1.0


def test_admin_exit_needs_the_pin_and_wrong_pins_are_rate_limited(qtbot, kiosk):
    kiosk.corner.held.emit()
    pad = kiosk.pin_pad
    assert pad is not None and pad.isVisible()
    clock = [0.0]
    pad.gate = kiosk.gate = PinGate(kiosk.config.admin_pin_hash, clock=lambda: clock[0])
    for _ in range(3):
        for digit in "0000":
            pad.press(digit)
        pad.press("OK")
    assert "Try again in" in pad.prompt.text()
    for digit in PIN:  # the right PIN is refused while the gate is shut
        pad.press(digit)
    pad.press("OK")
    assert kiosk.isVisible()
    clock[0] += 31
    for digit in PIN:
        pad.press(digit)
    pad.press("OK")
    assert not kiosk.isVisible()


def test_the_idle_reset_does_not_reopen_a_shut_keypad(qtbot, kiosk):
    """Waiting for the home screen is no way around the wait after wrong PINs."""
    kiosk.corner.held.emit()
    for _ in range(3):
        for digit in "5096":
            kiosk.pin_pad.press(digit)
        kiosk.pin_pad.press("OK")
    kiosk.go_home()
    assert not kiosk.pin_pad.isVisible()
    kiosk.corner.held.emit()
    assert "Try again in" in kiosk.pin_pad.prompt.text()
    for digit in PIN:
        kiosk.pin_pad.press(digit)
    kiosk.pin_pad.press("OK")
    assert kiosk.isVisible()


def test_pin_hashing():
    stored = hash_pin("2649")
    # Only scheme, parameters, salt and key: the PIN itself is nowhere in the line.
    assert stored.split(":")[:2] == ["scrypt", "n=131072,r=8,p=1"]
    assert pin_matches("2649", stored)
    assert not pin_matches("2648", stored)
    gate = PinGate(stored, clock=lambda: 0.0)
    assert not gate.try_pin("1") and not gate.try_pin("2") and not gate.try_pin("3")
    assert gate.seconds_to_wait() == 30
    assert not gate.try_pin("2649")


def test_kiosk_config_file(tmp_path):
    good = tmp_path / "kiosk.yaml"
    good.write_text(f'idle_seconds: 120\nallow_printing: true\nclinic_name: Harbour\n'
                    f'admin_pin_hash: "{hash_pin(PIN)}"\n')
    config = KioskConfig.load(good)
    assert (config.idle_seconds, config.allow_printing, config.clinic_name) == (120, True,
                                                                                "Harbour")
    bad = tmp_path / "bad.yaml"
    bad.write_text("idle_seconds: soon\nprinting: yes\n")
    with pytest.raises(DataError) as caught:
        KioskConfig.load(bad)
    messages = [str(p) for p in caught.value.problems]
    assert any(":1:" in m and "'idle_seconds' must be a whole number" in m for m in messages)
    assert any(":2:" in m and "unknown kiosk setting 'printing'" in m for m in messages)


def test_kiosk_pin_command():
    result = subprocess.run([sys.executable, "-m", "bodymap", "kiosk-pin"], input="3917\n",
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    line = result.stdout.strip()
    assert line.startswith('admin_pin_hash: "scrypt:n=131072,r=8,p=1:')
    assert pin_matches("3917", line.split('"')[1])


def test_a_kiosk_session_stores_nothing(tmp_path):
    home = tmp_path / "home"
    for sub in ("config", "data", "cache", "state"):
        (home / sub).mkdir(parents=True)
    script = textwrap.dedent("""
        from PySide6.QtCore import QPointF
        from bodymap.atlas.reference import load_reference
        from bodymap.domain.kiosk_config import KioskConfig
        from bodymap.domain.model import MuscleSide
        from bodymap.ui.app import application
        from bodymap.ui.kiosk.window import KioskWindow
        app = application()
        window = KioskWindow(load_reference(), KioskConfig())
        window.activate()
        window.start()
        for key in list(load_reference().dataset.muscle_sides())[:12]:
            window.select(key)
            app.processEvents()
        window.show_areas(); window.show_a_to_z(); window.show_about()
        window.panel.show_about("safety")
        window.go_home()
        app.processEvents()
        window.admin_exit()
        print("done")
    """)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_STATE_HOME": str(home / "state"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
    written = [p for p in home.rglob("*") if p.is_file()]
    assert written == [], written


def test_an_error_in_the_kiosk_goes_home_instead_of_showing_a_dialog(qtbot, kiosk):
    from bodymap.ui.errors import ErrorReporter

    kiosk.start()
    reporter = ErrorReporter(lambda summary, details: kiosk.go_home()).install()
    try:
        def broken(*_args) -> None:
            raise ValueError("broken slot")

        kiosk.view.muscles_picked.connect(broken)
        kiosk.view.muscles_picked.emit([MuscleSide("piriformis", "left")])
    finally:
        reporter.uninstall()
    assert reporter.recorded and kiosk.stack.currentWidget() is kiosk.home
