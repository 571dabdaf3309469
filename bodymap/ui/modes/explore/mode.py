"""Explore: click a muscle (or move to it with the keyboard) and read the clinician's entry."""

from __future__ import annotations

from bodymap.domain.model import MuscleSide
from bodymap.ui.map_pane.tool import MapTool
from bodymap.ui.mode import ModeContext
from bodymap.ui.modes.explore.detail_panel import DetailPanel
from bodymap.ui.theme import Theme


class ExploreMode:
    name = "explore"
    patient_facing = False
    text_factor = 1.0

    def __init__(self, context: ModeContext) -> None:
        self.pane = context.pane
        self.detail = DetailPanel(context.reference.dataset, context.theme,
                                  general=context.reference.general)
        self.detail.muscle_link_activated.connect(self.pane.select)
        self.side_widget = self.detail
        self.tool: MapTool | None = None

    def enter(self, selection: MuscleSide | None) -> None:
        self.show_selection(selection, self.pane.selection.beneath)

    def leave(self) -> None:
        pass  # Explore draws nothing of its own: the selection belongs to the pane

    def show_selection(self, key: MuscleSide | None, beneath: list[MuscleSide]) -> None:
        if key is None:
            self.detail.show_welcome()
        else:
            self.detail.show_muscle(key, beneath)

    def set_theme(self, theme: Theme) -> None:
        self.detail.set_theme(theme)

    def close_windows(self) -> None:
        pass
