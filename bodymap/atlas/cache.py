"""A cache of the loaded, validated and cross-checked reference, so a start-up with
unchanged files skips YAML parsing, JSON Schema validation (and the jsonschema import) and
SVG parsing.

The key is a hash of everything the result depends on: the contents of every input file
(data, vocabularies, schemas, atlas) and of the code that reads them, plus the Python and
bodymap versions. Change any of it and the key changes, so a stale entry is never used.

An entry is data, never code (atlas/cache_format.py: JSON of the model's own dataclasses;
see docs/decisions/0007). Its first line names the format, the key it was made for and a
BLAKE2 digest of the rest; all three are checked before the rest is read. Entries are read
only from a folder owned by this user and writable by no one else, so nobody else can plant
or alter one. Any problem at all (a damaged or foreign entry, a folder that is a file, an
entry that is a folder, a read-only or full disk) means "no cache": the reference is loaded
from the files as if there were none. Bad data is never cached: it raises before the cache
is written. The kiosk reads the cache but never writes it (it stores nothing).

A frozen bundle has no source files: there the code's part of the key is the digest of them
that the bundle build wrote beside the package (scripts/build-bundle.py), the same value.
The folder is Qt's CacheLocation for bodymap (bodymap/locations.py).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from bodymap import __version__, locations, resources
from bodymap.atlas.model import VIEWS
from bodymap.atlas.reference import Reference, load_reference
from bodymap.domain.bounded_read import UnreadableFile, read_bounded

try:  # hashlib's blake2b is this one; hashlib itself also loads OpenSSL (2.5 ms of start-up)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b

FORMAT = b"bodymap-cache 1"  # the JSON format of atlas/cache_format.py, version 1
MAX_INPUT_BYTES = 16 * 1024 * 1024  # the largest input any reader accepts (the atlas)
MAX_ENTRY_BYTES = 64 * 1024 * 1024
CODE = Path(__file__).resolve().parent.parent
CODE_FILES = ("domain", "atlas", "resources.py")
CODE_DIGEST_FILE = CODE / "code-digest.txt"  # only in a frozen bundle, which has no sources
KEEP = 4  # newest entries kept; older ones are removed when a new one is written


def cache_dir() -> Path | None:
    return locations.cache_dir()


def _inputs(data_file: Path | None, atlas_dir: Path | None) -> list[Path]:
    atlas_dir = Path(atlas_dir) if atlas_dir is not None else resources.ATLAS_DIR
    files = [Path(data_file) if data_file is not None else resources.DATA_FILE,
             resources.SCHEMA_FILE, resources.REGIONS_FILE, resources.SPEC_MUSCLES_FILE,
             resources.GENERAL_FILE, resources.GENERAL_SCHEMA_FILE,
             *(atlas_dir / f"{view}.svg" for view in VIEWS)]
    return files


def code_digest() -> str | None:
    """A digest of the code that reads the inputs: of its source files, or in a frozen
    bundle the one the build wrote (CODE_DIGEST_FILE). None if neither can be read."""
    files: list[Path] = []
    for name in CODE_FILES:
        path = CODE / name
        files += sorted(path.glob("*.py")) if path.is_dir() else [path]
    digest = blake2b(digest_size=20)
    try:
        for path in files:
            content = path.read_bytes()
            digest.update(f"{path.relative_to(CODE).as_posix()} {len(content)} ".encode())
            digest.update(content)
    except OSError:
        try:
            return CODE_DIGEST_FILE.read_text(encoding="ascii").strip() or None
        except OSError:
            return None
    return digest.hexdigest()


def cache_key(data_file: Path | None = None, atlas_dir: Path | None = None) -> str | None:
    """The key for these inputs, or None if one cannot be read (then there is no caching;
    the loader reports the problem)."""
    code = code_digest()
    folder = cache_dir()
    if code is None or folder is None:
        return None
    digest = blake2b(digest_size=20)
    digest.update(f"{__version__} {sys.version} {code} ".encode() + FORMAT)
    for path in _inputs(data_file, atlas_dir):
        try:
            content = read_bounded(path, MAX_INPUT_BYTES)
        except UnreadableFile:
            return None
        # The whole path, not only the name: the loaded reference records where it was read
        # from (for messages, the About box), so two installs with the same files (a wheel
        # and a bundle, say) must not share an entry.
        digest.update(str(path).encode())
        digest.update(len(content).to_bytes(8, "little"))
        digest.update(content)
    return digest.hexdigest()


def load_reference_cached(data_file: Path | None = None, atlas_dir: Path | None = None,
                          write: bool = True) -> Reference:
    """Like load_reference, from the cache when the inputs are unchanged."""
    key, folder = cache_key(data_file, atlas_dir), cache_dir()
    if key is None or folder is None:
        return load_reference(data_file, atlas_dir)
    entry = folder / f"reference-{key}.json"
    reference = read_entry(entry, key)
    if reference is not None:
        return reference
    reference = load_reference(data_file, atlas_dir)
    if write:
        store_entry(entry, key, reference)
    return reference


def is_private_folder(folder: Path) -> bool:
    """True for a real folder owned by this user that no one else may write to: the only
    kind an entry is read from or written to."""
    try:
        info = os.stat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if not hasattr(os, "geteuid"):  # Windows: the folder is under the user's own profile
        return True
    return (info.st_uid == os.geteuid()
            and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def read_entry(entry: Path, key: str) -> Reference | None:
    """The reference in `entry` if it is a sound entry for `key`, else None (and a damaged
    entry is removed when the folder allows it)."""
    if not is_private_folder(entry.parent):
        return None
    try:
        raw = read_bounded(entry, MAX_ENTRY_BYTES)
    except UnreadableFile:
        return None  # missing, a folder, a device: no cache, and nothing of it touched
    header, _, body = raw.partition(b"\n")
    if header == _header(key, body):
        from bodymap.atlas.cache_format import FormatError, decode

        try:
            return _without_gc(decode, body)
        except (FormatError, MemoryError):  # any error here means "no cache"
            pass
    with contextlib.suppress(OSError):  # a damaged entry: remove it so it is rebuilt
        entry.unlink()  # (a read-only folder keeps it, and there is simply no cache)
    return None


def _header(key: str, body: bytes) -> bytes:
    """An entry's first line: the format, the key of the inputs it was made from, and a
    digest of the body (a truncated or altered body never matches)."""
    return b" ".join((FORMAT, key.encode(), blake2b(body, digest_size=20).hexdigest().encode()))


def _without_gc(function, *args):
    """Run `function` without the cyclic garbage collector, which would otherwise run dozens
    of times while the objects appear and find nothing to free (2-3 ms of start-up)."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return function(*args)
    finally:
        if was_enabled:
            gc.enable()


