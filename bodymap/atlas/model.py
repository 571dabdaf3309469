"""What the atlas holds for each view: outlines and points by the ids of spec/ATLAS.md."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bodymap.atlas.geometry import Outline, Point
from bodymap.domain.model import MuscleSide, RegionKey

VIEWS = ("posterior", "anterior", "lateral", "plantar")  # the figures, in the order shown


@dataclass(frozen=True)
class MuscleShape:
    """One side of one muscle as drawn: its outline (what is clicked) and fibre lines."""

    key: MuscleSide
    layer: int
    outline: Outline
    fibres: tuple[Outline, ...] = ()


@dataclass(frozen=True, order=True)
class TriggerPointKey:
    muscle_id: str
    trp_id: str
    side: str

    def __str__(self) -> str:
        return f"trp.{self.muscle_id}.{self.trp_id}.{self.side}"


@dataclass(frozen=True)
class AtlasView:
    """One figure of the atlas (posterior, anterior, lateral head, plantar), in its SVG document
    coordinates."""

    name: str
    file: str
    viewbox: tuple[float, float, float, float]
    silhouette: tuple[Outline, ...]
    bones: tuple[Outline, ...]
    contours: tuple[Outline, ...]
    muscles: Mapping[MuscleSide, MuscleShape]  # in paint order: deepest first
    regions: Mapping[RegionKey, Outline]
    trigger_points: Mapping[TriggerPointKey, Point]
    zones: Mapping[tuple[str, str, str, str], Outline]  # (muscle, trp, kind, side)
    landmarks: Mapping[str, Point]  # 'c7', 'acromion.left'
    lines: Mapping[str, tuple[int, int]] = field(default_factory=dict, repr=False)

    def where(self, element_id: str) -> tuple[int | None, int | None]:
        return self.lines.get(element_id, (None, None))


@dataclass(frozen=True)
class Atlas:
    views: Mapping[str, AtlasView]

    def view(self, name: str) -> AtlasView:
        return self.views[name]

    def muscle_view(self, key: MuscleSide) -> AtlasView | None:
        """The view on which a muscle side is drawn."""
        for view in self.views.values():
            if key in view.muscles:
                return view
        return None

    def overview(self) -> tuple[str, ...]:
        """The whole-body figures (those as tall as the tallest: back and front), which the
        map shows together and on which pain drawings and study answers are measured. The
        other figures (the side of the head, the soles) are close-ups shown on their own."""
        tallest = max(v.viewbox[3] for v in self.views.values())
        return tuple(name for name, v in self.views.items() if v.viewbox[3] == tallest)

    def measured(self) -> tuple[str, ...]:
        """The figures pain is drawn and measured on (pain drawings, their share of the body,
        the lookup ranking, study answers): the overview, and each close-up that shows skin
        no overview figure shows, i.e. that draws a region the overview figures do not (the
        soles: the arch and the ball of the foot). A close-up that only repeats skin the
        overview shows (the side of the head) is left out, so that skin is not counted
        twice (decision 42)."""
        overview = self.overview()
        shown = {key.region_id for name in overview for key in self.views[name].regions}
        return overview + tuple(
            name for name, v in self.views.items() if name not in overview
            and any(key.region_id not in shown for key in v.regions))

    def region_areas(self, views: Iterable[str] | None = None) -> dict[RegionKey, float]:
        """Each region's drawn area, summed over the views that draw it (document units²),
        or over the named views only."""
        areas: dict[RegionKey, float] = {}
        chosen = self.views.values() if views is None else [self.views[n] for n in views]
        for view in chosen:
            for key, outline in view.regions.items():
                areas[key] = areas.get(key, 0.0) + outline.area
        return areas

    def region_outlines(self, key: RegionKey) -> dict[str, Outline]:
        """The outline of a region on each view that draws it."""
        return {name: v.regions[key] for name, v in self.views.items() if key in v.regions}
