"""Study progress in SQLite (bodymap.domain.progress): round trips, history for the charts,
reset, and files that cannot be used — set aside with a notice, never lost. No Qt."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from bodymap.domain.progress import SCHEMA_VERSION, ProgressPoint, ProgressStore
from bodymap.domain.study.questions import Question, QuestionKind, Result, StudyItem
from bodymap.domain.study.schedule import ItemState

P2M = QuestionKind.PATTERN_TO_MUSCLE
LANDMARK = QuestionKind.LANDMARK


def result(kind=P2M, item="piriformis", correct=True, score=None, side="left"):
    question = Question(kind, item, side, "prompt")
    return Result(question, correct, (1.0 if correct else 0.0) if score is None else score,
                  "why")


def aside_files(folder, marker):
    return sorted(p for p in folder.iterdir() if marker in p.name)


def test_a_new_store_starts_empty_without_a_notice(tmp_path):
    store, notice = ProgressStore.open(tmp_path / "sub" / "progress.sqlite3")
    assert notice is None
    assert store.boxes() == {} and store.session() == 0 and store.history_by_kind() == {}
    store.close()


def test_boxes_and_history_survive_closing_and_reopening(tmp_path):
    path = tmp_path / "progress.sqlite3"
    states = {StudyItem(P2M, "piriformis"): ItemState(3, 4),
              StudyItem(LANDMARK, "psis"): ItemState(1, None)}
    with ProgressStore.open(path)[0] as store:
        store.save_boxes(states, session=4)
        store.record(result(), datetime(2025, 3, 1, 9, 30))
        store.record(result(LANDMARK, "psis", False, 0.4, "right"), datetime(2025, 3, 1, 9, 31))
    store, notice = ProgressStore.open(path)
    assert notice is None
    assert store.boxes() == states
    assert store.session() == 4
    assert store.answer_count() == 2
    rows = sqlite3.connect(path).execute(
        "SELECT kind, item, side, correct, score FROM answers ORDER BY id").fetchall()
    assert rows == [("pattern_to_muscle", "piriformis", "left", 1, 1.0),
                    ("landmark", "psis", "right", 0, 0.4)]
    store.close()


def test_saving_boxes_updates_only_the_items_given(tmp_path):
    """Another bodymap may have saved other items meanwhile: they are kept (issue 19.6)."""
    with ProgressStore.open(tmp_path / "p.sqlite3")[0] as store:
        store.save_boxes({StudyItem(P2M, "a"): ItemState(2, 1)}, 1)
        store.save_boxes({StudyItem(P2M, "b"): ItemState(1, 2)}, 2)
        store.save_boxes({StudyItem(P2M, "a"): ItemState(3, 2)}, 2)
        assert store.boxes() == {StudyItem(P2M, "a"): ItemState(3, 2),
                                 StudyItem(P2M, "b"): ItemState(1, 2)}
        assert store.session() == 2


def test_history_gives_daily_accuracy_per_kind():
    store = ProgressStore.in_memory()
    for day, correct in ((1, True), (1, False), (1, True), (2, True)):
        store.record(result(correct=correct), datetime(2025, 3, day, 12))
    store.record(result(LANDMARK, "c7", False, side="midline"), datetime(2025, 3, 2, 12))
    history = store.history_by_kind()
    assert history[P2M] == [ProgressPoint(date(2025, 3, 1), pytest.approx(2 / 3), 3),
                            ProgressPoint(date(2025, 3, 2), 1.0, 1)]
    day, accuracy, asked = history[LANDMARK][0]
    assert (day, accuracy, asked) == (date(2025, 3, 2), 0.0, 1)


def test_reset_clears_all_progress(tmp_path):
    path = tmp_path / "p.sqlite3"
    with ProgressStore.open(path)[0] as store:
        store.save_boxes({StudyItem(P2M, "a"): ItemState(4, 2)}, 3)
        store.record(result())
        store.reset()
        assert store.boxes() == {} and store.session() == 0 and store.history_by_kind() == {}
    assert ProgressStore.open(path)[0].answer_count() == 0


def test_a_file_that_is_not_sqlite_is_set_aside_and_a_fresh_store_started(tmp_path):
    path = tmp_path / "progress.sqlite3"
    junk = b"this is not a database at all\n" * 50
    path.write_bytes(junk)
    store, notice = ProgressStore.open(path)
    (aside,) = aside_files(tmp_path, ".corrupt-")
    assert aside.name.startswith("progress.sqlite3.corrupt-")
    assert aside.read_bytes() == junk  # kept, untouched
    assert notice is not None and str(aside) in notice and "fresh" in notice
    store.record(result())
    assert store.answer_count() == 1 and store.path == path
    store.close()


def test_a_damaged_database_is_set_aside(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore.open(path)[0] as store:
        for _ in range(5):
            store.record(result())
    raw = bytearray(path.read_bytes())
    raw[100:400] = b"\xff" * 300  # the first page: the schema
    path.write_bytes(bytes(raw))
    store, notice = ProgressStore.open(path)
    assert notice is not None and len(aside_files(tmp_path, ".corrupt-")) == 1
    assert store.answer_count() == 0
    store.close()


def test_a_database_of_something_else_is_set_aside(tmp_path):
    path = tmp_path / "progress.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos (name TEXT)")
    other.commit()
    other.close()
    store, notice = ProgressStore.open(path)
    (aside,) = aside_files(tmp_path, ".corrupt-")
    assert "not a bodymap progress file" in notice
    assert sqlite3.connect(aside).execute("SELECT name FROM sqlite_master").fetchall() == \
        [("photos",)]
    store.close()


def test_missing_tables_are_set_aside(tmp_path):
    path = tmp_path / "progress.sqlite3"
    ProgressStore.open(path)[0].close()
    db = sqlite3.connect(path)
    db.execute("DROP TABLE answers")
    db.commit()
    db.close()
    store, notice = ProgressStore.open(path)
    assert "answers" in notice and len(aside_files(tmp_path, ".corrupt-")) == 1
    store.record(result())
    store.close()


def test_a_newer_schema_is_set_aside_with_its_own_notice(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore.open(path)[0] as store:
        store.record(result())
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
               (str(SCHEMA_VERSION + 1),))
    db.commit()
    db.close()
    store, notice = ProgressStore.open(path)
    (aside,) = aside_files(tmp_path, ".newer-")
    assert "newer version" in notice and str(aside) in notice
    assert sqlite3.connect(aside).execute("SELECT COUNT(*) FROM answers").fetchone() == (1,)
    assert store.answer_count() == 0
    assert not aside_files(tmp_path, ".corrupt-")
    store.close()


def test_setting_aside_twice_keeps_both_files(tmp_path):
    path = tmp_path / "progress.sqlite3"
    for text in (b"first junk" * 20, b"second junk" * 20):
        path.write_bytes(text)
        ProgressStore.open(path)[0].close()
    kept = aside_files(tmp_path, ".corrupt-")
    assert len(kept) == 2
    assert {p.read_bytes()[:6] for p in kept} == {b"first ", b"second"}


def test_a_locked_database_is_left_alone_and_progress_kept_in_memory(tmp_path):
    path = tmp_path / "progress.sqlite3"
    ProgressStore.open(path)[0].close()
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    store, notice = ProgressStore.open(path, timeout=0.05)
    holder.rollback()
    holder.close()
    assert notice is not None and "will not be kept" in notice
    assert store.path is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.sqlite3"]


def test_an_unusable_location_falls_back_to_memory(tmp_path):
    folder = tmp_path / "progress.sqlite3"
    folder.mkdir()  # a folder where the file should be
    store, notice = ProgressStore.open(folder)
    assert notice is not None and store.path is None
    store.record(result())
    assert store.answer_count() == 1
    assert list(folder.iterdir()) == []


def test_the_in_memory_store_writes_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = ProgressStore.in_memory()
    store.save_boxes({StudyItem(P2M, "a"): ItemState(2, 1)}, 1)
    store.record(result())
    assert store.answer_count() == 1 and store.path is None
    store.reset()
    store.close()
    assert list(tmp_path.iterdir()) == []
