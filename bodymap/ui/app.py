"""Start the application: load the reference (falling back to the bundled data with a clear
message if the chosen data file is bad) and show the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from bodymap import __version__, locations, resources
from bodymap.atlas.cache import load_reference_cached
from bodymap.atlas.reference import Reference
from bodymap.domain.model import MuscleSide
from bodymap.domain.problems import DataError
from bodymap.ui.errors import ErrorReporter, dialog_shower

# The application id: the base name of packaging/linux/*.desktop and the metainfo's <id>.
APP_ID = "io.github.bodymap.bodymap"


def application() -> QApplication:
    # Qt's raster engine hands large fills to a thread pool and waits for it; on the two
    # or four cores of clinic hardware the hand-off costs more than the fill (a click's
    # repaint took twice as long, a 4K frame half as long again). Qt reads this once, when
    # it first paints; set it before anything paints. See docs/decisions/0009.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    # These names place the cache and data folders (QStandardPaths; bodymap/locations.py).
    app.setApplicationName(locations.APPLICATION)
    app.setApplicationDisplayName("bodymap")
    app.setOrganizationName(locations.ORGANIZATION)
    app.setApplicationVersion(__version__)
    # Desktops match the window to bodymap's .desktop file (its icon, name, taskbar group).
    app.setDesktopFileName(APP_ID)
    return app


def finish_start_up(app: QApplication, window) -> None:
    """What can wait until the window's first frame is up:
    - the window icon: it is an SVG, and Qt loads its SVG icon plugin (and QtSvg) for it;
    - gc.freeze(): what start-up made (the reference, the map) lives as long as the app, so
      the garbage collector stops walking it on every full collection (3-4 ms each, which
      landed in the middle of clicks)."""
    from bodymap.ui.first_frame import after_first_frame

    def finish() -> None:
        import gc

        from PySide6.QtGui import QIcon

        if resources.ICON_FILE.is_file():
            app.setWindowIcon(QIcon(str(resources.ICON_FILE)))
        gc.collect()
        gc.freeze()

    after_first_frame(window, finish)


def load_or_fall_back(data_file: Path | None, atlas_dir: Path | None = None,
                      write_cache: bool = True) -> tuple[Reference, DataError | None]:
    """The chosen data and atlas if they are sound; otherwise the bundled ones and the
    error to show. Unchanged inputs come from the cache (bodymap/atlas/cache.py)."""
    try:
        return load_reference_cached(data_file, atlas_dir, write_cache), None
    except DataError as error:
        if data_file is None and atlas_dir is None:
            raise
        return load_reference_cached(None, None, write_cache), error


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


def run_smoke(data_file: Path | None = None, atlas_dir: Path | None = None,
              kiosk: bool = False, config_file: Path | None = None) -> int:
    """Start as the app does, paint the first full frame, report how long it took.
    Time is measured from interpreter start, so imports count."""

    from PySide6.QtCore import QTimer

    started = _process_start()
    config = None
    if kiosk:
        config = _kiosk_config(config_file)
        if config is None:
            return 1
    try:
        reference = load_reference_cached(data_file, atlas_dir, write=not kiosk)
    except DataError as error:
        for p in error.problems:
            print(p, file=sys.stderr)
        if data_file is None and atlas_dir is None:
            print("bodymap: the bundled data did not load; the app would show these "
                  "problems and exit (reinstalling bodymap should repair it)", file=sys.stderr)
        else:
            print("bodymap: the data did not load; the app would fall back to the bundled "
                  "reference", file=sys.stderr)
        return 2
    app = application()
    kiosk_window = None
    if config is not None:
        from bodymap.ui.kiosk.window import KioskWindow

        kiosk_window = KioskWindow(reference, config)
        window: QWidget = kiosk_window
        window.resize(1366, 768)
    else:
        from bodymap.ui.main_window import MainWindow

        window = MainWindow(reference)
    finish_start_up(app, window)
    clock = FirstPaintClock(window)  # after: its reading is queued before what finishes
    window.show()
    painted = []

    def first_frame() -> None:
        painted.append(clock.wait(app))
        app.exit(0)  # exit, not quit: a kiosk window refuses to close

    QTimer.singleShot(0, first_frame)
    app.exec()
    print(f"startup_ms={round((painted[0] - started) * 1000)}")
    if os.environ.get("BODYMAP_REPORT_RSS"):  # for benchmarks/run.py
        print(f"rss_kb={resident_kb()}")
    if kiosk_window is not None:
        kiosk_window.admin_exit()
    return 0


class FirstPaintClock:
    """When a window's first frame has been painted. Qt paints a window only once the
    platform reports it exposed, which arrives as an event after show(): before that,
    repaint() paints nothing. The clock reads the time in a call queued at the window's
    first paint (ui/first_frame.py), which runs once the whole frame is done. Make the
    clock before show(), and after anything else that waits for the first frame (its call
    is then queued first); wait() inside the event loop. benchmarks/first_frame_clock.py
    times the floor the same way, without importing bodymap."""

    def __init__(self, window) -> None:
        import time

        from bodymap.ui.first_frame import after_first_frame

        self.window = window
        self.painted_at: float | None = None
        after_first_frame(window, lambda: setattr(self, "painted_at", time.perf_counter()))

    def wait(self, app: QApplication, timeout_s: float = 10.0) -> float:
        """perf_counter() at the end of the first frame (painting it now if the platform
        never exposes the window)."""
        import time

        deadline = time.perf_counter() + timeout_s
        while self.painted_at is None and time.perf_counter() < deadline:
            app.processEvents()
        if self.painted_at is None:
            self.window.repaint()
            return time.perf_counter()
        return self.painted_at


def resident_kb() -> int:
    """Resident memory of this process in kB (Linux), 0 where unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _process_start() -> float:
    """perf_counter() at the moment this process started (Linux: from /proc)."""
    import os
    import time

    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19])
        hz = os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        age = up - ticks / hz
        return time.perf_counter() - age
    except (OSError, ValueError, IndexError):
        return time.perf_counter()


