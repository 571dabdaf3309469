"""'Where does it hurt?': painting, tapping, undo, the live ranking, export, heat map."""

from __future__ import annotations

import json
from datetime import datetime
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from bodymap.domain.model import MuscleSide, RegionKey


def pain(window):
    """The window's pain mode (built when first opened)."""
    return window.modes.get("pain")


@pytest.fixture
def window(qtbot, main_window):
    win = main_window
    buttons = {b.property("mode"): b for b in win.mode_bar.group.buttons()}
    qtbot.mouseClick(buttons["pain"], Qt.MouseButton.LeftButton)
    assert win.mode == "pain" and win.view.tool is win.modes.get("pain").session
    return win


def region_point(window, key: RegionKey, view: str = "posterior") -> QPoint:
    figure = window.scene.figures[view]
    local = QPointF(*figure.view.regions[key].interior_point)
    return window.view.mapFromScene(figure.root.mapToScene(local))


def paint(qtbot, window, start: QPoint, end: QPoint, steps: int = 8) -> None:
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * i / steps)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_painting_ranks_muscles_live(qtbot, window):
    point = region_point(window, RegionKey("angle_of_neck", "left"))
    with qtbot.waitSignal(pain(window).session.drawing_changed):
        paint(qtbot, window, point - QPoint(3, 0), point + QPoint(3, 0))
    assert RegionKey("angle_of_neck", "left") in pain(window).session.drawn
    candidates = pain(window).session.candidates
    assert candidates and candidates[0].key.side == "left"
    assert any(c.key == MuscleSide("levator_scapulae", "left") for c in candidates[:5])
    assert pain(window).panel.candidates.count() == min(15, len(candidates))
    assert "of the body area drawn" in pain(window).panel.extent_label.text()
    assert window.selection.current is None  # painting never selects a muscle


def test_drawing_on_the_right_is_kept_apart_from_the_left(qtbot, window):
    point = region_point(window, RegionKey("angle_of_neck", "right"))
    paint(qtbot, window, point, point + QPoint(2, 2))
    assert all(k.side in ("right", "midline") for k in pain(window).session.drawn)
    assert pain(window).session.candidates[0].key.side == "right"


def test_tap_fills_a_region_and_a_second_tap_empties_it(qtbot, window):
    buttons = {b.property("tool"): b for b in pain(window).panel.tool_group.buttons()}
    qtbot.mouseClick(buttons["tap"], Qt.MouseButton.LeftButton)
    key = RegionKey("sacroiliac", "right")
    point = region_point(window, key)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    area = window.reference.atlas.view("posterior").regions[key].area
    assert pain(window).session.drawn[key] / area > 0.9
    assert key in pain(window).session.extent.regions
    top = [c.key for c in pain(window).session.candidates[:6]]
    assert MuscleSide("piriformis", "right") in top or MuscleSide("gluteus_medius", "right") in top
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert pain(window).session.drawn.get(key, 0) / area < 0.1


def test_eraser_undo_redo_and_clear(qtbot, window):
    point = region_point(window, RegionKey("buttock", "left"))
    paint(qtbot, window, point - QPoint(10, 0), point + QPoint(10, 0))
    drawn = sum(pain(window).session.drawn.values())
    pain(window).session.set_tool("eraser")
    paint(qtbot, window, point - QPoint(10, 0), point + QPoint(10, 0))
    assert sum(pain(window).session.drawn.values()) < drawn * 0.2
    qtbot.mouseClick(pain(window).panel.undo_button, Qt.MouseButton.LeftButton)
    assert sum(pain(window).session.drawn.values()) == pytest.approx(drawn)
    qtbot.mouseClick(pain(window).panel.redo_button, Qt.MouseButton.LeftButton)
    assert sum(pain(window).session.drawn.values()) < drawn * 0.2
    qtbot.mouseClick(pain(window).panel.clear_button, Qt.MouseButton.LeftButton)
    assert pain(window).session.drawn == {} and pain(window).session.candidates == []
    assert pain(window).panel.extent_label.text() == "Nothing drawn yet."


def test_brush_size_changes_the_area_painted(qtbot, window):
    point = region_point(window, RegionKey("posterior_thigh", "left"))
    pain(window).panel.size_slider.setValue(5)
    paint(qtbot, window, point, point, steps=1)
    small = sum(pain(window).session.drawn.values())
    pain(window).session.clear()
    pain(window).panel.size_slider.setValue(30)
    paint(qtbot, window, point, point, steps=1)
    assert sum(pain(window).session.drawn.values()) > small * 10


