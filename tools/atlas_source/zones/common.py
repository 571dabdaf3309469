"""What every zone module uses: the shape tuple and the few drawing helpers."""

from __future__ import annotations

from atlas_source.primitives.curves import Curve, closed, ellipse
from atlas_source.primitives.shapes import ribbon

ZoneShape = tuple[str, str, str, str, list[Curve]]  # muscle, trp, kind, view, outlines

__all__ = ["Curve", "ZoneShape", "blob", "closed", "each", "ribbon"]


def blob(centre: tuple[float, float], rx: float, ry: float, angle: float = 0.0) -> Curve:
    """An oval patch (angle in degrees, in body coordinates)."""
    return ellipse(centre, rx, ry, angle)


def each(muscle: str, trps: tuple[str, ...], kind: str, view: str,
         curves: list[Curve]) -> list[ZoneShape]:
    """The same shape for several trigger points whose data name the same zone."""
    return [(muscle, trp, kind, view, curves) for trp in trps]
