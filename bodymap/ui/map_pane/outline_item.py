"""A path item drawn with a thin cosmetic pen, whose bounds and hit area come from the path.

QGraphicsPathItem answers boundingRect() (again after every setPen) and shape() (on every
hit test, uncached) by stroking its whole path with its pen. For a body outline or a referral
zone, hundreds of curves, that stroke was the costliest part of a click and of building the
map (profiled with perf). Our outlines use thin cosmetic pens, a few device pixels at most:
the filled path is the right hit area, and the path's bounds with a margin for the pen are
bounds enough. Not for wide pens (the pain brush), whose stroke is the shape.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

# Margin per unit of pen width, in item units. A cosmetic pen is measured in device pixels,
# so at a zoomed-out scale its half-width covers more item units than its width says; 3x
# covers scales down to a third, below the map's smallest zoom.
PEN_MARGIN = 3.0


class OutlineItem(QGraphicsPathItem):
    def __init__(self, path: QPainterPath, parent: QGraphicsItem | None = None) -> None:
        super().__init__(path, parent)
        self._bounds: QRectF | None = None

    def setPath(self, path: QPainterPath) -> None:  # noqa: N802 - Qt override
        super().setPath(path)
        self._bounds = None

    def setPen(self, pen) -> None:  # noqa: N802 - Qt override
        super().setPen(pen)
        self._bounds = None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        if self._bounds is None:
            pen = self.pen()
            pad = 0.0 if pen.style() == Qt.PenStyle.NoPen else \
                PEN_MARGIN * max(pen.widthF(), 1.0)
            self._bounds = self.path().controlPointRect().adjusted(-pad, -pad, pad, pad)
        return self._bounds

    def shape(self) -> QPainterPath:
        return self.path()

