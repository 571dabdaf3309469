"""Where does it hurt?: the patient's pain painted or tapped on the map, the muscles that
could refer it ranked beside it, an export and a heat map."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from bodymap.domain.atomic_write import WriteFailed
from bodymap.domain.model import MuscleSide
from bodymap.ui.errors import tell_failure
from bodymap.ui.mode import ModeContext
from bodymap.ui.modes.pain.panel import PainPanel
from bodymap.ui.modes.pain.session import PainSession
from bodymap.ui.theme import Theme

if TYPE_CHECKING:  # pyqtgraph loads only when the window is first asked for
    from bodymap.ui.modes.pain.heat_map import HeatMapWindow


class PainMode:
    name = "pain"
    patient_facing = False
    text_factor = 1.0

    def __init__(self, context: ModeContext) -> None:
        self.pane = context.pane
        self.window = context.window
        self.session = PainSession(self.pane.scene, context.window)
        self.panel = PainPanel(self.session)
        self.side_widget = self.panel
        self.tool = self.session
        self.heat_map: HeatMapWindow | None = None
        self.panel.candidate_chosen.connect(self.pane.selection.select)
        self.panel.export_requested.connect(self.export_drawing)
        self.panel.heat_map_requested.connect(self.show_heat_map)
        self.session.drawing_changed.connect(self._drawing_changed)
        self.session.set_drawing_visible(False)

    def enter(self, selection: MuscleSide | None) -> None:
        self.session.set_drawing_visible(True)

    def leave(self) -> None:
        self.session.set_drawing_visible(False)

    def show_selection(self, key: MuscleSide | None, beneath: list[MuscleSide]) -> None:
        pass  # the overlay shows the candidate; the ranking stays as drawn

    def set_theme(self, theme: Theme) -> None:
        pass

    def close_windows(self) -> None:
        if self.heat_map is not None:
            self.heat_map.close()

    def _drawing_changed(self) -> None:
        keys = [c.key for c in self.session.candidates]
        current = self.pane.selection.current
        if current is not None and current not in keys:
            self.pane.selection.clear()

    def export_drawing(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, "Export the pain drawing",
                                              str(Path.home() / "pain-drawing.png"),
                                              "PNG image (*.png)")
        if path:
            try:
                self.session.export(Path(path))
            except WriteFailed as error:
                tell_failure(self.window, "The drawing was not exported", str(error))

    def show_heat_map(self) -> None:
        from bodymap.ui.modes.pain.heat_map import HeatMapWindow

        if self.heat_map is None:
            self.heat_map = HeatMapWindow(self.pane.reference, self.session, self.window)
        self.heat_map.refresh()
        self.heat_map.show()
        self.heat_map.raise_()
