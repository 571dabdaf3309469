"""Hip and thigh: the gluteal muscles and piriformis on the back, iliopsoas on the front;
the pelvis (iliac crest, PSIS, sacrum, coccyx, trochanter) and the surface lines of the
buttock and thigh.

Gluteus medius's crest edge is shared with latissimus dorsi, gluteus maximus's sacral origin
with latissimus's aponeurosis, and piriformis's upper edge with gluteus minimus."""

from __future__ import annotations

from functools import cache

from atlas_source.figure import Stroke
from atlas_source.levels import ASIS, CREST_TOP, PSIS
from atlas_source.primitives.curves import Curve, K, closed, ellipse, line, mirror_closed, spline
from atlas_source.primitives.shapes import fibres_between, ribbon
from atlas_source.registry import Drawing, muscle


@cache
def gluteus_medius_outline() -> Curve:
    return spline([K(50, 757), (62, 745), (80, 731.5), (100, 720.5), (120, 715.5), K(132, 719),
                   (135.5, 740), (142, 768), (148, 797), (151.5, 818), K(152, 827),
                   (139, 822.5), (118, 811), (95, 797.5), (73, 782.5), (57, 769)], closed=True)


@cache
def piriformis_outline() -> Curve:
    return spline([K(19.5, 768), (35, 771), (55, 776.5), (80, 787), (105, 798),
                   (128, 807.5), (143, 813.5), K(150, 819), (143, 824), (125, 821.5),
                   (100, 817.5), (75, 814.5), (52, 811), (32, 806.5), K(21.5, 802),
                   (19, 785)], closed=True)


@cache
def maximus_medial_border() -> Curve:
    """Gluteus maximus's origin from the sacrum and coccyx, which is also where the
    aponeurosis of latissimus dorsi ends."""
    return spline([(7.5, 876), (5.8, 855), (8, 833), (13.5, 817), (19, 801), (26, 785),
                   (35.5, 769), (44, 760.5), gluteus_medius_outline().start])


@muscle("posterior", "gluteus_medius", layer=2, paint=90)
def gluteus_medius() -> Drawing:
    # fan from the outer lip of the crest to the greater trochanter
    return Drawing(gluteus_medius_outline(), fibres_between(
        spline([(54, 757), (70, 741), (95, 724), (120, 717.5), (131, 722)]),
        line((147, 812), (149, 823)), 9, trim=0.05, bend=-0.03))


@muscle("posterior", "piriformis", layer=3, paint=80)
def piriformis() -> Drawing:
    # anterior sacrum through the greater sciatic notch to the top of the trochanter
    return Drawing(piriformis_outline(), fibres_between(
        line((22, 772), (23, 800)), line((144, 816.5), (144, 821)), 5, trim=0.04, bend=-0.02))


@muscle("posterior", "gluteus_minimus", layer=3, paint=70)
def gluteus_minimus() -> Drawing:
    # Under medius, from the ilium between the anterior and inferior gluteal lines to the
    # anterior facet of the trochanter; its lower edge is piriformis's upper edge.
    piri = piriformis_outline()
    pir_top = piri.sub(piri.locate((66, 781.5)), piri.locate((143, 813.5)))
    outline = (pir_top + spline([pir_top.end, (148.5, 818.5), K(150.5, 822), (149.5, 807),
                                 (147.5, 790), (144, 768), (139.5, 745), (134, 726),
                                 K(127, 719), (112, 723.5), (96, 735), (82, 750),
                                 (72, 765), pir_top.start]))
    return Drawing(outline, fibres_between(
        spline([(70, 772), (84, 748), (104, 729), (126, 721.5), (138, 735)]),
        line((146, 814), (148, 820)), 8, trim=0.05, bend=-0.03))


