"""The strip at the top of the window: the app's name and its modes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from bodymap.ui.choice_buttons import add_choice_buttons

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
        self.group = add_choice_buttons(self, layout,
                                        [(mode, text, key, None) for mode, text, key in MODES],
                                        self.mode_chosen.emit, "mode")
        layout.addStretch(1)
        self.handout_button = QToolButton()
        self.handout_button.setText("Handout…")
        self.handout_button.setToolTip("Print or save a two-page handout for the patient "
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
