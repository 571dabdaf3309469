"""The floor: a bare PySide6 main window shown and its first frame painted, in a fresh
interpreter, timed exactly like `bodymap --smoke` (from process start)."""

import sys

from first_frame_clock import process_start, report, show_until_painted

started = process_start()

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("floor"))
window.resize(1366, 768)
report(started, show_until_painted(app, window))
