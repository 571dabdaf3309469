"""Issue 23's staged entries (bodymap/data/staging/): the shoulder, arm, forearm and hand
muscles, validated with the domain loader together with the bundled data until the atlas
draws them and they move into the bundled files. The atlas cross-check is not run here: the
staged muscles, trigger points and regions have no geometry yet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bodymap import resources
from bodymap.domain.loader import load_dataset
from bodymap.domain.readability import MAX_PATIENT_GRADE, grade_level
from bodymap.domain.regions import load_regions
from bodymap.domain.spec import load_spec_muscles

STAGING = resources.DATA_DIR / "staging"
STAGED_ENTRIES = STAGING / "issue23_entries.yaml"
STAGED_REGIONS = STAGING / "issue23_regions.yaml"
STAGED_MUSCLES = STAGING / "issue23_muscles.yaml"
ISSUE_23_MUSCLES = (
    "anterior_deltoid", "middle_deltoid", "subscapularis", "coracobrachialis",
    "biceps_brachii", "brachialis", "triceps_brachii", "brachioradialis",
    "extensor_carpi_radialis_longus", "extensor_carpi_radialis_brevis",
    "extensor_carpi_ulnaris", "extensor_digitorum", "supinator", "palmaris_longus",
    "flexor_carpi_radialis", "flexor_carpi_ulnaris", "flexor_digitorum_superficialis_profundus",
    "adductor_pollicis", "opponens_pollicis", "first_dorsal_interosseous")
ISSUE_23_REGIONS = (
    "medial_elbow", "antecubital", "volar_forearm", "volar_wrist", "dorsal_wrist", "palm",
    "dorsal_hand", "thumb", "thenar", "thumb_web", "index_finger", "fingers", "middle_finger")


def _yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def _list_lines(path: Path) -> str:
    """The '  - {...}' lines of a flow-style list file (regions or muscles)."""
    return "".join(line for line in path.read_text(encoding="utf-8").splitlines(True)
                   if line.startswith("  - "))


def _appended(bundled: Path, staged: Path, out: Path) -> Path:
    out.write_text(bundled.read_text(encoding="utf-8") + _list_lines(staged), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def staged(tmp_path_factory):
    """The bundled data with issue 23's staged regions, spec lines and entries added, loaded
    by the same loader the app uses (schema, meaning, spec completeness)."""
    tmp = tmp_path_factory.mktemp("issue23")
    regions = load_regions(_appended(resources.REGIONS_FILE, STAGED_REGIONS,
                                     tmp / "body_regions.yaml"))
    spec = load_spec_muscles(_appended(resources.SPEC_MUSCLES_FILE, STAGED_MUSCLES,
                                       tmp / "muscles.yaml"))
    data = _yaml(resources.DATA_FILE)
    extra = _yaml(STAGED_ENTRIES)
    assert not set(extra["sources"]) & set(data["sources"]), "a staged source key is defined twice"
    data["sources"].update(extra["sources"])
    data["muscles"] += extra["muscles"]
    combined = tmp / "trigger_points.yaml"
    combined.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                        encoding="utf-8")
    return load_dataset(combined, regions, resources.SCHEMA_FILE, required=spec)


def test_staged_entries_pass_the_loader_in_spec_order(staged):
    assert tuple(m.id for m in staged)[-len(ISSUE_23_MUSCLES):] == ISSUE_23_MUSCLES


def test_staged_spec_lines_and_regions_are_the_issue_23_ones():
    assert tuple(m["id"] for m in _yaml(STAGED_MUSCLES)["muscles"]) == ISSUE_23_MUSCLES
    assert tuple(r["id"] for r in _yaml(STAGED_REGIONS)["regions"]) == ISSUE_23_REGIONS


def test_nothing_staged_is_in_the_bundled_files_yet():
    """Staging holds only what the bundled files lack; once the atlas draws these muscles
    their entries move into the bundled files and the staging files are deleted."""
    bundled = {m["id"] for m in _yaml(resources.DATA_FILE)["muscles"]}
    assert not bundled & set(ISSUE_23_MUSCLES)
    bundled_regions = {r["id"] for r in _yaml(resources.REGIONS_FILE)["regions"]}
    assert not bundled_regions & set(ISSUE_23_REGIONS)


def test_every_staged_region_is_used_by_a_staged_zone(staged):
    used = {r for m in staged if m.id in ISSUE_23_MUSCLES
            for t in m.trigger_points for z in t.zones for r in z.regions}
    assert set(ISSUE_23_REGIONS) <= used


@pytest.mark.parametrize("muscle_id", ISSUE_23_MUSCLES)
def test_staged_patient_text_reads_at_grade_7_and_calls_the_idea_unproven(staged, muscle_id):
    muscle = staged.muscle(muscle_id)
    summary = muscle.patient_summary
    assert grade_level(summary) <= MAX_PATIENT_GRADE, grade_level(summary)
    if re.search(r"nerve messages|\bbrain\b", summary):
        assert "leading idea, not yet proven" in summary
    flag = muscle.patient_red_flag
    if flag is not None:
        urgent = " ".join(sign.rstrip(".:") + "." for sign in flag.urgent)
        assert grade_level(flag.see_a_doctor + " " + urgent) <= MAX_PATIENT_GRADE


@pytest.mark.parametrize("muscle_id", ("anterior_deltoid", "coracobrachialis",
                                       "biceps_brachii"))
def test_front_of_shoulder_and_arm_pain_carries_the_heart_red_flag(staged, muscle_id):
    """Pain at the front of the shoulder and down the arm is also how heart pain presents."""
    flag = staged.muscle(muscle_id).patient_red_flag
    assert flag is not None and "heart" in flag.see_a_doctor
    assert "hse_chest_pain" in flag.sources


@pytest.mark.parametrize(("muscle_id", "structure"), (
    ("supinator", "radial_nerve"), ("brachioradialis", "radial_nerve"),
    ("triceps_brachii", "radial_nerve"), ("triceps_brachii", "ulnar_nerve"),
    ("palmaris_longus", "median_nerve"), ("flexor_digitorum_superficialis_profundus",
                                          "median_nerve"),
    ("flexor_carpi_ulnaris", "ulnar_nerve"), ("biceps_brachii", "brachial_artery"),
    ("coracobrachialis", "musculocutaneous_nerve"),
    ("first_dorsal_interosseous", "radial_artery"),
    ("subscapularis", "axillary_vessels"), ("subscapularis", "lung_pleura")))
def test_the_nerves_and_vessels_at_risk_are_named(staged, muscle_id, structure):
    assert structure in staged.muscle(muscle_id).needling.structures_at_risk


def test_subscapularis_grades_pneumothorax_per_trigger_point(staged):
    """Reached through the axilla, a needle aimed at the scapula has bone behind it; one
    pointed at the chest wall high in the axilla can reach the pleura."""
    muscle = staged.muscle("subscapularis")
    grades = {t.id: t.needling.pneumothorax_risk for t in muscle.trigger_points}
    assert grades == {"trp1": "low", "trp2": "moderate"}
    assert muscle.needling.pneumothorax_risk == "moderate"


def test_supinator_cites_the_cadaver_distances_to_the_deep_radial_nerve(staged):
    muscle = staged.muscle("supinator")
    assert "fernandez_de_las_penas_2021_supinator" in muscle.sources
    assert any("deep branch" in p for p in muscle.needling.precautions)


@pytest.mark.parametrize("condition", ("radiculopathy", "lateral epicondylalgia",
                                       "carpal tunnel", "thoracic outlet"))
def test_the_issue_23_rule_outs_appear(staged, condition):
    texts = [r.lower() for m in staged if m.id in ISSUE_23_MUSCLES for r in m.rule_out]
    assert any(condition in t for t in texts)


@pytest.mark.parametrize(("muscle_id", "essential"), (
    # MedLink mpssi13 (T&S 1983 p. 511): chiefly the lateral epicondyle, often the thumb web.
    ("supinator", {"lateral_elbow", "thumb_web"}),
    # NAMTPT: posterior shoulder, with the diagnostic band around the wrist.
    ("subscapularis", {"posterior_shoulder", "dorsal_wrist"}),
    # Kent 2009 quoting T&S 1999: distal brachialis TrPs refer to the base of the thumb.
    ("brachialis", {"thumb_web"}),
    # Niel-Asher: the first dorsal interosseous refers along the index finger.
    ("first_dorsal_interosseous", {"index_finger"})))
def test_classic_essential_zones(staged, muscle_id, essential):
    zones = {r for t in staged.muscle(muscle_id).trigger_points
             for z in t.zones if z.kind == "essential" for r in z.regions}
    assert essential <= zones
