"""Where bodymap keeps the start-up cache, per platform, in the folder Qt's QStandardPaths
names for it (CacheLocation), without importing Qt.

The command-line verbs that read the cache (`show`, `lookup`) never load Qt: importing
QtCore alone would take 60 ms of their 80. So this module follows QStandardPaths' rules for
CacheLocation itself, for the organisation and application names that ui/app.py gives Qt,
and tests/test_locations.py checks it gives Qt's answer. The study progress database (the
data folder) is only opened by the app, which asks QStandardPaths directly (ui/folders.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION = "bodymap"
APPLICATION = "bodymap"


def cache_dir() -> Path | None:
    """QStandardPaths' CacheLocation for bodymap: ~/.cache/bodymap/bodymap on Linux (or under
    $XDG_CACHE_HOME), %LOCALAPPDATA%\\bodymap\\bodymap\\cache on Windows and
    ~/Library/Caches/bodymap/bodymap on macOS. None when there is no home folder to put it
    in (then nothing is cached)."""
    try:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
            return Path(base) / ORGANIZATION / APPLICATION / "cache"
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / ORGANIZATION / APPLICATION
        base = os.environ.get("XDG_CACHE_HOME", "")
        if not base.startswith("/"):  # the XDG spec: a relative path is ignored
            base = str(Path.home() / ".cache")
        return Path(base) / ORGANIZATION / APPLICATION
    except RuntimeError:  # Path.home() with no home at all
        return None
