"""The admin PIN pad: touch keys, no keyboard needed, rate-limited by a PinGate."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout

from bodymap.domain.kiosk_config import PinGate

KEY_SIZE = 72


class PinPad(QDialog):
    """Asks for the admin PIN; emits `unlocked` when it is right."""

    unlocked = Signal()

    def __init__(self, gate: PinGate, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setWindowTitle("Staff only")
        self.setModal(True)
        self.gate = gate
        self.entered = ""
        layout = QVBoxLayout(self)
        self.prompt = QLabel("Staff only: enter the PIN to leave the kiosk.")
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = QLabel("")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setObjectName("pinDisplay")
        layout.addWidget(self.prompt)
        layout.addWidget(self.display)
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"]
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setMinimumSize(KEY_SIZE, KEY_SIZE)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        layout.addLayout(grid)
        cancel = QPushButton("Cancel")
        cancel.setMinimumHeight(56)
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)

    def press(self, key: str) -> None:
        if key == "Clear":
            self.entered = ""
        elif key == "OK":
            self._submit()
            return
        elif len(self.entered) < 12:
            self.entered += key
        self.display.setText("●" * len(self.entered))

    def _submit(self) -> None:
        wait = self.gate.seconds_to_wait()
        pin, self.entered = self.entered, ""
        self.display.setText("")
        if wait > 0:
            self.prompt.setText(f"Too many wrong PINs. Try again in {int(wait) + 1} s.")
            return
        if self.gate.try_pin(pin):
            self.unlocked.emit()
            self.accept()
            return
        wait = self.gate.seconds_to_wait()
        self.prompt.setText("That PIN is not right." + (
            f" Try again in {int(wait) + 1} s." if wait > 0 else ""))
