"""Framing a part of the map so it fills the view: the part (a selected pattern) whole, with
a margin, and the rest of the view given to more of the figure around it rather than to
empty bands of background."""

from __future__ import annotations

from PySide6.QtCore import QRectF


def fill_frame(part: QRectF, bounds: QRectF, aspect: float, margin: float = 0.12) -> QRectF:
    """The scene rectangle to fit a view of `aspect` (width / height) to: `part` with a
    margin, grown in its short direction to the view's shape, kept inside `bounds` (the
    figures) as far as the part allows. Where the figures end, the rest is background."""
    if part.isEmpty() or aspect <= 0:
        return QRectF(bounds)
    pad = max(part.width(), part.height()) * margin + 20
    rect = part.adjusted(-pad, -pad, pad, pad).intersected(bounds)
    if rect.isEmpty():  # a part off the figures: frame it as it is
        rect = part.adjusted(-pad, -pad, pad, pad)
    if rect.width() / rect.height() < aspect:
        rect = _grow(rect, rect.height() * aspect, rect.height(), bounds)
    else:
        rect = _grow(rect, rect.width(), rect.width() / aspect, bounds)
    return rect


def _grow(rect: QRectF, width: float, height: float, bounds: QRectF) -> QRectF:
    """`rect` grown about its centre to width x height, then slid back inside `bounds` on
    each axis where it fits (and centred on `bounds` where it does not)."""
    centre = rect.center()
    grown = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
    dx = _slide(grown.left(), grown.right(), bounds.left(), bounds.right())
    dy = _slide(grown.top(), grown.bottom(), bounds.top(), bounds.bottom())
    return grown.translated(dx, dy)


def _slide(low: float, high: float, floor: float, ceiling: float) -> float:
    if high - low >= ceiling - floor:
        return (floor + ceiling) / 2 - (low + high) / 2
    if low < floor:
        return floor - low
    if high > ceiling:
        return ceiling - high
    return 0.0
