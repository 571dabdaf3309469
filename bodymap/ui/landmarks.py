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
from bodymap.ui.theme import Theme

Z_LANDMARK = 50
DOT_RADIUS = 4.5  # pixels on screen
# Midline labels are short (they sit between two columns of bilateral labels); the
# bilateral ones say which vertebral level they mark, which is what palpation teaches.
SHORT = {"external_occipital_protuberance": "EOP", "c7": "C7", "t3": "T3", "t7": "T7",
         "t12": "T12", "l4": "L4", "s2": "S2"}
LABELS = {
    "external_occipital_protuberance": "External occipital protuberance",
    "c7": "C7 spinous process (base of the neck)",
    "t3": "T3 spinous process, level with the root of the scapular spine",
    "t7": "T7 spinous process, level with the inferior angle of the scapula",
    "t12": "T12 spinous process",
    "l4": "L4 spinous process, level with the tops of the iliac crests",
    "s2": "S2, level with the PSIS",
    "mastoid": "Mastoid process",
    "acromion": "Acromion",
    "scapula_superior_angle": "Superior angle (T2)",
    "scapular_spine_root": "Root of the scapular spine (T3)",
    "scapula_inferior_angle": "Inferior angle (T7)",
    "rib12_tip": "Tip of the 12th rib",
    "iliac_crest_top": "Iliac crest top (L4)",
    "psis": "PSIS (S2)",
    "asis": "ASIS",
    "greater_trochanter": "Greater trochanter",
    "ischial_tuberosity": "Ischial tuberosity",
    "olecranon": "Olecranon",
    "jugular_notch": "Jugular notch",
    "xiphoid": "Xiphoid process",
    "umbilicus": "Umbilicus",
    "pubic_symphysis": "Pubic symphysis",
    "coracoid": "Coracoid process",
    "clavicle_mid": "Mid-clavicle",
}


def landmark_label(name: str) -> str:
    """'acromion.left' → 'Acromion (left)'; 'c7' → 'C7 spinous process'."""
    base, _, side = name.partition(".")
    text = LABELS.get(base, base.replace("_", " ").capitalize())
    return f"{text} ({side})" if side else text


class LandmarkLayer:
    """Dots and labels of one figure's landmarks, hidden until the layer is switched on.
    Both keep their size on screen whatever the zoom."""

    def __init__(self, view: AtlasView, theme: Theme, parent: QGraphicsItem) -> None:
        self.dots: list[QGraphicsItem] = []
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
            dot.setToolTip(text)
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
                    label.setBrush(QBrush(QColor(theme.landmark)))

    def set_visible(self, visible: bool) -> None:
        """Show or hide the dots; each label is a child of its dot and follows it."""
        for dot in self.dots:
            dot.setVisible(visible)
