"""Where each landmark's label goes so that no two labels overlap, and no label covers
another landmark's dot, at a given zoom. Pure geometry (no Qt), so it is tested directly.

Labels keep their size on screen whatever the zoom while the dots move apart as the view
zooms in, so the placement is made for one scale (the fitted one) in screen pixels. Each
label tries its preferred side first (away from the midline), then the other side, then
the same sides a step up or down, in widening steps; the first free spot wins. A label with
no free spot among the candidates is reported: the layer hides it (its dot keeps the name
as a tooltip) rather than draw it over another.
"""

from __future__ import annotations

from dataclasses import dataclass

GAP = 5.0  # px between a dot's edge and its label
STEP_FRACTION = 0.9  # of a label's height, for each step up or down
MAX_STEPS = 10


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in screen pixels."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def overlaps(self, other: Box) -> bool:
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)


@dataclass(frozen=True)
class LabelRequest:
    """One label: its dot's centre on screen, the label's size, which side it prefers, and
    the left and right edges it must stay between (its own figure: a label reaching into
    the next figure would be painted under it)."""

    x: float
    y: float
    width: float
    height: float
    prefers_right: bool
    left_limit: float = float("-inf")
    right_limit: float = float("inf")


def _candidates(request: LabelRequest, dot_radius: float) -> list[tuple[float, float]]:
    """Offsets (of the label's top-left corner from the dot's centre), best first."""
    right = dot_radius + GAP
    left = -dot_radius - GAP - request.width
    sides = (right, left) if request.prefers_right else (left, right)
    middle = -request.height / 2
    step = request.height * STEP_FRACTION
    offsets = [(side, middle) for side in sides]
    for n in range(1, MAX_STEPS + 1):
        for direction in (-1, 1):
            offsets.extend((side, middle + direction * n * step) for side in sides)
    return offsets


def place_labels(requests: list[LabelRequest], dot_radius: float
                 ) -> tuple[list[tuple[float, float]], list[int]]:
    """Each label's top-left offset from its dot, and the indexes of labels that found no
    free spot. Labels are placed top to bottom, then left to right, so the result does not
    depend on the order the atlas lists its landmarks in."""
    dots = [Box(r.x - dot_radius, r.y - dot_radius, 2 * dot_radius, 2 * dot_radius)
            for r in requests]
    placed: list[Box] = []
    offsets: list[tuple[float, float]] = [(0.0, 0.0)] * len(requests)
    crowded: list[int] = []
    order = sorted(range(len(requests)), key=lambda i: (requests[i].y, requests[i].x))
    for index in order:
        request = requests[index]
        options = _candidates(request, dot_radius)
        choice = None
        for dx, dy in options:
            box = Box(request.x + dx, request.y + dy, request.width, request.height)
            if box.left < request.left_limit or box.right > request.right_limit:
                continue
            if any(box.overlaps(other) for other in placed):
                continue
            if any(box.overlaps(dot) for i, dot in enumerate(dots) if i != index):
                continue
            choice = (dx, dy, box)
            break
        if choice is None:
            dx, dy = options[0]
            choice = (dx, dy, Box(request.x + dx, request.y + dy, request.width,
                                  request.height))
            crowded.append(index)
        offsets[index] = (choice[0], choice[1])
        placed.append(choice[2])
    return offsets, crowded
