"""The head, face, jaw, chest-wall and abdominal-wall muscles (issue 22): in the data in the
spec's order, every patient text at grade 7 with a red flag, the needling hazards the issue
names, and drawn where they lie (checked against the landmarks of their figures)."""

from __future__ import annotations

import pytest

from bodymap.domain.readability import MAX_PATIENT_GRADE, grade_level

ISSUE_22_MUSCLES = (
    "masseter", "temporalis", "lateral_pterygoid", "medial_pterygoid", "digastric",
    "frontalis", "occipitalis", "zygomaticus_major", "orbicularis_oculi", "pectoralis_major",
    "subclavius", "sternalis", "intercostals", "external_oblique")


@pytest.fixture(scope="module")
def dataset(reference):
    return reference.dataset


def test_the_issue_22_muscles_follow_the_spec_order(dataset):
    ids = [m.id for m in dataset]
    start = ids.index(ISSUE_22_MUSCLES[0])  # later issues' muscles follow them (issue 24)
    assert ids[start:start + len(ISSUE_22_MUSCLES)] == list(ISSUE_22_MUSCLES)


@pytest.mark.parametrize("muscle_id", ISSUE_22_MUSCLES)
def test_patient_text_reads_at_grade_7(dataset, muscle_id):
    muscle = dataset.muscle(muscle_id)
    assert grade_level(muscle.patient_summary) <= MAX_PATIENT_GRADE
    flag = muscle.patient_red_flag
    assert flag is not None, "every issue-22 muscle's symptoms overlap serious disease"
    urgent = " ".join(sign.rstrip(".:") + "." for sign in flag.urgent)
    assert grade_level(flag.see_a_doctor + " " + urgent) <= MAX_PATIENT_GRADE


@pytest.mark.parametrize("muscle_id", ("pectoralis_major", "subclavius", "sternalis",
                                       "intercostals"))
def test_chest_wall_muscles_carry_a_pneumothorax_risk(dataset, muscle_id):
    needling = dataset.muscle(muscle_id).needling
    assert needling.pneumothorax_risk in ("moderate", "high")
    assert "lung_pleura" in needling.structures_at_risk


@pytest.mark.parametrize(("muscle_id", "structure"), (
    ("masseter", "parotid_gland_duct"), ("masseter", "facial_nerve"),
    ("lateral_pterygoid", "maxillary_artery"), ("orbicularis_oculi", "eye_orbit"),
    ("sternalis", "heart_pericardium")))
def test_face_and_sternum_hazards_are_named(dataset, muscle_id, structure):
    assert structure in dataset.muscle(muscle_id).needling.structures_at_risk


# --- drawn where they lie ---------------------------------------------------------------------
def shape(reference, view, muscle_id, side="left"):
    from bodymap.domain.model import MuscleSide

    return reference.atlas.view(view).muscles[MuscleSide(muscle_id, side)]


def marker(reference, view, muscle_id, trp_id, side="left"):
    from bodymap.atlas.model import TriggerPointKey

    return reference.atlas.view(view).trigger_points[TriggerPointKey(muscle_id, trp_id, side)]


def test_masseter_spans_from_the_zygomatic_arch_to_the_angle_of_the_jaw(reference):
    marks = reference.atlas.view("lateral").landmarks
    arch, angle = marks["zygomatic_arch.left"], marks["mandible_angle.left"]
    x0, y0, x1, y1 = shape(reference, "lateral", "masseter").outline.bounds
    assert abs(y0 - arch[1]) < 6            # hangs from the arch
    assert y1 >= angle[1]                   # reaches the angle and lower border
    assert x0 <= arch[0] <= x1 and x0 - 4 <= angle[0] <= x1
    # the deep-layer point sits high at the back, by the joint; the lower point by the angle
    tmj = marks["tmj.left"]
    deep, low = marker(reference, "lateral", "masseter", "trp4"), \
        marker(reference, "lateral", "masseter", "trp3")
    assert abs(deep[0] - tmj[0]) + abs(deep[1] - tmj[1]) < 25
    assert abs(low[1] - angle[1]) < 12


