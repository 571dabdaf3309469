"""Referral zones of the neck muscles that refer to the head, neck and shoulder blade:
upper trapezius, levator scapulae, sternocleidomastoid.

Coordinates: posterior and anterior lat from the midline; lateral lat forward of the ear
canal (the ear spans about lat -24..6, y 127-199; the mastoid lies behind it at lat -20..-38).
Each pattern is drawn from its description in bodymap/data/trigger_points.yaml and the
published figures it cites (Travell & Simons), in our own drawing."""

from __future__ import annotations

from atlas_source.zones.common import ZoneShape, blob, closed, each, ribbon


def upper_trapezius() -> list[ZoneShape]:
    # TrP1: the "question mark": a band up the posterolateral neck to the mastoid, hugging
    # the back of the ear, arching over it and ending in a broad patch over the temple.
    hook = ribbon([(-40, 322), (-38, 296), (-35, 270), (-31, 244), (-29, 222), (-30, 200),
                   (-31, 176), (-29, 152), (-22, 130), (-8, 116), (8, 108), (24, 108),
                   (38, 116), (46, 128)],
                  [17, 17, 16, 15, 14, 13, 12, 12, 12, 13, 17, 24, 28, 24])
    # ...and, from behind, the band up the side of the neck to behind the ear.
    back = ribbon([(40, 270), (40, 252), (41, 234), (45, 216), (52, 200), (59, 184),
                   (64, 166), (68, 148), (71, 134)], [15, 15, 14, 13, 12, 11, 10, 8, 6])
    # From the front only the edge of the neck and the temple show.
    front = [ribbon([(48, 296), (47, 282), (47, 268), (48, 256)], [8, 8, 7, 5]),
             closed([(52, 88), (60, 84), (66, 94), (68, 110), (66, 128), (62, 140),
                     (56, 136), (52, 120), (50, 102)])]
    # Spillover: behind the eye (the outer rim of the orbit, not a ring round it) and the
    # angle of the jaw.
    spill_side = [blob((73, 141), 7, 13, -8), blob((15, 224), 10, 13, 35)]
    spill_front = [ribbon([(43, 121), (49, 128), (52, 138), (50, 149)], [6, 8, 8, 6]),
                   blob((47, 224), 6, 11, 25)]
    # TrP2: behind the ear, over the mastoid to the base of the skull.
    trp2_side = ribbon([(-42, 214), (-44, 196), (-50, 178), (-58, 162)], [12, 16, 16, 10])
    trp2_back = ribbon([(50, 198), (50, 180), (46, 164), (40, 150)], [12, 17, 17, 10])
    return [
        ("upper_trapezius", "trp1", "essential", "lateral", [hook]),
        ("upper_trapezius", "trp1", "essential", "posterior", [back]),
        ("upper_trapezius", "trp1", "essential", "anterior", front),
        ("upper_trapezius", "trp1", "spillover", "lateral", spill_side),
        ("upper_trapezius", "trp1", "spillover", "anterior", spill_front),
        ("upper_trapezius", "trp2", "essential", "lateral", [trp2_side]),
        ("upper_trapezius", "trp2", "essential", "posterior", [trp2_back]),
    ]


def levator_scapulae() -> list[ZoneShape]:
    # Essential: a patch at the angle of the neck, along the slope from neck to shoulder.
    angle = blob((60, 294), 24, 12, 20)
    angle_side = blob((-64, 322), 10, 14, -35)
    # Spillover: down the medial (vertebral) border of the scapula to the inferior angle,
    # and a patch over the back of the shoulder.
    border = ribbon([(86, 350), (79, 372), (75, 400), (75, 430), (77, 456), (86, 480),
                     (95, 500)], [10, 12, 12, 12, 12, 14, 12])
    shoulder = blob((162, 378), 20, 13, 38)
    trps = ("trp1", "trp2")
    return [
        *each("levator_scapulae", trps, "essential", "posterior", [angle]),
        *each("levator_scapulae", trps, "essential", "lateral", [angle_side]),
        *each("levator_scapulae", trps, "spillover", "posterior", [border, shoulder]),
    ]


