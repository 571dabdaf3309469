"""The Inkscape round trip: outlines an illustrator edited, kept as source.

`edited/<view>.svg` beside this file holds, for each figure, the muscle outlines and zone
shapes that were redrawn by hand: `muscle.<id>.left` and `zone.<muscle>.<trp>.<kind>.left`
paths in that figure's document coordinates, on the PATIENT'S LEFT only. The build uses
such an outline instead of the one in the Python source, mirrors it for the right side,
clips the muscle's fibres to it and checks that its trigger-point markers still lie inside.

`import_svg()` (`python tools/build_atlas.py --import EDITED.svg`) reads a figure SVG as
Inkscape saved it (layers, sodipodi and inkscape attributes, transforms on groups and
paths, absolute or relative path commands), compares each muscle and zone on the patient's
left with what the source draws, and stores the ones that differ in `edited/<view>.svg`.
Deleting an element from that file returns the shape to its Python source.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from atlas_source.primitives.curves import Curve, Pt, line
from atlas_source.views import FRAMES

SVG_NS = "http://www.w3.org/2000/svg"
MUSCLE = re.compile(r"^muscle\.([a-z][a-z0-9_]*)\.(left|right)$")
ZONE = re.compile(r"^zone\.([a-z][a-z0-9_]*)\.(trp[1-9][0-9]*)\.(essential|spillover)\."
                  r"(left|right)$")
TOLERANCE = 0.05   # document units: the SVGs are written to 0.01


class EditError(ValueError):
    """An edited SVG the atlas source cannot take."""


@dataclass
class Edits:
    """Outlines redrawn by hand, in body coordinates (patient's left)."""

    muscles: dict[str, Curve] = field(default_factory=dict)
    zones: dict[tuple[str, str, str], list[Curve]] = field(default_factory=dict)


def edited_file(source: Path, view: str) -> Path:
    return source / "edited" / f"{view}.svg"


def load(source: Path, view: str) -> Edits:
    """The edited outlines of one figure (none when it has no edited file)."""
    path = edited_file(source, view)
    if not path.exists():
        return Edits()
    shapes = read_shapes(path)
    edits = Edits()
    for element_id, outline in shapes.items():
        if (m := MUSCLE.match(element_id)) and m[2] == "left":
            curves = to_curves(outline, view, path, element_id)
            if len(curves) != 1:
                raise EditError(f"{path}: {element_id} must be one closed outline "
                                f"(found {len(curves)} subpaths)")
            edits.muscles[m[1]] = curves[0]
        elif (z := ZONE.match(element_id)) and z[4] == "left":
            edits.zones[(z[1], z[2], z[3])] = to_curves(outline, view, path, element_id)
    return edits


# --- reading an SVG as Inkscape writes it ------------------------------------------------------
def read_shapes(path: Path) -> dict[str, object]:
    """Every muscle and zone path of an SVG file by id, as an Outline in document
    coordinates (transforms of enclosing groups and of the path itself applied)."""
    from bodymap.atlas.geometry import PathSyntaxError, parse_path
    from bodymap.atlas.loader import IDENTITY, parse_transform

    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        raise EditError(f"{path}: not a readable SVG: {error}") from None
    found: dict[str, object] = {}

    def walk(element, matrix) -> None:
        if "transform" in element.attrib:
            matrix = _multiply(matrix, parse_transform(element.attrib["transform"]))
        element_id = element.attrib.get("id", "")
        if MUSCLE.match(element_id) or ZONE.match(element_id):
            if element.tag != f"{{{SVG_NS}}}path":
                raise EditError(f"{path}: {element_id} must be a <path> (convert the object "
                                "to a path in Inkscape: Path > Object to Path)")
            try:
                outline = parse_path(element.attrib.get("d", ""))
            except PathSyntaxError as error:
                raise EditError(f"{path}: {element_id}: {error}") from None
            found[element_id] = _transformed(outline, matrix)
        for child in element:
            walk(child, matrix)

    walk(root, IDENTITY)
    return found


def _multiply(m1, m2):
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2,
            a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1)


def _transformed(outline, m):
    from bodymap.atlas.geometry import Outline

    a, b, c, d, e, f = m
    commands = []
    for cmd in outline.commands:
        coords = cmd[1:]
        moved: list[float] = []
        for i in range(0, len(coords), 2):
            x, y = coords[i], coords[i + 1]
            moved += [a * x + c * y + e, b * x + d * y + f]
        commands.append((cmd[0], *moved))
    return Outline(tuple(commands))


