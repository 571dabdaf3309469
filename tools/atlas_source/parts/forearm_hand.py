"""Forearm and hand: no muscle of the first release lies here yet (the forearm and hand
muscles of the whole-body list will); the surface lines of the forearm, wrist and hand.

The hand itself is built in its own frame in atlas_source.skeleton (`hand_point`)."""

from __future__ import annotations

from atlas_source.figure import Stroke
from atlas_source.primitives.curves import spline
from atlas_source.skeleton import hand_point


def posterior_strokes() -> list[Stroke]:
    hp = hand_point
    return [
        # forearm: the ulnar furrow
        Stroke(spline([(220, 615), (232, 680), (247, 760)]), "contour", weight=0.5),
        # back of the hand: knuckles and nail-free finger lines
        Stroke(spline([hp(30, 88), hp(10, 93), hp(-10, 92), hp(-27, 86)]), "contour",
               weight=0.4),
    ]


def anterior_strokes() -> list[Stroke]:
    S = Stroke
    hp = hand_point
    return [
        # forearm: the brachioradialis edge; wrist and palm creases
        S(spline([(247, 622), (253, 665), (262, 720), (272, 770)]), "contour", weight=0.45),
        S(spline([hp(-24, 5), hp(-8, 8.5), hp(8, 8.5), hp(24, 4)]), "contour", weight=0.6),
        S(spline([hp(25, 22), hp(18, 45), hp(15, 65), hp(15, 80)]), "contour", weight=0.55),
        S(spline([hp(-31, 72), hp(-12, 75), hp(8, 80), hp(22, 78)]), "contour", weight=0.5),
        S(spline([hp(-30, 82), hp(-14, 87), hp(4, 90)]), "contour", weight=0.45),
    ]
