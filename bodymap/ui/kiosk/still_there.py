"""The "Are you still there?" countdown: a dimmed screen with an opaque card, so the words
read cleanly whatever is behind them, and any touch keeps the visitor's place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

CARD_WIDTH = 640


class StillThereOverlay(QWidget):
    """Covers its parent; the card in the middle is fully opaque. Mouse and touch pass
    through to the kiosk's idle watch (which cancels the countdown on any input)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._cover = parent
        self.setObjectName("stillThere")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QLabel(self)
        self.card.setObjectName("stillThereCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.card.setText(f"Are you still there?\nStarting again in {seconds} s — touch the "
                          "screen to stay.")
        parent = self._cover
        self.setGeometry(0, 0, parent.width(), parent.height())
        self.card.setFixedWidth(min(CARD_WIDTH, parent.width() - 40))
        self.show()
        self.raise_()

    def text(self) -> str:
        return self.card.text()


STILL_THERE_STYLE = """
#stillThere { background: rgba(20, 32, 44, 150); }
#stillThereCard { background: #24394d; color: white; font-size: 26px; border-radius: 16px;
    padding: 28px 24px; }
"""
