"""Study: quiz sessions on the map, a comparison of two patterns, the progress chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QScrollArea, QStyle

from bodymap.domain.model import MuscleSide
from bodymap.ui.mode import ModeContext
from bodymap.ui.modes.study.panel import StudyPanel
from bodymap.ui.modes.study.session import StudySession
from bodymap.ui.theme import Theme

if TYPE_CHECKING:  # pyqtgraph loads only when the window is first asked for
    from bodymap.ui.modes.study.progress_chart import ProgressChart


class StudyMode:
    name = "study"
    patient_facing = False
    text_factor = 1.0

    def __init__(self, context: ModeContext) -> None:
        self.pane = context.pane
        self.window = context.window
        store, notice = context.open_progress()
        self.session = StudySession(self.pane.scene, store, parent=context.window)
        self.panel = StudyPanel(self.session, notice)
        self.panel.progress_requested.connect(self.show_progress)
        self.panel.session_starting.connect(self.clear_map)
        self.session.view_scale = lambda: self.pane.view.transform().m11()
        # The panel scrolls when it outgrows the window's height (a session's summary and a
        # comparison together, in a longer language) instead of squeezing text out of sight.
        scroll = QScrollArea()
        scroll.setObjectName("studyScroll")
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(self.panel.minimumSizeHint().width() + bar)
        self.side_widget = scroll
        self.tool = self.session
        self.progress_chart: ProgressChart | None = None

    def enter(self, selection: MuscleSide | None) -> None:
        self.pane.selection.clear()  # a question starts from a clean map

    def clear_map(self) -> None:
        """Before a session: no selection or overlay, both figures, fitted: the answer
        will be the only red on the map."""
        self.pane.selection.clear()
        self.pane.clear_focus_ring()
        if self.pane.view.framing != "both":
            self.pane.set_framing("both")
        else:
            self.pane.view.reset_zoom()

    def leave(self) -> None:
        """End the session and take its marks, patterns and comparison off the map."""
        self.session.stop()
        self.panel.compare_layer.clear()
        self.pane.selection.clear()

    def show_selection(self, key: MuscleSide | None, beneath: list[MuscleSide]) -> None:
        pass

    def set_theme(self, theme: Theme) -> None:
        pass

    def close_windows(self) -> None:
        if self.progress_chart is not None:
            self.progress_chart.close()

    def show_progress(self) -> None:
        from bodymap.ui.modes.study.progress_chart import ProgressChart

        if self.progress_chart is None:
            self.progress_chart = ProgressChart(self.session.store, self.window)
        self.progress_chart.refresh()
        self.progress_chart.show()
