"""The pain drawing: what the patient marked on each figure, as a raster mask per view plus
the vector strokes that made it (for undo and export). Region coverage is read off the masks
with numpy, imported only when the mode first opens."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from bodymap.atlas.model import AtlasView
from bodymap.domain.model import RegionKey
from bodymap.ui.map_pane.paths import to_painter_path

SCALE = 0.5  # mask pixels per document unit: a 700x1600 figure is a 350x800 mask


@dataclass(frozen=True)
class Stroke:
    """One undoable action on one figure. `kind`: paint, erase, fill (a tapped region) or
    unfill (a tapped region erased). What is painted or filled carries the intensity the
    patient gave it (0-10) and the sensation (pain, tingling, numbness)."""

    view: str
    kind: str
    radius: float = 0.0
    points: tuple[tuple[float, float], ...] = ()
    region: RegionKey | None = None
    intensity: int | None = None
    sensation: str = "pain"

    @property
    def adds(self) -> bool:
        return self.kind in ("paint", "fill")

    def as_json(self) -> dict:
        data: dict = {"view": self.view, "kind": self.kind}
        if self.region is not None:
            data["region"] = str(self.region)
        else:
            data["radius"] = round(self.radius, 2)
            data["points"] = [[round(x, 1), round(y, 1)] for x, y in self.points]
        if self.adds:
            data["intensity"] = self.intensity
            data["sensation"] = self.sensation
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any], views: Mapping[str, AtlasView]) -> Stroke:
        """A stroke of an exported drawing; ValueError if it does not fit these figures."""
        view, kind = data.get("view"), data.get("kind")
        if not isinstance(view, str) or view not in views or not isinstance(kind, str) \
                or kind not in ("paint", "erase", "fill", "unfill"):
            raise ValueError(f"a stroke on {view!r} ({kind!r}) is not one this map can draw")
        intensity = data.get("intensity")
        sensation = data.get("sensation") or "pain"
        if "region" in data:
            region = RegionKey.parse(str(data["region"]))
            if region not in views[view].regions:
                raise ValueError(f"the {view} figure has no region {region}")
            return cls(view, kind, region=region, intensity=intensity, sensation=sensation)
        points = tuple((float(x), float(y)) for x, y in data.get("points", ()))
        if not points:
            raise ValueError("a stroke has no points")
        return cls(view, kind, float(data.get("radius", 0.0)), points,
                   intensity=intensity, sensation=sensation)


def _blank(view: AtlasView) -> QImage:
    _, _, w, h = view.viewbox
    image = QImage(int(w * SCALE), int(h * SCALE), QImage.Format.Format_Grayscale8)
    image.fill(0)
    return image


class RegionRaster:
    """Each view's regions as label images, so drawn area per region is one bincount.
    Children overlap their parents, so they get a label image of their own."""

    def __init__(self, view: AtlasView, parents: dict[str, str | None]) -> None:
        import numpy as np

        self.keys: list[RegionKey] = list(view.regions)
        self.top = np.zeros(_shape(view), np.int16)
        self.child = np.zeros(_shape(view), np.int16)
        for index, key in enumerate(self.keys, start=1):
            target = self.child if parents.get(key.region_id) else self.top
            mask = _as_array(self._fill(view, key))
            target[mask] = index
        self.body = _as_array(self._fill_outlines(view, view.silhouette, _blank(view)))

    @classmethod
    def _fill(cls, view: AtlasView, key: RegionKey) -> QImage:
        return cls._fill_outlines(view, (view.regions[key],), _blank(view))

    @staticmethod
    def _fill_outlines(view: AtlasView, outlines, image: QImage) -> QImage:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.scale(SCALE, SCALE)
        painter.translate(-view.viewbox[0], -view.viewbox[1])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(255, 255, 255)))
        for outline in outlines:
            painter.drawPath(to_painter_path(outline))
        painter.end()
        return image

    def region_at(self, point: QPointF) -> RegionKey | None:
        """The region under a point in document coordinates; a child before its parent."""
        x, y = int(point.x() * SCALE), int(point.y() * SCALE)
        if not (0 <= y < self.top.shape[0] and 0 <= x < self.top.shape[1]):
            return None
        label = self.child[y, x] or self.top[y, x]
        return self.keys[label - 1] if label else None

    def region_areas(self) -> dict[RegionKey, float]:
        """Each region's own area counted in mask pixels (document units²): the measure a
        drawn area is a fraction of, so a fully drawn region is exactly 1."""
        import numpy as np

        unit = 1 / (SCALE * SCALE)
        areas: dict[RegionKey, float] = {}
        for labels in (self.top, self.child):
            counts = np.bincount(labels.ravel(), minlength=len(self.keys) + 1)
            for index in np.nonzero(counts[1:])[0]:
                areas[self.keys[index]] = float(counts[index + 1]) * unit
        return areas

    def drawn_areas(self, mask) -> dict[RegionKey, float]:
        """Document units² drawn inside each region."""
        import numpy as np

        unit = 1 / (SCALE * SCALE)
        areas: dict[RegionKey, float] = {}
        for labels in (self.top, self.child):
            counts = np.bincount(labels[mask], minlength=len(self.keys) + 1)
            for index in np.nonzero(counts[1:])[0]:
                areas[self.keys[index]] = float(counts[index + 1]) * unit
        return areas


def _shape(view: AtlasView) -> tuple[int, int]:
    return (int(view.viewbox[3] * SCALE), int(view.viewbox[2] * SCALE))


def _as_array(image: QImage):
    """A boolean numpy copy of a Grayscale8 image (rows padded to 4 bytes are cut)."""
    import numpy as np

    bits = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(),
                                                              image.bytesPerLine())
    return bits[:, :image.width()] > 127


@dataclass
class PainCanvas:
    """The masks of both figures and the history of strokes."""

    views: dict[str, AtlasView]
    masks: dict[str, QImage] = field(default_factory=dict)
    strokes: list[Stroke] = field(default_factory=list)
    redo_stack: list[Stroke] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.masks = {name: _blank(view) for name, view in self.views.items()}

    # -- drawing -------------------------------------------------------------------------
    def apply(self, stroke: Stroke) -> None:
        """Draw a stroke into its figure's mask and remember it (clears the redo stack)."""
        self._render(stroke)
        self.strokes.append(stroke)
        self.redo_stack.clear()

    def undo(self) -> bool:
        if not self.strokes:
            return False
        self.redo_stack.append(self.strokes.pop())
        self._replay()
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        stroke = self.redo_stack.pop()
        self._render(stroke)
        self.strokes.append(stroke)
        return True

    def clear(self) -> None:
        self.strokes.clear()
        self.redo_stack.clear()
        for image in self.masks.values():
            image.fill(0)

    def is_empty(self) -> bool:
        return not self.strokes

    # -- reading ---------------------------------------------------------------------------
    def mask_array(self, view: str):
        return _as_array(self.masks[view])

    def stroke_mask(self, stroke: Stroke):
        """Where one stroke alone paints, as a boolean array (for the intensity per region)."""
        image = _blank(self.views[stroke.view])
        kept = self.masks[stroke.view]
        self.masks[stroke.view] = image
        try:
            self._render(stroke if stroke.adds else Stroke(stroke.view, "paint",
                                                           stroke.radius, stroke.points,
                                                           stroke.region))
        finally:
            self.masks[stroke.view] = kept
        return _as_array(image)

    # -- internals -------------------------------------------------------------------------
    def _replay(self) -> None:
        for image in self.masks.values():
            image.fill(0)
        for stroke in self.strokes:
            self._render(stroke)

    def _painter(self, view: str) -> QPainter:
        atlas_view = self.views[view]
        painter = QPainter(self.masks[view])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.scale(SCALE, SCALE)
        painter.translate(-atlas_view.viewbox[0], -atlas_view.viewbox[1])
        return painter

    @staticmethod
    def _pen(kind: str, radius: float) -> QPen:
        colour = QColor(255, 255, 255) if kind in ("paint", "fill") else QColor(0, 0, 0)
        pen = QPen(colour, max(1.0, 2 * radius))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _render(self, stroke: Stroke) -> None:
        painter = self._painter(stroke.view)
        if stroke.region is not None:
            outline = self.views[stroke.view].regions[stroke.region]
            painter.setPen(Qt.PenStyle.NoPen)
            white = stroke.kind == "fill"
            painter.setBrush(QBrush(QColor(255, 255, 255) if white else QColor(0, 0, 0)))
            painter.drawPath(to_painter_path(outline))
        else:
            painter.setPen(self._pen(stroke.kind, stroke.radius))
            points = [QPointF(x, y) for i, (x, y) in enumerate(stroke.points)
                      if i == 0 or (x, y) != stroke.points[i - 1]]
            if len(points) == 1:
                painter.drawPoint(points[0])  # a dab: a zero-length line draws nothing
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(QLineF(a, b))
        painter.end()
