"""Patient self-care steps (issue 20 point 9): a cited, plain-language `patient_self_care`
per muscle, checked like the other patient fields, translated like them, and shown where the
patient register is read."""

from __future__ import annotations

import pytest

from bodymap.atlas.translated import translate_reference
from bodymap.domain.model import SelfCare
from tests.test_loader import problems_of

CARE = """    patient_self_care:
      steps:
        - "Face your screen straight on, so you do not work with your head turned."
        - "General advice: a warm pack for up to 20 minutes may ease the ache."
      sources: [simons_1999]
"""
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
