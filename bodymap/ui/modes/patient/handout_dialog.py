"""Print or save the patient handout for the selected muscle, or for the several treated in
a session, with the clinic's name, the clinician's name and contact and notes. The clinic,
clinician, contact and paper size are remembered (app_settings; never in the kiosk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from bodymap.atlas.reference import Reference
from bodymap.domain.atomic_write import WriteFailed
from bodymap.domain.model import MuscleSide
from bodymap.ui.errors import tell_failure
from bodymap.ui.markup import escape
from bodymap.ui.modes.patient.handout import (
    MARGIN_MM,
    MAX_CLINIC_CHARS,
    HandoutTextTooLong,
    Keys,
    as_keys,
    page_size_for_locale,
    render_handout,
    text_problem,
    write_handout_pdf,
)
from bodymap.ui import app_settings
from bodymap.ui.app_settings import AppSettings


class HandoutDialog(QDialog):
    def __init__(self, reference: Reference, key: Keys, parent=None,
                 settings: AppSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or AppSettings.disabled()
        self.reference = reference
        self.keys = as_keys(key)
        self.key: MuscleSide = self.keys[0]
        name = ", ".join(reference.dataset.muscle(k.muscle_id).display_name(k.side)
                         for k in self.keys)
        self.setWindowTitle(f"Handout: {name} — bodymap")
        layout = QVBoxLayout(self)
        intro = QLabel(f"A one-page explanation of the <b>{escape(name)}</b> for the patient "
                       "to take home: the picture, why it can hurt, what to expect, aftercare "
                       "and the warning signs. No needling technique is printed.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.clinic = QLineEdit()
        self.clinic.setMaxLength(MAX_CLINIC_CHARS)
        self.clinic.setPlaceholderText("e.g. Riverside Physiotherapy, 01234 567890")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Exercises, heat or ice, next appointment…")
        self.notes.setFixedHeight(90)
        self.clinician = QLineEdit()
        self.clinician.setPlaceholderText("Your name, as the patient should see it")
        self.contact = QLineEdit()
        self.contact.setPlaceholderText("Telephone or e-mail for questions")
        self.paper = QComboBox()
        for value, text in (("auto", "By the system's region"), ("a4", "A4"),
                            ("letter", "US Letter")):
            self.paper.addItem(text, value)
        # Remembered for the next handout (never in the kiosk, whose settings are disabled).
        for field, setting in ((self.clinic, app_settings.CLINIC),
                               (self.clinician, app_settings.CLINICIAN),
                               (self.contact, app_settings.CONTACT)):
            field.setMaxLength(MAX_CLINIC_CHARS)
            field.setText(self.settings.get(setting)[:MAX_CLINIC_CHARS])
        self.paper.setCurrentIndex(max(0, self.paper.findData(
            self.settings.get(app_settings.PAPER))))
        form.addRow("Clinic", self.clinic)
        form.addRow("Clinician", self.clinician)
        form.addRow("Contact", self.contact)
        form.addRow("Paper", self.paper)
        form.addRow("Notes", self.notes)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton("Save PDF…")
        self.print_button = QPushButton("Print…")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._ask_and_save)
        self.print_button.clicked.connect(self._ask_and_print)
        layout.addWidget(buttons)

    def header_line(self) -> str:
        """Clinic, clinician and contact on the handout's one header line."""
        return " · ".join(t for t in (self.clinic.text().strip(), self.clinician.text().strip(),
                                      self.contact.text().strip()) if t)

    def remember(self) -> None:
        self.settings.set(app_settings.CLINIC, self.clinic.text())
        self.settings.set(app_settings.CLINICIAN, self.clinician.text())
        self.settings.set(app_settings.CONTACT, self.contact.text())
        self.settings.set(app_settings.PAPER, self.paper.currentData())

    def page_size(self) -> QPageSize:
        value = self.paper.currentData()
        if value == "a4":
            return QPageSize(QPageSize.PageSizeId.A4)
        if value == "letter":
            return QPageSize(QPageSize.PageSizeId.Letter)
        return page_size_for_locale()

    def save_pdf(self, path: Path) -> Path:
        self.remember()
        return write_handout_pdf(self.reference, self.keys, path, self.header_line(),
                                 self.notes.toPlainText(), self.page_size())

    def print_to(self, printer: QPrinter) -> int:
        self.remember()
        return render_handout(self.reference, self.keys, printer, self.header_line(),
                              self.notes.toPlainText())

    @staticmethod
    def make_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(QPageLayout(page_size_for_locale(),
                                          QPageLayout.Orientation.Portrait,
                                          QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                          QPageLayout.Unit.Millimeter))
        return printer

    def _ask_and_save(self) -> None:
        default = (f"{self.key.muscle_id.replace('_', '-')}-{self.key.side}-handout.pdf"
                   if len(self.keys) == 1 else "session-handout.pdf")
        path, _ = QFileDialog.getSaveFileName(self, "Save the handout as PDF",
                                              str(Path.home() / default), "PDF (*.pdf)")
        if path:
            self.try_save_pdf(Path(path))

    def try_save_pdf(self, path: Path) -> Path | None:
        """Save, or tell the user in a message box why not (the old file is kept)."""
        try:
            return self.save_pdf(path)
        except (WriteFailed, HandoutTextTooLong) as error:
            self.failure = tell_failure(self, "The handout was not saved", str(error))
            return None

    def _ask_and_print(self) -> None:
        problem = text_problem(self.header_line(), self.notes.toPlainText())
        if problem is not None:
            self.failure = tell_failure(self, "The handout was not printed", problem)
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
