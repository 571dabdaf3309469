"""Leg and foot: the calf muscles on the back (gastrocnemius over soleus and plantaris, with
popliteus, tibialis posterior and the long toe flexors deep); the front of the leg (tibialis
anterior, the toe extensors, fibularis tertius, and fibularis longus and brevis at the lateral
edge, their alt_view); the sole muscles on the plantar figure; the knee, calf, ankle and foot
lines of the posterior and anterior figures; the outline and lines of the plantar figure."""

from __future__ import annotations

from functools import cache

from atlas_source.figure import Stroke
from atlas_source.primitives.curves import Curve, K, closed, ellipse, line, spline
from atlas_source.primitives.shapes import fibres_between, ribbon
from atlas_source.registry import Drawing, muscle

# Posterior figure, patient's left: lat from the midline, y down the page. The knee crease
# lies at y 1134-1139, the heads of gastrocnemius join the calcaneal tendon at about y 1350,
# the malleoli at y 1470-1500 (medial at lat 36, lateral at lat 92).


@cache
def gastrocnemius_outline() -> Curve:
    # two heads from the femoral condyles, the popliteal fossa's lower point between them,
    # meeting in the calcaneal tendon
    return spline([K(38, 1108), (30, 1135), (24, 1175), (22, 1230), (28, 1295), (44, 1340),
                   K(62, 1358), (72, 1355), (92, 1337), (112, 1290), (120, 1228),
                   (117, 1170), K(104, 1107), (92, 1116), (78, 1134), K(69, 1152),
                   (60, 1134), (48, 1115)], closed=True)


@cache
def soleus_outline() -> Curve:
    # from the fibular head, soleal line and medial tibial border, broader than the
    # gastrocnemius and showing beside and below it, narrowing into the tendon
    return spline([K(46, 1178), (34, 1220), (29, 1290), (34, 1360), (44, 1412), (52, 1441),
                   K(64, 1449), (77, 1442), (90, 1395), (104, 1335), (115, 1265),
                   (118, 1205), K(112, 1178), (92, 1185), (70, 1191)], closed=True)


@muscle("posterior", "popliteus", layer=3, paint=50)
def popliteus() -> Drawing:
    # deep across the back of the knee: lateral femoral condyle to the back of the tibia
    # above the soleal line
    outline = spline([K(106, 1147), (98, 1160), (78, 1178), (56, 1196), K(36, 1208),
                      (29, 1196), (31, 1178), (50, 1170), (78, 1158)], closed=True)
    return Drawing(outline, fibres_between(line((102, 1150), (100, 1156)),
                                           line((33, 1182), (37, 1203)), 5, trim=0.05))


@muscle("posterior", "tibialis_posterior", layer=3, paint=60)
def tibialis_posterior() -> Drawing:
    # deepest of the calf: interosseous membrane and the tibia and fibula beside it, its
    # tendon turning behind the medial malleolus
    outline = ribbon([(72, 1218), (68, 1270), (62, 1330), (52, 1400), (42, 1465)],
                     [18, 22, 18, 10, 6])
    return Drawing(outline, fibres_between(line((64, 1224), (80, 1224)),
                                           line((47, 1430), (51, 1432)), 4, trim=0.06))


@muscle("posterior", "flexor_hallucis_longus", layer=3, paint=70)
def flexor_hallucis_longus() -> Drawing:
    # lower two-thirds of the back of the fibula; its tendon runs behind the ankle, under
    # the heel, toward the big toe
    outline = ribbon([(92, 1300), (90, 1360), (82, 1420), (70, 1465), (58, 1490)],
                     [12, 18, 16, 10, 6])
    return Drawing(outline, fibres_between(line((88, 1306), (96, 1306)),
                                           line((66, 1470), (70, 1474)), 3, trim=0.06))


@muscle("posterior", "soleus", layer=2, paint=50)
def soleus() -> Drawing:
    return Drawing(soleus_outline(), fibres_between(
        spline([(44, 1188), (60, 1193), (80, 1191), (100, 1186), (112, 1186)]),
        line((60, 1440), (70, 1440)), 8, trim=0.05, bend=0.02))


