"""The detail panel (clinician register): the selected muscle's entry, a welcome page with an
A-Z list, or the general dry-needling safety page for clinicians."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from bodymap.domain.general import GeneralContent
from bodymap.domain.model import Dataset, MuscleSide
from bodymap.ui.modes.explore.clinician_html import CLINICIAN_SAFETY_LINK, clinician_safety_html
from bodymap.ui.modes.explore.detail_html import (
    SECTION_GOTO,
    SECTION_TOGGLE,
    SOURCE_NOTES_LINK,
    muscle_html,
    welcome_html,
)
from bodymap.ui.theme import Theme

BACK_LINK = "back:muscle"


class DetailPanel(QTextBrowser):
    """Read-only rich text; links of the form select:MUSCLE.SIDE ask for a selection."""

    muscle_link_activated = Signal(object)  # MuscleSide

    def __init__(self, dataset: Dataset, theme: Theme, parent=None, *,
                 general: GeneralContent | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._general = general
        self._theme = theme
        self.page = "welcome"  # welcome | muscle | clinician-safety
        self.shown: MuscleSide | None = None
        self._also_here: list[MuscleSide] | None = None
        self.source_notes_shown = False
        # Sections the reader folded stay folded from one muscle to the next: a clinician
        # who never reads the anatomy folds it once.
        self.folded: set[str] = set()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Muscle details"))
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
        self._render()

    def show_welcome(self) -> None:
        self.shown = None
        self.page = "welcome"
        self._render()

    def show_clinician_safety(self) -> None:
        """The general safety page; its back link returns to the muscle shown, if any."""
        if self._general is None:
            return
        self.page = "clinician-safety"
        self.source_notes_shown = False
        self._render()
        self.verticalScrollBar().setValue(0)

    def show_muscle(self, key: MuscleSide, also_here: list[MuscleSide] | None = None) -> None:
        if key != self.shown or self.page != "muscle":
            self.source_notes_shown = False  # every new entry opens with the notes collapsed
        self.shown = key
        self.page = "muscle"
        self._also_here = also_here
        self._render()
        self.verticalScrollBar().setValue(0)

    def toggle_source_notes(self) -> None:
        """Show or hide how each source was read, keeping the reader's place in the text."""
        if self.page == "welcome":
            return
        self.source_notes_shown = not self.source_notes_shown
        position = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(position)

    def toggle_section(self, section_id: str) -> None:
        """Fold or unfold one section of the muscle entry, keeping the reader's place."""
        self.folded ^= {section_id}
        position = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(position)

    def go_to_section(self, section_id: str) -> None:
        """Scroll to a section's heading, unfolding it first if it was folded."""
        if section_id in self.folded:
            self.folded.discard(section_id)
            self._render()
        self.scrollToAnchor(f"section-{section_id}")

    def _render(self) -> None:
        linked = self._general is not None
        if self.page == "clinician-safety" and self._general is not None:
            back = BACK_LINK if self.shown is not None else None
            self.setHtml(clinician_safety_html(self._general, self._theme, back,
                                               show_source_notes=self.source_notes_shown))
        elif self.page == "muscle" and self.shown is not None:
            muscle = self._dataset.muscle(self.shown.muscle_id)
            self.setHtml(muscle_html(muscle, self.shown.side, self._dataset, self._theme,
                                     self._also_here, show_source_notes=self.source_notes_shown,
                                     general_link=linked, folded=frozenset(self.folded)))
        else:
            self.setHtml(welcome_html(self._dataset, self._theme, general_link=linked))

    def _follow(self, url: QUrl) -> None:
        text = url.toString()
        if text == SOURCE_NOTES_LINK:
            self.toggle_source_notes()
        elif text.startswith(SECTION_TOGGLE):
            self.toggle_section(text.removeprefix(SECTION_TOGGLE))
        elif text.startswith(SECTION_GOTO):
            self.go_to_section(text.removeprefix(SECTION_GOTO))
        elif text == CLINICIAN_SAFETY_LINK:
            self.show_clinician_safety()
        elif text == BACK_LINK and self.shown is not None:
            self.show_muscle(self.shown, self._also_here)
        elif text.startswith("select:"):
            with contextlib.suppress(ValueError):
                self.muscle_link_activated.emit(MuscleSide.parse(text.removeprefix("select:")))
