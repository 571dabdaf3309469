"""The project's promises to a newcomer: README commands, CI, schema and vocabularies agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from bodymap import resources
from bodymap.domain.structures import STRUCTURES

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPEC = ROOT.parent / "shared" / "spec"


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
    (those the lateral head and plantar figures draw), each exactly as the extension has it.
    Where the spec folder is absent (a plain clone), say so rather than pass."""
    spec = SHARED_SPEC / "body_regions.yaml"
    if not spec.exists():
        pytest.skip(f"{spec} is absent: only the repository copy is checked")
    text = resources.REGIONS_FILE.read_text("utf-8")
    base = spec.read_text(encoding="utf-8")
    assert text.startswith(base)
    added = yaml.load(text, Loader=yaml.CSafeLoader)["regions"][
        len(yaml.load(base, Loader=yaml.CSafeLoader)["regions"]):]
    whole = yaml.load((spec.parent / "body_regions-wholebody.yaml").read_text("utf-8"),
                      Loader=yaml.CSafeLoader)["regions"]
    assert all(entry in whole for entry in added), added


def test_muscles_file_is_the_spec_copy():
    """The repository's copy of spec/muscles.yaml (which the next test reads): the spec word
    for word, then only muscles of its whole-body extension, each field as it has it."""
    spec = SHARED_SPEC / "muscles.yaml"
    if not spec.exists():
        pytest.skip(f"{spec} is absent: only the repository copy is checked")
    text = resources.SPEC_MUSCLES_FILE.read_text(encoding="utf-8")
    base = spec.read_text(encoding="utf-8")
    assert text.startswith(base)
    added = yaml.load(text, Loader=yaml.CSafeLoader)["muscles"][
        len(yaml.load(base, Loader=yaml.CSafeLoader)["muscles"]):]
    whole = {m["id"]: m for m in yaml.load((SHARED_SPEC / "muscles-wholebody.yaml").read_text(
        "utf-8"), Loader=yaml.CSafeLoader)["muscles"]}
    for entry in added:
        assert entry["id"] in whole, entry
        assert {k: whole[entry["id"]].get(k) for k in entry} == entry


def test_muscle_ids_and_layers_follow_the_spec(reference):
    """Every muscle is in the repository's copy of the spec and its whole-body extension, with
    the view and layer given there; and, checked against the shared spec folder where it is
    present, the extension's alt_view where the data uses one."""
    spec = resources.SPEC_MUSCLES_FILE  # the repository's copy of the spec and its extension
    entries = {m["id"]: m for m in yaml.load(spec.read_text(encoding="utf-8"),
                                            Loader=yaml.CSafeLoader)["muscles"]}
    for muscle in reference.dataset:
        assert muscle.id in entries
        assert (muscle.view, muscle.layer) == (entries[muscle.id]["view"],
                                               entries[muscle.id]["layer"])
    whole = SHARED_SPEC / "muscles-wholebody.yaml"
    if not whole.exists():
        pytest.skip(f"{whole} is absent: alt_view is not checked")
    extension = {m["id"]: m for m in yaml.load(whole.read_text(encoding="utf-8"),
                                              Loader=yaml.CSafeLoader)["muscles"]}
    for muscle in reference.dataset:
        if muscle.alt_view is not None:
            assert muscle.alt_view == extension[muscle.id].get("alt_view")


def schema_patterns(node) -> list[str]:
    if isinstance(node, dict):
        found = [node["pattern"]] if isinstance(node.get("pattern"), str) else []
        return found + [p for value in node.values() for p in schema_patterns(value)]
    if isinstance(node, list):
        return [p for value in node for p in schema_patterns(value)]
    return []


def test_schemas_spell_ids_with_the_one_id_grammar():
    from bodymap.domain.ids import MUSCLE_ID, NAME_ID, TRP_ID

    grammar = {NAME_ID.pattern, MUSCLE_ID.pattern, TRP_ID.pattern}
    for schema in sorted(resources.DATA_DIR.glob("*.schema.json")):
        patterns = schema_patterns(json.loads(schema.read_text(encoding="utf-8")))
        # Id patterns start with a lower-case letter class or "trp"; others (urls, DOIs) differ.
        ids = [p for p in patterns if p.startswith(("^[a-z]", "^trp"))]
        assert ids and set(ids) <= grammar, (schema.name, set(ids) - grammar)
