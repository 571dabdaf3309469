"""The body regions of the posterior figure (patient's left half), tiling its surface."""

from __future__ import annotations

from atlas_source.levels import (
    ANKLE,
    AXILLA_Y,
    CROTCH,
    EAR_TOP_Y,
    GLUTEAL_FOLD,
    SPINE_ROOT,
    SUP_ANGLE,
    T10,
    VERTEX,
)
from atlas_source.parts.shoulder_arm import MEDIAL_BORDER
from atlas_source.primitives.curves import Curve, line, offset_points, spline
from atlas_source.regions.half import Half
from atlas_source.regions.hand import hand_children, hand_nodes, hand_regions


def posterior_regions(chain: Curve) -> tuple[list[tuple[str, Curve, bool]], list[Curve]]:
    """The body regions of the posterior figure (left half), tiling the surface.
    Returns (regions, unnamed) where `unnamed` are the bits of surface no region names."""
    h = Half(chain)
    # --- head and neck -----------------------------------------------------------------
    h.on_sil("V", (0, VERTEX))
    h.sil_y("VC_S", 70, 62)
    h.at("VC_M", (0, 90))
    h.edge("VC_S", "VC_M", (32, 86))
    h.on_sil("EAR_T", (69.5, EAR_TOP_Y))
    h.at("OCC_L", (52.5, 184))
    h.edge("EAR_T", "OCC_L", (63.5, 141), (57.5, 163))
    h.at("MAS_I", (47.5, 211))
    h.edge("OCC_L", "MAS_I", (49.5, 198))
    h.sil_y("MAS_S", 211, 58)
    h.edge("MAS_I", "MAS_S")
    h.at("PN_T", (30, 191))
    h.at("OCC_M", (0, 193))
    h.edge("OCC_L", "PN_T", (41, 188.5))
    h.edge("PN_T", "OCC_M", (15, 192.5))
    h.edge("OCC_M", "VC_M")
    h.at("PN_M", (30.5, 262))
    h.edge("PN_T", "PN_M", (29, 225))
    h.at("J1", (33, 305))
    h.edge("PN_M", "J1", (31.5, 285))
    h.at("C7T1", (0, 305))
    h.edge("J1", "C7T1")
    h.edge("C7T1", "OCC_M")
    h.sil_y("NA_S", 262, 51)
    h.edge("PN_M", "NA_S")
    h.sil_y("NA_S2", 287, 90)
    h.at("NA_L", (88, 318))
    h.edge("NA_S2", "NA_L", (91, 302))
    h.edge("NA_L", "J1", (60, 312))
    # --- shoulder and scapula ------------------------------------------------------------
    h.sil_y("ACR_S1", 303, 150)
    h.sil_y("ACR_S2", 333, 200)
    h.at("ROOT_R", SPINE_ROOT)
    h.at("SPINE_D", (112, 359.5))
    h.at("ACR_SP", (150, 341))
    h.edge("ROOT_R", "SPINE_D", (96, 365))
    h.edge("SPINE_D", "ACR_SP", (131, 350.5))
    h.edge("ACR_S1", "ACR_SP", (146, 322))
    h.sil_y("LS_B", 447, 225)
    h.sil_y("LA_B", 565, 250)
    h.sil_y("LE_B", 640, 270)
    h.band(["ACR_S2", "LS_B"], [20, 19])
    h.band(["LS_B", "LA_B"], [19, 18])
    h.band(["LA_B", "LE_B"], [18, 18])
    h.edge("ACR_S2_in", "ACR_SP", (168, 344))
    h.at("SA_R", SUP_ANGLE)
    mb = MEDIAL_BORDER
    h.at("MB2", mb.point(mb.locate((83, 470))))
    h.curve_edge("SA_R", "ROOT_R", mb.sub((0, 0.0), mb.locate(SPINE_ROOT)))
    h.curve_edge("ROOT_R", "MB2", mb.sub(mb.locate(SPINE_ROOT), mb.locate(h.p("MB2"))))
    h.edge("SA_R", "NA_L", (92, 330))
    h.on_sil("AX", (138.5, AXILLA_Y))
    h.at("P_AX", (151, 397))
    h.edge("SPINE_D", "P_AX", (131, 377))
    h.edge("P_AX", "LS_B_in", (180, 418), (204, 434))
    h.edge("P_AX", "AX", (145, 401))
    h.sil_y("SC_S", 512, 133, after="AX")
    h.edge("MB2", "SC_S", (80.8, 494), (82.5, 514), (92, 523.5), (108, 522.5), (124, 516))
    h.at("TP_A", (34, 500))
    h.edge("MB2", "TP_A", (62, 489))
    h.edge("J1", "TP_A", (34.5, 400))
    # --- trunk -------------------------------------------------------------------------
    h.at("TL_TL", (58, T10))
    h.at("TL_TM", (0, T10))
    h.at("TL_BL", (58, 638))
    h.at("TL_BM", (0, 638))
    h.edge("TP_A", "TL_TL", (47, 533))
    h.edge("TL_TL", "TL_TM")
    h.edge("TL_TM", "C7T1")
    h.edge("TL_TL", "TL_BL", (61, 602))
    h.edge("TL_BL", "TL_BM")
    h.edge("TL_BM", "TL_TM")
    h.sil_y("FL_T", 560, 128)
    h.sil_y("PLR_B", 636, 125)
    h.sil_y("FL_B", 700, 130)
    h.band(["FL_T", "PLR_B", "FL_B"], [18, 18, 16])
    h.edge("PLR_B_in", "TL_BL", (90, 637))
    h.sil_y("LH_T", 724, 135)
    h.sil_y("PH_T", 790, 150)
    h.sil_y("LH_B", 900, 158)
    h.band(["LH_T", "PH_T", "LH_B"], [16, 24, 22])
    h.at("IC_UM", (47.5, 743))
    h.at("IC_LM", (56.5, 761))
    h.edge("IC_UM", "FL_B_in", (62, 729.5), (80, 716.5), (100, 706))
    h.edge("LH_T_in", "IC_LM", (100, 725.5), (82, 736), (66, 749.5))
    h.edge("IC_LM", "IC_UM")
    h.at("SAC_TM", (0, 741))
    h.at("SAC_TL", (33, 744))
    h.at("SAC_BL", (12, 806))
    h.at("SAC_AP", (0, 809))
    h.at("COC_M", (0, 836))
    h.edge("SAC_TM", "SAC_TL", (18, 741.5))
    h.edge("SAC_TL", "SAC_BL", (36.5, 765), (31.5, 786), (22, 800))
    h.edge("SAC_BL", "SAC_AP")
    h.edge("SAC_BL", "COC_M", (7, 818), (4, 830))
    h.edge("SAC_TL", "IC_UM", (40, 743))
    h.at("SI_LO", (50, 795))
    h.edge("IC_LM", "SI_LO", (57.5, 778))
    h.edge("SI_LO", "SAC_BL", (30, 803))
    h.edge("SAC_TM", "TL_BM")
    # --- buttock and lower limb -------------------------------------------------------------
    h.on_sil("CR", (0, CROTCH))
    h.edge("COC_M", "CR")
    h.sil_y("FOLD_M", GLUTEAL_FOLD, 4)
    h.at("PH_L", (122, 902))
    h.edge("FOLD_M", "PH_L", (30, 914), (66, 917.5), (100, 912))
    h.edge("PH_T_in", "PH_L", (100, 801), (82, 823), (86, 857), (105, 886))
    h.edge("LH_B_in", "PH_L")
    h.sil_y("LT_B", 1095, 135)
    h.sil_y("LK_B", 1175, 122)
    h.sil_y("LC_B", 1445, 98)
    h.sil_y("LAK_M", ANKLE, 96)
    h.sil_y("LAK_B", 1530, 96)
    h.band(["LH_B", "LT_B"], [22, 18])
    h.band(["LT_B", "LK_B"], [18, 17])
    h.band(["LK_B", "LC_B"], [17, 15])
    h.band(["LC_B", "LAK_M", "LAK_B"], [15, 14, 13])
    h.sil_y("POP_TM", 1095, 18)
    h.sil_y("POP_BM", 1175, 22)
    h.sil_y("CALF_BM", ANKLE, 32)
    h.edge("LT_B_in", "POP_TM", (70, 1098))
    h.edge("LK_B_in", "POP_BM", (65, 1178))
    # the inner edge of the leg (inner calf above the medial malleolus, then the ankle), and
    # the Achilles tendon between it and the outer band
    h.band(["FOLD_M", "POP_TM"], [22, 16])   # the inner thigh
    h.band(["POP_TM", "POP_BM"], [16, 15])   # the inner knee
    h.sil_y("MAK_T", 1440, 30)
    h.band(["POP_BM", "MAK_T", "CALF_BM"], [15, 14, 13])
    h.edge("MAK_T_in", "LC_B_in", (62, 1441.5))
    h.edge("LAK_M_in", "CALF_BM_in", (62, 1494))
    # --- arm -------------------------------------------------------------------------------
    h.sil_y("MA_T", 420, 142, before="AX")
    h.sil_y("MA_B", 575, 175)
    h.band(["MA_T", "MA_B"], [15, 16])
    h.sil_y("UF_T", 640, 185)
    h.sil_y("UF_W", 768, 226)
    h.sil_y("UF_B", 800, 233)
    h.band(["UF_T", "UF_W", "UF_B"], [18, 15, 14])
    h.sil_y("WR_L", 790, 286)
    h.sil_y("DW_L", 762, 282)
    h.edge("DW_L", "UF_W_in", (255, 765))
    hand_nodes(h, "UF_B_in")
    h.edge("LA_B_in", "MA_B_in", (205, 571))
    h.edge("UF_T_in", "LE_B_in", (225, 642))
    h.edge("MA_B_in", "UF_T_in", (190, 610))

    R = h.region
    regions = [
        ("vertex", h.midline_region(["V", "~", "VC_S", "VC_M"]), True),
        ("occiput", R(["VC_S", "~", "EAR_T", "OCC_L", "PN_T", "OCC_M", "VC_M"]), False),
        ("mastoid_postauricular", R(["EAR_T", "~", "MAS_S", "MAS_I", "OCC_L"]), False),
        ("posterior_neck", R(["OCC_M", "PN_T", "PN_M", "J1", "C7T1"]), False),
        ("lateral_neck", R(["PN_T", "OCC_L", "MAS_I", "MAS_S", "~", "NA_S", "PN_M"]), False),
        ("angle_of_neck", R(["PN_M", "NA_S", "~", "NA_S2", "NA_L", "J1"]), False),
        ("suprascapular", R(["NA_S2", "~", "ACR_S1", "ACR_SP", "SPINE_D", "ROOT_R", "SA_R",
                             "NA_L"]), False),
        ("acromion", R(["ACR_S1", "~", "ACR_S2", "ACR_S2_in", "ACR_SP"]), False),
        ("posterior_shoulder", R(["ACR_SP", "ACR_S2_in", "LS_B_in", "P_AX", "SPINE_D"]), False),
        ("lateral_shoulder", R(["ACR_S2", "~", "LS_B", "LS_B_in", "ACR_S2_in"]), False),
        ("interscapular", R(["J1", "NA_L", "SA_R", "ROOT_R", "MB2", "TP_A"]), False),
        ("scapula", R(["ROOT_R", "SPINE_D", "P_AX", "AX", "~", "SC_S", "MB2"]), False),
        ("thoracic_paraspinal", R(["C7T1", "J1", "TP_A", "TL_TL", "TL_TM"]), False),
        ("thoracolumbar", R(["TL_TM", "TL_TL", "TL_BL", "TL_BM"]), False),
        ("posterior_lower_ribs", R(["TP_A", "MB2", "SC_S", "~", "FL_T", "FL_T_in", "PLR_B_in",
                                    "TL_BL", "TL_TL"]), False),
        ("flank", R(["FL_T", "~", "FL_B", "FL_B_in", "PLR_B_in", "FL_T_in"]), False),
        ("low_back", R(["TL_BM", "TL_BL", "PLR_B_in", "FL_B_in", "IC_UM", "SAC_TL", "SAC_TM"]),
         False),
        ("iliac_crest", R(["FL_B", "~", "LH_T", "LH_T_in", "IC_LM", "IC_UM", "FL_B_in"]), False),
        ("sacroiliac", R(["SAC_TL", "IC_UM", "IC_LM", "SI_LO", "SAC_BL"]), False),
        ("sacrum", h.midline_region(["SAC_TM", "SAC_TL", "SAC_BL", "SAC_AP"]), True),
        ("coccyx", h.midline_region(["SAC_AP", "SAC_BL", "COC_M"]), True),
        ("buttock", R(["IC_LM", "LH_T_in", "PH_T_in", "PH_L", "FOLD_M", "~", "CR", "COC_M",
                       "SAC_BL", "SI_LO"]), False),
        ("posterior_hip", R(["PH_T_in", "LH_B_in", "PH_L"]), False),
        ("lateral_hip", R(["LH_T", "~", "LH_B", "LH_B_in", "PH_T_in", "LH_T_in"]), False),
        ("posterior_thigh", R(["FOLD_M", "PH_L", "LH_B_in", "LT_B_in", "POP_TM", "POP_TM_in",
                               "FOLD_M_in"]), False),
        ("medial_thigh", R(["FOLD_M", "FOLD_M_in", "POP_TM_in", "POP_TM", "~"]), False),
        ("medial_knee", R(["POP_TM", "POP_TM_in", "POP_BM_in", "POP_BM", "~"]), False),
        ("lateral_thigh", R(["LH_B", "~", "LT_B", "LT_B_in", "LH_B_in"]), False),
        ("popliteal", R(["LT_B_in", "LK_B_in", "POP_BM", "POP_BM_in", "POP_TM_in", "POP_TM"]),
         False),
        ("lateral_knee", R(["LT_B", "~", "LK_B", "LK_B_in", "LT_B_in"]), False),
        ("posterior_calf", R(["LK_B_in", "LC_B_in", "MAK_T_in", "POP_BM_in", "POP_BM"]), False),
        ("medial_calf", R(["POP_BM", "~", "MAK_T", "MAK_T_in", "POP_BM_in"]), False),
        ("medial_ankle", R(["MAK_T", "~", "CALF_BM", "CALF_BM_in", "MAK_T_in"]), False),
        ("achilles", R(["MAK_T_in", "LC_B_in", "LAK_M_in", "CALF_BM_in"]), False),
        ("lateral_calf", R(["LK_B", "~", "LC_B", "LC_B_in", "LK_B_in"]), False),
        ("lateral_ankle", R(["LC_B", "~", "LAK_B", "LAK_B_in", "LAK_M_in", "LC_B_in"]), False),
        ("posterior_arm", R(["P_AX", "LS_B_in", "LA_B_in", "MA_B_in", "MA_T_in", "MA_T", "~",
                             "AX"]), False),
        ("lateral_arm", R(["LS_B", "~", "LA_B", "LA_B_in", "LS_B_in"]), False),
        ("medial_arm", R(["MA_T", "~", "MA_B", "MA_B_in", "MA_T_in"]), False),
        ("posterior_elbow", R(["LA_B_in", "LE_B_in", "UF_T_in", "MA_B_in"]), False),
        ("medial_elbow", R(["UF_T", "~", "MA_B", "MA_B_in", "UF_T_in"]), False),
        ("lateral_elbow", R(["LA_B", "~", "LE_B", "LE_B_in", "LA_B_in"]), False),
        ("dorsal_forearm", R(["LE_B_in", "LE_B", "~", "DW_L", "UF_W_in", "UF_T_in"]), False),
        ("ulnar_forearm", R(["UF_T", "~", "UF_W", "UF_W_in", "UF_T_in"]), False),
        ("dorsal_wrist", R(["DW_L", "~", "WR_L", "RW", "WR_M", "UW", "UF_B_in", "UF_B", "~",
                            "UF_W", "UF_W_in"]), False),
        *hand_regions(h, ["UF_B", "UF_B_in"], "dorsal_hand"),
    ]
    regions += hand_children(h, palm_side=False)
    # children: drawn inside their parents
    border = mb.sub((0, 0.0), mb.locate(h.p("MB2")))
    strip = offset_points(border, 13.0, step=8.0)
    msb = border + spline([h.p("MB2"), *strip[::-1][1:-1], SUP_ANGLE])
    regions.append(("medial_scapular_border", msb, False))
    lower = h.edges[("MB2", "SC_S")]
    q = lower.locate((110, 522))
    angle = lower.sub((0, 0.0), q) + spline([lower.point(q), (113, 506), (103, 485),
                                             (92, 472.5), h.p("MB2")])
    regions.append(("inferior_angle_scapula", angle, False))
    fold = h.edges[("FOLD_M", "PH_L")]
    f2 = fold.locate((98, 912.5))
    lb = (fold.sub((0, 0.0), f2)
          + spline([fold.point(f2), (95, 889), (60, 875), (25, 868.5), (0, 867)])
          + line((0, 867), (0, CROTCH)) + h.path(["CR", "~", "FOLD_M"], closed=False))
    regions.append(("lower_buttock", lb, False))
    # the back of the heel (the heel region continues under the foot on the plantar figure)
    regions.append(("heel", h.region(["CALF_BM", "CALF_BM_in", "LAK_M_in", "LAK_B_in", "LAK_B",
                                      "~"]), False))
    return regions, []

