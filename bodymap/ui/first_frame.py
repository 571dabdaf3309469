"""Work that can wait until the window's first frame is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window is painted before its children; run once the whole frame is done.
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


def after_first_frame(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, as soon as the window's first frame has been painted."""
    _FirstPaint(window, then)
