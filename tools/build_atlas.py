#!/usr/bin/env python3
"""Generate the bodymap atlas (bodymap/assets/atlas/*.svg) from its source, tools/atlas_source/.

THE SOURCE OF THE ATLAS IS tools/atlas_source/ (see docs/atlas.md): the SVG files are its
output. Run `python tools/build_atlas.py` after changing the source.
"""

from __future__ import annotations

import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from atlas_source.build import FIGURES, OUT_DIR, build_all, import_edit, main  # noqa: E402
from atlas_source.svg import View  # noqa: E402

__all__ = ["FIGURES", "OUT_DIR", "View", "build_all", "import_edit", "main"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
