"""The back of the trunk: trapezius (three parts), rhomboids, the serrati posteriores, the
erector spinae, multifidi, quadratus lumborum and latissimus dorsi; the ribs and spinous
processes of the posterior figure.

Muscles that meet are built from the very same curve pieces: the lower trapezius edge and
latissimus dorsi, latissimus and the crest (gluteus medius) and gluteus maximus's sacral
origin, the erector spinae columns."""

from __future__ import annotations

from functools import cache

from atlas_source.figure import Stroke
from atlas_source.levels import C7, CROTCH, EOP, INF_ANGLE, RIB12_TIP, SPINE_ROOT, SPINOUS
from atlas_source.parts.hip_thigh import gluteus_medius_outline, maximus_medial_border
from atlas_source.parts.shoulder_arm import MEDIAL_BORDER
from atlas_source.primitives.curves import Curve, K, closed, ellipse, line, spline
from atlas_source.primitives.shapes import fibres_between, inset_along
from atlas_source.registry import Drawing, muscle
from atlas_source.silhouette import silhouette_half


# --- trapezius: three parts sharing their boundaries exactly ------------------------------
@cache
def trapezius() -> dict[str, Curve]:
    """The three parts of trapezius and the borders they share with their neighbours."""
    chain = silhouette_half("posterior")
    at = (168.5, 317.5)                      # where the upper and middle parts meet (acromion)
    tub = (86.0, 374.0)                      # tubercle at the root of the spine of the scapula
    c7, t3_4, t12 = (0.0, float(C7)), (0.0, 386.0), (0.0, 616.0)
    nuchal = spline([EOP, (14, 159.8), (26, 164)])
    shoulder_top = inset_along(chain, (52.5, 268), (165, 309.5), 2.4)
    upper_lateral = spline([(26, 164), (30, 190), (33.5, 218), (37.5, 243), (42.5, 258.5),
                            *shoulder_top[1:-1], at])
    b_upper_middle = spline([at, (150, 318.5), (120, 314.5), (80, 306), (40, 297.5), c7],
                            end_phantom=(-40, 297.5))
    upper = nuchal + upper_lateral + b_upper_middle + line(c7, EOP)
    spine_insertion = spline([at, (160, 325.5), (144, 334.5), (120, 346), (96, 358.5),
                              (88, 366), tub])
    b_middle_lower = spline([tub, (60, 378.5), (30, 383), t3_4])
    middle = b_upper_middle.reversed() + spine_insertion + b_middle_lower + line(t3_4, c7)
    lower_lateral = spline([tub, (90, 380.5), (89.5, 398), (85.5, 420), (79.5, 444), (70, 470),
                            (57, 500), (42, 532), (26, 566), (12, 596), t12])
    lower = b_middle_lower.reversed() + lower_lateral + line(t12, t3_4)
    return {"upper": upper, "middle": middle, "lower": lower, "lower_lateral": lower_lateral,
            "spine_insertion": spine_insertion}


@muscle("posterior", "upper_trapezius", layer=1, paint=90)
def upper_trapezius() -> Drawing:
    # descending fibres: nuchal line and ligamentum nuchae down and out to the lateral
    # clavicle and acromion, the upper ones following the neck first
    return Drawing(trapezius()["upper"], [
        spline([(20, 170), (27, 208), (33, 240), (41, 264), (55, 279), (78, 287), (120, 297.5),
                (158, 310)]),
        spline([(9, 178), (17, 216), (27, 248), (47, 274), (85, 291), (128, 304),
                (160, 314.5)]),
        spline([(3, 200), (10, 236), (22, 264), (52, 284), (95, 299), (140, 311)]),
        spline([(2.5, 228), (10, 256), (32, 279), (75, 296), (120, 309)]),
        spline([(2.5, 252), (16, 272), (50, 290), (95, 305)]),
        spline([(2.5, 272), (28, 288), (68, 300)]),
    ])


