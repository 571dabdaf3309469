"""Build every figure of the atlas and write the SVGs (the command line of build_atlas.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from atlas_source.figures import FIGURES, SOURCE
from atlas_source.svg import render_svg

ROOT = SOURCE.parent.parent
OUT_DIR = ROOT / "assets" / "atlas"


def build_all(source: Path = SOURCE) -> dict[str, str]:
    """The SVG text of every figure, by view name."""
    return {view: render_svg(build(source)) for view, build in FIGURES.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the atlas SVGs from tools/atlas_source.")
    parser.add_argument("--out", type=Path, default=OUT_DIR,
                        help="folder to write the SVGs into (default: assets/atlas)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for view, text in build_all().items():
        path = args.out / f"{view}.svg"
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0