def store_entry(entry: Path, key: str, reference: Reference) -> bool:
    """Write `reference` as the entry for `key`, all or nothing; False when it cannot be
    (then the next start-up simply loads the files again)."""
    from bodymap.atlas.cache_format import FormatError, encode
    from bodymap.domain.atomic_write import write_bytes

    folder = entry.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    if not is_private_folder(folder):
        return False
    try:
        body = encode(reference)
    except FormatError:
        return False
    try:
        write_bytes(entry, _header(key, body) + b"\n" + body, private=True)
    except OSError:
        return False
    _prune(folder)
    return True


def _prune(folder: Path) -> None:
    """Keep the newest KEEP entries; remove older ones and entries of the old pickle format
    (never read again)."""
    try:
        for old in folder.glob("reference-*.pickle"):
            old.unlink(missing_ok=True)
        entries = sorted(folder.glob("reference-*.json"),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def data_hash(data_file: Path | None = None, atlas_dir: Path | None = None) -> str:
    """A hash of the reference content a drawing is measured on (the data, the schemas, the
    regions and the atlas), recorded in exported drawings so a later reader can tell whether
    it ranks them with the same data. Contents only, not paths: two installs of the same
    release agree. 'unknown' if an input cannot be read."""
    from hashlib import sha256

    digest = sha256()
    for path in _inputs(data_file, atlas_dir):
        try:
            content = read_bounded(path, MAX_INPUT_BYTES)
        except UnreadableFile:
            return "unknown"
        digest.update(path.name.encode() + b"\0" + len(content).to_bytes(8, "little"))
        digest.update(content)
    return "sha256:" + digest.hexdigest()
