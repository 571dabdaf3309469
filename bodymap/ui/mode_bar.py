"""The strip at the top of the window: the app's name and its modes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from bodymap.domain.text_marks import QT_TRANSLATE_NOOP
from bodymap.ui.choice_buttons import add_choice_buttons

MODES = (("explore", QT_TRANSLATE_NOOP("ModeBar", "Explore"), "Ctrl+1"),
         ("pain", QT_TRANSLATE_NOOP("ModeBar", "Where does it hurt?"), "Ctrl+2"),
         ("patient", QT_TRANSLATE_NOOP("ModeBar", "Patient view"), "Ctrl+3"),
         ("study", QT_TRANSLATE_NOOP("ModeBar", "Study"), "Ctrl+4"))


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
                                        [(mode, QCoreApplication.translate("ModeBar", text), key, None)
                                         for mode, text, key in MODES],
                                        self.mode_chosen.emit, "mode")
        layout.addStretch(1)
        self.handout_button = QToolButton()
        self.handout_button.setText(self.tr("Handout…"))
        self.handout_button.setToolTip(self.tr("Print or save a two-page handout for the "
                                               "patient about the selected muscle (Ctrl+P)"))
        self.handout_button.setShortcut(QKeySequence("Ctrl+P"))
        self.handout_button.setAccessibleName(self.tr("Patient handout"))
        self.handout_button.setEnabled(False)
        self.handout_button.clicked.connect(self.handout_requested.emit)
        layout.addWidget(self.handout_button)

    def set_mode(self, mode: str) -> None:
        for button in self.group.buttons():
            if button.property("mode") == mode:
                button.setChecked(True)
