"""The controlled vocabulary of structures at risk when needling, with display labels."""

from __future__ import annotations

STRUCTURES: dict[str, str] = {
    "lung_pleura": "Lung and pleura",
    "kidney": "Kidney",
    "peritoneum_bowel": "Peritoneum and bowel",
    "spinal_canal": "Spinal canal",
    "vertebral_artery": "Vertebral artery",
    "carotid_sheath": "Carotid sheath (carotid artery, jugular vein, vagus nerve)",
    "brachial_plexus": "Brachial plexus",
    "subclavian_vessels": "Subclavian artery and vein",
    "sciatic_nerve": "Sciatic nerve",
    "femoral_neurovascular_bundle": "Femoral nerve, artery and vein",
    "suprascapular_nerve_artery": "Suprascapular nerve and artery",
    "axillary_nerve": "Axillary nerve",
    "dorsal_scapular_nerve_artery": "Dorsal scapular nerve and artery",
    "spinal_accessory_nerve": "Spinal accessory nerve",
    "greater_occipital_nerve": "Greater occipital nerve",
    "superior_gluteal_bundle": "Superior gluteal nerve and vessels",
    "inferior_gluteal_bundle": "Inferior gluteal nerve and vessels",
    "pudendal_nerve": "Pudendal nerve",
    "hip_joint_capsule": "Hip joint capsule",
    "intercostal_neurovascular_bundle": "Intercostal nerve and vessels",
    "long_thoracic_nerve": "Long thoracic nerve",
    "thoracodorsal_neurovascular_bundle": "Thoracodorsal nerve and vessels",
    "phrenic_nerve": "Phrenic nerve",
    "axillary_vessels": "Axillary artery and vein",
    "inferior_epigastric_vessels": "Inferior epigastric artery and vein",
    "lateral_femoral_cutaneous_nerve": "Lateral femoral cutaneous nerve",
}
