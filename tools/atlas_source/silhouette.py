"""The body outline: the patient's left half, from the vertex round to the crotch, for the
posterior and anterior figures (the other views draw their own outline: atlas_source.views).
"""

from __future__ import annotations

from functools import cache

from atlas_source.levels import AXILLA_Y, CROTCH, EAR_LOBE_Y, EAR_TOP_Y, SOLE, VERTEX
from atlas_source.primitives.curves import Curve, K, mirror_closed, spline
from atlas_source.skeleton import (
    ELBOW,
    FOREARM_WIDTH,
    SHOULDER_JOINT,
    UPPER_ARM_WIDTH,
    WRIST_C,
    hand_local,
    hand_point,
    limb,
)

HEAD = [(0, VERTEX), (26, 43), (46, 52), (60, 67), (67, 86), (70, 106), (70.5, 119),
        K(69.5, EAR_TOP_Y)]
EAR = [(73, 122.5), (78.5, 125), (81.5, 135), (81.5, 149), (79.5, 164), (76.5, 178),
       (71.5, 189), K(65.5, EAR_LOBE_Y)]
NECK_AND_SHOULDER = [(61, 206), (56, 220), (51.5, 234), (49.5, 248), (50, 260), (53, 269.5),
                     (61, 276.5), (79, 283), (104, 289.5), (130, 296.5), (152, 303.5),
                     (170, 311), (187, 319.5), (201, 332), (210.5, 350), (215.5, 371)]

ARM_OUTER = ([limb(SHOULDER_JOINT, ELBOW, f, o) for f, o, _ in UPPER_ARM_WIDTH]
             + [limb(ELBOW, WRIST_C, f, o) for f, o, _ in FOREARM_WIDTH])
HAND = [K(*hand_point(*p)) if isinstance(p, K) else hand_point(*p) for p in hand_local()]
ARM_INNER = ([limb(ELBOW, WRIST_C, f, -i) for f, _, i in reversed(FOREARM_WIDTH)]
             + [limb(SHOULDER_JOINT, ELBOW, f, -i) for f, _, i in reversed(UPPER_ARM_WIDTH)
                if i is not None]
             + [(141.5, 425), K(138.5, AXILLA_Y)])
TRUNK_AND_LEG_OUTER = [(137.5, 425), (136, 460), (133.5, 505), (129.5, 555), (126, 600),
                       (125, 638), (126.5, 672), (130.5, 703), (137, 735), (145, 767),
                       (152, 797), (156.5, 826), (158.5, 852), (158, 882), (154.5, 930),
                       (149, 980), (142, 1030), (134, 1078), (127, 1110), (123, 1134),
                       (122, 1160), (125, 1188), (128.5, 1222), (127.5, 1258), (122, 1310),
                       (112.5, 1362), (102.5, 1412), (96.5, 1450), (94.5, 1474), (96, 1491)]
FOOT = {
    # From behind: the heel, with the sides of the foot just showing.
    "posterior": [(97.5, 1508), (96, 1528), (90, 1546), (79, 1556.5), (64, SOLE), (49.5, 1557.5),
                  (39.5, 1549), (34, 1532), (32, 1512)],
    # From the front: the foot foreshortened, toes towards the viewer, turned out a little.
    "anterior": [(99.5, 1506), (103.5, 1523), (106.5, 1538), (105, 1550), (97, 1556.5),
                 (81, 1559.5), (61, SOLE), (43, 1559.5), (31, 1556), (26.5, 1547), (27, 1530),
                 (29.5, 1511)],
}
LEG_INNER = [(32.5, 1492), (31, 1470), (28.5, 1430), (25, 1380), (20.5, 1320), (15.5, 1270),
             (14, 1232), (17.5, 1192), (22.5, 1160), (23, 1130), (20.5, 1098), (15, 1040),
             (11, 985), (7.5, 935), (4, 905), (1.5, 888), K(0, CROTCH)]


@cache
def silhouette_half(view: str) -> Curve:
    """Open chain of the left half: vertex -> head, ear, neck, shoulder, arm, hand, axilla,
    trunk, leg, foot -> crotch (both ends on the midline)."""
    anchors = (HEAD + EAR + NECK_AND_SHOULDER + ARM_OUTER + HAND + ARM_INNER
               + TRUNK_AND_LEG_OUTER + FOOT[view] + LEG_INNER)
    # Mirror-symmetric tangent at the vertex (a smooth crown); the crotch is a corner.
    first = anchors[1]
    return spline(anchors, start_phantom=(-first[0], first[1]))


def full_silhouette(view: str) -> Curve:
    return mirror_closed(silhouette_half(view))

