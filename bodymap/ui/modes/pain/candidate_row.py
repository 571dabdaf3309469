"""One row of the 'Where does it hurt?' ranking: the muscle's name, a bar for its score, the
reason in plain words and a small detail line with the trigger points and the source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from bodymap.domain.candidate_words import detail_line, plain_reason
from bodymap.domain.lookup import Candidate

BAR_STEPS = 100


class CandidateRow(QWidget):
    """Shown inside the candidate list (QListWidget.setItemWidget); never takes clicks, so a
    click anywhere on the row selects its list item."""

    def __init__(self, rank: int, name: str, candidate: Candidate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        self.title = _label(f"{rank}. {name}", "candidateName")
        self.bar = QProgressBar()
        self.bar.setObjectName("scoreBar")
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setValue(round(max(0.0, min(1.0, candidate.score)) * BAR_STEPS))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(f"Match score {candidate.score:.2f} of 1")
        self.reason = _label(plain_reason(candidate, QCoreApplication.translate),
                             "candidateReason")
        self.detail = _label(detail_line(candidate, QCoreApplication.translate), "hint")
        for widget in (self.title, self.bar, self.reason, self.detail):
            layout.addWidget(widget)


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and sources come from the data file
    label.setWordWrap(True)
    label.setObjectName(name)
    return label
