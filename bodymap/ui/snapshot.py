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
    image = window.grab()
    window.close()
    return save_png(image, output)


def save_png(image, output: Path | str) -> Path:
    """Save a QImage or QPixmap as PNG, all or nothing (domain/atomic_write.py); raise
    WriteFailed with one line for a person."""
    from bodymap.domain.atomic_write import WriteFailed, atomic_paths, check_target

    output = check_target(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteFailed(f"cannot write {output}: {error.strerror}") from None
    with atomic_paths([output], verify=complete_png) as (temporary,):
        if not image.save(str(temporary), "PNG"):
            raise WriteFailed(f"cannot write {output}: the image could not be saved "
                              "(is the disk full?)")
    return output


def complete_png(temporary: Path, output: Path) -> None:
    """A complete PNG starts with its signature and ends with the IEND chunk."""
    from bodymap.domain.atomic_write import WriteFailed

    with open(temporary, "rb") as stream:
        start = stream.read(8)
        stream.seek(0, 2)
        stream.seek(max(0, stream.tell() - 12))
        end = stream.read()
    if start != b"\x89PNG\r\n\x1a\n" or not end.startswith(b"\x00\x00\x00\x00IEND"):
        raise WriteFailed(f"cannot write {output}: the image came out incomplete "
                          "(is the disk full?)")
