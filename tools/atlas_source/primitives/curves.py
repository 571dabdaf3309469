"""Curves in body coordinates: Catmull-Rom splines through anchors, cubic Bézier chains,
lines, ellipses, mirror images and offsets.

Body coordinates are (lat, y): `lat` is the distance from the figure's reference line (the
midline on the posterior, anterior and plantar figures, the ear on the lateral head) and y is
the SVG y (down). Shapes are authored for the patient's LEFT side and mirrored by the SVG
writer (atlas_source.svg).
"""

from __future__ import annotations

import math

Pt = tuple[float, float]

class K(tuple):
    """A corner anchor: the spline is not smoothed through this point."""

    def __new__(cls, x: float, y: float) -> K:
        return super().__new__(cls, (float(x), float(y)))


Seg = tuple[Pt, Pt, Pt, Pt]  # cubic Bézier: start, control 1, control 2, end


def lerp(a: Pt, b: Pt, t: float) -> Pt:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def dist(a: Pt, b: Pt) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def catmull_rom(p0: Pt, p1: Pt, p2: Pt, p3: Pt, alpha: float = 0.5) -> Seg:
    """One centripetal Catmull-Rom span p1->p2 as a cubic Bézier (as d3.curveCatmullRom)."""
    eps = 1e-9
    l01 = max(dist(p0, p1), eps) ** alpha
    l12 = max(dist(p1, p2), eps) ** alpha
    l23 = max(dist(p2, p3), eps) ** alpha
    l01_2, l12_2, l23_2 = l01 * l01, l12 * l12, l23 * l23
    a = 2 * l01_2 + 3 * l01 * l12 + l12_2
    n = 3 * l01 * (l01 + l12)
    c1 = ((p1[0] * a - p0[0] * l12_2 + p2[0] * l01_2) / n,
          (p1[1] * a - p0[1] * l12_2 + p2[1] * l01_2) / n)
    b = 2 * l23_2 + 3 * l23 * l12 + l12_2
    m = 3 * l23 * (l23 + l12)
    c2 = ((p2[0] * b + p1[0] * l23_2 - p3[0] * l12_2) / m,
          (p2[1] * b + p1[1] * l23_2 - p3[1] * l12_2) / m)
    return (p1, c1, c2, p2)


def reflect(p: Pt, q: Pt) -> Pt:
    return (2 * p[0] - q[0], 2 * p[1] - q[1])


def split_seg(seg: Seg, t: float) -> tuple[Seg, Seg]:
    p0, p1, p2, p3 = seg
    a, b, c = lerp(p0, p1, t), lerp(p1, p2, t), lerp(p2, p3, t)
    d, e = lerp(a, b, t), lerp(b, c, t)
    f = lerp(d, e, t)
    return (p0, a, d, f), (f, e, c, p3)


def bez(seg: Seg, t: float) -> Pt:
    p0, p1, p2, p3 = seg
    u = 1 - t
    return (u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
            u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1])


def bez_d(seg: Seg, t: float) -> Pt:
    p0, p1, p2, p3 = seg
    u = 1 - t
    return (3 * u * u * (p1[0] - p0[0]) + 6 * u * t * (p2[0] - p1[0]) + 3 * t * t * (p3[0] - p2[0]),
            3 * u * u * (p1[1] - p0[1]) + 6 * u * t * (p2[1] - p1[1]) + 3 * t * t * (p3[1] - p2[1]))


class Curve:
    """A chain of cubic Bézier segments in body coordinates (lat, y)."""

    def __init__(self, segs: list[Seg]):
        self.segs = list(segs)

    @property
    def start(self) -> Pt:
        return self.segs[0][0]

    @property
    def end(self) -> Pt:
        return self.segs[-1][3]

    def reversed(self) -> Curve:
        return Curve([(s[3], s[2], s[1], s[0]) for s in reversed(self.segs)])

    def mirrored(self) -> Curve:
        return Curve([tuple((-p[0], p[1]) for p in s) for s in self.segs])

    def __add__(self, other: Curve) -> Curve:
        if dist(self.end, other.start) > 1e-6:
            raise ValueError(f"curves do not join: {self.end} vs {other.start}")
        segs = other.segs[:]
        segs[0] = (self.end, *segs[0][1:])
        return Curve(self.segs + segs)

    def point(self, loc: tuple[int, float]) -> Pt:
        return bez(self.segs[loc[0]], loc[1])

    def tangent(self, loc: tuple[int, float]) -> Pt:
        i, t = loc
        dx, dy = bez_d(self.segs[i], t)
        if math.hypot(dx, dy) < 1e-9:  # degenerate end: look a little inside
            dx, dy = bez_d(self.segs[i], min(max(t, 0.02), 0.98))
        n = math.hypot(dx, dy) or 1.0
        return (dx / n, dy / n)

    def locate(self, p: Pt) -> tuple[int, float]:
        """(segment, t) of the point of the curve nearest to p."""
        best = (float("inf"), 0, 0.0)
        for i, seg in enumerate(self.segs):
            for k in range(41):
                t = k / 40
                d = dist(bez(seg, t), p)
                if d < best[0]:
                    best = (d, i, t)
        _, i, t = best
        lo, hi = max(0.0, t - 1 / 40), min(1.0, t + 1 / 40)
        for _ in range(60):
            m1, m2 = lo + (hi - lo) / 3, hi - (hi - lo) / 3
            if dist(bez(self.segs[i], m1), p) < dist(bez(self.segs[i], m2), p):
                hi = m2
            else:
                lo = m1
        return (i, (lo + hi) / 2)

    def sub(self, a: tuple[int, float], b: tuple[int, float]) -> Curve:
        """The part of the curve between two locations (in either order; oriented a -> b)."""
        if a > b:
            return self.sub(b, a).reversed()
        (i, ta), (j, tb) = a, b
        if i == j:
            right = split_seg(self.segs[i], ta)[1]
            u = (tb - ta) / (1 - ta) if ta < 1 else 0.0
            return Curve([split_seg(right, u)[0]])
        first = split_seg(self.segs[i], ta)[1]
        last = split_seg(self.segs[j], tb)[0]
        return Curve([first, *self.segs[i + 1:j], last])

    def sample(self, per_seg: int = 16) -> list[Pt]:
        pts = [self.start]
        for seg in self.segs:
            pts += [bez(seg, k / per_seg) for k in range(1, per_seg + 1)]
        return pts


