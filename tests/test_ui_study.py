"""Study mode on the map: questions of each kind answered the way a student would, the
answer drawn beside theirs, the schedule and saved progress, compare, the chart."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QPushButton

from bodymap.domain.progress import ProgressStore
from bodymap.domain.study.questions import QuestionKind, StudyItem
from bodymap.ui.main_window import MainWindow


def study(window):
    """The window's study mode (built when first opened)."""
    return window.modes.get("study")


@pytest.fixture
def window(qtbot, reference, tmp_path):
    store, notice = ProgressStore.open(tmp_path / "progress.sqlite3")
    assert notice is None
    win = MainWindow(reference, open_progress=lambda: (store, None))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.set_mode("study")
    return win


def ask(window, kind: QuestionKind, item_id: str, seed: int = 3):
    session = study(window).session
    question = session.bank.question(StudyItem(kind, item_id), random.Random(seed))
    session.questions, session.index, session.results = [question], -1, []
    session.next()
    return question


def click_doc_point(qtbot, window, view: str, point) -> None:
    figure = window.scene.figures[view]
    scene_point = figure.root.mapToScene(QPointF(*point))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.view.mapFromScene(scene_point))


def choice_buttons(window) -> dict[str, QPushButton]:
    layout = study(window).panel.choices
    buttons = [layout.itemAt(i).widget() for i in range(layout.count())]
    return {b.property("muscle"): b for b in buttons if isinstance(b, QPushButton)}


def test_pattern_to_muscle_with_the_answer_drawn(qtbot, window):
    question = ask(window, QuestionKind.PATTERN_TO_MUSCLE, "gluteus_minimus")
    assert any(label.startswith("question") for _, label in study(window).session.layer.paths)
    buttons = choice_buttons(window)
    assert set(buttons) == set(question.choices) and len(buttons) == 4
    wrong = next(m for m in question.choices if m != "gluteus_minimus")
    qtbot.mouseClick(buttons[wrong], Qt.MouseButton.LeftButton)
    result = study(window).session.result
    assert not result.correct and result.chosen == wrong
    labels = {label for _, label in study(window).session.layer.paths}
    assert "chosen" in labels and "answer essential" in labels
    assert "Not quite" in study(window).panel.feedback.text()
    assert study(window).panel.next_button.isVisible()


def test_trigger_point_to_muscle(qtbot, window):
    question = ask(window, QuestionKind.TRIGGER_POINT_TO_MUSCLE, "piriformis")
    assert study(window).session.layer.items  # the marker alone is shown
    qtbot.mouseClick(choice_buttons(window)["piriformis"], Qt.MouseButton.LeftButton)
    assert study(window).session.result.correct
    assert question.view == "posterior"


def test_muscle_to_pattern_by_tapping_regions(qtbot, window, reference):
    question = ask(window, QuestionKind.MUSCLE_TO_PATTERN, "levator_scapulae")
    pattern = study(window).session.bank.pattern("levator_scapulae", question.side)
    view = reference.atlas.view("posterior")
    for key in pattern.essential:
        click_doc_point(qtbot, window, "posterior", view.regions[key].interior_point)
    assert set(pattern.essential) <= study(window).session.marked
    qtbot.mouseClick(study(window).panel.check_button, Qt.MouseButton.LeftButton)
    assert study(window).session.result.score >= 0.7 and study(window).session.result.correct


def test_landmark_tap(qtbot, window, reference):
    question = ask(window, QuestionKind.LANDMARK, "c7")
    point = reference.atlas.view(question.view).landmarks[question.landmark]
    click_doc_point(qtbot, window, question.view, point)
    assert study(window).session.result.correct
    assert "Right" in study(window).panel.feedback.text()


def test_a_session_schedules_saves_and_summarises(qtbot, window):
    session = study(window).session
    session.rng.seed(11)
    session.start(4)
    for _ in range(4):
        question = session.question
        if question.kind in (QuestionKind.PATTERN_TO_MUSCLE,
                             QuestionKind.TRIGGER_POINT_TO_MUSCLE):
            session.choose(question.choices[0])
        elif question.kind == QuestionKind.MUSCLE_TO_PATTERN:
            session.check_marking()
        else:
            session.release(window.scene.figure_rect("posterior").center())
        session.next()
    assert session.summary is not None and session.summary.asked == 4
    assert "Session done" in study(window).panel.feedback.text()
    assert session.store.answer_count() == 4
    assert session.store.session() >= 1


def test_compare_two_muscles(qtbot, window):
    panel = study(window).panel
    panel.compare_a.setCurrentIndex(panel.compare_a.findData("scalenes"))
    panel.compare_b.setCurrentIndex(panel.compare_b.findData("infraspinatus"))
    panel.compare()
    labels = {label for _, label in panel.compare_layer.paths}
    assert {"scalenes.left essential", "infraspinatus.left essential"} <= labels
    text = panel.compare_result.text()
    assert "Both refer to" in text and "Only Scalenes" in text and "Only Infraspinatus" in text


def test_progress_chart_and_reset(qtbot, window, monkeypatch):
    ask(window, QuestionKind.LANDMARK, "psis")
    study(window).session.release(window.scene.figure_rect("anterior").center())
    study(window).show_progress()
    chart = study(window).progress_chart
    qtbot.addWidget(chart)
    assert QuestionKind.LANDMARK in chart.lines
    assert "1 answers" in chart.caption.text()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    study(window).panel.confirm_reset()
    assert study(window).session.store.answer_count() == 0


def test_a_corrupt_progress_file_is_set_aside_with_a_notice(qtbot, reference, tmp_path,
                                                           monkeypatch):
    data_home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "progress.sqlite3"), "wb") as broken:
        broken.write(b"this is not a database" * 100)
    window = MainWindow(reference)
    qtbot.addWidget(window)
    window.set_mode("study")
    assert not study(window).panel.notice.isHidden()
    assert "corrupt" in study(window).panel.notice.text().lower() or \
        "set aside" in study(window).panel.notice.text().lower()
    kept = [name for name in os.listdir(folder) if ".corrupt-" in name]
    assert kept, os.listdir(folder)


def test_snapshot_of_study_mode_saves_nothing(tmp_path):
    out = tmp_path / "study.png"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "bodymap", "snapshot", "--mode", "study",
                             "-o", str(out)], capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data").exists()
    shot = QImage(str(out))
    assert (shot.width(), shot.height()) == (1366, 768)
    colours = {shot.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
    assert len(colours) > 100  # a drawn figure and a question, not an empty window


def test_the_study_screen_says_what_is_due_today(qtbot, window):
    from datetime import datetime, timedelta, timezone

    session, panel = study(window).session, study(window).panel
    assert "0 due today" in panel.due_label.text()
    item = StudyItem(QuestionKind.LANDMARK, "c7")
    yesterday = datetime.now(timezone.utc) - timedelta(days=3)
    session.schedule.record(item, False, 0.0, yesterday)  # missed three days ago: due now
    panel.refresh()
    assert "1 due today" in panel.due_label.text()
    session.rng.seed(3)
    session.start(1)
    assert session.question.item_id == "c7"  # what is due comes first


def test_the_desired_retention_is_kept_with_the_progress(qtbot, window):
    study(window).panel.retention.setValue(85)
    assert study(window).session.schedule.desired_retention == 0.85
    assert study(window).session.store.desired_retention() == 0.85
