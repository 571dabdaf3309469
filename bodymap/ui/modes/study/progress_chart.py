"""Study progress over time, one line per question type, drawn with pyqtgraph (imported
here, when the chart first opens)."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget  # noqa: E402

from bodymap.domain.progress import ProgressStore  # noqa: E402
from bodymap.domain.study.questions import QuestionKind  # noqa: E402

# Okabe-Ito colours, told apart under the common colour-vision deficiencies, and each line
# has its own symbol too.
LINES = {QuestionKind.PATTERN_TO_MUSCLE: ("#0072B2", "o"),
         QuestionKind.MUSCLE_TO_PATTERN: ("#D55E00", "s"),
         QuestionKind.TRIGGER_POINT_TO_MUSCLE: ("#009E73", "t"),
         QuestionKind.LANDMARK: ("#CC79A7", "d")}
NAMES = {QuestionKind.PATTERN_TO_MUSCLE: "Pattern → muscle",
         QuestionKind.MUSCLE_TO_PATTERN: "Muscle → pattern",
         QuestionKind.TRIGGER_POINT_TO_MUSCLE: "Trigger point → muscle",
         QuestionKind.LANDMARK: "Landmarks"}


class ProgressChart(QWidget):
    def __init__(self, store: ProgressStore, parent=None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle("Study progress — bodymap")
        self.resize(820, 520)
        self.store = store
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        layout.addWidget(self.caption)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setLabel("left", "Answered right", units="%")
        self.plot.setLabel("bottom", "Day of study")
        self.plot.setYRange(0, 100)
        self.plot.addLegend(offset=(10, 10))
        layout.addWidget(self.plot, 1)
        self.refresh()

    def refresh(self) -> None:
        self.plot.clear()
        history = self.store.history_by_kind()
        days = sorted({p.day for points in history.values() for p in points})
        index = {day: i for i, day in enumerate(days)}
        self.lines = {}
        for kind, points in history.items():
            if not points:
                continue
            colour, symbol = LINES[kind]
            self.lines[kind] = self.plot.plot(
                [index[p.day] for p in points], [100 * p.accuracy for p in points],
                pen=pg.mkPen(colour, width=2), symbol=symbol, symbolBrush=colour,
                symbolSize=9, name=NAMES[kind])
        ticks = [(i, day.strftime("%d %b")) for day, i in index.items()]
        self.plot.getAxis("bottom").setTicks([ticks])
        answered = sum(p.asked for points in history.values() for p in points)
        self.caption.setText(f"{answered} answers over {len(days)} day(s)." if answered
                             else "No answers yet: start a session in Study mode.")
