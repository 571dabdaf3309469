"""Write files all or nothing: into a temporary file in the target's folder, flushed to disk,
then moved over the target in one step (os.replace). On any failure the old file is
untouched and the temporary file is removed; the caller gets one WriteFailed with a message
fit for a person ("cannot write /x/handout.pdf: No space left on device").

Every file bodymap writes goes through here: handout PDFs, snapshots, pain drawings (PNG and
JSON together), the start-up cache.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path


class WriteFailed(OSError):
    """A file could not be written; str() is one line naming the file and the reason."""


def check_target(target: Path | str) -> Path:
    """The target as a Path, or WriteFailed when it can never be a file we replace: an empty
    name, a folder, a device such as /dev/full, a FIFO."""
    text = os.fspath(target)
    if not text.strip():
        raise WriteFailed("cannot write a file with an empty name")
    path = Path(text)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return path
    except OSError as error:
        raise WriteFailed(f"cannot write {path}: {error.strerror}") from None
    if stat.S_ISDIR(mode):
        raise WriteFailed(f"cannot write {path}: it is a folder; give a file name")
    if not stat.S_ISREG(mode):
        # Replacing /dev/full or a FIFO with a regular file would be wrong (and, as root,
        # would succeed): refuse anything that is not already a regular file.
        raise WriteFailed(f"cannot write {path}: it is not a regular file")
    return path


def _permissions(target: Path, private: bool) -> int:
    """The old file's permissions, else what a new file gets under the umask (mkstemp's
    temporary files are 0600, which would hide a handout from the rest of the clinic)."""
    if private:
        return 0o600
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _temporary(target: Path) -> Path:
    folder = target.parent
    if not folder.is_dir():
        raise WriteFailed(f"cannot write {target}: the folder {folder} does not exist")
    try:
        descriptor, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.",
                                            suffix=".part")
    except OSError as error:
        raise WriteFailed(f"cannot write {target}: {error.strerror}") from None
    os.close(descriptor)
    return Path(name)


def _sync(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system can sync a folder
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def atomic_paths(targets: Sequence[Path | str],
                 verify: Callable[[Path, Path], None] | None = None,
                 private: bool = False) -> Iterator[list[Path]]:
    """Temporary paths, one per target, to write to (also by libraries that want a path,
    such as QPdfWriter). When the block ends normally, each is checked by `verify(temporary,
    target)` (which raises WriteFailed if the file is not complete), synced and moved over
    its target; all targets are replaced together or none is. On any failure every
    temporary file is removed, the old files are left as they were, and WriteFailed is
    raised. `private` files are readable by their owner only."""
    paths = [check_target(t) for t in targets]
    temporaries: list[Path] = []
    try:
        for path in paths:
            temporaries.append(_temporary(path))
        yield list(temporaries)
        for temporary, path in zip(temporaries, paths, strict=True):
            if verify is not None:
                verify(temporary, path)
            os.chmod(temporary, _permissions(path, private))
            _sync(temporary)
        _replace_together(temporaries, paths)
    except WriteFailed:
        raise
    except OSError as error:
        failed = error.filename or (paths[0] if paths else "")
        raise WriteFailed(f"cannot write {_named(failed, temporaries, paths)}: "
                          f"{error.strerror or error}") from None
    finally:
        for temporary in temporaries:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _named(failed: str | os.PathLike[str], temporaries: list[Path], paths: list[Path]) -> Path:
    """The target a failing temporary file stands for (people know the target's name)."""
    for temporary, path in zip(temporaries, paths, strict=False):
        if os.fspath(failed) == os.fspath(temporary):
            return path
    return Path(os.fspath(failed)) if failed else paths[0]


def _replace_together(temporaries: list[Path], paths: list[Path]) -> None:
    """Move each temporary over its target. With several targets, keep the old ones (as hard
    links) until all are in place, and put them back if any move fails."""
    if len(paths) == 1:
        os.replace(temporaries[0], paths[0])
        _sync_folder(paths[0].parent)
        return
    backups: dict[Path, Path] = {}
    placed: list[Path] = []
    try:
        for path in paths:
            if path.exists():
                backup = _temporary(path)
                backup.unlink()
                os.link(path, backup)
                backups[path] = backup
        for temporary, path in zip(temporaries, paths, strict=True):
            os.replace(temporary, path)
            placed.append(path)
    except OSError:
        for path in placed:
            with contextlib.suppress(OSError):
                if path in backups:
                    os.replace(backups.pop(path), path)
                else:
                    path.unlink()
        raise
    finally:
        for backup in backups.values():
            with contextlib.suppress(OSError):
                backup.unlink()
    _sync_folder(paths[0].parent)


def write_bytes(target: Path | str, data: bytes, private: bool = False) -> Path:
    """Write `data` to `target` all or nothing; raise WriteFailed."""
    with atomic_paths([target], private=private) as (temporary,), \
            open(temporary, "wb") as stream:
        stream.write(data)
        stream.flush()
    return Path(target)


def write_text(target: Path | str, text: str) -> Path:
    return write_bytes(target, text.encode("utf-8"))
