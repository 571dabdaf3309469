"""What keeps a kiosk a kiosk: keys and menus that would leave or escape it do nothing, and
a visitor who walks away is forgotten after a countdown."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence

BLOCKED_KEYS = {
    QKeySequence("Alt+F4").toString(), QKeySequence("Ctrl+Q").toString(),
    QKeySequence("Ctrl+W").toString(), QKeySequence("Esc").toString(),
    QKeySequence("F11").toString(), QKeySequence("Ctrl+P").toString(),
    QKeySequence("Ctrl+S").toString(), QKeySequence("Ctrl+O").toString(),
    QKeySequence("Alt+Tab").toString(), QKeySequence("Ctrl+Alt+Del").toString(),
}
INPUT_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.TouchBegin,
                QEvent.Type.TouchUpdate, QEvent.Type.Wheel, QEvent.Type.KeyPress}


class KioskLock(QObject):
    """Installed on the application: swallows the key combinations and context menus that
    would close, full-screen-toggle, print, save or escape the kiosk."""

    blocked = Signal(str)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride,
                    QEvent.Type.KeyRelease):
            sequence = QKeySequence(event.keyCombination()).toString()
            if sequence in BLOCKED_KEYS or event.key() == Qt.Key.Key_Escape:
                if kind == QEvent.Type.KeyPress:
                    self.blocked.emit(sequence)
                event.accept()
                return True
        return kind == QEvent.Type.ContextMenu


class IdleWatcher(QObject):
    """Counts seconds without input. Emits `countdown(seconds_left)` for the last stretch and
    `expired` at the end; any input cancels the countdown."""

    countdown = Signal(int)
    cancelled = Signal()
    expired = Signal()

    def __init__(self, idle_seconds: float, countdown_seconds: float,
                 clock: Callable[[], float] = time.monotonic, parent=None) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.countdown_seconds = min(countdown_seconds, idle_seconds)
        self._clock = clock
        self.last_input = clock()
        self.counting = False
        self._expired = False
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.touch()
        self.timer.start()

    def touch(self) -> None:
        self.last_input = self._clock()
        self._expired = False
        if self.counting:
            self.counting = False
            self.cancelled.emit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self.touch()
        return False

    def tick(self) -> None:
        idle = self._clock() - self.last_input
        left = self.idle_seconds - idle
        if left <= 0:
            if not self._expired:
                self._expired = True
                self.counting = False
                self.expired.emit()
            return
        if left <= self.countdown_seconds:
            self.counting = True
            self.countdown.emit(math.ceil(left))
