"""Referral zones of the shoulder-blade muscles that refer down the arm: infraspinatus.

Coordinates: lat from the midline on the posterior and anterior figures; the arm hangs
slightly abducted, so its borders run outwards as they go down (the lateral arm strip lies
at about lat 207-249 between y 447 and 565 on both figures)."""

from __future__ import annotations

from atlas_source.zones.common import ZoneShape, blob, each, ribbon


def infraspinatus() -> list[ZoneShape]:
    trps = ("trp1", "trp2")
    # Essential: deep in the front of the shoulder joint, a patch rather than the whole
    # front of the shoulder.
    joint = blob((166, 356), 19, 25, -25)
    # Spillover, front: down the front and outer side of the arm, over the radial side of
    # the forearm to the thumb side of the hand, narrowing as it goes.
    arm_front = ribbon([(207, 444), (214, 472), (220, 500), (226, 530), (233, 560), (244, 600),
                        (258, 650), (266, 700), (274, 745), (279, 782), (290, 812), (300, 842),
                        (307, 868)],
                       [20, 19, 18, 17, 16, 13, 13, 12, 11, 10, 9, 9, 7])
    # Spillover, back: the outer side of the arm, the radial border of the hand and the
    # upper back of the neck (suboccipital).
    arm_back = ribbon([(213, 466), (220, 500), (227, 532), (236, 562)], [12, 13, 12, 9])
    hand_back = ribbon([(283, 796), (291, 822), (299, 850), (305, 872)], [11, 11, 10, 7])
    neck_back = blob((17, 214), 10, 18, 0)
    neck_side = blob((-53, 224), 5, 16, 0)
    # TrP3 (infrequent, medial): along the medial border of the scapula.
    border = ribbon([(82, 364), (76, 390), (74, 420), (75, 448), (78, 466)], [10, 12, 12, 12, 9])
    return [
        *each("infraspinatus", trps, "essential", "anterior", [joint]),
        *each("infraspinatus", trps, "spillover", "anterior", [arm_front]),
        *each("infraspinatus", trps, "spillover", "posterior", [arm_back, hand_back, neck_back]),
        *each("infraspinatus", trps, "spillover", "lateral", [neck_side]),
        ("infraspinatus", "trp3", "essential", "posterior", [border]),
    ]


def shapes() -> list[ZoneShape]:
    return [*infraspinatus()]
