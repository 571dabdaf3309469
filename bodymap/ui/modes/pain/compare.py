"""Two exported pain drawings side by side (visit 1 and visit 3, say), with the change in
extent between them. Each drawing is shown by region, shaded by the share of the region
drawn, so drawings made on another version of the atlas still line up."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QLabel,
    QWidget,
)

from bodymap.atlas.reference import Reference
from bodymap.domain.drawing_record import Comparison, DrawingRecord, compare
from bodymap.domain.model import RegionKey
from bodymap.ui.map_pane.paths import to_painter_path
from bodymap.ui.modes.pain.session import PAIN_COLOUR
from bodymap.ui.theme import Theme

GAP = 40.0  # document units between the figures


def drawing_scene(reference: Reference, record: DrawingRecord, theme: Theme) -> QGraphicsScene:
    """The measured figures (back, front, soles; decision 42) with each drawn region shaded
    by how much of it was drawn."""
    scene = QGraphicsScene()
    fractions = record.fractions()
    atlas = reference.atlas
    x = 0.0
    outline = QPen(QColor(theme.skin_outline), 0)
    for name in atlas.measured():
        view = atlas.view(name)
        left, top, width, _ = view.viewbox
        dx, dy = x - left, -top
        for part in view.silhouette:
            item = scene.addPath(to_painter_path(part), outline, QBrush(QColor(theme.skin)))
            item.setPos(dx, dy)
        for key, region in view.regions.items():
            fraction = fractions.get(key, 0.0)
            if fraction <= 0:
                continue
            colour = QColor(PAIN_COLOUR)
            colour.setAlphaF(0.2 + 0.7 * fraction)
            item = scene.addPath(to_painter_path(region), QPen(Qt.PenStyle.NoPen),
                                 QBrush(colour))
            item.setPos(dx, dy)
            item.setToolTip(f"{_label(reference, key)}: {fraction:.0%} drawn")
        x += width + GAP
    scene.setBackgroundBrush(QColor(theme.background))
    return scene


def _label(reference: Reference, key: RegionKey) -> str:
    region = reference.dataset.regions.get(key.region_id)
    name = region.label if region is not None else key.region_id
    return name if key.side == "midline" else f"{name} ({key.side})"


def record_caption(record: DrawingRecord, title: str) -> str:
    parts = [f"<b>{escape(title)}</b>", escape(record.created[:16].replace("T", " "))]
    if record.patient_reference:
        parts.append("patient " + escape(record.patient_reference))
    if record.percent_of_body is not None:
        parts.append(f"{record.percent_of_body:.1f}% of the body")
    return " · ".join(parts)


def comparison_html(reference: Reference, change: Comparison) -> str:
    """The change in words: extent, regions newly drawn, no longer drawn, drawn more or less."""

    def names(keys) -> str:
        return escape(", ".join(_label(reference, k) for k in keys))

    rows = [f"<p><b>{escape(change.summary())}</b></p>"]
    if change.added:
        rows.append(f"<p>Newly drawn: {names(change.added)}.</p>")
    if change.cleared:
        rows.append(f"<p>No longer drawn: {names(change.cleared)}.</p>")
    more = [c for c in change.changed if c.after > c.before]
    less = [c for c in change.changed if c.after < c.before]
    for word, changes in (("More of", more), ("Less of", less)):
        if changes:
            text = ", ".join(f"{_label(reference, c.key)} ({c.before:.0%} → {c.after:.0%})"
                             for c in changes)
            rows.append(f"<p>{word}: {escape(text)}.</p>")
    return "".join(rows)


class CompareDialog(QDialog):
    """Two drawings side by side, the earlier on the left, with what changed below."""

    def __init__(self, reference: Reference, first: DrawingRecord, second: DrawingRecord,
                 theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if second.created < first.created:  # ISO 8601 text sorts by time
            first, second = second, first
        self.change = compare(first, second)
        self.setWindowTitle("Compare pain drawings — bodymap")
        grid = QGridLayout(self)
        self.views: list[QGraphicsView] = []
        for column, (record, title) in enumerate(((first, "Earlier"), (second, "Later"))):
            caption = QLabel(record_caption(record, title))
            caption.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(caption, 0, column)
            scene = drawing_scene(reference, record, theme)
            scene.setParent(self)  # a view does not own its scene
            view = QGraphicsView(scene)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setAccessibleName(f"{title} drawing")
            view.setMinimumSize(320, 360)
            grid.addWidget(view, 1, column)
            self.views.append(view)
        self.summary = QLabel(comparison_html(reference, self.change))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.summary, 2, 0, 1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, 3, 0, 1, 2)
        self.resize(900, 700)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        for view in self.views:
            rect: QRectF = view.scene().itemsBoundingRect()
            view.fitInView(rect.adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio)
