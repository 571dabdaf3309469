"""The hip, thigh, knee, leg and foot muscles (issue 24), all 29 bundled: in the data in the
spec's order with the spec's lines, grade-7 patient text, the clot warning for calf pain, the
needling hazards and rule-outs the issue names, every needling statement attributed, and each
drawn on both sides of the figure it is shown on (tests/test_leg_anatomy.py checks where)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bodymap import resources
from bodymap.atlas.model import TriggerPointKey
from bodymap.domain.model import SIDES, MuscleSide
from bodymap.domain.readability import MAX_PATIENT_GRADE, grade_level
from bodymap.domain.semantics import RED_FLAG_SYMPTOMS

CALF_IN_SUMMARY, CLOT_IN_FLAG = RED_FLAG_SYMPTOMS["calf pain"]
ISSUE_24_MUSCLES = (
    "tensor_fasciae_latae", "sartorius", "rectus_femoris", "vastus_medialis", "vastus_lateralis",
    "vastus_intermedius", "pectineus", "adductor_longus_brevis", "adductor_magnus", "gracilis",
    "biceps_femoris", "semitendinosus_semimembranosus", "popliteus", "gastrocnemius", "soleus",
    "plantaris", "tibialis_anterior", "extensor_digitorum_longus", "extensor_hallucis_longus",
    "fibularis_longus_brevis", "fibularis_tertius", "tibialis_posterior",
    "flexor_digitorum_longus", "flexor_hallucis_longus", "extensor_digitorum_brevis",
    "abductor_hallucis", "flexor_digitorum_brevis", "abductor_digiti_minimi_pedis",
    "quadratus_plantae")
SPEC_GROUPS = ("hip_anterolateral", "anterior_thigh", "quadriceps", "adductors", "hamstrings",
               "posterior_knee", "triceps_surae", "anterior_leg", "fibular",
               "deep_posterior_leg", "foot_intrinsic_superficial", "foot_intrinsic_deep")
CONTRACT = Path("/work/shared/spec/muscles-wholebody.yaml")


@pytest.fixture(scope="module")
def dataset(reference):
    return reference.dataset


def _load(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def test_the_issue_24_muscles_follow_the_spec_order(dataset):
    ids = [m.id for m in dataset]
    assert [i for i in ids if i in ISSUE_24_MUSCLES] == list(ISSUE_24_MUSCLES)


@pytest.mark.skipif(not CONTRACT.exists(), reason="the shared contract is not on this machine")
def test_the_spec_lines_are_the_whole_body_contract_for_these_groups():
    fields = ("id", "name", "latin", "view", "layer")
    bundled = {m["id"]: m for m in _load(resources.SPEC_MUSCLES_FILE)["muscles"]}
    wanted = [m for m in _load(CONTRACT)["muscles"] if m["group"] in SPEC_GROUPS]
    assert [m["id"] for m in wanted] == list(ISSUE_24_MUSCLES)
    for line in wanted:
        ours = bundled[line["id"]]
        assert {k: ours[k] for k in fields} == {k: line[k] for k in fields}
        # alt_view is copied where the atlas draws the muscle on it (decision 26): the two
        # whose view is the side of the leg; the sole muscles are on the plantar figure
        if ours["view"] == "lateral":
            assert ours["alt_view"] == line["alt_view"]
        else:
            assert "alt_view" not in ours


def test_no_staging_folder_is_left():
    assert not (Path(__file__).resolve().parents[1] / "data" / "staging").exists()


@pytest.mark.parametrize("muscle_id", ISSUE_24_MUSCLES)
def test_patient_text_reads_at_grade_7(dataset, muscle_id):
    muscle = dataset.muscle(muscle_id)
    assert grade_level(muscle.patient_summary) <= MAX_PATIENT_GRADE
    flag = muscle.patient_red_flag
    if flag is not None:
        urgent = " ".join(sign.rstrip(".:") + "." for sign in flag.urgent)
        assert grade_level(flag.see_a_doctor + " " + urgent) <= MAX_PATIENT_GRADE


@pytest.mark.parametrize("muscle_id", ISSUE_24_MUSCLES)
def test_the_brain_mixing_signals_is_called_a_hypothesis(dataset, muscle_id):
    summary = dataset.muscle(muscle_id).patient_summary
    if re.search(r"nerve messages|\bbrain\b", summary):
        assert "not yet proven" in summary


@pytest.mark.parametrize("muscle_id", ISSUE_24_MUSCLES)
def test_a_summary_that_names_the_calf_warns_of_a_clot(dataset, muscle_id):
    muscle = dataset.muscle(muscle_id)
    if CALF_IN_SUMMARY.search(muscle.patient_summary):
        flag = muscle.patient_red_flag
        assert flag is not None and CLOT_IN_FLAG.search(flag.see_a_doctor)
        assert any("breath" in sign or "chest" in sign for sign in flag.urgent)


@pytest.mark.parametrize("muscle_id", ISSUE_24_MUSCLES)
def test_every_muscle_says_where_to_take_care_and_why(dataset, muscle_id):
    needling = dataset.muscle(muscle_id).needling
    assert needling.pneumothorax_risk == "none"
    assert needling.structures_at_risk and needling.precautions


@pytest.mark.parametrize(("muscle_id", "structure"), (
    ("sartorius", "femoral_neurovascular_bundle"),
    ("pectineus", "femoral_neurovascular_bundle"),
    ("rectus_femoris", "femoral_neurovascular_bundle"),
    ("biceps_femoris", "sciatic_nerve"),
    ("biceps_femoris", "common_fibular_nerve"),
    ("semitendinosus_semimembranosus", "sciatic_nerve"),
    ("popliteus", "popliteal_neurovascular_bundle"),
    ("plantaris", "popliteal_neurovascular_bundle"),
    ("fibularis_longus_brevis", "common_fibular_nerve"),
    ("soleus", "tibial_neurovascular_bundle"),
    ("tibialis_posterior", "tibial_neurovascular_bundle"),
    ("flexor_digitorum_longus", "tibial_neurovascular_bundle"),
    ("tibialis_anterior", "deep_fibular_neurovascular_bundle"),
))
def test_leg_hazards_are_named(dataset, muscle_id, structure):
    assert structure in dataset.muscle(muscle_id).needling.structures_at_risk


@pytest.mark.parametrize(("muscle_id", "condition"), (
    ("gastrocnemius", "deep vein thrombosis"), ("soleus", "deep vein thrombosis"),
    ("tibialis_anterior", "compartment syndrome"), ("soleus", "plantar fasci"),
    ("vastus_medialis", "knee"), ("biceps_femoris", "radiculopathy"),
))
def test_leg_rule_outs_are_named(dataset, muscle_id, condition):
    assert condition in " ".join(dataset.muscle(muscle_id).rule_out).lower()


def test_every_needling_statement_names_its_source_or_says_it_has_none(dataset):
    from tests.test_clinical_safety import ATTRIBUTION

    unattributed = []
    for muscle_id in ISSUE_24_MUSCLES:
        muscle = dataset.muscle(muscle_id)
        texts = list(muscle.needling.precautions)
        texts += [t.needling.note for t in muscle.trigger_points if t.needling]
        unattributed += [f"{muscle.id}: {t[:70]}" for t in texts if not ATTRIBUTION.search(t)]
    assert unattributed == []


@pytest.mark.parametrize("muscle_id", ISSUE_24_MUSCLES)
def test_every_muscle_is_drawn_on_both_sides_of_its_figure_in_its_layer(reference, muscle_id):
    muscle = reference.dataset.muscle(muscle_id)
    view = reference.atlas.view(muscle.figure)
    for side in SIDES:
        shape = view.muscles[MuscleSide(muscle_id, side)]
        assert shape.layer == muscle.layer
        for trp in muscle.trigger_points:
            assert shape.outline.contains(view.trigger_points[
                TriggerPointKey(muscle_id, trp.id, side)])


@pytest.mark.parametrize("muscle_id", ("flexor_digitorum_longus", "flexor_digitorum_brevis",
                                       "abductor_digiti_minimi_pedis"))
def test_the_sole_patterns_are_measured(reference, muscle_id):
    """Their essential zones lie on the sole, which pain drawings measure (decision 42): each
    essential zone has an area on the measured figures."""
    areas = reference.atlas.region_areas(reference.atlas.measured())
    for trp in reference.dataset.muscle(muscle_id).trigger_points:
        for region_id in trp.essential.regions:
            assert areas.get(next(k for k in areas if k.region_id == region_id), 0) > 0


@pytest.mark.parametrize("muscle_id", ("flexor_digitorum_brevis", "abductor_digiti_minimi_pedis",
                                       "abductor_hallucis"))
def test_a_sole_muscle_gets_a_handout_with_the_soles(qapp, reference, tmp_path, muscle_id):
    """A muscle whose pattern lies only on the sole: the handout shows the soles figure (it
    used to divide by zero, finding no back or front figure to crop)."""
    from bodymap.ui.modes.patient.handout import FIGURE_CAPTIONS, write_handout_pdf

    output = write_handout_pdf(reference, MuscleSide(muscle_id, "left"), tmp_path / "h.pdf")
    assert output.read_bytes().startswith(b"%PDF-")
    assert "plantar" in FIGURE_CAPTIONS


def test_the_kiosk_lists_the_leg_and_foot_muscles_under_their_areas(reference):
    from bodymap.ui.kiosk.window import muscles_by_area

    areas = muscles_by_area(reference)
    assert {"abductor_hallucis", "flexor_digitorum_brevis", "abductor_digiti_minimi_pedis",
            "quadratus_plantae"} <= set(areas["Foot"])
    assert {"vastus_lateralis", "adductor_magnus"} <= set(areas["Thigh"])
    assert {"fibularis_longus_brevis", "flexor_digitorum_longus"} <= set(areas["Leg"])
    assert not set(ISSUE_24_MUSCLES) & set(areas.get("Other", ()))
