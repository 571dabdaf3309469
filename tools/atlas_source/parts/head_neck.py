"""Head and neck: the suboccipitals, semispinalis, the splenii, levator scapulae and the
occipital belly on the back; the scalenes, sternocleidomastoid, frontalis and the facial
muscles on the front; the muscles of mastication on the lateral head figure (masseter and
temporalis over the pterygoids, the digastric under the jaw); the face and ear lines."""

from __future__ import annotations

from atlas_source.figure import Stroke
from atlas_source.levels import EYE, SPINE_ROOT, SUP_ANGLE
from atlas_source.primitives.curves import Curve, K, closed, ellipse, line, spline
from atlas_source.primitives.shapes import fibres_between, strands
from atlas_source.registry import Drawing, muscle


# --- back of the neck ----------------------------------------------------------------------
@muscle("posterior", "suboccipitals", layer=3, paint=10)
def suboccipitals() -> Drawing:
    # Suboccipital triangle: rectus capitis posterior minor and major, obliquus capitis
    # superior and inferior, between the inferior nuchal line, the atlas and the axis.
    outline = closed([K(2, 207), (12, 208.5), (26, 207.5), (38, 205.5), K(47.5, 202),
                      (48.5, 194), (46.5, 186), K(43, 179.5), (33, 177.5), (20, 176.5),
                      (10, 176.5), K(2, 177.5)])
    return Drawing(outline, [
        *strands((4, 204), (30, 181), 3, 8),                 # rectus capitis posterior major
        *strands((3, 197), (9, 180), 2, 5),                  # rectus capitis posterior minor
        *strands((6, 206), (45, 200), 2, 5),                 # obliquus capitis inferior
        *strands((45.5, 198.5), (41, 182), 2, 5),            # obliquus capitis superior
    ])


@muscle("posterior", "semispinalis_capitis_cervicis", layer=3, paint=30)
def semispinalis_capitis_cervicis() -> Drawing:
    # The broad straps either side of the nuchal ligament, from the occiput between the
    # nuchal lines down to the upper thoracic spine.
    outline = closed([
        K(1.5, 163.5), (10, 164.5), (20, 166.5), (30, 171), K(36.5, 176.5), (34, 195),
        (30.5, 220), (27.5, 250), (25, 285), (22, 325), (18, 370), (13.5, 420), K(7, 470)])
    return Drawing(outline, [
        spline([(x0, 168 + x0 * 0.1), (x0 * 0.86, 250), (x0 * 0.62, 340), (x0 * 0.35, 440)])
        for x0 in (7, 13, 19, 25, 31)])


@muscle("posterior", "splenius_cervicis", layer=3, paint=40)
def splenius_cervicis() -> Drawing:
    # From the T3-T6 spines, under splenius capitis, up to the transverse processes of C1-C3.
    outline = closed([
        K(40.5, 207.5), (45.5, 212), (47.5, 226), (46.5, 246), (43, 266), (38, 291),
        (30.5, 321), (20.5, 361), (11.5, 401), (5, 440), K(1.5, 470), (1.5, 420),
        K(1.5, 372), (8, 346), (14.5, 318), (20, 292), (26, 266), (31.5, 242), (35.5, 223)])
    return Drawing(outline, fibres_between(line((2, 380), (2, 462)),
                                           line((38.5, 212), (45.5, 222)), 5, trim=0.03,
                                           mids=line((25, 290), (38, 300))))


@muscle("posterior", "splenius_capitis", layer=2, paint=50)
def splenius_capitis() -> Drawing:
    # From the nuchal ligament and the C7-T3 spines up and out to the mastoid and the
    # lateral superior nuchal line.
    outline = closed([
        K(1.5, 238), (6, 222), (13.5, 202), (21.5, 183), K(29, 167.5), (40, 172.5),
        (50, 180.5), (56.5, 189.5), K(59, 198), (57.5, 207), (53, 221), (47.5, 238),
        (41.5, 258), (33.5, 285), (23.5, 315), (12.5, 345), K(1.5, 372)])
    return Drawing(outline, fibres_between(line((2, 246), (2, 366)),
                                           spline([(31, 172), (44, 176), (56.5, 195)]), 7,
                                           trim=0.04, bend=0.04))


@muscle("posterior", "levator_scapulae", layer=2, paint=60)
def levator_scapulae() -> Drawing:
    outline = spline([K(39, 204.5), (45, 204), (46.5, 222), (47, 244), (48, 262), (55, 281),
                      (69, 303), (83, 324), K(*SUP_ANGLE), (86.5, 357), K(*SPINE_ROOT),
                      (72, 354), (61, 330), (50, 303), (40, 277), (34, 253), (33, 231),
                      (35, 214)], closed=True)
    return Drawing(outline, fibres_between(line((41.5, 209), (35.5, 247)),
                                           line((91, 342.5), (80, 368)), 5, trim=0.04,
                                           mids=line((52, 283), (42.5, 281))))


