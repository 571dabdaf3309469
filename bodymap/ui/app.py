"""Start the application: load the reference (falling back to the bundled data with a clear
message if the chosen data file is bad) and show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from bodymap import resources
from bodymap.atlas.reference import Reference, load_reference
from bodymap.domain.model import MuscleSide
from bodymap.domain.problems import DataError


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bodymap")
    app.setApplicationDisplayName("bodymap")
    app.setOrganizationName("bodymap")
    if resources.ICON_FILE.is_file():
        app.setWindowIcon(QIcon(str(resources.ICON_FILE)))
    return app


def load_or_fall_back(data_file: Path | None,
                      atlas_dir: Path | None = None) -> tuple[Reference, DataError | None]:
    """The chosen data and atlas if they are sound; otherwise the bundled ones and the
    error to show."""
    try:
        return load_reference(data_file, atlas_dir), None
    except DataError as error:
        if data_file is None and atlas_dir is None:
            raise
        return load_reference(None, None), error


def show_sized_to_screen(window) -> None:
    """Maximised on small screens (a laptop's 1366x768); otherwise a generous window that
    fits the screen with its frame."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        window.show()
        return
    available = screen.availableGeometry()
    if available.width() < 1600 or available.height() < 950:
        window.showMaximized()
        return
    width, height = int(available.width() * 0.85), int(available.height() * 0.85)
    window.resize(width, height)
    window.move(available.center().x() - width // 2, available.center().y() - height // 2)
    window.show()


def run_kiosk(config_file: Path | None = None, data_file: Path | None = None) -> int:
    """Full screen, locked, patient-safe; stores nothing. Bad data falls back to the
    bundled reference silently (no dialog a visitor could not dismiss)."""
    from bodymap.domain.kiosk_config import KioskConfig
    from bodymap.ui.kiosk_window import KioskWindow

    try:
        config = KioskConfig.load(config_file)
    except DataError as error:
        for p in error.problems:
            print(p, file=sys.stderr)
        return 1
    app = application()
    try:
        reference, problem = load_or_fall_back(data_file)
    except DataError as error:
        for p in error.problems:
            print(p, file=sys.stderr)
        return 1
    if problem is not None:
        for p in problem.problems:
            print(p, file=sys.stderr)
    window = KioskWindow(reference, config)
    window.activate()
    return app.exec()


def run(data_file: Path | None = None, atlas_dir: Path | None = None,
        select: MuscleSide | None = None, view: str = "both") -> int:
    from bodymap.ui.main_window import MainWindow

    app = application()
    try:
        reference, problem = load_or_fall_back(data_file, atlas_dir)
    except DataError as error:  # the bundled data itself is broken: nothing to show
        for p in error.problems:
            print(p, file=sys.stderr)
        return 1
    window = MainWindow(reference)
    show_sized_to_screen(window)
    if view != "both":
        window.set_framing(view)
    if select is not None and select.muscle_id in reference.dataset:
        window.select(select)
    if problem is not None:
        lines = "\n".join(str(p) for p in problem.problems[:12])
        more = len(problem.problems) - 12
        if more > 0:
            lines += f"\n… and {more} more"
        QMessageBox.warning(window, "bodymap — data not loaded",
                            "The chosen data or atlas has problems, so bodymap is showing its "
                            f"bundled reference instead.\n\n{lines}")
    return app.exec()
