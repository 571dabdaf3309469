"""The strip at the top of the window: the app's name and its modes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

MODES = (("explore", "Explore", "Ctrl+1"), ("pain", "Where does it hurt?", "Ctrl+2"),
         ("patient", "Patient view", "Ctrl+3"), ("study", "Study", "Ctrl+4"))


class ModeBar(QWidget):
    mode_chosen = Signal(str)
    handout_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("modeBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(4)
        name = QLabel("bodymap")
        name.setObjectName("appName")
        layout.addWidget(name)
        layout.addSpacing(18)
        self.group = QButtonGroup(self)
        for index, (mode, text, key) in enumerate(MODES):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setShortcut(QKeySequence(key))
            button.setToolTip(f"{text} ({key})")
            button.setAccessibleName(text)
            button.setProperty("mode", mode)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, m=mode: self.mode_chosen.emit(m))
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.button(0).setChecked(True)
        layout.addStretch(1)
        self.handout_button = QToolButton()
        self.handout_button.setText("Handout…")
        self.handout_button.setToolTip("Print or save a one-page handout for the patient "
                                       "about the selected muscle (Ctrl+P)")
        self.handout_button.setShortcut(QKeySequence("Ctrl+P"))
        self.handout_button.setAccessibleName("Patient handout")
        self.handout_button.setEnabled(False)
        self.handout_button.clicked.connect(self.handout_requested.emit)
        layout.addWidget(self.handout_button)

    def set_mode(self, mode: str) -> None:
        for button in self.group.buttons():
            if button.property("mode") == mode:
                button.setChecked(True)
