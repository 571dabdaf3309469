"""The floor: a bare PySide6 main window shown and its first frame painted, in a fresh
interpreter, timed exactly like `bodymap --smoke` (from process start)."""

import os
import sys
import time


def process_start() -> float:
    with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
        ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as uptime:
        up = float(uptime.read().split()[0])
    return time.perf_counter() - (up - ticks / os.sysconf("SC_CLK_TCK"))


started = process_start()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("floor"))
window.resize(1366, 768)
seen_paint = []


class PaintSeen(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not seen_paint:
            seen_paint.append(True)
            # The window paints before its children, all in one go: read the clock in a
            # call queued now, which runs once the whole frame is done.
            QTimer.singleShot(0, lambda: painted.append(time.perf_counter()))
        return False


painted = []
spy = PaintSeen()
window.installEventFilter(spy)
window.show()


def first_frame() -> None:
    # As bodymap/ui/app.py FirstPaintClock: Qt paints only once the platform has exposed
    # the window, an event that comes after show().
    while not painted:
        app.processEvents()
    app.quit()


QTimer.singleShot(0, first_frame)
app.exec()
print(f"startup_ms={round((painted[0] - started) * 1000)}")
with open("/proc/self/status", encoding="ascii") as status:
    print(next(f"rss_kb={line.split()[1]}" for line in status if line.startswith("VmRSS:")))