def test_choosing_a_candidate_overlays_its_pattern(qtbot, window):
    point = region_point(window, RegionKey("angle_of_neck", "left"))
    paint(qtbot, window, point, point + QPoint(2, 0))
    pain(window).panel.candidates.setCurrentRow(0)
    chosen = pain(window).session.candidates[0].key
    assert window.selection.current == chosen
    assert window.overlay.trigger_point_items
    assert any(not p.isEmpty() for p in window.overlay.zone_paths.values())


def test_export_writes_png_and_json(qtbot, window, tmp_path):
    session = pain(window).session
    blank, _ = session.export(tmp_path / "blank.png")
    session.set_tool("tap")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=region_point(window, RegionKey("temple", "left"), "anterior"))
    png, data = session.export(tmp_path / "drawing.png")
    # The picture is the record of issue 20.6, with the tapped temple painted on it.
    from bodymap.ui.modes.pain.record import WIDTH, RecordDetails, figure_frame

    source, target = figure_frame(window.scene, RecordDetails(datetime.now()))
    image, before = QImage(str(png)), QImage(str(blank))
    assert image.width() == WIDTH and image.height() > target.bottom()

    def on_picture(scene_point: QPointF):
        return (target.topLeft() + (scene_point - source.topLeft())
                * (target.width() / source.width())).toPoint()

    figure = window.scene.figures["anterior"]
    temple = figure.root.mapToScene(QPointF(*figure.view.regions[
        RegionKey("temple", "left")].interior_point))
    assert image.pixel(on_picture(temple)) != before.pixel(on_picture(temple))
    thigh = figure.root.mapToScene(QPointF(*figure.view.regions[
        RegionKey("anterior_thigh", "right")].interior_point))
    far = on_picture(thigh)
    assert image.pixel(far) == before.pixel(far)  # and nothing elsewhere
    exported = json.loads(data.read_text())
    regions = {f"{r['region']}.{r['side']}": r for r in exported["regions"]}
    assert regions["temple.left"]["fraction"] > 0.9
    assert exported["extent"]["percent_of_body"] > 0
    assert exported["strokes"] == [{"view": "anterior", "kind": "fill", "region": "temple.left",
                                    "intensity": 5, "sensation": "pain"}]
    assert (tmp_path / "drawing.csv").read_text().startswith("region,side,label,")
    assert "upper_trapezius" in [r["muscle"] for r in exported["ranking"][:3]]
    assert {"muscle", "side", "score", "why", "trigger_points"} <= set(exported["ranking"][0])
    assert exported["ranking"][0]["trigger_points"][0]["side"] in ("left", "right")


def test_heat_map_fit_covers_every_trigger_point_a_candidate_rests_on(reference):
    from bodymap.domain.lookup import PainDrawing, rank
    from bodymap.ui.modes.pain.heat_map import candidate_fit

    areas = reference.atlas.region_areas()
    keys = [RegionKey("low_back", "left"), RegionKey("sacroiliac", "left"),
            RegionKey("iliac_crest", "left")]
    ranked = rank(PainDrawing.from_regions(keys, areas, reference.dataset.regions),
                  reference.dataset, areas)
    several = next(c for c in ranked if len(c.trigger_points) > 1)
    fit = candidate_fit(reference, [several])
    assert {k: fit[k] for k in keys} == {k: several.score for k in keys}


def test_heat_map_opens_with_pyqtgraph(qtbot, window):
    pain(window).session.tap("posterior", QPointF(
        *window.reference.atlas.view("posterior").regions[
            RegionKey("low_back", "left")].interior_point))
    pain(window).show_heat_map()
    heat = pain(window).heat_map
    qtbot.addWidget(heat)
    assert heat.image.image is not None and heat.image.image.shape[0] == 800
    heat.density_button.setChecked(True)
    assert "every muscle" in heat.caption.text()


def test_leaving_the_mode_restores_explore(qtbot, window):
    window.set_mode("explore")
    assert window.view.tool is None
    assert window.side_stack.currentWidget() is window.modes.get("explore").detail


