"""Forearm and hand: the wrist and finger extensors, brachioradialis and supinator on the
back; the wrist and finger flexors and palmaris longus on the front; the thenar muscles in
the palm and the first dorsal interosseous on the back of the hand; the surface lines of
the forearm, wrist and hand.

Shapes are given in limb coordinates (atlas_source.limb_frame): forearm(f, a) is f along the
forearm from the elbow and a across it (+1 the radial border, -1 the ulnar border); the hand
is built in its own frame (hand(across, along), across > 0 on the thumb side). Muscles of
the same layer share no area: neighbours leave a sliver between their borders."""

from __future__ import annotations

from atlas_source.figure import Stroke
from atlas_source.limb_frame import arm, forearm, hand, pts
from atlas_source.primitives.curves import K, closed, line, spline
from atlas_source.primitives.shapes import fibres_between
from atlas_source.registry import Drawing, muscle
from atlas_source.skeleton import hand_point


def posterior_strokes() -> list[Stroke]:
    hp = hand_point
    return [
        # forearm: the ulnar furrow
        Stroke(spline([(220, 615), (232, 680), (247, 760)]), "contour", weight=0.5),
        # back of the hand: knuckles and nail-free finger lines
        Stroke(spline([hp(30, 88), hp(10, 93), hp(-10, 92), hp(-27, 86)]), "contour",
               weight=0.4),
    ]


def anterior_strokes() -> list[Stroke]:
    S = Stroke
    hp = hand_point
    return [
        # forearm: the brachioradialis edge; wrist and palm creases
        S(spline([(247, 622), (253, 665), (262, 720), (272, 770)]), "contour", weight=0.45),
        S(spline([hp(-24, 5), hp(-8, 8.5), hp(8, 8.5), hp(24, 4)]), "contour", weight=0.6),
        S(spline([hp(25, 22), hp(18, 45), hp(15, 65), hp(15, 80)]), "contour", weight=0.55),
        S(spline([hp(-31, 72), hp(-12, 75), hp(8, 80), hp(22, 78)]), "contour", weight=0.5),
        S(spline([hp(-30, 82), hp(-14, 87), hp(4, 90)]), "contour", weight=0.45),
    ]


def _fibres(fn, top: list, bottom: list, n: int) -> list:
    return fibres_between(spline(pts(fn, top)), spline(pts(fn, bottom)), n, trim=0.05)


# --- back of the forearm (posterior figure), radial to ulnar -------------------------------
@muscle("posterior", "brachioradialis", layer=1, paint=40)
def brachioradialis() -> Drawing:
    # From the upper lateral supracondylar ridge along the radial border to the styloid.
    outline = closed([*pts(arm, [(0.7, 0.97, K), (0.85, 0.99)]),
                      *pts(forearm, [(0.1, 0.99), (0.35, 0.98), (0.6, 0.95), (0.96, 0.88, K),
                                     (0.96, 0.74, K), (0.6, 0.7), (0.35, 0.66), (0.1, 0.62)]),
                      *pts(arm, [(0.9, 0.72), (0.78, 0.84)])])
    return Drawing(outline, fibres_between(line(arm(0.72, 0.95), arm(0.76, 0.86)),
                                           line(forearm(0.9, 0.78), forearm(0.9, 0.86)), 3,
                                           trim=0.04))


@muscle("posterior", "extensor_carpi_radialis_longus", layer=1, paint=30)
def extensor_carpi_radialis_longus() -> Drawing:
    # From the lower lateral supracondylar ridge; belly in the upper forearm beside
    # brachioradialis, tendon to the base of the second metacarpal.
    outline = closed([*pts(arm, [(0.86, 0.72, K), (0.95, 0.7)]),
                      *pts(forearm, [(0.1, 0.58), (0.3, 0.6), (0.5, 0.62), (0.96, 0.66, K),
                                     (0.96, 0.56, K), (0.5, 0.5), (0.3, 0.42), (0.12, 0.38),
                                     (0.03, 0.44)])])
    return Drawing(outline, _fibres(forearm, [(0.03, 0.5), (0.05, 0.6)],
                                    [(0.9, 0.58), (0.9, 0.64)], 3))


