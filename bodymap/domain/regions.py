"""The body-region vocabulary (bodymap/data/body_regions.yaml): the words referral zones
are made of."""

from __future__ import annotations

from pathlib import Path

from bodymap.domain.ids import NAME_ID
from bodymap.domain.model import Region
from bodymap.domain.problems import DataError, Problem
from bodymap.domain.yaml_source import read_yaml

_VIEWS = {"posterior", "anterior", "lateral", "plantar"}


def load_regions(path: Path | str) -> dict[str, Region]:
    """Read the vocabulary; raise DataError listing every problem."""
    data, positions = read_yaml(path)
    problems: list[Problem] = []
    entries = data.get("regions") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise DataError([positions.problem((), "expected a top-level 'regions:' list")])
    regions: dict[str, Region] = {}
    index_of: dict[str, int] = {}
    for i, entry in enumerate(entries):
        where = ("regions", i)
        if not isinstance(entry, dict):
            problems.append(positions.problem(where, "each region must be a mapping"))
            continue
        region_id = entry.get("id")
        if not isinstance(region_id, str) or not NAME_ID.match(region_id):
            problems.append(positions.problem((*where, "id"),
                                              f"region id {region_id!r} must be lower_snake_case"))
            continue
        if region_id in regions:
            problems.append(positions.problem((*where, "id"),
                                              f"region id {region_id!r} is defined twice"))
            continue
        views = entry.get("views") or []
        bad_views = [v for v in views if v not in _VIEWS]
        if bad_views:
            problems.append(positions.problem((*where, "views"),
                                              f"unknown view(s) {bad_views} for {region_id}"))
        index_of[region_id] = i
        regions[region_id] = Region(
            id=region_id,
            label=str(entry.get("label") or region_id),
            group=str(entry.get("group") or ""),
            views=tuple(views),
            midline=bool(entry.get("midline", False)),
            parent=entry.get("parent"),
        )
    for region in regions.values():
        if region.parent is not None and region.parent not in regions:
            problems.append(positions.problem(
                ("regions", index_of[region.id], "parent"),
                f"{region.id}: parent {region.parent!r} is not a region"))
    if problems:
        raise DataError(problems)
    return regions