def test_temporalis_fills_the_temple_above_the_arch_and_its_points_lie_above_it(reference):
    marks = reference.atlas.view("lateral").landmarks
    arch, meatus = marks["zygomatic_arch.left"], marks["external_acoustic_meatus.left"]
    outline = shape(reference, "lateral", "temporalis").outline
    x0, y0, x1, y1 = outline.bounds
    assert y1 <= arch[1] + 2                # ends at the arch, the tendon runs under it
    assert y0 < meatus[1] - 70              # fans up over the side of the skull
    for trp in ("trp1", "trp2", "trp3", "trp4"):
        assert marker(reference, "lateral", "temporalis", trp)[1] < arch[1]
    # the posterior fibres' point lies above and behind the ear canal (the figure faces
    # the viewer's left, so 'behind' is larger x on the left-side figure)
    back = marker(reference, "lateral", "temporalis", "trp4")
    assert back[0] > meatus[0] and back[1] < meatus[1]


@pytest.mark.parametrize("muscle_id", ("lateral_pterygoid", "medial_pterygoid"))
def test_the_pterygoids_lie_deep_under_the_masseter(reference, muscle_id):
    deep = shape(reference, "lateral", muscle_id)
    masseter = shape(reference, "lateral", "masseter")
    assert deep.layer == 3 and masseter.layer == 1
    x0, y0, x1, y1 = deep.outline.bounds
    assert masseter.outline.contains(((x0 + x1) / 2, (y0 + y1) / 2))
    order = list(reference.atlas.view("lateral").muscles)
    assert order.index(deep.key) < order.index(masseter.key)   # painted first: beneath


def test_lateral_pterygoid_runs_forward_from_the_joint_and_medial_pterygoid_down_to_the_angle(
        reference):
    marks = reference.atlas.view("lateral").landmarks
    lat = shape(reference, "lateral", "lateral_pterygoid").outline.bounds
    med = shape(reference, "lateral", "medial_pterygoid").outline.bounds
    assert abs(lat[2] - marks["mandibular_condyle.left"][0]) < 6   # back end at the condyle
    assert lat[3] < marks["mandible_angle.left"][1] - 40            # high, under the arch
    assert abs(med[3] - marks["mandible_angle.left"][1]) < 6         # low end at the angle


def test_digastric_runs_from_the_mastoid_under_the_jaw_to_the_chin(reference):
    marks = reference.atlas.view("lateral").landmarks
    x0, y0, x1, y1 = shape(reference, "lateral", "digastric").outline.bounds
    mastoid = marks["mastoid.left"]
    assert abs(x1 - mastoid[0]) < 6 and abs(y0 - mastoid[1]) < 6    # posterior belly's origin
    assert y1 > marks["mandible_angle.left"][1] + 20                 # passes below the jaw
    assert marker(reference, "lateral", "digastric", "trp2")[1] > marks["mandible_angle.left"][1]


def test_occipitalis_lies_above_the_superior_nuchal_line_beside_the_protuberance(reference):
    marks = reference.atlas.view("posterior").landmarks
    eop = marks["external_occipital_protuberance"]
    x0, y0, x1, y1 = shape(reference, "posterior", "occipitalis").outline.bounds
    assert y1 <= eop[1] + 4                                          # above the nuchal line
    assert x1 < eop[0] - 5                                           # to the side, not midline


def test_face_muscles_lie_on_the_front_of_the_head(reference):
    marks = reference.atlas.view("anterior").landmarks
    chin_level = marks["jugular_notch"][1] - 50
    for muscle_id in ("frontalis", "orbicularis_oculi", "zygomaticus_major"):
        x0, y0, x1, y1 = shape(reference, "anterior", muscle_id).outline.bounds
        assert y1 < chin_level, muscle_id
    assert shape(reference, "anterior", "frontalis").outline.bounds[3] < \
        shape(reference, "anterior", "orbicularis_oculi").outline.bounds[3] < \
        shape(reference, "anterior", "zygomaticus_major").outline.bounds[3]


def test_pectoralis_major_lies_over_pectoralis_minor_from_the_clavicle(reference):
    major = shape(reference, "anterior", "pectoralis_major")
    minor = shape(reference, "anterior", "pectoralis_minor")
    assert major.layer == 1 and minor.layer == 3
    x0, y0, x1, y1 = minor.outline.bounds
    assert major.outline.contains(((x0 + x1) / 2, (y0 + y1) / 2))
    marks = reference.atlas.view("anterior").landmarks
    clavicle = marks["clavicle_mid.left"]
    assert abs(major.outline.bounds[1] - clavicle[1]) < 10
    assert major.outline.contains((clavicle[0], clavicle[1] + 12))


