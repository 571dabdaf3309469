"""The figure on the kiosk's home screen: the body the visitor is about to explore, drawn
from the kiosk's own map scene, fitted to its space; a touch on it starts like the button."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView


class HomeFigure(QGraphicsView):
    """A still picture of the scene's overview figures: no scroll bars, no panning, no
    picking. `touched` fires on any press."""

    touched = Signal()

    def __init__(self, scene: QGraphicsScene, framing: QRectF, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("homeFigure")
        self.framing = framing
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("The body, front and back: touch to start")
        self.setMinimumSize(160, 240)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.accept()
        self.touched.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fitInView(self.framing, Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.fitInView(self.framing, Qt.AspectRatioMode.KeepAspectRatio)
