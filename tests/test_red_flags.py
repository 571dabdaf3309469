"""Patient red flags: a muscle whose summary names a symptom serious disease can also cause
carries a cited red-flag line, `bodymap check` insists on it, and every patient-facing
place that shows the summary shows the red flag too. Plus the page 'When pain may not be a
muscle'."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import QUrl

from bodymap import resources
from bodymap.domain.general import PATIENT_FORBIDDEN
from bodymap.domain.model import EMERGENCY_LEAD, MuscleSide
from bodymap.domain.semantics import RED_FLAG_SYMPTOMS
from bodymap.ui.modes.explore.detail_html import muscle_html
from bodymap.ui.modes.patient.patient_html import NOT_A_MUSCLE_PAGE, patient_muscle_html
from bodymap.ui.theme import DEFAULT_THEME
from tests.test_loader import problems_of

# The six the clinical review named, and the ones our own review of all 32 summaries added
# (headache, eye and sight, breathing, inner arm, belly, sciatica).
REVIEW_REQUIRED = {"pectoralis_minor", "serratus_anterior", "serratus_posterior_inferior",
                   "splenius_cervicis", "sternocleidomastoid", "rectus_abdominis"}
OUR_REVIEW = {"upper_trapezius", "splenius_capitis", "semispinalis_capitis_cervicis",
              "suboccipitals", "scalenes", "latissimus_dorsi", "serratus_posterior_superior",
              "iliocostalis_thoracis", "multifidi_rotatores", "iliopsoas", "gluteus_minimus"}
# Issue 22: every head, face, jaw, chest-wall and abdominal-wall muscle (jaw and tooth pain
# can be cardiac or arteritic, face and eye pain ocular or neurological, chest pain cardiac).
ISSUE_22 = {"masseter", "temporalis", "lateral_pterygoid", "medial_pterygoid", "digastric",
            "frontalis", "occipitalis", "zygomaticus_major", "orbicularis_oculi",
            "pectoralis_major", "subclavius", "sternalis", "intercostals", "external_oblique"}
# The calf muscles (issue 24): calf pain can be a deep vein thrombosis (decision 25).
CALF = {"popliteus", "gastrocnemius", "soleus", "plantaris", "tibialis_posterior"}
# Issue 23: pain at the front of the shoulder and down the arm is also how heart pain shows.
ARM_REVIEW = {"anterior_deltoid", "coracobrachialis", "biceps_brachii"}

FLAG = """    patient_red_flag:
      see_a_doctor: "Neck pain can have other causes; see a doctor first if it is new."
      urgent: ["your neck is stiff and you have a high temperature"]
      sources: [simons_1999]
