"""Read bodymap/assets/atlas/*.svg safely into an Atlas, by the element ids of spec/ATLAS.md.

The SVG is read with expat directly: we refuse any DOCTYPE (so no external entities and no
entity expansion), keep each element's line and column for messages, and resolve the
`transform`s that Inkscape likes to add.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat

from bodymap.atlas.geometry import Outline, PathSyntaxError, Point, circle_outline, parse_path
from bodymap.atlas.model import VIEWS, Atlas, AtlasView, MuscleShape, TriggerPointKey
from bodymap.domain.bounded_read import UnreadableFile, read_bounded
from bodymap.domain.ids import NAME, REGION_SIDE, SIDE, TRP
from bodymap.domain.model import MuscleSide, RegionKey
from bodymap.domain.problems import DataError, Problem

MAX_SVG_BYTES = 16 * 1024 * 1024
Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as SVG
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# Element ids (spec/ATLAS.md), built from the one id grammar in bodymap.domain.ids.
PATTERNS = {
    "muscle": re.compile(rf"^muscle\.({NAME})\.({SIDE})$"),
    "region": re.compile(rf"^region\.({NAME})\.({REGION_SIDE})$"),
    "trp": re.compile(rf"^trp\.({NAME})\.({TRP})\.({SIDE})$"),
    "zone": re.compile(rf"^zone\.({NAME})\.({TRP})\.(essential|spillover)\.({SIDE})$"),
    "landmark": re.compile(rf"^landmark\.({NAME})(?:\.({SIDE}))?$"),
    "fibres": re.compile(rf"^fibres\.({NAME})\.({SIDE})$"),
}
_SHAPES = {"path", "circle", "ellipse", "rect", "polygon", "polyline", "line"}


def load_atlas(folder: Path | str) -> Atlas:
    """Read the SVG of every view (posterior.svg, anterior.svg, lateral.svg, plantar.svg) from
    `folder`; raise DataError on any problem."""
    folder = Path(folder)
    views: dict[str, AtlasView] = {}
    problems: list[Problem] = []
    for name in VIEWS:
        try:
            views[name] = load_view(folder / f"{name}.svg", name)
        except DataError as error:
            problems += error.problems
    if problems:
        raise DataError(problems)
    return Atlas(views)


@dataclass(frozen=True)
class _Within:
    """What the enclosing groups say about an element: only the four facts the reader uses,
    so each element costs the same however deep it is nested (a tuple of every ancestor's
    id and classes grew with the depth: quadratic, 2.5 GB for 1,500 nested groups)."""

    silhouette: bool = False
    fibres: str | None = None  # the outermost enclosing fibres.MUSCLE.SIDE group
    bone: bool = False
    contour: bool = False

    def entering(self, labels: list[str]) -> _Within:
        if not labels:
            return self
        fibres = self.fibres or next((a for a in labels if PATTERNS["fibres"].match(a)), None)
        changed = _Within(self.silhouette or "silhouette" in labels, fibres,
                          self.bone or "bone" in labels, self.contour or "contour" in labels)
        return self if changed == self else changed


_OUTSIDE = _Within()


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    matrix: Matrix
    line: int
    column: int
    within: _Within  # what the enclosing groups are


def _read(path: Path) -> bytes:
    name = str(path)
    try:
        return read_bounded(path, MAX_SVG_BYTES)
    except UnreadableFile as error:
        reason = {"no such file": "atlas file is missing"}.get(error.reason, error.reason)
        if "folder" in reason:
            reason = "this is a folder, not an SVG file"
        elif "are refused" in reason:
            reason = f"atlas file is too large to be a drawing ({reason})"
        raise DataError([Problem(name, None, None, reason)]) from None


def _parse(raw: bytes, name: str) -> tuple[list[_Element], list[Problem]]:
    """Flat list of the drawn elements, with their resolved transform and ancestry, and the
    problems met on the way (bad transforms); a file that is not XML raises DataError."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    elements: list[_Element] = []
    stack: list[tuple[Matrix, _Within]] = [(IDENTITY, _OUTSIDE)]
    problems: list[Problem] = []

    def refuse_doctype(*_args: object) -> NoReturn:
        raise _Refused("a DOCTYPE or entity declaration is not allowed in atlas files")

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = tag.rsplit(":", 1)[-1]
        matrix, within = stack[-1]
        if "transform" in attrs:
            try:
                matrix = _multiply(matrix, parse_transform(attrs["transform"]))
            except ValueError as error:
                problems.append(Problem(name, parser.CurrentLineNumber,
                                        parser.CurrentColumnNumber + 1, str(error)))
        elements.append(_Element(local, attrs, matrix, parser.CurrentLineNumber,
                                 parser.CurrentColumnNumber + 1, within))
        labels = [attrs["id"]] if attrs.get("id") else []
        labels += attrs.get("class", "").split()
        stack.append((matrix, within.entering(labels)))

    def end(_tag: str) -> None:
        stack.pop()

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.ExternalEntityRefHandler = refuse_doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(raw, True)
    except _Refused as error:
        raise DataError([Problem(name, parser.CurrentLineNumber,
                                 parser.CurrentColumnNumber + 1, str(error))]) from None
    except expat.ExpatError as error:
        raise DataError([Problem(name, error.lineno, error.offset + 1,
                                 f"not valid SVG/XML: {expat.ErrorString(error.code)}")]) from None
    if not elements or elements[0].tag != "svg":
        raise DataError([Problem(name, 1, 1, "the root element must be <svg>")])
    return elements, problems