@muscle("posterior", "middle_trapezius", layer=1, paint=80)
def middle_trapezius() -> Drawing:
    # transverse fibres: C7-T3 straight out to the acromion and spine of the scapula
    t = trapezius()
    return Drawing(t["middle"], fibres_between(line((0, 300), (0, 381)), t["spine_insertion"],
                                               7, trim=0.05, bend=0.03))


@muscle("posterior", "lower_trapezius", layer=1, paint=70)
def lower_trapezius() -> Drawing:
    # ascending fibres: T4-T12 up and out, converging on the root of the spine
    return Drawing(trapezius()["lower"],
                   fibres_between(line((0, 394), (0, 606)), line((84, 379), (79, 394)), 8,
                                  trim=0.05, bend=-0.02))


@muscle("posterior", "rhomboids", layer=2, paint=80)
def rhomboids() -> Drawing:
    outline = spline([K(2.5, 297), (22, 316), (46, 338), (67, 358), K(*SPINE_ROOT),
                      (79.3, 400), (80.3, 432), (82.3, 462), (84.6, 488), K(*INF_ANGLE),
                      (70, 489), (46, 470), (22, 451), K(2.5, 438)], closed=True)
    # oblique down and out, spinous processes to the medial border
    return Drawing(outline, fibres_between(line((2.5, 302), (2.5, 434)),
                                           MEDIAL_BORDER.sub((1, 0.6), (5, 0.9)), 8, trim=0.05))


@muscle("posterior", "quadratus_lumborum", layer=3, paint=60)
def quadratus_lumborum() -> Drawing:
    outline = spline([K(22, 606), (42, 608), K(62, 612), (73.5, 638), (82, 668), (88, 698),
                      K(92, 718.5), (76, 730.5), (60, 739.5), (45, 742), K(33, 737.5),
                      (33.5, 712), (36.5, 687), (33, 661), (27.5, 636)], closed=True)
    # iliac crest and iliolumbar ligament up to the 12th rib
    return Drawing(outline, fibres_between(line((87, 718), (37, 736)), line((64, 614), (26, 608)),
                                           6, trim=0.05, bend=0.02))


@muscle("posterior", "multifidi_rotatores", layer=3, paint=20)
def multifidi_rotatores() -> Drawing:
    # The deepest column in the groove beside the spinous processes, from the axis to the
    # back of the sacrum, bulkiest in the lumbar spine.
    outline = closed([K(1.5, 206), (9, 207), (14, 218), (15.5, 245), (15, 290), (14.5, 340),
                      (14, 400), (14, 470), (14.5, 530), (16.5, 585), (21, 635), (25.5, 675),
                      (29, 712), (31, 742), (29.5, 768), (23, 787), (13, 798), K(1.5, 802)])
    mf = []
    y = 214.0
    while y < 790:
        span = 26 if y < 300 else (30 if y < 600 else 34)
        lat = 11.5 if y < 560 else min(26, 11.5 + (y - 560) * 0.09)
        lat = min(lat, 22) if y > 760 else lat
        mf.append(spline([(lat, y + span), (lat * 0.55 + 1.5, y + span * 0.45), (2.5, y)]))
        y += 17 if y < 300 else 21
    return Drawing(outline, mf)


@muscle("posterior", "serratus_posterior_superior", layer=3, paint=50)
def serratus_posterior_superior() -> Drawing:
    # A thin sheet from the C7-T3 spines down and out, under the rhomboids, to ribs 2-5 just
    # beyond their angles.
    outline = closed([
        K(1.5, 293), (30, 305), (60, 322), (86, 340), K(103, 349), (98.5, 360), K(97, 364),
        (103, 372), K(106, 376), (100, 386), K(98, 390), (103, 398), K(105, 402), (99, 411),
        K(97, 414), (100, 421), K(101, 426), (70, 408), (40, 391), K(1.5, 374)])
    return Drawing(outline, fibres_between(line((2, 298), (2, 370)), line((101, 352), (99, 422)),
                                           7, trim=0.04))


