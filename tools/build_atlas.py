#!/usr/bin/env python3
"""Generate the bodymap atlas: bodymap/assets/atlas/posterior.svg and anterior.svg.

THIS SCRIPT IS THE SOURCE OF THE ATLAS. The two SVG files are its output: change the drawing
here and run `python tools/build_atlas.py`; edits made to the SVGs by hand (for example in
Inkscape) are overwritten on the next run. Only the standard library is needed.

How the drawing is authored
---------------------------
* Every bilateral shape is authored ONCE, on the patient's LEFT side, in "body coordinates"
  (lat, y): `lat` is the distance from the midline towards the patient's left and `y` is the
  SVG y (down). The emitter turns lat into SVG x per figure: on the posterior figure the
  patient's left is on the viewer's left (x = 350 - lat), on the anterior figure on the
  viewer's right (x = 350 + lat). The patient's right side is the mirror image
  (x -> 700 - x). Midline shapes are authored as their left half and closed by their mirror.
* Outlines are smooth cubic Béziers: centripetal Catmull-Rom splines through anatomical
  anchor points (a point wrapped in K(...) is a corner), converted to `C` commands.
* Body regions tile the surface: they are built from one planar graph per figure half.
  Nodes are named points (on the silhouette or inside it), edges are curves between nodes,
  and a region is a cycle of nodes; two regions that share an edge use the very same curve,
  so neighbours meet exactly, without slivers or overlaps. Bands along the outer edge
  ("lateral" regions) are offsets of the silhouette itself.
* Key body levels are the named constants below; both figures use the same ones.
* Muscles are painted deepest first (POSTERIOR_ORDER; anterior_muscles): a deep muscle is drawn
  whole, where it really lies, and the more superficial ones are painted over it. Muscles
  that meet (latissimus dorsi and the lower trapezius, the crest and gluteus medius, gluteus
  maximus's sacral origin, teres minor/major and infraspinatus, the erector spinae columns,
  gluteus minimus and piriformis) are built from the very same curve pieces. Fibre lines
  are clipped to at least 1.6 units inside their muscle (clip_fibres).
* Referral-zone shapes (zone_shapes) replace the union of the named regions where that union
  would not look like the published pattern; they go into their own hidden "zones" layer.

Coordinates: viewBox 0 0 700 1600, vertex y=40, soles y=1560, midline x=350
(about 7.5 heads; 1 cm is about 8.7 units).
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "bodymap" / "assets" / "atlas"
WIDTH, HEIGHT = 700, 1600
MID_X = 350.0

# --------------------------------------------------------------------------------------
# Key body levels (SVG y), shared by both figures
# --------------------------------------------------------------------------------------
VERTEX = 40
EOP_Y = 158            # external occipital protuberance (inion)
BROW_Y = 126
EYE_Y = 141
EAR_TOP_Y = 128
EAR_LOBE_Y = 195
MASTOID_Y = 200
CHIN = 245
C7 = 292               # vertebra prominens, base of the neck
JUGULAR_NOTCH = 300
ACROMION_Y = 318
SUP_ANGLE_Y = 345      # superior angle of the scapula (~T2)
T3 = 372               # root of the spine of the scapula
AXILLA_Y = 404
XIPHOID = 480
T7 = 500               # inferior angle of the scapula
OLECRANON_Y = 600
T10 = 567
T12 = 612
RIB12_TIP_Y = 615
L1 = 636
UMBILICUS = 660
L3 = 686
L4 = 710               # tops of the iliac crests (supracristal plane)
CREST_TOP_Y = 710
ASIS_Y = 760
S2 = 765               # level of the PSIS
PSIS_Y = 765
WRIST = 795            # wrist crease (the arm hangs abducted ~12 degrees; see the arm below)
PUBIC_SYMPHYSIS = 815
TROCHANTER_Y = 830
CROTCH = 880          # where the inner thighs part (the perineum lies just above)
ISCHIAL_Y = 860
GLUTEAL_FOLD = 905
FINGERTIPS = 956       # middle fingertip: the hand is ~19 cm long (wrist crease to tip), so the
                       # tips hang at mid-thigh rather than at y 900 (a 12 cm hand)
KNEE = 1130
ANKLE = 1490
SOLE = 1560

# Lateral offsets (distance from the midline, same units)
ACROMION_LAT = 170
SUP_ANGLE_LAT = 95
SPINE_ROOT_LAT = 80
INF_ANGLE_LAT = 85
RIB12_TIP_LAT = 105
CREST_TOP_LAT = 120
PSIS_LAT = 42
ASIS_LAT = 110
TROCHANTER_LAT = 150
ISCHIAL_LAT = 55
MASTOID_LAT = 57

# Vertebral spinous processes (posterior figure), y by level
SPINOUS = {
    "C7": C7, "T1": 318, "T2": 345, "T3": T3, "T4": 404, "T5": 436, "T6": 468, "T7": T7,
    "T8": 522, "T9": 545, "T10": T10, "T11": 590, "T12": T12, "L1": L1, "L2": 661,
    "L3": L3, "L4": L4, "L5": 735,
}

Pt = tuple[float, float]


class K(tuple):
    """A corner anchor: the spline is not smoothed through this point."""

    def __new__(cls, x: float, y: float) -> K:
        return super().__new__(cls, (float(x), float(y)))


# --------------------------------------------------------------------------------------
# Curves
# --------------------------------------------------------------------------------------
Seg = tuple[Pt, Pt, Pt, Pt]  # cubic Bézier: start, control 1, control 2, end


def _lerp(a: Pt, b: Pt, t: float) -> Pt:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _dist(a: Pt, b: Pt) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _cr(p0: Pt, p1: Pt, p2: Pt, p3: Pt, alpha: float = 0.5) -> Seg:
    """One centripetal Catmull-Rom span p1->p2 as a cubic Bézier (as d3.curveCatmullRom)."""
    eps = 1e-9
    l01 = max(_dist(p0, p1), eps) ** alpha
    l12 = max(_dist(p1, p2), eps) ** alpha
    l23 = max(_dist(p2, p3), eps) ** alpha
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


def _reflect(p: Pt, q: Pt) -> Pt:
    return (2 * p[0] - q[0], 2 * p[1] - q[1])


def _split(seg: Seg, t: float) -> tuple[Seg, Seg]:
    p0, p1, p2, p3 = seg
    a, b, c = _lerp(p0, p1, t), _lerp(p1, p2, t), _lerp(p2, p3, t)
    d, e = _lerp(a, b, t), _lerp(b, c, t)
    f = _lerp(d, e, t)
    return (p0, a, d, f), (f, e, c, p3)


def _bez(seg: Seg, t: float) -> Pt:
    p0, p1, p2, p3 = seg
    u = 1 - t
    return (u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
            u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1])


def _bez_d(seg: Seg, t: float) -> Pt:
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
        if _dist(self.end, other.start) > 1e-6:
            raise ValueError(f"curves do not join: {self.end} vs {other.start}")
        segs = other.segs[:]
        segs[0] = (self.end, *segs[0][1:])
        return Curve(self.segs + segs)

    def point(self, loc: tuple[int, float]) -> Pt:
        return _bez(self.segs[loc[0]], loc[1])

    def tangent(self, loc: tuple[int, float]) -> Pt:
        i, t = loc
        dx, dy = _bez_d(self.segs[i], t)
        if math.hypot(dx, dy) < 1e-9:  # degenerate end: look a little inside
            dx, dy = _bez_d(self.segs[i], min(max(t, 0.02), 0.98))
        n = math.hypot(dx, dy) or 1.0
        return (dx / n, dy / n)

    def locate(self, p: Pt) -> tuple[int, float]:
        """(segment, t) of the point of the curve nearest to p."""
        best = (float("inf"), 0, 0.0)
        for i, seg in enumerate(self.segs):
            for k in range(41):
                t = k / 40
                d = _dist(_bez(seg, t), p)
                if d < best[0]:
                    best = (d, i, t)
        _, i, t = best
        lo, hi = max(0.0, t - 1 / 40), min(1.0, t + 1 / 40)
        for _ in range(60):
            m1, m2 = lo + (hi - lo) / 3, hi - (hi - lo) / 3
            if _dist(_bez(self.segs[i], m1), p) < _dist(_bez(self.segs[i], m2), p):
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
            right = _split(self.segs[i], ta)[1]
            u = (tb - ta) / (1 - ta) if ta < 1 else 0.0
            return Curve([_split(right, u)[0]])
        first = _split(self.segs[i], ta)[1]
        last = _split(self.segs[j], tb)[0]
        return Curve([first, *self.segs[i + 1:j], last])

    def sample(self, per_seg: int = 16) -> list[Pt]:
        pts = [self.start]
        for seg in self.segs:
            pts += [_bez(seg, k / per_seg) for k in range(1, per_seg + 1)]
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
            return Curve(_open_spans(pts, corner, None, None))
        n = len(pts)
        return Curve([_cr(pts[i - 1], pts[i], pts[(i + 1) % n], pts[(i + 2) % n])
                      for i in range(n)])
    return Curve(_open_spans(pts, corner, start_phantom, end_phantom))


def _open_spans(pts: list[Pt], corner: list[bool], sp: Pt | None, ep: Pt | None) -> list[Seg]:
    segs = []
    n = len(pts)
    for i in range(n - 1):
        p1, p2 = pts[i], pts[i + 1]
        if i == 0:
            p0 = sp if sp is not None else _reflect(p1, p2)
        elif corner[i]:
            p0 = _reflect(p1, p2)
        else:
            p0 = pts[i - 1]
        if i + 1 == n - 1:
            p3 = ep if ep is not None else _reflect(p2, p1)
        elif corner[i + 1]:
            p3 = _reflect(p2, p1)
        else:
            p3 = pts[i + 2]
        segs.append(_cr(p0, p1, p2, p3))
    return segs


def line(a: Pt, b: Pt) -> Curve:
    return Curve([(a, _lerp(a, b, 1 / 3), _lerp(a, b, 2 / 3), b)])


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
        acc.append(acc[-1] + _dist(a, b))
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


# --------------------------------------------------------------------------------------
# SVG output
# --------------------------------------------------------------------------------------
def _fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class View:
    """Turns body coordinates into SVG coordinates for one figure and side."""

    def __init__(self, name: str):
        self.name = name

    def x(self, lat: float, side: str) -> float:
        patient_left_on_viewer_left = self.name == "posterior"
        sign = -1.0 if (side == "left") == patient_left_on_viewer_left else 1.0
        return MID_X + sign * lat

    def pt(self, p: Pt, side: str) -> str:
        return f"{_fmt(self.x(p[0], side))} {_fmt(p[1])}"

    def d(self, curves, side: str, closed: bool = True) -> str:
        """Path data for one curve or several subpaths."""
        if isinstance(curves, Curve):
            curves = [curves]
        parts = []
        for c in curves:
            parts.append(f"M {self.pt(c.start, side)}")
            for p0, c1, c2, p3 in c.segs:
                if _collinear(p0, c1, c2, p3):
                    parts.append(f"L {self.pt(p3, side)}")
                else:
                    parts.append(f"C {self.pt(c1, side)} {self.pt(c2, side)} {self.pt(p3, side)}")
            if closed:
                parts.append("Z")
        return " ".join(parts)


def _collinear(p0: Pt, c1: Pt, c2: Pt, p3: Pt) -> bool:
    dx, dy = p3[0] - p0[0], p3[1] - p0[1]
    n = math.hypot(dx, dy)
    if n < 1e-9:
        return _dist(p0, c1) < 1e-6 and _dist(p0, c2) < 1e-6
    return all(abs((c[0] - p0[0]) * dy - (c[1] - p0[1]) * dx) / n <= 1e-06 for c in (c1, c2))


def _polygon(curve: Curve) -> list[Pt]:
    return curve.sample(8)


def inside(p: Pt, poly: list[Pt]) -> bool:
    """Even-odd point-in-polygon test."""
    x, y = p
    hit = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=False):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def _overlap(a: list[Pt], b: list[Pt]) -> bool:
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


def mirror_closed(half: Curve) -> Curve:
    """A midline shape from its left half: an open curve from one midline point to another."""
    return half + half.mirrored().reversed()


# --------------------------------------------------------------------------------------
# The silhouette: the patient's left half, from the vertex round to the crotch
# --------------------------------------------------------------------------------------
HEAD = [(0, VERTEX), (26, 43), (46, 52), (60, 67), (67, 86), (70, 106), (70.5, 119),
        K(69.5, EAR_TOP_Y)]
EAR = [(73, 122.5), (78.5, 125), (81.5, 135), (81.5, 149), (79.5, 164), (76.5, 178),
       (71.5, 189), K(65.5, EAR_LOBE_Y)]
NECK_AND_SHOULDER = [(61, 206), (56, 220), (51.5, 234), (49.5, 248), (50, 260), (53, 269.5),
                     (61, 276.5), (79, 283), (104, 289.5), (130, 296.5), (152, 303.5),
                     (170, 311), (187, 319.5), (201, 332), (210.5, 350), (215.5, 371)]

# The arm hangs from a skeleton: shoulder joint, elbow, wrist (abducted ~12 degrees, palms
# forward). Widths are measured across the limb from its axis: (fraction along, outer, inner).
SHOULDER_JOINT = (165.0, 352.0)
ELBOW = (217.0, 597.0)
WRIST_C = (259.0, WRIST - 2.0)
UPPER_ARM_WIDTH = [(0.25, 44, None), (0.42, 40, 35.5), (0.55, 40, 37.5),
                   (0.72, 38.5, 37.5), (0.88, 37.5, 37), (1.0, 38, 37.5)]
FOREARM_WIDTH = [(0.13, 40.5, 38), (0.32, 39, 37), (0.55, 34, 32.5), (0.78, 29.5, 28)]
HAND_ANGLE = 8.0   # degrees from vertical, the hand hanging a little less abducted
PALM_LENGTH = 92   # wrist crease to the knuckle line, along the hand
# The hand in its own frame: (across, along), across > 0 on the radial (thumb) side, along
# from the wrist towards the fingertips. Palm forward (anatomical position), fingers
# extended and nearly together, the thumb alongside the index with its web showing.
THUMB = [(27.8, 3), (29.5, 14), (36, 32), (43, 52), (49, 72), (53, 90), (54.5, 103), (53, 113),
         (48.5, 118.5), (43.5, 115.5), (40.5, 106.5), (38.5, 96), K(35.4, 85)]
# fingers: (name, base across, width, length from the knuckle line, lean in degrees)
FINGERS = [("index", 25.5, 17.0, 66, 3.5), ("middle", 8.0, 18.0, 74, 0.5),
           ("ring", -9.5, 17.0, 69, -2.5), ("little", -25.5, 15.0, 54, -6.5)]
HYPOTHENAR = [(-32.2, 100), (-33, 80), (-32, 58), (-30, 37), (-27.5, 17), (-26.2, 4)]


def _finger_outline(base: float, width: float, length: float, lean: float,
                    first: bool, last: bool) -> list:
    """Anchors of one finger, radial side down, round the tip, ulnar side up; a web corner
    (K) closes the cleft to the next finger."""
    a = math.radians(lean)
    ux, uy = math.sin(a), math.cos(a)         # along the finger
    rx, ry = math.cos(a), -math.sin(a)        # towards its radial side
    h = width / 2

    def p(side: float, s: float) -> tuple[float, float]:
        return (base + rx * side + ux * s, PALM_LENGTH + ry * side + uy * s)

    pts = []
    if not first:
        pts.append(p(h * 0.98, 26))
    pts += [p(h, length * 0.55), p(h * 0.92, length - h * 0.9), p(h * 0.55, length - h * 0.25),
            p(0, length), p(-h * 0.55, length - h * 0.25), p(-h * 0.92, length - h * 0.9)]
    if not last:
        pts += [p(-h, length * 0.55), K(*p(-h - 0.6, 19))]   # the web between the fingers
    return pts


def hand_local() -> list:
    pts = list(THUMB)
    pts.append((36, 101))                                       # index, radial side
    for k, (_, base, width, length, lean) in enumerate(FINGERS):
        pts += _finger_outline(base, width, length, lean, k == 0, k == len(FINGERS) - 1)
    return pts + HYPOTHENAR


def _limb(a: Pt, b: Pt, frac: float, across: float) -> Pt:
    """Point at `frac` along the bone a->b, `across` to its outer (lateral) side."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy)
    ux, uy = dx / n, dy / n
    return (a[0] + dx * frac + uy * across, a[1] + dy * frac - ux * across)


