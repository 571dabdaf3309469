"""Rasterising atlas outlines for area tests (tiling, zone agreement), 1 px per unit."""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from bodymap.atlas.geometry import Outline
from bodymap.ui.map_pane.paths import to_painter_path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 700, 1600


def mask(*outlines: Outline) -> np.ndarray:
    """Boolean mask (HEIGHT x WIDTH) of the union of the outlines."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_Grayscale8)
    image.fill(0)
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(255, 255, 255)))
    for outline in outlines:
        painter.drawPath(to_painter_path(outline))
    painter.end()
    bits = np.frombuffer(image.constBits(), np.uint8).reshape(HEIGHT, image.bytesPerLine())
    return bits[:, :WIDTH] > 127


@lru_cache(maxsize=1)
def build_atlas_module():
    """tools/build_atlas.py, imported as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("build_atlas", ROOT / "tools" / "build_atlas.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_atlas"] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module
