"""The exported picture of a pain drawing, made to be filed: a title, the date, an optional
patient reference, the two figures with only their outline and the pain drawn on them (no
muscles, zones, markers or focus ring), a legend, and the ranking in plain words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from bodymap.domain.candidate_words import plain_reason
from bodymap.domain.lookup import Candidate
from bodymap.ui.map_pane.figure import Z_CONTOUR
from bodymap.ui.map_pane.paths import to_painter_path
from bodymap.ui.map_pane.scene import MapScene
from bodymap.ui.modes.pain.canvas import Stroke

TITLE = "Pain drawing"
WIDTH = 1400  # pixels: sharp on paper at A4 width, small enough to attach to a record
MARGIN = 48
RANKED = 5  # candidates listed on the picture
FIGURES_SHARE = 0.62  # of the picture's width; the legend stands beside them
PAIN_ALPHA = 0.55  # as on screen
NOTE = "A ranking is a prompt for examination, not a diagnosis: referral patterns vary " \
       "between people."


@dataclass(frozen=True)
class RecordDetails:
    """What heads the picture: when it was drawn, and an optional patient reference (an id
    from the clinic's own records; bodymap stores nothing about the patient itself)."""

    taken: datetime
    patient_reference: str = ""


def default_file_name(taken: datetime) -> str:
    """pain-drawing-2026-12-04.png: sorts by date in a folder of records."""
    return f"pain-drawing-{taken:%Y-%m-%d}.png"


def recorded_views(scene: MapScene, strokes: Sequence[Stroke]) -> list[str]:
    """The figures a record shows: the whole-body ones, and a close-up (the soles) only
    when pain is drawn on it."""
    drawn_on = {stroke.view for stroke in strokes}
    return [name for name in scene.figures if name in scene.overview or name in drawn_on]


def figure_frame(scene: MapScene, details: RecordDetails,
                 strokes: Sequence[Stroke] = ()) -> tuple[QRectF, QRectF]:
    """Where the figures go: the scene rectangle drawn, and its place on the picture."""
    source = scene.figure_rect("both")
    for name in recorded_views(scene, strokes):
        source = source.united(scene.figures[name].scene_rect())
    source = source.adjusted(-20, -10, 20, 10)
    top = MARGIN + 62 + (30 if details.patient_reference else 0) + 22  # below the header
    scale = (WIDTH - 2 * MARGIN) * FIGURES_SHARE / source.width()
    return source, QRectF(MARGIN, top, source.width() * scale, source.height() * scale)


def render_record(scene: MapScene, strokes: Sequence[Stroke],
                  candidates: Sequence[tuple[str, Candidate]], details: RecordDetails,
                  pain_colour: str) -> QImage:
    """The record as an image. `candidates`: (display name, candidate), best first."""
    source, target = figure_frame(scene, details, strokes)
    fonts = _fonts()
    ranking = 44 + RANKED * 58 + 70
    image = QImage(WIDTH, int(target.bottom() + 24 + ranking),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    text, muted = QColor(scene.theme.text), QColor(scene.theme.muted_text)
    _header(painter, fonts, details, text, muted)
    shown = {name: figure.root.isVisible() for name, figure in scene.figures.items()}
    recorded = recorded_views(scene, strokes)
    for name, figure in scene.figures.items():  # whatever the map is framing right now
        figure.root.setVisible(name in recorded)
    try:
        with _outlines_only(scene):
            scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for name, visible in shown.items():
            scene.figures[name].root.setVisible(visible)
    _pain(painter, scene, strokes, source, target, pain_colour)
    _legend(painter, fonts, QPointF(target.right() + 24, target.top() + 10), pain_colour,
            text, muted)
    _ranking(painter, fonts, QRectF(MARGIN, target.bottom() + 24, WIDTH - 2 * MARGIN,
                                    ranking), candidates, text, muted)
    painter.end()
    return image


def _fonts() -> dict[str, QFont]:
    def font(points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        made = QFont()
        made.setPixelSize(round(points))
        made.setWeight(weight)
        return made

    return {"title": font(34, QFont.Weight.Bold), "body": font(19),
            "bold": font(19, QFont.Weight.DemiBold), "small": font(15)}


def _header(painter: QPainter, fonts: dict[str, QFont], details: RecordDetails,
            text: QColor, muted: QColor) -> None:
    painter.setPen(text)
    painter.setFont(fonts["title"])
    painter.drawText(QPointF(MARGIN, MARGIN + 30), TITLE)
    painter.setFont(fonts["body"])
    painter.setPen(muted)
    taken = details.taken
    painter.drawText(QPointF(MARGIN, MARGIN + 62),
                     f"Drawn {taken.day} {taken:%B %Y, %H:%M}")
    if details.patient_reference:
        painter.setPen(text)
        painter.drawText(QPointF(MARGIN, MARGIN + 92),
                         f"Patient reference: {details.patient_reference}")


class _outlines_only:  # noqa: N801 - a context manager used like a function
    """Hide everything but the figures' skin, bones, contours and their titles and side
    labels while the scene is rendered (muscles, zones, markers, landmarks, focus ring, the
    on-screen pain pixmap); put it all back afterwards."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.hidden: list[QGraphicsItem] = []

    def __enter__(self) -> None:
        roots = {figure.root for figure in self.scene.figures.values()}
        for item in self.scene.items():
            parent = item.parentItem()
            keep = item in roots or (parent in roots and (
                item.zValue() <= Z_CONTOUR or isinstance(item, QGraphicsSimpleTextItem)))
            if not keep and item.isVisible() and (parent is None or parent in roots):
                item.setVisible(False)
                self.hidden.append(item)

    def __exit__(self, *_exc) -> None:
        for item in self.hidden:
            item.setVisible(True)


def _pain(painter: QPainter, scene: MapScene, strokes: Sequence[Stroke], source: QRectF,
          target: QRectF, colour: str) -> None:
    layer = pain_layer(scene, strokes, source, target.size(), colour)
    painter.save()
    painter.setOpacity(PAIN_ALPHA)
    painter.drawImage(target.topLeft(), layer)
    painter.restore()


def pain_layer(scene: MapScene, strokes: Sequence[Stroke], source: QRectF, size: QSizeF,
               colour: str) -> QImage:
    """The strokes replayed as antialiased vectors at the picture's own resolution, so the
    brush has smooth edges (the on-screen mask is a coarse binary raster, kept for
    measuring). `source` (scene) is drawn onto an image of `size`."""
    target = QRectF(QPointF(0, 0), size)
    layer = QImage(int(target.width()) + 1, int(target.height()) + 1,
                   QImage.Format.Format_ARGB32_Premultiplied)
    layer.fill(Qt.GlobalColor.transparent)
    scale = target.width() / source.width()
    solid = QColor(colour)
    pen_painter = QPainter(layer)
    pen_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for stroke in strokes:
        figure = scene.figures.get(stroke.view)
        if figure is None:
            continue
        pen_painter.save()
        pen_painter.scale(scale, scale)
        pen_painter.translate(-source.left(), -source.top())
        pen_painter.setTransform(figure.root.sceneTransform(), True)
        adds = stroke.kind in ("paint", "fill")
        pen_painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver
                                       if adds else
                                       QPainter.CompositionMode.CompositionMode_Clear)
        if stroke.region is not None:
            pen_painter.setPen(Qt.PenStyle.NoPen)
            pen_painter.setBrush(QBrush(solid))
            pen_painter.drawPath(to_painter_path(figure.view.regions[stroke.region]))
        else:
            pen = QPen(solid, max(1.0, 2 * stroke.radius))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen_painter.setPen(pen)
            points = [QPointF(x, y) for x, y in stroke.points]
            if len(points) == 1:
                pen_painter.drawPoint(points[0])
            for a, b in zip(points, points[1:], strict=False):
                pen_painter.drawLine(QLineF(a, b))
        pen_painter.restore()
    pen_painter.end()
    return layer


def _legend(painter: QPainter, fonts: dict[str, QFont], at: QPointF, colour: str,
            text: QColor, muted: QColor) -> None:
    painter.save()
    swatch = QColor(colour)
    swatch.setAlphaF(PAIN_ALPHA)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(swatch)
    painter.drawRoundedRect(QRectF(at.x(), at.y(), 34, 22), 4, 4)
    painter.setPen(text)
    painter.setFont(fonts["body"])
    painter.drawText(QPointF(at.x() + 46, at.y() + 17), "Where the pain was drawn")
    painter.setPen(muted)
    painter.setFont(fonts["small"])
    painter.drawText(QRectF(at.x(), at.y() + 40, WIDTH - MARGIN - at.x(), 120),
                     Qt.TextFlag.TextWordWrap,
                     "Back and front views. Left and right are the patient's, as "
                     "labelled over each figure.")
    painter.restore()


def _ranking(painter: QPainter, fonts: dict[str, QFont], box: QRectF,
             candidates: Sequence[tuple[str, Candidate]], text: QColor, muted: QColor) -> None:
    painter.save()
    painter.setPen(text)
    painter.setFont(fonts["bold"])
    painter.drawText(QPointF(box.left(), box.top() + 20), "Muscles that may refer pain there")
    y = box.top() + 44
    if not candidates:
        painter.setFont(fonts["body"])
        painter.drawText(QPointF(box.left(), y + 20), "No muscle's pattern matches the drawing.")
        y += 58
    for rank, (name, candidate) in enumerate(candidates[:RANKED], start=1):
        painter.setPen(text)
        painter.setFont(fonts["bold"])
        painter.drawText(QPointF(box.left(), y + 18),
                         f"{rank}. {name} (score {candidate.score:.2f})")
        painter.setPen(muted)
        painter.setFont(fonts["small"])
        painter.drawText(QRectF(box.left() + 26, y + 24, box.width() - 26, 34),
                         Qt.TextFlag.TextWordWrap, plain_reason(candidate, QCoreApplication.translate))
        y += 58
    painter.setPen(muted)
    painter.setFont(fonts["small"])
    painter.drawText(QRectF(box.left(), y + 8, box.width(), 50), Qt.TextFlag.TextWordWrap,
                     f"{NOTE} Made with bodymap.")
    painter.restore()
