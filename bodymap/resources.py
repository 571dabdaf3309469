"""Where the bundled data and atlas live: beside the package, in a checkout or an editable
install (`pip install -e .`, what the README uses). Nothing installs them anywhere else yet
(decision 0003): the <prefix>/share/bodymap fallback below is only where a regular install
would look, and no regular install puts them there."""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "data" / "trigger_points.yaml").is_file():
        return checkout
    return Path(sys.prefix) / "share" / "bodymap"


ROOT = _root()
DATA_DIR = ROOT / "data"
ATLAS_DIR = ROOT / "assets" / "atlas"
DATA_FILE = DATA_DIR / "trigger_points.yaml"
SCHEMA_FILE = DATA_DIR / "trigger_points.schema.json"
REGIONS_FILE = DATA_DIR / "body_regions.yaml"
SPEC_MUSCLES_FILE = DATA_DIR / "muscles.yaml"
GENERAL_FILE = DATA_DIR / "dry_needling.yaml"
GENERAL_SCHEMA_FILE = DATA_DIR / "dry_needling.schema.json"
ICON_FILE = ROOT / "assets" / "icons" / "bodymap.svg"
