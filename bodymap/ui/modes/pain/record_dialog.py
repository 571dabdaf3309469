"""Before a pain drawing is exported: an optional patient reference for the picture's header,
then where to save it (a file name with today's date offered)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap.ui.modes.pain.record import RecordDetails, default_file_name

REFERENCE_LIMIT = 60  # characters: an id or a name, not notes


class RecordDetailsDialog(QDialog):
    """Asks for the patient reference; the date is the time the dialog opened."""

    def __init__(self, parent: QWidget | None = None, taken: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export the pain drawing")
        self.taken = taken or datetime.now().astimezone()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Patient reference (optional), printed under the title:"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(REFERENCE_LIMIT)
        self.reference.setPlaceholderText("e.g. the clinic's record number")
        self.reference.setAccessibleName("Patient reference")
        layout.addWidget(self.reference)
        note = QLabel("bodymap keeps no copy: the reference is printed on the exported "
                      "picture and nowhere else.")
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def details(self) -> RecordDetails:
        # One line, no control characters: it is drawn as a single line of the header.
        text = "".join(c for c in self.reference.text() if c.isprintable()).strip()
        return RecordDetails(self.taken, text)


def ask_export_target(parent: QWidget, folder: Path) -> tuple[Path, RecordDetails] | None:
    """The details for the header, then the file; None if the user cancels either."""
    dialog = RecordDetailsDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    details = dialog.details()
    path, _ = QFileDialog.getSaveFileName(parent, "Export the pain drawing",
                                          str(folder / default_file_name(details.taken)),
                                          "PNG image (*.png)")
    return (Path(path), details) if path else None
