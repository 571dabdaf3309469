"""The detail panel: the selected muscle's entry, or a welcome page with an A-Z list."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from bodymap.domain.model import Dataset, MuscleSide
from bodymap.ui.modes.explore.detail_html import muscle_html, welcome_html
from bodymap.ui.theme import Theme


class DetailPanel(QTextBrowser):
    """Read-only rich text; links of the form select:MUSCLE.SIDE ask for a selection."""

    muscle_link_activated = Signal(object)  # MuscleSide

    def __init__(self, dataset: Dataset, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._theme = theme
        self.shown: MuscleSide | None = None
        self._also_here: list[MuscleSide] | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Muscle details")
        self.setMinimumWidth(340)
        # A fixed scroll gutter: with the bar shown only when needed, every new entry is
        # laid out twice (empty, no bar, full width; then long, with a bar, narrower), which
        # doubled the cost of a selection, and the text jumped sideways between entries.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._follow)
        self.show_welcome()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        if self.shown is None:
            self.show_welcome()
        else:
            self.show_muscle(self.shown, self._also_here)

    def show_welcome(self) -> None:
        self.shown = None
        self.setHtml(welcome_html(self._dataset, self._theme))

    def show_muscle(self, key: MuscleSide, also_here: list[MuscleSide] | None = None) -> None:
        self.shown = key
        self._also_here = also_here
        muscle = self._dataset.muscle(key.muscle_id)
        self.setHtml(muscle_html(muscle, key.side, self._dataset, self._theme, also_here))
        self.verticalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("select:"):
            with contextlib.suppress(ValueError):
                self.muscle_link_activated.emit(MuscleSide.parse(text.removeprefix("select:")))
