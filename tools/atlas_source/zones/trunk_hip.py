"""Referral zones of the trunk and hip muscles that refer to the low back, buttock and leg:
iliopsoas, quadratus lumborum, gluteus medius, gluteus minimus and piriformis.

Coordinates: lat from the midline on the posterior and anterior figures. Landmarks (levels.py):
crest top (120, 710), PSIS (42, 765), greater trochanter (150, 830), ischial tuberosity
(55, 860), gluteal fold y 905, knee y 1130, ankle y 1490. The strips down the outer thigh,
knee, calf and ankle lie at the same place on both figures."""

from __future__ import annotations

from atlas_source.zones.common import ZoneShape, blob, each, ribbon

# The posterior iliac crest from its top to the PSIS (inside the crest band).
CREST = [(128, 710), (112, 714), (95, 719), (80, 727), (68, 736), (58, 748)]
# Down the outer side of the leg: lateral knee, calf and ankle (the peroneal side).
OUTER_LEG = ribbon([(118, 1100), (115, 1140), (116, 1180), (118, 1230), (113, 1290),
                    (104, 1350), (96, 1400), (90, 1440), (88, 1480)],
                   [12, 12, 12, 13, 12, 11, 10, 9, 7])


def iliopsoas() -> list[ZoneShape]:
    # TrP1: groin and the upper anteromedial thigh, not the whole thigh.
    front = ribbon([(80, 790), (77, 820), (73, 860), (69, 900), (65, 940)], [40, 50, 50, 42, 26])
    # TrP2/3: a vertical band beside the lumbar spine down to the sacroiliac joint.
    back = ribbon([(24, 645), (25, 680), (28, 715), (35, 745), (42, 770), (44, 790)],
                  [28, 32, 32, 30, 24, 16])
    # Spillover: TrP1 into the same lumbar band; TrP2/3 into the upper buttock beside the
    # sacroiliac joint and the upper front of the thigh.
    upper_buttock = blob((62, 792), 16, 11, -20)
    upper_thigh = ribbon([(84, 830), (80, 860), (76, 890)], [30, 32, 24])
    return [
        ("iliopsoas", "trp1", "essential", "anterior", [front]),
        ("iliopsoas", "trp1", "spillover", "posterior", [back]),
        *each("iliopsoas", ("trp2", "trp3"), "essential", "posterior", [back]),
        *each("iliopsoas", ("trp2", "trp3"), "spillover", "posterior", [upper_buttock]),
        *each("iliopsoas", ("trp2", "trp3"), "spillover", "anterior", [upper_thigh]),
    ]


def quadratus_lumborum() -> list[ZoneShape]:
    ql = "quadratus_lumborum"
    # Superficial TrPs: along the iliac crest; spillover round the front of the crest into
    # the lower abdomen and groin (occasionally the genitals).
    crest = ribbon(CREST, [14, 15, 15, 15, 14, 11])
    groin = ribbon([(116, 728), (108, 756), (88, 778), (60, 798), (34, 814), (16, 830)],
                   [12, 16, 18, 18, 16, 12])
    # ...and over the greater trochanter, spilling a little down the outer thigh.
    trochanter = blob((141, 830), 10, 36, -8)
    outer_thigh = ribbon([(142, 902), (139, 950), (134, 1000), (130, 1036)], [14, 12, 10, 6])
    # Deep TrPs: the sacroiliac joint (from the low back just above it), spilling over the
    # sacrum; and a patch low in the buttock.
    si = ribbon([(42, 712), (43, 735), (44, 758), (40, 780), (34, 796)], [16, 18, 20, 18, 12])
    sacrum = blob((16, 778), 10, 16, 0)
    low_buttock = blob((55, 893), 34, 12, 3)
    return [
        (ql, "trp1", "essential", "posterior", [crest]),
        (ql, "trp1", "spillover", "anterior", [groin]),
        (ql, "trp2", "essential", "posterior", [trochanter]),
        (ql, "trp2", "essential", "anterior", [trochanter]),
        (ql, "trp2", "spillover", "posterior", [outer_thigh]),
        (ql, "trp2", "spillover", "anterior", [outer_thigh]),
        (ql, "trp3", "essential", "posterior", [si]),
        (ql, "trp3", "spillover", "posterior", [sacrum]),
        (ql, "trp4", "essential", "posterior", [low_buttock]),
    ]


