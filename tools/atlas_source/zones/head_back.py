"""Referral zones of the back-of-neck and scalp muscles that refer into the head (splenius
capitis and cervicis, suboccipitals, semispinalis, occipitalis) and of the jaw muscles
temporalis and masseter.

Coordinates as in `head_neck`: posterior and anterior lat from the midline; lateral lat
forward of the ear canal. The side of the head (lateral figure) is where these patterns are
recognised; the back and front show the parts they can see."""

from __future__ import annotations

from atlas_source.zones.common import ZoneShape, blob, each, ribbon

# A patch on top of the head, on the side of the trigger point.
VERTEX = {"posterior": blob((20, 58), 20, 11, -10), "anterior": blob((20, 56), 20, 9, 12),
          "lateral": blob((-6, 50), 26, 8, 0)}
# "Behind the eye": a spot over the outer part of the eye, not a ring round it.
BEHIND_EYE = {"anterior": blob((38, 141), 11, 10, 0), "lateral": blob((68, 141), 8, 12, -8)}
# From the forehead down over the outer eyebrow into the orbit.
BROW_TO_EYE = {"anterior": ribbon([(40, 100), (46, 114), (48, 128), (45, 142)], [10, 10, 9, 7]),
               "lateral": ribbon([(56, 100), (68, 112), (77, 124), (78, 140)], [10, 10, 9, 7])}
NECK_ANGLE = {"posterior": blob((52, 292), 16, 9, 20), "lateral": blob((-64, 320), 8, 12, -35)}


def splenius() -> list[ZoneShape]:
    cap, cerv = "splenius_capitis", "splenius_cervicis"
    return [
        # Splenius capitis: the top of the head.
        *[(cap, "trp1", "essential", view, [shape]) for view, shape in VERTEX.items()],
        # Splenius cervicis, upper TrP: deep behind the eye, sometimes the back of the head;
        # lower TrP: the angle of the neck.
        *[(cerv, "trp1", "essential", view, [shape]) for view, shape in BEHIND_EYE.items()],
        (cerv, "trp1", "spillover", "posterior", [blob((40, 140), 18, 26, 15)]),
        (cerv, "trp1", "spillover", "lateral", [blob((-60, 150), 12, 22, 10)]),
        *[(cerv, "trp2", "essential", view, [shape]) for view, shape in NECK_ANGLE.items()],
    ]


def suboccipitals() -> list[ZoneShape]:
    sub = "suboccipitals"
    # A band from the back of the head, over the mastoid and above the ear to the temple
    # ("inside the head"); spillover from the forehead into the eye.
    band = ribbon([(-70, 170), (-56, 156), (-40, 146), (-28, 136), (-14, 120), (4, 112),
                   (22, 108), (40, 112)], [16, 18, 18, 16, 14, 14, 14, 12])
    base_of_skull = ribbon([(8, 172), (24, 170), (40, 166), (56, 160), (66, 150)],
                           [14, 16, 16, 14, 10])
    return [
        (sub, "trp1", "essential", "lateral", [band]),
        (sub, "trp1", "essential", "posterior", [base_of_skull]),
        (sub, "trp1", "essential", "anterior", [blob((58, 110), 6, 18, -8)]),
        *[(sub, "trp1", "spillover", view, [shape]) for view, shape in BROW_TO_EYE.items()],
    ]


def semispinalis() -> list[ZoneShape]:
    semi = "semispinalis_capitis_cervicis"
    # TrP1/2: up the back of the neck beside the spine to the occiput (TrP1 spilling to the
    # upper medial border of the scapula).
    neck_back = ribbon([(16, 250), (18, 225), (20, 200), (24, 178), (28, 158)],
                       [14, 15, 16, 16, 12])
    neck_side = ribbon([(-56, 250), (-54, 228), (-56, 206), (-62, 188), (-68, 170)],
                       [10, 10, 11, 12, 10])
    border = ribbon([(80, 364), (75, 390), (74, 412)], [9, 11, 8])
    # TrP3: a band round the side of the head above the ear, strongest at the temple;
    # spillover over the forehead and eye.
    above_ear = ribbon([(-30, 100), (-10, 96), (10, 96), (30, 102), (46, 112)],
                       [10, 12, 14, 18, 18])
    return [
        *each(semi, ("trp1", "trp2"), "essential", "posterior", [neck_back]),
        *each(semi, ("trp1", "trp2"), "essential", "lateral", [neck_side]),
        (semi, "trp1", "spillover", "posterior", [border]),
        (semi, "trp3", "essential", "lateral", [above_ear]),
        (semi, "trp3", "essential", "anterior", [blob((60, 108), 7, 22, -5)]),
        *[(semi, "trp3", "spillover", view, [shape]) for view, shape in BROW_TO_EYE.items()],
    ]


