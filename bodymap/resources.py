"""Where the bundled data and atlas live: beside the package in a checkout or editable
install, or under <prefix>/share/bodymap in a regular install."""

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
