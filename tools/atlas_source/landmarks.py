"""The bony landmarks of each figure (atlas contract: landmark.<name>[.<side>]), placed at the
body levels of atlas_source.levels: (name, point on the patient's left, bilateral?)."""

from __future__ import annotations

from atlas_source.levels import (
    ACROMION,
    ASIS,
    C7,
    CLAVICLE_MID,
    CORACOID,
    CREST_TOP,
    EOP,
    INF_ANGLE_LAT,
    ISCHIAL,
    JUGULAR,
    L4,
    MASTOID,
    OLECRANON_Y,
    PSIS,
    PUBIC_SYMPHYSIS,
    RIB12_TIP,
    S2,
    SPINE_ROOT,
    SUP_ANGLE,
    T3,
    T7,
    T12,
    TROCHANTER,
    UMBILICUS,
    XIPHOID,
)
from atlas_source.skeleton import ELBOW, SHOULDER_JOINT, WRIST_C, limb

OLECRANON = (ELBOW[0] - 1, OLECRANON_Y)
# The epicondyles at the sides of the elbow, the styloid processes at the sides of the wrist
# (the forearm in the anatomical position: radius lateral, ulna medial).
LATERAL_EPICONDYLE = limb(SHOULDER_JOINT, ELBOW, 1.0, 31)
MEDIAL_EPICONDYLE = limb(SHOULDER_JOINT, ELBOW, 1.0, -29)
RADIAL_STYLOID = limb(ELBOW, WRIST_C, 0.97, 25)
ULNAR_STYLOID = limb(ELBOW, WRIST_C, 0.97, -22)
LIMB_LANDMARKS = [
    ("lateral_epicondyle", LATERAL_EPICONDYLE, True),
    ("medial_epicondyle", MEDIAL_EPICONDYLE, True),
    ("radial_styloid", RADIAL_STYLOID, True), ("ulnar_styloid", ULNAR_STYLOID, True),
]

POSTERIOR_LANDMARKS = [
    ("external_occipital_protuberance", EOP, False), ("c7", (0, C7), False),
    ("t3", (0, T3), False), ("t7", (0, T7), False), ("t12", (0, T12), False),
    ("l4", (0, L4), False), ("s2", (0, S2), False),
    ("mastoid", MASTOID, True), ("acromion", ACROMION, True),
    ("scapula_superior_angle", SUP_ANGLE, True), ("scapular_spine_root", SPINE_ROOT, True),
    ("scapula_inferior_angle", (INF_ANGLE_LAT, T7), True), ("rib12_tip", RIB12_TIP, True),
    ("iliac_crest_top", CREST_TOP, True), ("psis", PSIS, True),
    ("greater_trochanter", TROCHANTER, True), ("ischial_tuberosity", ISCHIAL, True),
    ("olecranon", OLECRANON, True), *LIMB_LANDMARKS,
    # the leg (issue 24): the head of the fibula below the outer knee, the malleoli, the
    # back of the calcaneus
    ("fibular_head", (116, 1183), True), ("medial_malleolus", (36, 1482), True),
    ("lateral_malleolus", (93, 1488), True), ("calcaneus", (64, 1528), True),
]


ANTERIOR_LANDMARKS = [
    ("jugular_notch", JUGULAR, False), ("xiphoid", (0, XIPHOID), False),
    ("umbilicus", (0, UMBILICUS), False), ("pubic_symphysis", (0, PUBIC_SYMPHYSIS), False),
    ("mastoid", MASTOID, True), ("acromion", ACROMION, True), ("coracoid", CORACOID, True),
    ("clavicle_mid", CLAVICLE_MID, True), ("asis", ASIS, True),
    ("greater_trochanter", TROCHANTER, True), *LIMB_LANDMARKS,
    # the leg (issue 24): kneecap, tibial tuberosity, malleoli
    ("patella", (69.5, 1121), True), ("tibial_tuberosity", (69.5, 1172), True),
    ("medial_malleolus", (35.5, 1482), True), ("lateral_malleolus", (93.5, 1488), True),
]

# The lateral and plantar figures are two separate figures, one per side, so every landmark
# on them is bilateral (landmark.c7.left is C7 as seen on the patient's left-side figure).
LATERAL_LANDMARKS = [
    ("external_occipital_protuberance", (-80, EOP[1]), True), ("c7", (-68, C7), True),
    ("mastoid", (-24, 201), True), ("external_acoustic_meatus", (1, 156), True),
    ("mandibular_condyle", (12, 165), True), ("tmj", (9, 160), True),
    ("zygomatic_arch", (38, 151), True),
    ("mandible_angle", (10, 226), True),
]
PLANTAR_LANDMARKS = [
    ("calcaneal_tuberosity", (52, 240), True), ("navicular_tuberosity", (35, 178), True),
    ("first_metatarsal_head", (36, 110), True), ("fifth_metatarsal_head", (98, 118), True),
    ("fifth_metatarsal_base", (93, 166), True),
]
