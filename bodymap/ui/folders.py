"""The folders bodymap writes to, per platform, as Qt's QStandardPaths names them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from bodymap import locations


def data_dir() -> Path | None:
    """Where the study progress is kept (AppDataLocation): ~/.local/share/bodymap/bodymap on
    Linux, %APPDATA%\\bodymap\\bodymap on Windows, ~/Library/Application Support/bodymap/
    bodymap on macOS. None if the platform has none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) if folder else None


def writable_folders() -> dict[str, Path | None]:
    """What bodymap may write, and where: for the About box and for bug reports. bodymap
    keeps no settings file, so there is no configuration folder to name."""
    return {"Study progress": data_dir(), "Start-up cache": locations.cache_dir()}
