"""One figure of the map: the silhouette, anatomy lines and clickable muscles of a view."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from bodymap.atlas.model import AtlasView
from bodymap.domain.model import Dataset, MuscleSide
from bodymap.ui.map_pane.landmarks import LandmarkLayer
from bodymap.ui.map_pane.outline_item import OutlineItem
from bodymap.ui.map_pane.paths import to_painter_path
from bodymap.ui.plain_text import plain_tooltip
from bodymap.ui.theme import Theme

Z_SILHOUETTE, Z_BONE, Z_CONTOUR, Z_MUSCLE = 0, 1, 2, 10
Z_ZONE, Z_SELECTED, Z_TRP = 40, 45, 60


@runtime_checkable
class HoverSink(Protocol):
    """The scene a muscle reports hovering to (MapScene; a handout's scene has no hover)."""

    def hover_muscle(self, item: MuscleItem) -> None: ...

    def unhover_muscle(self, item: MuscleItem) -> None: ...


class MuscleItem(OutlineItem):
    """One clickable muscle side. Hit-testing uses the real outline (the path's shape)."""

    def __init__(self, key: MuscleSide, name: str, layer: int, path: QPainterPath,
                 fibres: QPainterPath, theme: Theme, parent: QGraphicsItem) -> None:
        super().__init__(path, parent)
        self.key = key
        self.name = name
        self.layer = layer
        self._theme = theme
        # The atlas keeps every fibre line inside its muscle (tools/build_atlas.py
        # clip_fibres; tests/test_atlas.py checks it), so the lines need no clipping and Qt
        # draws them on its own: no Python paint() on this item, no clip mask per paint.
        self.fibres = FibreLines(fibres, self) if not fibres.isEmpty() else None
        self._hovered = False
        self._selected = False
        self._faded = False
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_MUSCLE + (4 - layer))
        self.setToolTip(plain_tooltip(name))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._refresh()
        self._style_fibres()

    @property
    def pickable(self) -> bool:
        return self.isVisible() and not self._faded

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.set_faded(self._faded)
        self._refresh()
        self._style_fibres()

    def set_faded(self, faded: bool) -> None:
        self._faded = faded
        self.setOpacity(self._theme.faded_opacity if faded else 1.0)
        self.setAcceptHoverEvents(not faded)

    @property
    def is_selected(self) -> bool:
        return self._selected

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:  # a restyle throws away the item's cached pixmap
            self._selected = selected
            self._refresh()

    def set_hovered(self, hovered: bool) -> None:
        if hovered != self._hovered:
            self._hovered = hovered
            self._refresh()

    def _refresh(self) -> None:
        theme = self._theme
        if self._selected:
            self.setBrush(QBrush(QColor(theme.selected_fill)))
            self.setPen(theme.cosmetic_pen(theme.selected_outline, 2.4))
        elif self._hovered:
            self.setBrush(QBrush(QColor(theme.hover_fill)))
            self.setPen(theme.cosmetic_pen(theme.muscle_outline, 2.0))
        else:
            self.setBrush(theme.muscle_brush(self.layer))
            self.setPen(theme.muscle_pen())

    def _style_fibres(self) -> None:
        if self.fibres is not None:
            self.fibres.setPen(self._theme.cosmetic_pen(self._theme.fibre, 0.8, 0.35))

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        scene = self.scene()
        if isinstance(scene, HoverSink):
            scene.hover_muscle(self)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        scene = self.scene()
        if isinstance(scene, HoverSink):
            scene.unhover_muscle(self)
        super().hoverLeaveEvent(event)


class FibreLines(OutlineItem):
    """A muscle's fibre lines, drawn over it. Part of its look, never a target: a point on
    a fibre belongs to the muscle beneath."""

    def __init__(self, fibres: QPainterPath, muscle: MuscleItem) -> None:
        super().__init__(fibres, muscle)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def shape(self) -> QPainterPath:
        return QPainterPath()


Z_LANDMARKS_ABOVE_FIGURES = 1000


