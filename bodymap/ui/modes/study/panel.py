"""The Study side panel: start a session, answer, see why, the summary; compare two
muscles; progress chart; reset."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.model import MuscleSide
from bodymap.domain.study.questions import QuestionKind
from bodymap.ui.map_pane.pattern_layer import PatternLayer, Style
from bodymap.ui.markup import escape
from bodymap.ui.modes.study.session import StudySession

KIND_NAMES = {QuestionKind.PATTERN_TO_MUSCLE: "Pattern → muscle",
              QuestionKind.MUSCLE_TO_PATTERN: "Muscle → pattern",
              QuestionKind.TRIGGER_POINT_TO_MUSCLE: "Trigger point → muscle",
              QuestionKind.LANDMARK: "Landmarks"}
COMPARE_A = (Style("#b3261e"), Style("#b3261e", Qt.BrushStyle.BDiagPattern))
COMPARE_B = (Style("#1f5f8b", Qt.BrushStyle.DiagCrossPattern, outline=Qt.PenStyle.DashLine),
             Style("#1f5f8b", Qt.BrushStyle.FDiagPattern, outline=Qt.PenStyle.DashLine))


def compare_text(session: StudySession, a: MuscleSide, b: MuscleSide) -> str:
    """How two muscles' patterns differ, in plain clinical words."""
    dataset = session.scene.reference.dataset
    label = {r.id: r.label.split(" / ")[0] for r in dataset.regions.values()}
    pa, pb = session.bank.pattern(a.muscle_id, a.side), session.bank.pattern(b.muscle_id, b.side)
    ids = {name: {k.region_id for k in keys} for name, keys in
           (("ae", pa.essential), ("as", pa.spillover), ("be", pb.essential),
            ("bs", pb.spillover))}

    def names(region_ids) -> str:
        return ", ".join(sorted(label[r] for r in region_ids)) or "—"

    name_a = dataset.muscle(a.muscle_id).name
    name_b = dataset.muscle(b.muscle_id).name
    both = (ids["ae"] | ids["as"]) & (ids["be"] | ids["bs"])
    return (f"<p><b style='color:#b3261e'>{escape(name_a)}</b> (red, solid and striped) and "
            f"<b style='color:#1f5f8b'>{escape(name_b)}</b> (blue, cross-hatched and "
            "dashed).</p>"
            f"<p><b>Both refer to:</b> {escape(names(both))}</p>"
            f"<p><b>Only {escape(name_a)}:</b> "
            f"{escape(names((ids['ae'] | ids['as']) - both))}</p>"
            f"<p><b>Only {escape(name_b)}:</b> "
            f"{escape(names((ids['be'] | ids['bs']) - both))}</p>"
            f"<p><b>Essential for {escape(name_a)}, not for {escape(name_b)}:</b> "
            f"{escape(names(ids['ae'] - ids['be']))}</p>"
            f"<p><b>Essential for {escape(name_b)}, not for {escape(name_a)}:</b> "
            f"{escape(names(ids['be'] - ids['ae']))}</p>")