def hand_point(across: float, along: float) -> Pt:
    s, c = math.sin(math.radians(HAND_ANGLE)), math.cos(math.radians(HAND_ANGLE))
    return (WRIST_C[0] + across * c + along * s, WRIST_C[1] - across * s + along * c)


ARM_OUTER = ([_limb(SHOULDER_JOINT, ELBOW, f, o) for f, o, _ in UPPER_ARM_WIDTH]
             + [_limb(ELBOW, WRIST_C, f, o) for f, o, _ in FOREARM_WIDTH])
HAND = [K(*hand_point(*p)) if isinstance(p, K) else hand_point(*p) for p in hand_local()]
ARM_INNER = ([_limb(ELBOW, WRIST_C, f, -i) for f, _, i in reversed(FOREARM_WIDTH)]
             + [_limb(SHOULDER_JOINT, ELBOW, f, -i) for f, _, i in reversed(UPPER_ARM_WIDTH)
                if i is not None]
             + [(141.5, 425), K(138.5, AXILLA_Y)])
TRUNK_AND_LEG_OUTER = [(137.5, 425), (136, 460), (133.5, 505), (129.5, 555), (126, 600),
                       (125, 638), (126.5, 672), (130.5, 703), (137, 735), (145, 767),
                       (152, 797), (156.5, 826), (158.5, 852), (158, 882), (154.5, 930),
                       (149, 980), (142, 1030), (134, 1078), (127, 1110), (123, 1134),
                       (122, 1160), (125, 1188), (128.5, 1222), (127.5, 1258), (122, 1310),
                       (112.5, 1362), (102.5, 1412), (96.5, 1450), (94.5, 1474), (96, 1491)]
FOOT = {
    # From behind: the heel, with the sides of the foot just showing.
    "posterior": [(97.5, 1508), (96, 1528), (90, 1546), (79, 1556.5), (64, SOLE), (49.5, 1557.5),
                  (39.5, 1549), (34, 1532), (32, 1512)],
    # From the front: the foot foreshortened, toes towards the viewer, turned out a little.
    "anterior": [(99.5, 1506), (103.5, 1523), (106.5, 1538), (105, 1550), (97, 1556.5),
                 (81, 1559.5), (61, SOLE), (43, 1559.5), (31, 1556), (26.5, 1547), (27, 1530),
                 (29.5, 1511)],
}
LEG_INNER = [(32.5, 1492), (31, 1470), (28.5, 1430), (25, 1380), (20.5, 1320), (15.5, 1270),
             (14, 1232), (17.5, 1192), (22.5, 1160), (23, 1130), (20.5, 1098), (15, 1040),
             (11, 985), (7.5, 935), (4, 905), (1.5, 888), K(0, CROTCH)]


def silhouette_half(view: str) -> Curve:
    """Open chain of the left half: vertex -> head, ear, neck, shoulder, arm, hand, axilla,
    trunk, leg, foot -> crotch (both ends on the midline)."""
    anchors = (HEAD + EAR + NECK_AND_SHOULDER + ARM_OUTER + HAND + ARM_INNER
               + TRUNK_AND_LEG_OUTER + FOOT[view] + LEG_INNER)
    # Mirror-symmetric tangent at the vertex (a smooth crown); the crotch is a corner.
    first = anchors[1]
    return spline(anchors, start_phantom=(-first[0], first[1]))


def full_silhouette(view: str) -> Curve:
    return mirror_closed(silhouette_half(view))


# --------------------------------------------------------------------------------------
# A figure: everything drawn on one view, authored on the patient's left
# --------------------------------------------------------------------------------------
SIDES = ("left", "right")


@dataclass
class Stroke:
    curve: Curve
    cls: str                 # "bone" or "contour"
    closed: bool = False
    bilateral: bool = True   # False: a midline stroke, drawn once as authored
    weight: float = 1.0      # relative stroke width in the SVG preview styling


@dataclass
class Figure:
    view: str
    silhouette: Curve
    strokes: list[Stroke]
    muscles: list[tuple[str, int, Curve]]          # deepest first
    fibres: dict[str, list[Curve]]
    regions: list[tuple[str, Curve, bool]]         # (region id, outline, midline?)
    trps: list[tuple[str, str, Pt]]
    landmarks: list[tuple[str, Pt, bool]]          # (name, point, bilateral?)
    unnamed: list[Curve] = field(default_factory=list)  # surface no region names (not drawn)
    zones: list[tuple[str, str, str, list[Curve]]] = field(default_factory=list)


MUSCLE_FILL = {1: "#c98e82", 2: "#b97a70", 3: "#a7695f"}
STYLE = {
    "silhouette": 'fill="#efdcca" stroke="#a88a73" stroke-width="1.3" stroke-linejoin="round"',
    "bone": 'fill="none" stroke="#b49f8e" stroke-width="0.9" stroke-linecap="round" '
            'stroke-linejoin="round" stroke-opacity="0.8"',
    "contour": 'fill="none" stroke="#bfa08a" stroke-width="0.9" stroke-linecap="round" '
               'stroke-linejoin="round" stroke-opacity="0.9"',
    "muscles": 'stroke="#7c4a42" stroke-width="1.1" stroke-linejoin="round"',
    "fibres": 'fill="none" stroke="#7c4a42" stroke-width="0.7" stroke-opacity="0.35" '
              'stroke-linecap="round"',
    "regions": 'fill="#b3261e" fill-opacity="0.25" stroke="#b3261e" stroke-width="0.6"',
    "zones": 'fill="#b3261e" fill-opacity="0.3" stroke="#b3261e" stroke-width="0.6"',
    "trps": 'fill="#ffffff" stroke="#2b2b2b" stroke-width="1.6"',
    "landmarks": 'fill="#3c5a78" stroke="#ffffff" stroke-width="1"',
}


def _layer(label: str, layer_id: str | None, body: list[str], extra: str = "") -> list[str]:
    ident = f' id="{layer_id}"' if layer_id else ""
    return [f'  <g inkscape:groupmode="layer" inkscape:label="{label}"{ident}{extra}>',
            *("    " + line for line in body), "  </g>"]


def render_svg(fig: Figure) -> str:
    v = View(fig.view)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f"<!-- bodymap atlas, {fig.view} view. GENERATED by tools/build_atlas.py: edit the",
           "     script, not this file. Ids follow spec/ATLAS.md. Patient's left is on the",
           f"     viewer's {'left' if fig.view == 'posterior' else 'right'} of this figure. -->",
           '<svg xmlns="http://www.w3.org/2000/svg"',
           '     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"',
           f'     width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">',
           f"  <title>bodymap atlas: {fig.view} view</title>"]
    # Fibre lines are clipped (for SVG viewers such as Inkscape) to the part of their muscle
    # that is not covered by a more superficial one: each fibre group is clipped to its own
    # muscle and wrapped in one group per muscle painted over it, clipped to everything but
    # that muscle ("clip-out.*"). The app ignores this and clips to the muscle outline itself.
    polys = [_polygon(outline) for _, _, outline in fig.muscles]
    defs = []
    covered_by: dict[str, list[str]] = {}
    for i, (muscle_id, _layer_no, outline) in enumerate(fig.muscles):
        covered_by[muscle_id] = [fig.muscles[j][0] for j in range(i + 1, len(fig.muscles))
                                 if _overlap(polys[i], polys[j])]
        for side in SIDES:
            defs.append(f'<clipPath id="clip.{muscle_id}.{side}"><path '
                        f'd="{v.d(outline, side)}"/></clipPath>')
    covering = {m for over in covered_by.values() for m in over}
    for muscle_id, _layer_no, outline in fig.muscles:
        if muscle_id in covering:
            for side in SIDES:
                defs.append(f'<clipPath id="clip-out.{muscle_id}.{side}"><path '
                            f'clip-rule="evenodd" d="M -10 -10 H {WIDTH + 10} V {HEIGHT + 10} '
                            f'H -10 Z {v.d(outline, side)}"/></clipPath>')
    out += ["  <defs>", *("    " + d for d in defs), "  </defs>"]
    out += _layer("Silhouette", None, [f'<path id="silhouette" {STYLE["silhouette"]} '
                                       f'd="{v.d(fig.silhouette, "left")}"/>'])
    body = []
    for s in fig.strokes:
        sides = SIDES if s.bilateral else ("left",)
        width = "" if s.weight == 1.0 else f' stroke-width="{_fmt(0.9 * s.weight)}"'
        for side in sides:
            body.append(f'<path class="{s.cls}"{width} d="{v.d(s.curve, side, s.closed)}"/>')
    out += _layer("Anatomy", "anatomy", [
        f'<g {STYLE["bone"]}>', *[b for b in body if 'class="bone"' in b], "</g>",
        f'<g {STYLE["contour"]}>', *[b for b in body if 'class="contour"' in b], "</g>"])
    body = []
    for muscle_id, layer, outline in fig.muscles:
        for side in SIDES:
            body.append(f'<path id="muscle.{muscle_id}.{side}" data-layer="{layer}" '
                        f'fill="{MUSCLE_FILL[layer]}" d="{v.d(outline, side)}"/>')
    out += _layer("Muscles", "muscles", body, " " + STYLE["muscles"])
    body = []
    for muscle_id, _layer_no, _outline in fig.muscles:
        for side in SIDES:
            over = covered_by[muscle_id]
            body += [f'<g clip-path="url(#clip-out.{m}.{side})">' for m in over]
            body.append(f'<g id="fibres.{muscle_id}.{side}" '
                        f'clip-path="url(#clip.{muscle_id}.{side})">')
            body += [f'  <path class="fibre" d="{v.d(f, side, closed=False)}"/>'
                     for f in fig.fibres.get(muscle_id, [])]
            body.append("</g>" * (1 + len(over)))
    out += _layer("Fibres", "fibres", body, " " + STYLE["fibres"])
    body = []
    for region_id, outline, midline in fig.regions:
        if midline:
            body.append(f'<path id="region.{region_id}.midline" d="{v.d(outline, "left")}"/>')
        else:
            body += [f'<path id="region.{region_id}.{side}" d="{v.d(outline, side)}"/>'
                     for side in SIDES]
    out += _layer("Regions", "regions", body, ' style="display:none" ' + STYLE["regions"])
    if fig.zones:
        body = []
        for muscle_id, trp_id, kind, curves in fig.zones:
            body += [f'<path id="zone.{muscle_id}.{trp_id}.{kind}.{side}" '
                     f'd="{v.d(curves, side)}"/>' for side in SIDES]
        out += _layer("Referral zones", "zones", body, ' style="display:none" ' + STYLE["zones"])
    body = []
    for muscle_id, trp_id, p in fig.trps:
        for side in SIDES:
            body.append(f'<circle id="trp.{muscle_id}.{trp_id}.{side}" '
                        f'cx="{_fmt(v.x(p[0], side))}" cy="{_fmt(p[1])}" r="6"/>')
    out += _layer("Trigger points", "trigger-points", body, " " + STYLE["trps"])
    body = []
    for name, p, bilateral in fig.landmarks:
        for side in (SIDES if bilateral else ("left",)):
            ident = f"landmark.{name}.{side}" if bilateral else f"landmark.{name}"
            body.append(f'<circle id="{ident}" cx="{_fmt(v.x(p[0], side))}" '
                        f'cy="{_fmt(p[1])}" r="4"/>')
    out += _layer("Landmarks", "landmarks", body, " " + STYLE["landmarks"])
    out.append("</svg>")
    return "\n".join(out) + "\n"




