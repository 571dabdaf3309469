"""Shapes built from curves: polygon tests (inside, overlap, depth), fibre lines between an
origin and an insertion, clipping fibres to their muscle, ribbons for referral zones, and
offsets along the silhouette."""

from __future__ import annotations

import math

from atlas_source.primitives.curves import (
    Curve,
    Pt,
    closed,
    dist,
    lerp,
    line,
    offset_points,
    spline,
)


def polygon(curve: Curve) -> list[Pt]:
    return curve.sample(8)


def inside(p: Pt, poly: list[Pt]) -> bool:
    """Even-odd point-in-polygon test."""
    x, y = p
    hit = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=False):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def overlap(a: list[Pt], b: list[Pt]) -> bool:
    """Do two polygons overlap by more than a shared edge? (sampled test)"""
    def bbox(poly):
        xs, ys = [p[0] for p in poly], [p[1] for p in poly]
        return min(xs), min(ys), max(xs), max(ys)
    ax0, ay0, ax1, ay1 = bbox(a)
    bx0, by0, bx1, by1 = bbox(b)
    if ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0:
        return False
    x0, y0, x1, y1 = max(ax0, bx0), max(ay0, by0), min(ax1, bx1), min(ay1, by1)
    n = 24
    for i in range(1, n):
        for j in range(1, n):
            q = (x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * j / n)
            if inside(q, a) and inside(q, b):
                return True
    return False



def points_along(curve: Curve, n: int) -> list[Pt]:
    """n points evenly spaced (by arc length) along a curve."""
    fine = curve.sample(40)
    acc = [0.0]
    for a, b in zip(fine, fine[1:], strict=False):
        acc.append(acc[-1] + dist(a, b))
    out = []
    for k in range(n):
        s = acc[-1] * k / (n - 1)
        j = next(i for i in range(len(acc)) if acc[i] >= s - 1e-9)
        out.append(fine[j])
    return out


def fibres_between(origin: Curve, insertion: Curve, n: int, trim: float = 0.06,
                   bend: float = 0.0, mids: Curve | None = None) -> list[Curve]:
    """n fibre lines from evenly spaced points on the origin curve to the corresponding
    points on the insertion curve (optionally through a mid curve), trimmed at both ends."""
    a, b = points_along(origin, n + 2)[1:-1], points_along(insertion, n + 2)[1:-1]
    m = points_along(mids, n + 2)[1:-1] if mids is not None else None
    out = []
    for k in range(n):
        p, q = a[k], b[k]
        p2, q2 = lerp(p, q, trim), lerp(p, q, 1 - trim)
        if m is not None:
            out.append(spline([p2, m[k], q2]))
        else:
            mid = lerp(p2, q2, 0.5)
            dx, dy = q2[0] - p2[0], q2[1] - p2[1]
            mid = (mid[0] - dy * bend, mid[1] + dx * bend)
            out.append(spline([p2, mid, q2]))
    return out


def seg_dist(p: Pt, a: Pt, b: Pt) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = dx * dx + dy * dy
    t = 0.0 if n < 1e-12 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / n))
    return dist(p, (a[0] + dx * t, a[1] + dy * t))


def depth_inside(p: Pt, poly: list[Pt]) -> float:
    """Distance from p to the outline polygon, negative when p lies outside it."""
    d = min(seg_dist(p, a, b) for a, b in zip(poly, poly[1:] + poly[:1], strict=False))
    return d if inside(p, poly) else -d


def clip_fibres(fibres: list[Curve], outline: Curve, margin: float = 1.6,
                min_len: float = 6.0) -> list[Curve]:
    """Keep, of each fibre line, its longest run lying at least `margin` inside the outline
    (so that fibres never cross a muscle's edge), re-smoothed through the kept points."""
    poly = outline.sample(10)
    out = []
    for f in fibres:
        pts = f.sample(12)
        best: list[Pt] = []
        run: list[Pt] = []
        for q in pts + [None]:
            if q is not None and depth_inside(q, poly) >= margin:
                run.append(q)
                continue
            if len(run) > len(best):
                best = run
            run = []
        if len(best) < 2:
            continue
        length = sum(dist(a, b) for a, b in zip(best, best[1:], strict=False))
        if length < min_len:
            continue
        step = max(1, len(best) // 7)
        keep = best[::step]
        if keep[-1] != best[-1]:
            if dist(keep[-1], best[-1]) < length / 30:
                keep[-1] = best[-1]
            else:
                keep.append(best[-1])
        out.append(spline(keep) if len(keep) > 2 else line(keep[0], keep[-1]))
    return out


def ribbon(centre: list[Pt], widths: list[float]) -> Curve:
    """A closed band around a centre line (widths per centre point, full width), its ends
    rounded: used for referral-zone shapes."""
    c = spline(centre)
    locs = [c.locate(p) for p in centre]
    left, right = [], []
    for k, (p, loc) in enumerate(zip(centre, locs, strict=False)):
        tx, ty = c.tangent(loc)
        w = widths[k] / 2
        left.append((p[0] - ty * w, p[1] + tx * w))
        right.append((p[0] + ty * w, p[1] - tx * w))
    t0, t1 = c.tangent(locs[0]), c.tangent(locs[-1])
    tip0 = (centre[0][0] - t0[0] * widths[0] * 0.45, centre[0][1] - t0[1] * widths[0] * 0.45)
    tip1 = (centre[-1][0] + t1[0] * widths[-1] * 0.45,
            centre[-1][1] + t1[1] * widths[-1] * 0.45)
    return closed([tip0, *left, tip1, *right[::-1]])


def strands(a: Pt, b: Pt, n: int, across: float, bend: float = 0.0) -> list[Curve]:
    """n parallel fibre lines along a->b, spread `across` units side to side."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    ln = math.hypot(dx, dy)
    nx, ny = -dy / ln, dx / ln
    out = []
    for k in range(n):
        o = across * (k / (n - 1) - 0.5) if n > 1 else 0.0
        p, q = (a[0] + nx * o, a[1] + ny * o), (b[0] + nx * o, b[1] + ny * o)
        m = lerp(p, q, 0.5)
        m = (m[0] + nx * bend * ln, m[1] + ny * bend * ln)
        out.append(spline([p, m, q]))
    return out


def inset_along(chain: Curve, a: Pt, b: Pt, inset: float) -> list[Pt]:
    """Points following the silhouette from near a to near b, `inset` inside it."""
    sub = chain.sub(chain.locate(a), chain.locate(b))
    return offset_points(sub, inset, step=12.0)

