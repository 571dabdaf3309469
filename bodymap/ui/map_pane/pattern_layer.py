"""Drawing sets of regions on the figures in a given style: study questions and answers,
and the side-by-side comparison of two muscles' patterns."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from bodymap.domain.model import RegionKey
from bodymap.ui.map_pane.outline_item import OutlineItem
from bodymap.ui.map_pane.paths import to_painter_path
from bodymap.ui.map_pane.scene import MapScene
from bodymap.ui.plain_text import plain_tooltip

Z_PATTERN = 42


@dataclass(frozen=True)
class Style:
    colour: str
    hatch: Qt.BrushStyle = Qt.BrushStyle.SolidPattern
    alpha: float = 0.55
    outline: Qt.PenStyle = Qt.PenStyle.SolidLine


class PatternLayer:
    """Items added by `draw` stay until `clear`."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.paths: dict[tuple[str, str], QPainterPath] = {}  # (view, label) → drawn area

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.items.clear()
        self.paths.clear()

    def draw(self, keys: Iterable[RegionKey], style: Style, label: str) -> None:
        keys = set(keys)
        for name, figure in self.scene.figures.items():
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for key in sorted(keys):
                outline = figure.view.regions.get(key)
                if outline is not None:
                    path.addPath(to_painter_path(outline))
            if path.isEmpty():
                continue
            path = path.simplified()
            self.paths[(name, label)] = path
            item = OutlineItem(path, figure.root)
            colour = QColor(style.colour)
            colour.setAlphaF(style.alpha if style.hatch == Qt.BrushStyle.SolidPattern else 0.95)
            item.setBrush(QBrush(colour, style.hatch))
            pen = self.scene.theme.cosmetic_pen(style.colour, 1.8)
            pen.setStyle(style.outline)
            item.setPen(pen)
            item.setZValue(Z_PATTERN)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.items.append(item)

    def mark(self, view: str, point: tuple[float, float], colour: str, label: str) -> None:
        """A ringed dot at a point (a landmark, a tap, a trigger point), fixed size on screen."""
        figure = self.scene.figures[view]
        ring = QPainterPath()
        ring.addEllipse(QPointF(0, 0), 8, 8)
        item = QGraphicsPathItem(ring, figure.root)
        item.setPos(QPointF(*point))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        fill = QColor(colour)
        fill.setAlphaF(0.85)
        item.setBrush(QBrush(fill))
        item.setPen(self.scene.theme.cosmetic_pen("#ffffff", 2.0))
        item.setZValue(Z_PATTERN + 20)
        item.setToolTip(plain_tooltip(label))
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.items.append(item)
