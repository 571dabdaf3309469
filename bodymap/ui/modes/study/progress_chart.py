"""Study progress over time, one line per question type, drawn with pyqtgraph (imported
here, when the chart first opens)."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QDate, QLocale, Qt  # noqa: E402
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget  # noqa: E402

from bodymap.domain.progress import ProgressStore  # noqa: E402
from bodymap.domain.study.questions import QuestionKind  # noqa: E402
from bodymap.ui.modes.study.panel import kind_name  # noqa: E402

# Okabe-Ito colours, told apart under the common colour-vision deficiencies, and each line
# has its own symbol too.
LINES = {QuestionKind.PATTERN_TO_MUSCLE: ("#0072B2", "o"),
         QuestionKind.MUSCLE_TO_PATTERN: ("#D55E00", "s"),
         QuestionKind.TRIGGER_POINT_TO_MUSCLE: ("#009E73", "t"),
         QuestionKind.LANDMARK: ("#CC79A7", "d")}


class ProgressChart(QWidget):
    def __init__(self, store: ProgressStore, parent=None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Study progress — bodymap"))
        self.resize(820, 520)
        self.store = store
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        layout.addWidget(self.caption)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setLabel("left", self.tr("Answered correctly (%)"))
        self.plot.setLabel("bottom", self.tr("Date (one point per day of study)"))
        # pyqtgraph scales an axis it thinks is in units ("x0.001" under a one-day range);
        # these axes are plain days and percentages.
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.plot.setYRange(0, 100)
        self.plot.addLegend(offset=(10, 10))
        layout.addWidget(self.plot, 1)
        self.refresh()

    def refresh(self) -> None:
        self.plot.clear()
        history = self.store.history_by_kind()
        days = sorted({p.day for points in history.values() for p in points})
        # x is days since the first day of study, so a week's break looks like one
        index = {day: (day - days[0]).days for day in days} if days else {}
        self.lines = {}
        for kind, points in history.items():
            if not points:
                continue
            colour, symbol = LINES[kind]
            self.lines[kind] = self.plot.plot(
                [index[p.day] for p in points], [100 * p.accuracy for p in points],
                pen=pg.mkPen(colour, width=2), symbol=symbol, symbolBrush=colour,
                symbolSize=9, name=kind_name(kind))
        # Day and month in the interface's language ("04 Dec", "04 dic").
        locale = QLocale()
        ticks = [(i, locale.toString(QDate(day.year, day.month, day.day), "dd MMM"))
                 for day, i in index.items()]
        self.plot.getAxis("bottom").setTicks([ticks])
        last = max(index.values(), default=0)
        self.plot.setXRange(-max(1.0, last * 0.05), last + max(1.0, last * 0.05), padding=0)
        answered = sum(p.asked for points in history.values() for p in points)
        if not answered:
            self.caption.setText(self.tr("No answers yet: start a session in Study mode."))
            return
        answers = (self.tr("1 answer") if answered == 1
                   else self.tr("{count} answers").format(count=answered))
        over = (self.tr("{answers} over 1 day of study.") if len(days) == 1
                else self.tr("{answers} over {days} days of study."))
        self.caption.setText(over.format(answers=answers, days=len(days)))
