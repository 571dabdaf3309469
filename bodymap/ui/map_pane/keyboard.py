"""Keyboard use of the map: arrow keys move a focus ring between muscles in anatomical order
(the data file's order: head and neck, shoulder girdle, back, pelvis, front), Left/Right go
to the patient's left or right side, Enter or Space selects. Screen readers are told about
every move (see map_accessibility)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPainterPathStroker
from PySide6.QtWidgets import QGraphicsPathItem

from bodymap.domain.model import MuscleSide
from bodymap.ui.map_pane.scene import MapScene

Z_FOCUS = 70


class KeyboardNavigator(QObject):
    focus_moved = Signal(object)  # MuscleSide
    activated = Signal(object)  # MuscleSide: Enter or Space on the focused muscle

    def __init__(self, scene: MapScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.order = [k for k in scene.reference.dataset.muscle_sides()
                      if scene.muscle_item(k) is not None]
        self.focused: MuscleSide | None = None
        self.ring: QGraphicsPathItem | None = None
        self.ring_shown = True  # False on patient-facing screens: focus moves, no ring drawn

    def handle_key(self, key: int) -> bool:
        """Move or activate for navigation keys; False for any other key."""
        if not self.order:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.focused is None:
                self.focus(self.order[0])
            self.activated.emit(self.focused)
            return True
        moves: dict[int, MuscleSide] = {
            Qt.Key.Key_Down: self._step(1), Qt.Key.Key_Up: self._step(-1),
            Qt.Key.Key_Home: self._muscle_at(0), Qt.Key.Key_End: self._muscle_at(-1),
            Qt.Key.Key_Left: self._side("left"), Qt.Key.Key_Right: self._side("right")}
        target = moves.get(key)
        if target is None:
            return False
        self.focus(target)
        return True

    def _muscles(self) -> list[str]:
        return list(dict.fromkeys(k.muscle_id for k in self.order))

    def _step(self, delta: int) -> MuscleSide:
        if self.focused is None:
            return self.order[0]
        muscles = self._muscles()
        index = (muscles.index(self.focused.muscle_id) + delta) % len(muscles)
        return MuscleSide(muscles[index], self.focused.side)

    def _muscle_at(self, index: int) -> MuscleSide:
        side = self.focused.side if self.focused else "left"
        return MuscleSide(self._muscles()[index], side)

    def _side(self, side: str) -> MuscleSide:
        muscle = self.focused.muscle_id if self.focused else self._muscles()[0]
        return MuscleSide(muscle, side)

    def focus(self, key: MuscleSide) -> None:
        """Put the focus ring on a muscle side (revealing its layer if it is hidden)."""
        item = self.scene.muscle_item(key)
        if item is None:
            return
        if not item.isVisible() or not item.pickable:
            self.scene.reveal(key)
        self.focused = key
        self._remove_ring()
        if self.ring_shown:
            self._draw_ring(item)
        self.focus_moved.emit(key)

    def _draw_ring(self, item: QGraphicsPathItem) -> None:
        stroker = QPainterPathStroker()
        stroker.setWidth(6)
        ring = QGraphicsPathItem(stroker.createStroke(item.path()), item.parentItem())
        theme = self.scene.theme
        ring.setBrush(Qt.BrushStyle.NoBrush)
        ring.setPen(theme.cosmetic_pen(theme.focus_ring, 3.0))
        ring.setZValue(Z_FOCUS)
        ring.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.ring = ring

    def clear(self) -> None:
        """Forget the keyboard focus and take its ring off the map (mouse choice, mode change,
        Escape): the next arrow key starts again from the first muscle."""
        self._remove_ring()
        self.focused = None

    def _remove_ring(self) -> None:
        if self.ring is not None:
            scene = self.ring.scene()
            if scene is not None:
                scene.removeItem(self.ring)
        self.ring = None
