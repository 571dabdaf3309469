"""What keeps a kiosk a kiosk: keys and menus that would leave or escape it do nothing, a
visitor who walks away is forgotten after a countdown, and a window taken off the screen
comes back."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

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
        if not 0 < countdown_seconds < idle_seconds:
            raise ValueError(f"the countdown ({countdown_seconds} s) must be shorter than "
                             f"the idle time ({idle_seconds} s)")
        self.idle_seconds = idle_seconds
        self.countdown_seconds = countdown_seconds
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


class FullScreenKeeper(QObject):
    """Keeps a kiosk window on screen: whenever it is hidden, minimised, taken out of full
    screen or unmapped (another virtual desktop, "show desktop"), it is shown full screen
    again, raised and activated.

    The window's own events (hide, state change) trigger a check at once. What a window
    manager does without telling Qt, a guard timer finds: a window that stays unexposed (an
    unmap reaches Qt only as an expose of nothing), or that Qt believes full screen while it
    does not cover its screen (a window manager that drops the full-screen state while the
    window is mapped anew). Either must last two ticks in a row: one tick is allowed for a
    window the window manager is still mapping or resizing, or restoring would start over
    each time."""

    restored = Signal(str)  # why it had to be restored, for tests and logs

    def __init__(self, window: QWidget, interval_ms: int = 500) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._pending = False
        self._unexposed_ticks = 0
        self._uncovered_ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        window.installEventFilter(self)

    def start(self) -> None:
        self.active = True
        self._unexposed_ticks = self._uncovered_ticks = 0
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (self.active and watched is self.window and event.type() in WATCHED_EVENTS
                and not self._pending):
            # Check once Qt has finished the change (a state change arrives before the
            # window manager has acted on it).
            self._pending = True
            QTimer.singleShot(0, self.check)
        return False

    def problem(self) -> str | None:
        """What Qt knows is wrong with the window now, or None if it fills the screen."""
        window = self.window
        if not window.isVisible():
            return "hidden"
        state = window.windowState()
        if state & Qt.WindowState.WindowMinimized:
            return "minimised"
        if not state & Qt.WindowState.WindowFullScreen:
            return "not full screen"
        return None

    def check(self) -> None:
        self._pending = False
        if self.active:
            self._restore_because(self.problem())

    def tick(self) -> None:
        if not self.active:
            return
        window = self.window
        handle = window.windowHandle()
        exposed = handle is None or handle.isExposed()
        self._unexposed_ticks = 0 if exposed else self._unexposed_ticks + 1
        screen = window.screen()
        # Only X11 window managers drop the state behind Qt's back; elsewhere (a Wayland
        # compositor may scale) a size that differs is not a reason to restore.
        covers = (screen is None or QGuiApplication.platformName() != "xcb"
                  or window.geometry() == screen.geometry())
        self._uncovered_ticks = 0 if covers else self._uncovered_ticks + 1
        why = self.problem()
        if why is None and self._unexposed_ticks >= 2:
            why = "not on screen"
        elif why is None and self._uncovered_ticks >= 2:
            why = "not covering the screen"
            # Qt thinks it is full screen already, so showFullScreen() alone would send
            # nothing: leave the state and ask for it again.
            window.setWindowState(Qt.WindowState.WindowNoState)
        self._restore_because(why)

    def _restore_because(self, why: str | None) -> None:
        if why is not None:
            self.restore()
            self.restored.emit(why)

    def restore(self) -> None:
        """Full screen, shown, in front and active."""
        window = self.window
        handle = window.windowHandle()
        if (window.isVisible() and not window.windowState() & Qt.WindowState.WindowMinimized
                and handle is not None and not handle.isExposed()):
            # Unmapped by the window manager (on another desktop, "show desktop"): asking
            # it to activate the window is not enough, so map it anew where the user is.
            window.hide()
        self._unexposed_ticks = self._uncovered_ticks = 0
        if window.windowState() & Qt.WindowState.WindowMinimized or not window.isVisible():
            window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()


WATCHED_EVENTS = {QEvent.Type.WindowStateChange, QEvent.Type.Hide}
