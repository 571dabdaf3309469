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


@pytest.mark.parametrize(("name", "copy"), [("body_regions.yaml", resources.REGIONS_FILE),
                                            ("muscles.yaml", resources.SPEC_MUSCLES_FILE)])
def test_repository_copies_are_the_shared_spec(name, copy):
    """The contracts live in the shared spec folder beside the checkout; the repository keeps
    copies, which the other tests check against. Where the folder is absent (a plain clone),
    say so rather than pass."""
    spec = SHARED_SPEC / name
    if not spec.exists():
        pytest.skip(f"{spec} is absent: only the repository copy {copy.name} is checked")
    assert spec.read_text(encoding="utf-8") == copy.read_text(encoding="utf-8")


def test_muscle_ids_and_layers_follow_the_spec(reference):
    spec = resources.SPEC_MUSCLES_FILE  # the repository's copy of the shared spec
    entries = {m["id"]: m for m in yaml.load(spec.read_text(encoding="utf-8"),
                                            Loader=yaml.CSafeLoader)["muscles"]}
    for muscle in reference.dataset:
        assert muscle.id in entries
        assert (muscle.view, muscle.layer) == (entries[muscle.id]["view"],
                                               entries[muscle.id]["layer"])


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
