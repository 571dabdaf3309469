"""The shared map pane: the controls above the map, the map, its legend, the selection and the
keyboard focus. The main window and the kiosk both build one; the modes draw on it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bodymap.atlas.reference import Reference
from bodymap.domain.model import MuscleSide
from bodymap.ui.map_pane import accessibility
from bodymap.ui.map_pane.controls import MapControls, ZoomButtons
from bodymap.ui.map_pane.keyboard import KeyboardNavigator
from bodymap.ui.map_pane.legend import Legend
from bodymap.ui.map_pane.overlay import ReferralOverlay
from bodymap.ui.map_pane.scene import MapScene
from bodymap.ui.map_pane.selection import Selection
from bodymap.ui.map_pane.tool import MapTool
from bodymap.ui.map_pane.view import MapView
from bodymap.ui.theme import Theme


class MapPane(QWidget):
    """Scene, view, overlay, legend and controls, wired to one selection."""

    def __init__(self, reference: Reference, theme: Theme, touch_only: bool = False,
                 parent: QWidget | None = None) -> None:
        """`touch_only` (the kiosk): no keyboard focus ring, hover label or zoom buttons."""
        super().__init__(parent)
        self.reference = reference
        self.selection = Selection(self)
        self.scene = MapScene(reference, theme, self)
        self.keyboard = KeyboardNavigator(self.scene, self)
        self.view = MapView(self.scene, None if touch_only else self.keyboard)
        self.overlay = ReferralOverlay(self.scene)
        accessibility.install()
        self.controls = MapControls()
        self.zoom_buttons = ZoomButtons(self.view)
        if touch_only:
            self.zoom_buttons.hide()
        else:
            self.view.place_in_corner(self.zoom_buttons)
        self.legend = Legend(theme)
        self.hover_label = QLabel(self.view)
        self.hover_label.setTextFormat(Qt.TextFormat.PlainText)  # a muscle name from the data
        self.hover_label.setObjectName("hoverLabel")
        self.hover_label.hide()
        self._label_names_focus = False  # the label shows the keyboard focus, not a hover
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.controls)
        column.addWidget(self.view, 1)
        column.addWidget(self.legend)
        self._wire(touch_only)

    def _wire(self, touch_only: bool) -> None:
        self.view.muscles_picked.connect(self._picked)
        self.view.background_clicked.connect(self._background_clicked)
        self.view.long_pressed.connect(self.select_deeper_at)
        self.keyboard.activated.connect(self.select)
        self.keyboard.focus_moved.connect(self._keyboard_moved)
        self.selection.selection_changed.connect(self._show_selection)
        if not touch_only:
            self.scene.muscle_hovered.connect(self._show_hover)
        self.controls.framing_chosen.connect(self.set_framing)
        self.controls.depth_chosen.connect(self.scene.set_depth)
        self.zoom_buttons.zoom_in_requested.connect(self.view.zoom_in)
        self.zoom_buttons.zoom_out_requested.connect(self.view.zoom_out)
        self.zoom_buttons.zoom_reset_requested.connect(self.view.reset_zoom)
        self.controls.landmarks_toggled.connect(self.scene.set_landmarks_visible)

    # -- what the modes and windows ask of the pane -----------------------------------------
    def select(self, key: MuscleSide | None) -> None:
        """Select a muscle side as if it had been clicked, revealing its layer if hidden and
        its figure if it is drawn only on a close-up (the side of the head)."""
        if key is not None:
            figure = self.reference.dataset.muscle(key.muscle_id).figure
            if not self.scene.figure_shown(figure, self.view.framing):
                self.set_framing("both" if figure in self.scene.overview else figure)
            self.scene.reveal(key)
            self.controls.set_depth(self.scene.depth)
        self.selection.select(key)

    def select_deeper_at(self, scene_point: QPointF) -> None:
        """A long press: select the next muscle beneath the current one at that spot."""
        if self.view.tool is not None:
            return
        following = self.scene.next_beneath(scene_point, self.selection.current)
        if following is not None:
            self.clear_focus_ring()
            self.select(following)

    def set_framing(self, which: str) -> None:
        self.controls.set_framing(which)
        self.scene.show_figures(which)
        self.view.set_framing(which)

    def set_theme(self, theme: Theme) -> None:
        self.scene.set_theme(theme)
        self.view.setBackgroundBrush(QColor(theme.background))
        self.legend.apply_theme(theme)
        if self.selection.current is not None:
            self.overlay.show(self.selection.current)

    def set_tool(self, tool: MapTool | None) -> None:
        self.view.tool = tool

    def set_patient_facing(self, patient: bool) -> None:
        """A calm map for the patient: no controls, plain legend words, no focus ring."""
        self.controls.setVisible(not patient)
        self.legend.set_patient_words(patient)
        self.keyboard.ring_shown = not patient
        if patient:
            self.clear_focus_ring()

    def clear_focus_ring(self) -> None:
        """End keyboard focus on the map: its ring, and the label naming the focused muscle."""
        self.keyboard.clear()
        if self._label_names_focus:
            self.hover_label.hide()
            self._label_names_focus = False

    # -- reactions --------------------------------------------------------------------------
    def _picked(self, keys: list[MuscleSide]) -> None:
        self.clear_focus_ring()  # a mouse or touch choice ends keyboard focus on the map
        self.selection.select(keys[0], keys[1:])

    def _background_clicked(self) -> None:
        self.clear_focus_ring()
        self.selection.clear()

    def _show_selection(self, key: MuscleSide | None) -> None:
        self.scene.mark_selected(key)
        if key is None:
            self.overlay.clear()
            return
        view = self.reference.atlas.muscle_view(key)
        if view is not None and not self.scene.figures[view.name].root.isVisible():
            # a muscle of a figure not shown (the soles, from search or A-Z): show its figure
            self.set_framing("both" if view.name in self.scene.overview else view.name)
        self.overlay.show(key)
        name = self.reference.dataset.muscle(key.muscle_id).display_name(key.side)
        accessibility.announce(self.view, f"Selected {name}")

    def _keyboard_moved(self, key: MuscleSide) -> None:
        accessibility.announce_focus(self.view, key)
        self._show_label(accessibility.muscle_label(self.view, key))
        self._label_names_focus = True

    def _show_hover(self, key: MuscleSide | None) -> None:
        self._label_names_focus = False
        if key is None:
            self.hover_label.hide()
            return
        muscle = self.reference.dataset.muscle(key.muscle_id)
        self._show_label(f"{muscle.display_name(key.side)} · {muscle.layer_name}")

    def _show_label(self, text: str) -> None:
        self.hover_label.setText(text)
        self.hover_label.adjustSize()
        self.hover_label.move(14, 12)
        self.hover_label.show()
