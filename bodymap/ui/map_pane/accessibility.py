"""The map for screen readers. Graphics items are not widgets, so the map view gets its own
accessible interface whose children are the muscles: each has a name ("Left upper
trapezius, superficial layer"), a role, its screen rectangle and its state (focused,
selected, hidden). Moves and selections are announced."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget

from bodymap.domain.model import MuscleSide


def muscle_label(view, key: MuscleSide) -> str:
    muscle = view.scene().reference.dataset.muscle(key.muscle_id)
    return f"{muscle.display_name(key.side)}, {muscle.layer_name} layer"


class MuscleAccessible(QAccessibleInterface):
    """One muscle side as an accessible child of the map."""

    def __init__(self, parent: MapAccessible, key: MuscleSide) -> None:
        super().__init__()
        self._parent = parent
        self.key = key

    def _view(self):
        return self._parent.widget()

    def isValid(self) -> bool:  # noqa: N802 - Qt override
        return self._view() is not None

    def object(self):
        return None

    def parent(self):
        return self._parent

    def child(self, index: int):
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return 0

    def indexOfChild(self, child) -> int:  # noqa: N802 - Qt override
        return -1

    def childAt(self, x: int, y: int):  # noqa: N802 - Qt override
        return None

    def focusChild(self):  # noqa: N802 - Qt override
        return None

    def relations(self, match=None):
        return []

    def text(self, kind):
        view = self._view()
        if kind == QAccessible.Text.Name:
            return muscle_label(view, self.key)
        if kind == QAccessible.Text.Description:
            muscle = view.scene().reference.dataset.muscle(self.key.muscle_id)
            return f"{muscle.latin}. Press Enter to show its trigger points and referral."
        return ""

    def setText(self, kind, text) -> None:  # noqa: N802 - Qt override
        pass

    def rect(self) -> QRect:
        view = self._view()
        item = view.scene().muscle_item(self.key)
        polygon = view.mapFromScene(item.sceneBoundingRect())
        local = polygon.boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def role(self):
        return QAccessible.Role.Graphic

    def state(self):
        state = QAccessible.State()
        view = self._view()
        item = view.scene().muscle_item(self.key)
        state.focusable = True
        state.selectable = True
        state.invisible = not item.isVisible()
        state.focused = view.keyboard is not None and view.keyboard.focused == self.key
        state.selected = item.is_selected
        return state


class MapAccessible(QAccessibleWidget):
    def __init__(self, view) -> None:
        super().__init__(view, QAccessible.Role.Client, "Body map")
        self.children_ = [MuscleAccessible(self, key)
                          for key in view.scene().muscle_items()]

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return len(self.children_)

    def child(self, index: int):
        return self.children_[index] if 0 <= index < len(self.children_) else None

    def indexOfChild(self, child) -> int:  # noqa: N802 - Qt override
        return self.children_.index(child) if child in self.children_ else -1

    def index_of(self, key: MuscleSide) -> int:
        for index, child in enumerate(self.children_):
            if child.key == key:
                return index
        return -1


_interfaces: dict[int, MapAccessible] = {}


def _factory(key: str, obj):
    from bodymap.ui.map_pane.view import MapView

    if isinstance(obj, MapView):
        view_id = id(obj)
        interface = _interfaces.get(view_id)
        if interface is None:
            interface = MapAccessible(obj)
            _interfaces[view_id] = interface
            obj.destroyed.connect(lambda *_args: _interfaces.pop(view_id, None))
        return interface
    return None


_installed = False


def install() -> None:
    """Register the map's accessible interface with Qt (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce_focus(view, key: MuscleSide) -> None:
    interface = QAccessible.queryAccessibleInterface(view)
    if isinstance(interface, MapAccessible):
        event = QAccessibleEvent(view, QAccessible.Event.Focus)
        event.setChild(interface.index_of(key))
        QAccessible.updateAccessibility(event)


def announce(widget, text: str) -> None:
    """Ask screen readers to read `text` out (a selection, a mode change)."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
