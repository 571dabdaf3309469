"""What makes bodymap a desktop tool a clinician keeps open all day: the File and Edit menus
and the theme choices of the View menu, with the platform's standard shortcuts; settings
remembered between runs (window, mode, figure, layer, theme, text size, the last folder);
the theme following the system's light or dark scheme, live; opening an exported pain
drawing again and comparing two.

The main window only builds and wires; this module holds the behaviour, and talks to the
window through the methods it already has (set_mode, set_theme, set_framing, …)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from bodymap.ui import app_settings as keys
from bodymap.ui.app_settings import AppSettings
from bodymap.ui.theme import DARK_THEME, DEFAULT_THEME, HIGH_CONTRAST_THEME, Theme

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.modes.pain.mode import PainMode
    from bodymap.ui.modes.pain.session import PainSession

DRAWING_FILTER = "Pain drawing (*.json)"
MODES = ("explore", "pain", "patient", "study")
FRAMINGS = ("both", "posterior", "anterior", "lateral", "plantar")
LAYERS = {"all": None, "1": 1, "2": 2, "3": 3}


def standard_keys(key: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for a standard action, plus `extra` ones it lacks (Ctrl+Y for
    redo is Windows' but many Linux users expect it too)."""
    sequences = list(QKeySequence.keyBindings(key))
    for text in extra:
        sequence = QKeySequence(text)
        if sequence not in sequences:
            sequences.append(sequence)
    return sequences


