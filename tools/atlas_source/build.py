"""Build every figure of the atlas and write the SVGs (the command line of build_atlas.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from atlas_source import edits
from atlas_source.figures import FIGURES, SOURCE, SourceError
from atlas_source.svg import render_svg
from bodymap.resources import ATLAS_DIR

OUT_DIR = ATLAS_DIR   # where the app reads the atlas (bodymap.resources)


def build_all(source: Path = SOURCE) -> dict[str, str]:
    """The SVG text of every figure, by view name."""
    return {view: render_svg(build(source)) for view, build in FIGURES.items()}


def import_edit(path: Path, view: str | None = None, source: Path = SOURCE,
                report=print) -> list[str]:
    """Take the outlines edited in `path` (an atlas SVG saved by Inkscape) into the source."""
    view = view or edits.view_of(path)
    built = render_svg(FIGURES[view](source))
    changed = edits.import_svg(path, view, built, source, report)
    for element_id in changed:
        report(f"imported {element_id} into {edits.edited_file(source, view)}")
    if not changed:
        report(f"{path}: no outline on the patient's left differs from the source")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the atlas SVGs from tools/atlas_source.")
    parser.add_argument("--out", type=Path, default=OUT_DIR,
                        help="folder to write the SVGs into (default: the app's atlas folder, "
                             "bodymap/assets/atlas)")
    parser.add_argument("--import", dest="imported", type=Path, metavar="SVG",
                        help="first take the muscle and zone outlines edited in this figure "
                             "SVG (saved by Inkscape) into tools/atlas_source/edited/")
    parser.add_argument("--view", choices=sorted(FIGURES),
                        help="the figure the imported SVG shows (default: from its <title>)")
    parser.add_argument("--source", type=Path, default=SOURCE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.imported is not None:
            import_edit(args.imported, args.view, args.source)
        built = build_all(args.source)
    except (SourceError, edits.EditError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for view, text in built.items():
        path = args.out / f"{view}.svg"
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0
