"""The data loader and validator: a valid file loads; each kind of mistake is reported with
its file, line and column, in plain English, all in one run."""

from __future__ import annotations

import pytest

from bodymap.domain.model import MuscleSide, RegionKey
from bodymap.domain.problems import DataError


def problems_of(load, path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(path)
    return [str(p) for p in caught.value.problems]


def test_valid_file_loads_into_frozen_dataclasses(load, write_data):
    dataset = load(write_data())
    muscle = dataset.muscle("levator_scapulae")
    assert muscle.layer_name == "intermediate"
    assert [t.id for t in muscle.trigger_points] == ["trp1", "trp2"]
    assert muscle.trigger_points[0].essential.regions == ("angle_of_neck",)
    assert muscle.trigger_points[0].spillover.kind == "spillover"
    assert dataset.trigger_point_count() == 2
    assert dataset.zone_count() == 4
    with pytest.raises(AttributeError):
        muscle.name = "changed"  # type: ignore[misc]


def test_entries_remember_where_they_were_written(load, write_data):
    dataset = load(write_data())
    muscle = dataset.muscle("levator_scapulae")
    assert muscle.where.line == 9
    assert muscle.trigger_points[1].where.line == 25


def test_lookups_by_region_side_and_text(load, write_data):
    dataset = load(write_data())
    hits = dataset.referrers_to("medial_scapular_border")
    assert [(m.id, t.id, z.kind) for m, t, z in hits] == [
        ("levator_scapulae", "trp1", "spillover"), ("levator_scapulae", "trp2", "spillover")]
    assert [m.id for m in dataset.search("LEVATOR")] == ["levator_scapulae"]
    assert dataset.search("deltoid") == ()
    keys = dataset.muscle("levator_scapulae").zone_keys("left", dataset.regions, "essential")
    assert keys == (RegionKey("angle_of_neck", "left"),)
    assert dataset.muscle("levator_scapulae").display_name("left") == "Left levator scapulae"
    assert MuscleSide.parse("levator_scapulae.right") == MuscleSide("levator_scapulae", "right")


def test_midline_regions_keep_the_midline_side(load, write_data):
    dataset = load(write_data(("spillover: [medial_scapular_border]",
                               "spillover: [medial_scapular_border, sacrum]")))
    trp = dataset.muscle("levator_scapulae").trigger_point("trp2")
    assert RegionKey("sacrum", "midline") in trp.spillover.region_keys("left", dataset.regions)


def test_unknown_region_is_located_and_a_close_match_suggested(load, write_data):
    path = write_data(("essential: [angle_of_neck]\n        spillover: [medial_scapular_border, ",
                       "essential: [angle_of_nek]\n        spillover: [medial_scapular_border, "))
    (message,) = problems_of(load, path)
    assert message.startswith(f"{path}:23:")
    assert "unknown body region 'angle_of_nek'" in message
    assert "did you mean 'angle_of_neck'" in message


def test_region_in_both_zones_is_reported(load, write_data):
    path = write_data(("spillover: [medial_scapular_border, posterior_shoulder]",
                       "spillover: [angle_of_neck, posterior_shoulder]"))
    (message,) = problems_of(load, path)
    assert f"{path}:24:" in message
    assert "both the essential and the spillover zone" in message


def test_undefined_and_unused_sources(load, write_data):
    path = write_data(("sources: [simons_1999]", "sources: [simons_199]"))
    messages = problems_of(load, path)
    assert any("cites the source 'simons_199'" in m and "did you mean 'simons_1999'" in m
               and ":44:" in m for m in messages)
    assert any("'simons_1999' is defined but no muscle cites it" in m and ":5:" in m
               for m in messages)


def test_duplicate_muscle_ids(load, write_data):
    text = (write_data().read_text())
    entry = text[text.index("  - id: levator_scapulae"):]
    path = write_data(text=text + entry)
    messages = problems_of(load, path)
    assert any("muscle id 'levator_scapulae' is already used by muscle number 1" in m
               for m in messages)


def test_duplicate_trigger_point_ids_and_bad_shape(load, write_data):
    path = write_data(("- id: trp2", "- id: trp1"))
    assert any("trigger point id 'trp1' is used twice" in m for m in problems_of(load, path))
    path = write_data(("- id: trp2", "- id: TrP-2"))
    assert any("'TrP-2', which is not in the expected form" in m for m in problems_of(load, path))


def test_missing_field_and_wrong_type_in_plain_english(load, write_data):
    path = write_data(("    layer: 2\n", "    layer: deep\n"),
                      ("    latin: Musculus levator scapulae\n", ""))
    messages = problems_of(load, path)
    assert any(m.endswith("missing required field 'latin'") and ":9:" in m for m in messages)
    assert any("'layer' is 'deep'; it must be one of: 1, 2, 3" in m and ":13:" in m
               for m in messages)


def test_unknown_field_is_named(load, write_data):
    path = write_data(("    synonyms: [levator]", "    synonym: [levator]"))
    (message,) = problems_of(load, path)
    assert "unknown field 'synonym'" in message and ":12:5:" in message


def test_pneumothorax_risk_demands_lung_and_precautions(load, write_data):
    path = write_data(("structures_at_risk: [lung_pleura, dorsal_scapular_nerve_artery]",
                       "structures_at_risk: [dorsal_scapular_nerve_artery]"))
    (message,) = problems_of(load, path)
    assert "'lung_pleura' must be among its structures at risk" in message


def test_patient_summary_keeps_to_the_patient_register(load, write_data):
    path = write_data(("When a tight, tender knot forms in it,",
                       "When a knot forms, a needle inserted to 2 cm depth helps, and"))
    (message,) = problems_of(load, path)
    assert "clinician or needling words" in message
    assert "needle" in message and "depth" in message


def test_patient_summary_length(load, write_data):
    path = write_data(text=None)
    short = path.read_text().replace(
        path.read_text()[path.read_text().index("      This muscle"):
                         path.read_text().index("    sources:")],
        "      A short summary.\n")
    path.write_text(short)
    (message,) = problems_of(load, path)
    assert "the patient summary has 3 words; keep it between 40 and 90" in message


def test_every_problem_is_reported_in_one_run(load, write_data):
    path = write_data(("essential: [angle_of_neck]", "essential: [nowhere]"),
                      ("pneumothorax_risk: moderate", "pneumothorax_risk: severe"),
                      ("sources: [simons_1999]", "sources: [nobody]"))
    messages = problems_of(load, path)
    assert len(messages) >= 4
    assert messages == sorted(messages, key=lambda m: int(m.split(":")[1]))


UPPER_TRP_ZONES = "essential: [angle_of_neck]\n        spillover: [medial_scapular_border, "


def test_laterality_can_differ_between_the_essential_and_spillover_zone(load, write_data):
    dataset = load(write_data((UPPER_TRP_ZONES,
                               "laterality: {essential: both}\n        " + UPPER_TRP_ZONES)))
    trp = dataset.muscle("levator_scapulae").trigger_point("trp1")
    assert trp.essential.region_keys("left", dataset.regions) == (
        RegionKey("angle_of_neck", "left"), RegionKey("angle_of_neck", "right"))
    assert RegionKey("medial_scapular_border", "right") not in trp.spillover.region_keys(
        "left", dataset.regions)
    assert trp.sides_note() == ("The essential zone is felt on both sides; "
                                "the spillover on this side only.")


def test_a_wrong_laterality_is_explained(load, write_data):
    path = write_data((UPPER_TRP_ZONES,
                       "laterality: {essential: left}\n        " + UPPER_TRP_ZONES))
    messages = problems_of(load, path)
    assert any(f"{path}:23:" in m and "'laterality'" in m and "'same' (the trigger point's side)"
               in m for m in messages), messages
