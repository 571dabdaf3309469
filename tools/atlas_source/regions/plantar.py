"""The body regions of the plantar figure (the sole of the left foot, toes up), tiling it."""

from __future__ import annotations

from atlas_source.primitives.curves import Curve, closed
from atlas_source.regions.half import Half


def plantar_regions(outline: Curve) -> tuple[list[tuple[str, Curve, bool]], list[Curve]]:
    h = Half(outline, closed=True)
    h.sil_y("HM", 205, 33)            # the heel's front edge, medial and lateral
    h.sil_y("HL", 210, 91)
    h.sil_y("BT_B", 98, 24)           # base of the big toe, medial side
    h.on_sil("C12", (55, 68))         # cleft between the big toe and the second toe
    h.sil_y("LT_B", 100, 107)         # base of the little toe, lateral side
    h.band(["BT_B", "HM"], [13, 13])  # medial border of the foot (the instep)
    h.band(["LT_B", "HL"], [12, 12])  # lateral border
    h.edge("HM_in", "HL_in", (62, 209))
    h.edge("BT_B_in", "C12", (44, 90))
    h.edge("C12", "LT_B_in", (62, 81), (78, 86), (90, 92))

    R = h.region
    regions = [
        ("big_toe", R(["C12", "~", "BT_B", "BT_B_in"]), False),
        ("lesser_toes", R(["C12", "~", "LT_B", "LT_B_in"]), False),
        ("medial_foot", R(["BT_B", "~", "HM", "HM_in", "BT_B_in"]), False),
        ("lateral_foot", R(["LT_B", "~", "HL", "HL_in", "LT_B_in"]), False),
        ("plantar_foot", R(["BT_B_in", "HM_in", "HL_in", "LT_B_in", "C12"]), False),
        ("heel", R(["HM", "~", "HL", "HL_in", "HM_in"]), False),
        # child of plantar_foot: the pad under the metatarsal heads
        ("ball_of_foot", closed([(42, 101), (60, 95), (80, 99), (91, 108), (90, 124),
                                 (70, 131), (48, 129), (41, 116)]), False),
    ]
    return regions, []
