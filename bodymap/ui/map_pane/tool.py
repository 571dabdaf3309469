"""What the map view hands single-pointer input to while a mode draws or answers on the map
(the pain brush, a study question). With no tool, a click picks a muscle."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF


class MapTool(Protocol):
    def press(self, scene_point: QPointF) -> bool:
        """A press on the map; True if the tool takes this press (and its move and release)."""
        ...

    def move(self, scene_point: QPointF) -> None: ...

    def release(self, scene_point: QPointF) -> None: ...
