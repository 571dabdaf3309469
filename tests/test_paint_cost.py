"""What keeps painting cheap (docs/decisions/0009): outline items never stroke their path to
answer bounds or hit tests, the map's outlines are all such items, nothing on the map is cached
as pixmaps, and Qt's paint thread pool is off unless the user says so."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from bodymap.ui.map_pane.figure import Z_ZONE
from bodymap.ui.map_pane.outline_item import PEN_MARGIN, OutlineItem


def square(size: float = 100.0) -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(0, 0, size, size))
    return path


def cosmetic(width: float) -> QPen:
    pen = QPen(QColor("#000000"), width)
    pen.setCosmetic(True)
    return pen


def test_bounds_are_the_path_and_a_margin_for_the_pen(qapp):
    item = OutlineItem(square())
    item.setPen(cosmetic(2.0))
    assert item.boundingRect() == QRectF(0, 0, 100, 100).adjusted(
        -2 * PEN_MARGIN, -2 * PEN_MARGIN, 2 * PEN_MARGIN, 2 * PEN_MARGIN)
    # Qt's own answer (a stroke of the whole path) lies inside ours: nothing is clipped.
    stroked = QGraphicsPathItem(square())
    stroked.setPen(cosmetic(2.0))
    assert item.boundingRect().contains(stroked.boundingRect())


def test_bounds_follow_a_new_pen_and_a_new_path(qapp):
    item = OutlineItem(square())
    item.setPen(cosmetic(1.0))
    thin = item.boundingRect()
    item.setPen(cosmetic(3.0))
    assert item.boundingRect().contains(thin) and item.boundingRect() != thin
    item.setPath(square(300))
    assert item.boundingRect().width() > 300


def test_the_hit_area_is_the_filled_path_not_its_stroke(qapp):
    item = OutlineItem(square())
    item.setPen(cosmetic(8.0))
    assert item.contains(QPointF(50, 50))
    assert not item.contains(QPointF(102, 50))  # on the pen, outside the outline
    assert item.shape() == square()


def test_the_maps_outlines_and_zones_are_outline_items(main_window):
    window = main_window
    figure = window.scene.figures["posterior"]
    assert all(isinstance(item, OutlineItem) for item in figure.muscles.values())
    window.select(next(iter(figure.muscles)))
    zones = [item for item in window.scene.items() if item.zValue() in (Z_ZONE, Z_ZONE + 1)]
    assert zones and all(isinstance(item, OutlineItem) for item in zones)
    assert isinstance(window.overlay.selected_outline, OutlineItem)


def test_the_app_turns_off_qts_paint_thread_pool_unless_told_otherwise():
    code = ("import os; from bodymap.ui.app import application; application(); "
            "print(os.environ['QT_NO_GUI_THREADPOOL'])")
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=60, check=True).stdout
    assert out.strip() == "1"
    env["QT_NO_GUI_THREADPOOL"] = ""  # set by the user, even empty: theirs to choose
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=60, check=True).stdout
    assert out.strip() == ""


def test_nothing_on_the_map_is_cached_as_a_pixmap(main_window):
    """Painting the map directly is cheap enough; item caches were re-made at every zoom
    and kept Qt's pixmap cache growing to its limit (decision 0009)."""
    from PySide6.QtWidgets import QGraphicsItem

    main_window.select(next(iter(main_window.scene.muscle_items())))
    assert all(item.cacheMode() == QGraphicsItem.CacheMode.NoCache
               for item in main_window.scene.items())
