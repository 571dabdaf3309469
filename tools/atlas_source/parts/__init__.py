"""The atlas source by body part. Each module registers its muscles (atlas_source.registry)
and gives the bone and contour strokes it draws on each figure (`<view>_strokes()`).

PARTS is the order in which their strokes are written."""

from __future__ import annotations

from atlas_source.parts import (
    forearm_hand,
    head_neck,
    hip_thigh,
    leg_foot,
    shoulder_arm,
    trunk_back,
    trunk_front,
)

PARTS = (head_neck, trunk_back, trunk_front, shoulder_arm, forearm_hand, hip_thigh, leg_foot)


def strokes(view: str) -> list:
    """Every part's strokes on one figure, part by part."""
    out = []
    for part in PARTS:
        draw = getattr(part, f"{view}_strokes", None)
        if draw is not None:
            out += draw()
    return out