@muscle("posterior", "gluteus_maximus", layer=1, paint=60)
def gluteus_maximus() -> Drawing:
    # Over medius (whose upper-anterior part stays visible), minimus and piriformis; from the
    # posterior ilium, sacrum and coccyx down and out to the iliotibial tract and gluteal
    # tuberosity.
    medius = gluteus_medius_outline()
    max_medial = maximus_medial_border()
    g_start, g_end = medius.start, medius.point(medius.locate((152, 827)))
    outline = (spline([g_start, (68, 762.5), (92, 775.5), (116, 792), (136, 808.5), g_end])
               + spline([g_end, (155.5, 848), (155.5, 875), (152.5, 900), K(148, 918),
                         (130, 921), (100, 917), (68, 913), (40, 906), (19, 894),
                         max_medial.start])
               + max_medial)
    return Drawing(outline, fibres_between(
        spline([(48, 759), (36, 768), (26, 782), (18, 800), (11, 818), (7, 840), (6.5, 872)]),
        spline([(151, 833), (152.5, 860), (151, 888), (146, 914)]), 13, trim=0.0, bend=0.04))


@muscle("anterior", "iliopsoas", layer=3, paint=10)
def iliopsoas() -> Drawing:
    # Seen through the abdominal wall: psoas from the T12-L5 vertebral bodies, iliacus from
    # the iliac fossa, joined under the inguinal ligament to the lesser trochanter.
    outline = closed([
        K(11, 616), (13.5, 640), (16.5, 665), (20, 695), (25, 725), (33, 752), (45, 775),
        (58, 798), (72, 822), (87, 845), (99, 860), K(107, 872), (112, 866), (113, 852),
        (111, 835), (107, 815), (103, 795), (101.5, 777), (105, 760), (112, 745), (118, 728),
        K(121.5, 712), (110, 704), (95, 701.5), (80, 704), (69, 711), (61, 718), (60, 695),
        (59, 668), (54, 643), (45, 624), K(34, 614)])
    psoas = [spline([(x0, 622), (x0 + 3, 680), (x0 + 9 + (x0 - 14) * 0.6, 740),
                     (x0 + 38 + (x0 - 14) * 0.9, 800), (x0 + 78 - (x0 - 14) * 0.5, 868)])
             for x0 in (16, 21, 26, 31, 36)]
    iliacus = fibres_between(spline([(60, 716), (80, 704), (100, 702), (117, 712)]),
                             line((96, 812), (106, 830)), 5, trim=0.03,
                             mids=spline([(75, 765), (90, 762), (104, 770)]))
    return Drawing(outline, psoas + iliacus)


# --- pelvis and surface lines -------------------------------------------------------------------
# Iliac crest, from the PSIS round to the lateral edge of the figure (outer lip)
ILIAC_CREST = spline([PSIS, (47, 754), (61, 739.5), (80, 725.5), (100, 715), CREST_TOP,
                      (129, 713)])
# Sacrum (half, midline to midline) and coccyx
SACRUM_HALF = spline([(0, 741), (18, 741.5), K(33, 744), (36.5, 765), (31.5, 786), (22, 800),
                      (10, 806), (0, 808)])
COCCYX_HALF = spline([(0, 808), (6.5, 810), (6.5, 822), (3.5, 832), (0, 835)])
ANTERIOR_CREST = spline([(128.5, 707), (124, 727), (117, 746), ASIS, (106, 767)])


def posterior_strokes() -> list[Stroke]:
    S = Stroke
    out = [
        S(ILIAC_CREST, "bone"),
        S(spline([(40, 759), (36.5, 768), (39, 776)]), "bone", weight=0.8),   # PSIS
        # greater trochanter and ischial tuberosity, as faint outlines
        S(spline([(146, 812), (153.5, 819), (155, 835), (150, 850), (143, 860)]), "bone",
          weight=0.8),
        S(mirror_closed(SACRUM_HALF), "bone", closed=True, bilateral=False),
        S(mirror_closed(COCCYX_HALF), "bone", closed=True, bilateral=False, weight=0.8),
    ]
    for k, y in enumerate((752, 768, 783)):                             # dorsal sacral foramina
        out.append(S(ellipse((15 - k * 1.8, y), 2.2, 2.8), "bone", closed=True, weight=0.6))
    return out + [
        # gluteal fold and the lower border of gluteus maximus
        S(spline([(6.5, 906.5), (30, 914), (66, 917.5), (100, 912), (122, 902), (136, 891)]),
          "contour"),
        # lateral hollow of the buttock behind the greater trochanter
        S(spline([(140, 842), (132, 862), (131, 885)]), "contour", weight=0.5),
        # upper border of gluteus maximus, from the sacrum to the iliotibial tract
        S(spline([(44, 770), (80, 796), (118, 822), (147, 850)]), "contour", weight=0.7),
        # hamstrings: the groove between biceps femoris and semitendinosus
        S(spline([(78, 925), (80, 990), (78, 1050), (72, 1100)]), "contour", weight=0.6),
        # iliotibial tract
        S(spline([(148, 900), (142, 980), (133, 1060), (126, 1110)]), "contour", weight=0.5),
    ]


