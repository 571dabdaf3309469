"""The figures of the atlas and how each places body coordinates in its SVG.

Every shape is authored once, for the patient's LEFT side, in body coordinates (lat, y). On
the patient's left, SVG x = origin + direction * lat; the patient's right is the mirror
image of the left about the middle of the document (x -> width - x).

* posterior, anterior: lat is the distance from the midline; the two halves meet there.
* lateral (the head and neck seen from the side): lat is the distance FORWARD of the ear
  canal; the patient's left side is drawn on the viewer's left, facing left, and the right
  side beside it, facing right (two separate figures, `paired`).
* plantar (the soles, seen from below with the toes up): lat is the distance from the body
  midline, as on the posterior figure, so the left sole lies on the viewer's left with its
  big toe towards the middle; each sole is a separate figure.

All figures share one scale (1 cm is about 8.7 units) and the lateral head shares the body
levels of the posterior and anterior figures (vertex y=40, chin y=245, C7 y=292).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    name: str
    title: str             # what the figure shows, for the SVG <title>
    width: float           # viewBox 0 0 width height
    height: float
    origin: float          # SVG x of lat 0 on the patient's left
    direction: float       # +1: lat grows towards the viewer's right on the patient's left
    paired: bool = False   # two separate figures (no midline) rather than two halves

    def x(self, lat: float, side: str) -> float:
        if side == "left":
            return self.origin + self.direction * lat
        return (self.width - self.origin) - self.direction * lat

    def lat(self, x: float, side: str = "left") -> float:
        """The inverse of x(): body lat of a document x on one side."""
        if side == "left":
            return (x - self.origin) / self.direction
        return ((self.width - self.origin) - x) / self.direction

    @property
    def left_on_viewer(self) -> str:
        return "left" if self.x(1.0, "left") < self.width / 2 else "right"


FRAMES = {
    "posterior": Frame("posterior", "back (posterior view)", 700, 1600, 350.0, -1.0),
    "anterior": Frame("anterior", "front (anterior view)", 700, 1600, 350.0, 1.0),
    "lateral": Frame("lateral", "head and neck from the side (lateral view)", 700, 380, 190.0,
                     -1.0, paired=True),
    "plantar": Frame("plantar", "soles of the feet (plantar view)", 700, 300, 350.0, -1.0,
                     paired=True),
}
