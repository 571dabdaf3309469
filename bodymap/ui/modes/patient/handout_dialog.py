"""Print or save the patient handout for the selected muscle, with the clinic's name and the
clinician's notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
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
    page_size_for_locale,
    render_handout,
    text_problem,
    write_handout_pdf,
)


class HandoutDialog(QDialog):
    def __init__(self, reference: Reference, key: MuscleSide, parent=None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.key = key
        name = reference.dataset.muscle(key.muscle_id).display_name(key.side)
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
        form.addRow("Clinic", self.clinic)
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

    def save_pdf(self, path: Path) -> Path:
        return write_handout_pdf(self.reference, self.key, path, self.clinic.text(),
                                 self.notes.toPlainText())

    def print_to(self, printer: QPrinter) -> int:
        return render_handout(self.reference, self.key, printer, self.clinic.text(),
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
        default = f"{self.key.muscle_id.replace('_', '-')}-{self.key.side}-handout.pdf"
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
        problem = text_problem(self.clinic.text(), self.notes.toPlainText())
        if problem is not None:
            self.failure = tell_failure(self, "The handout was not printed", problem)
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
