"""Which region a tap means, with a minimum touch target: a region thinner than a fingertip
(the lateral chest wall, a strip of the neck) also takes taps that land just outside it, so
every region can be tapped at fit zoom. The drawing is never changed, only where it answers.

Pure geometry on the atlas outlines; the caller gives the radius in document units (half the
touch target, e.g. 22 px divided by the view's scale)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Generic, TypeVar

from bodymap.atlas.geometry import Outline, Point

K = TypeVar("K")


def distance_to(outline: Outline, point: Point) -> float:
    """0 inside the outline; otherwise the distance to its nearest edge."""
    if outline.contains(point):
        return 0.0
    best = math.inf
    px, py = point
    for poly in outline.polygons:
        n = len(poly)
        for i in range(n):
            (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
            dx, dy = x2 - x1, y2 - y1
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy)
                                                 / length))
            best = min(best, math.hypot(px - x1 - t * dx, py - y1 - t * dy))
    return best


def thickness(outline: Outline) -> float:
    """A shape's typical width: 2·area / perimeter (a strip's width; a disc's radius)."""
    perimeter = sum(math.dist(poly[i], poly[(i + 1) % len(poly)])
                    for poly in outline.polygons for i in range(len(poly)))
    return 2 * outline.area / perimeter if perimeter else 0.0


class HitAreas(Generic[K]):
    """The regions of one figure as tap targets. `nested` says which keys lie inside
    another region (a child), so a tap inside both means the child."""

    def __init__(self, outlines: Mapping[K, Outline], nested: Mapping[K, bool]) -> None:
        self.outlines = dict(outlines)
        self.nested = nested
        self.thickness = {key: thickness(outline) for key, outline in self.outlines.items()}

    def at(self, point: Point, radius: float) -> K | None:
        """The region a tap at `point` means. A region narrower than a touch target
        (2·radius wide) reaches out by the width it lacks, e = radius - width/2, so its hit
        area is about a target wide. Where reaches overlap, or a reach covers a wider
        neighbour, the region the point lies deepest in wins, counting the reach: inside
        a region counts -e, at distance d outside it d - e. So a thin strip borrows a
        margin from a wider neighbour (as much as their widths differ, halved), never the
        other way round; a tap inside both a child and its parent means the child."""
        x, y = point
        found: list[tuple[float, bool, K]] = []
        for key, outline in self.outlines.items():
            reach = max(0.0, radius - self.thickness[key] / 2)
            left, top, right, bottom = outline.bounds
            if not (left - reach <= x <= right + reach and top - reach <= y <= bottom + reach):
                continue
            distance = distance_to(outline, point)
            if distance <= reach and (distance > 0 or outline.contains(point)):
                found.append((distance - reach, not self.nested.get(key, False), key))
        if not found:
            return None
        found.sort(key=lambda entry: entry[:2])
        return found[0][2]
