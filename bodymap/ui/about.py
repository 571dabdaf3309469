"""Help > About bodymap: versions, licences, where bodymap keeps its files, and the
clinical disclaimer."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from bodymap import __version__, resources
from bodymap.atlas.reference import Reference

CODE_LICENCE = "MIT"
CONTENT_LICENCE = "CC BY-SA 4.0"
CONTENT_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
DISCLAIMER = (
    "bodymap is a reference for trained clinicians and an aid to education. It is not "
    "medical advice, and it does not diagnose. Referred-pain patterns vary between people, "
    "the reliability of trigger-point diagnosis is debated, and the evidence for dry "
    "needling is mostly short-term and of low to moderate certainty. Dry needling must only "
    "be performed by a licensed clinician trained in it. Patients: please ask your "
    "clinician about your own pain.")


def qt_versions() -> str:
    """'Qt 6.x.y, PySide6 6.x.y, Python 3.x.y': what a bug report needs."""
    import PySide6
    from PySide6.QtCore import qVersion

    python = ".".join(str(n) for n in sys.version_info[:3])
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {python}"


def about_html(reference: Reference, folders: dict[str, Path | None] | None = None) -> str:
    """The About text. `folders` names where bodymap writes (label: folder)."""
    data_file = Path(reference.dataset.file) if reference.dataset.file else resources.DATA_FILE
    data = f"bundled reference {escape(resources.data_version())}"
    if data_file.resolve() != resources.DATA_FILE.resolve():
        data = (f"your file {escape(str(data_file))} (bundled reference "
                f"{escape(resources.data_version())} for everything else)")
    rows = [
        ("Version", f"bodymap {escape(__version__)}"),
        ("Data", data),
        ("Code licence", f"{CODE_LICENCE} (the program)"),
        ("Content licence", f"{CONTENT_LICENCE} (the reference data and the drawings; "
                            f"{CONTENT_LICENCE_URL})"),
        ("Cite as", f"The bodymap developers. bodymap: an open, cited reference of "
                    f"myofascial trigger points, data version "
                    f"{escape(resources.data_version())}. {CONTENT_LICENCE}. "
                    "(CITATION.cff in the source)"),
        ("Built with", escape(qt_versions())),
    ]
    for label, folder in (folders or {}).items():
        rows.append((escape(label), escape(str(folder)) if folder else "none (not kept)"))
    table = "".join(f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"
                    for label, value in rows)
    return (f"<h2>bodymap</h2><p>An open, cited body map of myofascial trigger points.</p>"
            f"<table>{table}</table>"
            f"<h3>Clinical disclaimer</h3><p>{escape(DISCLAIMER)}</p>"
            "<p>The clinical content is written for this project in its own words and cites "
            "its sources. bodymap makes no network connections.</p>")


class AboutDialog(QDialog):
    def __init__(self, reference: Reference, folders: dict[str, Path | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About bodymap")
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # plain text: bodymap opens nothing, not even a browser
        self.text.setHtml(about_html(reference, folders))
        self.text.setAccessibleName("About bodymap")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