def test_subclavius_lies_deep_just_under_the_clavicle(reference):
    sub = shape(reference, "anterior", "subclavius")
    clavicle = reference.atlas.view("anterior").landmarks["clavicle_mid.left"]
    x0, y0, x1, y1 = sub.outline.bounds
    assert sub.layer == 3 and y1 - y0 < 15 and abs((y0 + y1) / 2 - clavicle[1]) < 12


def test_sternalis_runs_beside_the_sternum_between_notch_and_xiphoid(reference):
    marks = reference.atlas.view("anterior").landmarks
    notch, xiphoid = marks["jugular_notch"], marks["xiphoid"]
    x0, y0, x1, y1 = shape(reference, "anterior", "sternalis").outline.bounds
    assert abs(x0 - notch[0]) < 18 and abs(x1 - notch[0]) < 18
    assert notch[1] < y0 and y1 < xiphoid[1]


def test_intercostals_line_the_chest_wall_deep_to_everything(reference):
    inter = shape(reference, "anterior", "intercostals")
    marks = reference.atlas.view("anterior").landmarks
    assert inter.layer == 3
    x0, y0, x1, y1 = inter.outline.bounds
    assert y0 < marks["clavicle_mid.left"][1] + 20 and y1 > marks["xiphoid"][1]
    assert list(reference.atlas.view("anterior").muscles)[0] == inter.key   # painted first


def test_external_oblique_lies_on_the_flank_outside_rectus_abdominis(reference):
    oblique = shape(reference, "anterior", "external_oblique").outline.bounds
    rectus = shape(reference, "anterior", "rectus_abdominis").outline.bounds
    marks = reference.atlas.view("anterior").landmarks
    # on the patient's left of the anterior figure, lateral is larger x
    assert oblique[0] > rectus[2] - 4 and oblique[2] > marks["asis.left"][0]
    assert oblique[1] < marks["xiphoid"][1] and oblique[3] > marks["umbilicus"][1]


def test_choosing_a_head_muscle_by_name_shows_the_side_of_the_head(main_window):
    """Search, A-Z and --select choose by name: a muscle drawn only on the lateral close-up
    must be shown there, not selected out of sight on the whole-body figures."""
    from bodymap.domain.model import MuscleSide

    main_window.select(MuscleSide("masseter", "left"))
    assert main_window.view.framing == "lateral"
    assert main_window.scene.figures["lateral"].root.isVisible()
    main_window.select(MuscleSide("pectoralis_major", "left"))
    assert main_window.view.framing == "both"      # back to the figure it is drawn on
    main_window.set_framing("anterior")
    main_window.select(MuscleSide("sternalis", "left"))
    assert main_window.view.framing == "anterior"  # already in sight: the framing stays


# --- found everywhere, with no special cases ---------------------------------------------------
def test_the_kiosk_body_areas_list_them_under_head_chest_and_belly(reference):
    from bodymap.ui.kiosk.window import muscles_by_area

    areas = muscles_by_area(reference)
    assert {"masseter", "temporalis", "lateral_pterygoid", "medial_pterygoid", "digastric",
            "frontalis", "occipitalis", "zygomaticus_major", "orbicularis_oculi"} <= set(
        areas["Head"])
    assert {"pectoralis_major", "subclavius", "sternalis", "intercostals"} <= set(areas["Chest"])
    assert "external_oblique" in areas["Belly and groin"]


@pytest.mark.parametrize(("muscle_id", "lookalike"), (
    ("masseter", "temporalis"), ("pectoralis_major", "pectoralis_minor"),
    ("temporalis", "upper_trapezius")))
def test_study_lookalikes_draw_on_the_new_muscles(reference, muscle_id, lookalike):
    from bodymap.domain.study.questions import lookalike_muscles

    areas = reference.atlas.region_areas(reference.atlas.measured())
    alike = [m for m, _ in lookalike_muscles(reference.dataset, muscle_id, "left", areas)]
    assert lookalike in alike[:8], alike[:8]


def test_the_jaw_landmarks_read_as_words():
    from bodymap.domain.landmarks import landmark_label

    assert landmark_label("tmj.left") == "Temporomandibular joint (left)"
    assert landmark_label("mandible_angle") == "Angle of the mandible"