def run_kiosk(config_file: Path | None = None, data_file: Path | None = None) -> int:
    """Full screen, locked, patient-safe; stores nothing. Bad data falls back to the
    bundled reference silently (no dialog a visitor could not dismiss)."""
    from bodymap.ui.kiosk.window import KioskWindow

    config = _kiosk_config(config_file)
    if config is None:
        return 1
    app = application()
    try:
        # A kiosk stores nothing, not even the start-up cache.
        reference, problem = load_or_fall_back(data_file, write_cache=False)
    except DataError as error:
        for p in error.problems:
            print(p, file=sys.stderr)
        return 1
    if problem is not None:
        for p in problem.problems:
            print(p, file=sys.stderr)
    window = KioskWindow(reference, config)
    # In a kiosk nobody can dismiss an error dialog: log it and start afresh instead.
    reporter = ErrorReporter(lambda summary, details: window.go_home()).install()
    finish_start_up(app, window)
    window.activate()
    try:
        return app.exec()
    finally:
        reporter.uninstall()


def _kiosk_config(config_file: Path | None):
    """The kiosk settings, with their warnings printed; None if the file cannot be used
    (each problem printed on one line, file:line:column first)."""
    from bodymap.domain.kiosk_config import KioskConfig

    try:
        config = KioskConfig.load(config_file)
    except DataError as error:
        for p in error.problems:
            print(p, file=sys.stderr)
        return None
    for warning in config.warnings():
        print(f"bodymap: warning: {warning}", file=sys.stderr)
    return config


def problem_lines(error: DataError, limit: int = 12) -> str:
    """The first `limit` problems, one a line, and how many more there are."""
    lines = "\n".join(str(p) for p in error.problems[:limit])
    more = len(error.problems) - limit
    if more > 0:
        lines += f"\n… and {more} more"
    return lines


def start_up_failure_box(error: DataError):
    """The dialog for a start that cannot go on: bodymap's own data or atlas is missing or
    damaged (a broken install), so there is no reference to show."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "bodymap — cannot start",
                      "bodymap cannot start: the reference data or the drawing it comes with "
                      "is missing or damaged. Reinstalling bodymap should repair it.",
                      QMessageBox.StandardButton.Close)
    from PySide6.QtCore import Qt

    box.setTextFormat(Qt.TextFormat.PlainText)  # problems quote file names and contents
    box.setInformativeText(f"{problem_lines(error)}\n\nbodymap's files are in "
                           f"{resources.ROOT}.")
    box.setDetailedText("\n".join(str(p) for p in error.problems))
    return box


def run(data_file: Path | None = None, atlas_dir: Path | None = None,
        select: MuscleSide | None = None, view: str = "both",
        high_contrast: bool = False) -> int:
    from bodymap.ui.main_window import MainWindow

    app = application()
    try:
        reference, problem = load_or_fall_back(data_file, atlas_dir)
    except DataError as error:  # the bundled data itself is broken: nothing to show
        for p in error.problems:
            print(p, file=sys.stderr)
        # Started from a desktop menu there is no terminal: say it where it can be seen.
        start_up_failure_box(error).exec()
        return 1
    from bodymap.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_THEME

    from bodymap.ui.app_settings import AppSettings

    # The desktop app remembers its settings; the kiosk (run_kiosk) never builds this window.
    window = MainWindow(reference, HIGH_CONTRAST_THEME if high_contrast else DEFAULT_THEME,
                        settings=AppSettings.open())
    reporter = ErrorReporter(dialog_shower(window)).install()
    finish_start_up(app, window)
    show_sized_to_screen(window)
    if view != "both":
        window.set_framing(view)
    if select is not None and select.muscle_id in reference.dataset:
        window.select(select)
    if problem is not None:
        from PySide6.QtWidgets import QMessageBox

        from bodymap.ui.markup import escape

        # The problems quote the data file: escaped, so none of it is read as markup.
        text = ("The chosen data or atlas has problems, so bodymap is showing its bundled "
                f"reference instead.\n\n{problem_lines(problem)}")
        QMessageBox.warning(window, "bodymap — data not loaded",
                            "<qt>" + escape(text, quote=False).replace("\n", "<br>") + "</qt>")
    try:
        return app.exec()
    finally:
        reporter.uninstall()
