"""Shoulder and arm: the scapula and its muscles (supraspinatus, infraspinatus, teres minor
and major, subscapularis through the axilla), the three parts of the deltoid, the arm
muscles (coracobrachialis, biceps, brachialis, triceps); the surface lines of the shoulder.

Infraspinatus, teres minor and teres major share their borders exactly."""

from __future__ import annotations

from functools import cache

from atlas_source.figure import Stroke
from atlas_source.levels import INF_ANGLE, SPINE_ROOT, SUP_ANGLE
from atlas_source.limb_frame import arm, pts
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


# --- the arm muscles of the whole-body list (issue 23) ---------------------------------------
# Given in limb coordinates (atlas_source.limb_frame): arm(f, a) is f along the humerus and a
# across it (+1 lateral border, -1 medial border), so the shapes stay on the arm.

@muscle("posterior", "triceps_brachii", layer=1, paint=5)
def triceps_brachii() -> Drawing:
    # Long and lateral heads below the posterior deltoid, converging on the olecranon; the
    # lateral supracondylar ridge below its lateral head is left to brachioradialis and ECRL.
    outline = closed(pts(arm, [(0.27, -0.92, K), (0.27, -0.5), (0.28, -0.15), (0.36, 0.5),
                               (0.45, 0.92, K), (0.6, 0.93), (0.68, 0.7), (0.85, 0.6),
                               (0.95, 0.48), (0.99, 0.3), (1.01, 0.0), (0.99, -0.35),
                               (0.93, -0.8), (0.75, -0.95), (0.5, -0.95)]))
    return Drawing(outline, fibres_between(spline(pts(arm, [(0.3, -0.85), (0.3, -0.2),
                                                            (0.4, 0.6)])),
                                           spline(pts(arm, [(0.97, -0.25), (0.99, 0.0),
                                                            (0.97, 0.25)])), 7, trim=0.05))


@muscle("anterior", "biceps_brachii", layer=1, paint=30)
def biceps_brachii() -> Drawing:
    # The belly below the anterior deltoid's lower border, narrowing to its tendon at the
    # elbow crease (the heads' tendons run on under the deltoid).
    outline = closed(pts(arm, [(0.2, -0.7, K), (0.27, -0.2), (0.34, 0.3), (0.42, 0.6, K),
                               (0.6, 0.62), (0.8, 0.55), (0.92, 0.35), (1.0, 0.12),
                               (1.04, 0.06, K), (1.04, -0.1, K), (0.98, -0.25), (0.88, -0.5),
                               (0.65, -0.7), (0.4, -0.75)]))
    return Drawing(outline, fibres_between(spline(pts(arm, [(0.25, -0.6), (0.32, 0.0),
                                                            (0.42, 0.5)])),
                                           spline(pts(arm, [(0.99, -0.15), (1.0, 0.05)])), 6,
                                           trim=0.06))


@muscle("anterior", "brachialis", layer=2, paint=20)
def brachialis() -> Drawing:
    # The lower half of the front of the humerus, wider than biceps on both sides, to the
    # coronoid process just below the elbow crease.
    outline = closed(pts(arm, [(0.55, -0.85, K), (0.55, 0.3), (0.5, 0.85, K), (0.75, 0.92),
                               (0.95, 0.8), (1.06, 0.3), (1.08, 0.0, K), (1.06, -0.3),
                               (0.95, -0.8), (0.75, -0.9)]))
    return Drawing(outline, fibres_between(spline(pts(arm, [(0.57, -0.75), (0.55, 0.2),
                                                            (0.53, 0.8)])),
                                           spline(pts(arm, [(1.05, -0.15), (1.06, 0.1)])), 6,
                                           trim=0.05))


@muscle("anterior", "coracobrachialis", layer=2, paint=10)
def coracobrachialis() -> Drawing:
    # From the tip of the coracoid through the front of the axilla to the middle of the
    # medial humerus.
    outline = closed([K(137, 342), (145, 346), (156, 365), (166, 395), (173, 425), (178, 455),
                      K(181, 468), (175, 466), (166, 440), (156, 410), (146, 380), (139, 358)])
    return Drawing(outline, fibres_between(line((138, 346), (142, 345)),
                                           line((176, 463), (180, 466)), 3, trim=0.05))


@muscle("anterior", "subscapularis", layer=3, paint=5)
def subscapularis() -> Drawing:
    # On the front of the scapula, seen as in the classic figures through the axilla
    # (lateral to pectoralis minor); its tendon passes to the lesser tubercle.
    outline = closed([K(158, 350), (161, 358), (156, 372), (147, 388), (139, 402), (134, 425),
                      (130, 450), K(126, 468), (120, 458), (121, 432), (126, 405), (132, 383),
                      (137, 365), (146, 354)])
    return Drawing(outline, fibres_between(spline([(123, 460), (124, 430), (129, 400)]),
                                           line((156, 356), (158, 362)), 5, trim=0.05))


# The border between the anterior and middle parts of the deltoid, acromion to tuberosity.
DELTOID_SPLIT = spline([(168, 317), (182, 345), (194, 380), (206, 415), (221, 449)])


@muscle("anterior", "anterior_deltoid", layer=1, paint=50)
def anterior_deltoid() -> Drawing:
    # From the lateral third of the clavicle over the front of the shoulder to the deltoid
    # tuberosity; the deltopectoral groove is its medial border.
    outline = (spline([K(124, 303), (142, 305.5), (158, 310), K(168, 317)]) + DELTOID_SPLIT
               + spline([DELTOID_SPLIT.end, (197, 432), (170, 414), K(147, 395), (140, 366),
                         (131, 335), K(124, 303)]))
    return Drawing(outline, fibres_between(spline([(128, 306), (145, 307), (163, 313)]),
                                           line((210, 436), (217, 442)), 7, trim=0.04,
                                           bend=-0.03))


@muscle("anterior", "middle_deltoid", layer=1, paint=55)
def middle_deltoid() -> Drawing:
    # The acromial part, drawn at the lateral edge of the front figure (its own view, the
    # side of the shoulder, is not a figure of the atlas yet: spec alt_view).
    outline = (DELTOID_SPLIT.reversed()
               + spline([DELTOID_SPLIT.start, (180, 318), K(194, 326), (203, 350), (210, 380),
                         (216, 412), (221, 436), K(*DELTOID_SPLIT.end)]))
    return Drawing(outline, fibres_between(line((175, 320), (190, 326)),
                                           line((216, 440), (220, 446)), 4, trim=0.05))
