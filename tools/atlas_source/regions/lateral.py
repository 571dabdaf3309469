"""The body regions of the lateral figure (the head and neck from the patient's left side),
tiling its surface. lat is the distance forward of the ear canal."""

from __future__ import annotations

from atlas_source.primitives.curves import Curve, closed
from atlas_source.regions.half import Half


def lateral_regions(outline: Curve) -> tuple[list[tuple[str, Curve, bool]], list[Curve]]:
    """(regions, unnamed): the regions of one side's figure, and the surface no region of
    the vocabulary names (the profile of the nose, lips and chin)."""
    h = Half(outline, closed=True)
    # --- on the outline -------------------------------------------------------------------
    h.on_sil("VX_B", (-61, 58))
    h.on_sil("VX_F", (66, 63))
    h.on_sil("BROW", (92, 124))
    h.on_sil("MEN", (86, 244))
    h.on_sil("TH_T", (30, 264))
    h.on_sil("OC_B", (-62, 198))
    h.on_sil("PN_B", (-74, 292))
    h.on_sil("B1", (16, 345))
    h.on_sil("B2", (-44, 345))
    # --- crown, forehead, temple ------------------------------------------------------------
    h.at("CR_B", (-32, 70))
    h.at("CR_M", (8, 66))
    h.edge("VX_B", "CR_B", (-46, 66))
    h.edge("CR_B", "CR_M", (-12, 68))
    h.edge("CR_M", "VX_F", (38, 65))
    h.at("FH_B", (58, 116))
    h.edge("CR_M", "FH_B", (34, 88), (50, 103))
    h.edge("FH_B", "BROW", (76, 119))
    h.at("OR_L", (58, 158))
    h.edge("FH_B", "OR_L", (54, 137))
    h.at("OR_F", (81, 152))
    h.edge("OR_L", "OR_F", (70, 161))
    h.edge("OR_F", "BROW", (80, 137))
    h.at("TP_B", (-34, 126))
    h.at("EAR_T", (-4, 127))
    h.edge("TP_B", "EAR_T", (-19, 122))
    h.edge("CR_B", "TP_B", (-36, 98))
    h.at("ZY_E", (20, 150))
    h.edge("EAR_T", "ZY_E", (9, 139))
    h.edge("ZY_E", "OR_L", (40, 153))
    # --- ear, tmj, cheek, jaw ---------------------------------------------------------------
    h.at("EAR_F", (4, 177))
    h.at("EAR_L", (1, 194))
    h.at("EAR_B", (-9, 199))
    h.at("EAR_K", (-24, 166))
    h.edge("EAR_T", "EAR_F", (3, 141), (6, 160))
    h.edge("EAR_F", "EAR_L", (3, 186))
    h.edge("EAR_L", "EAR_B", (-4, 198.5))
    h.edge("EAR_B", "EAR_K", (-19, 190))
    h.edge("EAR_K", "EAR_T", (-22, 141), (-14, 129))
    h.at("TM_F", (28, 176))
    h.edge("ZY_E", "TM_F", (25, 163))
    h.edge("EAR_F", "TM_F", (16, 179))
    h.at("JA_T", (30, 204))
    h.edge("TM_F", "JA_T", (30, 190))
    h.at("CK_F", (80, 206))
    h.edge("JA_T", "CK_F", (55, 209))
    h.edge("OR_F", "CK_F", (82, 180))
    h.edge("CK_F", "MEN", (80, 228))
    h.at("JA_K", (-6, 214))
    h.edge("EAR_B", "JA_K", (-8, 206))
    h.at("JA_L", (24, 243))
    h.edge("JA_K", "JA_L", (2, 232), (12, 240))
    h.edge("JA_L", "JA_T", (28, 222))
    h.edge("JA_L", "MEN", (50, 249), (68, 248))
    h.at("MA_D", (-34, 214))
    h.edge("JA_K", "MA_D", (-20, 216))
    h.edge("MA_D", "TP_B", (-40, 170))
    # --- neck -------------------------------------------------------------------------------
    h.at("PN_TI", (-48, 207))
    h.edge("OC_B", "PN_TI", (-56, 203))
    h.edge("PN_TI", "MA_D", (-41, 211))
    h.at("PN_I", (-58, 288))
    h.edge("PN_B", "PN_I")
    h.edge("PN_I", "PN_TI", (-47, 250))
    h.edge("PN_I", "B2", (-52, 318))
    h.at("TH_I", (14, 272))
    h.edge("TH_T", "TH_I")
    h.edge("TH_I", "B1", (11, 300), (13, 325))

    R = h.region
    regions = [
        ("vertex", R(["VX_B", "~", "VX_F", "CR_M", "CR_B"]), True),
        ("forehead", R(["CR_M", "VX_F", "~", "BROW", "FH_B"]), False),
        ("temple", R(["CR_B", "CR_M", "FH_B", "OR_L", "ZY_E", "EAR_T", "TP_B"]), False),
        ("occiput", R(["OC_B", "~", "VX_B", "CR_B", "TP_B", "MA_D", "PN_TI"]), False),
        ("orbit", R(["FH_B", "BROW", "OR_F", "OR_L"]), False),
        ("ear", R(["EAR_T", "EAR_F", "EAR_L", "EAR_B", "EAR_K"]), False),
        ("tmj", R(["ZY_E", "EAR_T", "EAR_F", "TM_F"]), False),
        ("cheek_maxilla", R(["OR_F", "OR_L", "ZY_E", "TM_F", "JA_T", "CK_F"]), False),
        ("jaw_angle", R(["JA_T", "TM_F", "EAR_F", "EAR_L", "EAR_B", "JA_K", "JA_L"]), False),
        ("mandible", R(["JA_T", "JA_L", "MEN", "CK_F"]), False),
        ("mastoid_postauricular", R(["TP_B", "EAR_T", "EAR_K", "EAR_B", "JA_K", "MA_D"]),
         False),
        ("posterior_neck", R(["OC_B", "~", "PN_B", "PN_I", "PN_TI"]), False),
        ("angle_of_neck", R(["PN_B", "~", "B2", "PN_I"]), False),
        ("throat", R(["TH_T", "~", "B1", "TH_I"]), True),
        ("lateral_neck", R(["MA_D", "PN_TI", "PN_I", "B2", "~", "B1", "TH_I", "TH_T", "~",
                            "MEN", "JA_L", "JA_K"]), False),
    ]
    # children, drawn inside their parents: the eyebrow along the top of the orbit region,
    # the upper teeth and gums inside the cheek above the line of the lips, the lower teeth
    # and gums inside the mandible region below it
    regions += [
        ("eyebrow", closed([(61, 122.5), (72, 121.5), (82, 123), (86, 127), (82, 131.5),
                            (72, 131), (62, 132)]), False),
        ("upper_teeth", closed([(44, 192), (60, 189.5), (72, 189.5), (77, 195), (75, 202),
                                (60, 203.5), (45, 202.5)]), False),
        ("lower_teeth", closed([(46, 214.5), (60, 213), (72, 213.5), (76, 219), (72, 225),
                                (60, 225), (47, 223.5)]), False),
    ]
    unnamed = [R(["MEN", "~", "BROW", "OR_F", "CK_F"])]   # nose, lips and chin in profile
    return regions, unnamed
