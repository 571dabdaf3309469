"""Leg and foot: no muscle of the first release lies here yet (gastrocnemius, soleus, the
tibialis and fibular muscles and the plantar muscles of the whole-body list will); the knee,
calf, ankle and foot lines of the posterior and anterior figures."""

from __future__ import annotations

from atlas_source.figure import Stroke
from atlas_source.primitives.curves import Curve, K, closed, ellipse, spline


def posterior_strokes() -> list[Stroke]:
    S = Stroke
    return [
        # popliteal crease
        S(spline([(32, 1134), (60, 1139), (92, 1138), (114, 1132)]), "contour"),
        # gastrocnemius heads and the calcaneal tendon
        S(spline([(30, 1165), (22, 1230), (28, 1295), (48, 1345), (62, 1352)]), "contour",
          weight=0.7),
        S(spline([(113, 1168), (120, 1225), (112, 1290), (92, 1336), (72, 1350)]), "contour",
          weight=0.7),
        S(spline([(66, 1160), (66, 1230), (66, 1300)]), "contour", weight=0.5),
        S(spline([(52, 1365), (55, 1420), (56, 1480), (57, 1510)]), "contour", weight=0.6),
        S(spline([(80, 1365), (77, 1420), (75, 1480), (74, 1510)]), "contour", weight=0.6),
        # malleoli
        S(spline([(91.5, 1474), (94, 1488), (91, 1501)]), "contour", weight=0.7),
        S(spline([(37, 1469), (34.5, 1482), (37, 1495)]), "contour", weight=0.7),
    ]


def anterior_strokes() -> list[Stroke]:
    S = Stroke
    return [
        S(spline([(56, 1106), (69, 1099.5), (83, 1106), (85.5, 1121), (78.5, 1136),
                  (69.5, 1142.5), (60.5, 1136), (53.5, 1121)], closed=True), "bone",
          closed=True),                                                               # patella
        S(spline([(64, 1146), (63.5, 1160), (65, 1172)]), "contour", weight=0.5),      # lig.
        S(spline([(75, 1146), (75.5, 1160), (74, 1172)]), "contour", weight=0.5),
        S(spline([(66, 1160), (63, 1230), (61, 1320), (57, 1410), (50, 1470)]), "bone",
          weight=0.6),                                                                # tibia
        # leg: calf edge, malleoli, toes
        S(spline([(30, 1200), (26, 1260), (32, 1330)]), "contour", weight=0.45),
        S(spline([(92, 1474), (94.5, 1488), (92, 1502)]), "contour", weight=0.7),
        S(spline([(37, 1469), (34.5, 1482), (37, 1495)]), "contour", weight=0.7),
        S(spline([(33, 1541), (35, 1548), (35, 1554)]), "contour", weight=0.5),
        S(spline([(50, 1545), (52, 1551), (52, 1556.5)]), "contour", weight=0.5),
        S(spline([(67, 1546), (68, 1552), (68, 1557)]), "contour", weight=0.5),
        S(spline([(83, 1545), (84, 1551), (84, 1556.5)]), "contour", weight=0.5),
        S(spline([(96.5, 1541), (97.5, 1547), (97, 1552.5)]), "contour", weight=0.5),
    ]


# --- the plantar figure: the sole of the left foot seen from below, toes up ---------------------
# lat is the distance from the body midline (the big toe lies towards it); y runs from the toe
# tips (top) to the back of the heel. The outline runs clockwise on the page from the back
# of the heel: up the medial border, over the toes, down the lateral border.
SOLE_OUTLINE = [
    (62, 263), (46, 259), (37, 247), (34, 228), (33, 205), (30, 178), (27, 152),   # heel, arch
    (24, 127), (23, 108), (24, 92),                                                # ball
    (25, 74), (28, 54), (33, 42), (41, 36), (49, 38), (54, 47), K(55, 68),         # big toe
    (58, 53), (62, 45), (67, 45), (70, 53), K(71, 72),                             # second
    (74, 59), (78, 53), (83, 54), (85, 62), K(86, 78),                             # third
    (89, 67), (93, 63), (97, 65), (98, 73), K(98, 86),                             # fourth
    (101, 78), (105, 77), (108, 83), (108, 95),                                    # little toe
    (106, 112), (103, 135), (99, 160), (95, 185), (91, 210), (88, 232), (84, 250), (76, 260),
]


def sole_outline() -> Curve:
    return closed(SOLE_OUTLINE)


def plantar_strokes() -> list[Stroke]:
    S = Stroke
    return [
        # creases under the toes, the ball of the foot and the heel pad
        S(spline([(27, 96), (40, 92), (52, 80)]), "contour", weight=0.6),
        S(spline([(58, 80), (72, 84), (86, 89), (98, 95), (106, 104)]), "contour", weight=0.5),
        S(spline([(30, 122), (50, 128), (74, 131), (96, 128)]), "contour", weight=0.4),
        S(spline([(38, 220), (52, 212), (70, 211), (86, 218)]), "contour", weight=0.5),
        # the medial longitudinal arch, where the sole leaves the ground
        S(spline([(40, 205), (48, 175), (50, 150), (44, 130)]), "contour", weight=0.45),
        # heads of the first and fifth metatarsals, tuberosity of the fifth
        S(ellipse((36, 110), 7, 8), "bone", closed=True, weight=0.5),
        S(ellipse((98, 118), 5, 6), "bone", closed=True, weight=0.5),
        S(ellipse((93, 166), 3.5, 5), "bone", closed=True, weight=0.5),
    ]
