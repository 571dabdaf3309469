#!/usr/bin/env python3
"""Render the app icon (bodymap/assets/icons/bodymap.svg) at the sizes Linux desktops look
for, into packaging/linux/icons/hicolor/<size>x<size>/apps/, with the SVG itself under
scalable/. Run after changing the icon; tests/test_desktop.py checks the PNGs match it.

    python tools/render_icons.py
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from bodymap import resources  # noqa: E402

APP_ID = "io.github.bodymap.bodymap"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual app sizes
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"


def render(size: int) -> QImage:
    """The icon at size x size pixels, antialiased, on transparency."""
    QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(resources.ICON_FILE)).render(painter)
    painter.end()
    return image


def icon_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def main() -> int:
    for size in SIZES:
        path = icon_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        print(path.relative_to(ROOT))
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(resources.ICON_FILE, scalable)
    print(scalable.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
