"""The muscles of the atlas, each registered in ONE place: its body-part module.

A muscle is a function decorated with `@muscle(view, muscle_id, layer=..., paint=...)` that
returns its outline and fibre lines on the patient's left side, in body coordinates. The
decorator records everything the figure needs besides the drawing:

* `view`: the figure it is drawn on ("posterior", "anterior", "lateral", "plantar");
* `layer`: 1 superficial, 2 intermediate, 3 deep (written as data-layer, checked against
  bodymap/data/muscles.yaml by `bodymap check`);
* `paint`: its place in the paint order within its layer (lower numbers are painted first,
  that is, they lie deeper). Layers are painted deep (3) to superficial (1).

Its trigger-point markers live in markers.yaml beside this file, not in the Python.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from atlas_source.primitives.curves import Curve


@dataclass(frozen=True)
class Drawing:
    """One muscle as drawn on the patient's left: its outline and its fibre lines (clipped
    to the outline by the figure builder)."""

    outline: Curve
    fibres: list[Curve] = field(default_factory=list)


@dataclass(frozen=True)
class MuscleEntry:
    view: str
    muscle_id: str
    layer: int
    paint: float
    draw: Callable[[], Drawing]
    module: str


_REGISTRY: dict[tuple[str, str], MuscleEntry] = {}


def muscle(view: str, muscle_id: str, *, layer: int, paint: float):
    """Register a muscle's drawing function (see the module docstring)."""
    if layer not in (1, 2, 3):
        raise ValueError(f"{muscle_id}: layer must be 1, 2 or 3")

    def register(draw: Callable[[], Drawing]) -> Callable[[], Drawing]:
        key = (view, muscle_id)
        if key in _REGISTRY:
            raise ValueError(f"{muscle_id} is registered twice on the {view} figure "
                             f"({_REGISTRY[key].module} and {draw.__module__})")
        _REGISTRY[key] = MuscleEntry(view, muscle_id, layer, paint, draw, draw.__module__)
        return draw

    return register


def muscles_of(view: str) -> list[MuscleEntry]:
    """The muscles of one figure in paint order: deepest layer first, then by `paint`."""
    import atlas_source.parts  # noqa: F401  (importing the parts registers their muscles)

    entries = [e for e in _REGISTRY.values() if e.view == view]
    return sorted(entries, key=lambda e: (-e.layer, e.paint, e.muscle_id))
