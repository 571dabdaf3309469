"""Text from the data file, the kiosk settings or the command line is plain text on screen.

Qt guesses: a QLabel, a tooltip or a message box whose text looks like HTML is rendered as
rich text, so a muscle named `<img src=/dev/zero>` would make Qt read that file (and abort).
Widgets that show such text say PlainText outright; tooltips, which cannot, get the text
escaped inside rich text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from bodymap.ui.markup import escape


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text` (and anything set later) exactly as written."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_plain(*labels: QLabel) -> None:
    """Make existing labels show their text exactly as written."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly as written. Tooltips have no plain-text switch,
    so text that could pass for markup is escaped inside an explicit rich-text block."""
    if "<" not in text and "&" not in text:
        return text
    return f"<qt>{escape(text, quote=False)}</qt>"
