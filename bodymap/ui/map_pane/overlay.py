"""Draws a selected muscle's referral pattern and trigger points over both figures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from bodymap.atlas.model import AtlasView, TriggerPointKey
from bodymap.domain.model import Muscle, MuscleSide, Region
from bodymap.ui.map_pane.figure import Z_SELECTED, Z_TRP, Z_ZONE
from bodymap.ui.map_pane.outline_item import OutlineItem
from bodymap.ui.map_pane.paths import to_painter_path
from bodymap.ui.map_pane.scene import MapScene
from bodymap.ui.plain_text import plain_tooltip

TRP_RADIUS = 7.0  # pixels on screen


class ReferralOverlay:
    """Essential zones solid, spillover hatched, trigger points as ringed crosses."""

    def __init__(self, scene: MapScene) -> None:
        self._scene = scene
        self._items: list[QGraphicsItem] = []
        self.zone_paths: dict[tuple[str, str], QPainterPath] = {}  # (view, kind) → path drawn
        self.trigger_point_items: dict[TriggerPointKey, QGraphicsItem] = {}
        self.selected_outline: QGraphicsItem | None = None
        self._memo: dict[tuple[str, str, str], tuple[QPainterPath, QPainterPath]] = {}

    def clear(self) -> None:
        for item in self._items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._items.clear()
        self.zone_paths.clear()
        self.trigger_point_items.clear()
        self.selected_outline = None

    def show(self, key: MuscleSide) -> None:
        self.clear()
        self.add(key)

    def show_many(self, keys: Sequence[MuscleSide]) -> None:
        """Several muscles' patterns at once (a session handout); zones drawn together."""
        self.clear()
        for key in keys:
            self.add(key)

    def add(self, key: MuscleSide) -> None:
        """Draw one more muscle's pattern over what is shown."""
        reference = self._scene.reference
        muscle = reference.dataset.muscle(key.muscle_id)
        regions = reference.dataset.regions
        self._outline_selected(key)
        for name, figure in self._scene.figures.items():
            essential, spillover = self._zone_paths(name, figure.view, muscle, key.side,
                                                    regions)
            for kind, path in (("spillover", spillover), ("essential", essential)):
                if path.isEmpty():
                    continue
                shown = self.zone_paths.get((name, kind))
                self.zone_paths[(name, kind)] = path if shown is None else shown.united(path)
                self._add_zone(figure.root, path, kind)
            for trp in muscle.trigger_points:
                trp_key = TriggerPointKey(key.muscle_id, trp.id, key.side)
                point = figure.view.trigger_points.get(trp_key)
                if point is not None:
                    item = self._add_marker(figure.root, QPointF(*point), trp.label)
                    self.trigger_point_items[trp_key] = item

    def _zone_paths(self, name: str, view: AtlasView, muscle: Muscle, side: str,
                    regions: Mapping[str, Region]) -> tuple[QPainterPath, QPainterPath]:
        """Essential and spillover areas of a muscle side on one figure, computed once: the
        union and subtraction of region outlines is the costly part of a selection."""
        memo_key = (name, muscle.id, side)
        if memo_key not in self._memo:
            essential = zone_path(view, muscle, side, regions, "essential")
            # Where one trigger point's essential zone meets another's spillover, the
            # essential zone wins: it is the stronger statement.
            spillover = zone_path(view, muscle, side, regions, "spillover")
            if not essential.isEmpty() and not spillover.isEmpty():
                spillover = spillover.subtracted(essential)
            self._memo[memo_key] = (essential, spillover)
        return self._memo[memo_key]

    def bounding_rect(self) -> QRectF:
        """Scene rectangle of everything drawn for the selection (muscle, zones, markers)."""
        rect = QRectF()
        for item in self._items:
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def _outline_selected(self, key: MuscleSide) -> None:
        """Trace the selected muscle above everything, so a deep one shows where it lies
        even while the muscles over it are drawn."""
        muscle_item = self._scene.muscle_item(key)
        if muscle_item is None:
            return
        theme = self._scene.theme
        item = OutlineItem(muscle_item.path(), muscle_item.parentItem())
        fill = QColor(theme.selected_fill)
        fill.setAlphaF(0.35)
        item.setBrush(QBrush(fill))
        pen = theme.cosmetic_pen(theme.selected_outline, 2.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        item.setPen(pen)
        item.setZValue(Z_SELECTED)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
        self._items.append(item)
        self.selected_outline = item

    def _add_zone(self, parent: QGraphicsItem, path: QPainterPath, kind: str) -> None:
        theme = self._scene.theme
        # Zone edges are one device pixel wide: Qt strokes cosmetic pens up to 1 px on a fast
        # path, and wider ones by outlining the whole (large, curved) zone first, which
        # doubled the cost of painting a selection.
        if kind == "essential":
            item = OutlineItem(path, parent)
            item.setBrush(theme.essential_brush())
            item.setPen(theme.cosmetic_pen(theme.essential, 1.0))
            item.setZValue(Z_ZONE + 1)
            added = [item]
        else:
            wash = OutlineItem(path, parent)
            wash.setBrush(theme.spillover_wash())
            wash.setPen(theme.cosmetic_pen(theme.spillover, 1.0, 0.9))
            wash.setZValue(Z_ZONE)
            hatch = OutlineItem(path, parent)
            hatch.setBrush(theme.spillover_brush())
            hatch.setPen(Qt.PenStyle.NoPen)
            hatch.setZValue(Z_ZONE)
            added = [wash, hatch]
        self._items += added
        for item in added:
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setAcceptHoverEvents(False)

    def _add_marker(self, parent: QGraphicsItem, centre: QPointF, label: str) -> QGraphicsItem:
        """A ringed cross that keeps its size on screen whatever the zoom."""
        theme = self._scene.theme
        ring = QPainterPath()
        ring.addEllipse(QPointF(0, 0), TRP_RADIUS, TRP_RADIUS)
        item = QGraphicsPathItem(ring, parent)
        item.setPos(centre)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        item.setBrush(QBrush(QColor(theme.trp_fill)))
        item.setPen(theme.cosmetic_pen(theme.trp_ring, 1.8))
        item.setZValue(Z_TRP)
        item.setToolTip(plain_tooltip(label))
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        cross = QPainterPath()
        d = TRP_RADIUS * 0.5
        cross.moveTo(-d, -d)
        cross.lineTo(d, d)
        cross.moveTo(-d, d)
        cross.lineTo(d, -d)
        mark = QGraphicsPathItem(cross, item)
        mark.setPen(theme.cosmetic_pen(theme.essential, 2.2))
        mark.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._items.append(item)
        return item


def zone_path(view: AtlasView, muscle: Muscle, side: str, regions: Mapping[str, Region],
              kind: str) -> QPainterPath:
    """The area a muscle's `kind` zones cover on one figure: for each trigger point, its
    drawn zone shape where the atlas has one for this figure, else the union of the regions
    the data names."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for trp in muscle.trigger_points:
        zone = trp.essential if kind == "essential" else trp.spillover
        shape = view.zones.get((muscle.id, trp.id, kind, side))
        if shape is not None:
            path.addPath(to_painter_path(shape))
            continue
        for region_key in zone.region_keys(side, regions):
            outline = view.regions.get(region_key)
            if outline is not None:
                path.addPath(to_painter_path(outline))
    return path.simplified() if not path.isEmpty() else path
