"""What is selected: one muscle side (or nothing), and what else lay under the click."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from bodymap.domain.model import MuscleSide


class Selection(QObject):
    selection_changed = Signal(object)  # MuscleSide or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: MuscleSide | None = None
        self.beneath: list[MuscleSide] = []

    def select(self, key: MuscleSide | None, beneath: list[MuscleSide] | None = None) -> None:
        # Emitted even when the muscle is unchanged: what lies beneath may differ.
        self.beneath = list(beneath or [])
        self.current = key
        self.selection_changed.emit(key)

    def clear(self) -> None:
        self.select(None)