def anterior_strokes() -> list[Stroke]:
    S = Stroke
    return [
        S(ANTERIOR_CREST, "bone"),
        # groin crease, continuing between the thigh and the smooth genital area
        S(spline([(113, 770), (86, 792), (58, 815), (36, 842), (22, 872), (14, 896)]),
          "contour", weight=0.8),
        # thigh: sartorius, quadriceps, knee
        S(spline([(107, 775), (88, 850), (62, 945), (40, 1040), (31, 1100)]), "contour",
          weight=0.55),
        S(spline([(150, 860), (144, 950), (134, 1040), (124, 1095)]), "contour", weight=0.45),
        S(spline([(40, 1050), (34, 1090), (45, 1108)]), "contour", weight=0.5),
        S(spline([(98, 1085), (103, 1110), (96, 1135)]), "contour", weight=0.45),
    ]


# --- the hamstrings on the back of the thigh (issue 24): drawn from below the gluteal fold
# (their origin on the ischial tuberosity lies under gluteus maximus) to above the knee, where
# their tendons pass beside the heads of gastrocnemius. --------------------------------------

@muscle("posterior", "biceps_femoris", layer=1, paint=70)
def biceps_femoris() -> Drawing:
    # lateral hamstring: ischial tuberosity (long head) and linea aspera (short head) to the
    # fibular head
    outline = ribbon([(62, 922), (74, 990), (90, 1050), (100, 1088)], [26, 34, 28, 14])
    return Drawing(outline, fibres_between(line((52, 926), (70, 922)),
                                           line((96, 1084), (104, 1086)), 4, trim=0.06))


@muscle("posterior", "semitendinosus_semimembranosus", layer=1, paint=70)
def semitendinosus_semimembranosus() -> Drawing:
    # medial hamstrings: ischial tuberosity to the medial tibia
    outline = ribbon([(34, 922), (36, 990), (36, 1050), (36, 1088)], [24, 32, 26, 14])
    return Drawing(outline, fibres_between(line((25, 924), (43, 922)),
                                           line((31, 1086), (41, 1086)), 4, trim=0.06))


# --- the front of the hip and thigh (issue 24; anterior figure, patient's left): tensor
# fasciae latae below the ASIS, sartorius crossing the thigh from the ASIS to the inner knee,
# rectus femoris down the middle to the kneecap, vastus medialis above the inner knee. -------

@muscle("anterior", "tensor_fasciae_latae", layer=1, paint=70)
def tensor_fasciae_latae() -> Drawing:
    # outer lip of the crest behind the ASIS, into the iliotibial tract in front of the
    # trochanter
    outline = spline([K(114, 772), (127, 770), (140, 790), (146, 830), (144, 868), K(137, 880),
                      (128, 852), (118, 810)], closed=True)
    return Drawing(outline, fibres_between(line((116, 776), (126, 773)),
                                           line((134, 870), (142, 866)), 3, trim=0.06))


@muscle("anterior", "sartorius", layer=1, paint=80)
def sartorius() -> Drawing:
    # the ASIS obliquely across the front of the thigh to the inner knee (pes anserinus)
    outline = ribbon([(106, 772), (96, 820), (80, 880), (62, 950), (44, 1020), (32, 1080),
                      (30, 1140), (34, 1180)], [10, 12, 12, 12, 12, 12, 10, 8])
    return Drawing(outline, [spline([(105, 776), (95, 822), (79, 881), (61, 951), (43, 1021),
                                     (31.5, 1081), (30, 1140), (33.5, 1176)])])


