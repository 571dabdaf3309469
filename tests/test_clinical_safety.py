"""Needling-safety content of the reference (issue 16): the precautions a clinician could
be hurt by if they were wrong, checked against what the data must and must not say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

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
               "axillary_vessels": r"\baxillary (artery|vessels)",
               "inferior_epigastric_vessels": r"inferior epigastric",
               "lateral_femoral_cutaneous_nerve": r"lateral femoral cutaneous"}
    for muscle in reference.dataset:
        text = " ".join(muscle.needling.precautions)
        for structure, pattern in phrases.items():
            if re.search(pattern, text, re.IGNORECASE):
                assert structure in muscle.needling.structures_at_risk, (muscle.id, structure)


def test_pneumothorax_levels_are_ordered():
    assert PNEUMOTHORAX_LEVELS == ("none", "low", "moderate", "high")


# --- point 8: pneumothorax risk and depth per trigger point --------------------------------

TRP2_NEEDLING = ("        spillover: [medial_scapular_border]\n    symptoms:",
                 "        spillover: [medial_scapular_border]\n"
                 "        needling:\n"
                 "          pneumothorax_risk: {risk}\n"
                 "          note: \"Why this point differs.\"\n"
                 "    symptoms:")


def test_trigger_point_risk_above_the_muscle_is_an_error(load, write_data):
    from tests.test_loader import problems_of

    old, new = TRP2_NEEDLING
    path = write_data((old, new.format(risk="high")))
    (message,) = problems_of(load, path)
    assert "levator_scapulae trp2: pneumothorax risk 'high' is above the muscle's 'moderate'" \
        in message
    assert "trigger_points.yaml:" in message


def test_muscle_risk_must_be_the_maximum_when_every_point_states_one(load, write_data):
    from tests.test_loader import problems_of

    path = write_data(("        spillover: [medial_scapular_border, posterior_shoulder]\n",
                       "        spillover: [medial_scapular_border, posterior_shoulder]\n"
                       "        needling: {pneumothorax_risk: low, note: \"Upper.\"}\n"),
                      (TRP2_NEEDLING[0], TRP2_NEEDLING[1].format(risk="low")))
    (message,) = problems_of(load, path)
    assert "the highest is 'low'" in message


def test_trigger_point_risk_at_or_below_the_muscle_loads(load, write_data):
    old, new = TRP2_NEEDLING
    muscle = load(write_data((old, new.format(risk="low")))).muscle("levator_scapulae")
    assert muscle.pneumothorax_risk_at(muscle.trigger_point("trp2")) == "low"
    assert muscle.pneumothorax_risk_at(muscle.trigger_point("trp1")) == "moderate"


def test_no_bundled_trigger_point_is_riskier_than_its_muscle(reference):
    for muscle in reference.dataset:
        ceiling = PNEUMOTHORAX_LEVELS.index(muscle.needling.pneumothorax_risk)
        for trp in muscle.trigger_points:
            assert PNEUMOTHORAX_LEVELS.index(muscle.pneumothorax_risk_at(trp)) <= ceiling


@pytest.mark.parametrize(("muscle_id", "risks"), [
    ("longissimus_thoracis", {"trp1": "moderate", "trp2": "low"}),
    ("multifidi_rotatores", {"trp1": "none", "trp2": "low", "trp3": "none", "trp4": "none"}),
    ("rhomboids", {"trp1": "high", "trp2": "high"}),
])
def test_risk_differs_within_the_muscles_the_review_named(reference, muscle_id, risks):
    muscle = reference.dataset.muscle(muscle_id)
    assert {t.id: t.needling.pneumothorax_risk for t in muscle.trigger_points} == risks


def test_rhomboid_major_carries_its_ultrasound_depth(reference):
    trp = reference.dataset.muscle("rhomboids").trigger_point("trp2")
    assert "19 mm" in trp.needling.depth and "preprint" in trp.needling.depth
    assert "valera_calero_rhomboid" in trp.needling.sources


@pytest.mark.parametrize("muscle_id", ["iliocostalis_thoracis", "iliocostalis_lumborum",
                                       "longissimus_thoracis", "multifidi_rotatores"])
def test_paraspinal_entries_warn_that_rib_counting_is_unreliable(reference, muscle_id):
    muscle = reference.dataset.muscle(muscle_id)
    assert any(p.startswith("Counting ribs by palpation is unreliable")
               for p in muscle.needling.precautions)
    assert "mintken_2025" in muscle.sources


def test_detail_panel_shows_the_risk_at_each_trigger_point(reference):
    from bodymap.ui.modes.explore.detail_html import muscle_html
    from bodymap.ui.theme import DEFAULT_THEME

    html = muscle_html(reference.dataset.muscle("longissimus_thoracis"), "left",
                       reference.dataset, DEFAULT_THEME)
    assert "Pneumothorax risk here: MODERATE" in html
    assert "Pneumothorax risk here: LOW" in html
    assert "Depth data:" in html
    assert "By trigger point" in html


# --- point 9: every source has an address; provenance notes behind a toggle ---------------

def all_sources(reference):
    return {**reference.dataset.sources, **reference.general.sources}


def test_every_source_has_an_address_or_is_a_book(reference):
    missing = [key for key, s in all_sources(reference).items()
               if not (s.url or s.doi) and s.kind != "book"]
    assert missing == []


def test_no_source_has_a_placeholder_title(reference):
    placeholders = [key for key, s in all_sources(reference).items()
                    if re.search(r"title not recorded|^\w[^.]*\. \[", s.citation)]
    assert placeholders == []


def test_dois_in_citations_are_also_in_the_doi_field(reference):
    for key, source in all_sources(reference).items():
        found = re.search(r"doi:\s*(10\.\S+?)[.;,)]?(\s|$)", source.citation)
        if found:
            assert source.doi == found.group(1), key


def test_detail_panel_hides_source_notes_until_toggled(qtbot, reference):
    from bodymap.domain.model import MuscleSide
    from bodymap.ui.modes.explore.detail_panel import DetailPanel
    from bodymap.ui.theme import DEFAULT_THEME

    panel = DetailPanel(reference.dataset, DEFAULT_THEME)
    qtbot.addWidget(panel)
    panel.show_muscle(MuscleSide("upper_trapezius", "left"))
    note = reference.dataset.sources["simons_1999"].accessed_via
    assert note[:40] not in panel.toPlainText()
    assert "Source notes" in panel.toPlainText()
    panel.anchorClicked.emit(QUrl("toggle:source-notes"))
    assert note[:40] in panel.toPlainText()
    panel.anchorClicked.emit(QUrl("toggle:source-notes"))
    assert note[:40] not in panel.toPlainText()


def test_source_notes_collapse_again_for_the_next_muscle(qtbot, reference):
    from bodymap.domain.model import MuscleSide
    from bodymap.ui.modes.explore.detail_panel import DetailPanel
    from bodymap.ui.theme import DEFAULT_THEME

    panel = DetailPanel(reference.dataset, DEFAULT_THEME)
    qtbot.addWidget(panel)
    panel.show_muscle(MuscleSide("upper_trapezius", "left"))
    panel.toggle_source_notes()
    panel.show_muscle(MuscleSide("rhomboids", "left"))
    assert not panel.source_notes_shown
    assert "Source note:" not in panel.toPlainText()


# --- point 12: small fixes -----------------------------------------------------------------

def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def test_one_in_thirteen_is_stated_for_bruising_only(reference):
    general = reference.general
    texts = [a.text for a in general.aftercare]
    texts += [p for page in general.patient_pages for p in page.paragraphs]
    found = [s for t in texts for s in sentences(t) if "1 in 13" in s]
    assert found
    for sentence in found:
        assert "bruis" in sentence
        assert "blood" not in sentence and "bleeding" not in sentence.split("1 in 13")[0]


def test_trapezius_gooseflesh_is_an_other_phenomenon_not_a_symptom(reference):
    muscle = reference.dataset.muscle("middle_trapezius")
    assert not any("gooseflesh" in s for s in muscle.symptoms)
    (phenomenon,) = muscle.other_phenomena
    assert phenomenon.kind == "gooseflesh"
    assert phenomenon.trigger_point.startswith("TrP7")
    assert "lateral_arm" in phenomenon.regions


def test_unplaced_phenomena_are_shown_in_the_detail_panel(reference):
    from bodymap.ui.modes.explore.detail_html import muscle_html
    from bodymap.ui.theme import DEFAULT_THEME

    html = muscle_html(reference.dataset.muscle("middle_trapezius"), "left", reference.dataset,
                       DEFAULT_THEME)
    assert "TrP7" in html and "Other (gooseflesh)" in html


DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_relative_link_in_the_docs_resolves():
    dead = []
    for page in DOCS.glob("*.md"):
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", page.read_text("utf-8")):
            if not (page.parent / target).exists():
                dead.append(f"{page.name} -> {target}")
    assert dead == []


def test_glossary_points_at_the_atlas_contract_in_docs():
    glossary = (DOCS / "glossary.md").read_text("utf-8")
    assert "(atlas-contract.md)" in glossary
    assert "`spec/ATLAS.md`" not in glossary


def test_atlas_contract_keeps_every_line_of_the_spec():
    """docs/atlas-contract.md is the shared spec/ATLAS.md with additions only (new figures):
    every line of the spec stands in the copy, in the same order."""
    spec = DOCS.parent.parent / "shared" / "spec" / "ATLAS.md"
    if not spec.exists():  # the spec folder sits beside the checkout on dev machines and CI
        pytest.skip(f"no shared spec at {spec} to compare docs/atlas-contract.md with")
    copy_lines = iter((DOCS / "atlas-contract.md").read_text("utf-8").splitlines())
    missing = [line for line in spec.read_text("utf-8").splitlines() if line not in copy_lines]
    assert missing == []


def test_bundled_data_follows_the_spec_order_that_docs_describe(reference):
    from bodymap import resources
    from bodymap.domain.spec import load_spec_muscles

    required = list(load_spec_muscles(resources.SPEC_MUSCLES_FILE))
    assert [m.id for m in reference.dataset] == required
    assert "does not check that order" in (DOCS / "data.md").read_text("utf-8")


# --- point 7: the clinician safety section -------------------------------------------------

def test_clinician_section_covers_every_required_topic_with_citations(reference):
    from bodymap.domain.general import REQUIRED_CLINICIAN_TOPICS

    general = reference.general
    assert [t.id for t in general.clinician_safety] == list(REQUIRED_CLINICIAN_TOPICS)
    for topic in general.clinician_safety:
        assert topic.items
        for item in topic.items:
            assert item.sources and all(k in general.sources for k in item.sources)


def test_clinician_section_states_the_uncertainty_about_inr_thresholds(reference):
    bleeding = reference.general.clinician_topic("bleeding_and_anticoagulation")
    text = " ".join(i.text for i in bleeding.items)
    assert "no validated INR cut-off" in text and "guidelines differ" in text


@pytest.mark.parametrize("phrase", ["pneumothorax", "vasovagal", "Needle-stick", "Infection",
                                    "Needle count", "anticoagulants", "lymphoedema"])
def test_clinician_topics_have_the_titles_the_review_asked_for(reference, phrase):
    titles = " ".join(t.title for t in reference.general.clinician_safety)
    assert phrase.lower() in titles.lower()


def test_missing_clinician_topic_is_a_data_error(tmp_path, reference):
    from bodymap import resources
    from bodymap.domain.general import load_general
    from bodymap.domain.problems import DataError
    from tests.file_edits import write_edited

    text = resources.GENERAL_FILE.read_text("utf-8")
    path = write_edited(text, "dry_needling.yaml", tmp_path / "dry_needling.yaml",
                        (("  - id: needle_count\n", "  - id: needle_tally\n"),))
    with pytest.raises(DataError) as caught:
        load_general(path, resources.GENERAL_SCHEMA_FILE, reference.dataset.sources)
    assert any("clinician safety topics missing: needle_count" in str(p)
               for p in caught.value.problems)


def test_detail_panel_opens_the_clinician_page_and_returns(qtbot, reference):
    from bodymap.domain.model import MuscleSide
    from bodymap.ui.modes.explore.detail_panel import DetailPanel
    from bodymap.ui.theme import DEFAULT_THEME

    panel = DetailPanel(reference.dataset, DEFAULT_THEME, general=reference.general)
    qtbot.addWidget(panel)
    panel.show_muscle(MuscleSide("rhomboids", "left"))
    assert "General needling safety" in panel.toPlainText()
    panel.anchorClicked.emit(QUrl("general:clinician-safety"))
    text = panel.toPlainText()
    assert panel.page == "clinician-safety"
    assert "Suspected pneumothorax" in text and "Needle-stick injury" in text
    panel.anchorClicked.emit(QUrl("back:muscle"))
    assert panel.page == "muscle" and "Left rhomboid major and minor" in panel.toPlainText()


def test_clinician_section_never_reaches_patient_screens(reference):
    from bodymap.ui.modes.patient import patient_html

    general = reference.general
    marker = general.clinician_topic("needle_count").items[0].text[:40]
    htmls = [patient_html.patient_welcome_html(general), patient_html.about_index_html(general),
             patient_html.warning_signs_html(general)]
    htmls += [patient_html.about_page_html(general, p.id) for p in general.patient_pages]
    htmls += [patient_html.patient_muscle_html(m, "left") for m in reference.dataset]
    from bodymap.domain.model import MuscleSide
    from bodymap.ui.modes.patient.handout import handout_html

    htmls.append(handout_html(reference, MuscleSide("rhomboids", "left")))
    for html in htmls:
        assert marker not in html
        assert "Suspected pneumothorax" not in html


# --- point 3: every precaution says where it comes from ------------------------------------

ATTRIBUTION = re.compile(
    r"\b(1[89]\d\d|20\d\d)\b|SA guideline|standard anatomy|unsourced|summary|PMC\d+|et al\."
    r"|J Man Manip Ther|Musculoskelet Sci Pract|Rehabil Med|AAP Education|Brainscape|excerpt"
    r"|NAMTPT|BMAS",
    re.IGNORECASE)


def test_every_needling_statement_names_its_source_or_says_it_has_none(reference):
    unattributed = []
    for muscle in reference.dataset:
        texts = list(muscle.needling.precautions)
        texts += [t.needling.note for t in muscle.trigger_points if t.needling]
        unattributed += [f"{muscle.id}: {t[:70]}" for t in texts if not ATTRIBUTION.search(t)]
    assert unattributed == []


def test_review_log_records_the_desk_audit():
    log = (DOCS / "review-log.md").read_text("utf-8")
    assert "2026-12-04" in log
    assert "automated-assistant review, not a clinician" in log
    assert "not a clinician review" in log
    for muscle_id in ("levator_scapulae", "iliopsoas", "rhomboids", "quadratus_lumborum"):
        assert muscle_id in log
    assert "(review-log.md)" in (DOCS / "data.md").read_text("utf-8")


def test_check_reports_a_web_source_without_an_address(load, write_data):
    from tests.test_loader import problems_of

    path = write_data(("    kind: book\n", "    kind: web\n"))
    (message,) = problems_of(load, path)
    assert "'simons_1999' (web) has neither a url nor a doi" in message