def spline(points, closed: bool = False, start_phantom: Pt | None = None,
           end_phantom: Pt | None = None) -> Curve:
    """A smooth curve through the anchors; K(...) anchors are corners."""
    pts = [(float(p[0]), float(p[1])) for p in points]
    corner = [isinstance(p, K) for p in points]
    if closed:
        if any(corner):
            k = corner.index(True)
            pts = pts[k:] + pts[:k] + [pts[k]]
            corner = corner[k:] + corner[:k] + [True]
            return Curve(open_spans(pts, corner, None, None))
        n = len(pts)
        return Curve([catmull_rom(pts[i - 1], pts[i], pts[(i + 1) % n], pts[(i + 2) % n])
                      for i in range(n)])
    return Curve(open_spans(pts, corner, start_phantom, end_phantom))


def open_spans(pts: list[Pt], corner: list[bool], sp: Pt | None, ep: Pt | None) -> list[Seg]:
    segs = []
    n = len(pts)
    for i in range(n - 1):
        p1, p2 = pts[i], pts[i + 1]
        if i == 0:
            p0 = sp if sp is not None else reflect(p1, p2)
        elif corner[i]:
            p0 = reflect(p1, p2)
        else:
            p0 = pts[i - 1]
        if i + 1 == n - 1:
            p3 = ep if ep is not None else reflect(p2, p1)
        elif corner[i + 1]:
            p3 = reflect(p2, p1)
        else:
            p3 = pts[i + 2]
        segs.append(catmull_rom(p0, p1, p2, p3))
    return segs


def line(a: Pt, b: Pt) -> Curve:
    return Curve([(a, lerp(a, b, 1 / 3), lerp(a, b, 2 / 3), b)])


def ellipse(c: Pt, rx: float, ry: float, angle: float = 0.0) -> Curve:
    """A closed ellipse (four cubic arcs), rotated by `angle` degrees."""
    k = 0.5522847498
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))

    def p(x: float, y: float) -> Pt:
        return (c[0] + x * ca - y * sa, c[1] + x * sa + y * ca)

    return Curve([
        (p(rx, 0), p(rx, k * ry), p(k * rx, ry), p(0, ry)),
        (p(0, ry), p(-k * rx, ry), p(-rx, k * ry), p(-rx, 0)),
        (p(-rx, 0), p(-rx, -k * ry), p(-k * rx, -ry), p(0, -ry)),
        (p(0, -ry), p(k * rx, -ry), p(rx, -k * ry), p(rx, 0)),
    ])


def offset_points(curve: Curve, width, step: float = 8.0) -> list[Pt]:
    """Points `width` to the LEFT of the curve direction (the body interior for the
    silhouette chain); width may be a function of the arc fraction 0..1."""
    fine = []
    for i, _seg in enumerate(curve.segs):
        for k in range(0, 32):
            fine.append((i, k / 32))
    fine.append((len(curve.segs) - 1, 1.0))
    pts = [curve.point(loc) for loc in fine]
    acc = [0.0]
    for a, b in zip(pts, pts[1:], strict=False):
        acc.append(acc[-1] + dist(a, b))
    total = acc[-1] or 1.0
    out, last = [], -1e9
    for loc, p, s in zip(fine, pts, acc, strict=False):
        if s - last < step and s < total:
            continue
        last = s
        w = width(s / total) if callable(width) else width
        tx, ty = curve.tangent(loc)
        out.append((p[0] - ty * w, p[1] + tx * w))
    return out



def mirror_closed(half: Curve) -> Curve:
    """A midline shape from its left half: an open curve from one midline point to another."""
    return half + half.mirrored().reversed()


def closed(points) -> Curve:
    """A closed outline through the anchors (K(...) anchors are corners)."""
    return spline(points, closed=True)
