"""PNG files written all or nothing: the snapshot and the pain drawing's export both save
through here (domain/atomic_write.py does the renaming and the clean-up)."""

from __future__ import annotations

from pathlib import Path


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