# --------------------------------------------------------------------------------------
# Region graph: one per figure, on the patient's left half
# --------------------------------------------------------------------------------------
class Half:
    """Named nodes and curves on the left half of a figure; regions are cycles of nodes.

    Between two consecutive nodes of a cycle the explicit edge is used (in whichever
    direction it was defined); between two silhouette nodes without an explicit edge, or
    when '~' stands between them, the silhouette itself is used."""

    def __init__(self, chain: Curve):
        self.chain = chain
        self.nodes: dict[str, Pt] = {}
        self.locs: dict[str, tuple[int, float]] = {}
        self.edges: dict[tuple[str, str], Curve] = {}
        self._fine = chain.sample(24)

    # nodes --------------------------------------------------------------------------
    def at(self, name: str, p: Pt) -> str:
        self.nodes[name] = (float(p[0]), float(p[1]))
        return name

    def on_sil(self, name: str, approx: Pt) -> str:
        """A node on the silhouette, nearest to `approx`."""
        loc = self.chain.locate(approx)
        self.locs[name] = loc
        self.nodes[name] = self.chain.point(loc)
        return name

    def sil_y(self, name: str, y: float, lat_hint: float, after: str | None = None,
              before: str | None = None) -> str:
        """A node where the silhouette crosses the level y, the crossing nearest lat_hint
        (optionally only after / before another silhouette node along the chain)."""
        best = None
        pts = self._fine
        per = 24
        lo = self.locs[after][0] * per + self.locs[after][1] * per if after else -1
        hi = self.locs[before][0] * per + self.locs[before][1] * per if before else 1e12
        for k, (a, b) in enumerate(zip(pts, pts[1:], strict=False)):
            if not lo < k < hi:
                continue
            if (a[1] - y) * (b[1] - y) <= 0 and a[1] != b[1]:
                lat = a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
                if best is None or abs(lat - lat_hint) < abs(best[0] - lat_hint):
                    best = (lat, k)
        if best is None:
            raise ValueError(f"the silhouette does not reach y={y} for {name}")
        seg, k = divmod(best[1], per)          # the crossing lies in this sample interval:
        t0, t1 = k / per, (k + 1) / per        # bisect it on the Bézier for the exact level
        sign0 = self.chain.point((seg, t0))[1] - y
        for _ in range(50):
            tm = (t0 + t1) / 2
            if (self.chain.point((seg, tm))[1] - y) * sign0 > 0:
                t0 = tm
            else:
                t1 = tm
        loc = (seg, (t0 + t1) / 2)
        self.locs[name] = loc
        self.nodes[name] = self.chain.point(loc)
        return name

    def p(self, name: str) -> Pt:
        return self.nodes[name]

    # edges --------------------------------------------------------------------------
    def edge(self, a: str, b: str, *via: Pt) -> Curve:
        """A smooth curve from node a through the via points to node b."""
        pts = [self.nodes[a], *via, self.nodes[b]]
        curve = line(pts[0], pts[1]) if len(pts) == 2 else spline(pts)
        self.edges[(a, b)] = curve
        return curve

    def curve_edge(self, a: str, b: str, curve: Curve) -> None:
        self.edges[(a, b)] = curve

    def band(self, names: list[str], widths: list[float]) -> list[str]:
        """A band along the silhouette through the silhouette nodes `names`; its inner edge
        is the silhouette offset inwards by `widths` (one per node, linear between).
        Creates nodes '<name>_in' and the edges between them and the caps."""
        inner = []
        for name, w in zip(names, widths, strict=False):
            iname = name + "_in"
            if iname not in self.nodes:
                loc = self.locs[name]
                tx, ty = self.chain.tangent(loc)
                px, py = self.nodes[name]
                self.nodes[iname] = (px - ty * w, py + tx * w)
                self.edges[(name, iname)] = line(self.nodes[name], self.nodes[iname])
            inner.append(iname)
        for k in range(len(names) - 1):
            a, b = names[k], names[k + 1]
            w0, w1 = widths[k], widths[k + 1]
            la, lb = self.locs[a], self.locs[b]
            if la <= lb:     # offset along the chain's own direction (interior on its left)
                sub = self.chain.sub(la, lb)
                pts = offset_points(sub, lambda f, w0=w0, w1=w1: w0 + (w1 - w0) * f, step=9.0)
            else:
                sub = self.chain.sub(lb, la)
                pts = offset_points(sub, lambda f, w0=w0, w1=w1: w1 + (w0 - w1) * f,
                                    step=9.0)[::-1]
            pts = [self.nodes[inner[k]], *pts[1:-1], self.nodes[inner[k + 1]]]
            if len(pts) > 3 and _dist(pts[0], pts[1]) < 4:
                del pts[1]
            if len(pts) > 3 and _dist(pts[-1], pts[-2]) < 4:
                del pts[-2]
            self.edges[(inner[k], inner[k + 1])] = spline(pts)
        return inner

    def _piece(self, a: str, b: str, force_sil: bool) -> Curve:
        if not force_sil:
            if (a, b) in self.edges:
                return self.edges[(a, b)]
            if (b, a) in self.edges:
                return self.edges[(b, a)].reversed()
        if a in self.locs and b in self.locs:
            return self.chain.sub(self.locs[a], self.locs[b])
        raise KeyError(f"no edge between {a} and {b}")

    def path(self, cycle: list[str], closed: bool = True) -> Curve:
        names, force = [], []
        for item in cycle:
            if item == "~":
                force[-1] = True
            else:
                names.append(item)
                force.append(False)
        if closed:
            names.append(names[0])
        curve = None
        for k in range(len(names) - 1):
            piece = self._piece(names[k], names[k + 1], force[k])
            curve = piece if curve is None else curve + piece
        return curve

    def region(self, cycle: list[str]) -> Curve:
        return self.path(cycle, closed=True)

    def midline_region(self, half: list[str]) -> Curve:
        """A midline region from its left half: a node path from one midline node to
        another (both at lat 0), closed by its mirror image."""
        return mirror_closed(self.path(half, closed=False))


# ======================================================================================
# POSTERIOR FIGURE
# ======================================================================================
# Bony points of the back (patient's left; lat, y)
EOP = (0.0, EOP_Y)
MASTOID = (MASTOID_LAT, MASTOID_Y)
ACROMION = (ACROMION_LAT, ACROMION_Y)
SUP_ANGLE = (SUP_ANGLE_LAT, SUP_ANGLE_Y)
SPINE_ROOT = (SPINE_ROOT_LAT, T3)
INF_ANGLE = (INF_ANGLE_LAT + 1, T7 + 1)
RIB12_TIP = (RIB12_TIP_LAT, RIB12_TIP_Y)
CREST_TOP = (CREST_TOP_LAT, CREST_TOP_Y)
PSIS = (PSIS_LAT, PSIS_Y)
TROCHANTER = (TROCHANTER_LAT, TROCHANTER_Y)
ISCHIAL = (ISCHIAL_LAT, ISCHIAL_Y)
OLECRANON = (ELBOW[0] - 1, OLECRANON_Y)

# Scapula: medial (vertebral) border, lateral border, superior border, spine and acromion
MEDIAL_BORDER = spline([K(*SUP_ANGLE), (86.5, 357), K(*SPINE_ROOT), (79.3, 400), (80.3, 432),
                        (82.3, 462), (84.6, 488), K(*INF_ANGLE)])
LATERAL_BORDER = spline([K(*INF_ANGLE), (96, 491), (112, 469), (125, 444), (132, 424),
                         (137, 405), (146, 390), K(156, 380)])
SCAPULA = spline([K(*SUP_ANGLE), (86.5, 357), K(*SPINE_ROOT), (79.3, 400), (80.3, 432),
                  (82.3, 462), (84.6, 488), K(*INF_ANGLE), (96, 491), (112, 469), (125, 444),
                  (132, 424), (137, 405), (146, 390), (156, 380), (163, 366), (158, 352),
                  (146, 346),
                  (133, 347), K(128, 343.5), (112, 342.5)], closed=True)
# The spine of the scapula, upper and lower edges of its crest, root to acromion
SPINE_UPPER = spline([(81.5, 369.5), (96, 361), (120, 348.5), (144, 337.5), (160, 329.5),
                      (166, 324)])
SPINE_LOWER = spline([(82.5, 376), (100, 368.5), (124, 356.5), (146, 346), (157, 341.5),
                      (168, 333.5)])
ACROMION_OUTLINE = spline([(158, 326), (166, 318.5), (176, 316), (182.5, 319.5), (182, 327),
                           (174, 333), (163, 334)], closed=True)
# Iliac crest, from the PSIS round to the lateral edge of the figure (outer lip)
ILIAC_CREST = spline([PSIS, (47, 754), (61, 739.5), (80, 725.5), (100, 715), CREST_TOP,
                      (129, 713)])
# Sacrum (half, midline to midline) and coccyx
SACRUM_HALF = spline([(0, 741), (18, 741.5), K(33, 744), (36.5, 765), (31.5, 786), (22, 800),
                      (10, 806), (0, 808)])
COCCYX_HALF = spline([(0, 808), (6.5, 810), (6.5, 822), (3.5, 832), (0, 835)])
RIB12 = spline([(16, 600), (45, 603.5), (78, 609.5), RIB12_TIP])
RIB11 = spline([(24, 584), (60, 591), (100, 603), (123, 613)])
RIB10 = spline([(62, 569), (100, 582), (123.5, 594)])


def spinous_dots() -> list[Curve]:
    out = []
    for name, y in SPINOUS.items():
        r = 3.2 if name == "C7" else 2.4
        out.append(ellipse((0, y), r * 0.9, r))
    return out


def _pts_of(curve: Curve, n: int) -> list[Pt]:
    """n points evenly spaced (by arc length) along a curve."""
    fine = curve.sample(40)
    acc = [0.0]
    for a, b in zip(fine, fine[1:], strict=False):
        acc.append(acc[-1] + _dist(a, b))
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
    a, b = _pts_of(origin, n + 2)[1:-1], _pts_of(insertion, n + 2)[1:-1]
    m = _pts_of(mids, n + 2)[1:-1] if mids is not None else None
    out = []
    for k in range(n):
        p, q = a[k], b[k]
        p2, q2 = _lerp(p, q, trim), _lerp(p, q, 1 - trim)
        if m is not None:
            out.append(spline([p2, m[k], q2]))
        else:
            mid = _lerp(p2, q2, 0.5)
            dx, dy = q2[0] - p2[0], q2[1] - p2[1]
            mid = (mid[0] - dy * bend, mid[1] + dx * bend)
            out.append(spline([p2, mid, q2]))
    return out


def closed(points) -> Curve:
    """A closed outline through the anchors (K(...) anchors are corners)."""
    return spline(points, closed=True)


def _seg_dist(p: Pt, a: Pt, b: Pt) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = dx * dx + dy * dy
    t = 0.0 if n < 1e-12 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / n))
    return _dist(p, (a[0] + dx * t, a[1] + dy * t))


