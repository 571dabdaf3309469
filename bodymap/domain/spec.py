"""The muscle list the reference must cover (bodymap/data/muscles.yaml, a copy of the spec)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bodymap.domain.problems import DataError
from bodymap.domain.yaml_source import read_yaml


@dataclass(frozen=True)
class SpecMuscle:
    id: str
    name: str
    latin: str
    view: str
    layer: int
    alt_view: str | None = None  # where it is drawn meanwhile, when `view` cannot show it


def load_spec_muscles(path: Path | str) -> dict[str, SpecMuscle]:
    """Read the required muscles, in their order; raise DataError if the list is unusable."""
    data, positions = read_yaml(path)
    entries = data.get("muscles") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise DataError([positions.problem((), "expected a top-level 'muscles:' list")])
    muscles: dict[str, SpecMuscle] = {}
    problems = []
    for i, entry in enumerate(entries):
        try:
            muscle = SpecMuscle(str(entry["id"]), str(entry["name"]), str(entry["latin"]),
                                str(entry["view"]), int(entry["layer"]),
                                str(entry["alt_view"]) if entry.get("alt_view") else None)
        except (KeyError, TypeError, ValueError):
            problems.append(positions.problem(("muscles", i), "each muscle needs id, name, "
                                                              "latin, view and layer"))
            continue
        muscles[muscle.id] = muscle
    if problems:
        raise DataError(problems)
    return muscles
