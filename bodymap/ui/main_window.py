"""The main window: builds the parts and wires their signals. Behaviour lives in the parts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.atlas.reference import Reference
from bodymap.domain.model import MuscleSide
from bodymap.ui import map_accessibility
from bodymap.ui.detail_panel import DetailPanel
from bodymap.ui.legend import Legend
from bodymap.ui.map_controls import MapControls, ZoomButtons
from bodymap.ui.map_keyboard import KeyboardNavigator
from bodymap.ui.map_scene import MapScene
from bodymap.ui.map_view import MapView
from bodymap.ui.mode_bar import ModeBar
from bodymap.ui.overlay import ReferralOverlay
from bodymap.ui.selection import Selection
from bodymap.ui.style import stylesheet
from bodymap.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_THEME, Theme

APP_NAME = "bodymap"


def open_progress_store():
    """The study progress database in the user's data folder (QStandardPaths)."""
    from bodymap.domain.progress import ProgressStore
    from bodymap.ui.folders import data_dir

    folder = data_dir()
    if folder is None:
        return ProgressStore.in_memory(), "No data folder: progress is kept for this run only."
    return ProgressStore.open(folder / "progress.sqlite3")


class MainWindow(QMainWindow):
    def __init__(self, reference: Reference, theme: Theme = DEFAULT_THEME) -> None:
        super().__init__()
        self.theme = theme
        self.text_scale = 1.0
        # No motion anywhere: nothing in bodymap animates, including Qt's own dock and
        # toolbar animations, so there is nothing to turn off for reduced-motion users.
        self.setAnimated(False)
        self.reference = reference
        self._panel_placed = False
        self.selection = Selection(self)
        self.scene = MapScene(reference, theme, self)
        self.view = MapView(self.scene)
        self.overlay = ReferralOverlay(self.scene)
        map_accessibility.install()
        self.keyboard = KeyboardNavigator(self.scene, self)
        self.view.keyboard = self.keyboard
        self.controls = MapControls()
        self.zoom_buttons = ZoomButtons(self.view)
        self.view.place_in_corner(self.zoom_buttons)
        self.detail = DetailPanel(reference.dataset, theme, general=reference.general)
        self.mode_bar = ModeBar()
        self.side_stack = QStackedWidget()
        self.side_stack.addWidget(self.detail)
        self.patient_panel = None  # PatientPanel, made when the patient view first opens
        self.mode = "explore"
        self.pain = None  # PainSession, made when the mode first opens (it loads numpy)
        self.pain_panel = None
        self.heat_map = None
        self.study = None  # StudySession, made when Study first opens (it opens the database)
        self.study_panel = None
        self.progress_chart = None
        self.hover_label = QLabel(self.view)
        self.hover_label.setTextFormat(Qt.TextFormat.PlainText)  # a muscle name from the data
        self.hover_label.setObjectName("hoverLabel")
        self.hover_label.hide()
        self._layout(theme)
        self._wire()
        self._actions()
        self._menus()
        self.setWindowTitle(APP_NAME)
        self.resize(1366, 768)
        self.view.setFocus()  # start on the map: arrows move between muscles at once

    def _layout(self, theme: Theme) -> None:
        map_pane = QWidget()
        column = QVBoxLayout(map_pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.controls)
        column.addWidget(self.view, 1)
        self.legend = Legend(theme)
        column.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(map_pane)
        splitter.addWidget(self.side_stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.mode_bar)
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(stylesheet(theme))

    def _wire(self) -> None:
        self.view.muscles_picked.connect(
            lambda keys: self.selection.select(keys[0], keys[1:]))
        self.view.background_clicked.connect(self.selection.clear)
        self.view.long_pressed.connect(self.select_deeper_at)
        self.keyboard.activated.connect(self.select)
        self.keyboard.focus_moved.connect(self._keyboard_moved)
        self.detail.muscle_link_activated.connect(self.select)
        self.selection.selection_changed.connect(self._show_selection)
        self.scene.muscle_hovered.connect(self._show_hover)
        self.controls.framing_chosen.connect(self.set_framing)
        self.controls.depth_chosen.connect(self.scene.set_depth)
        self.zoom_buttons.zoom_in_requested.connect(self.view.zoom_in)
        self.zoom_buttons.zoom_out_requested.connect(self.view.zoom_out)
        self.zoom_buttons.zoom_reset_requested.connect(self.view.reset_zoom)
        self.controls.landmarks_toggled.connect(self.scene.set_landmarks_visible)
        self.mode_bar.mode_chosen.connect(self.set_mode)
        self.mode_bar.handout_requested.connect(self.open_handout)

    def _actions(self) -> None:
        escape = QAction("Back to the map / clear selection", self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.triggered.connect(self.escape)
        self.addAction(escape)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self._panel_placed:
            self._place_panel()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._panel_placed:
            self._place_panel()
            self._panel_placed = True

    def _place_panel(self) -> None:
        """Give the detail panel about a third of the width, within readable bounds."""
        width = self.width()
        panel = int(min(560, max(380, width * 0.34)))
        self.splitter.setSizes([width - panel, panel])

    def _menus(self) -> None:
        bar = self.menuBar()
        view = bar.addMenu("&View")
        self.high_contrast_action = view.addAction("&High contrast")
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.theme is HIGH_CONTRAST_THEME)
        self.high_contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.high_contrast_action.toggled.connect(
            lambda on: self.set_theme(HIGH_CONTRAST_THEME if on else DEFAULT_THEME))
        view.addSeparator()
        for text, keys, factor in (("&Larger text", ("Ctrl++", "Ctrl+="), 1.15),
                                   ("&Smaller text", ("Ctrl+-",), 1 / 1.15),
                                   ("&Normal text size", ("Ctrl+0",), None)):
            action = view.addAction(text)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(
                lambda _=False, f=factor: self.set_text_scale(
                    1.0 if f is None else self.text_scale * f))
        help_menu = bar.addMenu("&Help")
        shortcuts = help_menu.addAction("&Keyboard shortcuts")
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        about = help_menu.addAction("&About bodymap")
        about.triggered.connect(self.show_about)

    def set_theme(self, theme: Theme) -> None:
        """Switch colours everywhere (normal or high contrast), keeping the selection."""
        self.theme = theme
        self.scene.set_theme(theme)
        self.view.setBackgroundBrush(QColor(theme.background))
        self.detail.set_theme(theme)
        self.legend.apply_theme(theme)
        self.setStyleSheet(stylesheet(theme))
        self.high_contrast_action.setChecked(theme is HIGH_CONTRAST_THEME)
        if self.selection.current is not None:
            self.overlay.show(self.selection.current)

    def set_text_scale(self, scale: float) -> None:
        """Text in the panels, relative to the system font size (Ctrl+plus / minus / 0)."""
        self.text_scale = max(0.7, min(2.5, scale))
        base = QApplication.font().pointSizeF()
        for widget, factor in ((self.detail, 1.0), (self.patient_panel, 1.35),
                               (self.pain_panel, 1.0), (self.study_panel, 1.0)):
            if widget is None:
                continue
            font = QFont(widget.font())
            font.setPointSizeF(base * factor * self.text_scale)
            widget.setFont(font)
            if hasattr(widget, "document"):
                widget.document().setDefaultFont(font)

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QDialog, QTextBrowser

        from bodymap.ui.shortcuts import shortcuts_html

        dialog = QDialog(self)
        dialog.setWindowTitle("Keyboard shortcuts — bodymap")
        dialog.resize(560, 640)
        layout = QVBoxLayout(dialog)
        text = QTextBrowser()
        text.setHtml(shortcuts_html())
        text.setAccessibleName("Keyboard shortcuts")
        layout.addWidget(text)
        dialog.setModal(False)  # a reference card to keep beside the map, not a blocker
        dialog.show()
        self.shortcuts_dialog = dialog

    def show_about(self) -> None:
        from bodymap.ui.about import AboutDialog
        from bodymap.ui.folders import writable_folders

        self.about_dialog = AboutDialog(self.reference, writable_folders(), self)
        self.about_dialog.show()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Take the helper windows (shortcuts, heat map, progress chart) along."""
        for name in ("shortcuts_dialog", "heat_map", "progress_chart", "about_dialog"):
            helper = getattr(self, name, None)
            if helper is not None:
                helper.close()
        super().closeEvent(event)

    def escape(self) -> None:
        """Escape: from a panel back to the map; on the map, clear the selection."""
        if not self.view.hasFocus():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.selection.clear()

    def _keyboard_moved(self, key: MuscleSide) -> None:
        map_accessibility.announce_focus(self.view, key)
        self.hover_label.setText(map_accessibility.muscle_label(self.view, key))
        self.hover_label.adjustSize()
        self.hover_label.move(14, 12)
        self.hover_label.show()

    # -- public API (used by the CLI, snapshot and tests) -------------------------------------
    def select(self, key: MuscleSide | None) -> None:
        """Select a muscle side as if it had been clicked, revealing its layer if hidden and
        its figure if it is drawn only on a close-up (the side of the head)."""
        if key is not None:
            figure = self.reference.dataset.muscle(key.muscle_id).view
            if not self.scene.figure_shown(figure, self.view.framing):
                self.set_framing("both" if figure in self.scene.overview else figure)
            self.scene.reveal(key)
            self.controls.set_depth(self.scene.depth)
        self.selection.select(key)

    def select_deeper_at(self, scene_point) -> None:
        """A long press: select the next muscle beneath the current one at that spot."""
        if self.view.tool is not None:
            return
        following = self.scene.next_beneath(scene_point, self.selection.current)
        if following is not None:
            self.select(following)

    def set_mode(self, mode: str) -> None:
        """'explore' (click selects a muscle) or 'pain' (paint or tap where it hurts)."""
        if mode == "pain" and self.pain is None:
            self._open_pain_mode()
        if mode == "patient" and self.patient_panel is None:
            self._open_patient_view()
        previous, self.mode = self.mode, mode
        self.mode_bar.set_mode(mode)
        self.controls.setVisible(mode != "patient")  # a calm screen for the patient
        self.legend.set_patient_words(mode == "patient")
        if mode == "patient":
            self.view.tool = None
            self.side_stack.setCurrentWidget(self.patient_panel)
            if self.pain is not None:
                self.pain.set_drawing_visible(False)
            current = self.selection.current
            self.selection.select(current)  # redraw for the patient, or show the welcome
            return
        if previous != "patient" or mode == "pain":
            self.selection.clear()
        if self.study is not None and mode != "study":
            self.study.stop()
            self.study_panel.compare_layer.clear()
        if mode == "study":
            if self.study is None:
                self._open_study_mode()
            if self.pain is not None:
                self.pain.set_drawing_visible(False)
            self.view.tool = self.study
            self.side_stack.setCurrentWidget(self.study_panel)
            return
        if mode == "pain":
            self.view.tool = self.pain
            self.side_stack.setCurrentWidget(self.pain_panel)
            self.pain.set_drawing_visible(True)
        else:
            self.view.tool = None
            self.side_stack.setCurrentWidget(self.detail)
            if self.pain is not None:
                self.pain.set_drawing_visible(False)

    def _open_patient_view(self) -> None:
        from bodymap.ui.patient_panel import PatientPanel

        self.patient_panel = PatientPanel(self.reference.dataset, self.reference.general)
        self.side_stack.addWidget(self.patient_panel)
        self.set_text_scale(self.text_scale)

    def _open_pain_mode(self) -> None:
        from bodymap.ui.pain_panel import PainPanel
        from bodymap.ui.pain_session import PainSession

        self.pain = PainSession(self.scene, self)
        self.pain_panel = PainPanel(self.pain)
        self.pain_panel.candidate_chosen.connect(self._show_candidate)
        self.pain_panel.export_requested.connect(self._export_drawing)
        self.pain_panel.heat_map_requested.connect(self.show_heat_map)
        self.set_text_scale(self.text_scale)
        self.pain.drawing_changed.connect(self._drawing_changed)
        self.side_stack.addWidget(self.pain_panel)

    def _open_study_mode(self, store=None) -> None:
        from bodymap.ui.study_panel import StudyPanel
        from bodymap.ui.study_session import StudySession

        notice = None
        if store is None:
            store, notice = open_progress_store()
        self.study = StudySession(self.scene, store, parent=self)
        self.study_panel = StudyPanel(self.study, notice)
        self.study_panel.progress_requested.connect(self.show_progress)
        self.side_stack.addWidget(self.study_panel)
        self.set_text_scale(self.text_scale)

    def show_progress(self) -> None:
        from bodymap.ui.progress_chart import ProgressChart

        if self.progress_chart is None:
            self.progress_chart = ProgressChart(self.study.store, self)
        self.progress_chart.refresh()
        self.progress_chart.show()

    def _show_candidate(self, key: MuscleSide) -> None:
        self.selection.select(key)

    def _drawing_changed(self) -> None:
        keys = [c.key for c in self.pain.candidates]
        if self.selection.current is not None and self.selection.current not in keys:
            self.selection.clear()

    def _export_drawing(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "Export the pain drawing",
                                              str(Path.home() / "pain-drawing.png"),
                                              "PNG image (*.png)")
        if path:
            from bodymap.domain.atomic_write import WriteFailed
            from bodymap.ui.errors import tell_failure

            try:
                self.pain.export(Path(path))
            except WriteFailed as error:
                tell_failure(self, "The drawing was not exported", str(error))

    def show_heat_map(self) -> None:
        from bodymap.ui.heat_map import HeatMapWindow

        if self.heat_map is None:
            self.heat_map = HeatMapWindow(self.scene.reference, self.pain, self)
        self.heat_map.refresh()
        self.heat_map.show()
        self.heat_map.raise_()

    def open_handout(self):
        """The print / save-PDF dialog for the selected muscle's patient handout."""
        from bodymap.ui.handout_dialog import HandoutDialog

        if self.selection.current is None:
            return None
        dialog = HandoutDialog(self.reference, self.selection.current, self)
        dialog.open()
        return dialog

    def set_framing(self, which: str) -> None:
        self.controls.set_framing(which)
        self.scene.show_figures(which)
        self.view.set_framing(which)

    # -- reactions ---------------------------------------------------------------------------
    def _show_selection(self, key: MuscleSide | None) -> None:
        self.scene.mark_selected(key)
        self.mode_bar.handout_button.setEnabled(key is not None)
        if key is None:
            self.overlay.clear()
            self.detail.show_welcome()
            if self.mode == "patient":
                self.patient_panel.show_welcome()
                self.view.reset_zoom()
            self.setWindowTitle(APP_NAME)
            return
        view = self.reference.atlas.muscle_view(key)
        if view is not None and not self.scene.figures[view.name].root.isVisible():
            # a muscle of a figure not shown (the soles, from search or A-Z): show its figure
            self.set_framing("both" if view.name in self.scene.overview else view.name)
        self.overlay.show(key)
        if self.mode == "explore":
            self.detail.show_muscle(key, self.selection.beneath)
        elif self.mode == "patient":
            self.patient_panel.show_muscle(key)
            self.view.frame(self.overlay.bounding_rect())
        name = self.reference.dataset.muscle(key.muscle_id).display_name(key.side)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        map_accessibility.announce(self.view, f"Selected {name}")

    def _show_hover(self, key: MuscleSide | None) -> None:
        if key is None:
            self.hover_label.hide()
            return
        muscle = self.reference.dataset.muscle(key.muscle_id)
        self.hover_label.setText(f"{muscle.display_name(key.side)} · {muscle.layer_name}")
        self.hover_label.adjustSize()
        self.hover_label.move(14, 12)
        self.hover_label.show()
