"""The clock shared by the start-up reference points (floor.py, bare_map.py), timed as
`bodymap --smoke` is (bodymap/ui/app.py FirstPaintClock): from process start to the end of
the window's first painted frame. Imports nothing of bodymap, and Qt only once called."""

import os
import time


def process_start() -> float:
    """perf_counter() at the moment this process started (Linux: from /proc)."""
    with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
        ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as uptime:
        up = float(uptime.read().split()[0])
    return time.perf_counter() - (up - ticks / os.sysconf("SC_CLK_TCK"))


def show_until_painted(app, window, then=None) -> float:
    """Show `window`, run the event loop until its first frame is painted, call `then`, and
    return perf_counter() at the end of that frame. Qt paints only once the platform has
    exposed the window, an event that comes after show(); the window paints before its
    children, all in one go, so the clock is read in a call queued at its first paint,
    which runs once the whole frame is done."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, lambda: painted.append(time.perf_counter()))
            return False

    def first_frame() -> None:
        while not painted:
            app.processEvents()
        if then is not None:
            then()
        app.quit()

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    window.show()
    QTimer.singleShot(0, first_frame)
    app.exec()
    return painted[0]


def report(started: float, painted_at: float) -> None:
    """Print startup_ms= and rss_kb=, as `bodymap --smoke` does for the benchmarks."""
    print(f"startup_ms={round((painted_at - started) * 1000)}")
    with open("/proc/self/status", encoding="ascii") as status:
        print(next(f"rss_kb={line.split()[1]}" for line in status if line.startswith("VmRSS:")))