@muscle("posterior", "plantaris", layer=2, paint=60)
def plantaris() -> Drawing:
    # a small belly from above the lateral head, slanting in across the popliteal fossa
    outline = spline([K(101, 1104), (108, 1112), (100, 1136), (86, 1160), K(76, 1173),
                      (70, 1168), (80, 1144), (92, 1118)], closed=True)
    return Drawing(outline, fibres_between(line((100, 1108), (105, 1113)),
                                           line((72, 1168), (77, 1170)), 3, trim=0.08))


@muscle("posterior", "gastrocnemius", layer=1, paint=60)
def gastrocnemius() -> Drawing:
    return Drawing(gastrocnemius_outline(), [
        *fibres_between(spline([(40, 1112), (52, 1120), (62, 1140)]),
                        spline([(40, 1328), (52, 1345), (62, 1352)]), 4, trim=0.06),
        *fibres_between(spline([(76, 1140), (88, 1122), (102, 1111)]),
                        spline([(72, 1350), (84, 1342), (96, 1326)]), 4, trim=0.06),
    ])


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


# --- the front of the leg (anterior figure, patient's left; lat from the midline). The tibial
# crest runs from lat 66 below the knee to lat 50 above the ankle; the anterior muscles lie
# lateral to it, their tendons crossing the front of the ankle to the foot. ---------------------

@muscle("anterior", "tibialis_anterior", layer=1, paint=60)
def tibialis_anterior() -> Drawing:
    # lateral tibial condyle and upper lateral tibia; its tendon crosses the ankle medially to
    # the medial cuneiform and first metatarsal base
    outline = spline([K(68, 1178), (86, 1182), (90, 1230), (88, 1300), (82, 1360), (72, 1410),
                      (62, 1450), (54, 1490), K(44, 1524), (40, 1520), (48, 1486), (56, 1446),
                      (62, 1400), (66, 1340), (66, 1260), (64, 1200)], closed=True)
    return Drawing(outline, fibres_between(line((68, 1186), (86, 1188)),
                                           line((52, 1470), (57, 1472)), 5, trim=0.05))


@muscle("anterior", "extensor_digitorum_longus", layer=1, paint=70)
def extensor_digitorum_longus() -> Drawing:
    # lateral tibial condyle and front of the fibula, lateral to tibialis anterior; its
    # tendons fan over the top of the foot to the lesser toes
    outline = spline([K(90, 1182), (104, 1188), (106, 1250), (101, 1320), (93, 1385),
                      (89, 1440), (84, 1495), (78, 1532), K(74, 1536), (72, 1530), (78, 1490),
                      (82, 1440), (86, 1380), (89, 1300), (90, 1230)], closed=True)
    return Drawing(outline, fibres_between(line((92, 1190), (102, 1192)),
                                           line((82, 1470), (86, 1472)), 4, trim=0.05))


@muscle("anterior", "extensor_hallucis_longus", layer=2, paint=60)
def extensor_hallucis_longus() -> Drawing:
    # middle of the fibula, between and beneath tibialis anterior and the toe extensor; its
    # tendon crosses the ankle to the big toe
    outline = spline([K(76, 1325), (86, 1335), (87, 1400), (82, 1450), (70, 1490), (56, 1520),
                      K(50, 1534), (46, 1530), (58, 1488), (70, 1445), (75, 1395)], closed=True)
    return Drawing(outline, fibres_between(line((78, 1332), (84, 1336)),
                                           line((62, 1490), (66, 1492)), 3, trim=0.05))


@muscle("anterior", "fibularis_tertius", layer=1, paint=80)
def fibularis_tertius() -> Drawing:
    # lower front of the fibula, lateral to the toe extensor; its tendon runs to the fifth
    # metatarsal base
    outline = spline([K(90, 1382), (97, 1386), (99, 1430), (96, 1470), (93, 1500),
                      (97, 1528), K(100, 1534), (95, 1536), (90, 1505), (91, 1470), (90, 1420)],
                     closed=True)
    return Drawing(outline, fibres_between(line((91, 1388), (96, 1390)),
                                           line((93, 1490), (95, 1491)), 2, trim=0.06))