# --- front of the neck ----------------------------------------------------------------------
@muscle("anterior", "scalenes", layer=2, paint=10)
def scalenes() -> Drawing:
    # From the cervical transverse processes, behind sternocleidomastoid, to the first rib
    # (anterior and middle) and second rib (posterior), ending behind the clavicle.
    outline = closed([
        K(31, 220), (30, 240), (30.5, 262), (32, 284), K(34, 296.5), (48, 298), (65, 300),
        K(80, 300.5), (72, 289), (61, 282), (53, 274), (49, 263), (47.5, 250), (45.5, 236),
        (41, 225), K(36, 218.5)])
    return Drawing(outline, fibres_between(line((32, 224), (44, 226)), line((36, 298), (78, 299)),
                                           6, trim=0.03, bend=0.02))


@muscle("anterior", "sternocleidomastoid", layer=1, paint=30)
def sternocleidomastoid() -> Drawing:
    # Mastoid to the manubrium (sternal head) and the medial third of the clavicle
    # (clavicular head).
    outline = closed([
        K(55, 196.5), (59.5, 204), (55.5, 214), (51, 228), (47.5, 242), (44.5, 256),
        (42, 270), (40.5, 284), K(39.5, 299), (30, 298), K(18.5, 297.5), (16.5, 290),
        K(15, 283), (13.5, 291), (12, 299), K(10.5, 306), (5.5, 308), K(1.5, 305), (2.5, 294),
        (7.5, 278), (15.5, 260), (25.5, 241), (36, 223), (45, 208), (50.5, 199)])
    return Drawing(outline, (
        fibres_between(line((4, 306), (11, 306)), line((50, 202), (56, 204)), 3, trim=0.04,
                       bend=-0.02)
        + fibres_between(line((21, 297), (37, 297)), line((54, 206), (56, 214)), 3,
                         trim=0.04, bend=-0.02)))


# --- jaw, face and scalp (issue 22) -------------------------------------------------------------
# Lateral figure coordinates: lat is the distance FORWARD of the ear canal (atlas_source.views),
# y the shared body levels; the zygomatic arch runs at y ~151 from lat 16 to 68, the ramus of
# the mandible stands at lat ~10 with its angle at (10, 226), the mastoid at (-24, 201).
# --- lateral figure: deep layer (seen through the masseter and ramus, as in the classic
# figures that cut away the zygomatic arch and the ramus) ----------------------------------
@muscle("lateral", "lateral_pterygoid", layer=3, paint=10)
def lateral_pterygoid() -> Drawing:
    # From the greater wing of the sphenoid and the lateral pterygoid plate, back to the
    # neck of the condyle and the joint disc, just below the zygomatic arch.
    outline = closed([K(13, 163), (22, 158.5), (36, 158), K(50, 161), (52, 168), (49, 176),
                      (38, 179), (26, 177), K(15, 171)])
    return Drawing(outline, strands((16, 166), (49, 168.5), 4, 12, bend=0.02))


@muscle("lateral", "medial_pterygoid", layer=3, paint=20)
def medial_pterygoid() -> Drawing:
    # From the medial side of the lateral pterygoid plate, down and back to the inner surface
    # of the angle of the mandible (the masseter's mirror on the inside of the ramus).
    outline = closed([K(38, 182), (47, 186), (44, 198), (34, 212), K(22, 228), (14, 224),
                      (17, 212), (25, 198), K(31, 186)])
    return Drawing(outline, fibres_between(line((32, 185), (45, 187)),
                                           line((15, 222), (22, 226)), 4, trim=0.05))


# --- lateral figure: intermediate and superficial layers ---------------------------------
@muscle("lateral", "digastric", layer=2, paint=10)
def digastric() -> Drawing:
    # Posterior belly from the mastoid notch down and forward to the intermediate tendon at
    # the hyoid; anterior belly from there forward under the jaw to the chin.
    outline = closed([K(-23, 204), (-15, 205), (-2, 220), (12, 238), (22, 251), K(30, 255),
                      (46, 247), (62, 243.5), K(73, 242.5), (72, 247), (60, 250.5),
                      (46, 254.5), K(29, 261), (19, 257), (6, 243), (-8, 226), K(-22, 211)])
    return Drawing(outline, [
        *strands((-18, 208), (22, 253), 3, 5),
        *strands((32, 257), (71, 245), 2, 4),
    ])