def system_theme() -> Theme:
    """Light or dark, as the system's colour scheme is (Qt 6.5+ style hints)."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK_THEME if scheme == Qt.ColorScheme.Dark else DEFAULT_THEME


def theme_named(name: str) -> Theme:
    return {"light": DEFAULT_THEME, "dark": DARK_THEME,
            "high-contrast": HIGH_CONTRAST_THEME}.get(name) or system_theme()


def user_guide_file() -> Path | None:
    """docs/user-guide.md, beside the package in a checkout or a source install."""
    from bodymap.resources import ROOT

    guide = ROOT.parent / "docs" / "user-guide.md"
    return guide if guide.is_file() else None


class Desk(QObject):
    """Installed once on the main window."""

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.theme_choice = settings.get(keys.THEME)
        self.compare_dialog: QDialog | None = None
        self.handout_dialog: QDialog | None = None
        self.guide_dialog: QDialog | None = None
        self.treated: list = []  # MuscleSide, the muscles treated in this session
        self._watched_pain: PainSession | None = None
        self._build_menus()
        # Shortcuts act only while their action is enabled: keep the states current.
        window.selection.selection_changed.connect(self.update_actions)
        window.side_stack.currentChanged.connect(self.update_actions)  # the mode changed
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        window = self.window
        bar = window.menuBar()
        first = bar.actions()[0] if bar.actions() else None
        file_menu = bar.addMenu("&File")
        edit_menu = bar.addMenu("&Edit")
        if first is not None:  # File and Edit come before View and Help, as everywhere
            bar.insertMenu(first, file_menu)
            bar.insertMenu(first, edit_menu)
        S = QKeySequence.StandardKey
        self.open_action = self._add(file_menu, "&Open drawing…", self.open_drawing,
                                     standard_keys(S.Open))
        self.compare_action = self._add(file_menu, "&Compare two drawings…",
                                        self.compare_drawings)
        self.export_action = self._add(file_menu, "&Export drawing…", self.export_drawing,
                                       standard_keys(S.SaveAs))
        file_menu.addSeparator()
        self.handout_action = self._add(file_menu, "&Handout…", window.open_handout,
                                        standard_keys(S.Print))
        self.treat_action = self._add(file_menu, "&Add to the session handout",
                                      self.add_treated, [QKeySequence("Ctrl+Shift+A")])
        self.session_action = self._add(file_menu, "&Session handout…",
                                        self.open_session_handout,
                                        [QKeySequence("Ctrl+Shift+P")])
        file_menu.addSeparator()
        self.reset_action = self._add(file_menu, "&Reset settings…", self.confirm_reset)
        file_menu.addSeparator()
        # Quit has no standard key on Windows; Ctrl+Q is what users of every platform try.
        self.quit_action = self._add(file_menu, "&Quit", window.close,
                                     standard_keys(S.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._add(edit_menu, "&Undo", self.undo, standard_keys(S.Undo))
        self.redo_action = self._add(edit_menu, "&Redo", self.redo,
                                     standard_keys(S.Redo, "Ctrl+Y", "Ctrl+Shift+Z"))
        edit_menu.aboutToShow.connect(self.update_actions)
        file_menu.aboutToShow.connect(self.update_actions)

        help_menu = cast(QMenu, next(a.menu() for a in bar.actions() if a.text() == "&Help"))
        self.guide_action = QAction("&User guide", self)
        self.guide_action.triggered.connect(lambda _=False: self.show_user_guide())
        if help_menu.actions():
            help_menu.insertAction(help_menu.actions()[0], self.guide_action)
        else:
            help_menu.addAction(self.guide_action)
        if user_guide_file() is None:  # an install without the docs folder
            self.guide_action.setEnabled(False)
            self.guide_action.setToolTip("The user guide is docs/user-guide.md in bodymap's "
                                         "source")
        view_menu = cast(QMenu, next(a.menu() for a in bar.actions() if a.text() == "&View"))
        view_menu.addSeparator()
        themes = view_menu.addMenu("&Colours")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for value, text in (("system", "Follow the &system (light or dark)"),
                            ("light", "&Light"), ("dark", "&Dark")):
            action = themes.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.theme_choice == value)
            action.triggered.connect(lambda _=False, v=value: self.choose_theme(v))
            self.theme_group.addAction(action)
            self.theme_actions[value] = action
        self.update_actions()

    @staticmethod
    def _add(menu, text: str, slot, shortcuts: list[QKeySequence] | None = None) -> QAction:
        action = menu.addAction(text)
        if shortcuts:
            action.setShortcuts(shortcuts)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _pain(self) -> PainSession | None:
        """The pain mode's session, once the mode has been opened (None before)."""
        modes = self.window.modes
        return cast("PainMode", modes.get("pain")).session if modes.is_built("pain") else None

    def update_actions(self, *_args) -> None:
        pain = self._pain()
        if pain is not None and pain is not self._watched_pain:  # made when pain first opens
            pain.drawing_changed.connect(self.update_actions)
            self._watched_pain = pain
        drawing = self.window.mode == "pain" and pain is not None
        self.undo_action.setEnabled(drawing and pain is not None and bool(pain.canvas.strokes))
        self.redo_action.setEnabled(drawing and pain is not None
                                    and bool(pain.canvas.redo_stack))
        self.export_action.setEnabled(drawing and pain is not None
                                      and not pain.canvas.is_empty())
        current = self.window.selection.current
        self.handout_action.setEnabled(current is not None)
        self.treat_action.setEnabled(current is not None and current not in self.treated)
        self.session_action.setEnabled(bool(self.treated))
        self.session_action.setText(f"&Session handout ({len(self.treated)} muscles)…"
                                    if self.treated else "&Session handout…")
        self.reset_action.setEnabled(self.settings.enabled)

    def show_user_guide(self):
        """The user guide (docs/user-guide.md) in a window of its own."""
        from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

        from bodymap.domain.bounded_read import UnreadableFile, read_bounded

        guide = user_guide_file()
        if guide is None:
            return None
        try:
            text = read_bounded(guide, 1024 * 1024).decode("utf-8")
        except (UnreadableFile, UnicodeDecodeError):
            return None
        dialog = QDialog(self.window)
        dialog.setWindowTitle("User guide — bodymap")
        browser = QTextBrowser(dialog)
        browser.setMarkdown(text)
        browser.setAccessibleName("User guide")
        QVBoxLayout(dialog).addWidget(browser)
        dialog.resize(720, 640)
        dialog.show()
        self.guide_dialog = dialog
        return dialog

    # -- session handout --------------------------------------------------------------------
    def add_treated(self) -> None:
        """Add the selected muscle side to the ones treated today (for one handout)."""
        from bodymap.ui.modes.patient.handout import MAX_MUSCLES

        current = self.window.selection.current
        if current is not None and current not in self.treated and \
                len(self.treated) < MAX_MUSCLES:
            self.treated.append(current)
        self.update_actions()

    def open_session_handout(self):
        """One handout for every muscle treated today: all their patterns on the figure,
        each one's summary, the rest once."""
        from bodymap.ui.modes.patient.handout_dialog import HandoutDialog

        if not self.treated:
            return None
        dialog = HandoutDialog(self.window.reference, self.treated, self.window,
                               settings=self.settings)
        dialog.open()
        self.handout_dialog = dialog
        return dialog

    # -- edit -------------------------------------------------------------------------------
    def undo(self) -> None:
        pain = self._pain()
        if self.window.mode == "pain" and pain is not None:
            pain.undo()
        self.update_actions()

    def redo(self) -> None:
        pain = self._pain()
        if self.window.mode == "pain" and pain is not None:
            pain.redo()
        self.update_actions()

    # -- drawings ---------------------------------------------------------------------------
    def _folder(self) -> str:
        folder = self.settings.get(keys.EXPORT_FOLDER)
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def remember_folder(self, path: Path) -> None:
        self.settings.set(keys.EXPORT_FOLDER, str(path.parent))

    def export_drawing(self) -> None:
        """Export the drawing (PNG, JSON record, CSV), starting in the last folder used."""
        from bodymap.domain.atomic_write import WriteFailed
        from bodymap.ui.errors import tell_failure

        self.window.set_mode("pain")
        path, _ = QFileDialog.getSaveFileName(self.window, "Export the pain drawing",
                                              str(Path(self._folder()) / "pain-drawing.png"),
                                              "PNG image (*.png)")
        if not path:
            return
        try:
            cast("PainSession", self._pain()).export(Path(path))  # set_mode built it
        except WriteFailed as error:
            tell_failure(self.window, "The drawing was not exported", str(error))
            return
        self.remember_folder(Path(path))

    def open_drawing(self, path: Path | None = None) -> bool:
        """Open an exported drawing in 'Where does it hurt?', ranked with this data."""
        from bodymap.domain.drawing_record import read_record
        from bodymap.domain.problems import DataError
        from bodymap.ui.errors import tell_failure

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, "Open a pain drawing",
                                                    self._folder(), DRAWING_FILTER)
            if not chosen:
                return False
            path = Path(chosen)
        try:
            record = read_record(path)
            self.window.set_mode("pain")
            cast("PainSession", self._pain()).load_record(record)  # set_mode built it
        except DataError as error:
            tell_failure(self.window, "The drawing could not be opened", str(error))
            return False
        except ValueError as error:  # strokes this atlas cannot draw
            tell_failure(self.window, "The drawing could not be opened", f"{path}: {error}")
            return False
        self.remember_folder(path)
        self.update_actions()
        return True

    def compare_drawings(self, paths: list[Path] | None = None):
        """Two exported drawings side by side, with the change in extent."""
        from bodymap.domain.drawing_record import read_record
        from bodymap.domain.problems import DataError
        from bodymap.ui.errors import tell_failure
        from bodymap.ui.modes.pain.compare import CompareDialog

        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self.window, "Choose two pain drawings to compare", self._folder(),
                DRAWING_FILTER)
            paths = [Path(p) for p in chosen]
        if not paths:
            return None
        if len(paths) != 2:
            tell_failure(self.window, "Choose two drawings",
                         f"Choose exactly two drawings to compare, not {len(paths)}.")
            return None
        try:
            records = [read_record(p) for p in paths]
        except DataError as error:
            tell_failure(self.window, "The drawings could not be compared", str(error))
            return None
        self.remember_folder(paths[0])
        dialog = CompareDialog(self.window.reference, records[0], records[1], self.window.theme,
                               self.window)
        dialog.show()
        self.compare_dialog = dialog
        return dialog

    # -- theme ------------------------------------------------------------------------------
    def choose_theme(self, value: str) -> None:
        self.theme_choice = value
        self.settings.set(keys.THEME, value)
        self.window.set_theme(theme_named(value))

    def _system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The system switched between light and dark: follow it, unless the user chose
        colours of their own (light, dark or high contrast)."""
        if self.theme_choice == "system" and self.window.theme is not HIGH_CONTRAST_THEME:
            self.window.set_theme(DARK_THEME if scheme == Qt.ColorScheme.Dark
                                  else DEFAULT_THEME)

    # -- settings ---------------------------------------------------------------------------
    def restore(self) -> None:
        """Put the window back as it was left (geometry, splitter, mode, figure, layer,
        colours, text size). Called once, before the window is first shown."""
        window, settings = self.window, self.settings
        if not settings.enabled:
            return
        theme = settings.get(keys.THEME)
        if window.theme is not HIGH_CONTRAST_THEME:  # --high-contrast wins over a setting
            if theme_named(theme) is not window.theme:
                window.set_theme(theme_named(theme))
        geometry = settings.get(keys.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            window.restoreGeometry(geometry)
        splitter = settings.get(keys.SPLITTER)
        if not splitter.isEmpty() and window.splitter.restoreState(splitter):
            window._panel_placed = True  # the user's split, not the default third
        framing = settings.get(keys.FIGURE)
        if framing in FRAMINGS and framing != "both":
            window.set_framing(framing)
        layer = settings.get(keys.LAYER)
        if layer in LAYERS and LAYERS[layer] is not None:
            window.controls.set_depth(LAYERS[layer])
            window.scene.set_depth(LAYERS[layer])
        size = settings.get(keys.TEXT_SIZE)
        if size:
            window.set_text_scale(1.15 ** max(-3, min(6, size)))
        mode = settings.get(keys.MODE)
        if mode in MODES and mode not in ("explore", "study"):  # study opens its database
            window.set_mode(mode)

    def save(self) -> None:
        """Remember the window as it is now (on close)."""
        window, settings = self.window, self.settings
        if not settings.enabled:
            return
        import math

        settings.set(keys.WINDOW_GEOMETRY, window.saveGeometry())
        settings.set(keys.SPLITTER, window.splitter.saveState())
        settings.set(keys.MODE, window.mode)
        settings.set(keys.FIGURE, window.view.framing)
        depth = window.scene.depth
        settings.set(keys.LAYER, "all" if depth is None else str(depth))
        settings.set(keys.TEXT_SIZE, round(math.log(window.text_scale) / math.log(1.15)))
        settings.sync()

    def confirm_reset(self) -> None:
        answer = QMessageBox.question(
            self.window, "Reset settings",
            "Forget the window's size and place, the last mode, figure, layer, colours, text "
            "size, the handout's clinic details and the last folder? Study progress and "
            "exported drawings are kept.")
        if answer == QMessageBox.StandardButton.Yes:
            self.reset()

    def reset(self) -> None:
        self.settings.reset()
        self.theme_choice = "system"
        self.theme_actions["system"].setChecked(True)
        self.window.set_theme(system_theme())
        self.window.set_text_scale(1.0)
        self.window.set_framing("both")
