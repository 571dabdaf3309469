"""Outlines in document coordinates, without Qt: parsing SVG path data, flattening curves,
point-in-outline tests, areas and interior points."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

Point = tuple[float, float]
# A normalised command: ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)
Command = tuple

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}
CURVE_STEPS = 12


class PathSyntaxError(ValueError):
    """Raised for path data we cannot read."""


@dataclass(frozen=True)
class Outline:
    """A shape: absolute move/line/cubic/close commands, plus derived polygons (cached)."""

    commands: tuple[Command, ...]

    @cached_property
    def polygons(self) -> tuple[tuple[Point, ...], ...]:
        """The outline flattened into closed polygons (one per subpath)."""
        polys: list[list[Point]] = []
        current: list[Point] = []
        for cmd in self.commands:
            op = cmd[0]
            if op == "M":
                if len(current) > 1:
                    polys.append(current)
                current = [(cmd[1], cmd[2])]
            elif op == "L":
                current.append((cmd[1], cmd[2]))
            elif op == "C":
                x0, y0 = current[-1]
                for i in range(1, CURVE_STEPS + 1):
                    t = i / CURVE_STEPS
                    current.append(_cubic((x0, y0), cmd[1:3], cmd[3:5], cmd[5:7], t))
            elif op == "Z":
                if len(current) > 1:
                    polys.append(current)
                current = [current[0]] if current else []
        if len(current) > 1:
            polys.append(current)
        return tuple(tuple(p) for p in polys)

    @cached_property
    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom)."""
        xs = [x for poly in self.polygons for x, _ in poly]
        ys = [y for poly in self.polygons for _, y in poly]
        if not xs:
            return (0.0, 0.0, 0.0, 0.0)
        return (min(xs), min(ys), max(xs), max(ys))

    def contains(self, point: Point) -> bool:
        """Non-zero winding rule, as SVG and Qt fill by default."""
        x, y = point
        left, top, right, bottom = self.bounds
        if not (left <= x <= right and top <= y <= bottom):
            return False
        winding = 0
        for poly in self.polygons:
            n = len(poly)
            for i in range(n):
                x1, y1 = poly[i]
                x2, y2 = poly[(i + 1) % n]
                if y1 <= y < y2 and _cross(x1, y1, x2, y2, x, y) > 0:
                    winding += 1
                elif y2 <= y < y1 and _cross(x1, y1, x2, y2, x, y) < 0:
                    winding -= 1
        return winding != 0

    @cached_property
    def area(self) -> float:
        """Area enclosed (shoelace over the flattened subpaths; holes subtract)."""
        return abs(sum(_signed_area(p) for p in self.polygons))

    @cached_property
    def interior_point(self) -> Point:
        """A point well inside the outline: the middle of the widest inside run on the
        horizontal line, among several lines, that has the most room."""
        left, top, right, bottom = self.bounds
        best: tuple[float, Point] = (-1.0, ((left + right) / 2, (top + bottom) / 2))
        for k in range(1, 20):
            y = top + (bottom - top) * k / 20
            xs = sorted(_crossings(self.polygons, y))
            for a, b in zip(xs[::2], xs[1::2], strict=False):
                mid = ((a + b) / 2, y)
                room = min(b - a, _vertical_room(self, mid))
                if room > best[0] and self.contains(mid):
                    best = (room, mid)
        return best[1]


def _vertical_room(outline: Outline, point: Point) -> float:
    x, y = point
    ys = sorted(_crossings_vertical(outline.polygons, x))
    for a, b in zip(ys[::2], ys[1::2], strict=False):
        if a <= y <= b:
            return 2 * min(y - a, b - y)
    return 0.0


