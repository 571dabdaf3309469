"""The waiting-room kiosk: full screen, touch first, patient words only, locked, and it
forgets every visitor. Builds and wires; the behaviour lives in the parts it uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.atlas.reference import Reference
from bodymap.domain.kiosk_config import KioskConfig
from bodymap.domain.kiosk_pin import PinGate
from bodymap.domain.model import MuscleSide
from bodymap.domain.progress import ProgressStore
from bodymap.domain.text_marks import QT_TRANSLATE_NOOP
from bodymap.domain.translations import LANGUAGES
from bodymap.ui.kiosk.button_flow import ButtonFlow
from bodymap.ui.kiosk.guard import FullScreenKeeper, IdleWatcher, KioskLock
from bodymap.ui.kiosk.home_figure import HomeFigure
from bodymap.ui.kiosk.pin_pad import PinPad
from bodymap.ui.kiosk.printer_check import default_printer_available
from bodymap.ui.kiosk.still_there import STILL_THERE_STYLE, StillThereOverlay
from bodymap.ui.map_pane.pane import MapPane
from bodymap.ui.mode import ModeContext
from bodymap.ui.modes.patient.mode import PatientMode
from bodymap.ui.plain_text import plain_label
from bodymap.ui.theme import DEFAULT_THEME

TARGET = 56  # px: comfortably above the 44 px (about 9 mm) minimum touch target
ADMIN_CORNER = 90  # px square in the top-left corner
ADMIN_HOLD_MS = 3000
# Interface text, translated where it is shown (context "KioskWindow").
DISCLAIMER = QT_TRANSLATE_NOOP(
    "KioskWindow", "Information, not medical advice — please ask your clinician about your pain.")
HOME_LEAD = QT_TRANSLATE_NOOP(
    "KioskWindow", "A tight knot in one muscle can cause pain somewhere else. Touch the body to "
                   "see where muscles can send pain, and read what dry needling is.")
AREA_NAMES = {
    "head": QT_TRANSLATE_NOOP("KioskWindow", "Head"),
    "neck": QT_TRANSLATE_NOOP("KioskWindow", "Neck"),
    "shoulder": QT_TRANSLATE_NOOP("KioskWindow", "Shoulder"),
    "upper_back": QT_TRANSLATE_NOOP("KioskWindow", "Upper back"),
    "mid_back": QT_TRANSLATE_NOOP("KioskWindow", "Middle back"),
    "low_back": QT_TRANSLATE_NOOP("KioskWindow", "Lower back"),
    "pelvis_posterior": QT_TRANSLATE_NOOP("KioskWindow", "Lower back"),
    "buttock": QT_TRANSLATE_NOOP("KioskWindow", "Buttock and hip"),
    "hip": QT_TRANSLATE_NOOP("KioskWindow", "Buttock and hip"),
    "chest": QT_TRANSLATE_NOOP("KioskWindow", "Chest"),
    "abdomen": QT_TRANSLATE_NOOP("KioskWindow", "Belly and groin"),
    "arm": QT_TRANSLATE_NOOP("KioskWindow", "Arm"),
    "hand": QT_TRANSLATE_NOOP("KioskWindow", "Hand"),
    "thigh": QT_TRANSLATE_NOOP("KioskWindow", "Thigh"),
    "leg": QT_TRANSLATE_NOOP("KioskWindow", "Leg"),
    "foot": QT_TRANSLATE_NOOP("KioskWindow", "Foot"),
}
MAX_PRINTS_PER_VISIT = 2  # a visitor's own pages; more is a job for the front desk
OTHER_AREA = QT_TRANSLATE_NOOP("KioskWindow", "Other")


def _tr(text: str) -> str:
    return QCoreApplication.translate("KioskWindow", text)


def muscles_by_area(reference: Reference) -> dict[str, list[str]]:
    """Body area → muscles drawn there: each muscle goes to the area of the region under a
    point inside its (left) outline."""
    areas: dict[str, list[str]] = {}
    for muscle in reference.dataset:
        view = reference.atlas.view(muscle.figure)
        outline = view.muscles[MuscleSide(muscle.id, "left")].outline
        point = outline.interior_point
        group = None
        for key, region in view.regions.items():
            region_info = reference.dataset.regions[key.region_id]
            if region_info.parent is None and region.contains(point):
                group = region_info.group
                break
        name = _tr(AREA_NAMES.get(group or "", OTHER_AREA))
        areas.setdefault(name, []).append(muscle.id)
    return areas


def big_button(text: str, slot: Callable[..., object], name: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(TARGET)
    button.setMinimumWidth(TARGET)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class AdminCorner(QWidget):
    """An invisible square: held for three seconds, it asks for the staff PIN.

    The timer opens the pad while the finger is still down. The press and release times
    (from the window system) decide too, so that a hold still counts when a busy kiosk
    reads the press and the release together, after the timer would have fired."""

    held = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedSize(ADMIN_CORNER, ADMIN_CORNER)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.pressed_at: int | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ADMIN_HOLD_MS)
        self.timer.timeout.connect(self._held)

    def _held(self) -> None:
        self.pressed_at = None
        self.held.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.pressed_at = event.timestamp()
        self.timer.start()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        if self.pressed_at is not None and event.timestamp() - self.pressed_at >= ADMIN_HOLD_MS:
            self._held()
        self.pressed_at = None
        event.accept()


def _no_progress() -> tuple[ProgressStore, str | None]:
    raise RuntimeError("the kiosk has no study mode and keeps no progress")


@dataclass(frozen=True)
class _Screens:
    """What set_language keeps of a language's screens: the screens, every part of them the
    window reaches, and the translated reference they show."""

    reference: Any
    home: Any
    explorer: Any
    home_layout: Any
    home_figure: Any
    language_buttons: Any
    explorer_layout: Any
    pane: Any
    patient: Any
    scene: Any
    view: Any
    overlay: Any
    legend: Any
    deeper_button: Any
    map_buttons: Any
    nav_buttons: Any
    side_stack: Any
    panel: Any
    browse: Any
    print_status: Any
    print_button: Any
    side: Any


class KioskWindow(QWidget):
    """Home (attract) screen and the explorer, with idle reset and the admin exit."""

    def __init__(self, reference: Reference, config: KioskConfig,
                 language: str | None = None) -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The visitor may choose a language on the home screen; the kiosk goes back to its
        # own (the one it started in) with each new visitor. Nothing is remembered.
        self.english = reference
        self.start_language = language or reference.language
        self.language = reference.language
        self.reference = reference
        self.config = config
        self.setWindowTitle("bodymap")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._may_close = False
        self.stack = QStackedWidget()
        # The screens of each language shown so far, but the current one (set_language).
        self._screens: dict[str, _Screens] = {}
        self.explorer = self._explorer()
        self.home = self._home_screen()  # shows the explorer's figure
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.explorer)
        self.stack.setCurrentWidget(self.home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.still_there = StillThereOverlay(self)
        self.countdown = self.still_there.card  # what a visitor reads; hidden with it
        self.printer_available: Callable[[], bool] = default_printer_available
        self.send_to_printer: Callable[[MuscleSide], None] = self._print_on_default_printer
        self.prints_this_visit = 0
        self.corner = AdminCorner(self)
        self.corner.move(0, 0)
        self.corner.held.connect(self.ask_pin)
        self.gate = PinGate(config.admin_pin_hash)
        self.pin_pad = PinPad(self.gate, self)
        self.pin_pad.unlocked.connect(self.admin_exit)
        self.keeper = FullScreenKeeper(self)
        self.lock = KioskLock(self)
        self.idle = IdleWatcher(config.idle_seconds, config.countdown_seconds, parent=self)
        self.idle.countdown.connect(self._show_countdown)
        self.idle.cancelled.connect(self.still_there.hide)
        self.idle.expired.connect(self.go_home)
        self.setStyleSheet(KIOSK_STYLE + STILL_THERE_STYLE)
        self.portrait = False
        self._apply_shape()

    # -- building ------------------------------------------------------------------------
    def _home_screen(self) -> QWidget:
        """The figure beside (landscape) or above (portrait) the invitation."""
        screen = QWidget()
        screen.setObjectName("home")
        self.home_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, screen)
        self.home_layout.setContentsMargins(40, 30, 40, 30)
        self.home_layout.setSpacing(30)
        self.home_figure = HomeFigure(self.scene, self.scene.figure_rect("both"))
        self.home_figure.touched.connect(self.start)
        self.home_layout.addWidget(self.home_figure, 1)
        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(2)
        if self.config.clinic_name:
            clinic = plain_label(self.config.clinic_name)
            clinic.setObjectName("clinic")
            clinic.setAlignment(Qt.AlignmentFlag.AlignCenter)
            clinic.setWordWrap(True)
            column.addWidget(clinic)
        title = QLabel(self.tr("Where does your pain come from?"))
        title.setObjectName("homeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        column.addWidget(title)
        lead = QLabel(_tr(HOME_LEAD))
        lead.setObjectName("homeLead")
        lead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lead.setWordWrap(True)
        column.addWidget(lead)
        column.addSpacing(30)
        start = big_button(self.tr("Touch to start"), self.start, "startButton")
        start.setMinimumHeight(96)
        column.addWidget(start, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(24)
        self.language_buttons: dict[str, QPushButton] = {}
        languages = self._languages()
        if len(languages) > 1:
            row = QHBoxLayout()
            row.addStretch(1)
            for code in languages:
                # Each language in its own words: a flag is a country, not a language.
                button = big_button(LANGUAGES[code], lambda _=False, c=code:
                                    self.set_language(c), f"language_{code}")
                button.setCheckable(True)
                button.setChecked(code == self.language)
                button.setAccessibleName(LANGUAGES[code])
                self.language_buttons[code] = button
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(3)
        note = QLabel(_tr(DISCLAIMER))
        note.setObjectName("disclaimer")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        column.addWidget(note)
        self.home_layout.addWidget(words, 1)
        return screen

    def _explorer(self) -> QWidget:
        """Map and panel side by side on a landscape screen, map above panel on a portrait
        one (`_apply_shape`); the button rows wrap instead of being cut."""
        screen = QWidget()
        self.explorer_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, screen)
        self.explorer_layout.setContentsMargins(0, 0, 0, 0)
        self.explorer_layout.setSpacing(0)
        left = QVBoxLayout()
        left.setSpacing(0)
        # The main window's map pane and patient mode, without the clinician's controls.
        self.pane = MapPane(self.reference, DEFAULT_THEME, touch_only=True)
        self.pane.set_patient_facing(True)
        self.patient = PatientMode(ModeContext(self.reference, self.pane, self, DEFAULT_THEME,
                                               _no_progress))
        self.scene, self.view, self.overlay = self.pane.scene, self.pane.view, self.pane.overlay
        self.legend = self.pane.legend
        for label in self.legend.labels:
            label.setWordWrap(True)
        self.pane.setMinimumSize(200, 200)
        left.addWidget(self.pane, 1)
        self.deeper_button = big_button(self.tr("Deeper muscles"), self.toggle_deeper)
        self.map_buttons = ButtonFlow([
            big_button(self.tr("Start again"), self.go_home),
            big_button(self.tr("Both"), lambda: self.frame("both")),
            big_button(self.tr("Back"), lambda: self.frame("posterior")),
            big_button(self.tr("Front"), lambda: self.frame("anterior")),
            self.deeper_button,
            big_button("−", self.view.zoom_out),
            big_button("+", self.view.zoom_in),
        ])
        bar = QVBoxLayout()
        bar.setContentsMargins(12, 8, 12, 12)
        bar.addWidget(self.map_buttons)
        left.addLayout(bar)
        self.explorer_layout.addLayout(left, 3)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        nav = QVBoxLayout()
        nav.setContentsMargins(12, 12, 12, 0)
        self.nav_buttons = ButtonFlow([big_button(self.tr("Body areas"), self.show_areas),
                                       big_button(self.tr("A–Z"), self.show_a_to_z),
                                       big_button(self.tr("About dry needling"), self.show_about)])
        nav.addWidget(self.nav_buttons)
        side.addLayout(nav)
        self.side_stack = QStackedWidget()
        self.panel = self.patient.panel
        self.panel.setMinimumWidth(0)
        self.browse = QScrollArea()
        self.browse.setWidgetResizable(True)
        self.side_stack.addWidget(self.panel)
        self.side_stack.addWidget(self.browse)
        side.addWidget(self.side_stack, 1)
        self.print_status = QLabel()
        self.print_status.setObjectName("printStatus")
        self.print_status.setWordWrap(True)
        self.print_status.hide()
        self.print_button: QPushButton | None = None
        if self.config.allow_printing:
            self.print_button = big_button(self.tr("Print this page"), self.print_handout)
            side.addWidget(self.print_button)
            side.addWidget(self.print_status)
        note = QLabel(_tr(DISCLAIMER))
        note.setWordWrap(True)
        note.setObjectName("disclaimer")
        side.addWidget(note)
        self.side = QWidget()
        self.side.setObjectName("kioskSide")
        self.side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.side.setLayout(side)
        self.explorer_layout.addWidget(self.side, 2)
        self.pane.selection.selection_changed.connect(self._show_selection)
        return screen

    def _apply_shape(self) -> None:
        """Portrait screens (taller than wide) stack map above panel and figure above the
        invitation; landscape ones put them side by side."""
        if (self.height() > self.width()) != self.portrait:
            self._apply_shape_now()

    def _apply_shape_now(self) -> None:
        portrait = self.height() > self.width()
        self.portrait = portrait
        direction = (QBoxLayout.Direction.TopToBottom if portrait
                     else QBoxLayout.Direction.LeftToRight)
        self.explorer_layout.setDirection(direction)
        self.home_layout.setDirection(direction)
        # Portrait: the map takes a little more than half the height, the panel the rest.
        self.explorer_layout.setStretch(0, 11 if portrait else 3)
        self.explorer_layout.setStretch(1, 9 if portrait else 2)
        self.home_layout.setStretch(0, 3 if portrait else 1)
        self.home_layout.setStretch(1, 2 if portrait else 1)

    # -- visitor actions -----------------------------------------------------------------
    def start(self) -> None:
        self.stack.setCurrentWidget(self.explorer)
        self.view.reset_zoom()

    def frame(self, which: str) -> None:
        self.pane.set_framing(which)

    @property
    def selected(self) -> MuscleSide | None:
        return self.pane.selection.current

    def select(self, key: MuscleSide) -> None:
        self.pane.select(key)

    def clear_selection(self) -> None:
        self.pane.selection.clear()

    def _show_selection(self, key: MuscleSide | None) -> None:
        self._sync_deeper_button()
        if key is not None:
            self.side_stack.setCurrentWidget(self.panel)
        self.patient.show_selection(key, [])

    def toggle_deeper(self) -> None:
        depth = self.scene.depth
        self.scene.set_depth(None if depth == 3 else (depth or 1) + 1)
        self._sync_deeper_button()

    def _sync_deeper_button(self) -> None:
        labels = {None: self.tr("Deeper muscles"), 1: self.tr("Deeper muscles"),
                  2: self.tr("Deepest muscles"), 3: self.tr("All muscles")}
        self.deeper_button.setText(labels[self.scene.depth])

    def show_about(self) -> None:
        self.side_stack.setCurrentWidget(self.panel)
        self.panel.show_about("index")

    def show_a_to_z(self) -> None:
        from PySide6.QtCore import QCollator, QLocale

        collator = QCollator(QLocale(self.language))  # "Á" sorts with "A" in Spanish
        muscles = sorted(self.reference.dataset.muscles,
                         key=lambda m: collator.sortKey(m.name))
        self._show_list(self.tr("Muscles A–Z"), [(m.name, m.id) for m in muscles])

    def show_areas(self) -> None:
        areas = muscles_by_area(self.reference)
        column = QWidget()
        layout = QVBoxLayout(column)
        title = QLabel(self.tr("Body areas"))
        title.setObjectName("listTitle")
        layout.addWidget(title)
        for area in sorted(areas):
            names = [(self.reference.dataset.muscle(m).name, m) for m in areas[area]]
            layout.addWidget(big_button(area, lambda _=False, a=area, n=names:
                                        self._show_list(a, n)))
        layout.addStretch(1)
        self.browse.setWidget(column)
        self.side_stack.setCurrentWidget(self.browse)

    def _show_list(self, title_text: str, muscles: list[tuple[str, str]]) -> None:
        column = QWidget()
        layout = QVBoxLayout(column)
        title = plain_label(title_text)
        title.setObjectName("listTitle")
        layout.addWidget(title)
        for name, muscle_id in muscles:
            layout.addWidget(big_button(name, lambda _=False, m=muscle_id:
                                        self.select(MuscleSide(m, "left"))))
        layout.addStretch(1)
        self.browse.setWidget(column)
        self.side_stack.setCurrentWidget(self.browse)

    def print_handout(self) -> None:
        """Print this muscle's handout on the default printer (only offered when the config
        allows): says so when no printer is there, and stops after MAX_PRINTS_PER_VISIT
        pages for one visitor."""
        if not self.config.allow_printing or self.selected is None:
            return
        if self.prints_this_visit >= MAX_PRINTS_PER_VISIT:
            self._print_said("That is all the pages we can print for one visit — please ask "
                             "at the desk for more.")
            return
        if not self.printer_available():
            self._print_said("Printing is not available just now — please ask at the desk.")
            return
        self.send_to_printer(self.selected)
        self.prints_this_visit += 1
        if self.prints_this_visit >= MAX_PRINTS_PER_VISIT:
            self._print_said("Your page is printing. That is all the pages we can print for "
                             "one visit — please ask at the desk for more.")
        else:
            self._print_said("Your page is printing — please collect it at the desk.")

    def _print_said(self, text: str) -> None:
        self.print_status.setText(text)
        self.print_status.show()
        if self.print_button is not None:
            self.print_button.setEnabled(self.prints_this_visit < MAX_PRINTS_PER_VISIT)

    def _print_on_default_printer(self, key: MuscleSide) -> None:
        from bodymap.ui.modes.patient.handout import render_handout
        from bodymap.ui.modes.patient.handout_dialog import HandoutDialog

        printer = HandoutDialog.make_printer()
        render_handout(self.reference, key, printer, self.config.clinic_name)

    # -- language ------------------------------------------------------------------------
    def _languages(self) -> tuple[str, ...]:
        from bodymap import resources
        from bodymap.domain.translations import available_languages

        return available_languages(resources.CONTENT_TRANSLATIONS_DIR)

    def set_language(self, code: str) -> None:
        """Show the kiosk in `code`: the interface and the patient texts. The screens are
        built in the new language the first time it is chosen, then kept: going back to a
        language shown before (the reset to the kiosk's own, with each new visitor) swaps
        screens already built, within a frame, instead of building them again (about
        70 ms of a one-core kiosk, issue 27). The home screen stays up."""
        from bodymap.ui.language import install_language, translated_reference

        if code == self.language:
            self._check_language_button()
            return
        install_language(code)
        on_home = self.stack.currentWidget() is self.home
        self._screens[self.language] = _Screens(
            self.reference, self.home, self.explorer, self.home_layout, self.home_figure,
            self.language_buttons, self.explorer_layout, self.pane, self.patient,
            self.scene, self.view, self.overlay, self.legend, self.deeper_button,
            self.map_buttons, self.nav_buttons, self.side_stack, self.panel, self.browse,
            self.print_status, self.print_button, self.side)
        self.language = code
        kept = self._screens.get(code)
        if kept is not None:
            self._bring_back(kept)
        else:
            self.reference = translated_reference(self.english, code)
            self.home, self.explorer = self._home_screen(), self._explorer()
            self.stack.addWidget(self.home)
            self.stack.addWidget(self.explorer)
        self.stack.setCurrentWidget(self.home if on_home else self.explorer)
        self._check_language_button()
        self._apply_shape_now()
        self.corner.raise_()

    def _bring_back(self, kept: _Screens) -> None:
        self.reference = kept.reference
        self.home = kept.home
        self.explorer = kept.explorer
        self.home_layout = kept.home_layout
        self.home_figure = kept.home_figure
        self.language_buttons = kept.language_buttons
        self.explorer_layout = kept.explorer_layout
        self.pane = kept.pane
        self.patient = kept.patient
        self.scene = kept.scene
        self.view = kept.view
        self.overlay = kept.overlay
        self.legend = kept.legend
        self.deeper_button = kept.deeper_button
        self.map_buttons = kept.map_buttons
        self.nav_buttons = kept.nav_buttons
        self.side_stack = kept.side_stack
        self.panel = kept.panel
        self.browse = kept.browse
        self.print_status = kept.print_status
        self.print_button = kept.print_button
        self.side = kept.side

    def _check_language_button(self) -> None:
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.language)

    # -- kiosk machinery -----------------------------------------------------------------
    def go_home(self) -> None:
        """Forget the visitor: selection, zoom, layers, pages, dialogs; show the home screen."""
        self.still_there.hide()
        self.clear_selection()
        self.scene.set_depth(None)
        self._sync_deeper_button()
        self.frame("both")
        self.browse.takeWidget()
        self.side_stack.setCurrentWidget(self.panel)
        self.pin_pad.dismiss()
        self.stack.setCurrentWidget(self.home)
        self.prints_this_visit = 0
        self.print_status.hide()
        if self.print_button is not None:
            self.print_button.setEnabled(True)
        if self.language != self.start_language:  # the next visitor starts afresh
            self.set_language(self.start_language)
        self.idle.touch()
        if self.keeper.active:  # bring it back if anything took it off the screen
            self.keeper.restore()

    def _show_countdown(self, seconds: int) -> None:
        """Only over a visitor's session: the home screen has nobody to ask (its idle end
        just re-shows it)."""
        if self.stack.currentWidget() is self.home:
            return
        self.still_there.show_seconds(seconds)

    def ask_pin(self) -> None:
        if self.config.admin_pin_hash is None:
            return
        self.pin_pad.open()

    def admin_exit(self) -> None:
        self.keeper.stop()
        self._may_close = True
        self.close()

    def activate(self) -> None:
        """Install the locks and the idle watch, and fill the screen."""
        app = QApplication.instance()
        assert app is not None  # the kiosk is shown by a running application
        app.installEventFilter(self.lock)
        app.installEventFilter(self.idle)
        self.idle.start()
        self.showFullScreen()
        self.keeper.start()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._may_close:
            event.ignore()  # the window manager's close, Alt+F4: nothing happens
            return
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self.lock)
        app.removeEventFilter(self.idle)
        self.idle.timer.stop()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_shape()
        if self.still_there.isVisible():
            self.still_there.setGeometry(self.rect())
        self.corner.raise_()
        if self.pin_pad.isVisible():
            self.pin_pad.raise_()


KIOSK_STYLE = """
#kiosk, #home { background: #f3f1ee; }
#kiosk QPushButton { font-size: 18px; padding: 10px 12px; border-radius: 10px;
    background: #ffffff; color: #24394d; border: 2px solid #c9d3dc; }
