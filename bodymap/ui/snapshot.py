"""Render the main window offscreen to a PNG, in a chosen state."""

from __future__ import annotations

from pathlib import Path

from bodymap.atlas.reference import Reference
from bodymap.domain.model import MuscleSide
from bodymap.ui.png_file import save_png


def render_snapshot(reference: Reference, output: Path, size: tuple[int, int] = (1366, 768),
                    select: MuscleSide | None = None, view: str = "both",
                    mode: str = "explore") -> Path:
    from bodymap.domain.progress import ProgressStore
    from bodymap.ui.app import application
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.modes.study.mode import StudyMode

    app = application()
    # A snapshot shows a study question but never touches saved progress.
    window = MainWindow(reference, open_progress=lambda: (ProgressStore.in_memory(), None))
    window.resize(*size)
    window.show()
    app.processEvents()
    if view != "both":
        window.set_framing(view)
    if mode != "explore":
        window.set_mode(mode)
    if isinstance(window.current, StudyMode):
        window.current.session.rng.seed(7)
        window.current.session.start(10)
    if select is not None:
        window.select(select)
    app.processEvents()
    image = window.grab()
    window.close()
    return save_png(image, output)