@muscle("posterior", "serratus_posterior_inferior", layer=2, paint=40)
def serratus_posterior_inferior() -> Drawing:
    # Over the erector spinae at the thoracolumbar junction, up and out in four slips to
    # ribs 9-12 (its medial aponeurosis blends with the fascia).
    outline = closed([
        K(36, 589), (52, 571), (64, 558), K(74, 550), (76.5, 558), K(75, 563), (84, 567),
        K(92, 573), (94, 581), K(91, 585), (99, 591), K(104, 598), (104, 606), K(100, 609),
        (103, 614), K(104, 620), (85, 626), (65, 637), (50, 648), K(39, 657), (37.5, 620)])
    return Drawing(outline, fibres_between(line((38, 598), (38.5, 650)),
                                           spline([(73, 553), (92, 578), (103, 602), (102, 617)]),
                                           8, trim=0.04))


# --- latissimus dorsi: shares the lower trapezius edge and the crest ---------------------
@muscle("posterior", "latissimus_dorsi", layer=1, paint=50)
def latissimus_dorsi() -> Drawing:
    lower_lateral = trapezius()["lower_lateral"]
    medius = gluteus_medius_outline()
    a = lower_lateral.locate((57, 500))
    m_lat = medius.locate((114, 716.5))
    lat_crest = medius.sub(m_lat, (0, 0.0))                    # (114, 716) -> (50, 757)
    lat_upper = spline([lower_lateral.point(a), (72, 497.5), (86, 494.5), (100, 490),
                        (112, 480), (120, 468), (125, 455), (128, 441), (130.5, 428),
                        (133.5, 416), (137, 409), K(141, 404)])
    lat_lateral = spline([(141, 404), (138.5, 411), (136.5, 428),
                          (134, 465), (130.5, 510), (126.5, 555), (123.5, 600),
                          (120.5, 645), (117.5, 685), lat_crest.start])
    # Its aponeurosis (with the thoracolumbar fascia) covers the erector spinae down to the
    # sacrum, where it meets the origin of gluteus maximus along the same curve.
    max_medial = maximus_medial_border()
    loc_sac = max_medial.locate((19, 801))
    outline = (lat_upper + lat_lateral + lat_crest
               + max_medial.sub((len(max_medial.segs) - 1, 1.0), loc_sac)
               + line(max_medial.point(loc_sac), (0, 805)) + line((0, 805), (0, 616))
               + lower_lateral.sub(lower_lateral.locate((0, 616)), a))
    aponeurosis = spline([(40, 503), (50, 535), (60, 566), (80, 612), (98, 655),
                          (112, 700)])
    lat_fibres = fibres_between(aponeurosis, line((139, 406), (133.5, 428)), 12, trim=0.0,
                                bend=0.05)
    # the aponeurotic fibres carry on in the same direction to the spines and the sacrum
    tendinous = []
    for f in lat_fibres[::2]:
        p, q = f.start, f.end
        k = p[0] / max(q[0] - p[0], 1e-6)
        tendinous.append(line(p, (1.0, p[1] - (q[1] - p[1]) * k)))
    tendinous += [line((38, 700 + 14 * k), (2, 716 + 26 * k)) for k in range(5)]
    return Drawing(outline, [aponeurosis, *lat_fibres, *tendinous])


