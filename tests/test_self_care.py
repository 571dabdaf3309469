"""Patient self-care steps (issue 20 point 9): a cited, plain-language `patient_self_care`
per muscle, checked like the other patient fields, translated like them, and shown where the
patient register is read."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bodymap import resources
from bodymap.domain.patient_words import SUMMARY_FORBIDDEN

from bodymap.atlas.translated import translate_reference
from bodymap.domain.model import SelfCare
from tests.test_loader import problems_of

CARE = """    patient_self_care:
      steps:
        - "Face your screen straight on, so you do not work with your head turned."
        - "General advice: a warm pack for up to 20 minutes may ease the ache."
      sources: [simons_1999]
"""
# Muscles whose warm cloth is part of the muscle's own advice (the jaw and face: the NHS TMD
# page's warm flannel; the eye: a warm compress), not the general heat advice.
SPECIFIC_HEAT = {"masseter", "temporalis", "digastric", "orbicularis_oculi"}
SOURCES_LINE = "    sources: [simons_1999]\n    confidence:"


def test_self_care_loads_into_a_frozen_dataclass(load, write_data):
    path = write_data((SOURCES_LINE, CARE + SOURCES_LINE))
    care = load(path).muscle("levator_scapulae").patient_self_care
    assert care == SelfCare(
        steps=("Face your screen straight on, so you do not work with your head turned.",
               "General advice: a warm pack for up to 20 minutes may ease the ache."),
        sources=("simons_1999",))
    with pytest.raises(AttributeError):
        care.steps = ()  # type: ignore[misc]


def test_an_unknown_self_care_source_is_reported_at_its_place(load, write_data):
    path = write_data((SOURCES_LINE, CARE.replace("[simons_1999]", "[nhs_nowhere]")
                       + SOURCES_LINE))
    problems = problems_of(load, path)
    found = [p for p in problems if "'nhs_nowhere', which is not defined" in p]
    assert found, problems
    place = found[0].split(" ")[0]
    file, line, column = place.rstrip(":").rsplit(":", 2)
    assert file.endswith("trigger_points.yaml") and int(line) > 0 and int(column) > 0
    text = path.read_text(encoding="utf-8").splitlines()
    assert "nhs_nowhere" in text[int(line) - 1]


def test_self_care_steps_may_not_speak_of_needles(load, write_data):
    path = write_data((SOURCES_LINE, CARE.replace("a warm pack", "a needle") + SOURCES_LINE))
    assert any("self-care step uses clinician or needling words (needle)" in p
               for p in problems_of(load, path))


@pytest.mark.parametrize("steps", [1, 5])
def test_two_to_four_steps(load, write_data, steps):
    lines = "".join(f'        - "Step {n}."\n' for n in range(steps))
    care = CARE.replace(CARE[CARE.index("        - "):CARE.index("      sources")], lines)
    path = write_data((SOURCES_LINE, care + SOURCES_LINE))
    assert problems_of(load, path)


def test_self_care_sources_count_as_cited(reference):
    muscle = next(m for m in reference.dataset if m.patient_self_care)
    assert set(muscle.patient_self_care.sources) <= set(muscle.cited_sources)


def test_spanish_self_care_replaces_the_english_steps(reference):
    english = reference.dataset.muscle("upper_trapezius").patient_self_care
    spanish = translate_reference(reference, "es").dataset.muscle("upper_trapezius")
    assert spanish.patient_self_care is not None
    assert len(spanish.patient_self_care.steps) == len(english.steps)
    assert "hombros" in spanish.patient_self_care.steps[0]
    assert spanish.patient_self_care.sources == english.sources


def test_bodymap_check_requires_self_care_for_every_muscle(tmp_path):
    text = resources.DATA_FILE.read_text(encoding="utf-8")
    start = text.index("    patient_self_care:", text.index("- id: gluteus_maximus"))
    end = text.index("\n    sources: [", start) + 1  # the muscle's own sources line
    bad = tmp_path / "trigger_points.yaml"
    bad.write_text(text[:start] + text[end:], encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "bodymap", "check", "--data", str(bad)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    line = text[:text.index("- id: gluteus_maximus")].count("\n") + 1
    assert f"{bad}:{line}:5: gluteus_maximus has no patient_self_care" in result.stderr, \
        result.stderr[-2000:]
    assert "Traceback" not in result.stderr


def test_every_bundled_muscle_has_cited_self_care_in_the_patient_register(reference):
    for muscle in reference.dataset:
        care = muscle.patient_self_care
        assert care is not None, muscle.id
        assert 2 <= len(care.steps) <= 4, muscle.id
        assert care.sources and all(k in reference.dataset.sources for k in care.sources)
        text = " ".join(care.steps)
        assert not SUMMARY_FORBIDDEN.search(text), (muscle.id, SUMMARY_FORBIDDEN.search(text))
        # general advice says it is general (heat, pacing): never passed off as specific
        if re.search(r"\bwarm (pack|cloth)\b", text) and "General advice" not in text:
            assert muscle.id in SPECIFIC_HEAT, muscle.id


def test_muscles_with_a_red_flag_send_the_reader_to_it_first(reference):
    """Self-care must never talk a patient out of the warning signs: every muscle with a red
    flag says, in its self-care steps, to read them first (or names the doctor's check)."""
    for muscle in reference.dataset:
        if muscle.patient_red_flag is None:
            continue
        text = " ".join(muscle.patient_self_care.steps)
        assert re.search(r"warning signs", text), muscle.id


def plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def test_the_patient_view_shows_the_steps_after_the_red_flag(main_window, reference):
    from bodymap.domain.model import MuscleSide
    from bodymap.ui.modes.patient.patient_html import SELF_CARE_NOTE, SELF_CARE_TITLE

    main_window.set_mode("patient")
    main_window.select(MuscleSide("serratus_anterior", "right"))
    text = " ".join(main_window.modes.get("patient").panel.toPlainText().split())
    muscle = reference.dataset.muscle("serratus_anterior")
    assert SELF_CARE_TITLE in text and SELF_CARE_NOTE in text
    assert all(step in text for step in muscle.patient_self_care.steps)
    # the warning box comes first, then what the patient can do
    assert text.index(muscle.patient_red_flag.see_a_doctor) < text.index(SELF_CARE_TITLE)
    # the patient register carries no citations
    assert reference.dataset.sources["simons_1999"].citation not in text


def test_the_detail_panel_shows_the_steps_with_their_source_numbers(reference):
    from bodymap.ui.modes.explore.detail_html import muscle_html
    from bodymap.ui.theme import DEFAULT_THEME

    muscle = reference.dataset.muscle("infraspinatus")
    text = plain(muscle_html(muscle, "right", reference.dataset, DEFAULT_THEME))
    plain_words = text.index("In plain words")
    heading = text.index("Self-care for the patient")
    assert plain_words < text.index(muscle.patient_summary) < heading < text.index("Confidence", heading)
    assert all(step in text for step in muscle.patient_self_care.steps)
    cited = muscle.cited_sources
    numbers = ", ".join(str(cited.index(k) + 1) for k in muscle.patient_self_care.sources)
    assert f"Sources: {numbers} (listed below)." in text
    # each number points at that source in the numbered list
    for key in muscle.patient_self_care.sources:
        assert reference.dataset.sources[key].citation in text


def test_spanish_patient_view_shows_spanish_steps_and_heading(qtbot, reference):
    from bodymap.ui.language import install_language
    from bodymap.ui.modes.patient.patient_html import patient_muscle_html

    spanish = translate_reference(reference, "es").dataset.muscle("gastrocnemius")
    install_language("es")
    try:
        text = plain(patient_muscle_html(spanish, "left"))
    finally:
        install_language("en")
    assert "Lo que puede hacer usted" in text
    assert all(step in text for step in spanish.patient_self_care.steps)
    assert "coágulo" in spanish.patient_self_care.steps[0]


def test_every_muscle_says_when_to_stop_in_english_and_spanish(reference):
    spanish = translate_reference(reference, "es").dataset
    for muscle in reference.dataset:
        assert re.search(r"\b[Ss]top\b", " ".join(muscle.patient_self_care.steps)), muscle.id
        text = " ".join(spanish.muscle(muscle.id).patient_self_care.steps)
        assert re.search(r"\bPare\b|\bpare\b", text), muscle.id


def test_calf_muscles_say_not_to_stretch_or_rub_before_a_clot_is_ruled_out(reference):
    """Decision 25: calf pain can be a deep vein thrombosis; stretching or rubbing it before a
    doctor has checked it is not safe advice."""
    for muscle in reference.dataset:
        flag = muscle.patient_red_flag
        if flag is None or not re.search(r"\bclots?\b", flag.see_a_doctor + " ".join(flag.urgent)):
            continue
        first = muscle.patient_self_care.steps[0]
        assert "clot" in first and "do not stretch or rub" in first, muscle.id


def test_bodymap_show_prints_the_self_care_steps_with_their_sources():
    text = subprocess.run([sys.executable, "-m", "bodymap", "show", "soleus"],
                          capture_output=True, text=True, timeout=120).stdout
    assert "Self-care for the patient" in text and "nhsinform_dvt" in text
    as_json = subprocess.run([sys.executable, "-m", "bodymap", "show", "soleus", "--json"],
                             capture_output=True, text=True, timeout=120)
    import json

    care = json.loads(as_json.stdout)["patient_self_care"]
    assert len(care["steps"]) == 4
    assert care["sources"][0]["citation"].startswith("Travell JG, Simons DG")