def _crossings(polys: tuple, y: float) -> list[float]:
    xs = []
    for poly in polys:
        n = len(poly)
        for i in range(n):
            (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
            if (y1 <= y < y2) or (y2 <= y < y1):
                xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    return xs


def _crossings_vertical(polys: tuple, x: float) -> list[float]:
    ys = []
    for poly in polys:
        n = len(poly)
        for i in range(n):
            (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
            if (x1 <= x < x2) or (x2 <= x < x1):
                ys.append(y1 + (x - x1) * (y2 - y1) / (x2 - x1))
    return ys


def _cross(x1: float, y1: float, x2: float, y2: float, x: float, y: float) -> float:
    return (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1)


def _signed_area(poly: tuple[Point, ...]) -> float:
    n = len(poly)
    return sum(poly[i][0] * poly[(i + 1) % n][1] - poly[(i + 1) % n][0] * poly[i][1]
               for i in range(n)) / 2


def _cubic(p0: Point, p1: tuple, p2: tuple, p3: tuple, t: float) -> Point:
    u = 1 - t
    return (u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
            u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1])


def parse_path(d: str) -> Outline:
    """Parse SVG path data (all commands, absolute and relative) into absolute M/L/C/Z."""
    tokens = _TOKEN.findall(d)
    leftovers = _TOKEN.sub("", d).replace(",", "").split()
    if leftovers:
        raise PathSyntaxError(f"unexpected text in path data: {leftovers[0][:20]!r}")
    out: list[Command] = []
    i = 0
    op = ""
    x = y = start_x = start_y = 0.0
    last_ctrl: Point | None = None  # for S/T reflection
    last_op = ""
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            op = token
            i += 1
            if op in "Zz":
                out.append(("Z",))
                x, y = start_x, start_y
                last_op, last_ctrl = "Z", None
                continue
        elif not op:
            raise PathSyntaxError("path data must start with a command (M)")
        upper = op.upper()
        arity = _ARITY[upper]
        if upper == "Z":
            raise PathSyntaxError("numbers after Z")
        args = tokens[i:i + arity]
        if len(args) < arity or any(a.isalpha() for a in args):
            raise PathSyntaxError(f"command {op} needs {arity} numbers")
        v = [float(a) for a in args]
        for text, value in zip(args, v, strict=True):
            if not math.isfinite(value):  # 1e999 reads as inf: it would draw nothing
                raise PathSyntaxError(f"the number {text!r} is not finite")
        i += arity
        rel = op.islower()
        if upper == "M":
            x, y = (x + v[0], y + v[1]) if rel else (v[0], v[1])
            start_x, start_y = x, y
            out.append(("M", x, y))
            op = "l" if rel else "L"  # further pairs are implicit line-tos
            last_ctrl = None
        elif upper in "LHV":
            if upper == "L":
                x, y = (x + v[0], y + v[1]) if rel else (v[0], v[1])
            elif upper == "H":
                x = x + v[0] if rel else v[0]
            else:
                y = y + v[0] if rel else v[0]
            out.append(("L", x, y))
            last_ctrl = None
        elif upper in "CS":
            if upper == "C":
                c1 = (x + v[0], y + v[1]) if rel else (v[0], v[1])
                rest = v[2:]
            else:
                c1 = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) \
                    if last_ctrl and last_op in "CS" else (x, y)
                rest = v
            c2 = (x + rest[0], y + rest[1]) if rel else (rest[0], rest[1])
            end = (x + rest[2], y + rest[3]) if rel else (rest[2], rest[3])
            out.append(("C", *c1, *c2, *end))
            last_ctrl = c2
            x, y = end
        elif upper in "QT":
            if upper == "Q":
                q = (x + v[0], y + v[1]) if rel else (v[0], v[1])
                end = (x + v[2], y + v[3]) if rel else (v[2], v[3])
            else:
                q = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) \
                    if last_ctrl and last_op in "QT" else (x, y)
                end = (x + v[0], y + v[1]) if rel else (v[0], v[1])
            out.append(("C", x + 2 / 3 * (q[0] - x), y + 2 / 3 * (q[1] - y),
                        end[0] + 2 / 3 * (q[0] - end[0]), end[1] + 2 / 3 * (q[1] - end[1]),
                        *end))
            last_ctrl = q
            x, y = end
        else:  # A
            end = (x + v[5], y + v[6]) if rel else (v[5], v[6])
            out.extend(_arc((x, y), v[0], v[1], v[2], bool(v[3]), bool(v[4]), end))
            x, y = end
            last_ctrl = None
        last_op = upper
    if not out or out[0][0] != "M":
        raise PathSyntaxError("path data must start with a move (M)")
    return Outline(tuple(out))


def circle_outline(cx: float, cy: float, r: float) -> Outline:
    """A circle as four cubic arcs."""
    k = 0.5522847498 * r
    return Outline((
        ("M", cx + r, cy),
        ("C", cx + r, cy + k, cx + k, cy + r, cx, cy + r),
        ("C", cx - k, cy + r, cx - r, cy + k, cx - r, cy),
        ("C", cx - r, cy - k, cx - k, cy - r, cx, cy - r),
        ("C", cx + k, cy - r, cx + r, cy - k, cx + r, cy),
        ("Z",),
    ))


def _arc(p0: Point, rx: float, ry: float, angle: float, large: bool, sweep: bool,
         p1: Point) -> list[Command]:
    """An SVG elliptical arc as cubic Béziers (SVG 1.1 appendix F.6 conversion)."""
    if p0 == p1:
        return []
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        return [("L", *p1)]
    phi = math.radians(angle)
    cos_p, sin_p = math.cos(phi), math.sin(phi)
    dx, dy = (p0[0] - p1[0]) / 2, (p0[1] - p1[1]) / 2
    x1p, y1p = cos_p * dx + sin_p * dy, -sin_p * dx + cos_p * dy
    lam = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    coef = math.sqrt(max(0.0, num / den)) if den else 0.0
    if large == sweep:
        coef = -coef
    cxp, cyp = coef * rx * y1p / ry, -coef * ry * x1p / rx
    cx = cos_p * cxp - sin_p * cyp + (p0[0] + p1[0]) / 2
    cy = sin_p * cxp + cos_p * cyp + (p0[1] + p1[1]) / 2

    def angle_of(ux: float, uy: float) -> float:
        return math.atan2(uy, ux)

    theta1 = angle_of((x1p - cxp) / rx, (y1p - cyp) / ry)
    theta2 = angle_of((-x1p - cxp) / rx, (-y1p - cyp) / ry)
    delta = theta2 - theta1
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    segments = max(1, math.ceil(abs(delta) / (math.pi / 2)))
    step = delta / segments
    alpha = 4 / 3 * math.tan(step / 4)
    out: list[Command] = []
    t = theta1
    for _ in range(segments):
        c1, s1, c2, s2 = math.cos(t), math.sin(t), math.cos(t + step), math.sin(t + step)
        e1 = (c1 - alpha * s1, s1 + alpha * c1)
        e2 = (c2 + alpha * s2, s2 - alpha * c2)
        pts = []
        for ex, ey in (e1, e2, (c2, s2)):
            px, py = rx * ex, ry * ey
            pts += [cx + cos_p * px - sin_p * py, cy + sin_p * px + cos_p * py]
        out.append(("C", *pts))
        t += step
    return out
