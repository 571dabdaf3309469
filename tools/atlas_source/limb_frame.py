"""Points on the arm, forearm and hand in limb coordinates, for drawing their muscles:
`arm(f, a)` and `forearm(f, a)` take a fraction f along the bone (shoulder joint to elbow,
elbow to wrist) and a fraction a of the half-width across it (+1 the lateral border, -1 the
medial border, 0 the axis), so a shape given in these coordinates stays on the limb; `hand`
is atlas_source.skeleton.hand_point (across, along in body units)."""

from __future__ import annotations

from atlas_source.primitives.curves import K, Pt
from atlas_source.skeleton import (
    ELBOW,
    FOREARM_WIDTH,
    SHOULDER_JOINT,
    UPPER_ARM_WIDTH,
    WRIST_C,
    hand_point,
    limb,
)

hand = hand_point
# Widths of the forearm at the wrist crease (lateral, medial): the crease's radial and
# ulnar ends on the silhouette.
_WRIST_WIDTH = (27.0, 26.0)


def _width(table: list, f: float, lateral: bool) -> float:
    rows = [(t, o, i if i is not None else 35.5) for t, o, i in table]
    col = 1 if lateral else 2
    if f <= rows[0][0]:
        return rows[0][col]
    for r0, r1 in zip(rows, rows[1:], strict=False):
        if f <= r1[0]:
            u = (f - r0[0]) / (r1[0] - r0[0])
            return r0[col] + (r1[col] - r0[col]) * u
    return rows[-1][col]


def arm(f: float, a: float) -> Pt:
    w = _width(UPPER_ARM_WIDTH, f, a > 0)
    return limb(SHOULDER_JOINT, ELBOW, f, a * w)


def forearm(f: float, a: float) -> Pt:
    table = [*FOREARM_WIDTH, (1.0, *_WRIST_WIDTH)]
    w = _width(table, f, a > 0)
    return limb(ELBOW, WRIST_C, f, a * w)


def pts(fn, coords) -> list:
    """Map (f, a) pairs through `fn`; a trailing 'K' marks a corner anchor."""
    out = []
    for c in coords:
        p = fn(c[0], c[1])
        out.append(K(*p) if len(c) > 2 else p)
    return out
