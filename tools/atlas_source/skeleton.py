"""The skeleton of the upper limb: shoulder joint, elbow and wrist, the widths of the arm
around its bones, and the hand built in its own frame. The silhouette, the strokes and the
regions of the arm and hand are all placed from these."""

from __future__ import annotations

import math

from atlas_source.levels import WRIST
from atlas_source.primitives.curves import K, Pt

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


def finger_outline(base: float, width: float, length: float, lean: float,
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
        pts += finger_outline(base, width, length, lean, k == 0, k == len(FINGERS) - 1)
    return pts + HYPOTHENAR


def limb(a: Pt, b: Pt, frac: float, across: float) -> Pt:
    """Point at `frac` along the bone a->b, `across` to its outer (lateral) side."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy)
    ux, uy = dx / n, dy / n
    return (a[0] + dx * frac + uy * across, a[1] + dy * frac - ux * across)


def hand_point(across: float, along: float) -> Pt:
    s, c = math.sin(math.radians(HAND_ANGLE)), math.cos(math.radians(HAND_ANGLE))
    return (WRIST_C[0] + across * c + along * s, WRIST_C[1] - across * s + along * c)