class _Refused(Exception):
    pass


def load_view(path: Path, view_name: str) -> AtlasView:
    name = str(path)
    elements, problems = _parse(_read(path), name)
    viewbox = _viewbox(elements[0], name, problems)
    silhouette: list[Outline] = []
    bones: list[Outline] = []
    contours: list[Outline] = []
    muscles: dict[MuscleSide, tuple[int, Outline]] = {}
    fibres: dict[MuscleSide, list[Outline]] = {}
    regions: dict[RegionKey, Outline] = {}
    trps: dict[TriggerPointKey, Point] = {}
    zones: dict[tuple[str, str, str, str], Outline] = {}
    landmarks: dict[str, Point] = {}
    lines: dict[str, tuple[int, int]] = {}

    def fail(element: _Element, message: str) -> None:
        problems.append(Problem(name, element.line, element.column, message))

    for element in elements:
        element_id = element.attrs.get("id", "")
        if element_id:
            if element_id in lines and _is_contract_id(element_id):
                fail(element, f"the id {element_id!r} is used twice")
                continue
            lines[element_id] = (element.line, element.column)
        if element.tag not in _SHAPES:
            continue
        try:
            outline = _outline(element)
        except (PathSyntaxError, ValueError) as error:
            fail(element, f"cannot read the shape of {element_id or element.tag!r}: {error}")
            continue
        within = element.within
        if element_id == "silhouette" or within.silhouette:
            silhouette.append(outline)
        elif match := PATTERNS["muscle"].match(element_id):
            layer = element.attrs.get("data-layer", "")
            if layer not in ("1", "2", "3"):
                fail(element, f"{element_id} needs data-layer=\"1\", \"2\" or \"3\" "
                              f"(found {layer!r})")
                continue
            muscles[MuscleSide(match[1], match[2])] = (int(layer), outline)
        elif match := PATTERNS["region"].match(element_id):
            regions[RegionKey(match[1], match[2])] = outline
        elif match := PATTERNS["trp"].match(element_id):
            trps[TriggerPointKey(match[1], match[2], match[3])] = _centre(element, outline)
        elif match := PATTERNS["zone"].match(element_id):
            zones[(match[1], match[2], match[3], match[4])] = outline
        elif match := PATTERNS["landmark"].match(element_id):
            key = match[1] if match[2] is None else f"{match[1]}.{match[2]}"
            landmarks[key] = _centre(element, outline)
        elif within.fibres is not None:
            m = PATTERNS["fibres"].fullmatch(within.fibres)
            assert m is not None  # within.fibres is set only for an id this pattern matched
            fibres.setdefault(MuscleSide(m[1], m[2]), []).append(outline)
        elif within.bone or "bone" in element.attrs.get("class", "").split():
            bones.append(outline)
        elif within.contour or "contour" in element.attrs.get("class", "").split():
            contours.append(outline)
        elif element_id.split(".")[0] in ("muscle", "region", "trp", "zone", "landmark"):
            fail(element, f"the id {element_id!r} does not follow spec/ATLAS.md "
                          "(for example muscle.upper_trapezius.left, region.temple.right)")
    if not silhouette:
        problems.append(Problem(name, None, None, "the atlas has no 'silhouette' element"))
    if problems:
        raise DataError(problems)
    ordered = {key: MuscleShape(key, layer, outline, tuple(fibres.get(key, ())))
               for key, (layer, outline) in muscles.items()}
    for key in fibres:
        if key not in ordered:
            line, column = lines.get(f"fibres.{key}", (None, None))
            problems.append(Problem(name, line, column,
                                    f"fibres drawn for {key}, which is not a muscle of this view"))
    if problems:
        raise DataError(problems)
    return AtlasView(view_name, name, viewbox, tuple(silhouette), tuple(bones), tuple(contours),
                     ordered, regions, trps, zones, landmarks, lines)


