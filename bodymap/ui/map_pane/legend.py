"""The key under the map: how essential and spillover zones and trigger points look."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from bodymap.ui.theme import Theme

SWATCH = QSize(26, 16)


def _swatch(theme: Theme, kind: str, ratio: float) -> QPixmap:
    pixmap = QPixmap(SWATCH * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, SWATCH.width() - 2, SWATCH.height() - 2)
    if kind == "essential":
        painter.setBrush(theme.essential_brush())
        painter.setPen(theme.cosmetic_pen(theme.essential, 1.4))
        painter.drawRoundedRect(rect, 3, 3)
    elif kind == "spillover":
        painter.setBrush(theme.spillover_wash())
        painter.setPen(theme.cosmetic_pen(theme.spillover, 1.2))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(theme.spillover_brush())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 3, 3)
    else:
        centre = rect.center()
        painter.setBrush(Qt.GlobalColor.white)
        painter.setPen(theme.cosmetic_pen(theme.trp_ring, 1.6))
        painter.drawEllipse(centre, 6.5, 6.5)
        painter.setPen(theme.cosmetic_pen(theme.essential, 2.0))
        d = 3.3
        painter.drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d))
        painter.drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d))
    painter.end()
    return pixmap


class Legend(QWidget):
    ENTRIES = (("essential", "Essential zone: felt by nearly everyone with this trigger point"),
               ("spillover", "Spillover zone: felt by some"),
               ("trp", "Trigger point"))
    PATIENT_WORDS = ("Where the pain is usually felt", "Where it may also be felt",
                     "Where the knot usually is")

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 6)
        layout.setSpacing(6)
        ratio = self.devicePixelRatioF() or 1.0
        self.labels: list[QLabel] = []
        self.icons: list[tuple[QLabel, str]] = []
        for kind, text in self.ENTRIES:
            icon = QLabel(self)
            icon.setPixmap(_swatch(theme, kind, ratio))
            self.icons.append((icon, kind))
            label = QLabel(text, self)
            label.setObjectName("legendText")
            self.labels.append(label)
            layout.addWidget(icon)
            layout.addWidget(label)
            layout.addSpacing(14)
        layout.addStretch(1)
        self.setAccessibleName("Legend: essential zones solid, spillover zones hatched, "
                               "trigger points shown as ringed crosses")

    def set_patient_words(self, patient: bool) -> None:
        """Plain words for the patient view; the clinician's terms otherwise."""
        words = self.PATIENT_WORDS if patient else tuple(text for _, text in self.ENTRIES)
        for label, text in zip(self.labels, words, strict=True):
            label.setText(text)

    def apply_theme(self, theme: Theme) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        for icon, kind in self.icons:
            icon.setPixmap(_swatch(theme, kind, ratio))
