"""General dry-needling content and the completeness rules of the muscle data."""

from __future__ import annotations

import pytest

from bodymap import resources
from bodymap.domain.general import REQUIRED_PAGES, load_general
from bodymap.domain.problems import DataError
from bodymap.domain.spec import load_spec_muscles
from tests.file_edits import write_edited


@pytest.fixture
def general_file(tmp_path):
    def write(*replacements: tuple[str, str]):
        return write_edited(resources.GENERAL_FILE.read_text(encoding="utf-8"),
                            "dry_needling.yaml", tmp_path / "dry_needling.yaml", replacements)

    return write


def general_problems(path, reference) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_general(path, resources.GENERAL_SCHEMA_FILE, reference.dataset.sources)
    return [str(p) for p in caught.value.problems]


def test_bundled_general_content(reference):
    general = reference.general
    assert [p.id for p in general.patient_pages] == list(REQUIRED_PAGES)
    assert general.absolute_contraindications and general.relative_contraindications
    assert any("pregnan" in d.topic.lower() for d in general.disagreements)
    assert any("Brady" in s.study for s in general.studies)
    assert any("collapsed lung" in w.sign.lower() or "breath" in w.sign.lower()
               for w in general.warning_signs)
    assert set(general.evidence) >= {"low_back", "neck"}
    for page in general.patient_pages:
        assert page.sources and all(key in general.sources for key in page.sources)


def test_patient_text_may_not_describe_technique(general_file, reference):
    first = reference.general.patient_pages[0].paragraphs[0]
    path = general_file((first, first + " The needle is inserted to a depth of 2 cm."))
    problems = general_problems(path, reference)
    assert len(problems) == 1
    assert "patient text uses clinician or technique words (cm, depth, inserted)" in problems[0]
    assert problems[0].startswith(f"{path}:")


def test_sources_are_checked_across_both_files(general_file, reference):
    page = reference.general.patient_pages[0]
    key = page.sources[0]
    path = general_file((f"sources: [{key}", f"sources: [no_such_source, {key}"))
    problems = general_problems(path, reference)
    assert any("the source 'no_such_source' is not defined" in p for p in problems)


def test_missing_patient_page_is_reported(general_file, reference):
    path = general_file(("id: what_is_dry_needling", "id: what_is_dry_needling_now"))
    problems = general_problems(path, reference)
    assert any("patient pages missing: what_is_dry_needling" in p for p in problems)


def test_every_spec_muscle_is_required(load, write_data, regions):
    from bodymap.domain.loader import load_dataset

    required = load_spec_muscles(resources.SPEC_MUSCLES_FILE)
    path = write_data(("    layer: 2\n", "    layer: 3\n"))
    with pytest.raises(DataError) as caught:
        load_dataset(path, regions, resources.SCHEMA_FILE, required)
    messages = [str(p) for p in caught.value.problems]
    assert any("levator_scapulae: the spec gives layer 2, not 3" in m for m in messages)
    missing = [m for m in messages if "has no entry" in m]
    assert len(missing) == len(required) - 1
    assert any("'upper_trapezius' (Upper trapezius) has no entry" in m for m in missing)


def test_bundled_data_covers_the_spec(reference):
    required = load_spec_muscles(resources.SPEC_MUSCLES_FILE)
    assert [m.id for m in reference.dataset] == list(required)
    for muscle in reference.dataset:
        assert muscle.sources
        if muscle.needling.pneumothorax_risk != "none":
            assert muscle.needling.precautions