def to_curves(outline, view: str, path: Path | str = "", element_id: str = "") -> list[Curve]:
    """Document-coordinate outline (patient's left) -> closed curves in body coordinates."""
    frame = FRAMES[view]

    def body(x: float, y: float) -> Pt:
        return (frame.lat(x, "left"), y)

    curves: list[Curve] = []
    segs: list = []
    start = current = None
    for cmd in outline.commands:
        op = cmd[0]
        if op == "M":
            if segs:
                curves.append(_close(segs, start))
            segs, start = [], body(cmd[1], cmd[2])
            current = start
        elif op == "L":
            q = body(cmd[1], cmd[2])
            segs += line(current, q).segs
            current = q
        elif op == "C":
            c1, c2, q = body(cmd[1], cmd[2]), body(cmd[3], cmd[4]), body(cmd[5], cmd[6])
            segs.append((current, c1, c2, q))
            current = q
        elif op == "Z":
            if segs:
                curves.append(_close(segs, start))
            segs, current = [], start
    if segs:
        curves.append(_close(segs, start))
    if not curves:
        raise EditError(f"{path}: {element_id} has no outline")
    return curves


def _close(segs: list, start: Pt) -> Curve:
    end = segs[-1][3]
    if abs(end[0] - start[0]) > 1e-6 or abs(end[1] - start[1]) > 1e-6:
        segs = segs + line(end, start).segs
    return Curve(segs)


# --- importing an edited figure ---------------------------------------------------------------
def same_shape(a, b) -> bool:
    """Two outlines are the same drawing: same commands, points within TOLERANCE."""
    if len(a.commands) != len(b.commands):
        return False
    for ca, cb in zip(a.commands, b.commands, strict=True):
        if ca[0] != cb[0] or any(abs(p - q) > TOLERANCE for p, q in zip(ca[1:], cb[1:],
                                                                          strict=True)):
            return False
    return True


def import_svg(edited: Path, view: str, built_svg: str, source: Path,
               report=print) -> list[str]:
    """Store in edited/<view>.svg every left-side muscle and zone of `edited` that differs
    from `built_svg` (the figure as the source draws it now). Returns the ids stored."""
    import tempfile

    if view not in FRAMES:
        raise EditError(f"no atlas figure named {view!r} (one of {', '.join(FRAMES)})")
    theirs = read_shapes(edited)
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp) / f"{view}.svg"
        built.write_text(built_svg, encoding="utf-8")
        ours = read_shapes(built)
    target = edited_file(source, view)
    kept = read_shapes(target) if target.exists() else {}
    changed = []
    for element_id, outline in theirs.items():
        if element_id not in ours:
            raise EditError(f"{edited}: {element_id} is not drawn on the {view} figure "
                            "(add new muscles in the source first: docs/atlas.md)")
        if same_shape(outline, ours[element_id]):
            continue
        if element_id.endswith(".right"):
            report(f"note: {element_id} was edited, but only the patient's left side is "
                   "source (the right is its mirror image): edit the .left outline")
            continue
        to_curves(outline, view, edited, element_id)          # readable as a source outline
        kept[element_id] = outline
        changed.append(element_id)
    if changed:
        write_edited(target, view, kept)
    return changed


def write_edited(target: Path, view: str, shapes: dict[str, object]) -> None:
    """edited/<view>.svg: the hand-drawn outlines, one Inkscape layer each kind."""
    from atlas_source.svg import View, fmt

    frame = FRAMES[view]
    drawer = View(view)
    width, height = fmt(frame.width), fmt(frame.height)

    def paths(pattern: re.Pattern) -> list[str]:
        out = []
        for element_id in sorted(shapes):
            if pattern.match(element_id):
                curves = to_curves(shapes[element_id], view, target, element_id)
                out.append(f'    <path id="{element_id}" d="{drawer.d(curves, "left")}"/>')
        return out

    text = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- bodymap atlas source: outlines of the {view} figure redrawn by hand (patient's",
        "     left only; the build mirrors them), written by the import option of",
        "     tools/build_atlas.py. You may also edit this file in Inkscape. Remove a path to",
        "     return that shape to its Python source in tools/atlas_source/parts. -->",
        '<svg xmlns="http://www.w3.org/2000/svg"',
        '     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"',
        f'     width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        '  <g inkscape:groupmode="layer" inkscape:label="Muscles" id="muscles" '
        'fill="#c98e82" stroke="#7c4a42">',
        *paths(MUSCLE),
        "  </g>",
        '  <g inkscape:groupmode="layer" inkscape:label="Referral zones" id="zones" '
        'fill="#b3261e" fill-opacity="0.3">',
        *paths(ZONE),
        "  </g>",
        "</svg>",
    ]) + "\n"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def view_of(path: Path, text: str | None = None) -> str:
    """The figure an SVG shows, from its <title> (bodymap atlas: <view> view) or file name."""
    text = text if text is not None else path.read_text(encoding="utf-8", errors="replace")
    match = re.search(r"<title[^>]*>bodymap atlas: ([a-z_]+) view</title>", text)
    if match:
        return match[1]
    if path.stem in FRAMES:
        return path.stem
    print(f"{path}: cannot tell which figure this is; pass --view", file=sys.stderr)
    raise EditError(f"{path}: unknown figure")
