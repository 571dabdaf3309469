"""A seeded monkey: random clicks, taps, drags, wheel turns, keys and mode switches on the
main window. Used by tests/test_monkey.py (short) and benchmarks (long)."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

# Shortcuts a visitor could press; dialogs that block (file pickers) are left out.
KEYS = [Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_0, Qt.Key.Key_Escape, Qt.Key.Key_L,
        Qt.Key.Key_A, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_B, Qt.Key.Key_P,
        Qt.Key.Key_F, Qt.Key.Key_D, Qt.Key.Key_E, Qt.Key.Key_T, Qt.Key.Key_Up,
        Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Return,
        Qt.Key.Key_Space, Qt.Key.Key_Tab]


def run_monkey(window, events: int, seed: int) -> None:
    rng = random.Random(seed)
    view = window.view
    viewport = view.viewport()
    device = QTest.createTouchDevice()
    modes = ["explore", "pain", "patient", "study"]

    def anywhere() -> QPoint:
        return QPoint(rng.randrange(viewport.width()), rng.randrange(viewport.height()))

    for i in range(events):
        action = rng.random()
        if action < 0.30:
            QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=anywhere())
        elif action < 0.40:
            point = anywhere()
            QTest.touchEvent(viewport, device).press(0, point, viewport)
            QTest.touchEvent(viewport, device).release(0, point, viewport)
        elif action < 0.55:
            start, end = anywhere(), anywhere()
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
            for step in range(1, 5):
                QTest.mouseMove(viewport, start + (end - start) * step / 4)
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
        elif action < 0.65:
            point = QPointF(anywhere())
            delta = QPoint(0, rng.choice([-240, -120, 120, 240]))
            wheel = QWheelEvent(point, viewport.mapToGlobal(point), QPoint(0, 0), delta,
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                Qt.ScrollPhase.NoScrollPhase, False)
            QApplication.sendEvent(viewport, wheel)
        elif action < 0.90:
            view.setFocus()
            QTest.keyClick(view, rng.choice(KEYS))
        elif action < 0.97:
            window.set_mode(rng.choice(modes))
            study = window.modes.get("study") if window.mode == "study" else None
            if study is not None and study.session.question is None and rng.random() < 0.5:
                study.session.start(5)
        else:
            QTest.mouseMove(viewport, anywhere())
        if i % 25 == 0:
            QApplication.processEvents()
    window.set_mode("explore")


def run_kiosk_monkey(kiosk, events: int, seed: int) -> None:
    """Random taps, drags, pinches' first fingers and button presses on the kiosk."""
    from PySide6.QtWidgets import QPushButton

    rng = random.Random(seed)
    viewport = kiosk.view.viewport()
    device = QTest.createTouchDevice()
    for i in range(events):
        action = rng.random()
        point = QPoint(rng.randrange(max(1, viewport.width())),
                       rng.randrange(max(1, viewport.height())))
        if kiosk.stack.currentWidget() is kiosk.home or action < 0.05:
            kiosk.start()
        elif action < 0.45:
            QTest.touchEvent(viewport, device).press(0, point, viewport)
            QTest.touchEvent(viewport, device).release(0, point, viewport)
        elif action < 0.60:
            end = point + QPoint(rng.randint(-80, 80), rng.randint(-80, 80))
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point)
            QTest.mouseMove(viewport, end)
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
        elif action < 0.85:
            buttons = [b for b in kiosk.findChildren(QPushButton) if b.isVisible()
                       and b.text() not in ("Print this page",)]
            if buttons:
                rng.choice(buttons).click()
        elif action < 0.95:
            QTest.keyClick(kiosk, rng.choice(KEYS))
        else:
            kiosk.go_home()
        if i % 25 == 0:
            QApplication.processEvents()
