"""Referral zones of the shoulder-blade muscles: infraspinatus, supraspinatus, latissimus
dorsi and lower trapezius.

Coordinates: lat from the midline on the posterior and anterior figures; the arm hangs
slightly abducted, so its borders run outwards as they go down (the lateral arm strip lies
at about lat 207-249 between y 447 and 565 on both figures)."""

from __future__ import annotations

from atlas_source.zones.common import ZoneShape, blob, each, ribbon

# Shared pieces, on both whole-body figures (the arm strips lie at the same place on both).
LATERAL_ARM = ribbon([(218, 452), (225, 490), (232, 525), (239, 555)], [12, 12, 11, 9])
RADIAL_FOREARM = ribbon([(257, 652), (264, 700), (272, 748)], [10, 9, 7])
MEDIAL_BORDER = ribbon([(80, 364), (75, 390), (73, 420), (75, 448), (77, 461)],
                       [9, 11, 11, 11, 8])
BACK_OF_SHOULDER = blob((162, 378), 20, 13, 38)


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
                       [20, 19, 18, 17, 15, 10, 12, 12, 11, 10, 9, 9, 7])
    # Spillover, back: the outer side of the arm, the radial border of the hand and the
    # upper back of the neck (suboccipital).
    arm_back = ribbon([(213, 466), (220, 500), (227, 532), (236, 562)], [12, 13, 12, 9])
    hand_back = ribbon([(283, 796), (291, 822), (299, 850), (305, 872)], [11, 11, 10, 7])
    neck_back = blob((17, 214), 10, 18, 0)
    neck_side = blob((-53, 224), 5, 16, 0)
    # TrP3 (infrequent, medial): along the medial border of the scapula.
    border = MEDIAL_BORDER
    return [
        *each("infraspinatus", trps, "essential", "anterior", [joint]),
        *each("infraspinatus", trps, "spillover", "anterior", [arm_front]),
        *each("infraspinatus", trps, "spillover", "posterior", [arm_back, hand_back, neck_back]),
        *each("infraspinatus", trps, "spillover", "lateral", [neck_side]),
        ("infraspinatus", "trp3", "essential", "posterior", [border]),
    ]


def supraspinatus() -> list[ZoneShape]:
    sup = "supraspinatus"
    # Essential: a deep ache in the middle of the deltoid and a spot at the lateral
    # epicondyle; spillover down the outer arm and the radial side of the forearm.
    deltoid = blob((208, 392), 9, 30, -8)
    epicondyle = blob((250, 606), 8, 15, -22)
    trps = ("trp1", "trp2")
    return [
        *each(sup, trps, "essential", "posterior", [deltoid, epicondyle]),
        *each(sup, trps, "essential", "anterior", [deltoid, epicondyle]),
        *each(sup, trps, "spillover", "posterior", [LATERAL_ARM]),
        *each(sup, trps, "spillover", "anterior", [LATERAL_ARM, RADIAL_FOREARM]),
        *each(sup, ("trp3",), "essential", "posterior", [deltoid]),
        *each(sup, ("trp3",), "essential", "anterior", [deltoid]),
    ]


def latissimus_dorsi() -> list[ZoneShape]:
    lat = "latissimus_dorsi"
    # Upper TrP: a constant ache round the inferior angle of the scapula; spillover over
    # the back of the shoulder and down the inner arm and forearm to the ring and little
    # fingers.
    angle = blob((97, 497), 16, 22, 0)
    inner_arm_back = ribbon([(152, 440), (160, 480), (170, 520), (180, 555)], [10, 10, 10, 8])
    inner_arm_front = ribbon([(152, 440), (162, 490), (172, 540), (182, 585)], [10, 10, 10, 8])
    forearm_back = ribbon([(200, 650), (210, 690), (222, 730), (230, 755)], [10, 10, 9, 7])
    forearm_front = ribbon([(200, 660), (212, 705), (226, 752)], [10, 10, 8])
    little_fingers = ribbon([(240, 812), (245, 850), (248, 890), (249, 920)], [10, 9, 8, 6])
    # Lower TrP: the side of the waist and the front of the shoulder.
    flank = ribbon([(118, 596), (117, 640), (118, 684)], [12, 14, 10])
    front_shoulder = blob((172, 372), 14, 20, -20)
    return [
        (lat, "trp1", "essential", "posterior", [angle]),
        (lat, "trp1", "spillover", "posterior",
         [BACK_OF_SHOULDER, inner_arm_back, forearm_back, little_fingers]),
        (lat, "trp1", "spillover", "anterior", [inner_arm_front, forearm_front, little_fingers]),
        (lat, "trp2", "essential", "posterior", [flank]),
        (lat, "trp2", "essential", "anterior", [flank, front_shoulder]),
    ]


