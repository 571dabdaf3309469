#!/usr/bin/env python3
"""Render the contact sheet: one small snapshot of the map per muscle (its left side
selected: outline, trigger points and referral zones), then one per figure outside the
overview (side of the head, soles), in a grid, as docs/images/contact-sheet.png.

Run after any change to the atlas or the data, then look at every tile:
    QT_QPA_PLATFORM=offscreen python tools/contact_sheet.py
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402

from bodymap.atlas.reference import load_reference  # noqa: E402
from bodymap.domain.model import MuscleSide  # noqa: E402
from bodymap.ui.app import application  # noqa: E402
from bodymap.ui.main_window import MainWindow  # noqa: E402
from bodymap.ui.map_pane.scene import TITLES  # noqa: E402

TILE_W, TILE_H, CAPTION = 440, 360, 28
COLUMNS = 6


def render_tiles(window: MainWindow, app) -> list[tuple[str, QImage]]:
    tiles = []
    for muscle in window.reference.dataset:
        window.scene.set_depth(None)
        window.select(MuscleSide(muscle.id, "left"))
        window.view.reset_zoom()
        app.processEvents()
        tiles.append((f"Left {muscle.name[0].lower()}{muscle.name[1:]}",
                      window.view.grab().toImage()))
    # The figures outside the overview (side of the head, soles), each framed alone with its
    # landmarks shown, so their outline, sides and landmarks are looked at too.
    window.select(None)
    scene = window.scene
    for name in scene.figures:
        if name in scene.overview:
            continue
        window.set_framing(name)
        scene.set_landmarks_visible(True)
        app.processEvents()
        tiles.append((f"{TITLES.get(name, name)}, with landmarks", window.view.grab().toImage()))
        scene.set_landmarks_visible(False)
    window.set_framing("both")
    return tiles


def compose(tiles: list[tuple[str, QImage]]) -> QImage:
    rows = (len(tiles) + COLUMNS - 1) // COLUMNS
    sheet = QImage(COLUMNS * TILE_W, rows * (TILE_H + CAPTION), QImage.Format.Format_RGB32)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont()
    font.setPointSizeF(10)
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    for index, (name, image) in enumerate(tiles):
        x = (index % COLUMNS) * TILE_W
        y = (index // COLUMNS) * (TILE_H + CAPTION)
        scaled = image.scaled(TILE_W - 8, TILE_H - 4, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(x + (TILE_W - scaled.width()) // 2, y + 2, scaled)
        painter.setPen(QColor("#2a2522"))
        painter.drawText(QRectF(x, y + TILE_H, TILE_W, CAPTION),
                         Qt.AlignmentFlag.AlignCenter, name)
        painter.setPen(QColor("#ddd6cf"))
        painter.drawRect(x, y, TILE_W - 1, TILE_H + CAPTION - 1)
    painter.end()
    return sheet


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path,
                        default=ROOT / "docs" / "images" / "contact-sheet.png")
    parser.add_argument("--data", type=Path)
    parser.add_argument("--atlas", type=Path)
    args = parser.parse_args(argv)
    app = application()
    window = MainWindow(load_reference(args.data, args.atlas))
    window.resize(1500, 900)
    window.show()
    window.pane.zoom_buttons.hide()
    app.processEvents()
    sheet = compose(render_tiles(window, app))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(args.output))
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
