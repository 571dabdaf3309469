"""Study scheduled in days with FSRS (issue 26 point 7): ratings from graded scores, the
desired retention, what is due today, and the migration of a version-1 progress file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fsrs import Rating

from bodymap.domain.study.day_schedule import DaySchedule, rating_for, replay
from bodymap.domain.progress import SCHEMA_VERSION, ProgressStore
from bodymap.domain.study import Question, QuestionKind, Result, StudyItem

V1_FILE = Path(__file__).parent / "data" / "progress" / "progress-v1.sqlite3"
LEVATOR = StudyItem(QuestionKind.PATTERN_TO_MUSCLE, "levator_scapulae")
TRAPEZIUS = StudyItem(QuestionKind.MUSCLE_TO_PATTERN, "upper_trapezius")
PSIS = StudyItem(QuestionKind.LANDMARK, "psis")
NOON = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


def test_graded_scores_map_to_fsrs_ratings():
    assert rating_for(False, 0.6) == Rating.Again
    assert rating_for(True, 0.72) == Rating.Hard  # a marking that only just passed
    assert rating_for(True, 0.9) == Rating.Good
    assert rating_for(True, 1.0) == Rating.Good  # never Easy: a score cannot tell effort


def test_answers_schedule_in_whole_days_and_a_miss_comes_back_sooner():
    schedule = DaySchedule([LEVATOR, TRAPEZIUS])
    known = schedule.record(LEVATOR, True, 1.0, NOON)
    missed = schedule.record(TRAPEZIUS, False, 0.2, NOON)
    assert known.due - NOON >= timedelta(days=1)  # no same-day learning steps
    assert missed.due - NOON >= timedelta(days=1)
    assert missed.due < known.due
    again = schedule.record(LEVATOR, True, 1.0, known.due)
    assert again.due - known.due > known.due - NOON  # intervals grow with each success


def test_a_higher_desired_retention_gives_shorter_intervals():
    lax, strict = DaySchedule([LEVATOR], desired_retention=0.8), DaySchedule([LEVATOR],
                                                                              desired_retention=0.95)
    first = lax.record(LEVATOR, True, 1.0, NOON), strict.record(LEVATOR, True, 1.0, NOON)
    second = (lax.record(LEVATOR, True, 1.0, first[0].due),
              strict.record(LEVATOR, True, 1.0, first[1].due))
    assert second[1].due - first[1].due < second[0].due - first[0].due
    with pytest.raises(ValueError, match="between"):
        DaySchedule([LEVATOR], desired_retention=0.5)


def test_due_today_counts_items_due_by_the_end_of_the_local_day():
    schedule = DaySchedule([LEVATOR, TRAPEZIUS, PSIS])
    card = schedule.record(TRAPEZIUS, False, 0.0, NOON)
    schedule.record(LEVATOR, True, 1.0, NOON)
    assert schedule.due_today(NOON) == ()
    assert schedule.due_today(card.due) == (TRAPEZIUS,)
    assert schedule.new_items() == (PSIS,)
    drawn = schedule.draw_session(2, now=card.due)
    assert set(drawn) == {TRAPEZIUS, PSIS}  # due first, then new


def test_a_session_is_filled_ahead_of_schedule_when_nothing_else_is_left():
    schedule = DaySchedule([LEVATOR, TRAPEZIUS])
    schedule.record(LEVATOR, True, 1.0, NOON)
    schedule.record(TRAPEZIUS, True, 1.0, NOON)
    assert set(schedule.draw_session(5, now=NOON)) == {LEVATOR, TRAPEZIUS}


def test_cards_and_retention_are_saved_answer_by_answer(tmp_path):
    path = tmp_path / "progress.sqlite3"
    store, _ = ProgressStore.open(path)
    schedule = DaySchedule([LEVATOR], store.cards(), store.desired_retention())
    card = schedule.record(LEVATOR, True, 1.0, NOON)
    question = Question(LEVATOR.kind, LEVATOR.item_id, "left", "?")
    store.record(Result(question, True, 1.0, "why"), when=NOON, card=card)
    store.set_desired_retention(0.85)
    store.close()
    store, notice = ProgressStore.open(path)
    assert notice is None
    assert store.cards()[LEVATOR].due == card.due
    assert store.desired_retention() == 0.85
    with pytest.raises(ValueError):
        store.set_desired_retention(1.5)
    store.reset()
    assert store.cards() == {}


def test_a_version_1_file_is_migrated_by_replaying_its_answers(tmp_path):
    path = tmp_path / "progress.sqlite3"
    shutil.copy(V1_FILE, path)  # a copy: the fixture itself stays at version 1
    before = sqlite3.connect(path)
    history = before.execute("SELECT answered_at, kind, item, correct, score FROM answers "
                             "ORDER BY id").fetchall()
    before.close()
    store, notice = ProgressStore.open(path)
    assert notice is None  # migrated, not set aside
    assert store.answer_count() == len(history) == 8
    assert store.session() == 9 and store.boxes()  # what version 1 kept is still there
    cards = store.cards()
    assert set(cards) == {StudyItem(QuestionKind(k), i) for _, k, i, _, _ in history}
    expected = replay((StudyItem(QuestionKind(k), i), bool(c), s, datetime.fromisoformat(t))
                      for t, k, i, c, s in history)
    assert {item: card.due for item, card in cards.items()} == {
        item: card.due for item, card in expected.items()}
    # the levator was answered right three times, the last on day 8: due well after that
    assert cards[LEVATOR].due > datetime.fromisoformat(history[-1][0]) + timedelta(days=3)
    store.close()
    check = sqlite3.connect(path)
    assert check.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] \
        == str(SCHEMA_VERSION) == "2"
    check.close()
    assert ProgressStore.open(path)[1] is None  # opens again without migrating twice
    assert sqlite3.connect(V1_FILE).execute(
        "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "1"


def test_a_failed_migration_leaves_the_version_1_file_as_it_was(tmp_path, monkeypatch):
    import bodymap.domain.study.day_schedule as day_schedule

    path = tmp_path / "progress.sqlite3"
    shutil.copy(V1_FILE, path)

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(day_schedule, "replay", broken)
    store, notice = ProgressStore.open(path)
    assert "cannot be saved" in notice  # studied in memory this time
    store.close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "1"
    assert "cards" not in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 8