@muscle("lateral", "temporalis", layer=1, paint=10)
def temporalis() -> Drawing:
    # The fan over the temporal fossa, from the inferior temporal line down to the zygomatic
    # arch, under which its tendon runs to the coronoid process.
    outline = closed([K(22, 150), (14, 144), (6, 136), (-6, 128), (-22, 125), K(-38, 120),
                      (-44, 104), (-38, 86), (-20, 73), (4, 68), (28, 72), (48, 84),
                      (60, 102), (63, 122), K(58, 149), (40, 150.5)])
    return Drawing(outline, fibres_between(
        spline([(-40, 116), (-38, 90), (-16, 75), (12, 70), (40, 78), (58, 100), (60, 130)]),
        line((26, 149), (52, 148)), 8, trim=0.05))


@muscle("lateral", "masseter", layer=1, paint=20)
def masseter() -> Drawing:
    # From the zygomatic arch down to the angle and the lower lateral ramus of the mandible.
    outline = closed([K(20, 153), (40, 152), K(60, 153.5), (60, 170), (57, 192), (53, 214),
                      K(49, 234), (34, 233), (19, 231), K(8.5, 227), (11, 204), (15, 180)])
    return Drawing(outline, fibres_between(line((22, 155), (58, 155)),
                                           spline([(13, 222), (30, 231), (47, 232)]), 6,
                                           trim=0.04, bend=0.02))


# --- anterior figure: scalp and face -------------------------------------------------------
@muscle("anterior", "frontalis", layer=1, paint=40)
def frontalis() -> Drawing:
    # From the galea aponeurotica down over the forehead into the skin of the eyebrows.
    outline = closed([K(3, 124), (3, 104), (6, 88), (20, 82), (36, 84), K(48, 92), (50, 106),
                      K(48, 120), (36, 117.5), (20, 118.5)])
    return Drawing(outline, [spline([(x0, 86 + abs(x0 - 25) * 0.15), (x0 + 0.5, 102),
                                     (x0, 117)]) for x0 in (8, 15, 22, 29, 36, 43)])


@muscle("anterior", "orbicularis_oculi", layer=1, paint=50)
def orbicularis_oculi() -> Drawing:
    # The ring of fibres around the eye, over the bony margin of the orbit and in the lids.
    cx, cy = EYE
    return Drawing(ellipse((cx, cy), 19.0, 13.0), [
        ellipse((cx, cy), rx, ry) for rx, ry in ((15.5, 10.0), (12.0, 7.5))])


@muscle("anterior", "zygomaticus_major", layer=1, paint=60)
def zygomaticus_major() -> Drawing:
    # From the zygomatic bone down and in to the corner of the mouth.
    outline = closed([K(49, 156), (55, 160), (45, 178), (33, 195), K(25, 206), (20, 202),
                      (28, 188), (38, 171)])
    return Drawing(outline, strands((51, 159), (23, 203), 3, 5))


# --- posterior figure: the occipital belly ---------------------------------------------------
@muscle("posterior", "occipitalis", layer=1, paint=5)
def occipitalis() -> Drawing:
    # From the lateral superior nuchal line and the mastoid up into the galea aponeurotica.
    outline = closed([K(10, 160), (24, 158.5), (38, 155.5), K(50, 151), (52, 140), (46, 128),
                      (32, 122), (18, 124), K(10, 132), (8, 146)])
    return Drawing(outline, [spline([(x0, 158 - x0 * 0.1), (x0 + 1, 140), (x0 - 1, 126)])
                             for x0 in (14, 22, 30, 38, 46)])


# --- surface lines ----------------------------------------------------------------------------
def posterior_strokes() -> list[Stroke]:
    # back of the ear (helix)
    return [Stroke(spline([(73, 130), (77.5, 140), (77.5, 160), (73, 180), (68, 188)]),
                   "contour", weight=0.7)]


