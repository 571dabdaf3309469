"""The body regions of the anterior figure (patient's left half), tiling its surface."""

from __future__ import annotations

from atlas_source.levels import AXILLA_Y, CROTCH, EAR_LOBE_Y, EAR_TOP_Y, JUGULAR, UMBILICUS, VERTEX
from atlas_source.parts.trunk_front import STERNUM_HALF
from atlas_source.primitives.curves import Curve, closed, ellipse, mirror_closed, spline
from atlas_source.regions.half import Half
from atlas_source.regions.hand import hand_children, hand_nodes, hand_regions


def anterior_regions(chain: Curve) -> tuple[list[tuple[str, Curve, bool]], list[Curve]]:
    """The body regions of the anterior figure (patient's left half, lat > 0)."""
    h = Half(chain)
    # --- head ------------------------------------------------------------------------------
    h.on_sil("V", (0, VERTEX))
    h.sil_y("VC_S", 72, 62)
    h.at("FH_L", (46, 77))
    h.at("VC_M", (0, 80))
    h.edge("VC_S", "FH_L", (54, 75))
    h.edge("FH_L", "VC_M", (25, 79.5))
    h.at("OR_TL", (50.5, 124))
    h.at("OR_TM", (9, 129))
    h.at("OR_BM", (9.5, 153))
    h.at("OR_BL", (51, 156))
    h.at("GLAB", (0, 131))
    h.edge("FH_L", "OR_TL", (49.5, 100))
    h.edge("OR_TM", "OR_TL", (20, 119.5), (36, 118.5))
    h.edge("OR_TL", "OR_BL", (55, 140))
    h.edge("OR_BL", "OR_BM", (38, 161.5), (20, 160))
    h.edge("OR_BM", "OR_TM", (7.5, 141))
    h.edge("OR_TM", "GLAB", (4, 130.5))
    h.edge("GLAB", "VC_M")
    h.on_sil("EAR_T", (69.5, EAR_TOP_Y))
    h.on_sil("EAR_LOBE", (65.5, EAR_LOBE_Y))
    h.at("EAR_M", (68, 165))
    h.edge("EAR_T", "EAR_M", (69, 146))
    h.edge("EAR_M", "EAR_LOBE", (67, 182))
    h.at("ZY", (61, 153))
    h.edge("EAR_M", "ZY", (64.5, 157))
    h.edge("ZY", "OR_BL")
    # the temporomandibular joint just in front of the ear (also on the lateral figure, where
    # it is larger; drawn here too so that pain drawings on the whole-body figures can name it)
    h.at("TM_A", (60.5, 171))
    h.edge("ZY", "TM_A", (60, 162))
    h.edge("TM_A", "EAR_M", (65, 170))
    h.at("JA_T", (41, 203))
    h.at("CH_LOW", (26.5, 205))
    h.edge("EAR_LOBE", "JA_T", (52, 201))
    h.edge("JA_T", "CH_LOW", (33.5, 205.5))
    # nose, lips and chin down the middle of the face; the lower jaw beside the chin
    h.at("NS_L", (15, 180))
    h.at("NS_M", (0, 186))
    h.edge("CH_LOW", "NS_L", (20, 191))
    h.edge("NS_L", "OR_BM", (13, 167))
    h.edge("NS_L", "NS_M", (8, 185.5))
    h.at("MO_L", (24, 224))
    h.at("MO_M", (0, 226))
    h.edge("CH_LOW", "MO_L", (26.5, 215))
    h.edge("MO_L", "MO_M", (12, 226.5))
    h.sil_y("JA_S", 238, 51)
    h.at("JA_M", (37, 237))
    h.at("TH_T", (28, 241))
    h.at("CHIN_M", (0, 248))
    h.edge("JA_S", "JA_M", (44, 237))
    h.edge("JA_M", "JA_T", (39.5, 220))
    h.edge("JA_M", "TH_T", (32.5, 239.5))
    h.edge("TH_T", "CHIN_M", (14, 246))
    h.edge("MO_L", "TH_T", (26.5, 233))
    # --- neck, shoulder, chest -------------------------------------------------------------
    h.at("JN", JUGULAR)
    h.at("TH_B", (13, 298.5))
    h.edge("TH_T", "TH_B", (24, 262), (17, 283))
    h.edge("TH_B", "JN", (6, 299))
    h.edge("CHIN_M", "JN")
    h.at("CL_MID", (88, 303))
    h.at("DP_CL", (124, 300.5))
    h.at("ACR_CL", (160, 309.5))
    h.edge("TH_B", "CL_MID", (38, 298), (64, 301.5))
    h.edge("CL_MID", "DP_CL", (108, 302))
    h.edge("DP_CL", "ACR_CL", (144, 303.5))
    h.sil_y("ACR_S1", 303, 150)
    h.sil_y("ACR_S2", 333, 200)
    h.edge("ACR_CL", "ACR_S1", (154, 305.5))
    h.sil_y("LS_B", 447, 225)
    h.sil_y("LA_B", 565, 250)
    h.sil_y("LE_M", 605, 258)
    h.sil_y("LE_B", 640, 270)
    h.band(["ACR_S2", "LS_B"], [20, 19])
    h.band(["LS_B", "LA_B"], [19, 18])
    h.band(["LA_B", "LE_M", "LE_B"], [18, 18, 18])
    h.edge("ACR_CL", "ACR_S2_in", (175, 329))
    h.on_sil("AX", (138.5, AXILLA_Y))
    h.at("DP_AX", (147, 396))
    h.edge("DP_AX", "DP_CL", (141, 364), (130, 330))
    h.edge("LS_B_in", "DP_AX", (200, 432), (172, 414))
    h.edge("DP_AX", "AX", (143.5, 400.5))
    h.sil_y("MA_T", 420, 142, before="AX")
    h.sil_y("MA_B", 605, 178)
    h.band(["MA_T", "MA_B"], [15, 16])
    h.at("EC_C", (214, 607))
    h.edge("LE_M_in", "EC_C", (228, 606))
    h.edge("EC_C", "MA_B_in", (202, 607.5))
    h.sil_y("UF_B", 800, 233)
    h.sil_y("WR_L", 790, 286)
    # forearm: a radial and an ulnar strip along its borders, the flexor surface between
    # them, the front of the elbow above and the front of the wrist below
    h.sil_y("ME_B", 648, 190)
    h.sil_y("UW_B", 766, 229)
    h.sil_y("RW_B", 764, 282)
    h.band(["MA_B", "ME_B", "UW_B"], [16, 16, 14])
    h.band(["LE_B", "RW_B"], [18, 14])
    h.edge("LE_B_in", "ME_B_in", (222, 646))
    h.edge("RW_B_in", "UW_B_in", (254, 766))
    hand_nodes(h, "UF_B")
    # --- trunk -------------------------------------------------------------------------------
    h.sil_y("LC_T", 412, 139, after="AX")
    h.sil_y("CM_S", 530, 133)
    h.sil_y("FL_T", 560, 128)
    h.sil_y("UA_L", UMBILICUS, 124)
    h.sil_y("FL_B", 712, 132)
    h.sil_y("G_U", 748, 142)
    h.sil_y("G_L", 778, 150)
    h.sil_y("LH_B", 900, 158)
    h.band(["LC_T", "CM_S", "FL_T"], [24, 28, 22])
    h.band(["FL_T", "UA_L", "FL_B"], [22, 18, 17])
    h.band(["FL_B", "G_U", "G_L", "LH_B"], [17, 20, 24, 22])
    h.at("XI", (0, 484))
    h.at("UMB", (0, UMBILICUS))
    h.at("PUB", (0, 812))
    h.edge("XI", "CM_S_in", (22, 493), (50, 509), (80, 524))
    h.edge("XI", "JN")
    h.edge("UA_L_in", "UMB", (60, 662))
    h.edge("UMB", "XI")
    h.edge("G_U_in", "PUB", (95, 763), (62, 786), (30, 804))
    h.edge("PUB", "UMB")
    h.on_sil("CR", (0, CROTCH))
    h.sil_y("G_SIL", 905, 4)
    h.edge("G_L_in", "G_SIL", (100, 794), (66, 818), (36, 850), (16, 880))
    # the perineum (issue 24): where the thighs part, below the genitals, carved out of the
    # bottom of the groin; it stands for pain felt deep in the pelvis
    h.at("PN", (0, 866))
    h.edge("PUB", "PN")
    h.edge("PN", "G_SIL", (6, 874), (9, 886), (7, 898))
    # --- lower limb ---------------------------------------------------------------------------
    h.sil_y("LT_B", 1095, 135)
    h.sil_y("LK_B", 1175, 122)
    h.sil_y("LC_B", 1445, 98)
    h.sil_y("LAK_B", 1530, 99)
    h.band(["LH_B", "LT_B"], [22, 18])
    h.band(["LT_B", "LK_B"], [18, 17])
    h.band(["LK_B", "LC_B"], [17, 15])
    h.band(["LC_B", "LAK_B"], [15, 13])
    h.sil_y("KN_M", 1095, 18)
    h.edge("LT_B_in", "KN_M", (70, 1093))
    # the inner edge of the leg: the inner calf along the tibia, then the medial malleolus
    h.sil_y("MK_B", 1175, 22)
    h.sil_y("MAK_T", 1440, 30)
    h.sil_y("MAK_B", 1500, 33)
    h.sil_y("MF_B", 1536, 30)          # the inner border of the foot, to the big toe's base
    h.band(["MK_B", "MAK_T", "MAK_B", "MF_B"], [15, 14, 13, 9])
    # front of the leg: the knee above MK_B, the shin, the front of the ankle (its crease
    # slanting down to the lateral malleolus), the top of the foot, the toes
    h.band(["G_SIL", "KN_M"], [24, 20])     # the inner thigh
    h.band(["KN_M", "MK_B"], [20, 15])      # the inner knee
    h.edge("MK_B_in", "LK_B_in", (60, 1181))
    h.edge("MAK_T_in", "LC_B_in", (60, 1444))
    h.edge("MAK_B_in", "LAK_B_in", (60, 1512))
    h.sil_y("TL", 1541, 99)
    h.on_sil("BT_C", (42, 1558))
    h.at("CR_BT", (42, 1541))
    h.edge("MF_B", "CR_BT", (36, 1540))
    h.edge("CR_BT", "TL", (70, 1542.5))
    h.edge("CR_BT", "BT_C")

    R = h.region
    regions = [
        ("vertex", h.midline_region(["V", "~", "VC_S", "FH_L", "VC_M"]), True),
        ("forehead", R(["VC_M", "FH_L", "OR_TL", "OR_TM", "GLAB"]), False),
        ("temple", R(["VC_S", "~", "EAR_T", "EAR_M", "ZY", "OR_BL", "OR_TL", "FH_L"]), False),
        ("orbit", R(["OR_TM", "OR_TL", "OR_BL", "OR_BM"]), False),
        ("ear", R(["EAR_T", "~", "EAR_LOBE", "EAR_M"]), False),
        ("cheek_maxilla", R(["OR_BM", "OR_BL", "ZY", "TM_A", "EAR_M", "EAR_LOBE", "JA_T",
                             "CH_LOW", "NS_L"]), False),
        ("tmj", R(["ZY", "TM_A", "EAR_M"]), False),
        ("nose", h.midline_region(["GLAB", "OR_TM", "OR_BM", "NS_L", "NS_M"]), True),
        ("mouth", h.midline_region(["NS_M", "NS_L", "CH_LOW", "MO_L", "MO_M"]), True),
        ("chin", h.midline_region(["MO_M", "MO_L", "TH_T", "CHIN_M"]), True),
        ("mandible", R(["CH_LOW", "JA_T", "JA_M", "TH_T", "MO_L"]), False),
        ("jaw_angle", R(["EAR_LOBE", "~", "JA_S", "JA_M", "JA_T"]), False),
        ("throat", h.midline_region(["CHIN_M", "TH_T", "TH_B", "JN"]), True),
        ("lateral_neck", R(["JA_S", "~", "ACR_S1", "ACR_CL", "DP_CL", "CL_MID", "TH_B", "TH_T",
                            "JA_M"]), False),
        ("acromion", R(["ACR_S1", "~", "ACR_S2", "ACR_S2_in", "ACR_CL"]), False),
        ("anterior_shoulder", R(["DP_CL", "ACR_CL", "ACR_S2_in", "LS_B_in", "DP_AX"]), False),
        ("lateral_shoulder", R(["ACR_S2", "~", "LS_B", "LS_B_in", "ACR_S2_in"]), False),
        ("anterior_chest", R(["JN", "TH_B", "CL_MID", "DP_CL", "DP_AX", "AX", "~", "LC_T",
                              "LC_T_in", "CM_S_in", "XI"]), False),
        ("sternum", mirror_closed(STERNUM_HALF), True),
        ("lateral_chest", R(["LC_T", "~", "FL_T", "FL_T_in", "CM_S_in", "LC_T_in"]), False),
        ("upper_abdomen", R(["XI", "CM_S_in", "FL_T_in", "UA_L_in", "UMB"]), False),
        ("flank", R(["FL_T", "~", "FL_B", "FL_B_in", "UA_L_in", "FL_T_in"]), False),
        ("lower_abdomen", R(["UMB", "UA_L_in", "FL_B_in", "G_U_in", "PUB"]), False),
        ("groin", R(["G_U_in", "PUB", "PN", "G_SIL", "G_L_in"]), False),
        ("perineum", h.midline_region(["CR", "~", "G_SIL", "PN"]), True),
        ("lateral_hip", R(["FL_B", "~", "LH_B", "LH_B_in", "G_L_in", "G_U_in", "FL_B_in"]),
         False),
        ("anterior_thigh", R(["G_L_in", "G_SIL", "G_SIL_in", "KN_M_in", "KN_M", "LT_B_in",
                              "LH_B_in"]), False),
        ("medial_thigh", R(["G_SIL", "~", "KN_M", "KN_M_in", "G_SIL_in"]), False),
        ("medial_knee", R(["KN_M", "~", "MK_B", "MK_B_in", "KN_M_in"]), False),
        ("anterior_knee", R(["LT_B_in", "KN_M", "KN_M_in", "MK_B_in", "LK_B_in"]), False),
        ("lateral_thigh", R(["LH_B", "~", "LT_B", "LT_B_in", "LH_B_in"]), False),
        ("lateral_knee", R(["LT_B", "~", "LK_B", "LK_B_in", "LT_B_in"]), False),
        ("lateral_calf", R(["LK_B", "~", "LC_B", "LC_B_in", "LK_B_in"]), False),
        ("lateral_ankle", R(["LC_B", "~", "LAK_B", "LAK_B_in", "LC_B_in"]), False),
        ("medial_calf", R(["MK_B", "~", "MAK_T", "MAK_T_in", "MK_B_in"]), False),
        ("medial_ankle", R(["MAK_T", "~", "MAK_B", "MAK_B_in", "MAK_T_in"]), False),
        ("medial_foot", R(["MAK_B", "~", "MF_B", "MF_B_in", "MAK_B_in"]), False),
        ("shin", R(["MK_B_in", "MAK_T_in", "LC_B_in", "LK_B_in"]), False),
        ("anterior_ankle", R(["MAK_T_in", "MAK_B_in", "LAK_B_in", "LC_B_in"]), False),
        ("dorsal_foot", R(["MAK_B_in", "MF_B_in", "MF_B", "CR_BT", "TL", "~", "LAK_B",
                           "LAK_B_in"]), False),
        ("big_toe", R(["MF_B", "~", "BT_C", "CR_BT"]), False),
        ("lesser_toes", R(["CR_BT", "BT_C", "~", "TL"]), False),
        ("anterior_arm", R(["DP_AX", "LS_B_in", "LA_B_in", "LE_M_in", "EC_C", "MA_B_in",
                            "MA_T_in", "MA_T", "~", "AX"]), False),
        ("lateral_arm", R(["LS_B", "~", "LA_B", "LA_B_in", "LS_B_in"]), False),
        ("medial_arm", R(["MA_T", "~", "MA_B", "MA_B_in", "MA_T_in"]), False),
        ("lateral_elbow", R(["LA_B", "~", "LE_B", "LE_B_in", "LE_M_in", "LA_B_in"]), False),
        ("antecubital", R(["LE_M_in", "EC_C", "MA_B_in", "ME_B_in", "LE_B_in"]), False),
        ("medial_elbow", R(["ME_B", "~", "MA_B", "MA_B_in", "ME_B_in"]), False),
        ("radial_forearm", R(["LE_B", "~", "RW_B", "RW_B_in", "LE_B_in"]), False),
        ("volar_forearm", R(["LE_B_in", "RW_B_in", "UW_B_in", "ME_B_in"]), False),
        ("ulnar_forearm", R(["UW_B", "~", "ME_B", "ME_B_in", "UW_B_in"]), False),
        ("volar_wrist", R(["RW_B", "~", "WR_L", "RW", "WR_M", "UW", "UF_B", "~", "UW_B",
                           "UW_B_in", "RW_B_in"]), False),
        *hand_regions(h, ["UF_B"], "palm"),
    ]
    genital_half = spline([(0, 822), (13, 826), (19, 842), (15, 856), (6, 863.5), (0, 864.5)])
    regions.append(("genital", mirror_closed(genital_half), True))
    regions += hand_children(h, palm_side=True)
    # children, drawn inside their parents: the eyebrow along the top of the orbit region,
    # the breast and nipple region on the chest
    regions.append(("eyebrow", closed([(11, 127), (20, 122.5), (36, 121.5), (48, 125.5),
                                       (47, 130), (36, 128.5), (20, 129.5), (12, 131)]), False))
    regions.append(("breast", ellipse((82.0, 442.0), 24.0, 24.0), False))
    # the teeth and gums as they are pointed to on the face: the upper beside the nose and
    # upper lip, the lower over the lower jaw beside the chin
    regions.append(("upper_teeth", closed([(23.5, 186), (31, 183.5), (38, 188), (37, 197),
                                           (31, 200.5), (26, 198.5)]), False))
    regions.append(("lower_teeth", closed([(29, 209), (35, 208), (37, 216), (35, 226),
                                           (30, 229), (28, 220)]), False))
    # child of anterior_knee: the kneecap
    regions.append(("patella", spline([(56, 1106), (69, 1099.5), (83, 1106), (85.5, 1121),
                                       (78.5, 1136), (69.5, 1142.5), (60.5, 1136),
                                       (53.5, 1121)], closed=True), False))
    unnamed: list[Curve] = []   # every part of the front figure is now a named region
    return regions, unnamed