def test_the_app_starts_without_numpy_or_pyqtgraph():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
            "from bodymap.atlas.reference import load_reference\n"
            "from bodymap.ui.app import application\n"
            "from bodymap.ui.main_window import MainWindow\n"
            "app = application(); w = MainWindow(load_reference()); w.show(); app.processEvents()\n"
            "heavy = [m for m in ('pyqtgraph', 'numpy', 'jsonschema') if m in sys.modules]\n"
            "print(heavy)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "pyqtgraph" not in result.stdout and "numpy" not in result.stdout


def test_region_names_are_shown_whole(qtbot, window):
    """Issue 20.5: 'Posterolateral / side of neck' was cut to 'Posterolateral'."""
    key = RegionKey("lateral_neck", "left")
    label = window.reference.dataset.regions[key.region_id].label
    point = region_point(window, key)
    paint(qtbot, window, point, point + QPoint(2, 2))
    text = pain(window).panel.extent_label.text()
    assert " / " in label and label in text.replace("&amp;", "&")


def test_each_candidate_reads_plainly_with_a_score_bar_and_a_detail_line(qtbot, window):
    from bodymap.domain.candidate_words import detail_line, plain_reason

    point = region_point(window, RegionKey("angle_of_neck", "left"))
    paint(qtbot, window, point - QPoint(3, 0), point + QPoint(3, 0))
    panel = pain(window).panel
    first = pain(window).session.candidates[0]
    row = panel.candidates.itemWidget(panel.candidates.item(0))
    assert row.reason.text() == plain_reason(first)
    assert "essential" not in row.reason.text() and "Simons" not in row.reason.text()
    assert row.detail.text() == detail_line(first)
    assert row.bar.value() == round(first.score * 100)
    # each row is given the height its wrapped text needs: nothing is cut off
    item = panel.candidates.item(0)
    assert item.sizeHint().height() >= row.layout().totalHeightForWidth(
        item.sizeHint().width())


def test_the_docs_link_points_at_a_page_that_exists(window):
    from bodymap.ui.docs_link import lookup_docs_url

    url = lookup_docs_url()
    assert url.toString() in pain(window).panel.docs_note.text()
    if url.isLocalFile():
        assert url.toLocalFile().endswith("docs/lookup.md")
        from pathlib import Path
        assert Path(url.toLocalFile()).is_file()
    else:
        assert url.toString().endswith("/docs/lookup.md")


def test_the_docs_link_falls_back_to_the_project_page(tmp_path):
    from bodymap.ui.docs_link import docs_url

    url = docs_url("lookup.md", checkout=tmp_path)
    assert url.scheme() == "https" and url.toString().endswith("/blob/main/docs/lookup.md")


def test_the_exported_picture_is_a_record(qtbot, window, tmp_path, monkeypatch):
    """Issue 20.6: title, date, reference and ranking; no muscles, zones, markers or focus
    ring drawn on the figures; everything back on screen afterwards."""
    from datetime import datetime

    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from bodymap.ui.map_pane.figure import Z_CONTOUR
    from bodymap.ui.modes.pain.record import RecordDetails

    point = region_point(window, RegionKey("angle_of_neck", "left"))
    paint(qtbot, window, point - QPoint(3, 0), point + QPoint(3, 0))
    window.select(pain(window).session.candidates[0].key)  # zones and markers on the map
    window.keyboard.focus(pain(window).session.candidates[0].key)  # and a focus ring
    scene = window.scene
    roots = {f.root for f in scene.figures.values()}
    before = {item: item.isVisible() for item in scene.items()}
    seen_while_rendering: list = []
    render = type(scene).render

    def spy(self, painter, target, source, mode):
        seen_while_rendering.extend(i for i in self.items() if i.isVisible())
        render(self, painter, target, source, mode)

    monkeypatch.setattr(type(scene), "render", spy)
    texts: list[str] = []
    monkeypatch.setattr("bodymap.ui.modes.pain.record.QPainter.drawText",
                        lambda self, *args: texts.append(str(args[-1])))
    details = RecordDetails(datetime(2026, 12, 4, 17, 10), "MRN 12345")
    image = pain(window).session.record_picture(details)
    assert not image.isNull() and image.width() >= 1200
    assert seen_while_rendering
    for item in seen_while_rendering:
        assert item in roots or (item.parentItem() in roots and (
            item.zValue() <= Z_CONTOUR or isinstance(item, QGraphicsSimpleTextItem)))
    assert {item: item.isVisible() for item in scene.items()} == before
    joined = "\n".join(texts)
    assert "Pain drawing" in joined and "4 December 2026" in joined
    assert "Patient reference: MRN 12345" in joined
    name = window.reference.dataset.muscle(pain(window).session.candidates[0].key.muscle_id)
    assert f"1. {name.display_name(pain(window).session.candidates[0].key.side)}" in joined
    assert "Where the pain was drawn" in joined and "not a diagnosis" in joined


