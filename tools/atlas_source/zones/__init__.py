"""Referral-zone shapes, where the union of the regions the data names would not look like
the published pattern: (muscle, trp, kind, view, outlines on the patient's left).

Each shape is drawn in body coordinates (lat, y) of its figure (`atlas_source.views`) as
smooth closed Béziers: `ribbon` for a band along a centre line (widths per point), `blob`
for an oval patch, `closed` for any other smooth outline. It must lie at least 75% inside
the regions its data names on that figure and touch each of them
(tests/test_atlas_drawing.py). A trigger point's zone drawn on one figure is drawn on every
figure where its regions show, so no figure falls back to the blocky union of regions.

By body part, like the muscles: `head_neck`, `head_back`, `shoulder_arm`, `trunk_back`,
`trunk_hip`, `front_leg`, `leg`."""

from __future__ import annotations

from atlas_source.zones import (front_leg, head_back, head_neck, leg, shoulder_arm,
                                trunk_back, trunk_hip)
from atlas_source.zones.common import ZoneShape


def zone_shapes() -> list[ZoneShape]:
    return [*head_neck.shapes(), *head_back.shapes(), *shoulder_arm.shapes(),
            *trunk_back.shapes(), *trunk_hip.shapes(), *front_leg.shapes(),
            *leg.shapes()]