@muscle("anterior", "rectus_femoris", layer=1, paint=60)
def rectus_femoris() -> Drawing:
    # anterior inferior iliac spine straight down the thigh to the top of the kneecap
    outline = ribbon([(106, 834), (104, 880), (96, 950), (84, 1030), (74, 1084)],
                     [12, 26, 30, 20, 12])
    return Drawing(outline, fibres_between(line((102, 840), (110, 840)),
                                           line((71, 1082), (77, 1082)), 4, trim=0.05))


@muscle("anterior", "vastus_medialis", layer=1, paint=60)
def vastus_medialis() -> Drawing:
    # the inner 'teardrop' above the knee, its oblique fibres to the upper inner kneecap
    outline = spline([K(60, 995), (70, 1035), (72, 1076), (66, 1097), K(58, 1104), (50, 1095),
                      (46, 1060), (48, 1020)], closed=True)
    return Drawing(outline, fibres_between(line((50, 1010), (60, 998)),
                                           line((56, 1100), (64, 1098)), 3, trim=0.06))


@muscle("anterior", "vastus_intermedius", layer=3, paint=60)
def vastus_intermedius() -> Drawing:
    # deep under rectus femoris, on the front of the femoral shaft
    outline = ribbon([(104, 880), (98, 950), (86, 1030), (76, 1075)], [20, 30, 26, 14])
    return Drawing(outline, fibres_between(line((98, 884), (110, 884)),
                                           line((73, 1072), (79, 1072)), 4, trim=0.05))


@muscle("anterior", "pectineus", layer=2, paint=60)
def pectineus() -> Drawing:
    # the pecten of the pubis, down and out to below the lesser trochanter, in the floor of
    # the femoral triangle
    outline = ribbon([(26, 822), (48, 842), (70, 866)], [14, 16, 10])
    return Drawing(outline, fibres_between(line((22, 818), (28, 828)),
                                           line((68, 862), (72, 870)), 3, trim=0.06))


@muscle("anterior", "adductor_longus_brevis", layer=2, paint=70)
def adductor_longus_brevis() -> Drawing:
    # the front of the pubis, fanning down and out to the linea aspera (longus over brevis)
    outline = ribbon([(14, 845), (24, 900), (40, 960), (52, 1010)], [16, 22, 18, 8])
    return Drawing(outline, fibres_between(line((9, 846), (19, 842)),
                                           line((50, 1006), (54, 1012)), 4, trim=0.06))


@muscle("anterior", "gracilis", layer=1, paint=70)
def gracilis() -> Drawing:
    # the inner edge of the thigh, from the pubis (under the adductors here) to the inner knee
    outline = ribbon([(16, 930), (20, 980), (22, 1030), (23, 1065)], [8, 12, 12, 6])
    return Drawing(outline, [spline([(16, 932), (20, 980), (22, 1030), (23, 1064)])])


@muscle("anterior", "vastus_lateralis", layer=1, paint=60)
def vastus_lateralis() -> Drawing:
    # Its view is the side of the thigh (a lateral figure the atlas does not have): drawn at
    # the lateral edge of the front figure (alt_view, decision 26), from below the greater
    # trochanter beside rectus femoris down to the outer border of the kneecap.
    outline = spline([K(120, 888), (140, 884), (150, 920), (147, 975), (139, 1030), (128, 1075),
                      (112, 1100), K(92, 1108), (94, 1088), (101, 1050), (110, 990),
                      (117, 930)], closed=True)
    return Drawing(outline, fibres_between(spline([(122, 892), (136, 888), (146, 916)]),
                                           spline([(98, 1098), (110, 1094), (124, 1080)]), 5,
                                           trim=0.05))


@muscle("anterior", "adductor_magnus", layer=2, paint=50)
def adductor_magnus() -> Drawing:
    # the largest adductor, seen on the inner thigh behind adductor longus and gracilis: from
    # the ischiopubic ramus and ischial tuberosity down to the adductor tubercle above the
    # inner knee
    outline = ribbon([(11, 884), (16, 940), (25, 1000), (31, 1050), (34, 1082)],
                     [13, 16, 20, 14, 7])
    return Drawing(outline, fibres_between(line((7, 886), (17, 884)),
                                           line((32, 1078), (36, 1080)), 4, trim=0.06))
