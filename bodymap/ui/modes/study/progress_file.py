"""Where study progress is kept: the database in the user's data folder, opened with its
notices in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bodymap.domain.progress import ProgressStore


def open_progress_store() -> tuple[ProgressStore, str | None]:
    """The study progress database in the user's data folder (QStandardPaths)."""
    from bodymap.ui.folders import data_dir

    folder = data_dir()
    if folder is None:
        return ProgressStore.in_memory(), QCoreApplication.translate(
            "progress", "No data folder: progress is kept for this run only.")
    return ProgressStore.open(folder / "progress.sqlite3",
                              translate=QCoreApplication.translate)