def gluteus_medius() -> list[ZoneShape]:
    gm = "gluteus_medius"
    # TrP1 (posterior, near the SI joint): along the posterior crest, over the SI joint and
    # onto the sacrum; spillover into the buttock and up into the low back.
    crest_si = ribbon([(100, 718), (82, 727), (66, 738), (52, 752), (42, 768), (32, 786),
                       (20, 800)], [12, 14, 16, 18, 20, 18, 12])
    spill1 = [blob((62, 826), 24, 18, 0), blob((50, 726), 16, 8, -30)]
    # TrP2 (mid-crest): the middle of the buttock; spillover along the crest and onto the
    # upper posterolateral thigh.
    mid_buttock = blob((82, 790), 28, 19, -22)
    spill2 = [ribbon(CREST[:4], [12, 13, 13, 11]),
              ribbon([(122, 912), (123, 948), (124, 984)], [30, 24, 14])]
    # TrP3 (anterior, least common): along the whole crest; spillover into the low back
    # and over the top of the sacrum.
    crest = ribbon(CREST, [14, 15, 15, 15, 14, 11])
    spill3 = [blob((70, 704), 28, 10, -14), blob((14, 756), 12, 9, 0)]
    return [
        (gm, "trp1", "essential", "posterior", [crest_si]),
        (gm, "trp1", "spillover", "posterior", spill1),
        (gm, "trp2", "essential", "posterior", [mid_buttock]),
        (gm, "trp2", "spillover", "posterior", spill2),
        (gm, "trp2", "spillover", "anterior", [ribbon([(146, 904), (142, 940), (139, 970)],
                                                      [14, 12, 7])]),
        (gm, "trp3", "essential", "posterior", [crest]),
        (gm, "trp3", "spillover", "posterior", spill3),
    ]


def gluteus_minimus() -> list[ZoneShape]:
    gmin = "gluteus_minimus"
    # Anterior TrPs: the lower outer buttock and a band down the outer thigh; spillover on
    # down the outer knee and the peroneal side of the leg to the ankle.
    outer_back = ribbon([(88, 882), (110, 895), (134, 908), (141, 950), (137, 990),
                         (131, 1030), (125, 1070)], [22, 22, 20, 18, 16, 14, 10])
    outer_front = ribbon([(145, 906), (141, 950), (137, 990), (131, 1030), (125, 1070)],
                         [14, 16, 16, 14, 10])
    # Posterior TrPs: the "sciatica-like" pattern: the lower inner buttock and a band down
    # the back of the thigh; spillover behind the knee and down the calf.
    back_thigh = ribbon([(45, 878), (55, 905), (62, 940), (66, 980), (68, 1020), (68, 1060),
                         (66, 1086)], [26, 28, 28, 26, 24, 20, 14])
    calf = ribbon([(66, 1112), (68, 1150), (70, 1190), (70, 1240), (66, 1290), (62, 1340),
                   (60, 1380)], [12, 14, 16, 18, 16, 12, 8])
    return [
        (gmin, "trp1", "essential", "posterior", [outer_back]),
        (gmin, "trp1", "essential", "anterior", [outer_front]),
        (gmin, "trp1", "spillover", "posterior", [OUTER_LEG]),
        (gmin, "trp1", "spillover", "anterior", [OUTER_LEG]),
        (gmin, "trp2", "essential", "posterior", [back_thigh]),
        (gmin, "trp2", "spillover", "posterior", [calf]),
    ]


def piriformis() -> list[ZoneShape]:
    # Essential: from the sacroiliac region across the buttock to the back of the hip
    # joint; spillover over the upper two thirds of the back of the thigh.
    across = ribbon([(38, 790), (60, 810), (85, 825), (108, 840), (125, 850)],
                    [20, 28, 32, 30, 22])
    thigh = ribbon([(70, 918), (72, 960), (72, 1000), (70, 1034)], [26, 24, 20, 12])
    trps = ("trp1", "trp2")
    return [
        *each("piriformis", trps, "essential", "posterior", [across]),
        *each("piriformis", trps, "spillover", "posterior", [thigh]),
    ]


def shapes() -> list[ZoneShape]:
    return [*iliopsoas(), *quadratus_lumborum(), *gluteus_medius(), *gluteus_minimus(),
            *piriformis()]