def depth_inside(p: Pt, poly: list[Pt]) -> float:
    """Distance from p to the outline polygon, negative when p lies outside it."""
    d = min(_seg_dist(p, a, b) for a, b in zip(poly, poly[1:] + poly[:1], strict=False))
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
        length = sum(_dist(a, b) for a, b in zip(best, best[1:], strict=False))
        if length < min_len:
            continue
        step = max(1, len(best) // 7)
        keep = best[::step]
        if keep[-1] != best[-1]:
            if _dist(keep[-1], best[-1]) < length / 30:
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
        m = _lerp(p, q, 0.5)
        m = (m[0] + nx * bend * ln, m[1] + ny * bend * ln)
        out.append(spline([p, m, q]))
    return out


def _inset_along_silhouette(chain: Curve, a: Pt, b: Pt, inset: float) -> list[Pt]:
    """Points following the silhouette from near a to near b, `inset` inside it."""
    sub = chain.sub(chain.locate(a), chain.locate(b))
    return offset_points(sub, inset, step=12.0)


def posterior_muscles(chain: Curve):
    """The nine foundation muscles, deepest first, with their fibre lines."""
    # --- trapezius: three parts sharing their boundaries exactly ----------------------
    at = (168.5, 317.5)                      # where the upper and middle parts meet (acromion)
    tub = (86.0, 374.0)                      # tubercle at the root of the spine of the scapula
    c7, t3_4, t12 = (0.0, float(C7)), (0.0, 386.0), (0.0, 616.0)
    nuchal = spline([EOP, (14, 159.8), (26, 164)])
    shoulder_top = _inset_along_silhouette(chain, (52.5, 268), (165, 309.5), 2.4)
    upper_lateral = spline([(26, 164), (30, 190), (33.5, 218), (37.5, 243), (42.5, 258.5),
                            *shoulder_top[1:-1], at])
    b_upper_middle = spline([at, (150, 318.5), (120, 314.5), (80, 306), (40, 297.5), c7],
                            end_phantom=(-40, 297.5))
    upper = nuchal + upper_lateral + b_upper_middle + line(c7, EOP)
    spine_insertion = spline([at, (160, 325.5), (144, 334.5), (120, 346), (96, 358.5),
                              (88, 366), tub])
    b_middle_lower = spline([tub, (60, 378.5), (30, 383), t3_4])
    middle = b_upper_middle.reversed() + spine_insertion + b_middle_lower + line(t3_4, c7)
    lower_lateral = spline([tub, (90, 380.5), (89.5, 398), (85.5, 420), (79.5, 444), (70, 470),
                            (57, 500), (42, 532), (26, 566), (12, 596), t12])
    lower = b_middle_lower.reversed() + lower_lateral + line(t12, t3_4)

    levator = spline([K(39, 204.5), (45, 204), (46.5, 222), (47, 244), (48, 262), (55, 281),
                      (69, 303), (83, 324), K(*SUP_ANGLE), (86.5, 357), K(*SPINE_ROOT),
                      (72, 354), (61, 330), (50, 303), (40, 277), (34, 253), (33, 231),
                      (35, 214)], closed=True)
    rhomboids = spline([K(2.5, 297), (22, 316), (46, 338), (67, 358), K(*SPINE_ROOT),
                        (79.3, 400), (80.3, 432), (82.3, 462), (84.6, 488), K(*INF_ANGLE),
                        (70, 489), (46, 470), (22, 451), K(2.5, 438)], closed=True)
    infraspinatus = spline([K(81.5, 377.5), (100, 370), (124, 358), (146, 348), (158, 344),
                            (170, 346), (180, 350.5), K(185.5, 355.5), (184, 365), (168, 371),
                            (149, 387), (132, 410), (117, 436), (101, 464), (91, 486),
                            K(*INF_ANGLE), (84.6, 488), (82.3, 462), (80.3, 432), (79.3, 400)],
                           closed=True)
    quadratus = spline([K(22, 606), (42, 608), K(62, 612), (73.5, 638), (82, 668), (88, 698),
                        K(92, 718.5), (76, 730.5), (60, 739.5), (45, 742), K(33, 737.5),
                        (33.5, 712), (36.5, 687), (33, 661), (27.5, 636)], closed=True)
    medius = spline([K(50, 757), (62, 745), (80, 731.5), (100, 720.5), (120, 715.5), K(132, 719),
                     (135.5, 740), (142, 768), (148, 797), (151.5, 818), K(152, 827),
                     (139, 822.5), (118, 811), (95, 797.5), (73, 782.5), (57, 769)], closed=True)
    piriformis = spline([K(19.5, 768), (35, 771), (55, 776.5), (80, 787), (105, 798),
                         (128, 807.5), (143, 813.5), K(150, 819), (143, 824), (125, 821.5),
                         (100, 817.5), (75, 814.5), (52, 811), (32, 806.5), K(21.5, 802),
                         (19, 785)], closed=True)
    muscles = [("piriformis", 3, piriformis), ("quadratus_lumborum", 3, quadratus),
               ("levator_scapulae", 2, levator), ("rhomboids", 2, rhomboids),
               ("gluteus_medius", 2, medius), ("infraspinatus", 1, infraspinatus),
               ("lower_trapezius", 1, lower), ("middle_trapezius", 1, middle),
               ("upper_trapezius", 1, upper)]

    fibres = {
        # descending fibres: nuchal line and ligamentum nuchae down and out to the
        # lateral clavicle and acromion, the upper ones following the neck first
        "upper_trapezius": [
            spline([(20, 170), (27, 208), (33, 240), (41, 264), (55, 279), (78, 287), (120, 297.5),
                    (158, 310)]),
            spline([(9, 178), (17, 216), (27, 248), (47, 274), (85, 291), (128, 304),
                    (160, 314.5)]),
            spline([(3, 200), (10, 236), (22, 264), (52, 284), (95, 299), (140, 311)]),
            spline([(2.5, 228), (10, 256), (32, 279), (75, 296), (120, 309)]),
            spline([(2.5, 252), (16, 272), (50, 290), (95, 305)]),
            spline([(2.5, 272), (28, 288), (68, 300)]),
        ],
        # transverse fibres: C7-T3 straight out to the acromion and spine of the scapula
        "middle_trapezius": fibres_between(line((0, 300), (0, 381)), spine_insertion, 7,
                                           trim=0.05, bend=0.03),
        # ascending fibres: T4-T12 up and out, converging on the root of the spine
        "lower_trapezius": fibres_between(line((0, 394), (0, 606)), line((84, 379), (79, 394)),
                                          8, trim=0.05, bend=-0.02),
        "levator_scapulae": fibres_between(line((41.5, 209), (35.5, 247)),
                                           line((91, 342.5), (80, 368)), 5, trim=0.04,
                                           mids=line((52, 283), (42.5, 281))),
        # oblique down and out, spinous processes to the medial border
        "rhomboids": fibres_between(line((2.5, 302), (2.5, 434)),
                                    MEDIAL_BORDER.sub((1, 0.6), (5, 0.9)), 8, trim=0.05),
        # converging from the infraspinous fossa to the greater tubercle
        "infraspinatus": fibres_between(
            spline([(86, 382), (84.5, 420), (86, 452), (90.5, 478)]),
            line((176, 349), (178, 359)), 8, trim=0.06, bend=-0.08),
        # iliac crest and iliolumbar ligament up to the 12th rib
        "quadratus_lumborum": fibres_between(line((87, 718), (37, 736)),
                                             line((64, 614), (26, 608)), 6, trim=0.05,
                                             bend=0.02),
        # fan from the outer lip of the crest to the greater trochanter
        "gluteus_medius": fibres_between(
            spline([(54, 757), (70, 741), (95, 724), (120, 717.5), (131, 722)]),
            line((147, 812), (149, 823)), 9, trim=0.05, bend=-0.03),
        # anterior sacrum through the greater sciatic notch to the top of the trochanter
        "piriformis": fibres_between(line((22, 772), (23, 800)), line((144, 816.5), (144, 821)),
                                     5, trim=0.04, bend=-0.02),
    }
    trps = [
        ("upper_trapezius", "trp1", (100, 300)), ("upper_trapezius", "trp2", (121, 307.5)),
        ("middle_trapezius", "trp1", (68.5, 362)), ("middle_trapezius", "trp2", (146, 327)),
        ("lower_trapezius", "trp1", (70.5, 453)), ("lower_trapezius", "trp2", (83, 385)),
        ("levator_scapulae", "trp1", (43.5, 262)), ("levator_scapulae", "trp2", (83, 335)),
        ("rhomboids", "trp1", (70.5, 397)), ("rhomboids", "trp2", (73, 427)),
        ("infraspinatus", "trp1", (99, 383)), ("infraspinatus", "trp2", (131, 366)),
        ("infraspinatus", "trp3", (92, 455)),
        ("quadratus_lumborum", "trp1", (66.5, 634)), ("quadratus_lumborum", "trp2", (80, 706)),
        ("quadratus_lumborum", "trp3", (42, 687)), ("quadratus_lumborum", "trp4", (43, 724)),
        ("gluteus_medius", "trp1", (60, 758)), ("gluteus_medius", "trp2", (105, 736)),
        ("gluteus_medius", "trp3", (128, 737)),
        ("piriformis", "trp1", (124, 812)), ("piriformis", "trp2", (39, 790)),
    ]
    shared = {"lower_lateral": lower_lateral, "medius": medius, "piriformis": piriformis,
              "infraspinatus": infraspinatus}
    more, more_fibres, more_trps = posterior_more(chain, shared)
    base = {name: (layer, outline) for name, layer, outline in muscles}
    base.update(more)
    fibres.update(more_fibres)
    muscles = [(name, base[name][0], base[name][1]) for name in POSTERIOR_ORDER]
    fibres = {name: clip_fibres(fibres.get(name, []), base[name][1]) for name in POSTERIOR_ORDER}
    return muscles, fibres, trps + more_trps


# Paint order on the back: deepest first; within a layer, what lies deeper first.
POSTERIOR_ORDER = [
    # layer 3
    "suboccipitals", "multifidi_rotatores", "semispinalis_capitis_cervicis",
    "splenius_cervicis", "serratus_posterior_superior", "quadratus_lumborum",
    "gluteus_minimus", "piriformis",
    # layer 2
    "iliocostalis_lumborum", "iliocostalis_thoracis", "longissimus_thoracis",
    "serratus_posterior_inferior", "splenius_capitis", "levator_scapulae", "supraspinatus",
    "rhomboids", "gluteus_medius",
    # layer 1
    "infraspinatus", "teres_minor", "teres_major", "posterior_deltoid", "latissimus_dorsi",
    "gluteus_maximus", "lower_trapezius", "middle_trapezius", "upper_trapezius",
]


def posterior_more(chain: Curve, shared: dict[str, Curve]):
    """The other posterior muscles (deep neck, erector spinae, scapular, latissimus, gluteal),
    fitted to the foundation muscles they border. Returns (muscles by name, fibres, trps)."""
    lower_lateral, medius = shared["lower_lateral"], shared["medius"]
    piriformis = shared["piriformis"]
    M: dict[str, tuple[int, Curve]] = {}
    F: dict[str, list[Curve]] = {}

    # --- back of the neck ----------------------------------------------------------------
    # Suboccipital triangle: rectus capitis posterior minor and major, obliquus capitis
    # superior and inferior, between the inferior nuchal line, the atlas and the axis.
    M["suboccipitals"] = (3, closed([K(2, 207), (12, 208.5), (26, 207.5), (38, 205.5),
                                     K(47.5, 202), (48.5, 194), (46.5, 186), K(43, 179.5),
                                     (33, 177.5), (20, 176.5), (10, 176.5), K(2, 177.5)]))
    F["suboccipitals"] = [
        *strands((4, 204), (30, 181), 3, 8),                 # rectus capitis posterior major
        *strands((3, 197), (9, 180), 2, 5),                  # rectus capitis posterior minor
        *strands((6, 206), (45, 200), 2, 5),                 # obliquus capitis inferior
        *strands((45.5, 198.5), (41, 182), 2, 5),            # obliquus capitis superior
    ]
    # Multifidi and rotatores: the deepest column in the groove beside the spinous
    # processes, from the axis to the back of the sacrum, bulkiest in the lumbar spine.
    multifidi = closed([K(1.5, 206), (9, 207), (14, 218), (15.5, 245), (15, 290), (14.5, 340),
                        (14, 400), (14, 470), (14.5, 530), (16.5, 585), (21, 635), (25.5, 675),
                        (29, 712), (31, 742), (29.5, 768), (23, 787), (13, 798), K(1.5, 802)])
    M["multifidi_rotatores"] = (3, multifidi)
    mf = []
    y = 214.0
    while y < 790:
        span = 26 if y < 300 else (30 if y < 600 else 34)
        lat = 11.5 if y < 560 else min(26, 11.5 + (y - 560) * 0.09)
        lat = min(lat, 22) if y > 760 else lat
        mf.append(spline([(lat, y + span), (lat * 0.55 + 1.5, y + span * 0.45), (2.5, y)]))
        y += 17 if y < 300 else 21
    F["multifidi_rotatores"] = mf
    # Semispinalis capitis and cervicis: the broad straps either side of the nuchal
    # ligament, from the occiput between the nuchal lines down to the upper thoracic spine.
    M["semispinalis_capitis_cervicis"] = (3, closed([
        K(1.5, 163.5), (10, 164.5), (20, 166.5), (30, 171), K(36.5, 176.5), (34, 195),
        (30.5, 220), (27.5, 250), (25, 285), (22, 325), (18, 370), (13.5, 420), K(7, 470)]))
    F["semispinalis_capitis_cervicis"] = [
        spline([(x0, 168 + x0 * 0.1), (x0 * 0.86, 250), (x0 * 0.62, 340), (x0 * 0.35, 440)])
        for x0 in (7, 13, 19, 25, 31)]
    # Splenius cervicis: from the T3-T6 spines, under splenius capitis, up to the transverse
    # processes of C1-C3.
    M["splenius_cervicis"] = (3, closed([
        K(40.5, 207.5), (45.5, 212), (47.5, 226), (46.5, 246), (43, 266), (38, 291),
        (30.5, 321), (20.5, 361), (11.5, 401), (5, 440), K(1.5, 470), (1.5, 420),
        K(1.5, 372), (8, 346), (14.5, 318), (20, 292), (26, 266), (31.5, 242), (35.5, 223)]))
    F["splenius_cervicis"] = fibres_between(line((2, 380), (2, 462)),
                                            line((38.5, 212), (45.5, 222)), 5, trim=0.03,
                                            mids=line((25, 290), (38, 300)))
    # Splenius capitis: from the nuchal ligament and the C7-T3 spines up and out to the
    # mastoid and the lateral superior nuchal line.
    M["splenius_capitis"] = (2, closed([
        K(1.5, 238), (6, 222), (13.5, 202), (21.5, 183), K(29, 167.5), (40, 172.5),
        (50, 180.5), (56.5, 189.5), K(59, 198), (57.5, 207), (53, 221), (47.5, 238),
        (41.5, 258), (33.5, 285), (23.5, 315), (12.5, 345), K(1.5, 372)]))
    F["splenius_capitis"] = fibres_between(line((2, 246), (2, 366)),
                                           spline([(31, 172), (44, 176), (56.5, 195)]), 7,
                                           trim=0.04, bend=0.04)

    # --- upper back --------------------------------------------------------------------
    # Serratus posterior superior: a thin sheet from the C7-T3 spines down and out, under
    # the rhomboids, to ribs 2-5 just beyond their angles.
    M["serratus_posterior_superior"] = (3, closed([
        K(1.5, 293), (30, 305), (60, 322), (86, 340), K(103, 349), (98.5, 360), K(97, 364),
        (103, 372), K(106, 376), (100, 386), K(98, 390), (103, 398), K(105, 402), (99, 411),
        K(97, 414), (100, 421), K(101, 426), (70, 408), (40, 391), K(1.5, 374)]))
    F["serratus_posterior_superior"] = fibres_between(line((2, 298), (2, 370)),
                                                      line((101, 352), (99, 422)), 7,
                                                      trim=0.04)
    # Supraspinatus: fills the supraspinous fossa under the trapezius; its tendon passes
    # under the acromion to the top of the greater tubercle.
    supra = closed([K(83, 367.5), (96, 360.5), (120, 348), (144, 337), (163, 331.5),
                    (178, 337.5), (190, 345), K(199.5, 343), (197, 333.5), (186, 327),
                    (170, 320), (150, 317.5), (130, 322.5), (112, 330), K(95, 340.5),
                    (87.5, 352)])
    M["supraspinatus"] = (2, supra)
    F["supraspinatus"] = fibres_between(spline([(95, 343), (88, 352), (85, 364)]),
                                        line((192, 336), (192, 341)), 6, trim=0.04,
                                        mids=line((140, 325), (140, 336)))
    # Teres minor: lateral border of the scapula, under infraspinatus's lower edge, to the
    # lowest facet of the greater tubercle.
    infra = shared["infraspinatus"]
    il = infra.locate((117, 436))
    ih = infra.locate((178, 368.5))
    infra_lower = infra.sub(ih, il)                            # lateral -> medial
    p_il = infra.point(il)
    tmin_low = spline([p_il, (128, 432.5), (142, 421.5), (158, 406), (172, 393.5),
                       (183, 384)])
    M["teres_minor"] = (1, infra_lower + tmin_low
                        + spline([(183, 384), (186.5, 377), infra_lower.start]))
    F["teres_minor"] = fibres_between(line((121, 430), (117, 440)),
                                      line((180, 373), (181, 382)), 4, trim=0.05, bend=-0.02)
    # Teres major: from the dorsal surface of the inferior angle up and out into the
    # posterior axillary fold (its lower edge lies under latissimus dorsi).
    ia = infra.locate((91, 486))
    tmaj_upper = infra.sub(il, ia).reversed()                   # angle -> lateral border
    t_split = tmin_low.locate((140, 423))
    tmaj = (spline([(84, 499), (85.5, 492), infra.point(ia)])
            + tmaj_upper + tmin_low.sub((0, 0.0), t_split)
            + spline([tmin_low.point(t_split), (147, 414), K(153.5, 405), (148.5, 407.5),
                      (141.5, 413), (135, 427), (131.5, 440), (128, 455), (121.5, 468.5),
                      (110.5, 482.5), (98, 493.5), (88.5, 500.5), (84, 499)]))
    M["teres_major"] = (1, tmaj)
    F["teres_major"] = fibres_between(line((87, 497), (97, 474)),
                                      line((149, 408), (147, 412)), 5, trim=0.04, bend=-0.03)
    # Posterior deltoid: from the lower lip of the spine of the scapula and the acromion,
    # down and forward over the back of the shoulder joint to the deltoid tuberosity.
    deltoid = closed([K(112, 363.5), (124, 358), (146, 348), (160, 342.5), (173, 335.5),
                      K(184, 328.5), (197, 347), (207, 377), (214, 410), (219, 438),
                      K(223, 453), (206, 439), (189, 425), (172, 411), (156, 398.5),
                      (140, 386), (126, 374)])
    M["posterior_deltoid"] = (1, deltoid)
    F["posterior_deltoid"] = fibres_between(spline([(114, 364), (146, 349), (183, 331)]),
                                            spline([(214, 444), (219, 448.5)]), 8,
                                            trim=0.04, bend=0.04)

    # --- latissimus dorsi: shares the lower trapezius edge and the crest ---------------
    a = lower_lateral.locate((57, 500))
    m_lat = medius.locate((114, 716.5))
    lat_crest = medius.sub(m_lat, (0, 0.0))                    # (114, 716) -> (50, 757)
    lat_upper = spline([lower_lateral.point(a), (72, 497.5), (86, 494.5), (100, 490),
                        (112, 480), (120, 468), (125, 455), (128, 441), (130.5, 428),
                        (133.5, 416), (137, 409), K(141, 404)])
    lat_lateral = spline([(141, 404), (138.5, 411), (136.5, 428),
                          (134, 465), (130.5, 510), (126.5, 555), (123.5, 600),
                          (120.5, 645), (117.5, 685), lat_crest.start])
    # Its aponeurosis (with the thoracolumbar fascia) covers the erector spinae down to the
    # sacrum, where it meets the origin of gluteus maximus along the same curve.
    max_medial = spline([(7.5, 876), (5.8, 855), (8, 833), (13.5, 817), (19, 801), (26, 785),
                         (35.5, 769), (44, 760.5), medius.start])
    loc_sac = max_medial.locate((19, 801))
    latissimus = (lat_upper + lat_lateral + lat_crest
                  + max_medial.sub((len(max_medial.segs) - 1, 1.0), loc_sac)
                  + line(max_medial.point(loc_sac), (0, 805)) + line((0, 805), (0, 616))
                  + lower_lateral.sub(lower_lateral.locate((0, 616)), a))
    M["latissimus_dorsi"] = (1, latissimus)
    aponeurosis = spline([(40, 503), (50, 535), (60, 566), (80, 612), (98, 655),
                          (112, 700)])
    lat_fibres = fibres_between(aponeurosis, line((139, 406), (133.5, 428)), 12, trim=0.0,
                                bend=0.05)
    # the aponeurotic fibres carry on in the same direction to the spines and the sacrum
    tendinous = []
    for f in lat_fibres[::2]:
        p, q = f.start, f.end
        k = p[0] / max(q[0] - p[0], 1e-6)
        tendinous.append(line(p, (1.0, p[1] - (q[1] - p[1]) * k)))
    tendinous += [line((38, 700 + 14 * k), (2, 716 + 26 * k)) for k in range(5)]
    F["latissimus_dorsi"] = [aponeurosis, *lat_fibres, *tendinous]
    # --- erector spinae: longissimus in the middle, iliocostalis lateral -----------------
    long_lat = spline([K(23, 318), (27.5, 360), (31.5, 420), (34.5, 480), (36.5, 540),
                       (38, 600), (39.5, 650), (41.5, 700), (40, 738), (33, 772), K(21, 796)])
    M["longissimus_thoracis"] = (2, long_lat + spline([
        K(21, 796), (14, 770), (12.5, 730), (11.5, 680), (11, 630), (10.5, 580), (10, 520),
        (9.5, 450), (9.5, 380), K(10, 318), (16.5, 315), K(23, 318)]))
    F["longissimus_thoracis"] = [spline([(x0, 330), (x0 + 3, 470), (x0 + 4.5, 600),
                                         (x0 + 5.5, 700), (x0 * 0.9 + 3, 775)])
                                 for x0 in (13, 17, 21, 25)]
    loc_split = long_lat.locate((39.5, 655))
    p_split = long_lat.point(loc_split)
    split = spline([p_split, (47, 630), (55, 603), (60.5, 570), (63.5, 540), K(65, 512)])
    M["iliocostalis_thoracis"] = (2, (
        spline([K(23, 318), (30, 312), K(36, 306), (43, 345), (49, 400), (56, 450), (62, 490),
                K(65, 512)])
        + split.reversed() + long_lat.sub(loc_split, (0, 0.0))))
    F["iliocostalis_thoracis"] = [spline([(x0, 320 + (x0 - 26) * 2), (x0 + 8, 420),
                                          (x0 + 16, 500), (x0 + 20 - (x0 - 26) * 0.8, 600)])
                                  for x0 in (28, 31.5, 35)]
    loc_low = long_lat.locate((35, 764))
    M["iliocostalis_lumborum"] = (2, (
        split + spline([K(65, 512), (67, 550), (68.5, 600), (68, 650), (64.5, 700), (57, 735),
                        (46, 752), long_lat.point(loc_low)])
        + long_lat.sub(loc_low, loc_split)))
    F["iliocostalis_lumborum"] = fibres_between(line((40, 745), (60, 730)),
                                                line((60, 530), (66, 560)), 4, trim=0.03,
                                                mids=line((50, 640), (64, 640)))
    # Serratus posterior inferior: over the erector spinae at the thoracolumbar junction,
    # up and out in four slips to ribs 9-12 (its medial aponeurosis blends with the fascia).
    M["serratus_posterior_inferior"] = (2, closed([
        K(36, 589), (52, 571), (64, 558), K(74, 550), (76.5, 558), K(75, 563), (84, 567),
        K(92, 573), (94, 581), K(91, 585), (99, 591), K(104, 598), (104, 606), K(100, 609),
        (103, 614), K(104, 620), (85, 626), (65, 637), (50, 648), K(39, 657), (37.5, 620)]))
    F["serratus_posterior_inferior"] = fibres_between(line((38, 598), (38.5, 650)),
                                                      spline([(73, 553), (92, 578),
                                                              (103, 602), (102, 617)]), 8,
                                                      trim=0.04)
    # --- buttock -------------------------------------------------------------------------
    # Gluteus minimus: under medius, from the ilium between the anterior and inferior
    # gluteal lines to the anterior facet of the trochanter; its lower edge is piriformis's
    # upper edge.
    p_a, p_b = piriformis.locate((66, 781.5)), piriformis.locate((143, 813.5))
    pir_top = piriformis.sub(p_a, p_b)
    minimus = (pir_top + spline([pir_top.end, (148.5, 818.5), K(150.5, 822), (149.5, 807),
                                 (147.5, 790), (144, 768), (139.5, 745), (134, 726),
                                 K(127, 719), (112, 723.5), (96, 735), (82, 750),
                                 (72, 765), pir_top.start]))
    M["gluteus_minimus"] = (3, minimus)
    F["gluteus_minimus"] = fibres_between(
        spline([(70, 772), (84, 748), (104, 729), (126, 721.5), (138, 735)]),
        line((146, 814), (148, 820)), 8, trim=0.05, bend=-0.03)
    # Gluteus maximus: over medius (whose upper-anterior part stays visible), minimus and
    # piriformis; from the posterior ilium, sacrum and coccyx down and out to the
    # iliotibial tract and gluteal tuberosity.
    g_start, g_end = medius.start, medius.point(medius.locate((152, 827)))
    maximus = (spline([g_start, (68, 762.5), (92, 775.5), (116, 792), (136, 808.5), g_end])
               + spline([g_end, (155.5, 848), (155.5, 875), (152.5, 900), K(148, 918),
                         (130, 921), (100, 917), (68, 913), (40, 906), (19, 894),
                         max_medial.start])
               + max_medial)
    M["gluteus_maximus"] = (1, maximus)
    F["gluteus_maximus"] = fibres_between(
        spline([(48, 759), (36, 768), (26, 782), (18, 800), (11, 818), (7, 840), (6.5, 872)]),
        spline([(151, 833), (152.5, 860), (151, 888), (146, 914)]), 13, trim=0.0, bend=0.04)

    trps = [
        ("supraspinatus", "trp1", (113, 343)), ("supraspinatus", "trp2", (153, 325)),
        ("supraspinatus", "trp3", (192, 337.5)),
        ("teres_minor", "trp1", (140, 418)),
        ("teres_major", "trp1", (99, 484)), ("teres_major", "trp2", (117, 456)),
        ("latissimus_dorsi", "trp1", (132, 442)), ("latissimus_dorsi", "trp2", (112, 642)),
        ("serratus_posterior_superior", "trp1", (91, 361)),
        ("serratus_posterior_inferior", "trp1", (60, 603)),
        ("posterior_deltoid", "trp1", (173, 402)),
        ("splenius_capitis", "trp1", (50.5, 212)),
        ("splenius_cervicis", "trp1", (41, 230)), ("splenius_cervicis", "trp2", (26.5, 293)),
        ("semispinalis_capitis_cervicis", "trp1", (20, 245)),
        ("semispinalis_capitis_cervicis", "trp2", (15, 194)),
        ("semispinalis_capitis_cervicis", "trp3", (17, 173.5)),
        ("suboccipitals", "trp1", (28, 191)),
        ("iliocostalis_thoracis", "trp1", (54, 482)),
        ("iliocostalis_thoracis", "trp2", (51, 590)),
        ("iliocostalis_lumborum", "trp1", (56, 645)),
        ("longissimus_thoracis", "trp1", (26, 578)), ("longissimus_thoracis", "trp2", (27, 642)),
        ("multifidi_rotatores", "trp1", (9, 251)), ("multifidi_rotatores", "trp2", (9, 545)),
        ("multifidi_rotatores", "trp3", (11, 677)), ("multifidi_rotatores", "trp4", (15, 752)),
        ("gluteus_maximus", "trp1", (36, 779)), ("gluteus_maximus", "trp2", (60, 846)),
        ("gluteus_maximus", "trp3", (20, 853)),
        ("gluteus_minimus", "trp1", (141, 786)), ("gluteus_minimus", "trp2", (88, 779.5)),
    ]
    return M, F, trps


POSTERIOR_LANDMARKS = [
    ("external_occipital_protuberance", EOP, False), ("c7", (0, C7), False),
    ("t3", (0, T3), False), ("t7", (0, T7), False), ("t12", (0, T12), False),
    ("l4", (0, L4), False), ("s2", (0, S2), False),
    ("mastoid", MASTOID, True), ("acromion", ACROMION, True),
    ("scapula_superior_angle", SUP_ANGLE, True), ("scapular_spine_root", SPINE_ROOT, True),
    ("scapula_inferior_angle", (INF_ANGLE_LAT, T7), True), ("rib12_tip", RIB12_TIP, True),
    ("iliac_crest_top", CREST_TOP, True), ("psis", PSIS, True),
    ("greater_trochanter", TROCHANTER, True), ("ischial_tuberosity", ISCHIAL, True),
    ("olecranon", OLECRANON, True),
]


def posterior_strokes() -> list[Stroke]:
    S = Stroke
    bones = [
        S(SCAPULA, "bone", closed=True), S(SPINE_UPPER, "bone"), S(SPINE_LOWER, "bone"),
        S(spline([(81.5, 369.5), (80, 373), (82.5, 376)]), "bone"),       # root of the spine
        S(ACROMION_OUTLINE, "bone", closed=True),
        S(ILIAC_CREST, "bone"), S(RIB12, "bone"), S(RIB11, "bone", weight=0.8),
        S(RIB10, "bone", weight=0.7),
        S(spline([(40, 759), (36.5, 768), (39, 776)]), "bone", weight=0.8),   # PSIS
        # greater trochanter and ischial tuberosity, as faint outlines
        S(spline([(146, 812), (153.5, 819), (155, 835), (150, 850), (143, 860)]), "bone",
          weight=0.8),
        S(spline([(205, 585), (213, 592), (223, 592), (230, 585)]), "bone", weight=0.8),
    ]
    bones.append(S(mirror_closed(SACRUM_HALF), "bone", closed=True, bilateral=False))
    bones.append(S(mirror_closed(COCCYX_HALF), "bone", closed=True, bilateral=False,
                   weight=0.8))
    for k, y in enumerate((752, 768, 783)):                             # dorsal sacral foramina
        bones.append(S(ellipse((15 - k * 1.8, y), 2.2, 2.8), "bone", closed=True, weight=0.6))
    for dot in spinous_dots():
        bones.append(S(dot, "bone", closed=True, bilateral=False, weight=0.9))

    contours = [
        # spinal furrow between the erector spinae columns, fading into the sacrum
        S(line((0, 306), (0, 742)), "contour", bilateral=False, weight=0.8),
        S(line((0, 812), (0, CROTCH - 2)), "contour", bilateral=False),           # natal cleft
        # gluteal fold and the lower border of gluteus maximus
        S(spline([(6.5, 906.5), (30, 914), (66, 917.5), (100, 912), (122, 902), (136, 891)]),
          "contour"),
        # lateral hollow of the buttock behind the greater trochanter
        S(spline([(140, 842), (132, 862), (131, 885)]), "contour", weight=0.5),
        # upper border of gluteus maximus, from the sacrum to the iliotibial tract
        S(spline([(44, 770), (80, 796), (118, 822), (147, 850)]), "contour", weight=0.7),
        # erector spinae, lateral edge
        S(spline([(32, 318), (40, 420), (50, 520), (58, 600), (61, 660), (58, 710),
                  (46, 748)]), "contour", weight=0.7),
        # latissimus dorsi: upper border over the inferior angle into the posterior axillary
        # fold, and its aponeurotic origin
        S(spline([(40, 512), (75, 512), (104, 503), (122, 482), (131, 455), (134.5, 432)]),
          "contour", weight=0.7),
        S(spline([(58, 560), (80, 610), (100, 660), (116, 700)]), "contour", weight=0.6),
        # teres major to the axilla
        S(spline([(106, 472), (122, 449), (133.5, 427)]), "contour", weight=0.6),
        # posterior border of the deltoid, spine of the scapula to the deltoid tuberosity
        S(spline([(112, 360), (140, 385), (172, 410), (204, 432), (223, 447)]), "contour",
          weight=0.8),
        # triceps: long and lateral heads, the tendon plate above the olecranon
        S(spline([(198, 440), (200, 480), (204, 520), (210, 548)]), "contour", weight=0.6),
        S(spline([(219, 472), (222, 510), (224, 545)]), "contour", weight=0.5),
        # forearm: the ulnar furrow
        S(spline([(220, 615), (232, 680), (247, 760)]), "contour", weight=0.5),
        # hamstrings: the groove between biceps femoris and semitendinosus
        S(spline([(78, 925), (80, 990), (78, 1050), (72, 1100)]), "contour", weight=0.6),
        # iliotibial tract
        S(spline([(148, 900), (142, 980), (133, 1060), (126, 1110)]), "contour", weight=0.5),
        # popliteal crease
        S(spline([(32, 1134), (60, 1139), (92, 1138), (114, 1132)]), "contour"),
        # gastrocnemius heads and the calcaneal tendon
        S(spline([(30, 1165), (22, 1230), (28, 1295), (48, 1345), (62, 1352)]), "contour",
          weight=0.7),
        S(spline([(113, 1168), (120, 1225), (112, 1290), (92, 1336), (72, 1350)]), "contour",
          weight=0.7),
        S(spline([(66, 1160), (66, 1230), (66, 1300)]), "contour", weight=0.5),
        S(spline([(52, 1365), (55, 1420), (56, 1480), (57, 1510)]), "contour", weight=0.6),
        S(spline([(80, 1365), (77, 1420), (75, 1480), (74, 1510)]), "contour", weight=0.6),
        # malleoli
        S(spline([(91.5, 1474), (94, 1488), (91, 1501)]), "contour", weight=0.7),
        S(spline([(37, 1469), (34.5, 1482), (37, 1495)]), "contour", weight=0.7),
        # back of the ear (helix)
        S(spline([(73, 130), (77.5, 140), (77.5, 160), (73, 180), (68, 188)]), "contour",
          weight=0.7),
        # back of the hand: knuckles and nail-free finger lines
        S(spline([hand_point(30, 88), hand_point(10, 93), hand_point(-10, 92),
                  hand_point(-27, 86)]), "contour", weight=0.4),
    ]
    return bones + contours


def posterior_regions(chain: Curve) -> tuple[list[tuple[str, Curve, bool]], list[Curve]]:
    """The body regions of the posterior figure (left half), tiling the surface.
    Returns (regions, unnamed) where `unnamed` are the bits of surface no region names."""
    h = Half(chain)
    # --- head and neck -----------------------------------------------------------------
    h.on_sil("V", (0, VERTEX))
    h.sil_y("VC_S", 70, 62)
    h.at("VC_M", (0, 90))
    h.edge("VC_S", "VC_M", (32, 86))
    h.on_sil("EAR_T", (69.5, EAR_TOP_Y))
    h.at("OCC_L", (52.5, 184))
    h.edge("EAR_T", "OCC_L", (63.5, 141), (57.5, 163))
    h.at("MAS_I", (47.5, 211))
    h.edge("OCC_L", "MAS_I", (49.5, 198))
    h.sil_y("MAS_S", 211, 58)
    h.edge("MAS_I", "MAS_S")
    h.at("PN_T", (30, 191))
    h.at("OCC_M", (0, 193))
    h.edge("OCC_L", "PN_T", (41, 188.5))
    h.edge("PN_T", "OCC_M", (15, 192.5))
    h.edge("OCC_M", "VC_M")
    h.at("PN_M", (30.5, 262))
    h.edge("PN_T", "PN_M", (29, 225))
    h.at("J1", (33, 305))
    h.edge("PN_M", "J1", (31.5, 285))
    h.at("C7T1", (0, 305))
    h.edge("J1", "C7T1")
    h.edge("C7T1", "OCC_M")
    h.sil_y("NA_S", 262, 51)
    h.edge("PN_M", "NA_S")
    h.sil_y("NA_S2", 287, 90)
    h.at("NA_L", (88, 318))
    h.edge("NA_S2", "NA_L", (91, 302))
    h.edge("NA_L", "J1", (60, 312))
    # --- shoulder and scapula ------------------------------------------------------------
    h.sil_y("ACR_S1", 303, 150)
    h.sil_y("ACR_S2", 333, 200)
    h.at("ROOT_R", SPINE_ROOT)
    h.at("SPINE_D", (112, 359.5))
    h.at("ACR_SP", (150, 341))
    h.edge("ROOT_R", "SPINE_D", (96, 365))
    h.edge("SPINE_D", "ACR_SP", (131, 350.5))
    h.edge("ACR_S1", "ACR_SP", (146, 322))
    h.sil_y("LS_B", 447, 225)
    h.sil_y("LA_B", 565, 250)
    h.sil_y("LE_B", 640, 270)
    h.band(["ACR_S2", "LS_B"], [20, 19])
    h.band(["LS_B", "LA_B"], [19, 18])
    h.band(["LA_B", "LE_B"], [18, 18])
    h.edge("ACR_S2_in", "ACR_SP", (168, 344))
    h.at("SA_R", SUP_ANGLE)
    mb = MEDIAL_BORDER
    h.at("MB2", mb.point(mb.locate((83, 470))))
    h.curve_edge("SA_R", "ROOT_R", mb.sub((0, 0.0), mb.locate(SPINE_ROOT)))
    h.curve_edge("ROOT_R", "MB2", mb.sub(mb.locate(SPINE_ROOT), mb.locate(h.p("MB2"))))
    h.edge("SA_R", "NA_L", (92, 330))
    h.on_sil("AX", (138.5, AXILLA_Y))
    h.at("P_AX", (151, 397))
    h.edge("SPINE_D", "P_AX", (131, 377))
    h.edge("P_AX", "LS_B_in", (180, 418), (204, 434))
    h.edge("P_AX", "AX", (145, 401))
    h.sil_y("SC_S", 512, 133, after="AX")
    h.edge("MB2", "SC_S", (80.8, 494), (82.5, 514), (92, 523.5), (108, 522.5), (124, 516))
    h.at("TP_A", (34, 500))
    h.edge("MB2", "TP_A", (62, 489))
    h.edge("J1", "TP_A", (34.5, 400))
    # --- trunk -------------------------------------------------------------------------
    h.at("TL_TL", (58, T10))
    h.at("TL_TM", (0, T10))
    h.at("TL_BL", (58, 638))
    h.at("TL_BM", (0, 638))
    h.edge("TP_A", "TL_TL", (47, 533))
    h.edge("TL_TL", "TL_TM")
    h.edge("TL_TM", "C7T1")
    h.edge("TL_TL", "TL_BL", (61, 602))
    h.edge("TL_BL", "TL_BM")
    h.edge("TL_BM", "TL_TM")
    h.sil_y("FL_T", 560, 128)
    h.sil_y("PLR_B", 636, 125)
    h.sil_y("FL_B", 700, 130)
    h.band(["FL_T", "PLR_B", "FL_B"], [18, 18, 16])
    h.edge("PLR_B_in", "TL_BL", (90, 637))
    h.sil_y("LH_T", 724, 135)
    h.sil_y("PH_T", 790, 150)
    h.sil_y("LH_B", 900, 158)
    h.band(["LH_T", "PH_T", "LH_B"], [16, 24, 22])
    h.at("IC_UM", (47.5, 743))
    h.at("IC_LM", (56.5, 761))
    h.edge("IC_UM", "FL_B_in", (62, 729.5), (80, 716.5), (100, 706))
    h.edge("LH_T_in", "IC_LM", (100, 725.5), (82, 736), (66, 749.5))
    h.edge("IC_LM", "IC_UM")
    h.at("SAC_TM", (0, 741))
    h.at("SAC_TL", (33, 744))
    h.at("SAC_BL", (12, 806))
    h.at("SAC_AP", (0, 809))
    h.at("COC_M", (0, 836))
    h.edge("SAC_TM", "SAC_TL", (18, 741.5))
    h.edge("SAC_TL", "SAC_BL", (36.5, 765), (31.5, 786), (22, 800))
    h.edge("SAC_BL", "SAC_AP")
    h.edge("SAC_BL", "COC_M", (7, 818), (4, 830))
    h.edge("SAC_TL", "IC_UM", (40, 743))
    h.at("SI_LO", (50, 795))
    h.edge("IC_LM", "SI_LO", (57.5, 778))
    h.edge("SI_LO", "SAC_BL", (30, 803))
    h.edge("SAC_TM", "TL_BM")
    # --- buttock and lower limb -------------------------------------------------------------
    h.on_sil("CR", (0, CROTCH))
    h.edge("COC_M", "CR")
    h.sil_y("FOLD_M", GLUTEAL_FOLD, 4)
    h.at("PH_L", (122, 902))
    h.edge("FOLD_M", "PH_L", (30, 914), (66, 917.5), (100, 912))
    h.edge("PH_T_in", "PH_L", (100, 801), (82, 823), (86, 857), (105, 886))
    h.edge("LH_B_in", "PH_L")
    h.sil_y("LT_B", 1095, 135)
    h.sil_y("LK_B", 1175, 122)
    h.sil_y("LC_B", 1445, 98)
    h.sil_y("LAK_M", ANKLE, 96)
    h.sil_y("LAK_B", 1530, 96)
    h.band(["LH_B", "LT_B"], [22, 18])
    h.band(["LT_B", "LK_B"], [18, 17])
    h.band(["LK_B", "LC_B"], [17, 15])
    h.band(["LC_B", "LAK_M", "LAK_B"], [15, 14, 13])
    h.sil_y("POP_TM", 1095, 18)
    h.sil_y("POP_BM", 1175, 22)
    h.sil_y("CALF_BM", ANKLE, 32)
    h.edge("LT_B_in", "POP_TM", (70, 1098))
    h.edge("LK_B_in", "POP_BM", (65, 1178))
    h.edge("LAK_M_in", "CALF_BM", (60, 1494))
    # --- arm -------------------------------------------------------------------------------
    h.sil_y("MA_T", 420, 142, before="AX")
    h.sil_y("MA_B", 575, 175)
    h.band(["MA_T", "MA_B"], [15, 16])
    h.sil_y("UF_T", 640, 185)
    h.sil_y("UF_B", 800, 233)
    h.band(["UF_T", "UF_B"], [18, 14])
    h.sil_y("WR_L", 790, 286)
    h.at("WR_M", WRIST_C)
    h.edge("WR_L", "WR_M", (273, 794))
    h.edge("WR_M", "UF_B_in")
    h.on_sil("HS", hand_point(-1.6, 111))
    h.edge("WR_M", "HS", hand_point(-0.5, 55))
    h.edge("LA_B_in", "MA_B_in", (205, 571))
    h.edge("UF_T_in", "LE_B_in", (225, 642))

    R = h.region
    regions = [
        ("vertex", h.midline_region(["V", "~", "VC_S", "VC_M"]), True),
        ("occiput", R(["VC_S", "~", "EAR_T", "OCC_L", "PN_T", "OCC_M", "VC_M"]), False),
        ("mastoid_postauricular", R(["EAR_T", "~", "MAS_S", "MAS_I", "OCC_L"]), False),
        ("posterior_neck", R(["OCC_M", "PN_T", "PN_M", "J1", "C7T1"]), False),
        ("lateral_neck", R(["PN_T", "OCC_L", "MAS_I", "MAS_S", "~", "NA_S", "PN_M"]), False),
        ("angle_of_neck", R(["PN_M", "NA_S", "~", "NA_S2", "NA_L", "J1"]), False),
        ("suprascapular", R(["NA_S2", "~", "ACR_S1", "ACR_SP", "SPINE_D", "ROOT_R", "SA_R",
                             "NA_L"]), False),
        ("acromion", R(["ACR_S1", "~", "ACR_S2", "ACR_S2_in", "ACR_SP"]), False),
        ("posterior_shoulder", R(["ACR_SP", "ACR_S2_in", "LS_B_in", "P_AX", "SPINE_D"]), False),
        ("lateral_shoulder", R(["ACR_S2", "~", "LS_B", "LS_B_in", "ACR_S2_in"]), False),
        ("interscapular", R(["J1", "NA_L", "SA_R", "ROOT_R", "MB2", "TP_A"]), False),
        ("scapula", R(["ROOT_R", "SPINE_D", "P_AX", "AX", "~", "SC_S", "MB2"]), False),
        ("thoracic_paraspinal", R(["C7T1", "J1", "TP_A", "TL_TL", "TL_TM"]), False),
        ("thoracolumbar", R(["TL_TM", "TL_TL", "TL_BL", "TL_BM"]), False),
        ("posterior_lower_ribs", R(["TP_A", "MB2", "SC_S", "~", "FL_T", "FL_T_in", "PLR_B_in",
                                    "TL_BL", "TL_TL"]), False),
        ("flank", R(["FL_T", "~", "FL_B", "FL_B_in", "PLR_B_in", "FL_T_in"]), False),
        ("low_back", R(["TL_BM", "TL_BL", "PLR_B_in", "FL_B_in", "IC_UM", "SAC_TL", "SAC_TM"]),
         False),
        ("iliac_crest", R(["FL_B", "~", "LH_T", "LH_T_in", "IC_LM", "IC_UM", "FL_B_in"]), False),
        ("sacroiliac", R(["SAC_TL", "IC_UM", "IC_LM", "SI_LO", "SAC_BL"]), False),
        ("sacrum", h.midline_region(["SAC_TM", "SAC_TL", "SAC_BL", "SAC_AP"]), True),
        ("coccyx", h.midline_region(["SAC_AP", "SAC_BL", "COC_M"]), True),
        ("buttock", R(["IC_LM", "LH_T_in", "PH_T_in", "PH_L", "FOLD_M", "~", "CR", "COC_M",
                       "SAC_BL", "SI_LO"]), False),
        ("posterior_hip", R(["PH_T_in", "LH_B_in", "PH_L"]), False),
        ("lateral_hip", R(["LH_T", "~", "LH_B", "LH_B_in", "PH_T_in", "LH_T_in"]), False),
        ("posterior_thigh", R(["FOLD_M", "PH_L", "LH_B_in", "LT_B_in", "POP_TM", "~"]), False),
        ("lateral_thigh", R(["LH_B", "~", "LT_B", "LT_B_in", "LH_B_in"]), False),
        ("popliteal", R(["LT_B_in", "LK_B_in", "POP_BM", "~", "POP_TM"]), False),
        ("lateral_knee", R(["LT_B", "~", "LK_B", "LK_B_in", "LT_B_in"]), False),
        ("posterior_calf", R(["LK_B_in", "LC_B_in", "LAK_M_in", "CALF_BM", "~", "POP_BM"]),
         False),
        ("lateral_calf", R(["LK_B", "~", "LC_B", "LC_B_in", "LK_B_in"]), False),
        ("lateral_ankle", R(["LC_B", "~", "LAK_B", "LAK_B_in", "LAK_M_in", "LC_B_in"]), False),
        ("posterior_arm", R(["P_AX", "LS_B_in", "LA_B_in", "MA_B_in", "MA_T_in", "MA_T", "~",
                             "AX"]), False),
        ("lateral_arm", R(["LS_B", "~", "LA_B", "LA_B_in", "LS_B_in"]), False),
        ("medial_arm", R(["MA_T", "~", "MA_B", "MA_B_in", "MA_T_in"]), False),
        ("posterior_elbow", R(["LA_B_in", "LE_B_in", "UF_T_in", "UF_T", "~", "MA_B",
                               "MA_B_in"]), False),
        ("lateral_elbow", R(["LA_B", "~", "LE_B", "LE_B_in", "LA_B_in"]), False),
        ("dorsal_forearm", R(["LE_B_in", "LE_B", "~", "WR_L", "WR_M", "UF_B_in", "UF_T_in"]),
         False),
        ("ulnar_forearm", R(["UF_T", "~", "UF_B", "UF_B_in", "UF_T_in"]), False),
        ("radial_hand", R(["WR_L", "~", "HS", "WR_M"]), False),
        ("ulnar_hand", R(["WR_M", "HS", "~", "UF_B", "UF_B_in"]), False),
    ]
    # children: drawn inside their parents
    border = mb.sub((0, 0.0), mb.locate(h.p("MB2")))
    strip = offset_points(border, 13.0, step=8.0)
    msb = border + spline([h.p("MB2"), *strip[::-1][1:-1], SUP_ANGLE])
    regions.append(("medial_scapular_border", msb, False))
    lower = h.edges[("MB2", "SC_S")]
    q = lower.locate((110, 522))
    angle = lower.sub((0, 0.0), q) + spline([lower.point(q), (113, 506), (103, 485),
                                             (92, 472.5), h.p("MB2")])
    regions.append(("inferior_angle_scapula", angle, False))
    fold = h.edges[("FOLD_M", "PH_L")]
    f2 = fold.locate((98, 912.5))
    lb = (fold.sub((0, 0.0), f2)
          + spline([fold.point(f2), (95, 889), (60, 875), (25, 868.5), (0, 867)])
          + line((0, 867), (0, CROTCH)) + h.path(["CR", "~", "FOLD_M"], closed=False))
    regions.append(("lower_buttock", lb, False))
    unnamed = [h.region(["CALF_BM", "LAK_M_in", "LAK_B_in", "LAK_B", "~"])]   # the heel
    return regions, unnamed


# ======================================================================================
# ANTERIOR FIGURE: surface anatomy, regions, landmarks and the front muscles
# ======================================================================================
JUGULAR = (0.0, float(JUGULAR_NOTCH))
CLAVICLE_MID = (88.0, 306.0)
CORACOID = (136.0, 338.0)
ASIS = (ASIS_LAT, ASIS_Y)
NIPPLE = (84.0, 438.0)
EYE = (29.0, EYE_Y)

ANTERIOR_LANDMARKS = [
    ("jugular_notch", JUGULAR, False), ("xiphoid", (0, XIPHOID), False),
    ("umbilicus", (0, UMBILICUS), False), ("pubic_symphysis", (0, PUBIC_SYMPHYSIS), False),
    ("mastoid", MASTOID, True), ("acromion", ACROMION, True), ("coracoid", CORACOID, True),
    ("clavicle_mid", CLAVICLE_MID, True), ("asis", ASIS, True),
    ("greater_trochanter", TROCHANTER, True),
]

CLAVICLE = spline([(13, 297), (35, 297.5), (62, 301.5), (90, 302.5), (118, 299.5), (142, 302.5),
                   (160, 308), K(166, 312.5), (160, 316.5), (142, 311.5), (120, 308.5),
                   (92, 310.5), (64, 310), (38, 307), (17, 305.5), K(11.5, 301.5)], closed=True)
STERNUM_HALF = spline([(0, 301.5), (8.5, 299), (16.5, 303.5), (16.5, 318), (13.5, 335),
                       (11.5, 346), (12, 380), (12.5, 420), (11, 450), (7.5, 466),
                       (4.5, 477), (2.5, 487), (0, 490)])
COSTAL_MARGIN = spline([(6, 478), (22, 491), (47, 510), (72, 534), (93, 561), (108, 589),
                        (117, 612)])
ANTERIOR_CREST = spline([(128.5, 707), (124, 727), (117, 746), ASIS, (106, 767)])


def anterior_strokes() -> list[Stroke]:
    S = Stroke
    hp = hand_point
    bones = [
        S(CLAVICLE, "bone", closed=True),
        # the sternum as it is felt: jugular notch, sternal angle, xiphoid; its sides only
        # as a faint presternal groove (a closed outline reads as a necktie)
        S(spline([(-8.5, 299.5), (-4, 303.5), (0, 304.5), (4, 303.5), (8.5, 299.5)]), "bone",
          bilateral=False, weight=0.8),
        S(line((-10, 346), (10, 346)), "bone", bilateral=False, weight=0.6),
        S(spline([(-7, 470), (-3.5, 480), (0, 490), (3.5, 480), (7, 470)]), "bone",
          bilateral=False, weight=0.6),
        S(spline([(13, 318), (11.5, 380), (11.5, 430)]), "bone", weight=0.4),
        S(COSTAL_MARGIN, "bone", weight=0.75),
        # lower ribs, lateral ends showing below the pectoral
        S(spline([(96, 470), (118, 482), (133, 497)]), "bone", weight=0.6),
        S(spline([(100, 505), (120, 519), (131, 535)]), "bone", weight=0.6),
        S(spline([(104, 540), (120, 557), (127, 573)]), "bone", weight=0.55),
        S(ANTERIOR_CREST, "bone"),
        S(spline([(56, 1106), (69, 1099.5), (83, 1106), (85.5, 1121), (78.5, 1136),
                  (69.5, 1142.5), (60.5, 1136), (53.5, 1121)], closed=True), "bone",
          closed=True),                                                               # patella
        S(spline([(64, 1146), (63.5, 1160), (65, 1172)]), "contour", weight=0.5),      # lig.
        S(spline([(75, 1146), (75.5, 1160), (74, 1172)]), "contour", weight=0.5),
        S(spline([(66, 1160), (63, 1230), (61, 1320), (57, 1410), (50, 1470)]), "bone",
          weight=0.6),                                                                # tibia
    ]
    contours = [
        # face, kept minimal: brows, eyes, nose wings, lips, jaw line, ear
        S(spline([(9, 128.5), (20, 122.5), (34, 121), (47, 125.5)]), "contour", weight=0.9),
        S(spline([K(16.5, 141.5), (23, 137.5), (31, 136.5), (38, 138), K(43.5, 141.5)]),
          "contour", weight=0.9),
        S(spline([K(16.5, 141.5), (24, 144.5), (33, 145), K(43.5, 141.5)]), "contour",
          weight=0.6),
        S(ellipse((EYE[0] + 0.5, EYE[1]), 3.6, 3.6), "contour", closed=True, weight=0.6),
        S(spline([(9.5, 150), (10.5, 166), (14.5, 177), (12.5, 185), (5, 186.5)]), "contour",
          weight=0.7),
        S(spline([(-23, 207), (-12, 204), (-4, 203.5), (0, 205), (4, 203.5), (12, 204),
                  (23, 207)]), "contour", bilateral=False, weight=0.9),
        S(spline([(-12, 214.5), (0, 217), (12, 214.5)]), "contour", bilateral=False, weight=0.6),
        S(spline([(53.5, 224.5), (44, 235), (26, 243), (0, 246.5)]), "contour", weight=0.6),
        S(spline([(70.5, 131), (75, 140), (76, 158), (72.5, 176), (68, 186)]), "contour",
          weight=0.7),
        # neck: sternocleidomastoid borders, trapezius edge
        S(spline([(54, 214), (40, 245), (24, 278), (12, 297)]), "contour", weight=0.6),
        S(spline([(47, 252), (45, 276), (38.5, 301)]), "contour", weight=0.5),
        S(spline([(58, 275.5), (77, 284), (100, 293)]), "contour", weight=0.5),
        # chest: pectoral border and anterior axillary fold, nipples
        S(spline([(14, 452), (45, 466), (80, 468), (110, 452), (127, 430), (135.5, 411)]),
          "contour", weight=0.8),
        S(ellipse(NIPPLE, 6.5, 6), "contour", closed=True, weight=0.5),
        S(ellipse(NIPPLE, 2.2, 2.2), "contour", closed=True, weight=0.8),
        # abdomen: linea alba, semilunar lines, tendinous intersections, navel
        S(line((0, 494), (0, 651)), "contour", bilateral=False, weight=0.5),
        S(line((0, 669), (0, 790)), "contour", bilateral=False, weight=0.4),
        S(spline([(47, 498), (54, 560), (53, 640), (42, 720), (22, 795)]), "contour",
          weight=0.6),
        S(spline([(2, 532), (25, 528), (51, 531)]), "contour", weight=0.45),
        S(spline([(2, 594), (28, 590), (54, 594)]), "contour", weight=0.45),
        S(spline([K(0, 654), (3.8, 657), (3.8, 663), K(0, 666.5), (-3.8, 663), (-3.8, 657)],
                 closed=True), "contour", closed=True, bilateral=False, weight=0.9),
        # groin crease, continuing between the thigh and the smooth genital area
        S(spline([(113, 770), (86, 792), (58, 815), (36, 842), (22, 872), (14, 896)]),
          "contour", weight=0.8),
        # shoulder and arm: deltopectoral groove, anterior deltoid border, biceps, elbow crease
        S(spline([(124, 305), (131, 335), (140, 366), (146, 393)]), "contour", weight=0.7),
        S(spline([(147, 395), (170, 414), (197, 432), (221, 446)]), "contour", weight=0.6),
        S(spline([(174, 445), (180, 500), (192, 556), (201, 590)]), "contour", weight=0.45),
        S(spline([(197, 604), (213, 609.5), (233, 606.5), (246, 598)]), "contour", weight=0.7),
        # forearm: the brachioradialis edge; wrist and palm creases
        S(spline([(247, 622), (253, 665), (262, 720), (272, 770)]), "contour", weight=0.45),
        S(spline([hp(-24, 5), hp(-8, 8.5), hp(8, 8.5), hp(24, 4)]), "contour", weight=0.6),
        S(spline([hp(25, 22), hp(18, 45), hp(15, 65), hp(15, 80)]), "contour", weight=0.55),
        S(spline([hp(-31, 72), hp(-12, 75), hp(8, 80), hp(22, 78)]), "contour", weight=0.5),
        S(spline([hp(-30, 82), hp(-14, 87), hp(4, 90)]), "contour", weight=0.45),
        # thigh: sartorius, quadriceps, knee
        S(spline([(107, 775), (88, 850), (62, 945), (40, 1040), (31, 1100)]), "contour",
          weight=0.55),
        S(spline([(150, 860), (144, 950), (134, 1040), (124, 1095)]), "contour", weight=0.45),
        S(spline([(40, 1050), (34, 1090), (45, 1108)]), "contour", weight=0.5),
        S(spline([(98, 1085), (103, 1110), (96, 1135)]), "contour", weight=0.45),
        # leg: calf edge, malleoli, toes
        S(spline([(30, 1200), (26, 1260), (32, 1330)]), "contour", weight=0.45),
        S(spline([(92, 1474), (94.5, 1488), (92, 1502)]), "contour", weight=0.7),
        S(spline([(37, 1469), (34.5, 1482), (37, 1495)]), "contour", weight=0.7),
        S(spline([(33, 1541), (35, 1548), (35, 1554)]), "contour", weight=0.5),
        S(spline([(50, 1545), (52, 1551), (52, 1556.5)]), "contour", weight=0.5),
        S(spline([(67, 1546), (68, 1552), (68, 1557)]), "contour", weight=0.5),
        S(spline([(83, 1545), (84, 1551), (84, 1556.5)]), "contour", weight=0.5),
        S(spline([(96.5, 1541), (97.5, 1547), (97, 1552.5)]), "contour", weight=0.5),
    ]
    return bones + contours


def anterior_regions(chain: Curve) -> tuple[list[tuple[str, Curve, bool]], list[Curve]]:
    """The body regions of the anterior figure (patient's left half, lat > 0)."""
    h = Half(chain)
    # --- head ------------------------------------------------------------------------------
    h.on_sil("V", (0, VERTEX))
    h.sil_y("VC_S", 72, 62)
    h.at("FH_L", (46, 77))
    h.at("VC_M", (0, 80))
    h.edge("VC_S", "FH_L", (54, 75))
    h.edge("FH_L", "VC_M", (25, 79.5))
    h.at("OR_TL", (50.5, 124))
    h.at("OR_TM", (9, 129))
    h.at("OR_BM", (9.5, 153))
    h.at("OR_BL", (51, 156))
    h.at("GLAB", (0, 131))
    h.edge("FH_L", "OR_TL", (49.5, 100))
    h.edge("OR_TM", "OR_TL", (20, 119.5), (36, 118.5))
    h.edge("OR_TL", "OR_BL", (55, 140))
    h.edge("OR_BL", "OR_BM", (38, 161.5), (20, 160))
    h.edge("OR_BM", "OR_TM", (7.5, 141))
    h.edge("OR_TM", "GLAB", (4, 130.5))
    h.edge("GLAB", "VC_M")
    h.on_sil("EAR_T", (69.5, EAR_TOP_Y))
    h.on_sil("EAR_LOBE", (65.5, EAR_LOBE_Y))
    h.at("EAR_M", (68, 165))
    h.edge("EAR_T", "EAR_M", (69, 146))
    h.edge("EAR_M", "EAR_LOBE", (67, 182))
    h.at("ZY", (61, 153))
    h.edge("EAR_M", "ZY", (64.5, 157))
    h.edge("ZY", "OR_BL")
    h.at("JA_T", (41, 203))
    h.at("CH_LOW", (26.5, 205))
    h.edge("EAR_LOBE", "JA_T", (52, 201))
    h.edge("JA_T", "CH_LOW", (33.5, 205.5))
    h.edge("CH_LOW", "OR_BM", (20, 190), (14, 172))
    h.sil_y("JA_S", 238, 51)
    h.at("JA_M", (37, 237))
    h.at("TH_T", (28, 241))
    h.at("CHIN_M", (0, 248))
    h.edge("JA_S", "JA_M", (44, 237))
    h.edge("JA_M", "JA_T", (39.5, 220))
    h.edge("JA_M", "TH_T", (32.5, 239.5))
    h.edge("TH_T", "CHIN_M", (14, 246))
    # --- neck, shoulder, chest -------------------------------------------------------------
    h.at("JN", JUGULAR)
    h.at("TH_B", (13, 298.5))
    h.edge("TH_T", "TH_B", (24, 262), (17, 283))
    h.edge("TH_B", "JN", (6, 299))
    h.edge("CHIN_M", "JN")
    h.at("CL_MID", (88, 303))
    h.at("DP_CL", (124, 300.5))
    h.at("ACR_CL", (160, 309.5))
    h.edge("TH_B", "CL_MID", (38, 298), (64, 301.5))
    h.edge("CL_MID", "DP_CL", (108, 302))
    h.edge("DP_CL", "ACR_CL", (144, 303.5))
    h.sil_y("ACR_S1", 303, 150)
    h.sil_y("ACR_S2", 333, 200)
    h.edge("ACR_CL", "ACR_S1", (154, 305.5))
    h.sil_y("LS_B", 447, 225)
    h.sil_y("LA_B", 565, 250)
    h.sil_y("LE_M", 605, 258)
    h.sil_y("LE_B", 640, 270)
    h.band(["ACR_S2", "LS_B"], [20, 19])
    h.band(["LS_B", "LA_B"], [19, 18])
    h.band(["LA_B", "LE_M", "LE_B"], [18, 18, 18])
    h.edge("ACR_CL", "ACR_S2_in", (175, 329))
    h.on_sil("AX", (138.5, AXILLA_Y))
    h.at("DP_AX", (147, 396))
    h.edge("DP_AX", "DP_CL", (141, 364), (130, 330))
    h.edge("LS_B_in", "DP_AX", (200, 432), (172, 414))
    h.edge("DP_AX", "AX", (143.5, 400.5))
    h.sil_y("MA_T", 420, 142, before="AX")
    h.sil_y("MA_B", 605, 178)
    h.band(["MA_T", "MA_B"], [15, 16])
    h.at("EC_C", (214, 607))
    h.edge("LE_M_in", "EC_C", (228, 606))
    h.edge("EC_C", "MA_B_in", (202, 607.5))
    h.sil_y("UF_B", 800, 233)
    h.sil_y("WR_L", 790, 286)
    h.at("WR_M", WRIST_C)
    h.edge("WR_L", "WR_M", (273, 795))
    h.edge("WR_M", "UF_B", (246, 799))
    h.edge("EC_C", "WR_M", (228, 660), (244, 735))
    h.on_sil("HS", hand_point(-1.6, 111))
    h.edge("WR_M", "HS", hand_point(-0.5, 55))
    # --- trunk -------------------------------------------------------------------------------
    h.sil_y("LC_T", 412, 139, after="AX")
    h.sil_y("CM_S", 530, 133)
    h.sil_y("FL_T", 560, 128)
    h.sil_y("UA_L", UMBILICUS, 124)
    h.sil_y("FL_B", 712, 132)
    h.sil_y("G_U", 748, 142)
    h.sil_y("G_L", 778, 150)
    h.sil_y("LH_B", 900, 158)
    h.band(["LC_T", "CM_S", "FL_T"], [24, 28, 22])
    h.band(["FL_T", "UA_L", "FL_B"], [22, 18, 17])
    h.band(["FL_B", "G_U", "G_L", "LH_B"], [17, 20, 24, 22])
    h.at("XI", (0, 484))
    h.at("UMB", (0, UMBILICUS))
    h.at("PUB", (0, 812))
    h.edge("XI", "CM_S_in", (22, 493), (50, 509), (80, 524))
    h.edge("XI", "JN")
    h.edge("UA_L_in", "UMB", (60, 662))
    h.edge("UMB", "XI")
    h.edge("G_U_in", "PUB", (95, 763), (62, 786), (30, 804))
    h.edge("PUB", "UMB")
    h.on_sil("CR", (0, CROTCH))
    h.edge("PUB", "CR")
    h.sil_y("G_SIL", 905, 4)
    h.edge("G_L_in", "G_SIL", (100, 794), (66, 818), (36, 850), (16, 880))
    # --- lower limb ---------------------------------------------------------------------------
    h.sil_y("LT_B", 1095, 135)
    h.sil_y("LK_B", 1175, 122)
    h.sil_y("LC_B", 1445, 98)
    h.sil_y("LAK_B", 1530, 99)
    h.band(["LH_B", "LT_B"], [22, 18])
    h.band(["LT_B", "LK_B"], [18, 17])
    h.band(["LK_B", "LC_B"], [17, 15])
    h.band(["LC_B", "LAK_B"], [15, 13])
    h.sil_y("KN_M", 1095, 18)
    h.edge("LT_B_in", "KN_M", (70, 1093))

    R = h.region
    regions = [
        ("vertex", h.midline_region(["V", "~", "VC_S", "FH_L", "VC_M"]), True),
        ("forehead", R(["VC_M", "FH_L", "OR_TL", "OR_TM", "GLAB"]), False),
        ("temple", R(["VC_S", "~", "EAR_T", "EAR_M", "ZY", "OR_BL", "OR_TL", "FH_L"]), False),
        ("orbit", R(["OR_TM", "OR_TL", "OR_BL", "OR_BM"]), False),
        ("ear", R(["EAR_T", "~", "EAR_LOBE", "EAR_M"]), False),
        ("cheek_maxilla", R(["OR_BM", "OR_BL", "ZY", "EAR_M", "EAR_LOBE", "JA_T", "CH_LOW"]),
         False),
        ("jaw_angle", R(["EAR_LOBE", "~", "JA_S", "JA_M", "JA_T"]), False),
        ("throat", h.midline_region(["CHIN_M", "TH_T", "TH_B", "JN"]), True),
        ("lateral_neck", R(["JA_S", "~", "ACR_S1", "ACR_CL", "DP_CL", "CL_MID", "TH_B", "TH_T",
                            "JA_M"]), False),
        ("acromion", R(["ACR_S1", "~", "ACR_S2", "ACR_S2_in", "ACR_CL"]), False),
        ("anterior_shoulder", R(["DP_CL", "ACR_CL", "ACR_S2_in", "LS_B_in", "DP_AX"]), False),
        ("lateral_shoulder", R(["ACR_S2", "~", "LS_B", "LS_B_in", "ACR_S2_in"]), False),
        ("anterior_chest", R(["JN", "TH_B", "CL_MID", "DP_CL", "DP_AX", "AX", "~", "LC_T",
                              "LC_T_in", "CM_S_in", "XI"]), False),
        ("sternum", mirror_closed(STERNUM_HALF), True),
        ("lateral_chest", R(["LC_T", "~", "FL_T", "FL_T_in", "CM_S_in", "LC_T_in"]), False),
        ("upper_abdomen", R(["XI", "CM_S_in", "FL_T_in", "UA_L_in", "UMB"]), False),
        ("flank", R(["FL_T", "~", "FL_B", "FL_B_in", "UA_L_in", "FL_T_in"]), False),
        ("lower_abdomen", R(["UMB", "UA_L_in", "FL_B_in", "G_U_in", "PUB"]), False),
        ("groin", R(["G_U_in", "PUB", "CR", "~", "G_SIL", "G_L_in"]), False),
        ("lateral_hip", R(["FL_B", "~", "LH_B", "LH_B_in", "G_L_in", "G_U_in", "FL_B_in"]),
         False),
        ("anterior_thigh", R(["G_L_in", "G_SIL", "~", "KN_M", "LT_B_in", "LH_B_in"]), False),
        ("lateral_thigh", R(["LH_B", "~", "LT_B", "LT_B_in", "LH_B_in"]), False),
        ("lateral_knee", R(["LT_B", "~", "LK_B", "LK_B_in", "LT_B_in"]), False),
        ("lateral_calf", R(["LK_B", "~", "LC_B", "LC_B_in", "LK_B_in"]), False),
        ("lateral_ankle", R(["LC_B", "~", "LAK_B", "LAK_B_in", "LC_B_in"]), False),
        ("anterior_arm", R(["DP_AX", "LS_B_in", "LA_B_in", "LE_M_in", "EC_C", "MA_B_in",
                            "MA_T_in", "MA_T", "~", "AX"]), False),
        ("lateral_arm", R(["LS_B", "~", "LA_B", "LA_B_in", "LS_B_in"]), False),
        ("medial_arm", R(["MA_T", "~", "MA_B", "MA_B_in", "MA_T_in"]), False),
        ("lateral_elbow", R(["LA_B", "~", "LE_B", "LE_B_in", "LE_M_in", "LA_B_in"]), False),
        ("radial_forearm", R(["EC_C", "LE_M_in", "LE_B_in", "LE_B", "~", "WR_L", "WR_M"]),
         False),
        ("ulnar_forearm", R(["EC_C", "WR_M", "UF_B", "~", "MA_B", "MA_B_in"]), False),
        ("radial_hand", R(["WR_L", "~", "HS", "WR_M"]), False),
        ("ulnar_hand", R(["WR_M", "HS", "~", "UF_B"]), False),
    ]
    genital_half = spline([(0, 822), (13, 826), (19.5, 844), (16.5, 864), (7, 877.5), (0, 879)])
    regions.append(("genital", mirror_closed(genital_half), True))
    unnamed = [
        # nose, lips and chin: no region of the vocabulary names them
        h.midline_region(["GLAB", "OR_TM", "OR_BM", "CH_LOW", "JA_T", "JA_M", "TH_T",
                          "CHIN_M"]),
        # front of the knee, shin and foot
        h.region(["LT_B_in", "KN_M", "~", "LAK_B", "LAK_B_in", "LC_B_in", "LK_B_in"]),
    ]
    return regions, unnamed


def anterior_muscles():
    """The muscles drawn on the front, deepest first, with fibres and trigger points."""
    M: dict[str, tuple[int, Curve]] = {}
    F: dict[str, list[Curve]] = {}
    # Iliopsoas, seen through the abdominal wall: psoas from the T12-L5 vertebral bodies,
    # iliacus from the iliac fossa, joined under the inguinal ligament to the lesser
    # trochanter.
    M["iliopsoas"] = (3, closed([
        K(11, 616), (13.5, 640), (16.5, 665), (20, 695), (25, 725), (33, 752), (45, 775),
        (58, 798), (72, 822), (87, 845), (99, 860), K(107, 872), (112, 866), (113, 852),
        (111, 835), (107, 815), (103, 795), (101.5, 777), (105, 760), (112, 745), (118, 728),
        K(121.5, 712), (110, 704), (95, 701.5), (80, 704), (69, 711), (61, 718), (60, 695),
        (59, 668), (54, 643), (45, 624), K(34, 614)]))
    psoas = [spline([(x0, 622), (x0 + 3, 680), (x0 + 9 + (x0 - 14) * 0.6, 740),
                     (x0 + 38 + (x0 - 14) * 0.9, 800), (x0 + 78 - (x0 - 14) * 0.5, 868)])
             for x0 in (16, 21, 26, 31, 36)]
    iliacus = fibres_between(spline([(60, 716), (80, 704), (100, 702), (117, 712)]),
                             line((96, 812), (106, 830)), 5, trim=0.03,
                             mids=spline([(75, 765), (90, 762), (104, 770)]))
    F["iliopsoas"] = psoas + iliacus
    # Pectoralis minor: ribs 3-5 near their cartilages, up and out to the coracoid.
    M["pectoralis_minor"] = (3, closed([
        K(135, 335.5), (120, 343), (102, 353.5), (84, 363.5), K(63, 371), (68, 380),
        K(72, 386), (67, 392), K(66, 400), (72, 406), K(78, 412), (75, 420), K(74, 428),
        (90, 414), (106, 394), (120, 372), (130, 353), K(138, 340.5)]))
    F["pectoralis_minor"] = fibres_between(spline([(66, 374), (70, 400), (76, 425)]),
                                           line((131, 339), (134, 343)), 6, trim=0.03)
    # Scalenes: from the cervical transverse processes, behind sternocleidomastoid, to the
    # first rib (anterior and middle) and second rib (posterior), ending behind the clavicle.
    M["scalenes"] = (2, closed([
        K(31, 220), (30, 240), (30.5, 262), (32, 284), K(34, 296.5), (48, 298), (65, 300),
        K(80, 300.5), (72, 289), (61, 282), (53, 274), (49, 263), (47.5, 250), (45.5, 236),
        (41, 225), K(36, 218.5)]))
    F["scalenes"] = fibres_between(line((32, 224), (44, 226)), line((36, 298), (78, 299)), 6,
                                   trim=0.03, bend=0.02)
    # Serratus anterior: the digitations from ribs 4-9 on the side of the chest.
    tips = [(114, 432), (107, 456), (104, 482), (104, 508), (106, 534), (109, 558)]
    notches = [(124, 424), (118, 446), (115, 470), (114, 496), (115, 522), (117, 548)]
    pts: list = [K(136, 412), (135.8, 440), (134.6, 470), (133, 500), (131, 530),
                 (128.5, 558), K(126.5, 572), (117, 566)]
    for tip, notch in zip(reversed(tips), reversed(notches), strict=False):
        pts += [K(*tip), notch]
    pts.append(K(130, 414))
    M["serratus_anterior"] = (1, closed(pts))
    F["serratus_anterior"] = [f for tip in tips for f in (
        spline([(tip[0] + 2, tip[1] - 1), (tip[0] + 14, tip[1] - 6), (136, tip[1] - 14)]),
        spline([(tip[0] + 4, tip[1] + 4), (tip[0] + 16, tip[1] - 1), (136, tip[1] - 8)]))]
    # Rectus abdominis: pubic crest to the xiphoid and costal cartilages 5-7, with its
    # tendinous intersections.
    M["rectus_abdominis"] = (1, closed([
        K(1.5, 472), (8, 464), (20, 455), (35, 449), K(54, 446), (53.5, 470), (52.5, 500),
        (54.5, 535), (55, 570), (54, 615), (51.5, 660), (46, 705), (37, 750), (27, 785),
        K(20, 811), (11, 814), K(1.5, 815)]))
    F["rectus_abdominis"] = (
        [spline([(x0, 450 + x0 * 0.2), (x0 + 0.5, 560), (x0 * 0.95, 680),
                 (x0 * 0.55 + 1, 812)]) for x0 in (9, 17, 25, 33, 41, 49)]
        + [spline([(2, y + d), (14, y - 2 + d), (28, y + 1 + d), (41, y - 2.5 + d),
                   (55, y + 1 + d)]) for y in (531, 594, 656) for d in (0, 2.2)])
    # Sternocleidomastoid: mastoid to the manubrium (sternal head) and the medial third of
    # the clavicle (clavicular head).
    M["sternocleidomastoid"] = (1, closed([
        K(55, 196.5), (59.5, 204), (55.5, 214), (51, 228), (47.5, 242), (44.5, 256),
        (42, 270), (40.5, 284), K(39.5, 299), (30, 298), K(18.5, 297.5), (16.5, 290),
        K(15, 283), (13.5, 291), (12, 299), K(10.5, 306), (5.5, 308), K(1.5, 305), (2.5, 294),
        (7.5, 278), (15.5, 260), (25.5, 241), (36, 223), (45, 208), (50.5, 199)]))
    F["sternocleidomastoid"] = (
        fibres_between(line((4, 306), (11, 306)), line((50, 202), (56, 204)), 3, trim=0.04,
                       bend=-0.02)
        + fibres_between(line((21, 297), (37, 297)), line((54, 206), (56, 214)), 3,
                         trim=0.04, bend=-0.02))
    order = ["iliopsoas", "pectoralis_minor", "scalenes", "serratus_anterior",
             "rectus_abdominis", "sternocleidomastoid"]
    muscles = [(name, M[name][0], M[name][1]) for name in order]
    fibres = {name: clip_fibres(F[name], M[name][1]) for name in order}
    trps = [
        ("serratus_anterior", "trp1", (126, 458)),
        ("iliopsoas", "trp1", (76, 810)), ("iliopsoas", "trp2", (92, 750)),
        ("iliopsoas", "trp3", (45, 662)),
        ("rectus_abdominis", "trp1", (24, 503)), ("rectus_abdominis", "trp2", (15, 795)),
        ("scalenes", "trp1", (44, 280)), ("scalenes", "trp2", (41, 250)),
        ("scalenes", "trp3", (63, 292)),
        ("sternocleidomastoid", "trp1", (7.5, 293)), ("sternocleidomastoid", "trp2", (31, 249)),
        ("sternocleidomastoid", "trp3", (48, 219)), ("sternocleidomastoid", "trp4", (35, 273)),
        ("pectoralis_minor", "trp1", (122, 352)), ("pectoralis_minor", "trp2", (86, 390)),
    ]
    return muscles, fibres, trps


# Referral-zone shapes, where the union of the named regions would not look like the
# published pattern: (muscle, trp, kind, view, outlines on the patient's left).
def zone_shapes() -> list[tuple[str, str, str, str, list[Curve]]]:
    # Upper trapezius TrP1: the "question mark" up the posterolateral neck, behind the ear
    # and over it to the temple (the part behind the ear only shows from behind).
    ut_back = ribbon([(41, 264), (43, 242), (47.5, 224), (53, 208), (58.5, 192), (63, 175),
                      (66, 158), (68, 142), (69, 130)], [10, 10, 9, 8, 8, 7, 6, 5, 4])
    ut_front = [ribbon([(47, 276), (45.5, 262), (46, 250), (48, 240)], [8, 8, 7, 6]),
                ribbon([(68.5, 131), (67.5, 116), (64, 104), (58, 99), (53.5, 104),
                        (52, 114)], [5, 7, 7, 7, 6, 5])]
    # Iliopsoas TrP1: groin and the upper anteromedial thigh, not the whole thigh.
    ip_front = [ribbon([(80, 790), (77, 820), (73, 860), (69, 900), (65, 940)],
                       [40, 50, 50, 42, 26])]
    # Iliopsoas TrP2/3: a vertical band beside the lumbar spine down to the sacroiliac joint.
    ip_back = [ribbon([(24, 645), (25, 680), (28, 715), (35, 745), (42, 770), (44, 790)],
                      [28, 32, 32, 30, 24, 16])]
    return [
        ("upper_trapezius", "trp1", "essential", "posterior", [ut_back]),
        ("upper_trapezius", "trp1", "essential", "anterior", ut_front),
        ("iliopsoas", "trp1", "essential", "anterior", ip_front),
        ("iliopsoas", "trp2", "essential", "posterior", ip_back),
        ("iliopsoas", "trp3", "essential", "posterior", ip_back),
    ]


def posterior_figure() -> Figure:
    chain = silhouette_half("posterior")
    muscles, fibres, trps = posterior_muscles(chain)
    regions, unnamed = posterior_regions(chain)
    zones = [(m, t, k, c) for m, t, k, view, c in zone_shapes() if view == "posterior"]
    return Figure("posterior", mirror_closed(chain), posterior_strokes(), muscles, fibres,
                  regions, trps, POSTERIOR_LANDMARKS, unnamed, zones)


def anterior_figure() -> Figure:
    chain = silhouette_half("anterior")
    regions, unnamed = anterior_regions(chain)
    muscles, fibres, trps = anterior_muscles()
    zones = [(m, t, k, c) for m, t, k, view, c in zone_shapes() if view == "anterior"]
    return Figure("anterior", mirror_closed(chain), anterior_strokes(), muscles, fibres,
                  regions, trps, ANTERIOR_LANDMARKS, unnamed, zones)


FIGURES = {"posterior": posterior_figure, "anterior": anterior_figure}


def build_all() -> dict[str, str]:
    """The SVG text of every figure, by view name."""
    return {view: render_svg(build()) for view, build in FIGURES.items()}


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Generate the atlas SVGs.")
    parser.add_argument("--out", type=Path, default=OUT_DIR,
                        help="folder to write posterior.svg and anterior.svg into "
                             "(default: bodymap/assets/atlas)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for view, text in build_all().items():
        path = args.out / f"{view}.svg"
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
