"""The hand's regions, shared by the posterior (back of the hand) and anterior (palm)
figures: the hand is built in its own frame (atlas_source.skeleton.hand_point), so one set of
nodes serves both.

The top-level regions tile the hand from the wrist crease: radial_hand (the thumb, its web
and the index finger), fingers (middle and ring), ulnar_hand (the little finger and the
hypothenar edge) and, between them, the back of the hand or the palm. The finer regions lie
inside their parents: thumb, thumb_web (back) or thenar (palm), and index_finger inside
radial_hand; middle_finger inside fingers."""

from __future__ import annotations

from atlas_source.primitives.curves import Curve, line, spline
from atlas_source.regions.half import Half
from atlas_source.skeleton import hand_point as hp

# Finger clefts and the thumb-index web on the hand's outline, in the hand frame
# (across, along): computed from the finger anchors in atlas_source.skeleton.
INDEX_MIDDLE_CLEFT = (17.6, 111.5)
MIDDLE_RING_CLEFT = (-1.5, 111.0)
RING_LITTLE_CLEFT = (-19.4, 110.6)
THUMB_WEB = (35.4, 85.0)
THUMB_BASE = (36.0, 31.0)
INDEX_BASE_RADIAL = (36.0, 101.0)


def hand_nodes(h: Half, ulnar_wrist: str) -> None:
    """Nodes and edges of the hand. Expects the silhouette node WR_L (radial end of the
    wrist crease) and `ulnar_wrist` (the ulnar end of the crease line on this figure)."""
    h.at("WR_M", hp(0, 0))
    h.at("RW", hp(15, 0.5))
    h.at("UW", hp(-19, 1.0))
    h.edge("WR_L", "RW", hp(24, 0.6))
    h.edge("RW", "WR_M")
    h.edge("WR_M", "UW")
    h.edge("UW", ulnar_wrist)
    h.on_sil("C_IM", hp(*INDEX_MIDDLE_CLEFT))
    h.on_sil("C_MR", hp(*MIDDLE_RING_CLEFT))
    h.on_sil("C_RL", hp(*RING_LITTLE_CLEFT))
    h.on_sil("T_WEB", hp(*THUMB_WEB))
    h.on_sil("T_BASE", hp(*THUMB_BASE))
    h.on_sil("I_BASE", hp(*INDEX_BASE_RADIAL))
    h.at("K_I", hp(17.0, 92))
    h.at("K_R", hp(-19.0, 92))
    h.edge("C_IM", "K_I", hp(17.3, 101))
    h.edge("K_I", "RW", hp(16, 46))
    h.edge("C_RL", "K_R", hp(-19.2, 101))
    h.edge("K_I", "K_R", hp(-1, 93.5))
    h.edge("K_R", "UW", hp(-19.5, 46))


def hand_regions(h: Half, ulnar_wrist_path: list[str], middle: str) -> list[tuple[str, Curve,
                                                                                   bool]]:
    """The top-level hand regions. `ulnar_wrist_path`: the nodes from the hand's ulnar
    outline at the wrist back to UW (['UF_B', 'UF_B_in'] or ['UF_B']); `middle`: the id of
    the region between the four strips (dorsal_hand or palm)."""
    R = h.region
    return [
        ("radial_hand", R(["WR_L", "~", "C_IM", "K_I", "RW"]), False),
        ("fingers", R(["C_IM", "~", "C_RL", "K_R", "K_I"]), False),
        ("ulnar_hand", R(["C_RL", "~", *ulnar_wrist_path, "UW", "K_R"]), False),
        (middle, R(["RW", "K_I", "K_R", "UW", "WR_M"]), False),
    ]


def hand_children(h: Half, palm_side: bool) -> list[tuple[str, Curve, bool]]:
    """Regions inside their parents: the thumb and index finger (radial_hand), the middle
    finger (fingers), and the thumb's web on the back or the thenar eminence on the palm."""
    thumb = h.path(["T_BASE", "~", "T_WEB"], closed=False) + line(h.p("T_WEB"), h.p("T_BASE"))
    index = h.path(["I_BASE", "~", "C_IM"], closed=False) + line(h.p("C_IM"), h.p("I_BASE"))
    middle = h.path(["C_IM", "~", "C_MR"], closed=False) + line(h.p("C_MR"), h.p("C_IM"))
    children = [("thumb", thumb, False), ("index_finger", index, False),
                ("middle_finger", middle, False)]
    if palm_side:
        # the ball of the thumb: over the first metacarpal, from the wrist crease
        ball = spline([hp(34, 74), hp(34.4, 46), hp(32.5, 31), hp(29, 18), hp(24.5, 8),
                       hp(19.5, 10), hp(18.5, 30), hp(19.5, 52), hp(25, 68), hp(34, 74)],
                      closed=True)
        children.append(("thenar", ball, False))
    else:
        # the web between the thumb and index metacarpals, with the base of the thumb
        web = spline([hp(34.3, 82), hp(34.4, 50), hp(32, 30), hp(27.5, 16), hp(21.5, 22),
                      hp(20, 52), hp(23, 78), hp(29, 86), hp(34.3, 82)], closed=True)
        children.append(("thumb_web", web, False))
    return children