class StudyPanel(QWidget):
    progress_requested = Signal()

    def __init__(self, session: StudySession, notice: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("painPanel")  # shares the side-panel look
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.session = session
        self.compare_layer = PatternLayer(session.scene)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        title = QLabel("Study")
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # may hold a file name
        self.notice.setText(notice or "")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)
        self.due_label = QLabel()  # "12 due today · 40 new"
        self.due_label.setObjectName("hint")
        self.due_label.setAccessibleName("Due today")
        layout.addWidget(self.due_label)
        retention_row = QHBoxLayout()
        retention_row.addWidget(QLabel("Aim to remember"))
        self.retention = QSpinBox()
        self.retention.setRange(70, 97)
        self.retention.setSuffix(" %")
        self.retention.setValue(round(session.schedule.desired_retention * 100))
        self.retention.setAccessibleName("Desired retention, percent")
        self.retention.setToolTip("How sure you want to be of still knowing an item when it "
                                  "comes back. Higher means shorter gaps and more reviews a "
                                  "day (FSRS's desired retention; 90% is its default).")
        self.retention.valueChanged.connect(self._retention_changed)
        retention_row.addWidget(self.retention)
        retention_row.addStretch(1)
        layout.addLayout(retention_row)

        start_row = QHBoxLayout()
        start_row.addWidget(QLabel("Questions"))
        self.length = QSpinBox()
        self.length.setRange(3, 50)
        self.length.setValue(10)
        self.length.setAccessibleName("Questions in a session")
        start_row.addWidget(self.length)
        self.start_button = QPushButton("Start a session")
        self.start_button.clicked.connect(lambda: session.start(self.length.value()))
        start_row.addWidget(self.start_button, 1)
        layout.addLayout(start_row)

        self.prompt = QLabel()
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # names from the data file
        self.prompt.setObjectName("sectionTitle")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.choices = QVBoxLayout()
        layout.addLayout(self.choices)
        self.check_button = QPushButton("Check")
        self.check_button.clicked.connect(session.check_marking)
        layout.addWidget(self.check_button)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.feedback)
        self.next_button = QPushButton("Next question")
        self.next_button.clicked.connect(session.next)
        layout.addWidget(self.next_button)
        layout.addStretch(1)

        compare_title = QLabel("Compare two muscles")
        compare_title.setObjectName("sectionTitle")
        layout.addWidget(compare_title)
        muscles = sorted(session.scene.reference.dataset.muscles, key=lambda m: m.name)
        self.compare_a, self.compare_b = QComboBox(), QComboBox()
        for box, default in ((self.compare_a, "gluteus_minimus"), (self.compare_b, "piriformis")):
            for muscle in muscles:
                box.addItem(muscle.name, muscle.id)
            index = box.findData(default)
            box.setCurrentIndex(max(0, index))
            layout.addWidget(box)
        self.compare_a.setAccessibleName("First muscle to compare")
        self.compare_b.setAccessibleName("Second muscle to compare")
        compare_row = QHBoxLayout()
        compare = QPushButton("Compare")
        compare.clicked.connect(self.compare)
        clear = QPushButton("Clear")
        clear.clicked.connect(self.compare_layer.clear)
        compare_row.addWidget(compare)
        compare_row.addWidget(clear)
        layout.addLayout(compare_row)
        self.compare_result = QLabel()  # rich text, its names escaped (compare_text)
        self.compare_result.setWordWrap(True)
        layout.addWidget(self.compare_result)

        bottom = QHBoxLayout()
        progress = QPushButton("Progress chart…")
        progress.clicked.connect(self.progress_requested.emit)
        self.reset_button = QPushButton("Reset progress…")
        self.reset_button.clicked.connect(self.confirm_reset)
        bottom.addWidget(progress)
        bottom.addWidget(self.reset_button)
        layout.addLayout(bottom)
        session.changed.connect(self.refresh)
        self.refresh()

    def compare(self) -> None:
        a = MuscleSide(self.compare_a.currentData(), "left")
        b = MuscleSide(self.compare_b.currentData(), "left")
        self.session.stop()
        self.compare_layer.clear()
        for key, (essential, spillover) in ((a, COMPARE_A), (b, COMPARE_B)):
            pattern = self.session.bank.pattern(key.muscle_id, key.side)
            self.compare_layer.draw(pattern.spillover, spillover, f"{key} spillover")
            self.compare_layer.draw(pattern.essential, essential, f"{key} essential")
        self.compare_result.setText(compare_text(self.session, a, b))

    def confirm_reset(self) -> None:
        answer = QMessageBox.question(self, "Reset progress",
                                      "Forget every answer and start the schedule afresh?")
        if answer == QMessageBox.StandardButton.Yes:
            self.session.store.reset()
            self.session.reset_schedule()
            self.refresh()

    def _retention_changed(self, percent: int) -> None:
        self.session.set_desired_retention(percent / 100)
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        question = session.question
        new = len(session.schedule.new_items())
        self.due_label.setText(f"<b>{session.due_today()} due today</b> · {new} not yet "
                               "studied")
        while self.choices.count():
            taken = self.choices.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.check_button.hide()
        self.next_button.hide()
        if session.save_error:
            self.notice.setText(session.save_error)
            self.notice.show()
        if question is None:
            self.prompt.setText("")
            summary = session.summary
            if summary is not None and summary.asked:
                rows = "".join(
                    f"<li>{KIND_NAMES[k.kind]}: {k.correct} of {k.asked} "
                    f"(mean score {k.mean_score:.0%})</li>" for k in summary.kinds)
                review = ", ".join(session.bank.item_label(i) for i in summary.to_review[:8])
                self.feedback.setText(
                    f"<b>Session done: {summary.correct} of {summary.asked} right.</b>"
                    f"<ul>{rows}</ul>" + (f"Coming back sooner: {escape(review)}." if review
                                         else "Everything answered well."))
            else:
                self.feedback.setText("Questions come from a schedule in days: what you miss "
                                      "comes back tomorrow, what you know comes back later, "
                                      "each time further apart.")
            return
        number = f"{session.index + 1} of {len(session.questions)}"
        self.prompt.setText(f"{number} · {KIND_NAMES[question.kind]}\n{question.prompt}")
        result = session.result
        if question.kind in (QuestionKind.PATTERN_TO_MUSCLE,
                             QuestionKind.TRIGGER_POINT_TO_MUSCLE):
            dataset = session.scene.reference.dataset
            for muscle_id in question.choices:
                button = QPushButton(dataset.muscle(muscle_id).name)
                button.setEnabled(result is None)
                button.setProperty("muscle", muscle_id)
                button.clicked.connect(lambda _=False, m=muscle_id: session.choose(m))
                self.choices.addWidget(button)
        elif question.kind == QuestionKind.MUSCLE_TO_PATTERN and result is None:
            self.check_button.show()
            self.check_button.setEnabled(bool(session.marked))
        if result is None:
            hint = {QuestionKind.MUSCLE_TO_PATTERN: "Tap the body regions on the map, then "
                                                    "press Check.",
                    QuestionKind.LANDMARK: "Tap the spot on the figure."}.get(question.kind, "")
            self.feedback.setText(hint)
        else:
            mark = "✓ Right" if result.correct else "✗ Not quite"
            colour = "#1b7f3b" if result.correct else "#9b1c1c"
            self.feedback.setText(f"<b style='color:{colour}'>{mark}</b> "
                                  f"(score {result.score:.0%}). {escape(result.explanation)}"
                                  "<br><span style='color:#6a615b'>Red: the answer. Blue: "
                                  "yours.</span>")
            self.next_button.show()
            self.next_button.setText("Next question" if session.index + 1 <
                                     len(session.questions) else "See the summary")
