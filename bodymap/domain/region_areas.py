"""Region areas as the pieces the map is made of, for the pain lookup and for study scoring.

The atlas gives each region's drawn area (`Atlas.region_areas`). A child region lies inside
its parent, so where areas are added or compared each region must count once: this module
turns areas into non-overlapping pieces."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from bodymap.domain.model import Region, RegionKey


class RegionAreas:
    """Region areas as non-overlapping pieces. A child region lies inside its parent, so a
    region counts for its own area minus its children's ("its own piece"), and a region
    stands for its piece plus its children's pieces. A midline child of a bilateral parent
    (the sternum inside the chest) is shared, half to each side."""

    def __init__(self, areas: Mapping[RegionKey, float], regions: Mapping[str, Region]) -> None:
        self.areas = areas
        self.regions = regions
        self.children: dict[str, list[str]] = defaultdict(list)
        for region in regions.values():
            if region.parent is not None:
                self.children[region.parent].append(region.id)

    def child_keys(self, key: RegionKey) -> list[tuple[RegionKey, float]]:
        """The children of `key`, each with the share of it lying inside `key`."""
        found = []
        for child_id in self.children.get(key.region_id, ()):
            child = self.regions[child_id]
            if child.midline:
                found.append((RegionKey(child_id, "midline"), 1.0 if key.side == "midline"
                              else 0.5))
            elif key.side != "midline":
                found.append((RegionKey(child_id, key.side), 1.0))
        return found

    def pieces(self, keys: Iterable[RegionKey]) -> set[RegionKey]:
        """The pieces the regions cover: themselves and, recursively, their children."""
        covered: set[RegionKey] = set()
        stack = list(keys)
        while stack:
            key = stack.pop()
            if key not in covered:
                covered.add(key)
                stack.extend(child for child, _ in self.child_keys(key))
        return covered

    def own(self, key: RegionKey, amounts: Mapping[RegionKey, float] | None = None) -> float:
        """The region's own piece of `amounts` (default: its area), children taken out."""
        amounts = self.areas if amounts is None else amounts
        inner = sum(share * amounts.get(child, 0.0) for child, share in self.child_keys(key))
        return max(0.0, amounts.get(key, 0.0) - inner)

    def measure(self, pieces: Iterable[RegionKey]) -> float:
        return sum(self.own(p) for p in pieces)

    def overlap(self, a: set[RegionKey], b: set[RegionKey]) -> float:
        """Area-weighted Jaccard index of two sets of pieces (0 when both are empty)."""
        union = self.measure(a | b)
        return self.measure(a & b) / union if union > 0 else 0.0
