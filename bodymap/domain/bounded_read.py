"""Read a file bodymap was given (data, kiosk settings, atlas, schema, cache entry) only if it
is a regular file within a size limit, and never read more than that limit.

`Path.read_bytes()` trusts the file: `/dev/zero` reports size 0 and never ends, a FIFO blocks
until a writer comes, a device may do anything. Here the file is opened without blocking and
without following a final symlink into a device, checked with fstat on the open descriptor
(so it cannot be swapped between the check and the read), and read with a bound.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class UnreadableFile(OSError):
    """A file that is missing, not a regular file, too large or unreadable; `reason` is a
    short phrase for a message ("this is a folder, not a file")."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def _describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "this is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "this is a pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "this is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "this is a socket, not a file"
    return "this is not a regular file"


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of `path`, or UnreadableFile if it is not a regular file of at most `limit`
    bytes. Returns at once for devices, FIFOs and folders."""
    try:  # look before opening: opening some devices already does something
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UnreadableFile(path, "no such file") from None
    except OSError as error:
        raise UnreadableFile(path, f"cannot be read: {error.strerror}") from None
    if not stat.S_ISREG(mode):
        raise UnreadableFile(path, _describe(mode))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise UnreadableFile(path, "no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(path, _describe(stat.S_IFDIR)) from None
    except OSError as error:
        raise UnreadableFile(path, f"cannot be read: {error.strerror}") from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(path, _describe(info.st_mode))
        if info.st_size > limit:
            raise UnreadableFile(path, f"the file is {_size(info.st_size)}; files larger "
                                       f"than {_size(limit)} are refused")
        chunks, total = [], 0
        while True:  # a file still growing stops at the limit, never later
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise UnreadableFile(path, f"the file grew past {_size(limit)} while it was "
                                           "read; files larger than that are refused")
        return b"".join(chunks)
    except UnreadableFile:
        raise
    except OSError as error:
        raise UnreadableFile(path, f"cannot be read: {error.strerror}") from None
    finally:
        os.close(descriptor)


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        megabytes = count / (1024 * 1024)
        return f"{megabytes:.0f} MB" if megabytes.is_integer() else f"{megabytes:.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.0f} KB"
    return f"{count} bytes"