class Figure:
    """Builds and owns the items of one view under a root item placed at `offset`."""

    def __init__(self, view: AtlasView, dataset: Dataset, theme: Theme, offset: QPointF,
                 title: str) -> None:
        self.view = view
        x, y, w, h = view.viewbox
        self.root = QGraphicsRectItem(QRectF(x, y, w, h))
        self.root.setPen(Qt.PenStyle.NoPen)
        self.root.setBrush(Qt.BrushStyle.NoBrush)
        self.root.setPos(offset)
        self.muscles: dict[MuscleSide, MuscleItem] = {}
        self._skin: list[OutlineItem] = []
        self._lines: dict[str, OutlineItem] = {}
        self._texts: list[tuple[QGraphicsSimpleTextItem, str]] = []
        self._theme = theme
        self._landmarks: LandmarkLayer | None = None
        self._landmark_labels = dataset.landmark_labels  # perhaps translated
        self._build(dataset, theme, title)
        self.apply_theme(theme)

    def apply_theme(self, theme: Theme) -> None:
        """Recolour every item of the figure (the high-contrast switch)."""
        for item in self._skin:
            item.setBrush(QBrush(QColor(theme.skin)))
            item.setPen(theme.cosmetic_pen(theme.skin_outline, 1.0))
        pens = {"bone": theme.cosmetic_pen(theme.bone, 0.9, 0.8),
                "contour": theme.cosmetic_pen(theme.contour, 0.9, 0.9)}
        for kind, item in self._lines.items():
            item.setPen(pens[kind])
        for text_item, role in self._texts:
            colour = theme.text if role == "heading" else theme.muted_text
            text_item.setBrush(QBrush(QColor(colour)))
        for muscle in self.muscles.values():
            muscle.set_theme(theme)
        self._theme = theme
        if self._landmarks is not None:
            self._landmarks.apply_theme(theme)

    def _build(self, dataset: Dataset, theme: Theme, title: str) -> None:
        view = self.view
        for outline in view.silhouette:
            item = OutlineItem(to_painter_path(outline), self.root)
            item.setZValue(Z_SILHOUETTE)
            self._skin.append(item)
        self._strokes("bone", view.bones, Z_BONE)
        self._strokes("contour", view.contours, Z_CONTOUR)
        for key, shape in view.muscles.items():
            fibres = QPainterPath()
            for fibre in shape.fibres:
                fibres.addPath(to_painter_path(fibre))
            muscle = dataset.muscle(key.muscle_id)
            self.muscles[key] = MuscleItem(key, muscle.display_name(key.side), shape.layer,
                                           to_painter_path(shape.outline), fibres, theme,
                                           self.root)
        self._title(title, theme)

    def _strokes(self, kind: str, outlines, z: float) -> None:
        if not outlines:
            return
        path = QPainterPath()
        for outline in outlines:
            path.addPath(to_painter_path(outline))
        item = OutlineItem(path, self.root)
        self._lines[kind] = item
        item.setBrush(Qt.BrushStyle.NoBrush)
        item.setZValue(z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def _title(self, title: str, theme: Theme) -> None:
        """The figure's name and the patient's sides, at a fixed size on screen."""
        x, y, w, _ = self.view.viewbox
        heading = _screen_text(title, 13.5, theme.text, self.root, bold=True)
        self._texts.append((heading, "heading"))
        _anchor(heading, QPointF(x + w / 2, y - 62), "centre")
        left_first = _patient_left_on_viewer_left(self.view)
        left = QCoreApplication.translate("Figure", "Patient's left")
        right = QCoreApplication.translate("Figure", "Patient's right")
        labels = (left, right) if left_first else (right, left)
        self.side_names: tuple[str, str] = labels  # on the viewer's left, right
        for i, text in enumerate(labels):
            label = _screen_text(text, 10.5, theme.muted_text, self.root)
            self._texts.append((label, "label"))
            if i == 0:
                _anchor(label, QPointF(x + 30, y + 10), "left")
            else:
                _anchor(label, QPointF(x + w - 30, y + 10), "right")

    def set_side_labels_visible(self, visible: bool) -> None:
        """Show or hide the 'Patient's left / right' drawn in the scene (the patient view
        pins them to the view instead, map_pane/side_labels.py)."""
        for item, role in self._texts:
            if role == "label":
                item.setVisible(visible)

    def body_rect(self) -> QRectF:
        """The figure itself in scene coordinates, without the room for its title."""
        x, y, w, h = self.view.viewbox
        return self.root.mapRectToScene(QRectF(x, y, w, h))

    @property
    def landmarks(self) -> LandmarkLayer:
        """The landmark dots and labels, made when first wanted: they start hidden, and
        their labels are a fifth of the cost of building a figure."""
        if self._landmarks is None:
            # The dots and labels hang from their own item above every figure, not from the
            # figure: a label reaching over the next figure would be painted under its body.
            holder = QGraphicsRectItem()
            holder.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
            holder.setPos(self.root.pos())
            holder.setZValue(Z_LANDMARKS_ABOVE_FIGURES)
            holder.setVisible(self.root.isVisible())
            scene = self.root.scene()
            if scene is not None:
                scene.addItem(holder)
            self._landmark_holder = holder
            self._landmarks = LandmarkLayer(self.view, self._theme, holder,
                                            self._landmark_labels)
        return self._landmarks

    def set_shown(self, shown: bool) -> None:
        """Show or hide the figure, its landmarks with it."""
        self.root.setVisible(shown)
        if self._landmarks is not None:
            self._landmark_holder.setVisible(shown)

    def set_landmarks_visible(self, visible: bool) -> None:
        if visible or self._landmarks is not None:
            self.landmarks.set_visible(visible)

    def scene_rect(self) -> QRectF:
        """The figure and the room above it for its title."""
        x, y, w, h = self.view.viewbox
        return self.root.mapRectToScene(QRectF(x, y - 70, w, h + 70))


def _screen_text(text: str, points: float, color: str, parent: QGraphicsItem,
                 bold: bool = False) -> QGraphicsSimpleTextItem:
    font = QFont()
    font.setPointSizeF(points)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    item = QGraphicsSimpleTextItem(text, parent)
    item.setFont(font)
    item.setBrush(QBrush(QColor(color)))
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


def _anchor(item: QGraphicsSimpleTextItem, point: QPointF, align: str) -> None:
    """Place fixed-size text so that `point` is its top-left, top-centre or top-right."""
    width = item.boundingRect().width()
    shift = {"left": 0.0, "centre": -width / 2, "right": -width}[align]
    item.setPos(point)
    item.setTransform(QTransform.fromTranslate(shift, 0))


def _patient_left_on_viewer_left(view: AtlasView) -> bool:
    """Whether the patient's left lies on the viewer's left of this figure, read from its
    paired landmarks (back, side of the head, soles: yes; front: no)."""
    for name, (x, _y) in view.landmarks.items():
        base, _, side = name.partition(".")
        twin = view.landmarks.get(f"{base}.right")
        if side == "left" and twin is not None:
            return x < twin[0]
    return view.name == "posterior"
