"""Leg and foot: no muscle of the first release lies here yet (gastrocnemius, soleus, the
tibialis and fibular muscles and the plantar muscles of the whole-body list will); the knee,
calf, ankle and foot lines of the posterior and anterior figures."""

from __future__ import annotations

from atlas_source.figure import Stroke
from atlas_source.primitives.curves import spline


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