#kiosk QPushButton:pressed { background: #dbe7f1; }
#kiosk QPushButton#startButton { font-size: 28px; padding: 18px 60px; background: #1f5f8b;
    color: white; border: none; }
#homeTitle { font-size: 46px; font-weight: 600; color: #24394d; }
#homeLead { font-size: 24px; color: #3d4a55; }
#clinic { font-size: 22px; color: #5d6b78; }
#disclaimer { font-size: 16px; color: #5d6b78; padding: 8px 12px; }
#homeFigure { background: #f3f1ee; border: none; }
#kioskSide { background: #ffffff; border-left: 1px solid #e2dcd5; }
#listTitle { font-size: 26px; font-weight: 600; color: #24394d; padding: 8px 0; }
#pinPad { background: rgba(20, 32, 44, 170); }
#pinCard { background: #ffffff; border-radius: 18px; }
#pinPrompt { font-size: 20px; color: #24394d; }
#pinDisplay { font-size: 30px; color: #24394d; min-height: 40px; letter-spacing: 6px; }
#printStatus { font-size: 17px; color: #24394d; background: #eef3f7; padding: 8px 12px; }
#legend QLabel { font-size: 16px; }
QScrollBar:vertical { background: #f4f1ed; width: 20px; margin: 0; border: none; }
QScrollBar::handle:vertical { background: #8a7f76; border-radius: 7px; margin: 3px;
    min-height: 60px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""
