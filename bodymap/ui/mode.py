"""A mode of the main window (Explore, Where does it hurt?, Patient view, Study) is an object
that owns its state. The window only switches: `current.leave()` then `next.enter(selection)`.
Leaving a mode always takes everything it put on the shared map pane off again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from bodymap.atlas.reference import Reference
from bodymap.domain.model import MuscleSide
from bodymap.domain.progress import ProgressStore
from bodymap.ui.map_pane.pane import MapPane
from bodymap.ui.map_pane.tool import MapTool
from bodymap.ui.theme import Theme

# Opens the study progress store: the store, and a notice to show when it is not the usual one.
ProgressOpener = Callable[[], tuple[ProgressStore, str | None]]


@dataclass(frozen=True)
class ModeContext:
    """What every mode is given when it is built: the data, the shared pane, the window that
    owns its dialogs, and the colours."""

    reference: Reference
    pane: MapPane
    window: QWidget
    theme: Theme
    open_progress: ProgressOpener


class Mode(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def side_widget(self) -> QWidget:
        """Shown beside the map while the mode is current."""
        ...

    @property
    def tool(self) -> MapTool | None:
        """Takes map input instead of picking muscles, if any."""
        ...

    @property
    def patient_facing(self) -> bool:
        """A calm map: no controls, plain legend words, no focus ring."""
        ...

    @property
    def text_factor(self) -> float:
        """Side panel text size relative to the window's text size."""
        ...

    def enter(self, selection: MuscleSide | None) -> None:
        """Become current; `selection` is what was selected when the last mode was left."""
        ...

    def leave(self) -> None:
        """Stop being current: remove everything this mode drew on the map."""
        ...

    def show_selection(self, key: MuscleSide | None, beneath: list[MuscleSide]) -> None:
        """The selection changed while this mode is current."""
        ...

    def set_theme(self, theme: Theme) -> None: ...

    def close_windows(self) -> None:
        """Close helper windows this mode opened (heat map, progress chart)."""
        ...
