"""Issue 22's staged entries (data/staging/): the head, face, jaw, chest-wall and
abdominal-wall muscles, validated with the domain loader together with the bundled data
until the atlas draws them and they move into the bundled files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bodymap import resources
from bodymap.domain.loader import load_dataset
from bodymap.domain.readability import MAX_PATIENT_GRADE, grade_level
from bodymap.domain.regions import load_regions
from bodymap.domain.spec import load_spec_muscles

STAGING = resources.DATA_DIR / "staging"
STAGED_ENTRIES = STAGING / "issue22_trigger_points.yaml"
STAGED_REGIONS = STAGING / "issue22_regions.yaml"
STAGED_MUSCLES = STAGING / "issue22_muscles.yaml"
ISSUE_22_MUSCLES = (
    "masseter", "temporalis", "lateral_pterygoid", "medial_pterygoid", "digastric",
    "frontalis", "occipitalis", "zygomaticus_major", "orbicularis_oculi", "pectoralis_major",
    "subclavius", "sternalis", "intercostals", "external_oblique")


def _list_lines(path: Path) -> str:
    """The '  - {...}' lines of a flow-style list file (regions or muscles)."""
    return "".join(line for line in path.read_text(encoding="utf-8").splitlines(True)
                   if line.startswith("  - "))


def _appended(bundled: Path, staged: Path, out: Path) -> Path:
    out.write_text(bundled.read_text(encoding="utf-8") + _list_lines(staged), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def staged(tmp_path_factory):
    """The bundled data with issue 22's staged regions, muscles and entries added."""
    tmp = tmp_path_factory.mktemp("issue22")
    regions = load_regions(_appended(resources.REGIONS_FILE, STAGED_REGIONS,
                                     tmp / "body_regions.yaml"))
    spec = load_spec_muscles(_appended(resources.SPEC_MUSCLES_FILE, STAGED_MUSCLES,
                                       tmp / "muscles.yaml"))
    data = yaml.load(resources.DATA_FILE.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    extra = yaml.load(STAGED_ENTRIES.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert not set(extra["sources"]) & set(data["sources"]), "a staged source key is defined twice"
    data["sources"].update(extra["sources"])
    data["muscles"] += extra["muscles"]
    combined = tmp / "trigger_points.yaml"
    combined.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                        encoding="utf-8")
    return load_dataset(combined, regions, resources.SCHEMA_FILE, required=spec)


def test_staged_entries_pass_the_loader_schema_and_spec_order(staged):
    assert [m.id for m in staged][-len(ISSUE_22_MUSCLES):] == list(ISSUE_22_MUSCLES)


def test_staged_muscles_are_the_issue_22_groups():
    listed = yaml.safe_load(STAGED_MUSCLES.read_text(encoding="utf-8"))["muscles"]
    assert tuple(m["id"] for m in listed) == ISSUE_22_MUSCLES


def test_nothing_staged_is_in_the_bundled_files_yet():
    """The staging folder holds what the bundled files lack; once the atlas draws these
    muscles they move into the bundled files and the staging files are deleted."""
    bundled = yaml.safe_load(resources.DATA_FILE.read_text(encoding="utf-8"))
    assert not {m["id"] for m in bundled["muscles"]} & set(ISSUE_22_MUSCLES)
    staged_regions = {r["id"] for r in yaml.safe_load(
        STAGED_REGIONS.read_text(encoding="utf-8"))["regions"]}
    bundled_regions = {r["id"] for r in yaml.safe_load(
        resources.REGIONS_FILE.read_text(encoding="utf-8"))["regions"]}
    assert not staged_regions & bundled_regions


def test_every_staged_region_is_used(staged):
    used = {r for m in staged if m.id in ISSUE_22_MUSCLES
            for t in m.trigger_points for z in t.zones for r in z.regions}
    staged_regions = {r["id"] for r in yaml.safe_load(
        STAGED_REGIONS.read_text(encoding="utf-8"))["regions"]}
    assert staged_regions <= used


@pytest.mark.parametrize("muscle_id", ISSUE_22_MUSCLES)
def test_staged_patient_text_reads_at_grade_7(staged, muscle_id):
    muscle = staged.muscle(muscle_id)
    assert grade_level(muscle.patient_summary) <= MAX_PATIENT_GRADE
    flag = muscle.patient_red_flag
    assert flag is not None, "every issue-22 muscle's symptoms overlap serious disease"
    urgent = " ".join(sign.rstrip(".:") + "." for sign in flag.urgent)
    assert grade_level(flag.see_a_doctor + " " + urgent) <= MAX_PATIENT_GRADE


@pytest.mark.parametrize("muscle_id", ("pectoralis_major", "subclavius", "sternalis",
                                       "intercostals"))
def test_chest_wall_muscles_carry_a_pneumothorax_risk(staged, muscle_id):
    needling = staged.muscle(muscle_id).needling
    assert needling.pneumothorax_risk in ("moderate", "high")
    assert "lung_pleura" in needling.structures_at_risk


@pytest.mark.parametrize(("muscle_id", "structure"), (
    ("masseter", "parotid_gland_duct"), ("masseter", "facial_nerve"),
    ("lateral_pterygoid", "maxillary_artery"), ("orbicularis_oculi", "eye_orbit"),
    ("sternalis", "heart_pericardium")))
def test_face_and_sternum_hazards_are_named(staged, muscle_id, structure):
    assert structure in staged.muscle(muscle_id).needling.structures_at_risk