# --- erector spinae: longissimus in the middle, iliocostalis lateral ----------------------
@cache
def erector_spinae() -> dict[str, Curve]:
    long_lat = spline([K(23, 318), (27.5, 360), (31.5, 420), (34.5, 480), (36.5, 540),
                       (38, 600), (39.5, 650), (41.5, 700), (40, 738), (33, 772), K(21, 796)])
    loc_split = long_lat.locate((39.5, 655))
    p_split = long_lat.point(loc_split)
    split = spline([p_split, (47, 630), (55, 603), (60.5, 570), (63.5, 540), K(65, 512)])
    loc_low = long_lat.locate((35, 764))
    return {
        "longissimus": long_lat + spline([
            K(21, 796), (14, 770), (12.5, 730), (11.5, 680), (11, 630), (10.5, 580), (10, 520),
            (9.5, 450), (9.5, 380), K(10, 318), (16.5, 315), K(23, 318)]),
        "thoracis": (spline([K(23, 318), (30, 312), K(36, 306), (43, 345), (49, 400), (56, 450),
                             (62, 490), K(65, 512)])
                     + split.reversed() + long_lat.sub(loc_split, (0, 0.0))),
        "lumborum": (split + spline([K(65, 512), (67, 550), (68.5, 600), (68, 650), (64.5, 700),
                                     (57, 735), (46, 752), long_lat.point(loc_low)])
                     + long_lat.sub(loc_low, loc_split)),
    }


@muscle("posterior", "longissimus_thoracis", layer=2, paint=30)
def longissimus_thoracis() -> Drawing:
    return Drawing(erector_spinae()["longissimus"],
                   [spline([(x0, 330), (x0 + 3, 470), (x0 + 4.5, 600), (x0 + 5.5, 700),
                            (x0 * 0.9 + 3, 775)]) for x0 in (13, 17, 21, 25)])


@muscle("posterior", "iliocostalis_thoracis", layer=2, paint=20)
def iliocostalis_thoracis() -> Drawing:
    return Drawing(erector_spinae()["thoracis"],
                   [spline([(x0, 320 + (x0 - 26) * 2), (x0 + 8, 420), (x0 + 16, 500),
                            (x0 + 20 - (x0 - 26) * 0.8, 600)]) for x0 in (28, 31.5, 35)])


@muscle("posterior", "iliocostalis_lumborum", layer=2, paint=10)
def iliocostalis_lumborum() -> Drawing:
    return Drawing(erector_spinae()["lumborum"],
                   fibres_between(line((40, 745), (60, 730)), line((60, 530), (66, 560)), 4,
                                  trim=0.03, mids=line((50, 640), (64, 640))))


# --- bones and surface contours of the back -------------------------------------------------
RIB12 = spline([(16, 600), (45, 603.5), (78, 609.5), RIB12_TIP])
RIB11 = spline([(24, 584), (60, 591), (100, 603), (123, 613)])
RIB10 = spline([(62, 569), (100, 582), (123.5, 594)])


def spinous_dots() -> list[Curve]:
    out = []
    for name, y in SPINOUS.items():
        r = 3.2 if name == "C7" else 2.4
        out.append(ellipse((0, y), r * 0.9, r))
    return out


def posterior_strokes() -> list[Stroke]:
    S = Stroke
    out = [S(RIB12, "bone"), S(RIB11, "bone", weight=0.8), S(RIB10, "bone", weight=0.7)]
    out += [S(dot, "bone", closed=True, bilateral=False, weight=0.9) for dot in spinous_dots()]
    return out + [
        # spinal furrow between the erector spinae columns, fading into the sacrum
        S(line((0, 306), (0, 742)), "contour", bilateral=False, weight=0.8),
        S(line((0, 812), (0, CROTCH - 2)), "contour", bilateral=False),           # natal cleft
        # erector spinae, lateral edge
        S(spline([(32, 318), (40, 420), (50, 520), (58, 600), (61, 660), (58, 710),
                  (46, 748)]), "contour", weight=0.7),
        # latissimus dorsi: upper border over the inferior angle into the posterior axillary
        # fold, and its aponeurotic origin
        S(spline([(40, 512), (75, 512), (104, 503), (122, 482), (131, 455), (134.5, 432)]),
          "contour", weight=0.7),
        S(spline([(58, 560), (80, 610), (100, 660), (116, 700)]), "contour", weight=0.6),
    ]