@muscle("posterior", "extensor_carpi_radialis_brevis", layer=2, paint=20)
def extensor_carpi_radialis_brevis() -> Drawing:
    # From the lateral epicondyle (common extensor tendon), beneath ECRL and extensor
    # digitorum, to the base of the third metacarpal.
    outline = closed(pts(forearm, [(0.03, 0.5, K), (0.3, 0.55), (0.6, 0.5), (0.95, 0.3, K),
                                   (0.95, 0.2, K), (0.6, 0.22), (0.3, 0.2), (0.05, 0.3)]))
    return Drawing(outline, _fibres(forearm, [(0.06, 0.32), (0.05, 0.48)],
                                    [(0.9, 0.23), (0.9, 0.3)], 3))


@muscle("posterior", "extensor_digitorum", layer=1, paint=20)
def extensor_digitorum() -> Drawing:
    # From the common extensor tendon down the middle of the back of the forearm; its four
    # tendons continue over the back of the hand.
    outline = closed(pts(forearm, [(0.04, 0.32, K), (0.3, 0.36), (0.6, 0.4), (0.98, 0.3, K),
                                   (0.98, -0.2, K), (0.6, -0.15), (0.3, -0.1), (0.06, 0.0, K)]))
    return Drawing(outline, _fibres(forearm, [(0.06, 0.03), (0.05, 0.3)],
                                    [(0.97, -0.15), (0.97, 0.25)], 5))


@muscle("posterior", "extensor_carpi_ulnaris", layer=1, paint=10)
def extensor_carpi_ulnaris() -> Drawing:
    # From the common extensor tendon and the back border of the ulna to the base of the
    # fifth metacarpal, along the ulnar side of the back of the forearm.
    outline = closed(pts(forearm, [(0.06, -0.12, K), (0.3, -0.17), (0.6, -0.23), (0.97, -0.3, K),
                                   (0.97, -0.55, K), (0.6, -0.88), (0.3, -0.9), (0.09, -0.78, K)]))
    return Drawing(outline, _fibres(forearm, [(0.08, -0.7), (0.07, -0.2)],
                                    [(0.95, -0.5), (0.95, -0.33)], 4))


@muscle("posterior", "supinator", layer=3, paint=10)
def supinator() -> Drawing:
    # Deep, wrapped round the upper third of the radius from the lateral epicondyle and the
    # supinator crest of the ulna.
    outline = closed(pts(forearm, [(0.0, 0.72, K), (0.12, 0.86), (0.28, 0.72), (0.34, 0.35, K),
                                   (0.22, 0.12), (0.08, 0.2), (0.02, 0.45)]))
    return Drawing(outline, _fibres(forearm, [(0.04, 0.3), (0.02, 0.65)],
                                    [(0.3, 0.4), (0.22, 0.8)], 4))


@muscle("posterior", "first_dorsal_interosseous", layer=1, paint=10)
def first_dorsal_interosseous() -> Drawing:
    # In the back of the web between the thumb and index metacarpals.
    outline = closed(pts(hand, [(33.8, 80), (34.2, 52), (31.5, 28, K), (27, 18), (22, 24),
                                (20.5, 50), (23, 76), (29, 86)]))
    return Drawing(outline, fibres_between(line(hand(31.5, 30), hand(32.5, 60)),
                                           line(hand(21.5, 40), hand(22.5, 72)), 4, trim=0.08))