def lower_trapezius() -> list[ZoneShape]:
    low = "lower_trapezius"
    # TrP3 (lower fibres): up the high neck beside the spine to the mastoid, and a deep
    # ache over the top of the shoulder blade; spillover at the acromion and along the
    # medial border of the scapula.
    neck_back = ribbon([(18, 256), (20, 232), (25, 212), (36, 199), (50, 194), (60, 196)],
                       [12, 13, 13, 11, 10, 9])
    neck_side = [blob((-53, 238), 5, 22, 2), blob((-31, 196), 6, 12, 10)]
    above_scapula = blob((118, 326), 24, 13, 14)
    acromion_back = blob((172, 326), 14, 9, 22)
    acromion_front = blob((178, 323), 11, 7, 25)
    return [
        (low, "trp1", "essential", "posterior", [neck_back, above_scapula]),
        (low, "trp1", "essential", "lateral", neck_side),
        (low, "trp1", "spillover", "posterior", [acromion_back, MEDIAL_BORDER]),
        (low, "trp1", "spillover", "anterior", [acromion_front]),
        # TrP4: burning along the medial border.
        (low, "trp2", "essential", "posterior", [MEDIAL_BORDER]),
    ]


def posterior_shoulder_muscles() -> list[ZoneShape]:
    """Teres minor, teres major, posterior deltoid and serratus posterior superior: deep
    aches at the back of the shoulder, spilling down the back of the arm."""
    back_arm = ribbon([(182, 436), (188, 470), (194, 505), (200, 540), (205, 560)],
                      [14, 14, 13, 12, 8])
    forearm = ribbon([(200, 650), (212, 700), (226, 745)], [10, 10, 8])
    little = ribbon([(240, 812), (245, 850), (248, 890), (249, 920)], [10, 9, 8, 6])
    return [
        # Teres minor: a prune-sized deep spot in the back of the deltoid.
        ("teres_minor", "trp1", "essential", "posterior", [blob((182, 395), 11, 14, -20)]),
        ("teres_minor", "trp1", "spillover", "posterior",
         [ribbon([(180, 440), (186, 470), (190, 500)], [14, 12, 8])]),
        # Teres major: the back of the deltoid and over the long head of triceps; spillover
        # behind the elbow and down the back of the forearm.
        *each("teres_major", ("trp1", "trp2"), "essential", "posterior",
              [ribbon([(175, 385), (185, 420), (192, 455), (198, 490), (203, 520)],
                      [18, 18, 18, 16, 12])]),
        *each("teres_major", ("trp1", "trp2"), "spillover", "posterior",
              [ribbon([(222, 600), (226, 630), (230, 670), (236, 700)], [12, 12, 10, 7])]),
        # Posterior deltoid: local, spilling a little down the back of the arm.
        ("posterior_deltoid", "trp1", "essential", "posterior", [blob((172, 385), 18, 22, -30)]),
        ("posterior_deltoid", "trp1", "spillover", "posterior",
         [ribbon([(185, 430), (190, 460), (194, 490)], [16, 14, 9])]),
        # Serratus posterior superior: deep under the upper scapula and over the back of the
        # deltoid; spillover down the back of the arm to the olecranon, the ulnar forearm
        # and the little finger, and (rarely) the front of the chest.
        ("serratus_posterior_superior", "trp1", "essential", "posterior",
         [blob((108, 398), 20, 24, 0), blob((172, 385), 16, 18, -30)]),
        ("serratus_posterior_superior", "trp1", "spillover", "posterior",
         [back_arm, blob((222, 602), 10, 12, -20), forearm, little]),
        ("serratus_posterior_superior", "trp1", "spillover", "anterior",
         [blob((80, 380), 18, 14, 0),
          ribbon([(200, 660), (212, 705), (226, 752)], [10, 10, 8]), little]),
    ]


def shapes() -> list[ZoneShape]:
    return [*infraspinatus(), *supraspinatus(), *latissimus_dorsi(), *lower_trapezius(),
            *posterior_shoulder_muscles()]
