"""The Study side panel: start a session, answer, see why, the summary; compare two
muscles; progress chart; reset."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from bodymap.domain.study.scoring import PATTERN_PASS
from bodymap.domain.text_marks import QT_TRANSLATE_NOOP
from bodymap.ui.map_pane.pattern_layer import PatternLayer, Style
from bodymap.ui.markup import escape
from bodymap.ui.modes.study.session import StudySession

# Translated where shown (context "StudyPanel"; the progress chart uses them too).
KIND_NAMES = {QuestionKind.PATTERN_TO_MUSCLE: QT_TRANSLATE_NOOP("StudyPanel", "Pattern → muscle"),
              QuestionKind.MUSCLE_TO_PATTERN: QT_TRANSLATE_NOOP("StudyPanel", "Muscle → pattern"),
              QuestionKind.TRIGGER_POINT_TO_MUSCLE: QT_TRANSLATE_NOOP(
                  "StudyPanel", "Trigger point → muscle"),
              QuestionKind.LANDMARK: QT_TRANSLATE_NOOP("StudyPanel", "Landmarks")}
COMPARE_A = (Style("#b3261e"), Style("#b3261e", Qt.BrushStyle.BDiagPattern))
COMPARE_B = (Style("#1f5f8b", Qt.BrushStyle.DiagCrossPattern, outline=Qt.PenStyle.DashLine),
             Style("#1f5f8b", Qt.BrushStyle.FDiagPattern, outline=Qt.PenStyle.DashLine))


def _tr(text: str) -> str:
    return QCoreApplication.translate("StudyPanel", text)


def kind_name(kind: QuestionKind) -> str:
    """The question kind's name in the interface's language."""
    return _tr(KIND_NAMES[kind])


def short_label(label: str) -> str:
    """A region's name up to its first alternative: 'Cheek / maxilla' → 'Cheek'. A ' / '
    inside brackets is not a break: 'Front (flexor / volar) surface of the forearm' stays."""
    return re.split(r" / (?![^(]*\))", label)[0]


def compare_text(session: StudySession, a: MuscleSide, b: MuscleSide) -> str:
    """How two muscles' patterns differ, in plain clinical words."""
    dataset = session.scene.reference.dataset
    label = {r.id: short_label(r.label) for r in dataset.regions.values()}
    pa, pb = session.bank.pattern(a.muscle_id, a.side), session.bank.pattern(b.muscle_id, b.side)
    ids = {name: {k.region_id for k in keys} for name, keys in
           (("ae", pa.essential), ("as", pa.spillover), ("be", pb.essential),
            ("bs", pb.spillover))}

    def names(region_ids) -> str:
        return ", ".join(sorted(label[r] for r in region_ids)) or "—"

    a_name = escape(dataset.muscle(a.muscle_id).name)
    b_name = escape(dataset.muscle(b.muscle_id).name)
    both = (ids["ae"] | ids["as"]) & (ids["be"] | ids["bs"])
    translate = QCoreApplication.translate
    rows = ((translate("StudyPanel", "Both refer to:"), both),
            (translate("StudyPanel", "Only {a}:"), (ids["ae"] | ids["as"]) - both),
            (translate("StudyPanel", "Only {b}:"), (ids["be"] | ids["bs"]) - both),
            (translate("StudyPanel", "Essential for {a}, not for {b}:"), ids["ae"] - ids["be"]),
            (translate("StudyPanel", "Essential for {b}, not for {a}:"), ids["be"] - ids["ae"]))
    key = translate("StudyPanel", "{a} (red, solid and striped) and {b} (blue, cross-hatched "
                                  "and dashed).")
    coloured = {"a": f"<b style='color:#b3261e'>{a_name}</b>",
                "b": f"<b style='color:#1f5f8b'>{b_name}</b>"}
    return (f"<p>{escape(key).format(**coloured)}</p>"
            + "".join(f"<p><b>{escape(title).format(a=a_name, b=b_name)}</b> "
                      f"{escape(names(region_ids))}</p>" for title, region_ids in rows))


def score_words(kind: QuestionKind, score: float) -> str:
    """What the score means for this kind of question ('' where it is simply right or
    wrong): never a bare percentage that reads as a verdict on the regions."""
    if kind == QuestionKind.MUSCLE_TO_PATTERN:
        return QCoreApplication.translate(
            "StudyPanel", "Area score {score}: how much of the essential zone's area you marked, "
                   "less what you marked outside the pattern. Correct needs every essential "
                   "region and {pass_mark}.").format(score=f"{score:.0%}",
                                                      pass_mark=f"{PATTERN_PASS:.0%}")
    if kind == QuestionKind.LANDMARK:
        return QCoreApplication.translate(
            "StudyPanel", "Distance score {score}: full marks close to the landmark, fewer the "
                   "further away the tap.").format(score=f"{score:.0%}")
    return ""


