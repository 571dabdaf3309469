"""Key body levels (SVG y) and bony points (lat, y) shared by every figure.

The posterior and anterior figures share one viewBox (0 0 700 1600): vertex y=40, soles
y=1560, midline x=350 (about 7.5 heads; 1 cm is about 8.7 units). The lateral head and the
plantar figures use the same scale (atlas_source.views).
"""

from __future__ import annotations

VERTEX = 40
EOP_Y = 158            # external occipital protuberance (inion)
BROW_Y = 126
EYE_Y = 141
EAR_TOP_Y = 128
EAR_LOBE_Y = 195
MASTOID_Y = 200
CHIN = 245
C7 = 292               # vertebra prominens, base of the neck
JUGULAR_NOTCH = 300
ACROMION_Y = 318
SUP_ANGLE_Y = 345      # superior angle of the scapula (~T2)
T3 = 372               # root of the spine of the scapula
AXILLA_Y = 404
XIPHOID = 480
T7 = 500               # inferior angle of the scapula
OLECRANON_Y = 600
T10 = 567
T12 = 612
RIB12_TIP_Y = 615
L1 = 636
UMBILICUS = 660
L3 = 686
L4 = 710               # tops of the iliac crests (supracristal plane)
CREST_TOP_Y = 710
ASIS_Y = 760
S2 = 765               # level of the PSIS
PSIS_Y = 765
WRIST = 795            # wrist crease (the arm hangs abducted ~12 degrees; see the arm below)
PUBIC_SYMPHYSIS = 815
TROCHANTER_Y = 830
CROTCH = 880          # where the inner thighs part (the perineum lies just above)
ISCHIAL_Y = 860
GLUTEAL_FOLD = 905
FINGERTIPS = 956       # middle fingertip: the hand is ~19 cm long (wrist crease to tip), so the
                       # tips hang at mid-thigh rather than at y 900 (a 12 cm hand)
KNEE = 1130
ANKLE = 1490
SOLE = 1560

# Lateral offsets (distance from the midline, same units)
ACROMION_LAT = 170
SUP_ANGLE_LAT = 95
SPINE_ROOT_LAT = 80
INF_ANGLE_LAT = 85
RIB12_TIP_LAT = 105
CREST_TOP_LAT = 120
PSIS_LAT = 42
ASIS_LAT = 110
TROCHANTER_LAT = 150
ISCHIAL_LAT = 55
MASTOID_LAT = 57

# Vertebral spinous processes (posterior figure), y by level
SPINOUS = {
    "C7": C7, "T1": 318, "T2": 345, "T3": T3, "T4": 404, "T5": 436, "T6": 468, "T7": T7,
    "T8": 522, "T9": 545, "T10": T10, "T11": 590, "T12": T12, "L1": L1, "L2": 661,
    "L3": L3, "L4": L4, "L5": 735,
}


# Bony points of the back (patient's left; lat, y)
EOP = (0.0, EOP_Y)
MASTOID = (MASTOID_LAT, MASTOID_Y)
ACROMION = (ACROMION_LAT, ACROMION_Y)
SUP_ANGLE = (SUP_ANGLE_LAT, SUP_ANGLE_Y)
SPINE_ROOT = (SPINE_ROOT_LAT, T3)
INF_ANGLE = (INF_ANGLE_LAT + 1, T7 + 1)
RIB12_TIP = (RIB12_TIP_LAT, RIB12_TIP_Y)
CREST_TOP = (CREST_TOP_LAT, CREST_TOP_Y)
PSIS = (PSIS_LAT, PSIS_Y)
TROCHANTER = (TROCHANTER_LAT, TROCHANTER_Y)
ISCHIAL = (ISCHIAL_LAT, ISCHIAL_Y)

# Bony points of the front
JUGULAR = (0.0, float(JUGULAR_NOTCH))
CLAVICLE_MID = (88.0, 306.0)
CORACOID = (136.0, 338.0)
ASIS = (ASIS_LAT, ASIS_Y)
NIPPLE = (84.0, 438.0)
EYE = (29.0, EYE_Y)
