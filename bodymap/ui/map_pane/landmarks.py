"""The landmarks layer: bony landmarks as dots with labels, for learning palpation."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from bodymap.atlas.model import AtlasView
from bodymap.domain.landmarks import SHORT, base_label, landmark_label
from bodymap.ui.map_pane.label_placement import LabelRequest, place_labels
from bodymap.ui.plain_text import plain_tooltip
from bodymap.ui.theme import Theme

Z_LANDMARK = 50
DOT_RADIUS = 4.5  # pixels on screen


class LandmarkLayer:
    """Dots and labels of one figure's landmarks, hidden until the layer is switched on.
    Both keep their size on screen whatever the zoom."""

    def __init__(self, view: AtlasView, theme: Theme, parent: QGraphicsItem,
                 labels: Mapping[str, str] | None = None) -> None:
        self.dots: list[QGraphicsPathItem] = []
        self.labels: dict[str, str] = {}
        self.plates: list[QGraphicsRectItem] = []  # one per dot, in the same order
        self.leaders: list[QGraphicsLineItem] = []
        self.prefers_right: list[bool] = []
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
            text = landmark_label(name, labels, QCoreApplication.translate)
            dot.setToolTip(plain_tooltip(text))
            dot.setData(0, name)
            self.labels[name] = text
            # Labels point away from the midline; midline ones read to the right, short.
            to_right = x >= centre_x - 1
            base, _, side = name.partition(".")
            short = SHORT.get(base) or base_label(base, labels)
            self.plates.append(self._label(short, font, theme, dot, to_right))
            leader = QGraphicsLineItem(dot)
            leader.setPen(theme.cosmetic_pen(theme.landmark, 1.0))
            leader.setZValue(-1)
            leader.hide()
            self.leaders.append(leader)
            self.prefers_right.append(to_right)
            self.dots.append(dot)
        self.set_visible(False)

    @staticmethod
    def _label(text: str, font: QFont, theme: Theme, dot: QGraphicsItem,
               to_right: bool) -> QGraphicsRectItem:
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
        plate.setData(1, "landmark-label")
        label.setParentItem(plate)
        label.setPos(4, 1)
        return plate

    def apply_theme(self, theme: Theme) -> None:
        for dot in self.dots:
            dot.setBrush(QBrush(QColor(theme.landmark)))
        for plate in self.plates:
            for label in plate.childItems():
                assert isinstance(label, QGraphicsSimpleTextItem)
                label.setBrush(QBrush(QColor(theme.landmark)))
        for leader in self.leaders:
            leader.setPen(theme.cosmetic_pen(theme.landmark, 1.0))

    def set_visible(self, visible: bool) -> None:
        """Show or hide the dots; each label is a child of its dot and follows it."""
        for dot in self.dots:
            dot.setVisible(visible)


def arrange_labels(layers: list[tuple[LandmarkLayer, tuple[float, float]]],
                   scale: float) -> list[str]:
    """Place the labels of these layers (all shown together; each with the left and right
    scene edges of its figure, which its labels stay between) so that none overlaps another
    or covers a dot at this view scale (screen pixels per scene unit; labels keep their
    size on screen). A label moved up or down from its dot gets a thin leader line; one
    with no free spot is hidden (its dot's tooltip still names it). Returns the landmarks
    whose labels were hidden so."""
    requests, owners = [], []
    for layer, (left, right) in layers:
        for index, dot in enumerate(layer.dots):
            centre = dot.scenePos() * scale
            box = layer.plates[index].rect()
            requests.append(LabelRequest(centre.x(), centre.y(), box.width(), box.height(),
                                         layer.prefers_right[index], left * scale,
                                         right * scale))
            owners.append((layer, index))
    offsets, crowded = place_labels(requests, DOT_RADIUS)
    hidden = set(crowded)
    for number, ((layer, index), (dx, dy), request) in enumerate(
            zip(owners, offsets, requests, strict=True)):
        plate = layer.plates[index]
        plate.setPos(dx, dy)
        plate.setVisible(number not in hidden)  # crowded out: the dot's tooltip names it
        leader = layer.leaders[index]
        shifted = abs(dy + request.height / 2) > 0.5 and number not in hidden
        if shifted:
            end_x = dx if dx > 0 else dx + request.width
            leader.setLine(QLineF(QPointF(0, 0), QPointF(end_x, dy + request.height / 2)))
        leader.setVisible(shifted)
    return [str(owners[i][0].dots[owners[i][1]].data(0)) for i in crowded]


__all__ = ["LandmarkLayer", "arrange_labels"]