def choice_text(name: str, muscle_id: str, question_id: str, chosen: str | None) -> tuple[
        str, str]:
    """A choice button's text and its 'answer' style once the question is answered: the
    student's choice and the right muscle are marked in words as well as colour."""
    translate = QCoreApplication.translate
    if muscle_id == chosen:
        text = (translate("StudyPanel", "✓ {name} (your answer)") if muscle_id == question_id
                else translate("StudyPanel", "✗ {name} (your answer)"))
        return text.format(name=name), "chosen"
    if muscle_id == question_id:
        return translate("StudyPanel", "✓ {name} (the answer)").format(name=name), "answer"
    return name, ""


class StudyPanel(QWidget):
    progress_requested = Signal()
    session_starting = Signal()  # the map should be cleared and fitted for the question

    def __init__(self, session: StudySession, notice: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("painPanel")  # shares the side-panel look
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.session = session
        self.compare_layer = PatternLayer(session.scene)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        title = QLabel(self.tr("Study"))
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
        self.due_label.setAccessibleName(self.tr("Due today"))
        layout.addWidget(self.due_label)
        retention_row = QHBoxLayout()
        retention_row.addWidget(QLabel(self.tr("Aim to remember")))
        self.retention = QSpinBox()
        self.retention.setRange(70, 97)
        self.retention.setSuffix(" %")
        self.retention.setValue(round(session.schedule.desired_retention * 100))
        self.retention.setAccessibleName(self.tr("Desired retention, percent"))
        self.retention.setToolTip(self.tr("How sure you want to be of still knowing an item "
                                          "when it comes back. Higher means shorter gaps and "
                                          "more reviews a day (FSRS's desired retention; 90% "
                                          "is its default)."))
        self.retention.valueChanged.connect(self._retention_changed)
        retention_row.addWidget(self.retention)
        retention_row.addStretch(1)
        layout.addLayout(retention_row)

        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("Questions")))
        self.length = QSpinBox()
        self.length.setRange(3, 50)
        self.length.setValue(10)
        self.length.setAccessibleName(self.tr("Questions in a session"))
        start_row.addWidget(self.length)
        self.start_button = QPushButton(self.tr("Start a session"))
        self.start_button.clicked.connect(self.start_session)
        start_row.addWidget(self.start_button, 1)
        layout.addLayout(start_row)

        self.prompt = QLabel()
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # names from the data file
        self.prompt.setObjectName("sectionTitle")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.choices = QVBoxLayout()
        layout.addLayout(self.choices)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(session.check_marking)
        layout.addWidget(self.check_button)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.feedback)
        self.next_button = QPushButton(self.tr("Next question"))
        self.next_button.clicked.connect(session.next)
        layout.addWidget(self.next_button)
        layout.addStretch(1)

        compare_title = QLabel(self.tr("Compare two muscles"))
        compare_title.setObjectName("sectionTitle")
        layout.addWidget(compare_title)
        muscles = sorted(session.scene.reference.dataset.muscles, key=lambda m: m.name)
        self.compare_a, self.compare_b = QComboBox(), QComboBox()
        for box, default in ((self.compare_a, "gluteus_minimus"), (self.compare_b, "piriformis")):
            for muscle in muscles:
                box.addItem(muscle.name, muscle.id)
            index = box.findData(default)
            box.setCurrentIndex(max(0, index))
            # Sized to the panel, not to the longest name: a long translated name must not
            # widen the window past a 1280-pixel screen (the list still shows names whole).
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)
            layout.addWidget(box)
        self.compare_a.setAccessibleName(self.tr("First muscle to compare"))
        self.compare_b.setAccessibleName(self.tr("Second muscle to compare"))
        compare_row = QHBoxLayout()
        compare = QPushButton(self.tr("Compare"))
        compare.clicked.connect(self.compare)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.compare_layer.clear)
        compare_row.addWidget(compare)
        compare_row.addWidget(clear)
        layout.addLayout(compare_row)
        self.compare_result = QLabel()  # rich text, its names escaped (compare_text)
        self.compare_result.setWordWrap(True)
        layout.addWidget(self.compare_result)

        bottom = QHBoxLayout()
        progress = QPushButton(self.tr("Progress chart…"))
        progress.clicked.connect(self.progress_requested.emit)
        self.reset_button = QPushButton(self.tr("Reset progress…"))
        self.reset_button.clicked.connect(self.confirm_reset)
        bottom.addWidget(progress)
        bottom.addWidget(self.reset_button)
        layout.addLayout(bottom)
        session.changed.connect(self.refresh)
        self.refresh()

    def start_session(self) -> None:
        """A new session starts on a clean, fitted map: no comparison, no selection."""
        self.compare_layer.clear()
        self.compare_result.clear()
        self.session_starting.emit()
        self.session.start(self.length.value())

    def compare(self) -> None:
        if self.session.question is not None and not self._end_session_first():
            return
        a = MuscleSide(self.compare_a.currentData(), "left")
        b = MuscleSide(self.compare_b.currentData(), "left")
        self.session.stop()
        self.compare_layer.clear()
        for key, (essential, spillover) in ((a, COMPARE_A), (b, COMPARE_B)):
            pattern = self.session.bank.pattern(key.muscle_id, key.side)
            self.compare_layer.draw(pattern.spillover, spillover, f"{key} spillover")
            self.compare_layer.draw(pattern.essential, essential, f"{key} essential")
        self.compare_result.setText(compare_text(self.session, a, b))

    def _end_session_first(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("End the session?"),
            self.tr("Comparing two muscles ends the session under way. The answers given so "
                    "far are kept. End the session and compare?"))
        return answer == QMessageBox.StandardButton.Yes

    def confirm_reset(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Reset progress"),
            self.tr("Forget every answer and start the schedule afresh?"))
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
        self.due_label.setText(self.tr("<b>{due} due today</b> · {new} not yet studied")
                               .format(due=session.due_today(), new=new))
        while self.choices.count():
            taken = self.choices.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()  # gone now, not when the event loop next deletes
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
                row = self.tr("{kind}: {correct} of {asked} (mean score {score})")
                rows = "".join(
                    "<li>" + escape(row.format(kind=kind_name(k.kind), correct=k.correct,
                                               asked=k.asked, score=f"{k.mean_score:.0%}"))
                    + "</li>" for k in summary.kinds)
                review = ", ".join(session.bank.item_label(i) for i in summary.to_review[:8])
                done = self.tr("Session done: {correct} of {asked} correct.").format(
                    correct=summary.correct, asked=summary.asked)
                self.feedback.setText(
                    f"<b>{escape(done)}</b><ul>{rows}</ul>"
                    + escape(self.tr("Coming back sooner: {items}.").format(items=review)
                             if review else self.tr("Everything answered well.")))
            else:
                self.feedback.setText(self.tr(
                    "Questions come from a schedule in days: what you miss comes back "
                    "tomorrow, what you know comes back later, each time further apart."))
            return
        number = self.tr("{number} of {count}").format(number=session.index + 1,
                                                       count=len(session.questions))
        self.prompt.setText(f"{number} · {kind_name(question.kind)}\n{question.prompt}")
        result = session.result
        if question.kind in (QuestionKind.PATTERN_TO_MUSCLE,
                             QuestionKind.TRIGGER_POINT_TO_MUSCLE):
            dataset = session.scene.reference.dataset
            for muscle_id in question.choices:
                name = dataset.muscle(muscle_id).name
                button = QPushButton(name)
                if result is not None:
                    text, style = choice_text(name, muscle_id, question.item_id,
                                              result.chosen)
                    button.setText(text)
                    button.setProperty("answer", style)
                    # Answered: the buttons stay readable but take no second answer.
                    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                    button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                button.setProperty("muscle", muscle_id)
                button.clicked.connect(lambda _=False, m=muscle_id: session.choose(m))
                self.choices.addWidget(button)
        elif question.kind == QuestionKind.MUSCLE_TO_PATTERN and result is None:
            self.check_button.show()
            self.check_button.setEnabled(bool(session.marked))
        if result is None:
            hint = {QuestionKind.MUSCLE_TO_PATTERN: self.tr("Tap the body regions on the map, "
                                                            "then press Check."),
                    QuestionKind.LANDMARK: self.tr("Tap the spot on the figure.")}.get(
                question.kind, "")
            self.feedback.setText(hint)
        else:
            mark = self.tr("✓ Correct.") if result.correct else self.tr("✗ Not quite.")
            colour = "#1b7f3b" if result.correct else "#9b1c1c"
            score = score_words(question.kind, result.score)
            # What the colours on the map are: a landmark question draws no pattern.
            legend = (self.tr("On the map: green is the landmark, blue is your tap.")
                      if question.kind == QuestionKind.LANDMARK else
                      self.tr("On the map: red is the answer's pattern, blue is yours."))
            self.feedback.setText(f"<b style='color:{colour}'>{escape(mark)}</b> "
                                  f"{escape(result.explanation)}"
                                  + (f"<br><span style='color:#6a615b'>{escape(score)}</span>"
                                     if score else "")
                                  + f"<br><span style='color:#6a615b'>{escape(legend)}</span>")
            self.next_button.show()
            self.next_button.setText(self.tr("Next question") if session.index + 1 <
                                     len(session.questions) else self.tr("See the summary"))
