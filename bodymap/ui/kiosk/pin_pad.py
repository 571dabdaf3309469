"""The admin PIN pad: touch keys over the kiosk itself, rate-limited by a PinGate.

It is an overlay inside the kiosk window, not a dialog of its own: a dialog is a second
top-level window that the window manager decorates, and its title bar's minimise button
hid the whole kiosk (issue 19). An overlay has no frame, no title bar and nothing for the
window manager to act on; it dims the kiosk and holds the keypad in the middle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bodymap.domain.kiosk_pin import PinGate

KEY_SIZE = 72
MAX_DIGITS = 12
DIGITS = "0123456789"
PROMPT = "Staff only: enter the PIN to leave the kiosk."


class PinPad(QWidget):
    """Asks for the admin PIN over its parent, which it covers; emits `unlocked` when the
    PIN is right. Hidden until `open()`."""

    unlocked = Signal()

    def __init__(self, gate: PinGate, parent: QWidget) -> None:
        super().__init__(parent)
        self.cover = parent  # the window the keypad covers
        self.setObjectName("pinPad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.gate = gate
        self.entered = ""
        card = QFrame(self)
        card.setObjectName("pinCard")
        card.setFixedWidth(3 * KEY_SIZE + 2 * 12 + 2 * 28)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        self.prompt = QLabel(PROMPT)
        self.prompt.setObjectName("pinPrompt")
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = QLabel("")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setObjectName("pinDisplay")
        layout.addWidget(self.prompt)
        layout.addWidget(self.display)
        grid = QGridLayout()
        grid.setSpacing(12)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"]
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = self._button(key, lambda _=False, k=key: self.press(k))
            button.setMinimumSize(KEY_SIZE, KEY_SIZE)
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        layout.addLayout(grid)
        layout.addWidget(self._button("Cancel", self.dismiss))
        centre = QVBoxLayout(self)
        centre.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        parent.installEventFilter(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # staff with a keyboard may type
        self.hide()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(56)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def open(self) -> None:
        """Cover the parent with the keypad, empty and ready."""
        self.entered = ""
        self.display.setText("")
        wait = self.gate.seconds_to_wait()
        self.prompt.setText(self._wait_text(wait) if wait > 0 else PROMPT)
        self.setGeometry(self.cover.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def dismiss(self) -> None:
        """Hide the keypad, forgetting any digits entered."""
        self.entered = ""
        self.display.setText("")
        self.hide()

    def press(self, key: str) -> None:
        if key == "Clear":
            self.entered = ""
        elif key == "OK":
            self._submit()
            return
        elif key in DIGITS and len(self.entered) < MAX_DIGITS:
            self.entered += key
        self.display.setText("●" * len(self.entered))

    def _submit(self) -> None:
        wait = self.gate.seconds_to_wait()
        pin, self.entered = self.entered, ""
        self.display.setText("")
        if wait > 0:
            self.prompt.setText(self._wait_text(wait))
            return
        if self.gate.try_pin(pin):
            self.hide()
            self.unlocked.emit()
            return
        wait = self.gate.seconds_to_wait()
        self.prompt.setText("That PIN is not right." + (
            " " + self._wait_text(wait) if wait > 0 else ""))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Digits 0-9, Backspace and Enter from a keyboard do what the keys do; anything
        else (other scripts' digits included) is ignored, as the keypad cannot type it."""
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.press(chr(key))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("OK")
        elif key == Qt.Key.Key_Backspace:
            self.entered = self.entered[:-1]
            self.display.setText("●" * len(self.entered))
        event.accept()

    @staticmethod
    def _wait_text(wait: float) -> str:
        return f"Too many wrong PINs. Try again in {int(wait) + 1} s."

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.cover and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.cover.rect())
        return False
