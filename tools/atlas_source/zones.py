"""Referral-zone shapes, where the union of the regions the data names would not look like
the published pattern: (muscle, trp, kind, view, outlines on the patient's left).

Each shape must lie at least 75% inside the regions its data names on that figure and
touch each of them (tests/test_atlas_drawing.py)."""

from __future__ import annotations

from atlas_source.primitives.curves import Curve
from atlas_source.primitives.shapes import ribbon


def zone_shapes() -> list[tuple[str, str, str, str, list[Curve]]]:
    # Upper trapezius TrP1: the "question mark" up the posterolateral neck, behind the ear
    # and over it to the temple (the part behind the ear only shows from behind).
    ut_back = ribbon([(41, 264), (43, 242), (47.5, 224), (53, 208), (58.5, 192), (63, 175),
                      (66, 158), (68, 142), (69, 130)], [10, 10, 9, 8, 8, 7, 6, 5, 4])
    ut_front = [ribbon([(47, 276), (45.5, 262), (46, 250), (48, 240)], [8, 8, 7, 6]),
                ribbon([(68.5, 131), (67.5, 116), (64, 104), (58, 99), (53.5, 104),
                        (52, 114)], [5, 7, 7, 7, 6, 5])]
    # Upper trapezius TrP1, spillover: behind the eye, drawn along the outer rim of the orbit
    # (the published figures stipple the side of the eye, not a ring round it), and the
    # angle of the jaw.
    ut_spill_front = [ribbon([(43, 121), (49, 128), (52, 138), (50, 149)], [6, 8, 8, 6]),
                      ribbon([(45, 204), (49, 215), (51, 226)], [8, 9, 7])]
    # Iliopsoas TrP1: groin and the upper anteromedial thigh, not the whole thigh.
    ip_front = [ribbon([(80, 790), (77, 820), (73, 860), (69, 900), (65, 940)],
                       [40, 50, 50, 42, 26])]
    # Iliopsoas TrP2/3: a vertical band beside the lumbar spine down to the sacroiliac joint.
    ip_back = [ribbon([(24, 645), (25, 680), (28, 715), (35, 745), (42, 770), (44, 790)],
                      [28, 32, 32, 30, 24, 16])]
    return [
        ("upper_trapezius", "trp1", "essential", "posterior", [ut_back]),
        ("upper_trapezius", "trp1", "essential", "anterior", ut_front),
        ("upper_trapezius", "trp1", "spillover", "anterior", ut_spill_front),
        ("iliopsoas", "trp1", "essential", "anterior", ip_front),
        ("iliopsoas", "trp2", "essential", "posterior", ip_back),
        ("iliopsoas", "trp3", "essential", "posterior", ip_back),
    ]

