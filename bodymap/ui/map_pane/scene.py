"""The scene that holds the figures side by side, picks muscles and shows depth."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsScene

from bodymap.atlas.reference import Reference
from bodymap.domain.text_marks import QT_TRANSLATE_NOOP
from bodymap.domain.model import MuscleSide
from bodymap.ui.map_pane.figure import Figure, MuscleItem
from bodymap.ui.theme import Theme

FIGURE_GAP = 90.0
TITLES = {"posterior": QT_TRANSLATE_NOOP("MapScene", "Back (posterior view)"),
          "anterior": QT_TRANSLATE_NOOP("MapScene", "Front (anterior view)"),
          "lateral": QT_TRANSLATE_NOOP("MapScene", "Head and neck, side (lateral view)"),
          "plantar": QT_TRANSLATE_NOOP("MapScene", "Soles of the feet (plantar view)")}


class MapScene(QGraphicsScene):
    """Every figure of the atlas in a row, and the rules for what a click at a point means.

    The overview (framing 'both') shows the whole-body figures (Atlas.overview: back and
    front); each other figure (the side of the head, the soles) is framed on its own."""

    muscle_hovered = Signal(object)  # MuscleSide or None

    def __init__(self, reference: Reference, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.theme = theme
        self.figures: dict[str, Figure] = {}
        self.depth: int | None = None
        self._hovered: MuscleItem | None = None
        self.landmarks_visible = False
        self.label_scale = 0.0  # the view's fitted scale, for placing landmark labels
        self.label_area = QRectF()  # the scene area the fitted view shows
        x = 0.0
        for name, view in reference.atlas.views.items():
            figure = Figure(view, reference.dataset, theme, QPointF(x - view.viewbox[0], 0),
                            self.tr(TITLES[name]) if name in TITLES
                            else f"{name.capitalize()} view")
            self.addItem(figure.root)
            self.figures[name] = figure
            x += view.viewbox[2] + FIGURE_GAP
        self.overview = reference.atlas.overview()
        self.show_figures("both")
        self._muscles = {k: v for f in self.figures.values() for k, v in f.muscles.items()}
        bounds = self.itemsBoundingRect()
        # Room around the figures so a zoomed-in map can still be dragged to its edges.
        self.setSceneRect(bounds.adjusted(-bounds.width(), -bounds.height() / 2,
                                          bounds.width(), bounds.height() / 2))

    # -- lookups ---------------------------------------------------------------------------
    def muscle_items(self) -> dict[MuscleSide, MuscleItem]:
        """Every muscle item of both figures (built once: the figures never change)."""
        return self._muscles

    def muscle_item(self, key: MuscleSide) -> MuscleItem | None:
        return self._muscles.get(key)

    def mark_selected(self, key: MuscleSide | None) -> None:
        """Style the selected muscle side as selected and every other one as not."""
        for item_key, item in self._muscles.items():
            item.set_selected(item_key == key)

    def next_beneath(self, scene_point: QPointF, current: MuscleSide | None) -> MuscleSide | None:
        """For a long press: the muscle under `current` at this spot, superficial to deep and
        round again; on a first press, the one just under the muscle on top."""
        keys = [i.key for i in sorted(self.muscles_at(scene_point),
                                      key=lambda i: (i.layer, -i.zValue()))]
        if not keys:
            return None
        if current in keys:
            return keys[(keys.index(current) + 1) % len(keys)]
        return keys[min(1, len(keys) - 1)]

    def figure_rect(self, which: str) -> QRectF:
        """Scene rectangle framing one figure ('posterior', 'lateral'...) or the overview
        ('both')."""
        if which == "both":
            rect = QRectF()
            for name in self.overview:
                rect = rect.united(self.figures[name].scene_rect())
            return rect
        return self.figures[which].scene_rect()

    def figure_at(self, scene_point: QPointF) -> str | None:
        for name, figure in self.figures.items():
            if figure.scene_rect().contains(scene_point):
                return name
        return None

    def figures_holding(self, scene_point: QPointF) -> list[Figure]:
        """The figures on show whose area holds the point (figures never overlap: one at
        most)."""
        return [f for f in self.figures.values()
                if f.root.isVisible() and f.scene_rect().contains(scene_point)]

    def muscles_at(self, scene_point: QPointF) -> list[MuscleItem]:
        """Muscles whose outline contains the point: the pickable ones topmost first, then
        the faded or hidden ones that lie beneath, deepest last."""
        # The scene's index finds candidates by bounding box; each is then tested on its
        # real outline. Hidden muscles are not indexed, so they are tested directly: only
        # those of a figure on show that holds the point (a figure not on show, such as the
        # soles beside the overview, has every muscle hidden, and testing them all made a
        # hover over the whole-body map 30 times slower, issue 27).
        candidates = [i for i in self.items(scene_point,
                                            Qt.ItemSelectionMode.IntersectsItemShape,
                                            Qt.SortOrder.DescendingOrder)
                      if isinstance(i, MuscleItem)]
        seen = set(map(id, candidates))
        hidden = [i for f in self.figures_holding(scene_point) for i in f.muscles.values()
                  if not i.isVisible() and id(i) not in seen
                  and i.shape().contains(i.mapFromScene(scene_point))]
        # items() lists the topmost first (equal z: the later-painted first); the stable
        # sort keeps that order within each group.
        return sorted(candidates + hidden,
                      key=lambda i: (not i.pickable, -i.zValue(), i.layer))

    # -- depth -----------------------------------------------------------------------------
    def set_depth(self, depth: int | None) -> None:
        """None shows every layer in depth order; 1-3 focuses one layer: shallower layers are
        faded over it (so the relation stays visible) and deeper ones are hidden."""
        self.depth = depth
        for item in self._muscles.values():
            if depth is None:
                item.setVisible(True)
                item.set_faded(False)
            else:
                item.setVisible(item.layer <= depth)
                item.set_faded(item.layer < depth)

    def show_superficial_with(self, key: MuscleSide | None) -> None:
        """The calm map of the patient view: the superficial muscles and, whatever its
        layer, the selected one. `set_depth` restores a layer choice afterwards."""
        for item_key, item in self._muscles.items():
            item.setVisible(item.layer == 1 or item_key == key)
            item.set_faded(False)

    def reveal(self, key: MuscleSide) -> None:
        """Bring a muscle chosen by name (not by a click on it) into view: focus its layer,
        unless it is superficial and every layer is shown."""
        item = self.muscle_item(key)
        if item is None:
            return
        if (self.depth is None and item.layer > 1) or (
                self.depth is not None and self.depth != item.layer):
            self.set_depth(item.layer)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for figure in self.figures.values():
            figure.apply_theme(theme)

    def figure_shown(self, name: str, framing: str) -> bool:
        """Whether a framing ('both' or one figure) shows the figure `name`."""
        return framing == name or (framing == "both" and name in self.overview)

    def show_figures(self, which: str) -> None:
        """Show the overview ('both'), or only one figure."""
        for name, figure in self.figures.items():
            figure.set_shown(name == which or which == "both" and name in self.overview)

    def set_landmarks_visible(self, visible: bool) -> None:
        self.landmarks_visible = visible
        for figure in self.figures.values():
            figure.set_landmarks_visible(visible)
        self.arrange_landmark_labels()

    def arrange_landmark_labels(self, scale: float | None = None,
                                shown_area: QRectF | None = None) -> list[str]:
        """Place the landmark labels of the figures on show so none overlap at this view
        scale, inside the scene area the view shows (the view calls it whenever it fits the
        figures); the labels that found no free spot (hidden) are returned."""
        from bodymap.ui.map_pane.landmarks import arrange_labels

        if scale is not None:
            self.label_scale = scale
        if shown_area is not None:
            self.label_area = shown_area
        if not self.landmarks_visible or self.label_scale <= 0:
            return []
        shown = [figure for figure in self.figures.values() if figure.root.isVisible()]
        edges = QRectF()
        for figure in shown:
            edges = edges.united(figure.scene_rect())
        if not self.label_area.isEmpty():
            edges = self.label_area  # what the view shows: labels stay on screen
        layers = [(figure.landmarks, (edges.left(), edges.right())) for figure in shown]
        return arrange_labels(layers, self.label_scale)

    # -- hover -----------------------------------------------------------------------------
    def hover_muscle(self, item: MuscleItem) -> None:
        if self._hovered is not None and self._hovered is not item:
            self._hovered.set_hovered(False)
        self._hovered = item
        item.set_hovered(True)
        self.muscle_hovered.emit(item.key)

    def unhover_muscle(self, item: MuscleItem) -> None:
        item.set_hovered(False)
        if self._hovered is item:
            self._hovered = None
            self.muscle_hovered.emit(None)