def _is_contract_id(element_id: str) -> bool:
    return element_id == "silhouette" or any(p.match(element_id) for p in PATTERNS.values())


def _viewbox(root: _Element, name: str,
             problems: list[Problem]) -> tuple[float, float, float, float]:
    raw = root.attrs.get("viewBox", "")
    try:
        values = [_finite(v) for v in raw.replace(",", " ").split()]
        if len(values) != 4 or values[2] <= 0 or values[3] <= 0:
            raise ValueError
        return values[0], values[1], values[2], values[3]
    except ValueError:
        problems.append(Problem(name, root.line, root.column,
                                "the <svg> element needs a viewBox of four numbers "
                                f"(found {raw!r})"))
        return (0.0, 0.0, 1.0, 1.0)


def _centre(element: _Element, outline: Outline) -> Point:
    left, top, right, bottom = outline.bounds
    return ((left + right) / 2, (top + bottom) / 2)


def _num(element: _Element, attr: str, default: float | None = None) -> float:
    raw = element.attrs.get(attr)
    if raw is None:
        if default is None:
            raise ValueError(f"<{element.tag}> needs the attribute {attr}")
        return default
    return _finite(raw.strip().removesuffix("px"), f"{attr} of <{element.tag}>")


def _finite(text: str, what: str = "") -> float:
    """float(text), refusing nan, inf and numbers too large for a float (1e999), which
    would draw nothing while every check still passed."""
    value = float(text)
    if not math.isfinite(value):
        where = f" in {what}" if what else ""
        raise ValueError(f"the number {text.strip()!r}{where} is not finite")
    return value


def _radius(element: _Element, attr: str) -> float:
    value = _num(element, attr)
    if value < 0:
        raise ValueError(f"the {attr} of <{element.tag}> is negative ({value:g})")
    return value


def _check_finite(outline: Outline) -> Outline:
    """Transforms can overflow finite numbers (1e300 times 1e300); refuse the result."""
    for cmd in outline.commands:
        if not all(math.isfinite(v) for v in cmd[1:]):
            raise ValueError("its coordinates overflow to a non-finite number")
    return outline


