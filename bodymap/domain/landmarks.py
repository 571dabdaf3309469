"""Bony landmarks in words: the labels the landmarks layer shows and study questions use."""

from __future__ import annotations

from collections.abc import Mapping

from bodymap.domain.text_marks import Translate, untranslated

# Midline labels are short (they sit between two columns of bilateral labels); the
# bilateral ones say which vertebral level they mark, which is what palpation teaches.
SHORT = {"external_occipital_protuberance": "EOP", "c7": "C7", "t3": "T3", "t7": "T7",
                  "t12": "T12", "l4": "L4", "s2": "S2"}
LABELS = {
    "external_occipital_protuberance": "External occipital protuberance",
    "c7": "C7 spinous process (base of the neck)",
    "t3": "T3 spinous process, level with the root of the scapular spine",
    "t7": "T7 spinous process, level with the inferior angle of the scapula",
    "t12": "T12 spinous process",
    "l4": "L4 spinous process, level with the tops of the iliac crests",
    "s2": "S2, level with the PSIS",
    "mastoid": "Mastoid process",
    "acromion": "Acromion",
    "scapula_superior_angle": "Superior angle (T2)",
    "scapular_spine_root": "Root of the scapular spine (T3)",
    "scapula_inferior_angle": "Inferior angle (T7)",
    "rib12_tip": "Tip of the 12th rib",
    "iliac_crest_top": "Iliac crest top (L4)",
    "psis": "PSIS (S2)",
    "asis": "ASIS",
    "greater_trochanter": "Greater trochanter",
    "ischial_tuberosity": "Ischial tuberosity",
    "olecranon": "Olecranon",
    "lateral_epicondyle": "Lateral epicondyle",
    "medial_epicondyle": "Medial epicondyle",
    "radial_styloid": "Radial styloid",
    "ulnar_styloid": "Ulnar styloid",
    "jugular_notch": "Jugular notch",
    "xiphoid": "Xiphoid process",
    "umbilicus": "Umbilicus",
    "pubic_symphysis": "Pubic symphysis",
    "coracoid": "Coracoid process",
    "clavicle_mid": "Mid-clavicle",
    "tmj": "Temporomandibular joint",
    "mandible_angle": "Angle of the mandible",
    # the side of the head (issue 22)
    "external_acoustic_meatus": "External acoustic meatus (ear canal opening)",
    "mandibular_condyle": "Mandibular condyle",
    "zygomatic_arch": "Zygomatic arch",
    # the leg and the foot (issue 24)
    "patella": "Patella",
    "tibial_tuberosity": "Tibial tuberosity",
    "fibular_head": "Fibular head",
    "medial_malleolus": "Medial malleolus",
    "lateral_malleolus": "Lateral malleolus",
    "calcaneus": "Calcaneus (back of the heel)",
    "calcaneal_tuberosity": "Calcaneal tuberosity (underside of the heel)",
    "navicular_tuberosity": "Navicular tuberosity",
    "first_metatarsal_head": "Head of the 1st metatarsal",
    "fifth_metatarsal_head": "Head of the 5th metatarsal",
    "fifth_metatarsal_base": "Base of the 5th metatarsal",
}


def landmark_label(name: str, labels: Mapping[str, str] | None = None,
                   translate: Translate = untranslated) -> str:
    """'acromion.left' → 'Acromion (left)'; 'c7' → 'C7 spinous process (base of the neck)'.
    `labels` are the words by base name (a dataset's `landmark_labels`, perhaps translated;
    default the English), `translate` puts the side in the interface's language."""
    base, _, side = name.partition(".")
    text = base_label(base, labels)
    if side == "left":
        return translate("landmarks", "{label} (left)").format(label=text)
    if side == "right":
        return translate("landmarks", "{label} (right)").format(label=text)
    return text


def base_label(base: str, labels: Mapping[str, str] | None = None) -> str:
    """A landmark's words without a side: 'psis' → 'PSIS (S2)'."""
    return (labels or LABELS).get(base) or LABELS.get(base) or \
        base.replace("_", " ").capitalize()
