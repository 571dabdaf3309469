"""The main window: the mode bar, the shared map pane and the current mode's side panel.
Switching modes is `current.leave(); next.enter(selection)`; the modes own their state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap.atlas.reference import Reference
from bodymap.domain.model import MuscleSide
from bodymap.ui.app_settings import AppSettings
from bodymap.ui.desk import Desk
from bodymap.ui.map_pane.pane import MapPane
from bodymap.ui.mode import Mode, ModeContext, ProgressOpener
from bodymap.ui.mode_bar import ModeBar
from bodymap.ui.mode_registry import ModeRegistry
from bodymap.ui.modes.study.progress_file import open_progress_store
from bodymap.ui.style import stylesheet
from bodymap.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_THEME, Theme

APP_NAME = "bodymap"


class MainWindow(QMainWindow):
    def __init__(self, reference: Reference, theme: Theme = DEFAULT_THEME,
                 open_progress: ProgressOpener = open_progress_store,
                 settings: AppSettings | None = None) -> None:
        """`settings`: what to remember between runs; None (tests, snapshots) remembers
        nothing, as the kiosk never does."""
        super().__init__()
        self.theme = theme
        self.text_scale = 1.0
        # No motion anywhere: nothing in bodymap animates, including Qt's own dock and
        # toolbar animations, so there is nothing to turn off for reduced-motion users.
        self.setAnimated(False)
        self.reference = reference
        self._panel_placed = False
        self.pane = MapPane(reference, theme)
        # The shared pane's parts, named for the CLI, the snapshot and the tests.
        self.scene, self.view, self.overlay = self.pane.scene, self.pane.view, self.pane.overlay
        self.selection, self.keyboard = self.pane.selection, self.pane.keyboard
        self.legend, self.controls = self.pane.legend, self.pane.controls
        self.mode_bar = ModeBar()
        self.side_stack = QStackedWidget()
        self.shortcuts_dialog: QDialog | None = None
        self.about_dialog: QDialog | None = None
        self.modes = ModeRegistry(ModeContext(reference, self.pane, self, theme, open_progress))
        self.mode = "explore"
        self.current: Mode = self._built("explore")
        self.current.enter(None)
        self._layout(theme)
        self.pane.selection.selection_changed.connect(self._show_selection)
        self.mode_bar.mode_chosen.connect(self.set_mode)
        self.mode_bar.handout_requested.connect(self.open_handout)
        self._actions()
        self._menus()
        self.settings = settings or AppSettings.disabled()
        self.desk = Desk(self, self.settings)  # File and Edit menus, colours, drawings
        self.setWindowTitle(APP_NAME)
        self.resize(1366, 768)
        self.desk.restore()
        self.view.setFocus()  # start on the map: arrows move between muscles at once

    def _layout(self, theme: Theme) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pane)
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

    def _actions(self) -> None:
        escape = QAction(self.tr("Back to the map / clear selection"), self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.triggered.connect(self.escape)
        self.addAction(escape)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self._panel_placed:
            self._place_panel()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._panel_placed:
            self._place_panel()
            self._panel_placed = True

    def _place_panel(self) -> None:
        """Give the side panel about a third of the width, within readable bounds."""
        width = self.width()
        panel = int(min(560, max(380, width * 0.34)))
        self.splitter.setSizes([width - panel, panel])

    def _menus(self) -> None:
        bar = self.menuBar()
        view = self.view_menu = bar.addMenu(self.tr("&View"))
        self.high_contrast_action = view.addAction(self.tr("&High contrast"))
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.theme is HIGH_CONTRAST_THEME)
        self.high_contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.high_contrast_action.toggled.connect(
            lambda on: self.set_theme(HIGH_CONTRAST_THEME if on else DEFAULT_THEME))
        view.addSeparator()
        for text, keys, factor in ((self.tr("&Larger text"), ("Ctrl++", "Ctrl+="), 1.15),
                                   (self.tr("&Smaller text"), ("Ctrl+-",), 1 / 1.15),
                                   (self.tr("&Normal text size"), ("Ctrl+0",), None)):
            action = view.addAction(text)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(
                lambda _=False, f=factor: self.set_text_scale(
                    1.0 if f is None else self.text_scale * f))
        help_menu = self.help_menu = bar.addMenu(self.tr("&Help"))
        shortcuts = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        about = help_menu.addAction(self.tr("&About bodymap"))
        about.triggered.connect(self.show_about)

    def set_theme(self, theme: Theme) -> None:
        """Switch colours everywhere (normal or high contrast), keeping the selection."""
        self.theme = theme
        self.pane.set_theme(theme)
        for mode in self.modes.built():
            mode.set_theme(theme)
        self.setStyleSheet(stylesheet(theme))
        self.high_contrast_action.setChecked(theme is HIGH_CONTRAST_THEME)

    def set_text_scale(self, scale: float) -> None:
        """Text in the side panels, relative to the system font size (Ctrl+plus / minus / 0)."""
        self.text_scale = max(0.7, min(2.5, scale))
        for mode in self.modes.built():
            self._scale_text(mode)

    def _scale_text(self, mode: Mode) -> None:
        widget = mode.side_widget
        font = QFont(widget.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * mode.text_factor * self.text_scale)
        widget.setFont(font)
        if isinstance(widget, QTextEdit):
            widget.document().setDefaultFont(font)

    def show_shortcuts(self) -> None:
        from bodymap.ui.shortcuts import shortcuts_dialog

        self.shortcuts_dialog = shortcuts_dialog(self)
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        from bodymap.ui.about import AboutDialog
        from bodymap.ui.folders import writable_folders

        self.about_dialog = AboutDialog(self.reference, writable_folders(), self)
        self.about_dialog.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Take the helper windows (shortcuts, heat map, progress chart) along."""
        for dialog in (self.shortcuts_dialog, self.about_dialog):
            if dialog is not None:
                dialog.close()
        for mode in self.modes.built():
            mode.close_windows()
        self.desk.save()
        super().closeEvent(event)

    def escape(self) -> None:
        """Escape: from a panel back to the map; on the map, clear the selection."""
        self.pane.clear_focus_ring()
        if not self.view.hasFocus():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.selection.clear()

    # -- public API (used by the CLI, snapshot and tests) -------------------------------------
    def select(self, key: MuscleSide | None) -> None:
        """Select a muscle side as if it had been clicked, revealing its layer if hidden."""
        self.pane.select(key)

    def set_framing(self, which: str) -> None:
        self.pane.set_framing(which)

    def set_mode(self, name: str) -> None:
        """Leave the current mode, then enter `name` with the selection as it stands."""
        following = self._built(name)
        self.current.leave()
        self.pane.clear_focus_ring()
        self.mode, self.current = name, following
        self.mode_bar.set_mode(name)
        self.pane.set_patient_facing(following.patient_facing)
        self.pane.set_tool(following.tool)
        self.side_stack.setCurrentWidget(following.side_widget)
        following.enter(self.selection.current)

    def _built(self, name: str) -> Mode:
        first_time = not self.modes.is_built(name)
        mode = self.modes.get(name)
        if first_time:
            self.side_stack.addWidget(mode.side_widget)
            self._scale_text(mode)
        return mode

    def open_handout(self) -> QDialog | None:
        """The print / save-PDF dialog for the selected muscle's patient handout."""
        from bodymap.ui.modes.patient.handout_dialog import HandoutDialog

        if self.selection.current is None:
            return None
        dialog = HandoutDialog(self.reference, self.selection.current, self,
                               settings=self.settings)
        dialog.open()
        return dialog

    def _show_selection(self, key: MuscleSide | None) -> None:
        self.mode_bar.handout_button.setEnabled(key is not None)
        self.current.show_selection(key, self.selection.beneath)
        if key is None:
            self.setWindowTitle(APP_NAME)
        else:
            name = self.reference.dataset.muscle(key.muscle_id).display_name(key.side)
            self.setWindowTitle(f"{name} — {APP_NAME}")
