"""Patient view: the selected muscle in plain words beside a calm map framed on its pattern."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from shiboken6 import isValid

from bodymap.domain.model import MuscleSide
from bodymap.ui.map_pane.side_labels import PinnedSideLabels
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
        self.side_labels = PinnedSideLabels(self.pane.view, self._figure_sides)
        self.pane.view.zoom_changed.connect(lambda _zoom: self.side_labels.place())
        self._depth_before: int | None = None

    def enter(self, selection: MuscleSide | None) -> None:
        # Whatever layer Explore was on, the patient sees the surface and their muscle.
        self._depth_before = self.pane.scene.depth
        for figure in self.pane.scene.figures.values():
            figure.set_side_labels_visible(False)
        self.side_labels.set_active(True)
        self.show_selection(selection, [])

    def leave(self) -> None:
        """Give the map back as Explore left it: its layer and the sides drawn in the scene
        (the overlay and the zoom show the shared selection, which the next mode keeps)."""
        self.side_labels.set_active(False)
        for figure in self.pane.scene.figures.values():
            figure.set_side_labels_visible(True)
        self.pane.scene.set_depth(self._depth_before)

    def show_selection(self, key: MuscleSide | None, beneath: list[MuscleSide]) -> None:
        self.pane.scene.show_superficial_with(key)
        if key is None:
            self.panel.show_welcome()
            self.pane.view.reset_zoom()
        else:
            self.panel.show_muscle(key)
            self.pane.view.frame(self.pane.overlay.bounding_rect())
        self.side_labels.place()

    def _figure_sides(self) -> list[tuple[QRectF, tuple[str, str]]]:
        # While the window is torn down the view may still scroll after its figures went.
        return [(figure.body_rect(), figure.side_names)
                for figure in self.pane.scene.figures.values()
                if isValid(figure.root) and figure.root.isVisible()]

    def set_theme(self, theme: Theme) -> None:
        pass  # patient pages keep their own calm colours in every theme

    def close_windows(self) -> None:
        pass
