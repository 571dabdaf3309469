"""'Patient's left' and 'Patient's right' pinned to the view: over each figure in sight, kept
inside the view whatever the zoom or pan, so the sides are never scrolled away (the patient
view frames the map close on a pattern)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtWidgets import QGraphicsView, QLabel

EDGE = 8  # pixels between a label and the view's edge
# Each figure in sight: its body in scene coordinates, and the side names on the viewer's
# left and right of it.
FigureSides = Callable[[], list[tuple[QRectF, tuple[str, str]]]]


class PinnedSideLabels(QObject):
    """Labels on the view's viewport, moved whenever the view scrolls, zooms or resizes."""

    def __init__(self, view: QGraphicsView, figures: FigureSides) -> None:
        super().__init__(view)
        self.view = view
        self.figures = figures
        self.labels: list[QLabel] = []
        self.active = False
        view.horizontalScrollBar().valueChanged.connect(self.place)
        view.verticalScrollBar().valueChanged.connect(self.place)
        view.viewport().installEventFilter(self)
        scene = view.scene()
        if scene is not None:  # the figures go with the scene; the view may outlive it
            scene.destroyed.connect(self._scene_gone)

    def _scene_gone(self) -> None:
        self.active = False

    def set_active(self, active: bool) -> None:
        self.active = active
        self.place()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        """Put each figure's two labels over its visible part, at its top or the view's."""
        wanted: list[tuple[str, QRect, str]] = []
        viewport = self.view.viewport().rect()
        if self.active:
            for scene_rect, (left, right) in self.figures():
                shown = self.view.mapFromScene(scene_rect).boundingRect().intersected(viewport)
                if shown.isEmpty():
                    continue
                wanted.append((left, shown, "left"))
                wanted.append((right, shown, "right"))
        while len(self.labels) < len(wanted):
            label = QLabel(self.view.viewport())
            label.setObjectName("pinnedSideLabel")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.labels.append(label)
        for label in self.labels[len(wanted):]:
            label.hide()
        placed: list[QRect] = []
        for label, (text, shown, edge) in zip(self.labels, wanted, strict=False):
            label.setText(text)
            label.adjustSize()
            width, height = label.width(), label.height()
            x = shown.left() + EDGE if edge == "left" else shown.right() - EDGE - width
            x = max(EDGE, min(viewport.width() - EDGE - width, x))
            y = max(EDGE, min(viewport.height() - EDGE - height, shown.top() + EDGE))
            box = QRect(x, y, width, height)
            # A figure only partly in sight: its labels would crowd another's; leave them.
            if any(box.intersects(other) for other in placed) or shown.width() < 2 * width:
                label.hide()
                continue
            placed.append(box)
            label.move(x, y)
            label.show()
            label.raise_()