@muscle("anterior", "extensor_digitorum_brevis", layer=1, paint=90)
def extensor_digitorum_brevis() -> Drawing:
    # the fleshy bulge on the outer top of the foot, in front of the lateral malleolus
    return Drawing(ellipse((88, 1521), 5.5, 4.5), fibres_between(
        line((84, 1518.5), (84, 1523.5)), line((92.5, 1518), (92.5, 1523)), 3, trim=0.05))


# --- the sole (plantar figure, the left sole seen from below; lat from the body midline) ---

@muscle("plantar", "abductor_hallucis", layer=1, paint=60)
def abductor_hallucis() -> Drawing:
    # along the inner border of the sole, from the heel to the base of the big toe
    outline = ribbon([(44, 240), (36, 200), (30, 160), (27, 125), (30, 102)], [14, 14, 12, 9, 6])
    return Drawing(outline, [spline([(44, 238), (36, 200), (30, 160), (27, 125), (30, 104)])])


@muscle("plantar", "quadratus_plantae", layer=3, paint=60)
def quadratus_plantae() -> Drawing:
    # deep in the sole just in front of the heel, from the calcaneus to the long flexor tendon
    outline = spline([K(50, 220), (62, 226), (76, 220), (78, 200), (70, 185), (56, 185),
                      (48, 200)], closed=True)
    return Drawing(outline, fibres_between(line((52, 218), (74, 218)),
                                           line((58, 188), (68, 188)), 3, trim=0.08))


@muscle("anterior", "fibularis_longus_brevis", layer=1, paint=60)
def fibularis_longus_brevis() -> Drawing:
    # Its view is the side of the leg (not a figure of the atlas): drawn at the lateral edge
    # of the front figure (alt_view, decision 26), from the fibular head down the outer leg,
    # lateral to the toe extensor; the tendons pass behind the lateral malleolus, out of
    # this view.
    outline = spline([K(108, 1186), (120, 1192), (124, 1230), (122, 1290), (114, 1345),
                      (106, 1395), K(101, 1428), (98, 1410), (100, 1360), (104, 1300),
                      (106, 1240)], closed=True)
    return Drawing(outline, fibres_between(line((110, 1192), (120, 1196)),
                                           line((100, 1418), (102, 1420)), 4, trim=0.06))


@muscle("posterior", "flexor_digitorum_longus", layer=3, paint=65)
def flexor_digitorum_longus() -> Drawing:
    # deep in the calf on its inner side, from the back of the tibia below the soleal line;
    # its tendon runs behind the medial malleolus (beside tibialis posterior's) to the sole
    outline = ribbon([(50, 1232), (46, 1290), (42, 1350), (40, 1410), (37, 1460)],
                     [12, 18, 16, 12, 7])
    return Drawing(outline, fibres_between(line((46, 1238), (54, 1238)),
                                           line((35, 1450), (39, 1452)), 3, trim=0.06))


@muscle("plantar", "flexor_digitorum_brevis", layer=2, paint=60)
def flexor_digitorum_brevis() -> Drawing:
    # the middle of the sole, under the plantar fascia: from the calcaneal tuberosity
    # forward to the four lesser toes
    outline = spline([K(54, 226), (70, 228), (80, 205), (81, 170), (84, 135), (82, 112),
                      (68, 106), (54, 110), (48, 135), (48, 170), (50, 205)], closed=True)
    return Drawing(outline, fibres_between(line((56, 222), (70, 222)),
                                           line((54, 114), (80, 114)), 4, trim=0.06))


@muscle("plantar", "abductor_digiti_minimi_pedis", layer=1, paint=60)
def abductor_digiti_minimi_pedis() -> Drawing:
    # along the outer border of the sole, from the heel to the base of the little toe
    outline = ribbon([(72, 244), (82, 212), (89, 172), (96, 135), (100, 108)],
                     [14, 14, 12, 9, 6])
    return Drawing(outline, [spline([(72, 242), (82, 212), (89, 172), (96, 135), (100, 110)])])
