"""The landmarks layer: bony landmarks as dots with labels, for learning palpation."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from bodymap.atlas.model import AtlasView
from bodymap.domain.landmarks import LABELS, SHORT, landmark_label
from bodymap.ui.plain_text import plain_tooltip
from bodymap.ui.theme import Theme

Z_LANDMARK = 50
DOT_RADIUS = 4.5  # pixels on screen


class LandmarkLayer:
    """Dots and labels of one figure's landmarks, hidden until the layer is switched on.
    Both keep their size on screen whatever the zoom."""

    def __init__(self, view: AtlasView, theme: Theme, parent: QGraphicsItem) -> None:
        self.dots: list[QGraphicsPathItem] = []
        self.labels: dict[str, str] = {}
        centre_x = view.viewbox[0] + view.viewbox[2] / 2
        font = QFont()
        font.setPointSizeF(8.5)
        for name, (x, y) in view.landmarks.items():
            dot = QGraphicsPathItem(parent)
            path = QPainterPath()
            path.addEllipse(QPointF(0, 0), DOT_RADIUS, DOT_RADIUS)
            dot.setPath(path)
            dot.setPos(x, y)
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            dot.setBrush(QBrush(QColor(theme.landmark)))
            dot.setPen(theme.cosmetic_pen("#ffffff", 1.2))
            dot.setZValue(Z_LANDMARK)
            dot.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            text = landmark_label(name)
            dot.setToolTip(plain_tooltip(text))
            dot.setData(0, name)
            self.labels[name] = text
            # Labels point away from the midline; midline ones read to the right, short.
            to_right = x >= centre_x - 1
            base, _, side = name.partition(".")
            short = SHORT.get(base) or LABELS.get(base, base.replace("_", " ").capitalize())
            self._label(short, font, theme, dot, to_right)
            self.dots.append(dot)
        self.set_visible(False)

    @staticmethod
    def _label(text: str, font: QFont, theme: Theme, dot: QGraphicsItem,
               to_right: bool) -> None:
        label = QGraphicsSimpleTextItem(text)
        label.setFont(font)
        label.setBrush(QBrush(QColor(theme.landmark)))
        box = label.boundingRect().adjusted(-4, -1, 4, 1)
        x = DOT_RADIUS + 5 if to_right else -DOT_RADIUS - 5 - box.width()
        plate = QGraphicsRectItem(QRectF(0, 0, box.width(), box.height()), dot)
        plate.setPos(x, -box.height() / 2)
        fill = QColor("#ffffff")
        fill.setAlphaF(0.82)
        plate.setBrush(QBrush(fill))
        plate.setPen(Qt.PenStyle.NoPen)
        label.setParentItem(plate)
        label.setPos(4, 1)

    def apply_theme(self, theme: Theme) -> None:
        for dot in self.dots:
            dot.setBrush(QBrush(QColor(theme.landmark)))
            for plate in dot.childItems():
                for label in plate.childItems():
                    assert isinstance(label, QGraphicsSimpleTextItem)
                    label.setBrush(QBrush(QColor(theme.landmark)))

    def set_visible(self, visible: bool) -> None:
        """Show or hide the dots; each label is a child of its dot and follows it."""
        for dot in self.dots:
            dot.setVisible(visible)


__all__ = ["LandmarkLayer"]