def test_no_reference_line_without_a_reference(qtbot, window, monkeypatch):
    from datetime import datetime

    from bodymap.ui.modes.pain.record import RecordDetails

    point = region_point(window, RegionKey("angle_of_neck", "left"))
    paint(qtbot, window, point, point + QPoint(2, 2))
    texts: list[str] = []
    monkeypatch.setattr("bodymap.ui.modes.pain.record.QPainter.drawText",
                        lambda self, *args: texts.append(str(args[-1])))
    pain(window).session.record_picture(RecordDetails(datetime(2026, 12, 4, 9, 5)))
    assert not any("Patient reference" in t for t in texts)


def test_the_brush_has_smooth_edges_in_the_record(qtbot, window):
    from PySide6.QtCore import QSizeF

    from bodymap.ui.modes.pain.canvas import Stroke
    from bodymap.ui.modes.pain.record import pain_layer

    stroke = Stroke("posterior", "paint", 20.0, ((300.0, 500.0), (340.0, 580.0)))
    source = window.scene.figure_rect("both")
    layer = pain_layer(window.scene, [stroke], source, QSizeF(source.size() * 1.5), "#3b4cc0")
    alphas = {layer.pixelColor(x, y).alpha() for x in range(0, layer.width(), 2)
              for y in range(0, layer.height(), 4)}
    assert 255 in alphas and 0 in alphas
    assert any(0 < a < 255 for a in alphas)  # antialiased edge, not a staircase


def test_the_default_file_name_carries_the_date():
    from datetime import datetime

    from bodymap.ui.modes.pain.record import default_file_name

    assert default_file_name(datetime(2026, 3, 7, 23, 59)) == "pain-drawing-2026-03-07.png"


def test_the_drawing_on_screen_is_scaled_smoothly(window):
    for item in pain(window).session._items.values():
        assert item.transformationMode() == Qt.TransformationMode.SmoothTransformation