# --- front of the forearm and the palm (anterior figure), ulnar to radial ------------------
@muscle("anterior", "flexor_carpi_ulnaris", layer=1, paint=10)
def flexor_carpi_ulnaris() -> Drawing:
    # Along the ulnar border from the medial epicondyle and olecranon to the pisiform.
    outline = closed(pts(forearm, [(0.02, -0.98, K), (0.03, -0.72), (0.15, -0.66), (0.45, -0.62),
                                   (0.75, -0.62), (0.92, -0.6), (0.99, -0.7, K), (0.9, -0.93),
                                   (0.6, -0.96), (0.3, -0.97)]))
    return Drawing(outline, _fibres(forearm, [(0.05, -0.95), (0.05, -0.72)],
                                    [(0.95, -0.8), (0.95, -0.66)], 3))


@muscle("anterior", "palmaris_longus", layer=1, paint=20)
def palmaris_longus() -> Drawing:
    # A short belly from the common flexor origin and a long tendon to the middle of the wrist.
    outline = closed(pts(forearm, [(0.04, -0.6, K), (0.2, -0.52), (0.4, -0.38), (0.55, -0.2),
                                   (0.99, -0.1, K), (0.99, -0.03, K), (0.55, -0.1), (0.35, -0.2),
                                   (0.15, -0.27), (0.05, -0.32, K)]))
    return Drawing(outline, _fibres(forearm, [(0.06, -0.55), (0.06, -0.36)],
                                    [(0.55, -0.18), (0.55, -0.12)], 3))


@muscle("anterior", "flexor_carpi_radialis", layer=1, paint=30)
def flexor_carpi_radialis() -> Drawing:
    # From the common flexor origin obliquely across the forearm to the radial side of the
    # wrist (second metacarpal).
    outline = closed(pts(forearm, [(0.03, -0.22, K), (0.15, -0.05), (0.3, 0.1), (0.6, 0.22),
                                   (0.98, 0.26, K), (0.98, 0.36, K), (0.6, 0.38), (0.3, 0.42),
                                   (0.15, 0.3), (0.05, 0.05)]))
    return Drawing(outline, _fibres(forearm, [(0.05, -0.15), (0.08, 0.05)],
                                    [(0.9, 0.28), (0.9, 0.35)], 3))


@muscle("anterior", "flexor_digitorum_superficialis_profundus", layer=2, paint=10)
def flexor_digitorum_superficialis_profundus() -> Drawing:
    # The finger flexors fill the front of the forearm beneath the superficial flexors.
    outline = closed(pts(forearm, [(0.1, -0.7, K), (0.1, 0.4, K), (0.4, 0.55), (0.75, 0.45),
                                   (0.95, 0.3, K), (0.95, -0.45, K), (0.75, -0.6), (0.4, -0.7)]))
    return Drawing(outline, _fibres(forearm, [(0.12, -0.6), (0.12, 0.35)],
                                    [(0.93, -0.4), (0.93, 0.25)], 6))


@muscle("anterior", "opponens_pollicis", layer=2, paint=20)
def opponens_pollicis() -> Drawing:
    # In the ball of the thumb, over the first metacarpal (beneath abductor pollicis brevis).
    outline = closed(pts(hand, [(33.5, 56), (34, 40), (31.5, 24), (27, 15, K), (22, 18),
                                (21, 34), (23, 50), (28, 58)]))
    return Drawing(outline, fibres_between(line(hand(23, 17), hand(27, 15)),
                                           line(hand(31, 54), hand(33, 50)), 3, trim=0.06))


@muscle("anterior", "adductor_pollicis", layer=2, paint=10)
def adductor_pollicis() -> Drawing:
    # Fanning from the third metacarpal and the capitate to the base of the thumb, deep in
    # the web.
    outline = closed(pts(hand, [(33, 84, K), (31, 70), (24, 62), (12, 58), (4, 64), (6, 76),
                                (16, 84), (26, 89)]))
    return Drawing(outline, fibres_between(line(hand(6, 62), hand(6, 74)),
                                           line(hand(31, 78), hand(32, 83)), 4, trim=0.06))
