"""The front of the trunk: the intercostals and subclavius (deep), pectoralis minor, pectoralis
major, sternalis, serratus anterior, external oblique and rectus abdominis; the clavicle,
sternum, ribs and costal margin; the chest and abdominal surface lines."""

from __future__ import annotations

from atlas_source.figure import Stroke
from atlas_source.levels import NIPPLE
from atlas_source.primitives.curves import K, closed, ellipse, line, spline
from atlas_source.primitives.shapes import fibres_between, strands
from atlas_source.registry import Drawing, muscle


@muscle("anterior", "pectoralis_minor", layer=3, paint=20)
def pectoralis_minor() -> Drawing:
    # Ribs 3-5 near their cartilages, up and out to the coracoid.
    outline = closed([
        K(135, 335.5), (120, 343), (102, 353.5), (84, 363.5), K(63, 371), (68, 380),
        K(72, 386), (67, 392), K(66, 400), (72, 406), K(78, 412), (75, 420), K(74, 428),
        (90, 414), (106, 394), (120, 372), (130, 353), K(138, 340.5)])
    return Drawing(outline, fibres_between(spline([(66, 374), (70, 400), (76, 425)]),
                                           line((131, 339), (134, 343)), 6, trim=0.03))


@muscle("anterior", "serratus_anterior", layer=1, paint=10)
def serratus_anterior() -> Drawing:
    # The digitations from ribs 4-9 on the side of the chest.
    tips = [(114, 432), (107, 456), (104, 482), (104, 508), (106, 534), (109, 558)]
    notches = [(124, 424), (118, 446), (115, 470), (114, 496), (115, 522), (117, 548)]
    pts: list = [K(136, 412), (135.8, 440), (134.6, 470), (133, 500), (131, 530),
                 (128.5, 558), K(126.5, 572), (117, 566)]
    for tip, notch in zip(reversed(tips), reversed(notches), strict=False):
        pts += [K(*tip), notch]
    pts.append(K(130, 414))
    return Drawing(closed(pts), [f for tip in tips for f in (
        spline([(tip[0] + 2, tip[1] - 1), (tip[0] + 14, tip[1] - 6), (136, tip[1] - 14)]),
        spline([(tip[0] + 4, tip[1] + 4), (tip[0] + 16, tip[1] - 1), (136, tip[1] - 8)]))])


@muscle("anterior", "rectus_abdominis", layer=1, paint=20)
def rectus_abdominis() -> Drawing:
    # Pubic crest to the xiphoid and costal cartilages 5-7, with its tendinous intersections.
    outline = closed([
        K(1.5, 472), (8, 464), (20, 455), (35, 449), K(54, 446), (53.5, 470), (52.5, 500),
        (54.5, 535), (55, 570), (54, 615), (51.5, 660), (46, 705), (37, 750), (27, 785),
        K(20, 811), (11, 814), K(1.5, 815)])
    return Drawing(outline, (
        [spline([(x0, 450 + x0 * 0.2), (x0 + 0.5, 560), (x0 * 0.95, 680),
                 (x0 * 0.55 + 1, 812)]) for x0 in (9, 17, 25, 33, 41, 49)]
        + [spline([(2, y + d), (14, y - 2 + d), (28, y + 1 + d), (41, y - 2.5 + d),
                   (55, y + 1 + d)]) for y in (531, 594, 656) for d in (0, 2.2)]))


@muscle("anterior", "intercostals", layer=3, paint=5)
def intercostals() -> Drawing:
    # The intercostal spaces of the front and side of the chest, ribs 2-9, beside the
    # sternum out to the mid-axillary line; deepest of the chest wall, under the pectorals.
    outline = closed([K(14, 318), (40, 316), (80, 318), (112, 324), K(134, 340), (137, 400),
                      (135, 470), (129, 540), K(119, 582), (100, 560), (76, 534), (50, 510),
                      (24, 490), K(12, 472), (12.5, 420), (12.5, 370)])
    spaces = [(330, 6), (358, 4), (386, 2), (414, 0), (442, -2), (470, -4), (498, -6),
              (526, -8)]
    return Drawing(outline, [f for y, tilt in spaces for f in (
        *strands((16 + abs(tilt) * 4, y), (40 + abs(tilt) * 4, y + 6), 2, 3),
        *strands((70, y + tilt), (96, y + tilt + 7), 2, 3),
        *strands((108, y + tilt * 1.5), (130, y + tilt * 1.5 + 6), 2, 3))])


@muscle("anterior", "subclavius", layer=3, paint=15)
def subclavius() -> Drawing:
    # From the first rib at its cartilage, out and up to the underside of the middle third of
    # the clavicle.
    outline = closed([K(20, 313), (48, 310), (78, 310), K(104, 308), (98, 316), (72, 318.5),
                      (44, 319), K(22, 318.5)])
    return Drawing(outline, strands((24, 315.5), (100, 312), 2, 4))