def sternocleidomastoid() -> list[ZoneShape]:
    scm = "sternocleidomastoid"
    # Sternal division, lowest TrP: down the upper sternum.
    sternum = ribbon([(0, 306), (0, 330), (0, 356), (0, 380)], [16, 16, 13, 8])
    # Middle sternal TrPs: an arc over the cheek bone and a crescent over the eye (above
    # and round its outer side); spillover into the throat.
    cheek_front = blob((36, 183), 17, 10, -12)
    eye_front = ribbon([(14, 125), (28, 120), (42, 122), (52, 132), (53, 146)], [7, 9, 9, 8, 6])
    cheek_side = blob((54, 180), 22, 12, 8)
    eye_side = ribbon([(86, 122), (75, 124), (64, 127), (59, 138), (60, 150)], [7, 9, 9, 8, 6])
    throat_front = blob((6, 268), 9, 16, 0)
    throat_side = blob((19, 300), 6, 20, -8)
    # Upper sternal TrP near the mastoid: the occipital ridge behind the ear and a patch
    # on top of the head; spillover over the eye.
    occiput_side = blob((-52, 166), 11, 24, 12)
    occiput_back = blob((38, 170), 16, 11, -20)
    vertex_side = blob((-4, 52), 30, 9, 0)
    vertex_front = blob((20, 56), 20, 9, 12)
    vertex_back = blob((20, 56), 20, 9, -12)
    eye_spill_front = blob((26, 140), 14, 9, 0)
    eye_spill_side = blob((70, 140), 9, 12, 0)
    # Clavicular division: the forehead, deep in the ear and behind it; spillover over the
    # cheek.
    forehead_front = blob((24, 100), 20, 12, 0)
    forehead_side = blob((74, 92), 12, 18, 35)
    ear_side = closed([(-2, 152), (-3, 168), (-8, 186), (-19, 196), (-31, 198), (-34, 180),
                       (-31, 158), (-20, 146)])
    ear_front = blob((72, 160), 5, 18, 0)
    mastoid_back = blob((66, 176), 8, 20, 15)
    cheek_spill_front = blob((40, 180), 14, 10, 0)
    cheek_spill_side = blob((56, 182), 18, 11, 0)
    return [
        (scm, "trp1", "essential", "anterior", [sternum]),
        (scm, "trp2", "essential", "anterior", [cheek_front, eye_front]),
        (scm, "trp2", "essential", "lateral", [cheek_side, eye_side]),
        (scm, "trp2", "spillover", "anterior", [throat_front]),
        (scm, "trp2", "spillover", "lateral", [throat_side]),
        (scm, "trp3", "essential", "lateral", [occiput_side, vertex_side]),
        (scm, "trp3", "essential", "anterior", [vertex_front]),
        (scm, "trp3", "essential", "posterior", [occiput_back, vertex_back]),
        (scm, "trp3", "spillover", "anterior", [eye_spill_front]),
        (scm, "trp3", "spillover", "lateral", [eye_spill_side]),
        (scm, "trp4", "essential", "anterior", [forehead_front, ear_front]),
        (scm, "trp4", "essential", "lateral", [forehead_side, ear_side]),
        (scm, "trp4", "essential", "posterior", [mastoid_back]),
        (scm, "trp4", "spillover", "anterior", [cheek_spill_front]),
        (scm, "trp4", "spillover", "lateral", [cheek_spill_side]),
    ]


def scalenes() -> list[ZoneShape]:
    # Essential: finger-like strips down over the pectoral region, the front of the arm
    # (over biceps), the thumb and index side of the hand, and the upper medial border of
    # the scapula; spillover down the outer and back of the arm and the radial forearm.
    chest = [closed([(56, 334), (62, 320), (80, 316), (98, 319), (106, 332), (106, 362),
                     (104, 398), (98, 410), (92, 398), (89, 362), (82, 352), (74, 360),
                     (72, 400), (66, 414), (59, 402), (56, 370)])]
    front_arm = ribbon([(172, 430), (182, 470), (192, 510), (202, 550), (210, 585)],
                       [18, 20, 20, 18, 12])
    thumb_side = ribbon([(284, 800), (294, 830), (303, 860), (308, 890), (308, 915)],
                        [12, 12, 10, 8, 6])
    border = ribbon([(84, 352), (78, 375), (74, 400), (74, 425)], [10, 12, 12, 8])
    outer_arm = ribbon([(218, 452), (225, 490), (232, 525), (239, 555)], [12, 12, 11, 9])
    forearm = ribbon([(257, 652), (264, 700), (272, 748)], [10, 9, 7])
    back_arm = ribbon([(180, 440), (188, 480), (196, 520), (204, 555)], [18, 18, 16, 12])
    trps = ("trp1", "trp2", "trp3")
    return [
        *each("scalenes", trps, "essential", "anterior", [*chest, front_arm, thumb_side]),
        *each("scalenes", trps, "essential", "posterior", [border, thumb_side]),
        *each("scalenes", trps, "spillover", "anterior", [outer_arm, forearm]),
        *each("scalenes", trps, "spillover", "posterior", [outer_arm, back_arm]),
    ]


def shapes() -> list[ZoneShape]:
    return [*upper_trapezius(), *levator_scapulae(), *sternocleidomastoid(), *scalenes()]
