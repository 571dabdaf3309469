"""Every patient-facing text reads at or below US school grade 7 (Flesch-Kincaid), and the
syllable counter and formula behind that measure give known values."""

from __future__ import annotations

import re

import pytest

from bodymap.domain.model import EMERGENCY_LEAD
from bodymap.domain.readability import MAX_PATIENT_GRADE, grade_level, syllables, text_stats

# Dictionary syllable counts (Merriam-Webster), chosen to exercise each rule.
KNOWN_SYLLABLES = {
    "cat": 1, "the": 1, "make": 1, "stone": 1, "table": 2, "ankle": 2, "whale": 1,
    "boxes": 2, "makes": 1, "wanted": 2, "called": 1, "settled": 2, "needles": 2,
    "studies": 2, "worries": 2, "allergies": 3, "easier": 3, "soreness": 2, "safely": 2,
    "completely": 3, "movement": 2, "painful": 2, "argue": 2, "value": 2, "true": 1,
    "radio": 3, "video": 3, "station": 2, "clinician": 3, "especially": 4, "anxious": 2,
    "usual": 3, "quadratus": 3, "deep": 1, "reach": 1, "reopen": 3, "emergency": 4,
    "hospital": 3, "breathing": 2, "vomiting": 3, "confusion": 3, "trigger": 2,
    "shoulder": 2, "headache": 2, "dizziness": 3, "temperature": 4, "everything": 3,
    "beautiful": 3, "people": 2, "muscle": 2, "area": 3, "idea": 3, "physiotherapists": 6,
}


@pytest.mark.parametrize(("word", "count"), sorted(KNOWN_SYLLABLES.items()))
def test_syllable_counts(word, count):
    assert syllables(word) == count


def test_flesch_kincaid_known_values():
    # "The cat sat on the mat.": 6 words, 6 syllables, 1 sentence
    # 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
    assert grade_level("The cat sat on the mat.") == pytest.approx(-1.45)
    # Counted by hand: 2 sentences, 13 words, 19 syllables (hospital 3, tomorrow 3,
    # morning 2, doctor 2, the rest 1 each): 0.39 * 6.5 + 11.8 * 19 / 13 - 15.59 = 4.19
    text = "We will go to the hospital. Tomorrow morning we can see the doctor."
    stats = text_stats(text)
    assert (stats.words, stats.sentences, stats.syllables) == (13, 2, 19)
    assert stats.grade == pytest.approx(4.19, abs=0.01)
    # A hard sentence scores as hard: a university-level clause from a clinician text.
    assert grade_level("Ultrasound-guided intramuscular electrical stimulation demonstrated "
                       "statistically significant improvements.") > 16


def sentences_of(items) -> str:
    """List items are read one by one: measure each as a sentence of its own."""
    return " ".join(item.rstrip(".:") + "." for item in items)


def patient_texts(reference) -> list[tuple[str, str]]:
    from bodymap.ui.kiosk import window as kiosk_window
    from bodymap.ui.modes.patient import handout, patient_html

    general = reference.general
    texts = [(f"summary {m.id}", m.patient_summary) for m in reference.dataset]
    texts += [(f"red flag {m.id}", m.patient_red_flag.see_a_doctor + " "
               + sentences_of(m.patient_red_flag.urgent))
              for m in reference.dataset if m.patient_red_flag]
    texts += [(f"self-care {m.id}", " ".join(m.patient_self_care.steps))
              for m in reference.dataset if m.patient_self_care]
    texts += [(f"page {p.id}", " ".join(p.paragraphs)) for p in general.patient_pages]
    texts += [(f"red flags {a.area}", sentences_of((*a.urgent, *a.doctor_soon)))
              for a in general.pain_red_flags]
    texts += [(f"aftercare {i}", a.text) for i, a in enumerate(general.aftercare)]
    texts += [(f"warning sign {i}", f"{w.sign} {w.action}")
              for i, w in enumerate(general.warning_signs)]
    texts += [(f"evidence {k}", e.patient) for k, e in general.evidence.items()]

    def words(html: str) -> str:
        return re.sub(r"<[^>]+>", "", html)

    texts += [("kiosk home", kiosk_window.HOME_LEAD + " " + kiosk_window.DISCLAIMER),
              ("patient view", " ".join(words(t) for t in (
                  patient_html.PICTURE_KEY, patient_html.ABOUT_LEAD, patient_html.SELF_CARE_NOTE,
                  patient_html.WELCOME_LEAD, EMERGENCY_LEAD))),
              ("handout legend", words(handout.LEGEND_HTML))]
    return texts


def test_every_patient_text_reads_at_grade_7_or_below(reference):
    too_hard = [f"{name}: grade {grade_level(text):.1f}"
                for name, text in patient_texts(reference)
                if grade_level(text) > MAX_PATIENT_GRADE]
    assert not too_hard, "\n".join(too_hard)


def test_the_measure_covers_every_patient_text(reference):
    names = [name for name, _ in patient_texts(reference)]
    general = reference.general
    assert len(names) == (len(reference.dataset.muscles) * 1
                          + sum(1 for m in reference.dataset if m.patient_red_flag)
                          + sum(1 for m in reference.dataset if m.patient_self_care)
                          + len(general.patient_pages) + len(general.pain_red_flags)
                          + len(general.aftercare) + len(general.warning_signs)
                          + len(general.evidence) + 3)


def test_the_brain_mixing_signals_is_called_a_hypothesis(reference):
    """Convergence of nerve messages is the leading explanation of referred pain, not a
    proven fact: every summary that gives it says so."""
    for muscle in reference.dataset:
        summary = muscle.patient_summary
        if re.search(r"nerve messages|\bbrain\b", summary):
            assert "not yet proven" in summary, muscle.id