def occipitalis() -> list[ZoneShape]:
    occ = "occipitalis"
    # Over the back and side of the head, and through the head to behind the eye;
    # spillover over the temple.
    return [
        (occ, "trp1", "essential", "posterior", [blob((40, 125), 20, 30, 10)]),
        (occ, "trp1", "essential", "lateral",
         [blob((-62, 125), 14, 30, 10), BEHIND_EYE["lateral"]]),
        (occ, "trp1", "essential", "anterior", [BEHIND_EYE["anterior"]]),
        (occ, "trp1", "spillover", "lateral",
         [ribbon([(-20, 104), (10, 98), (35, 106)], [10, 12, 10])]),
        (occ, "trp1", "spillover", "anterior", [blob((58, 110), 6, 16, -8)]),
    ]


def temporalis() -> list[ZoneShape]:
    tem = "temporalis"
    # Spokes through the temple from each TrP: the front one forward over the eyebrow and
    # to the upper incisors; the middle ones down to the upper teeth; the back one backward
    # and up over the ear.
    front = [ribbon([(30, 92), (44, 106), (58, 118), (74, 126)], [10, 12, 10, 8]),
             blob((70, 196), 6, 5, 0)]
    middle = [ribbon([(10, 88), (14, 110), (18, 132), (20, 146)], [10, 12, 12, 8]),
              blob((62, 196), 8, 5, 0)]
    back_middle = [ribbon([(-14, 86), (-10, 102), (-6, 116)], [10, 12, 9]),
                   blob((50, 197), 7, 5, 0)]
    back = ribbon([(-28, 88), (-28, 104), (-26, 118)], [10, 12, 8])
    # The front view sees the temple edge, the eyebrow and the upper teeth.
    temple_front = blob((59, 108), 6, 20, -6)
    return [
        (tem, "trp1", "essential", "lateral", front),
        (tem, "trp1", "essential", "anterior",
         [temple_front, ribbon([(20, 125), (32, 124), (44, 126)], [6, 7, 6]),
          blob((30, 192), 5, 5, 0)]),
        (tem, "trp1", "spillover", "lateral", [blob((68, 142), 7, 10, 0)]),
        (tem, "trp1", "spillover", "anterior", [blob((40, 142), 9, 9, 0)]),
        (tem, "trp2", "essential", "lateral", middle),
        (tem, "trp2", "essential", "anterior", [temple_front, blob((33, 192), 5, 5, 0)]),
        (tem, "trp2", "spillover", "lateral", [blob((44, 175), 10, 10, 0)]),
        (tem, "trp2", "spillover", "anterior", [blob((40, 178), 10, 8, 0)]),
        (tem, "trp3", "essential", "lateral", back_middle),
        (tem, "trp3", "essential", "anterior", [temple_front, blob((35, 191), 4, 5, 0)]),
        (tem, "trp3", "spillover", "lateral", [blob((14, 164), 6, 10, 0)]),
        (tem, "trp3", "spillover", "anterior", [blob((63, 163), 3, 6, 0)]),
        (tem, "trp4", "essential", "lateral", [back]),
        (tem, "trp4", "essential", "anterior", [temple_front]),
    ]


def masseter() -> list[ZoneShape]:
    mas = "masseter"
    # Upper superficial TrP: the cheek and the upper molars. Mid-belly: the lower molars
    # and the body of the jaw. Lower: the jaw and, strikingly, the outer eyebrow
    # (spilling to the temple). Deep TrP: deep in the ear and the jaw joint (spilling over
    # the cheek).
    return [
        (mas, "trp1", "essential", "lateral",
         [blob((50, 178), 14, 11, 0), blob((52, 197), 8, 5, 0)]),
        (mas, "trp1", "essential", "anterior",
         [blob((40, 178), 12, 9, 0), blob((31, 191), 5, 5, 0)]),
        (mas, "trp2", "essential", "lateral",
         [blob((55, 219), 8, 5, 0), ribbon([(30, 232), (45, 240), (62, 242)], [9, 9, 8])]),
        (mas, "trp2", "essential", "anterior",
         [blob((32, 218), 4, 7, 0), blob((33, 234), 5, 5, 0)]),
        (mas, "trp3", "essential", "lateral",
         [blob((36, 236), 8, 7, 0), ribbon([(62, 126), (72, 125), (82, 127)], [7, 7, 5])]),
        (mas, "trp3", "essential", "anterior",
         [blob((32, 233), 5, 6, 0), ribbon([(20, 126), (32, 125), (44, 127)], [6, 7, 5])]),
        (mas, "trp3", "spillover", "lateral", [blob((30, 110), 12, 14, 0)]),
        (mas, "trp3", "spillover", "anterior", [blob((59, 108), 5, 16, -6)]),
        (mas, "trp4", "essential", "lateral", [blob((4, 160), 8, 14, 0)]),
        (mas, "trp4", "essential", "anterior",
         [blob((72, 160), 4, 14, 0), blob((63, 163), 3, 6, 0)]),
        (mas, "trp4", "spillover", "lateral", [blob((50, 176), 12, 9, 0)]),
        (mas, "trp4", "spillover", "anterior", [blob((40, 180), 10, 8, 0)]),
    ]


def shapes() -> list[ZoneShape]:
    return [*splenius(), *suboccipitals(), *semispinalis(), *occipitalis(), *temporalis(),
            *masseter()]
