"""Shoulder and arm: the scapula and its muscles (supraspinatus, infraspinatus, teres minor
and major), the posterior deltoid; the surface lines of the deltoid, triceps and biceps.

Infraspinatus, teres minor and teres major share their borders exactly."""

from __future__ import annotations

from functools import cache

from atlas_source.figure import Stroke
from atlas_source.levels import INF_ANGLE, SPINE_ROOT, SUP_ANGLE
from atlas_source.primitives.curves import Curve, K, closed, line, spline
from atlas_source.primitives.shapes import fibres_between
from atlas_source.registry import Drawing, muscle

# Scapula: medial (vertebral) border, lateral border, superior border, spine and acromion
MEDIAL_BORDER = spline([K(*SUP_ANGLE), (86.5, 357), K(*SPINE_ROOT), (79.3, 400), (80.3, 432),
                        (82.3, 462), (84.6, 488), K(*INF_ANGLE)])
LATERAL_BORDER = spline([K(*INF_ANGLE), (96, 491), (112, 469), (125, 444), (132, 424),
                         (137, 405), (146, 390), K(156, 380)])
SCAPULA = spline([K(*SUP_ANGLE), (86.5, 357), K(*SPINE_ROOT), (79.3, 400), (80.3, 432),
                  (82.3, 462), (84.6, 488), K(*INF_ANGLE), (96, 491), (112, 469), (125, 444),
                  (132, 424), (137, 405), (146, 390), (156, 380), (163, 366), (158, 352),
                  (146, 346),
                  (133, 347), K(128, 343.5), (112, 342.5)], closed=True)
# The spine of the scapula, upper and lower edges of its crest, root to acromion
SPINE_UPPER = spline([(81.5, 369.5), (96, 361), (120, 348.5), (144, 337.5), (160, 329.5),
                      (166, 324)])
SPINE_LOWER = spline([(82.5, 376), (100, 368.5), (124, 356.5), (146, 346), (157, 341.5),
                      (168, 333.5)])
ACROMION_OUTLINE = spline([(158, 326), (166, 318.5), (176, 316), (182.5, 319.5), (182, 327),
                           (174, 333), (163, 334)], closed=True)


@cache
def infraspinatus_outline() -> Curve:
    return spline([K(81.5, 377.5), (100, 370), (124, 358), (146, 348), (158, 344),
                   (170, 346), (180, 350.5), K(185.5, 355.5), (184, 365), (168, 371),
                   (149, 387), (132, 410), (117, 436), (101, 464), (91, 486),
                   K(*INF_ANGLE), (84.6, 488), (82.3, 462), (80.3, 432), (79.3, 400)],
                  closed=True)


@cache
def teres_minor_lower_border() -> Curve:
    p_il = infraspinatus_outline().point(infraspinatus_outline().locate((117, 436)))
    return spline([p_il, (128, 432.5), (142, 421.5), (158, 406), (172, 393.5), (183, 384)])


@muscle("posterior", "infraspinatus", layer=1, paint=10)
def infraspinatus() -> Drawing:
    # converging from the infraspinous fossa to the greater tubercle
    return Drawing(infraspinatus_outline(), fibres_between(
        spline([(86, 382), (84.5, 420), (86, 452), (90.5, 478)]),
        line((176, 349), (178, 359)), 8, trim=0.06, bend=-0.08))


@muscle("posterior", "supraspinatus", layer=2, paint=70)
def supraspinatus() -> Drawing:
    # Fills the supraspinous fossa under the trapezius; its tendon passes under the acromion
    # to the top of the greater tubercle.
    outline = closed([K(83, 367.5), (96, 360.5), (120, 348), (144, 337), (163, 331.5),
                      (178, 337.5), (190, 345), K(199.5, 343), (197, 333.5), (186, 327),
                      (170, 320), (150, 317.5), (130, 322.5), (112, 330), K(95, 340.5),
                      (87.5, 352)])
    return Drawing(outline, fibres_between(spline([(95, 343), (88, 352), (85, 364)]),
                                           line((192, 336), (192, 341)), 6, trim=0.04,
                                           mids=line((140, 325), (140, 336))))


