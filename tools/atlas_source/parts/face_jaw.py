"""Jaw, face and scalp: the muscles of mastication on the lateral head figure (masseter and
temporalis over the pterygoids, the digastric under the jaw), the facial muscles and the
frontal belly on the anterior figure, the occipital belly on the posterior figure.

Lateral figure coordinates: lat is the distance FORWARD of the ear canal (atlas_source.views),
y the shared body levels; the zygomatic arch runs at y ~151 from lat 16 to 68, the ramus of
the mandible stands at lat ~10 with its angle at (10, 226), the mastoid at (-24, 201)."""

from __future__ import annotations

from atlas_source.levels import EYE
from atlas_source.primitives.curves import K, closed, ellipse, line, spline
from atlas_source.primitives.shapes import fibres_between, strands
from atlas_source.registry import Drawing, muscle


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
                      (46, 248.5), (62, 244), K(73, 242.5), (72, 247), (60, 250.5),
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
