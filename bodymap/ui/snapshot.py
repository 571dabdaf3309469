"""Render the main window offscreen to a PNG, in a chosen state."""

from __future__ import annotations

from pathlib import Path

from bodymap.atlas.reference import Reference
from bodymap.domain.model import MuscleSide


def render_snapshot(reference: Reference, output: Path, size: tuple[int, int] = (1366, 768),
                    select: MuscleSide | None = None, view: str = "both",
                    mode: str = "explore") -> Path:
    from bodymap.ui.app import application
    from bodymap.ui.main_window import MainWindow

    app = application()
    window = MainWindow(reference)
    window.resize(*size)
    window.show()
    app.processEvents()
    if view != "both":
        window.set_framing(view)
    if mode == "study":  # a snapshot shows a question but never touches saved progress
        from bodymap.domain.progress import ProgressStore

        window._open_study_mode(ProgressStore.in_memory())
    if mode != "explore":
        window.set_mode(mode)
    if mode == "study":
        window.study.rng.seed(7)
        window.study.start(10)
    if select is not None:
        window.select(select)
    app.processEvents()
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output), "PNG"):
        raise OSError(f"could not write {output}")
    window.close()
    return output
