"""Where the bundled data and atlas live: inside the package, as package data
(bodymap/data, bodymap/assets), in a checkout, a wheel install and a frozen bundle alike.

`importlib.resources.files("bodymap")` names that folder. Importing importlib.resources
costs about 3 ms of start-up (it pulls in its readers and adapters), so when the package is
an ordinary folder on disk (every way bodymap is installed: checkout, editable, wheel,
PyInstaller one-folder bundle) its folder is taken from this module's own location, which is
the same answer; tests/test_package.py checks they agree. Only an unusual loader (a zip
import) goes through importlib.resources. The loaders need real files (they report
file:line:column), so a package inside a zip archive is not supported and says so.
"""

from __future__ import annotations

import os
from pathlib import Path


def package_root() -> Path:
    """The folder holding the bodymap package's own files."""
    here = Path(__file__).resolve().parent
    if (here / "data").is_dir():
        return here
    import importlib.resources

    root = importlib.resources.files("bodymap")
    if isinstance(root, Path):
        return root
    # A zip import: report the bundled files as missing (the app says so in a dialog).
    return Path(str(root))


def data_folders(root: Path, override: str | None) -> tuple[Path, Path]:
    """The reference data folder and the atlas folder: the bundled ones, or with
    BODYMAP_DATA_DIR set, that folder (laid out as bodymap/data) and its `atlas` subfolder
    when it has one. For measuring bodymap on other data (benchmarks/synthetic_data.py) and
    for editors preparing a new dataset; docs/performance.md."""
    if not override:
        return root / "data", root / "assets" / "atlas"
    folder = Path(override).resolve()
    atlas = folder / "atlas"
    return folder, atlas if atlas.is_dir() else root / "assets" / "atlas"


ROOT = package_root()
DATA_DIR, ATLAS_DIR = data_folders(ROOT, os.environ.get("BODYMAP_DATA_DIR"))
ICONS_DIR = ROOT / "assets" / "icons"
DATA_FILE = DATA_DIR / "trigger_points.yaml"
SCHEMA_FILE = DATA_DIR / "trigger_points.schema.json"
REGIONS_FILE = DATA_DIR / "body_regions.yaml"
SPEC_MUSCLES_FILE = DATA_DIR / "muscles.yaml"
GENERAL_FILE = DATA_DIR / "dry_needling.yaml"
GENERAL_SCHEMA_FILE = DATA_DIR / "dry_needling.schema.json"
ICON_FILE = ICONS_DIR / "bodymap.svg"
# Translations: of the patient register (per-language YAML beside the English data) and of
# the interface (Qt .ts sources and compiled .qm files). docs/translating.md.
CONTENT_TRANSLATIONS_DIR = DATA_DIR / "i18n"
UI_TRANSLATIONS_DIR = ROOT / "assets" / "i18n"
DATA_VERSION_FILE = DATA_DIR / "VERSION"


def data_version() -> str:
    """The version of the bundled reference content (data and atlas), which is released on
    its own calendar (CHANGELOG.md); 'unknown' if its file is missing."""
    from bodymap.domain.bounded_read import read_bounded  # a regular file, read with a bound

    try:
        return read_bounded(DATA_VERSION_FILE, 4096).decode("utf-8").strip() or "unknown"
    except (OSError, UnicodeDecodeError):
        return "unknown"
