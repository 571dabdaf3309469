"""Needling-safety content of the reference (issue 16): the precautions a clinician could
be hurt by if they were wrong, checked against what the data must and must not say."""

from __future__ import annotations

import re

import pytest

from bodymap.domain.model import PNEUMOTHORAX_LEVELS
from bodymap.domain.structures import STRUCTURES


def needling_text(muscle) -> str:
    n = muscle.needling
    trps = " ".join(t.location for t in muscle.trigger_points)
    return " ".join((n.pneumothorax_reason, *n.precautions, trps, muscle.confidence.note))


# --- point 1: levator scapulae -------------------------------------------------------------

def test_levator_case_report_is_not_presented_as_published_technique(reference):
    text = needling_text(reference.dataset.muscle("levator_scapulae"))
    assert "Published technique" not in text
    assert "one case report" in text
    assert "one patient" in text


def test_levator_never_calls_the_scapula_a_backstop(reference):
    text = needling_text(reference.dataset.muscle("levator_scapulae")).lower()
    assert "backstop" not in text
    assert "no bone lies beneath" in text


def test_levator_direction_agrees_with_the_lung_apex_precaution(reference):
    """The upper trapezius forbids medial and caudal angulation toward the apex; the levator,
    over the same apex, must forbid it too and must not teach the case report's path."""
    dataset = reference.dataset
    trapezius = " ".join(dataset.muscle("upper_trapezius").needling.precautions)
    assert "Avoid medial and caudal angulation" in trapezius
    levator = dataset.muscle("levator_scapulae").needling.precautions
    direction = next(p for p in levator if p.startswith("Needle direction"))
    assert "never medially and caudally toward the lung apex" in direction
    assert "do not copy it" in direction
    assert not any("superior to inferior" in p and "do not copy" not in p for p in levator)


# --- point 2: iliopsoas --------------------------------------------------------------------

def test_iliopsoas_rule_is_stated_relative_to_the_femoral_nerve(reference):
    muscle = reference.dataset.muscle("iliopsoas")
    text = needling_text(muscle)
    assert "stay lateral to it" not in text  # the old rule put the needle on the nerve
    assert "lateral to the femoral artery" in text
    corridor = next(p for p in muscle.needling.precautions if "safe corridor" in p)
    assert "AIIS" in corridor and "femoral nerve" in corridor
    assert "35.7 mm" in corridor and "32.1 mm" in corridor and "Ball et al. 2019" in corridor
    assert "ball_2019" in muscle.sources
    assert reference.dataset.sources["ball_2019"].doi == "10.1080/10669817.2019.1568699"


def test_iliopsoas_distal_trigger_point_location_names_the_nerve(reference):
    distal = reference.dataset.muscle("iliopsoas").trigger_point("trp1")
    assert "femoral nerve" in distal.location
    assert "beneath and beside the nerve" in distal.location
    assert "lateral to the femoral artery, vein and nerve" not in distal.location


# --- point 8: structures named in text are in the vocabulary -------------------------------

@pytest.mark.parametrize(("structure", "muscle_id", "words"), [
    ("phrenic_nerve", "scalenes", "phrenic nerve"),
    ("axillary_vessels", "pectoralis_minor", "axillary artery and vein"),
    ("inferior_epigastric_vessels", "rectus_abdominis", "inferior epigastric vessels"),
    ("lateral_femoral_cutaneous_nerve", "iliopsoas", "lateral femoral cutaneous"),
])
def test_structures_named_in_text_are_in_the_vocabulary_and_used(reference, structure,
                                                                  muscle_id, words):
    assert structure in STRUCTURES
    muscle = reference.dataset.muscle(muscle_id)
    assert structure in muscle.needling.structures_at_risk
    assert words in " ".join(muscle.needling.precautions)


def test_every_structure_named_in_precautions_is_listed_for_that_muscle(reference):
    """A structure whose label appears in a muscle's precautions is in its structures list."""
    phrases = {"phrenic_nerve": r"phrenic nerve",
               "axillary_vessels": r"axillary (artery|vessels)",
               "inferior_epigastric_vessels": r"inferior epigastric",
               "lateral_femoral_cutaneous_nerve": r"lateral femoral cutaneous"}
    for muscle in reference.dataset:
        text = " ".join(muscle.needling.precautions)
        for structure, pattern in phrases.items():
            if re.search(pattern, text, re.IGNORECASE):
                assert structure in muscle.needling.structures_at_risk, (muscle.id, structure)


def test_pneumothorax_levels_are_ordered():
    assert PNEUMOTHORAX_LEVELS == ("none", "low", "moderate", "high")
