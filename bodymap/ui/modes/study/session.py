"""A study session on the map: asks the scheduled questions, takes taps on the figures for
the questions answered there, grades, records progress, and draws the right answer beside
the student's."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, Signal

from bodymap.atlas.geometry import Point
from bodymap.atlas.hit_area import HitAreas
from bodymap.atlas.model import TriggerPointKey
from bodymap.domain.model import RegionKey
from bodymap.domain.progress import ProgressError, ProgressStore
from bodymap.domain.study.day_schedule import DaySchedule
from bodymap.domain.study.questions import MarkerKey, Question, QuestionBank, QuestionKind, Result
from bodymap.domain.study.schedule import SessionSummary
from bodymap.domain.study.scoring import Pattern
from bodymap.ui.map_pane.pattern_layer import PatternLayer, Style
from bodymap.ui.map_pane.scene import MapScene

ANSWER = Style("#b3261e")  # the right answer: the pattern's colours
ANSWER_SPILL = Style("#b3261e", Qt.BrushStyle.BDiagPattern)
STUDENT = Style("#3b4cc0", alpha=0.45, outline=Qt.PenStyle.DashLine)  # what the student marked
OTHER = Style("#3b4cc0", Qt.BrushStyle.FDiagPattern, outline=Qt.PenStyle.DashLine)
TAP_COLOUR, LANDMARK_COLOUR = "#3b4cc0", "#1b7f3b"
TOUCH_TARGET_PX = 44  # about 9 mm: the smallest target a fingertip hits reliably


class StudySession(QObject):
    changed = Signal()

    def __init__(self, scene: MapScene, store: ProgressStore, seed: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.store = store
        atlas = scene.reference.atlas
        self.bank = QuestionBank(
            scene.reference.dataset, atlas.region_areas(atlas.measured()),  # decision 42
            markers={name: cast(Mapping[MarkerKey, Point], view.trigger_points)
                     for name, view in atlas.views.items()},
            # landmark questions are asked on the figures the map shows together
            landmarks={name: atlas.view(name).landmarks for name in scene.overview},
            translate=QCoreApplication.translate)  # questions in the interface's language
        # Scheduled in days by FSRS (decision 0040), from the cards saved answer by answer.
        self.schedule = DaySchedule(self.bank.items(), store.cards(),
                                    store.desired_retention())
        self.rng = random.Random(seed if seed is not None else time.time_ns())
        self.layer = PatternLayer(scene)
        self.questions: list[Question] = []
        self.index = -1
        self.results: list[Result] = []
        self.result: Result | None = None
        self.marked: set[RegionKey] = set()
        self.summary: SessionSummary | None = None
        self.save_error: str | None = None
        # Screen pixels per scene unit, from the view showing the map (set by the mode);
        # without it a tap means only the region drawn under it.
        self.view_scale: Callable[[], float] | None = None
        self._hit_areas: dict[str, HitAreas[RegionKey]] = {}

    # -- flow ------------------------------------------------------------------------------
    @property
    def question(self) -> Question | None:
        return self.questions[self.index] if 0 <= self.index < len(self.questions) else None

    def start(self, length: int = 10) -> None:
        items = self.schedule.draw_session(length, self.rng)
        # Saved now (the count of sessions), and each answer as it is given (not at the end
        # of the session), so a crash, a close, a mode switch or a second bodymap loses
        # nothing.
        self._save(lambda: self.store.save_session(self.store.session() + 1))
        self.questions = [self.bank.question(item, self.rng) for item in items]
        self.results, self.summary = [], None
        self.index = -1
        self.next()

    def next(self) -> None:
        self.index += 1
        self.result, self.marked = None, set()
        self.layer.clear()
        if self.question is None:
            self.summary = SessionSummary.of(self.results)
        else:
            self._show_question(self.question)
        self.changed.emit()

    def stop(self) -> None:
        self.layer.clear()
        self.questions, self.index, self.result = [], -1, None
        self.changed.emit()

    def _show_question(self, question: Question) -> None:
        if question.kind == QuestionKind.PATTERN_TO_MUSCLE and question.pattern:
            self._draw_pattern(question.pattern, "question")
        elif (question.kind == QuestionKind.TRIGGER_POINT_TO_MUSCLE and question.view
              and question.trigger_point):
            key = TriggerPointKey(question.item_id, question.trigger_point, question.side)
            point = self.scene.figures[question.view].view.trigger_points[key]
            self.layer.mark(question.view, point, "#b3261e", self.tr("This trigger point"))

    # -- answers ---------------------------------------------------------------------------
    def choose(self, muscle_id: str) -> Result:
        return self._graded(self.bank.grade_choice(self._asked(), muscle_id))

    def check_marking(self) -> Result:
        return self._graded(self.bank.grade_marking(self._asked(), self.marked))

    def _asked(self) -> Question:
        question = self.question
        if question is None:
            raise RuntimeError("no question is being asked")
        return question

    # Map input (MapView hands single-pointer input to the active tool).
    def press(self, scene_point: QPointF) -> bool:
        question = self.question
        return (question is not None and self.result is None and
                question.kind in (QuestionKind.MUSCLE_TO_PATTERN, QuestionKind.LANDMARK) and
                self.scene.figure_at(scene_point) is not None)

    def move(self, scene_point: QPointF) -> None:
        pass

    def release(self, scene_point: QPointF) -> None:
        view = self.scene.figure_at(scene_point)
        question = self.question
        if view is None or question is None or self.result is not None:
            return
        local = self.scene.figures[view].root.mapFromScene(scene_point)
        if question.kind == QuestionKind.LANDMARK:
            self.layer.mark(view, (local.x(), local.y()), TAP_COLOUR, self.tr("Your tap"))
            self._graded(self.bank.grade_tap(question, (local.x(), local.y()), view))
            return
        key = self.region_at(view, local)
        if key is not None:
            self.marked ^= {key}
            self.layer.clear()
            self.layer.draw(self.marked, STUDENT, "marked")
            self.changed.emit()

    def due_today(self) -> int:
        """Items studied before that are due by the end of today."""
        return len(self.schedule.due_today())

    def set_desired_retention(self, value: float) -> None:
        self.schedule.set_desired_retention(value)
        self._save(lambda: self.store.set_desired_retention(value))

    def reset_schedule(self) -> None:
        self.schedule = DaySchedule(self.bank.items(),
                                    desired_retention=self.schedule.desired_retention)

    def region_at(self, view: str, local: QPointF) -> RegionKey | None:
        """The region a tap at a point means: a child region before its parent, and a thin
        region also just outside its outline, so that at the view's scale each is about a
        touch target wide (atlas/hit_area.py)."""
        areas = self._hit_areas.get(view)
        if areas is None:
            regions = self.scene.reference.dataset.regions
            outlines = self.scene.figures[view].view.regions
            areas = HitAreas(outlines, {k: regions[k.region_id].parent is not None
                                        for k in outlines})
            self._hit_areas[view] = areas
        scale = self.view_scale() if self.view_scale is not None else 0.0
        radius = TOUCH_TARGET_PX / 2 / scale if scale > 0 else 0.0
        return areas.at((local.x(), local.y()), radius)

    def _graded(self, result: Result) -> Result:
        self.result = result
        self.results.append(result)
        card = self.schedule.record(result.item, result.correct, result.score)
        self._save(lambda: self.store.record(result, card=card))
        self._show_answer(result)
        self.changed.emit()
        return result

    def _save(self, write) -> None:
        try:
            write()
        except ProgressError as error:  # the disk filled up, the file vanished...
            # The cause (the disk's own words), not the English sentence wrapped round it.
            self.save_error = self.tr("Progress could not be saved: {error}").format(
                error=error.__cause__ or error)

    def _show_answer(self, result: Result) -> None:
        question = result.question
        if question.kind == QuestionKind.LANDMARK and question.landmark and question.view:
            point = self.scene.figures[question.view].view.landmarks[question.landmark]
            self.layer.mark(question.view, point, LANDMARK_COLOUR, self.tr("The landmark"))
            return
        self.layer.clear()
        if question.kind == QuestionKind.MUSCLE_TO_PATTERN:
            self._draw_pattern(self.bank.pattern(question.item_id, question.side), "answer")
            self.layer.draw(self.marked, STUDENT, "marked")
            return
        if result.chosen and not result.correct:
            chosen = self.bank.pattern(result.chosen, question.side)
            self.layer.draw(chosen.keys, OTHER, "chosen")
        self._draw_pattern(self.bank.pattern(question.item_id, question.side), "answer")
        muscle = self.scene.reference.dataset.muscle(question.item_id)
        for name, figure in self.scene.figures.items():
            for trp in muscle.trigger_points:
                key = TriggerPointKey(muscle.id, trp.id, question.side)
                if key in figure.view.trigger_points:
                    self.layer.mark(name, figure.view.trigger_points[key], "#b3261e",
                                    trp.label)

    def _draw_pattern(self, pattern: Pattern, label: str) -> None:
        self.layer.draw(pattern.spillover, ANSWER_SPILL, f"{label} spillover")
        self.layer.draw(pattern.essential, ANSWER, f"{label} essential")