@muscle("anterior", "pectoralis_major", layer=1, paint=30)
def pectoralis_major() -> Drawing:
    # Clavicular head from the medial half of the clavicle; sternocostal head from the
    # sternum and the upper six costal cartilages; converging, twisted, on the crest of the
    # greater tubercle of the humerus and forming the front fold of the armpit.
    outline = closed([K(16, 307), (40, 309), (64, 312), (92, 313.5), (118, 311.5),
                      K(140, 314), (152, 330), K(158, 352), (152, 372), (143, 392),
                      K(136.5, 409), (126, 430), (110, 452), (80, 468), (45, 466),
                      K(14, 452), (13, 420), (12.5, 380), (13, 340)])
    insertion = line((156, 340), (148, 384))
    return Drawing(outline, (
        fibres_between(line((20, 309), (110, 313)), insertion, 4, trim=0.04, bend=-0.04)
        + fibres_between(spline([(15, 330), (14, 400), (18, 452)]),
                         insertion, 6, trim=0.04, bend=0.03)
        + fibres_between(spline([(40, 462), (90, 464)]), line((144, 390), (139, 404)), 2,
                         trim=0.05)))


@muscle("anterior", "sternalis", layer=1, paint=35)
def sternalis() -> Drawing:
    # An inconstant strap over the sternocostal origin of pectoralis major, beside and
    # parallel to the sternum (drawn where it lies when present).
    outline = closed([K(4, 318), (11.5, 316), (13.5, 360), (13.5, 420), K(12.5, 462),
                      (5.5, 464), (4, 420), (4, 360)])
    return Drawing(outline, strands((8.5, 320), (8.5, 460), 2, 4))


@muscle("anterior", "external_oblique", layer=1, paint=5)
def external_oblique() -> Drawing:
    # From the outer surfaces of ribs 5-12 down and forward: the back fibres to the front of
    # the iliac crest, the rest into the aponeurosis at the semilunar line.
    outline = closed([K(100, 468), (118, 482), (133, 497), (134, 540), (131, 590), (133, 640),
                      (138, 690), K(142, 725), (124, 719), (100, 706), (78, 697), K(64, 685),
                      (62, 640), (62, 590), K(64, 545), (74, 520), (88, 492)])
    return Drawing(outline, fibres_between(
        spline([(104, 474), (126, 492), (132, 560), (134, 640), (139, 700)]),
        spline([(86, 496), (68, 540), (63, 600), (64, 660), (90, 700)]), 8, trim=0.04))


# --- bones and surface lines --------------------------------------------------------------------
CLAVICLE = spline([(13, 297), (35, 297.5), (62, 301.5), (90, 302.5), (118, 299.5), (142, 302.5),
                   (160, 308), K(166, 312.5), (160, 316.5), (142, 311.5), (120, 308.5),
                   (92, 310.5), (64, 310), (38, 307), (17, 305.5), K(11.5, 301.5)], closed=True)
STERNUM_HALF = spline([(0, 301.5), (8.5, 299), (16.5, 303.5), (16.5, 318), (13.5, 335),
                       (11.5, 346), (12, 380), (12.5, 420), (11, 450), (7.5, 466),
                       (4.5, 477), (2.5, 487), (0, 490)])
COSTAL_MARGIN = spline([(6, 478), (22, 491), (47, 510), (72, 534), (93, 561), (108, 589),
                        (117, 612)])


def anterior_strokes() -> list[Stroke]:
    S = Stroke
    return [
        S(CLAVICLE, "bone", closed=True),
        # the sternum as it is felt: jugular notch, sternal angle, xiphoid; its sides only
        # as a faint presternal groove (a closed outline reads as a necktie)
        S(spline([(-8.5, 299.5), (-4, 303.5), (0, 304.5), (4, 303.5), (8.5, 299.5)]), "bone",
          bilateral=False, weight=0.8),
        S(line((-10, 346), (10, 346)), "bone", bilateral=False, weight=0.6),
        S(spline([(-7, 470), (-3.5, 480), (0, 490), (3.5, 480), (7, 470)]), "bone",
          bilateral=False, weight=0.6),
        S(spline([(13, 318), (11.5, 380), (11.5, 430)]), "bone", weight=0.4),
        S(COSTAL_MARGIN, "bone", weight=0.75),
        # lower ribs, lateral ends showing below the pectoral
        S(spline([(96, 470), (118, 482), (133, 497)]), "bone", weight=0.6),
        S(spline([(100, 505), (120, 519), (131, 535)]), "bone", weight=0.6),
        S(spline([(104, 540), (120, 557), (127, 573)]), "bone", weight=0.55),
        # chest: pectoral border and anterior axillary fold, nipples
        S(spline([(14, 452), (45, 466), (80, 468), (110, 452), (127, 430), (135.5, 411)]),
          "contour", weight=0.8),
        S(ellipse(NIPPLE, 6.5, 6), "contour", closed=True, weight=0.5),
        S(ellipse(NIPPLE, 2.2, 2.2), "contour", closed=True, weight=0.8),
        # abdomen: linea alba, semilunar lines, tendinous intersections, navel
        S(line((0, 494), (0, 651)), "contour", bilateral=False, weight=0.5),
        S(line((0, 669), (0, 790)), "contour", bilateral=False, weight=0.4),
        S(spline([(47, 498), (54, 560), (53, 640), (42, 720), (22, 795)]), "contour",
          weight=0.6),
        S(spline([(2, 532), (25, 528), (51, 531)]), "contour", weight=0.45),
        S(spline([(2, 594), (28, 590), (54, 594)]), "contour", weight=0.45),
        S(spline([K(0, 654), (3.8, 657), (3.8, 663), K(0, 666.5), (-3.8, 663), (-3.8, 657)],
                 closed=True), "contour", closed=True, bilateral=False, weight=0.9),
    ]
