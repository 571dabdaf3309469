"""A pain drawing as a record (issue 26 points 5 and 6): the versioned JSON, reading it back
(and version-1 files), CSV, comparing two visits, the CHOIR crosswalk, `lookup --drawing`."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from bodymap.cli import main
from bodymap.domain import choir
from bodymap.domain.drawing_record import (
    FORMAT,
    FORMAT_VERSION,
    RegionEntry,
    build_record,
    compare,
    coverage_fraction,
    parse_record,
    read_record,
    to_csv,
)
from bodymap.domain.model import RegionKey
from bodymap.domain.problems import DataError


def entry(text: str, fraction: float, intensity: int | None = 5,
          kinds: tuple[str, ...] = ("pain",)) -> RegionEntry:
    return RegionEntry(RegionKey.parse(text), fraction, intensity, kinds)


def record_json(*entries: RegionEntry, percent: float = 2.5, data_hash: str = "sha256:ab",
                patient: str = "") -> dict:
    return build_record(created="2026-12-04T10:00:00+01:00", app_version="1.0",
                        data_version="2026.12", data_hash=data_hash, patient_reference=patient,
                        percent_of_body=percent, regions=entries,
                        strokes=[{"view": "posterior", "kind": "paint", "radius": 14,
                                  "points": [[1, 2]], "intensity": 7,
                                  "sensation": "tingling"}],
                        ranking=[], labels={"temple": "Temporal region"})


def test_the_export_carries_format_versions_date_and_patient_reference():
    data = record_json(entry("temple.left", 0.5), patient="  visit A-17 ")
    assert data["format"] == FORMAT and data["format_version"] == FORMAT_VERSION
    assert data["app_version"] == "1.0" and data["data_version"] == "2026.12"
    assert data["data_hash"] == "sha256:ab"
    assert data["created"].startswith("2026-12-04")
    assert data["patient_reference"] == "visit A-17"
    assert record_json(entry("temple.left", 0.5))["patient_reference"] is None
    assert data["regions"] == [{"region": "temple", "side": "left", "label": "Temporal region",
                                "fraction": 0.5, "intensity": 5, "kinds": ["pain"]}]


def test_a_record_reads_back_as_it_was_written(tmp_path):
    path = tmp_path / "visit1.json"
    written = record_json(entry("temple.left", 0.5, 8, ("pain", "tingling")),
                          entry("sacrum.midline", 1.0, 3), patient="A-17")
    path.write_text(json.dumps(written), encoding="utf-8")
    record = read_record(path)
    assert record.format_version == 2 and record.patient_reference == "A-17"
    assert record.percent_of_body == 2.5
    assert record.fractions() == {RegionKey("sacrum", "midline"): 1.0,
                                  RegionKey("temple", "left"): 0.5}
    temple = next(e for e in record.regions if e.key.region_id == "temple")
    assert temple.intensity == 8 and temple.kinds == ("pain", "tingling")
    assert record.strokes[0]["intensity"] == 7 and record.strokes[0]["sensation"] == "tingling"


def test_a_file_from_before_the_format_had_a_version_is_read_as_version_1(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({
        "created": "2026-01-01T09:00:00+00:00",
        "extent": {"percent_of_body": 1.2, "regions": ["temple.left"]},
        "regions": {"temple.left": 0.4, "jaw_angle.right": 1.044},
        "strokes": [{"view": "anterior", "kind": "fill", "region": "jaw_angle.right"}],
        "ranking": []}), encoding="utf-8")
    record = read_record(path)
    assert record.format_version == 1 and record.data_hash is None
    # version 1 could write a little over 1 for a fully drawn region; read as fully drawn
    assert record.fractions()[RegionKey("jaw_angle", "right")] == 1.0
    assert all(e.intensity is None for e in record.regions)


@pytest.mark.parametrize(("change", "message"), [
    ({"format": "something-else"}, "not a bodymap pain drawing"),
    ({"format_version": 3}, "newer bodymap"),
    ({"format_version": "2"}, "whole number"),
    ({"regions": [{"region": "temple", "side": "left", "fraction": 1.2}]}, "from 0 to 1"),
    ({"regions": [{"region": "temple", "side": "up", "fraction": 0.2}]}, "REGION.SIDE"),
    ({"regions": [{"region": "temple", "side": "left", "fraction": 0.2, "intensity": 11}]},
     "intensity"),
    ({"regions": [{"region": "temple", "side": "left", "fraction": 0.2,
                   "kinds": ["itch"]}]}, "kinds"),
    ({"strokes": [{"intensity": -1}]}, "intensity"),
    ({"patient_reference": 17}, "patient_reference"),
])
def test_a_damaged_record_is_refused_with_the_reason(tmp_path, change, message):
    data = record_json(entry("temple.left", 0.5)) | change
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_record(path)
    assert message in str(caught.value) and str(path) in str(caught.value)


def test_json_that_does_not_parse_is_located_by_line_and_column(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('{\n  "format": "bodymap-pain-drawing",\n  "regions": [', encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_record(path)
    assert re.search(r"cut\.json:3:\d+: not valid JSON", str(caught.value))


def test_coverage_fractions_never_exceed_1():
    assert coverage_fraction(104.4, 100.0) == 1.0  # mask pixels round past the outline
    assert coverage_fraction(50.0, 100.0) == 0.5
    assert coverage_fraction(-1.0, 100.0) == 0.0
    assert coverage_fraction(10.0, 0.0) == 0.0


def test_csv_has_one_row_per_region_and_side_for_r_and_pandas():
    record = parse_record(record_json(entry("temple.left", 0.5, 8, ("pain", "tingling")),
                                      entry("temple.right", 0.25, None),
                                      entry("sacrum.midline", 1.0, 3)))
    rows = list(csv.DictReader(io.StringIO(to_csv(record, {"temple": "Temporal region"}))))
    assert [(r["region"], r["side"]) for r in rows] == [
        ("sacrum", "midline"), ("temple", "left"), ("temple", "right")]
    left = rows[1]
    assert left["label"] == "Temporal region" and left["fraction_covered"] == "0.500"
    assert left["intensity"] == "8" and left["kinds"] == "pain;tingling"
    assert rows[2]["intensity"] == ""  # not recorded, not zero
    assert all(0 <= float(r["fraction_covered"]) <= 1 for r in rows)
    assert rows[0]["choir_segments"] == ";".join(
        str(s) for s in choir.segments(RegionKey("sacrum", "midline")))


def test_two_visits_compare_by_extent_and_regions():
    visit1 = parse_record(record_json(entry("temple.left", 0.5), entry("occiput.left", 0.3),
                                      percent=3.0))
    visit3 = parse_record(record_json(entry("temple.left", 0.2), entry("jaw_angle.left", 0.4),
                                      percent=1.5))
    change = compare(visit1, visit3)
    assert change.extent_change == pytest.approx(-1.5)
    assert change.added == (RegionKey("jaw_angle", "left"),)
    assert change.cleared == (RegionKey("occiput", "left"),)
    assert [(c.key, c.before, c.after) for c in change.changed] == [
        (RegionKey("temple", "left"), 0.5, 0.2)]
    assert "smaller by 1.5 points" in change.summary()
    assert "3.0% → 1.5%" in change.summary()


# -- CHOIR crosswalk ------------------------------------------------------------------------
def test_every_body_region_has_a_choir_crosswalk_entry(reference):
    assert set(choir.CROSSWALK) == set(reference.dataset.regions)


def test_crosswalk_names_only_real_choir_segments_each_once():
    numbers = [n for pair in choir.CHOIR_AREAS.values() for n in pair]
    assert len(numbers) == len(set(numbers)) == 74  # the CBM's 36 front and 38 back segments
    assert set(numbers) == set(range(101, 137)) | set(range(201, 239))
    for areas in choir.CROSSWALK.values():
        assert areas and set(areas) <= set(choir.CHOIR_AREAS)


def test_crosswalk_sides_and_midline():
    assert choir.segments(RegionKey("low_back", "left")) == (218,)
    assert choir.segments(RegionKey("low_back", "right")) == (219,)
    assert choir.segments(RegionKey("anterior_chest", "right")) == (108,)
    assert choir.segments(RegionKey("sacrum", "midline")) == (218, 219, 223, 224)
    assert choir.spans_several("lateral_shoulder") and not choir.spans_several("low_back")


def test_the_export_carries_the_choir_segments_and_says_where_a_region_spans_several():
    data = record_json(entry("lateral_shoulder.left", 0.5), entry("low_back.right", 0.1),
                       entry("temple.left", 0.0))
    cbm = data["choir_body_map"]
    assert cbm["segments"] == sorted({*choir.segments(RegionKey("lateral_shoulder", "left")),
                                      219})
    by_region = {e["region"]: e for e in cbm["crosswalk"]}
    assert by_region["lateral_shoulder"]["spans_several_segments"] is True
    assert by_region["low_back"]["spans_several_segments"] is False
    assert "Scherrer" in cbm["source"]


# -- bodymap lookup --drawing -----------------------------------------------------------------
def test_lookup_ranks_an_exported_drawing(tmp_path, capsys):
    from bodymap.atlas.cache import data_hash

    path = tmp_path / "drawing.json"
    path.write_text(json.dumps(record_json(entry("angle_of_neck.left", 0.8),
                                           data_hash=data_hash())), encoding="utf-8")
    assert main(["lookup", "--drawing", str(path), "--json", "--top", "5"]) == 0
    out = capsys.readouterr()
    ranked = json.loads(out.out)
    assert ranked and ranked[0]["side"] == "left"
    assert "levator_scapulae" in [c["muscle"] for c in ranked]
    assert out.err == ""  # same data: no note
    # the same ranking as naming the region
    assert main(["lookup", "angle_of_neck.left", "--json", "--top", "5"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["muscle"] == ranked[0]["muscle"]


def test_lookup_notes_a_drawing_made_with_other_data(tmp_path, capsys):
    path = tmp_path / "drawing.json"
    path.write_text(json.dumps(record_json(entry("temple.left", 0.5))), encoding="utf-8")
    assert main(["lookup", "--drawing", str(path)]) == 0
    assert "drawn with other data" in capsys.readouterr().err


def test_lookup_refuses_a_bad_drawing_without_a_traceback(tmp_path, capsys):
    path = tmp_path / "drawing.json"
    path.write_text("[]", encoding="utf-8")
    assert main(["lookup", "--drawing", str(path)]) == 1
    err = capsys.readouterr().err
    assert "not a bodymap pain drawing" in err and "Traceback" not in err
    path.write_text(json.dumps(record_json(entry("nowhere.left", 0.5))), encoding="utf-8")
    assert main(["lookup", "--drawing", str(path)]) == 1
    assert "nowhere.left" in capsys.readouterr().err


def test_lookup_takes_regions_or_a_drawing_not_both(tmp_path, capsys):
    assert main(["lookup"]) == 2
    assert main(["lookup", "temple.left", "--drawing", str(tmp_path / "x.json")]) == 2
    assert "not both" in capsys.readouterr().err


def test_the_documented_crosswalk_is_the_one_in_the_code():
    from pathlib import Path

    doc = (Path(__file__).parent.parent / "docs" / "pain-drawing-record.md").read_text()
    for region_id in choir.CROSSWALK:
        right = ", ".join(str(n) for n in choir.segments(RegionKey(region_id, "right")))
        left = ", ".join(str(n) for n in choir.segments(RegionKey(region_id, "left")))
        assert f"| `{region_id}` | {', '.join(choir.CROSSWALK[region_id])} | {right} | {left} |" \
            in doc, region_id
