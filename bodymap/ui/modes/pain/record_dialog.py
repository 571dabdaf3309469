"""Where to save an exported pain drawing: a file name with the date offered."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from bodymap.ui.modes.pain.record import default_file_name


def ask_export_path(parent: QWidget, folder: Path, taken: datetime) -> Path | None:
    """The file to export to, `pain-drawing-<date>.png` offered; None if cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, "Export the pain drawing",
                                          str(folder / default_file_name(taken)),
                                          "PNG image (*.png)")
    return Path(path) if path else None
