"""A cache of the loaded, validated and cross-checked reference, so a start-up with
unchanged files skips YAML parsing, JSON Schema validation (and the jsonschema import) and
SVG parsing.

The key is a hash of everything the result depends on: the contents of every input file
(data, vocabularies, schemas, atlas) and of the code that reads them, plus the Python and
bodymap versions. Change any of it and the key changes, so a stale entry is never used; an
unreadable entry is ignored and rebuilt. Bad data is never cached: it raises before the
cache is written. The kiosk reads the cache but never writes it (it stores nothing).

A frozen bundle has no source files: there the code's part of the key is the digest of them
that the bundle build wrote beside the package (scripts/build-bundle.py), the same value.
The folder is Qt's CacheLocation for bodymap (bodymap/locations.py).
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from pathlib import Path

from bodymap import __version__, locations, resources
from bodymap.atlas.model import VIEWS
from bodymap.atlas.reference import Reference, load_reference

try:  # hashlib's blake2b is this one; hashlib itself also loads OpenSSL (2.5 ms of start-up)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b

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
    digest.update(f"{__version__} {sys.version} {pickle.HIGHEST_PROTOCOL} {code}".encode())
    for path in _inputs(data_file, atlas_dir):
        try:
            content = path.read_bytes()
        except OSError:
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
    entry = folder / f"reference-{key}.pickle"
    try:
        with entry.open("rb") as stream:
            reference = _unpickle(stream)
        if isinstance(reference, Reference):
            return reference
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged entry is rebuilt, never trusted
        entry.unlink(missing_ok=True)
    reference = load_reference(data_file, atlas_dir)
    if write:
        _store(entry, reference)
    return reference


def _unpickle(stream) -> object:
    """pickle.load without the cyclic garbage collector, which would otherwise run dozens of
    times while the objects appear and find nothing to free (2-3 ms of start-up)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(stream)
    finally:
        if was_enabled:
            gc.enable()


def _store(entry: Path, reference: Reference) -> None:
    import tempfile  # only when writing: most start-ups read

    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=entry.parent, delete=False,
                                         suffix=".tmp") as stream:
            pickle.dump(reference, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(stream.name, entry)
        entries = sorted(entry.parent.glob("reference-*.pickle"),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home is fine: the next start-up simply loads again