@muscle("posterior", "teres_minor", layer=1, paint=20)
def teres_minor() -> Drawing:
    # Lateral border of the scapula, under infraspinatus's lower edge, to the lowest facet
    # of the greater tubercle.
    infra = infraspinatus_outline()
    infra_lower = infra.sub(infra.locate((178, 368.5)), infra.locate((117, 436)))
    tmin_low = teres_minor_lower_border()
    outline = infra_lower + tmin_low + spline([(183, 384), (186.5, 377), infra_lower.start])
    return Drawing(outline, fibres_between(line((121, 430), (117, 440)),
                                           line((180, 373), (181, 382)), 4, trim=0.05,
                                           bend=-0.02))


@muscle("posterior", "teres_major", layer=1, paint=30)
def teres_major() -> Drawing:
    # From the dorsal surface of the inferior angle up and out into the posterior axillary
    # fold (its lower edge lies under latissimus dorsi).
    infra = infraspinatus_outline()
    il = infra.locate((117, 436))
    ia = infra.locate((91, 486))
    tmaj_upper = infra.sub(il, ia).reversed()                   # angle -> lateral border
    tmin_low = teres_minor_lower_border()
    t_split = tmin_low.locate((140, 423))
    outline = (spline([(84, 499), (85.5, 492), infra.point(ia)])
               + tmaj_upper + tmin_low.sub((0, 0.0), t_split)
               + spline([tmin_low.point(t_split), (147, 414), K(153.5, 405), (148.5, 407.5),
                         (141.5, 413), (135, 427), (131.5, 440), (128, 455), (121.5, 468.5),
                         (110.5, 482.5), (98, 493.5), (88.5, 500.5), (84, 499)]))
    return Drawing(outline, fibres_between(line((87, 497), (97, 474)),
                                           line((149, 408), (147, 412)), 5, trim=0.04,
                                           bend=-0.03))


@muscle("posterior", "posterior_deltoid", layer=1, paint=40)
def posterior_deltoid() -> Drawing:
    # From the lower lip of the spine of the scapula and the acromion, down and forward over
    # the back of the shoulder joint to the deltoid tuberosity.
    outline = closed([K(112, 363.5), (124, 358), (146, 348), (160, 342.5), (173, 335.5),
                      K(184, 328.5), (197, 347), (207, 377), (214, 410), (219, 438),
                      K(223, 453), (206, 439), (189, 425), (172, 411), (156, 398.5),
                      (140, 386), (126, 374)])
    return Drawing(outline, fibres_between(spline([(114, 364), (146, 349), (183, 331)]),
                                           spline([(214, 444), (219, 448.5)]), 8,
                                           trim=0.04, bend=0.04))


# --- surface lines ----------------------------------------------------------------------------
def posterior_strokes() -> list[Stroke]:
    S = Stroke
    return [
        S(SCAPULA, "bone", closed=True), S(SPINE_UPPER, "bone"), S(SPINE_LOWER, "bone"),
        S(spline([(81.5, 369.5), (80, 373), (82.5, 376)]), "bone"),       # root of the spine
        S(ACROMION_OUTLINE, "bone", closed=True),
        S(spline([(205, 585), (213, 592), (223, 592), (230, 585)]), "bone", weight=0.8),
        # teres major to the axilla
        S(spline([(106, 472), (122, 449), (133.5, 427)]), "contour", weight=0.6),
        # posterior border of the deltoid, spine of the scapula to the deltoid tuberosity
        S(spline([(112, 360), (140, 385), (172, 410), (204, 432), (223, 447)]), "contour",
          weight=0.8),
        # triceps: long and lateral heads, the tendon plate above the olecranon
        S(spline([(198, 440), (200, 480), (204, 520), (210, 548)]), "contour", weight=0.6),
        S(spline([(219, 472), (222, 510), (224, 545)]), "contour", weight=0.5),
    ]


def anterior_strokes() -> list[Stroke]:
    S = Stroke
    return [
        # deltopectoral groove, anterior deltoid border, biceps, elbow crease
        S(spline([(124, 305), (131, 335), (140, 366), (146, 393)]), "contour", weight=0.7),
        S(spline([(147, 395), (170, 414), (197, 432), (221, 446)]), "contour", weight=0.6),
        S(spline([(174, 445), (180, 500), (192, 556), (201, 590)]), "contour", weight=0.45),
        S(spline([(197, 604), (213, 609.5), (233, 606.5), (246, 598)]), "contour", weight=0.7),
    ]