def _outline(element: _Element) -> Outline:
    tag = element.tag
    if tag == "path":
        outline = parse_path(element.attrs.get("d", ""))
    elif tag in ("circle", "ellipse"):
        cx, cy = _num(element, "cx", 0.0), _num(element, "cy", 0.0)
        if tag == "circle":
            r = _radius(element, "r")
            outline = circle_outline(cx, cy, r)
        else:
            rx, ry = _radius(element, "rx"), _radius(element, "ry")
            unit = circle_outline(0, 0, 1)
            outline = _transform(unit, (rx, 0, 0, ry, cx, cy))
    elif tag == "rect":
        x, y = _num(element, "x", 0.0), _num(element, "y", 0.0)
        w, h = _radius(element, "width"), _radius(element, "height")
        outline = Outline((("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h),
                           ("Z",)))
    elif tag == "line":
        outline = Outline((("M", _num(element, "x1", 0), _num(element, "y1", 0)),
                           ("L", _num(element, "x2", 0), _num(element, "y2", 0))))
    else:  # polygon, polyline
        values = [_finite(v, "points")
                  for v in element.attrs.get("points", "").replace(",", " ").split()]
        if len(values) < 4 or len(values) % 2:
            raise ValueError("points must hold at least two x,y pairs")
        pts = list(zip(values[::2], values[1::2], strict=True))
        cmds = [("M", *pts[0])] + [("L", *p) for p in pts[1:]]
        outline = Outline(tuple(cmds + ([("Z",)] if tag == "polygon" else [])))
    return _check_finite(outline if element.matrix == IDENTITY
                         else _transform(outline, element.matrix))


def _apply(m: Matrix, x: float, y: float) -> Point:
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)


def _transform(outline: Outline, m: Matrix) -> Outline:
    out = []
    for cmd in outline.commands:
        if cmd[0] == "Z":
            out.append(cmd)
            continue
        coords = cmd[1:]
        moved: list[float] = []
        for i in range(0, len(coords), 2):
            moved.extend(_apply(m, coords[i], coords[i + 1]))
        out.append((cmd[0], *moved))
    return Outline(tuple(out))


def _multiply(m1: Matrix, m2: Matrix) -> Matrix:
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2,
            a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1)


_TRANSFORM = re.compile(r"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)")


def parse_transform(text: str) -> Matrix:
    """An SVG transform list as one matrix."""
    result = IDENTITY
    consumed = 0
    for match in _TRANSFORM.finditer(text):
        if text[consumed:match.start()].strip(" ,"):
            break
        consumed = match.end()
        kind = match[1]
        v = [_finite(x, "a transform") for x in match[2].replace(",", " ").split()]
        m: Matrix
        if kind == "matrix" and len(v) == 6:
            m = (v[0], v[1], v[2], v[3], v[4], v[5])
        elif kind == "translate" and len(v) in (1, 2):
            m = (1, 0, 0, 1, v[0], v[1] if len(v) == 2 else 0)
        elif kind == "scale" and len(v) in (1, 2):
            m = (v[0], 0, 0, v[1] if len(v) == 2 else v[0], 0, 0)
        elif kind == "rotate" and len(v) in (1, 3):
            r = math.radians(v[0])
            m = (math.cos(r), math.sin(r), -math.sin(r), math.cos(r), 0, 0)
            if len(v) == 3:
                m = _multiply(_multiply((1, 0, 0, 1, v[1], v[2]), m), (1, 0, 0, 1, -v[1], -v[2]))
        elif kind == "skewX" and len(v) == 1:
            m = (1, 0, math.tan(math.radians(v[0])), 1, 0, 0)
        elif kind == "skewY" and len(v) == 1:
            m = (1, math.tan(math.radians(v[0])), 0, 1, 0, 0)
        else:
            raise ValueError(f"cannot read the transform {match[0]!r}")
        result = _multiply(result, m)
    if text[consumed:].strip(" ,"):
        raise ValueError(f"cannot read the transform {text!r}")
    return result
