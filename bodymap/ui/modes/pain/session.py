"""A 'Where does it hurt?' session: turns brush strokes and taps on the map into a pain
drawing, and the drawing into a ranked list of candidate muscles after every stroke."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsPixmapItem

from bodymap.domain.lookup import Candidate, PainDrawing, rank
from bodymap.domain.model import RegionKey
from bodymap.ui.map_pane.scene import MapScene
from bodymap.ui.modes.pain.canvas import SCALE, PainCanvas, RegionRaster, Stroke
from bodymap.ui.modes.pain.record import RecordDetails, render_record

Z_PAIN = 35  # above the muscles, below the referral zones and markers
PAIN_COLOUR = "#3b4cc0"  # a blue that stays apart from the red zones for every colour vision
TOOLS = ("brush", "eraser", "tap")


@dataclass(frozen=True)
class Extent:
    """Pain extent as pain-drawing research reports it."""

    percent_of_body: float  # of the body area of both figures
    regions: tuple[RegionKey, ...]  # regions touched, at least 2% of each drawn


class PainSession(QObject):
    """Owns the drawing of one visitor or patient. The map view hands it pointer events."""

    drawing_changed = Signal()

    def __init__(self, scene: MapScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        reference = scene.reference
        # Pain is drawn and measured on the whole-body figures and the soles, which show skin
        # the back and front do not; the side of the head only repeats skin (decision 42).
        measured = reference.atlas.measured()
        views = {name: scene.figures[name].view for name in measured}
        parents = {r.id: r.parent for r in reference.dataset.regions.values()}
        self.canvas = PainCanvas(views)
        self.rasters = {name: RegionRaster(view, parents) for name, view in views.items()}
        self.areas = reference.atlas.region_areas(measured)
        # Each region's area counted the way drawn areas are (mask pixels), the measured figures
        # together: the denominator of the share drawn, so a full region is exactly 1.
        self.raster_areas: dict[RegionKey, float] = {}
        for raster in self.rasters.values():
            for key, area in raster.region_areas().items():
                self.raster_areas[key] = self.raster_areas.get(key, 0.0) + area
        self.intensity = 5  # 0-10, given to the strokes drawn from now on
        self.sensation = "pain"  # pain, tingling or numbness
        self.patient_reference = ""
        self.tool = "brush"
        self.radius = 14.0  # document units (about 1.6 cm on an adult)
        self.candidates: list[Candidate] = []
        self.drawn: dict[RegionKey, float] = {}
        self.extent = Extent(0.0, ())
        self._live: dict | None = None
        self._items: dict[str, QGraphicsPixmapItem] = {}
        for name in views:
            figure = scene.figures[name]
            item = QGraphicsPixmapItem(figure.root)
            item.setScale(1 / SCALE)
            # The mask is half the document's resolution: smooth its scaling, or every
            # brush edge is a staircase.
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setPos(figure.view.viewbox[0], figure.view.viewbox[1])
            item.setZValue(Z_PAIN)
            item.setOpacity(0.55)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._items[name] = item

    # -- pointer input (from MapView) ------------------------------------------------------
    def press(self, scene_point: QPointF) -> bool:
        located = self._locate(scene_point)
        if located is None:
            return False
        view, point = located
        self._live = {"view": view, "points": [point], "path": None}
        if self.tool != "tap":
            # While the finger moves, the stroke is a vector path on the map (cheap to
            # extend); it goes into the raster mask once, when the stroke ends.
            path = QPainterPath(point)
            path.lineTo(point + QPointF(0.01, 0))
            item = QGraphicsPathItem(path, self.scene.figures[view].root)
            item.setPen(self._live_pen())
            item.setZValue(Z_PAIN + 1)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._live["path"] = item
        return True

    def move(self, scene_point: QPointF) -> None:
        if self._live is None:
            return
        view = self._live["view"]
        point = self.scene.figures[view].root.mapFromScene(scene_point)
        self._live["points"].append(point)
        item = self._live["path"]
        if item is not None:
            path = item.path()
            path.lineTo(point)
            item.setPath(path)

    def release(self, scene_point: QPointF) -> None:
        live, self._live = self._live, None
        if live is None:
            return
        view = live["view"]
        if live["path"] is not None:
            self.scene.removeItem(live["path"])
        if self.tool == "tap":
            self.tap(view, live["points"][0])
            return
        kind = "paint" if self.tool == "brush" else "erase"
        points = tuple((p.x(), p.y()) for p in live["points"])
        self.canvas.apply(Stroke(view, kind, self.radius, points, intensity=self.intensity,
                                 sensation=self.sensation))
        self._refresh_pixmap(view)
        self._changed()

    def _live_pen(self) -> QPen:
        colour = QColor(PAIN_COLOUR if self.tool == "brush" else "#ffffff")
        colour.setAlphaF(0.55 if self.tool == "brush" else 0.8)
        pen = QPen(colour, 2 * self.radius)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def tap(self, view: str, point: QPointF) -> RegionKey | None:
        """Fill the region under the point, or empty it if it is already mostly drawn."""
        key = self.rasters[view].region_at(point)
        if key is None:
            return None
        area = self.scene.reference.atlas.view(view).regions[key].area
        drawn_here = self._drawn_on(view).get(key, 0.0)
        kind = "unfill" if area and drawn_here / area > 0.6 else "fill"
        self.canvas.apply(Stroke(view, kind, region=key, intensity=self.intensity,
                                 sensation=self.sensation))
        self._refresh_pixmap(view)
        self._changed()
        return key

    def set_drawing_visible(self, visible: bool) -> None:
        for item in self._items.values():
            item.setVisible(visible)

    # -- commands --------------------------------------------------------------------------
    def set_tool(self, tool: str) -> None:
        if tool not in TOOLS:
            raise ValueError(f"unknown tool {tool!r}")
        self.tool = tool

    def set_radius(self, radius: float) -> None:
        self.radius = max(3.0, min(60.0, radius))

    def set_intensity(self, intensity: int) -> None:
        from bodymap.domain.drawing_record import MAX_INTENSITY

        self.intensity = max(0, min(MAX_INTENSITY, int(intensity)))

    def set_sensation(self, sensation: str) -> None:
        from bodymap.domain.drawing_record import KINDS

        if sensation not in KINDS:
            raise ValueError(f"unknown sensation {sensation!r}")
        self.sensation = sensation

    def load_record(self, record) -> None:
        """Replace the drawing with an exported one (its strokes, redrawn on these figures),
        ranked afresh with this data. ValueError, drawing unchanged, if a stroke does not
        fit these figures."""
        views = {name: raster for name, raster in self.rasters.items()}
        strokes = [Stroke.from_json(data, self.canvas.views) for data in record.strokes
                   if data.get("view") in views or "view" not in data]
        self.canvas.clear()
        for stroke in strokes:
            self.canvas.apply(stroke)
        self.patient_reference = record.patient_reference or ""
        self._refresh_all()

    def undo(self) -> None:
        if self.canvas.undo():
            self._refresh_all()

    def redo(self) -> None:
        if self.canvas.redo():
            self._refresh_all()

    def clear(self) -> None:
        self.canvas.clear()
        self._refresh_all()

    # -- results ---------------------------------------------------------------------------
    def _drawn_on(self, view: str) -> dict[RegionKey, float]:
        return self.rasters[view].drawn_areas(self.canvas.mask_array(view))

    def _changed(self) -> None:
        """Recompute coverage, extent and ranking; tell the panel."""
        drawn: dict[RegionKey, float] = {}
        body = covered = 0
        for view, raster in self.rasters.items():
            mask = self.canvas.mask_array(view)
            for key, area in raster.drawn_areas(mask).items():
                drawn[key] = drawn.get(key, 0.0) + area
            body += int(raster.body.sum())
            covered += int((mask & raster.body).sum())
        dataset = self.scene.reference.dataset
        self.drawn = drawn
        touched = tuple(sorted(k for k, a in drawn.items()
                               if self.areas.get(k) and a / self.areas[k] >= 0.02))
        self.extent = Extent(100.0 * covered / body if body else 0.0, touched)
        self.candidates = rank(PainDrawing(drawn, dataset.regions), dataset, self.areas)
        self.drawing_changed.emit()

    def _refresh_all(self) -> None:
        for view in self._items:
            self._refresh_pixmap(view)
        self._changed()

    def _refresh_pixmap(self, view: str) -> None:
        mask = self.canvas.masks[view]
        tint = QImage(mask.size(), QImage.Format.Format_ARGB32_Premultiplied)
        tint.fill(QColor(PAIN_COLOUR))
        tint.setAlphaChannel(mask)
        self._items[view].setPixmap(QPixmap.fromImage(tint))

    def _locate(self, scene_point: QPointF) -> tuple[str, QPointF] | None:
        view = self.scene.figure_at(scene_point)
        if view not in self.rasters or not self.scene.figures[view].root.isVisible():
            return None
        return view, self.scene.figures[view].root.mapFromScene(scene_point)

    # -- export ----------------------------------------------------------------------------
    def fractions(self) -> dict[RegionKey, float]:
        """The share of each region drawn, 0-1."""
        from bodymap.domain.drawing_record import coverage_fraction

        return {k: coverage_fraction(a, self.raster_areas.get(k, 0.0))
                for k, a in sorted(self.drawn.items()) if self.raster_areas.get(k)}

    def region_entries(self) -> list:
        """Per region drawn: its share, the highest intensity and the sensations of the
        strokes that still show in it."""
        from bodymap.domain.drawing_record import RegionEntry

        intensity: dict[RegionKey, int] = {}
        sensations: dict[RegionKey, set[str]] = {}
        final = {view: self.canvas.mask_array(view) for view in self.rasters}
        for stroke in self.canvas.strokes:
            if not stroke.adds:
                continue
            mask = self.canvas.stroke_mask(stroke) & final[stroke.view]
            for key in self.rasters[stroke.view].drawn_areas(mask):
                if stroke.intensity is not None:
                    intensity[key] = max(intensity.get(key, 0), stroke.intensity)
                sensations.setdefault(key, set()).add(stroke.sensation)
        from bodymap.domain.drawing_record import KINDS

        return [RegionEntry(key, fraction, intensity.get(key),
                            tuple(k for k in KINDS if k in sensations.get(key, ())))
                for key, fraction in self.fractions().items() if fraction > 0]

    def to_json(self) -> dict:
        from bodymap import __version__
        from bodymap.atlas.cache import data_hash
        from bodymap.domain.drawing_record import build_record
        from bodymap.resources import data_version

        reference = self.scene.reference
        dataset = reference.dataset
        return build_record(
            created=datetime.now().astimezone().isoformat(timespec="seconds"),
            app_version=__version__, data_version=data_version(),
            data_hash=data_hash(Path(dataset.file) if dataset.file else None),
            patient_reference=self.patient_reference,
            percent_of_body=self.extent.percent_of_body,
            regions=self.region_entries(),
            strokes=[s.as_json() for s in self.canvas.strokes],
            ranking=[{"muscle": c.key.muscle_id, "side": c.key.side,
                      "name": dataset.muscle(c.key.muscle_id).display_name(c.key.side),
                      "score": round(c.score, 4), "trigger_point": c.trigger_point,
                      "trigger_points": [{"id": t, "side": side}
                                         for t, side, _ in c.trigger_points],
                      "why": c.why()} for c in self.candidates],
            labels={r.id: r.label for r in dataset.regions.values()})

    def record_picture(self, details: RecordDetails) -> QImage:
        """The drawing as a picture to file: title, date, reference, ranking, legend."""
        dataset = self.scene.reference.dataset
        named = [(dataset.muscle(c.key.muscle_id).display_name(c.key.side), c)
                 for c in self.candidates]
        return render_record(self.scene, self.canvas.strokes, named, details, PAIN_COLOUR)

    def export(self, png_path: Path, header: RecordDetails | None = None) -> tuple[Path, Path]:
        """Write the drawing on both figures as PNG (a picture to file, headed by `header`:
        its date and the patient reference), the record as JSON and its regions as CSV
        beside it, all or none (domain/atomic_write.py); raise WriteFailed, leaving any
        earlier export as it was."""
        from bodymap.domain.atomic_write import WriteFailed, atomic_paths, check_target
        from bodymap.ui.png_file import complete_png

        png_path = check_target(png_path)
        json_path = check_target(png_path.with_suffix(".json"))
        csv_path = check_target(png_path.with_suffix(".csv"))
        if json_path == png_path or csv_path == png_path:
            raise WriteFailed(f"cannot write {png_path}: give the drawing a name ending in "
                              ".png (its details go beside it as .json)")
        image = self.record_picture(header or RecordDetails(
            datetime.now().astimezone(), self.patient_reference.strip()))
        from bodymap.domain.drawing_record import parse_record, to_csv

        record = self.to_json()
        details = json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8")
        labels = {r.id: r.label for r in self.scene.reference.dataset.regions.values()}
        table = to_csv(parse_record(record), labels).encode("utf-8")

        def complete(temporary: Path, target: Path) -> None:
            if target == png_path:
                complete_png(temporary, target)

        with atomic_paths([png_path, json_path, csv_path],
                          verify=complete) as (png_part, json_part, csv_part):
            # PySide6's stubs say the format is bytes; at run time it must be a str.
            if not image.save(str(png_part), "PNG"):  # type: ignore[call-overload]
                raise WriteFailed(f"cannot write {png_path}: the image could not be saved "
                                  "(is the disk full?)")
            with open(json_part, "wb") as stream:
                stream.write(details)
            with open(csv_part, "wb") as stream:
                stream.write(table)
        return png_path, json_path
