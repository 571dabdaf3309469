"""The project's promises to a newcomer: README commands, CI, schema and vocabularies agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from bodymap import resources
from bodymap.domain.structures import STRUCTURES

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", quick)


def test_readme_has_exactly_two_quick_start_commands():
    run, test = readme_commands()
    assert run.endswith(".venv/bin/bodymap")
    assert test.endswith(".venv/bin/python -m pytest")


def test_ci_runs_the_readme_test_command_verbatim():
    _, test = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci


def test_data_file_points_editors_at_the_schema():
    first = resources.DATA_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=trigger_points.schema.json"


def test_schema_vocabularies_match_the_code_and_the_regions_file():
    schema = json.loads(resources.SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$defs"]["structure"]["enum"] == list(STRUCTURES)
    regions = yaml.load(resources.REGIONS_FILE.read_text(encoding="utf-8"),
                        Loader=yaml.CSafeLoader)["regions"]
    assert schema["$defs"]["region_id"]["enum"] == [r["id"] for r in regions]


def test_regions_file_is_the_spec_copy():
    """The spec's vocabulary word for word, then only entries of its whole-body extension
    (those the lateral head and plantar figures draw), each exactly as the extension has it."""
    spec = ROOT.parent / "shared" / "spec" / "body_regions.yaml"
    if spec.exists():  # the spec folder sits beside the checkout in CI and on dev machines
        text = resources.REGIONS_FILE.read_text("utf-8")
        base = spec.read_text(encoding="utf-8")
        assert text.startswith(base)
        added = yaml.load(text, Loader=yaml.CSafeLoader)["regions"][
            len(yaml.load(base, Loader=yaml.CSafeLoader)["regions"]):]
        whole = yaml.load((spec.parent / "body_regions-wholebody.yaml").read_text("utf-8"),
                          Loader=yaml.CSafeLoader)["regions"]
        assert all(entry in whole for entry in added), added


def test_muscle_ids_and_layers_follow_the_spec(reference):
    """Every muscle is in the spec or its whole-body extension, with the view and layer
    given there (and the extension's alt_view where the data uses one)."""
    spec = ROOT.parent / "shared" / "spec" / "muscles.yaml"
    if not spec.exists():
        return
    entries = {m["id"]: m for m in yaml.load(spec.read_text(encoding="utf-8"),
                                            Loader=yaml.CSafeLoader)["muscles"]}
    whole = spec.parent / "muscles-wholebody.yaml"   # the whole-body extension (issue 22 on)
    if whole.exists():
        entries.update({m["id"]: m for m in yaml.load(whole.read_text(encoding="utf-8"),
                                                     Loader=yaml.CSafeLoader)["muscles"]})
    for muscle in reference.dataset:
        assert muscle.id in entries
        assert (muscle.view, muscle.layer) == (entries[muscle.id]["view"],
                                               entries[muscle.id]["layer"])
        if muscle.alt_view is not None:
            assert muscle.alt_view == entries[muscle.id].get("alt_view")
