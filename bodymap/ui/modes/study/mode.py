"""Study: quiz sessions on the map, a comparison of two patterns, the progress chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
        self.side_widget = self.panel
        self.tool = self.session
        self.progress_chart: ProgressChart | None = None

    def enter(self, selection: MuscleSide | None) -> None:
        self.pane.selection.clear()  # a question starts from a clean map

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
