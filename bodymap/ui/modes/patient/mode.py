"""Patient view: the selected muscle in plain words beside a calm map framed on its pattern."""

from __future__ import annotations

from bodymap.domain.model import MuscleSide
from bodymap.ui.map_pane.tool import MapTool
from bodymap.ui.mode import ModeContext
from bodymap.ui.modes.patient.panel import PatientPanel
from bodymap.ui.theme import Theme


class PatientMode:
    name = "patient"
    patient_facing = True
    text_factor = 1.35

    def __init__(self, context: ModeContext) -> None:
        self.pane = context.pane
        self.panel = PatientPanel(context.reference.dataset, context.reference.general)
        self.side_widget = self.panel
        self.tool: MapTool | None = None

    def enter(self, selection: MuscleSide | None) -> None:
        self.show_selection(selection, [])

    def leave(self) -> None:
        pass  # the overlay and the zoom show the shared selection, which the next mode keeps

    def show_selection(self, key: MuscleSide | None, beneath: list[MuscleSide]) -> None:
        if key is None:
            self.panel.show_welcome()
            self.pane.view.reset_zoom()
        else:
            self.panel.show_muscle(key)
            self.pane.view.frame(self.pane.overlay.bounding_rect())

    def set_theme(self, theme: Theme) -> None:
        pass  # patient pages keep their own calm colours in every theme

    def close_windows(self) -> None:
        pass
