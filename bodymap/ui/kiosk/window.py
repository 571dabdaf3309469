"""The waiting-room kiosk: full screen, touch first, patient words only, locked, and it
forgets every visitor. Builds and wires; the behaviour lives in the parts it uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
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
from bodymap.ui.kiosk.guard import FullScreenKeeper, IdleWatcher, KioskLock
from bodymap.ui.kiosk.pin_pad import PinPad
from bodymap.ui.map_pane.pane import MapPane
from bodymap.ui.mode import ModeContext
from bodymap.ui.modes.patient.mode import PatientMode
from bodymap.ui.plain_text import plain_label
from bodymap.ui.theme import DEFAULT_THEME

TARGET = 56  # px: comfortably above the 44 px (about 9 mm) minimum touch target
ADMIN_CORNER = 90  # px square in the top-left corner
ADMIN_HOLD_MS = 3000
DISCLAIMER = "Information, not medical advice — please ask your clinician about your pain."
HOME_LEAD = ("A tight knot in one muscle can cause pain somewhere else. Touch the body to see "
             "where muscles can send pain, and read what dry needling is.")
AREA_NAMES = {
    "head": "Head", "neck": "Neck", "shoulder": "Shoulder", "upper_back": "Upper back",
    "mid_back": "Middle back", "low_back": "Lower back", "pelvis_posterior": "Lower back",
    "buttock": "Buttock and hip", "hip": "Buttock and hip", "chest": "Chest",
    "abdomen": "Belly and groin", "arm": "Arm", "hand": "Hand", "thigh": "Thigh", "leg": "Leg",
    "foot": "Foot",
}


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
        name = AREA_NAMES.get(group or "", "Other")
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


class KioskWindow(QWidget):
    """Home (attract) screen and the explorer, with idle reset and the admin exit."""

    def __init__(self, reference: Reference, config: KioskConfig) -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.reference = reference
        self.config = config
        self.setWindowTitle("bodymap")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._may_close = False
        self.stack = QStackedWidget()
        self.home = self._home_screen()
        self.explorer = self._explorer()
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.explorer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.hide()
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
        self.idle.cancelled.connect(self.countdown.hide)
        self.idle.expired.connect(self.go_home)
        self.setStyleSheet(KIOSK_STYLE)

    # -- building ------------------------------------------------------------------------
    def _home_screen(self) -> QWidget:
        screen = QWidget()
        screen.setObjectName("home")
        column = QVBoxLayout(screen)
        column.setContentsMargins(80, 60, 80, 60)
        column.addStretch(2)
        if self.config.clinic_name:
            clinic = plain_label(self.config.clinic_name)
            clinic.setObjectName("clinic")
            clinic.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(clinic)
        title = QLabel("Where does your pain come from?")
        title.setObjectName("homeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        column.addWidget(title)
        lead = QLabel(HOME_LEAD)
        lead.setObjectName("homeLead")
        lead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lead.setWordWrap(True)
        column.addWidget(lead)
        column.addSpacing(30)
        start = big_button("Touch to start", self.start, "startButton")
        start.setMinimumHeight(96)
        column.addWidget(start, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        note = QLabel(DISCLAIMER)
        note.setObjectName("disclaimer")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(note)
        return screen

    def _explorer(self) -> QWidget:
        screen = QWidget()
        row = QHBoxLayout(screen)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        left = QVBoxLayout()
        left.setSpacing(0)
        # The main window's map pane and patient mode, without the clinician's controls.
        self.pane = MapPane(self.reference, DEFAULT_THEME, touch_only=True)
        self.pane.set_patient_facing(True)
        self.patient = PatientMode(ModeContext(self.reference, self.pane, self, DEFAULT_THEME,
                                               _no_progress))
        self.scene, self.view, self.overlay = self.pane.scene, self.pane.view, self.pane.overlay
        self.legend = self.pane.legend
        left.addWidget(self.pane, 1)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 12)
        bar.setSpacing(10)
        bar.addWidget(big_button("Start again", self.go_home))
        bar.addWidget(big_button("Both", lambda: self.frame("both")))
        bar.addWidget(big_button("Back", lambda: self.frame("posterior")))
        bar.addWidget(big_button("Front", lambda: self.frame("anterior")))
        self.deeper_button = big_button("Deeper muscles", self.toggle_deeper)
        bar.addWidget(self.deeper_button)
        bar.addWidget(big_button("−", self.view.zoom_out))
        bar.addWidget(big_button("+", self.view.zoom_in))
        left.addLayout(bar)
        row.addLayout(left, 3)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        nav.setContentsMargins(12, 12, 12, 0)
        nav.addWidget(big_button("Body areas", self.show_areas))
        nav.addWidget(big_button("A–Z", self.show_a_to_z))
        nav.addWidget(big_button("About dry needling", self.show_about))
        side.addLayout(nav)
        self.side_stack = QStackedWidget()
        self.panel = self.patient.panel
        self.browse = QScrollArea()
        self.browse.setWidgetResizable(True)
        self.side_stack.addWidget(self.panel)
        self.side_stack.addWidget(self.browse)
        side.addWidget(self.side_stack, 1)
        self.print_button: QPushButton | None = None
        if self.config.allow_printing:
            self.print_button = big_button("Print this page", self.print_handout)
            side.addWidget(self.print_button)
        note = QLabel(DISCLAIMER)
        note.setWordWrap(True)
        note.setObjectName("disclaimer")
        side.addWidget(note)
        holder = QWidget()
        holder.setObjectName("kioskSide")
        holder.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        holder.setLayout(side)
        row.addWidget(holder, 2)
        self.pane.selection.selection_changed.connect(self._show_selection)
        return screen

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
        labels = {None: "Deeper muscles", 1: "Deeper muscles", 2: "Deepest muscles",
                  3: "All muscles"}
        self.deeper_button.setText(labels[self.scene.depth])

    def show_about(self) -> None:
        self.side_stack.setCurrentWidget(self.panel)
        self.panel.show_about("index")

    def show_a_to_z(self) -> None:
        muscles = sorted(self.reference.dataset.muscles, key=lambda m: m.name)
        self._show_list("Muscles A–Z", [(m.name, m.id) for m in muscles])

    def show_areas(self) -> None:
        areas = muscles_by_area(self.reference)
        column = QWidget()
        layout = QVBoxLayout(column)
        title = QLabel("Body areas")
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
        """Print straight to the default printer (only offered when the config allows)."""
        if not self.config.allow_printing or self.selected is None:
            return
        from bodymap.ui.modes.patient.handout import render_handout
        from bodymap.ui.modes.patient.handout_dialog import HandoutDialog

        printer = HandoutDialog.make_printer()
        render_handout(self.reference, self.selected, printer, self.config.clinic_name)

    # -- kiosk machinery -----------------------------------------------------------------
    def go_home(self) -> None:
        """Forget the visitor: selection, zoom, layers, pages, dialogs; show the home screen."""
        self.countdown.hide()
        self.clear_selection()
        self.scene.set_depth(None)
        self._sync_deeper_button()
        self.frame("both")
        self.browse.takeWidget()
        self.side_stack.setCurrentWidget(self.panel)
        self.pin_pad.dismiss()
        self.stack.setCurrentWidget(self.home)
        self.idle.touch()
        if self.keeper.active:  # bring it back if anything took it off the screen
            self.keeper.restore()

    def _show_countdown(self, seconds: int) -> None:
        self.countdown.setText(f"Are you still there?\nStarting again in {seconds} s — "
                               "touch the screen to stay.")
        self.countdown.resize(min(640, self.width() - 40), 150)
        self.countdown.move((self.width() - self.countdown.width()) // 2,
                            (self.height() - self.countdown.height()) // 2)
        self.countdown.show()
        self.countdown.raise_()

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
#kioskSide { background: #ffffff; border-left: 1px solid #e2dcd5; }
#listTitle { font-size: 26px; font-weight: 600; color: #24394d; padding: 8px 0; }
#pinPad { background: rgba(20, 32, 44, 170); }
#pinCard { background: #ffffff; border-radius: 18px; }
#pinPrompt { font-size: 20px; color: #24394d; }
#pinDisplay { font-size: 30px; color: #24394d; min-height: 40px; letter-spacing: 6px; }
#countdown { background: rgba(36, 57, 77, 235); color: white; font-size: 24px;
    border-radius: 16px; padding: 16px; }
#legend QLabel { font-size: 16px; }
QScrollBar:vertical { background: #f4f1ed; width: 20px; margin: 0; border: none; }
QScrollBar::handle:vertical { background: #8a7f76; border-radius: 7px; margin: 3px;
    min-height: 60px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""