def anterior_strokes() -> list[Stroke]:
    S = Stroke
    return [
        # face, kept minimal: brows, eyes, nose wings, lips, jaw line, ear
        S(spline([(9, 128.5), (20, 122.5), (34, 121), (47, 125.5)]), "contour", weight=0.9),
        S(spline([K(16.5, 141.5), (23, 137.5), (31, 136.5), (38, 138), K(43.5, 141.5)]),
          "contour", weight=0.9),
        S(spline([K(16.5, 141.5), (24, 144.5), (33, 145), K(43.5, 141.5)]), "contour",
          weight=0.6),
        S(ellipse((EYE[0] + 0.5, EYE[1]), 3.6, 3.6), "contour", closed=True, weight=0.6),
        S(spline([(9.5, 150), (10.5, 166), (14.5, 177), (12.5, 185), (5, 186.5)]), "contour",
          weight=0.7),
        S(spline([(-23, 207), (-12, 204), (-4, 203.5), (0, 205), (4, 203.5), (12, 204),
                  (23, 207)]), "contour", bilateral=False, weight=0.9),
        S(spline([(-12, 214.5), (0, 217), (12, 214.5)]), "contour", bilateral=False, weight=0.6),
        S(spline([(53.5, 224.5), (44, 235), (26, 243), (0, 246.5)]), "contour", weight=0.6),
        S(spline([(70.5, 131), (75, 140), (76, 158), (72.5, 176), (68, 186)]), "contour",
          weight=0.7),
        # neck: sternocleidomastoid borders, trapezius edge
        S(spline([(54, 214), (40, 245), (24, 278), (12, 297)]), "contour", weight=0.6),
        S(spline([(47, 252), (45, 276), (38.5, 301)]), "contour", weight=0.5),
        S(spline([(58, 275.5), (77, 284), (100, 293)]), "contour", weight=0.5),
    ]


# --- the lateral figure: the head and neck seen from the patient's left -----------------------
# lat is the distance FORWARD of the ear canal (atlas_source.views); y the shared body levels.
# The outline runs clockwise on the page from the front corner of the cut across the base of
# the neck: along the cut, up the back of the neck, over the head, down the face and throat.
LATERAL_OUTLINE = [
    K(42, 345), K(-108, 345),                                       # cut at the base of the neck
    (-101, 327), (-88, 309), (-74, 292), (-63, 272), (-58, 250), (-58, 222),   # back of neck
    (-62, 198), (-71, 175), (-80, 158), (-86, 132), (-85, 106), (-77, 80),     # occiput
    (-61, 58), (-37, 45), (-8, 40), (20, 42), (45, 50), (66, 63),              # crown
    (82, 84), (90, 106), (92, 124), (87, 138),                                 # forehead, nasion
    (95, 152), (104, 165), (108, 172), (103, 179), (92, 183),                  # nose
    (95, 192), (92, 199), (94, 207), (88, 218), (92, 230), (88, 242), (77, 248),  # lips, chin
    (58, 252), (40, 256), (30, 264), (25, 282), (27, 300), (33, 322),          # throat
]
# The auricle: helix from its root in front, over the top, down the back to the lobule.
AURICLE = [(3, 141), (0, 131), (-7, 127), (-16, 130), (-22, 142), (-24, 160), (-22, 178),
           (-17, 192), (-9, 198), (-2, 197), (2, 190), (3, 180)]


def lateral_outline() -> Curve:
    return closed(LATERAL_OUTLINE)


def lateral_strokes() -> list[Stroke]:
    S = Stroke
    return [
        # zygomatic arch and the mandible (ramus and lower border), mastoid process
        S(spline([(68, 152), (50, 150.5), (32, 151), (16, 153)]), "bone", weight=0.8),
        S(spline([(12, 165), (10, 190), (8, 218), (14, 228), (40, 238), (66, 244), (82, 244)]),
          "bone", weight=0.8),
        S(spline([(-14, 196), (-20, 206), (-28, 205), (-30, 196)]), "bone", weight=0.7),
        # the clavicle where the cut passes it, and the spine of the scapula behind
        S(spline([(38, 338), (10, 334), (-18, 331)]), "bone", weight=0.7),
        # ear: helix, antihelix, tragus
        S(spline(AURICLE), "contour", weight=0.8),
        S(spline([(-3, 137), (-13, 141), (-16, 156), (-14, 174), (-8, 185)]), "contour",
          weight=0.5),
        S(spline([(5, 154), (7, 160), (5, 166)]), "contour", weight=0.6),
        # brow, eye and lids, nose wing, lips
        S(spline([(84, 127), (74, 124.5), (62, 126)]), "contour", weight=0.9),
        S(spline([K(82, 140), (76, 137), K(68, 141), (76, 145), K(82, 140)]), "contour",
          weight=0.7),
        S(spline([(94, 176), (88, 174), (86, 168), (92, 164)]), "contour", weight=0.6),
        S(spline([(90, 199), (85, 200), (80, 198)]), "contour", weight=0.7),
        # neck: sternocleidomastoid (mastoid to the sternum), front border of trapezius
        S(spline([(-18, 210), (-6, 250), (12, 290), (28, 326)]), "contour", weight=0.6),
        S(spline([(-8, 206), (4, 244), (16, 282), (26, 318)]), "contour", weight=0.5),
        S(spline([(-50, 214), (-48, 260), (-44, 300), (-38, 334)]), "contour", weight=0.5),
    ]