def test_export_offers_a_dated_name_and_heads_the_picture_with_the_reference(
        qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    point = region_point(window, RegionKey("angle_of_neck", "left"))
    paint(qtbot, window, point, point + QPoint(2, 2))
    session = pain(window).session
    session.patient_reference = "  MRN 12345 "
    offered: list[str] = []

    def save_as(parent, title, suggested, filters):
        offered.append(suggested)
        return str(tmp_path / "record.png"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    exported: list = []
    monkeypatch.setattr(session, "export", lambda path, header: exported.append((path, header)))
    pain(window).export_drawing()
    today = datetime.now().strftime("%Y-%m-%d")
    assert offered and offered[0].endswith(f"pain-drawing-{today}.png")
    (path, header), = exported
    assert path == tmp_path / "record.png" and header.patient_reference == "MRN 12345"


def test_cancelling_the_file_dialog_exports_nothing(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    session = pain(window).session
    monkeypatch.setattr(session, "export", lambda *a: pytest.fail("exported"))
    pain(window).export_drawing()
def test_pain_on_the_sole_is_drawn_measured_and_exported(qtbot, window, tmp_path):
    """The soles are measured (decision 42): a tap on the ball of the foot, with the soles
    framed, fills it, ranks the sole muscles, shows in the heat map and in the export."""
    window.set_framing("plantar")
    session = pain(window).session
    session.set_tool("tap")
    key = RegionKey("ball_of_foot", "left")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=region_point(window, key, "plantar"))
    area = window.reference.atlas.view("plantar").regions[key].area
    assert session.drawn[key] / area > 0.9
    assert key in session.extent.regions and session.extent.percent_of_body > 0
    top = list(dict.fromkeys(c.key.muscle_id for c in session.candidates))[:3]
    assert "flexor_digitorum_brevis" in top, top
    pain(window).show_heat_map()
    heat = pain(window).heat_map
    qtbot.addWidget(heat)
    assert heat.image.image is not None
    png, data = session.export(tmp_path / "sole.png")
    exported = json.loads(data.read_text())
    [stroke] = exported["strokes"]
    assert {k: stroke[k] for k in ("view", "kind", "region")} == {
        "view": "plantar", "kind": "fill", "region": "ball_of_foot.left"}
    # the picture holds the soles beside the back and front
    from bodymap.ui.modes.pain.record import RecordDetails, figure_frame, recorded_views

    assert recorded_views(window.scene, session.canvas.strokes) == ["posterior", "anterior",
                                                                    "plantar"]
    source, _ = figure_frame(window.scene, RecordDetails(datetime.now().astimezone(), ""),
                             session.canvas.strokes)
    assert source.contains(window.scene.figure_rect("plantar"))
    assert source.contains(window.scene.figure_rect("both"))
    assert not QImage(str(png)).isNull()
    # the map still shows only the soles, as before the export
    assert window.scene.figures["plantar"].root.isVisible()
    assert not window.scene.figures["posterior"].root.isVisible()


def test_the_side_of_the_head_is_not_measured(reference):
    """Every region the lateral head draws is also drawn on the front or back: measuring it
    would count that skin twice (decision 42)."""
    assert reference.atlas.measured() == ("posterior", "anterior", "plantar")


def test_region_shares_never_exceed_1_even_with_every_region_filled(window):
    """Drawn area is counted in mask pixels; dividing it by the vector outline's area gave
    up to 1.04 for a fully drawn region (the jaw angle)."""
    from PySide6.QtCore import QPointF

    atlas = window.scene.reference.atlas
    for view in pain(window).session.rasters:
        for region in atlas.view(view).regions.values():
            pain(window).session.tap(view, QPointF(*region.interior_point))
    shares = [r["fraction"] for r in pain(window).session.to_json()["regions"]]
    assert shares and max(shares) <= 1.0
    assert max(shares) == 1.0  # a region filled whole is exactly 1


def test_each_region_keeps_the_highest_intensity_and_the_sensations_drawn_there(window):
    from PySide6.QtCore import QPointF

    from bodymap.ui.modes.pain.canvas import Stroke

    temple = window.scene.figures["anterior"].view.regions[RegionKey("temple", "left")]
    point = QPointF(*temple.interior_point)
    pain(window).session.set_intensity(3)
    pain(window).session.set_sensation("tingling")
    pain(window).session.tap("anterior", point)  # the whole temple, at 3, tingling
    pain(window).session.set_intensity(8)
    pain(window).session.set_sensation("pain")
    pain(window).session.canvas.apply(Stroke("anterior", "paint", 6.0, ((point.x(), point.y()),),
                                    intensity=pain(window).session.intensity,
                                    sensation=pain(window).session.sensation))
    entry = next(r for r in pain(window).session.to_json()["regions"]
                 if (r["region"], r["side"]) == ("temple", "left"))
    assert entry["intensity"] == 8
    assert entry["kinds"] == ["pain", "tingling"]
    pain(window).session.undo()  # the dab at 8 is gone: the region is back to 3
    entry = next(r for r in pain(window).session.to_json()["regions"]
                 if (r["region"], r["side"]) == ("temple", "left"))
    assert entry["intensity"] == 3 and entry["kinds"] == ["tingling"]
    with pytest.raises(ValueError):
        pain(window).session.set_sensation("itch")


def test_an_exported_drawing_opens_again_and_is_ranked_afresh(qtbot, window, tmp_path):
    from bodymap.domain.drawing_record import read_record

    pain(window).session.patient_reference = "A-17"
    point = region_point(window, RegionKey("angle_of_neck", "left"))
    paint(qtbot, window, point - QPoint(3, 0), point + QPoint(3, 0))
    before = [c.key for c in pain(window).session.candidates]
    drawn = dict(pain(window).session.drawn)
    _, data = pain(window).session.export(tmp_path / "visit1.png")
    pain(window).session.clear()
    assert not pain(window).session.candidates
    pain(window).session.load_record(read_record(data))
    assert pain(window).session.drawn == drawn
    assert [c.key for c in pain(window).session.candidates] == before
    assert pain(window).session.patient_reference == "A-17"
