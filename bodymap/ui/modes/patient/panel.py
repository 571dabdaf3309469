"""The patient view's side panel: large, calm type, patient-register content only."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser

from bodymap.domain.general import GeneralContent
from bodymap.domain.model import Dataset, MuscleSide
from bodymap.ui.modes.patient.patient_html import (
    about_index_html,
    about_page_html,
    patient_muscle_html,
    patient_welcome_html,
)


class PatientPanel(QTextBrowser):
    """Shows the selected muscle in plain words, or the 'About dry needling' pages."""

    page_changed = Signal(str)

    def __init__(self, dataset: Dataset, general: GeneralContent, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("patientPanel")
        self._dataset = dataset
        self._general = general
        self.page = "welcome"
        self.setOpenLinks(False)
        self.setAccessibleName("Explanation for the patient")
        font = QFont(self.font())
        font.setPointSizeF(max(13.0, font.pointSizeF() * 1.35))
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(22)
        self.anchorClicked.connect(self._follow)
        self.show_welcome()

    def show_welcome(self) -> None:
        self._show("welcome", patient_welcome_html(self._general))

    def show_muscle(self, key: MuscleSide) -> None:
        muscle = self._dataset.muscle(key.muscle_id)
        self._show(f"muscle:{key}", patient_muscle_html(muscle, key.side))

    def show_about(self, page_id: str = "index") -> None:
        if page_id == "index":
            self._show("about:index", about_index_html(self._general))
        else:
            self._show(f"about:{page_id}", about_page_html(self._general, page_id))

    def _show(self, page: str, html: str) -> None:
        self.page = page
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)
        self.page_changed.emit(page)

    def _follow(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("about:"):
            page_id = text.removeprefix("about:")
            if page_id == "index" or page_id in {p.id for p in self._general.patient_pages}:
                self.show_about(page_id)