"""


def flagged(reference) -> set[str]:
    return {m.id for m in reference.dataset if m.patient_red_flag is not None}


def test_the_reviewed_muscles_carry_a_red_flag(reference):
    assert flagged(reference) == REVIEW_REQUIRED | OUR_REVIEW | ISSUE_22 | ARM_REVIEW | CALF


def test_every_red_flag_is_cited_and_in_the_patient_register(reference):
    for muscle in reference.dataset:
        flag = muscle.patient_red_flag
        if flag is None:
            continue
        assert flag.sources and all(key in reference.dataset.sources for key in flag.sources)
        assert flag.see_a_doctor and flag.urgent
        text = " ".join([flag.see_a_doctor, *flag.urgent])
        assert not PATIENT_FORBIDDEN.search(text), (muscle.id, PATIENT_FORBIDDEN.search(text))
        assert "doctor" in flag.see_a_doctor, muscle.id


def test_a_summary_naming_a_serious_symptom_needs_a_red_flag(load, write_data):
    path = write_data(("the neck feels stiff", "you may get a headache"))
    problems = problems_of(load, path)
    assert any("names headache" in p and "patient_red_flag" in p for p in problems), problems
    assert all(":" in p.split(" ")[0] for p in problems)  # file:line:column first


def test_the_red_flag_must_speak_about_the_symptom(load, write_data):
    path = write_data(("the neck feels stiff", "you may get a headache"),
                      ("    sources: [simons_1999]\n    confidence:",
                       FLAG + "    sources: [simons_1999]\n    confidence:"))
    problems = problems_of(load, path)
    assert any("names headache, but the red flag does not speak about it" in p
               for p in problems), problems


def test_a_fitting_red_flag_loads(load, write_data):
    path = write_data(("    sources: [simons_1999]\n    confidence:",
                       FLAG.replace("Neck pain", "Neck pain or a headache")
                       + "    sources: [simons_1999]\n    confidence:"),
                      ("the neck feels stiff", "you may get a headache"))
    muscle = load(path).muscle("levator_scapulae")
    assert muscle.patient_red_flag.urgent == ("your neck is stiff and you have a high "
                                              "temperature",)


def test_a_red_flag_source_must_exist(load, write_data):
    path = write_data(("    sources: [simons_1999]\n    confidence:",
                       FLAG.replace("[simons_1999]", "[nhs_nowhere]")
                       + "    sources: [simons_1999]\n    confidence:"))
    assert any("'nhs_nowhere', which is not defined" in p for p in problems_of(load, path))


def test_bodymap_check_fails_when_a_red_flag_is_removed(tmp_path):
    text = resources.DATA_FILE.read_text(encoding="utf-8")
    start = text.index("    patient_red_flag:", text.index("- id: rectus_abdominis"))
    end = text.index("\n    sources: [", start) + 1  # the muscle's own sources line
    bad = tmp_path / "trigger_points.yaml"
    bad.write_text(text[:start] + text[end:], encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "bodymap", "check", "--data", str(bad)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "rectus_abdominis: the patient summary names belly pain or heartburn" in \
        result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", sorted(RED_FLAG_SYMPTOMS))
def test_each_symptom_pattern_is_used_by_the_bundled_data(reference, name):
    in_summary, _ = RED_FLAG_SYMPTOMS[name]
    assert any(in_summary.search(m.patient_summary) for m in reference.dataset), name


def plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def test_detail_panel_shows_the_red_flag_and_its_sources(reference):
    muscle = reference.dataset.muscle("pectoralis_minor")
    text = plain(muscle_html(muscle, "left", reference.dataset, DEFAULT_THEME))
    flag = muscle.patient_red_flag
    assert flag.see_a_doctor in text and EMERGENCY_LEAD in text
    assert all(sign in text for sign in flag.urgent)
    assert reference.dataset.sources["hse_chest_pain"].citation in text
    plain_words = text.index("In plain words")
    assert plain_words < text.index(flag.see_a_doctor) < text.index("Confidence")


def test_patient_view_shows_the_red_flag(window, reference):
    window.set_mode("patient")
    window.select(MuscleSide("serratus_anterior", "right"))
    text = " ".join(window.modes.get("patient").panel.toPlainText().split())
    flag = reference.dataset.muscle("serratus_anterior").patient_red_flag
    assert flag.see_a_doctor in text and all(sign in text for sign in flag.urgent)
    assert "When pain may not be a muscle" in text


def test_patient_view_without_a_red_flag_shows_no_box(reference):
    muscle = reference.dataset.muscle("gluteus_maximus")
    assert muscle.patient_red_flag is None
    assert EMERGENCY_LEAD not in plain(patient_muscle_html(muscle, "left"))


@pytest.fixture
def window(main_window):
    return main_window


def test_kiosk_shows_the_red_flag_and_the_page(qtbot, reference):
    from bodymap.domain.kiosk_config import KioskConfig
    from bodymap.ui.kiosk.window import KioskWindow

    kiosk = KioskWindow(reference, KioskConfig())
    qtbot.addWidget(kiosk)
    kiosk.start()
    kiosk.select(MuscleSide("sternocleidomastoid", "left"))
    text = " ".join(kiosk.panel.toPlainText().split())
    flag = reference.dataset.muscle("sternocleidomastoid").patient_red_flag
    assert flag.see_a_doctor in text and flag.urgent[-1] in text
    kiosk.panel.anchorClicked.emit(QUrl(f"about:{NOT_A_MUSCLE_PAGE}"))
    assert kiosk.panel.page == f"about:{NOT_A_MUSCLE_PAGE}"
    page_text = " ".join(kiosk.panel.toPlainText().split())
    for area in reference.general.pain_red_flags:
        assert area.area in page_text and area.urgent[0] in page_text
    kiosk.admin_exit()


def test_handout_prints_the_red_flag(tmp_path, reference):
    from tests.test_patient import pdf_text

    out = tmp_path / "handout.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "bodymap", "handout", "rectus_abdominis.left", "-o", str(out),
         "--paper", "a4"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    flag = reference.dataset.muscle("rectus_abdominis").patient_red_flag
    assert " ".join(flag.see_a_doctor.split()[:10]) in text
    assert EMERGENCY_LEAD in text and flag.urgent[0] in text
    assert text.index("Why it can hurt here") < text.index(flag.urgent[0]) < \
        text.index("What to expect")


def test_the_page_when_pain_may_not_be_a_muscle(window, reference):
    general = reference.general
    page = general.page(NOT_A_MUSCLE_PAGE)
    assert page.title == "When pain may not be a muscle" and page.sources
    assert [a.area for a in general.pain_red_flags] == ["Back", "Neck", "Chest", "Head"]
    for area in general.pain_red_flags:
        assert area.urgent and area.doctor_soon and area.sources
    assert any("emergency number" in p and "999" in p and "112" in p for p in page.paragraphs)
    window.set_mode("patient")
    window.modes.get("patient").panel.anchorClicked.emit(QUrl("about:index"))
    assert page.title in window.modes.get("patient").panel.toPlainText()
    window.modes.get("patient").panel.anchorClicked.emit(QUrl(f"about:{NOT_A_MUSCLE_PAGE}"))
    text = " ".join(window.modes.get("patient").panel.toPlainText().split())
    assert EMERGENCY_LEAD in text and "See a doctor soon if:" in text
    for area in general.pain_red_flags:
        assert all(sign in text for sign in (*area.urgent, *area.doctor_soon))
    assert not PATIENT_FORBIDDEN.search(text)


def test_bodymap_show_prints_the_red_flag_with_its_sources():
    result = subprocess.run([sys.executable, "-m", "bodymap", "show", "scalenes"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "Red flag for the patient" in text and EMERGENCY_LEAD in text
    assert "you find it very hard to breathe" in text
    assert "Health Service Executive (HSE), Ireland. Chest pain." in text
    as_json = subprocess.run([sys.executable, "-m", "bodymap", "show", "scalenes", "--json"],
                             capture_output=True, text=True, timeout=120)
    flag = json.loads(as_json.stdout)["patient_red_flag"]
    assert flag["urgent"][0] == "you find it very hard to breathe"
    assert flag["sources"][0]["url"] == "https://www2.hse.ie/conditions/chest-pain/"
