"""Where to click a muscle in a test: inside the part of it that can be seen."""

from __future__ import annotations

from PySide6.QtCore import QPointF


def visible_point(scene, key):
    """A scene point well inside the part of a muscle that no muscle of its layer covers
    (posterior deltoid lies over teres minor, both superficial)."""
    item = scene.muscle_item(key)
    path = item.mapToScene(item.shape())
    for other in scene.muscle_items().values():
        if other is not item and other.pickable and other.isVisible() and (
                other.zValue() > item.zValue() or (other.zValue() == item.zValue() and
                                                    other.parentItem() is item.parentItem()
                                                    and _paints_after(other, item))):
            path = path.subtracted(other.mapToScene(other.shape()))
    rect = path.boundingRect()
    best, best_room = None, -1.0
    steps = 24
    for i in range(1, steps):
        for j in range(1, steps):
            p = QPointF(rect.left() + rect.width() * i / steps,
                        rect.top() + rect.height() * j / steps)
            if not path.contains(p):
                continue
            room = min((r for r in range(1, 12, 2)
                        if not all(path.contains(p + QPointF(dx * r, dy * r))
                                   for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))),
                       default=12)
            if room > best_room:
                best, best_room = p, room
    assert best is not None, f"{key} is entirely covered by muscles of its own layer"
    return best


def _paints_after(a, b) -> bool:
    siblings = a.parentItem().childItems()
    return siblings.index(a) > siblings.index(b)
