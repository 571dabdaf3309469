"""Study progress kept in SQLite: every answer given, and each item's FSRS card (when it is
next due, in days; domain/study/day_schedule.py). The Leitner boxes of schema version 1 are kept
(written as before) but no longer schedule anything.

Schema version 2 added the cards. A version-1 file is migrated when it is opened: its
answer history is replayed through FSRS, oldest first, so what a student has learnt carries
over (`_migrate_1_to_2`), in one transaction — a failure leaves the file as it was.

The file lives wherever the caller says (the UI passes its app-data directory). A file that
cannot be read as our database — not SQLite, damaged, missing tables — or one written by a
newer bodymap is never deleted and never overwritten: it is renamed aside
(`progress.sqlite3.corrupt-20250101T120000`, `….newer-…`) and a fresh database is started,
with a notice in plain English for the UI to show. Kiosk mode uses `ProgressStore.in_memory()`,
which writes nothing to disk.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from bodymap.domain.study.questions import QuestionKind, Result, StudyItem
from bodymap.domain.study.schedule import ItemState
from bodymap.domain.text_marks import Translate, untranslated

if TYPE_CHECKING:
    from fsrs import Card

SCHEMA_VERSION = 2
TABLES = ("meta", "boxes", "answers", "cards")
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE boxes (
    kind TEXT NOT NULL,
    item TEXT NOT NULL,
    box INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
    last_session INTEGER,
    PRIMARY KEY (kind, item)
);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    answered_at TEXT NOT NULL,  -- ISO 8601, local time with its UTC offset
    kind TEXT NOT NULL,
    item TEXT NOT NULL,
    side TEXT NOT NULL,
    correct INTEGER NOT NULL,
    score REAL NOT NULL
);
CREATE INDEX answers_by_kind ON answers (kind, answered_at);
"""
# Schema version 2: each item's FSRS card (its JSON, from Card.to_json) and due date (UTC).
_CARDS = """
CREATE TABLE cards (
    kind TEXT NOT NULL,
    item TEXT NOT NULL,
    card TEXT NOT NULL,
    due TEXT NOT NULL,
    PRIMARY KEY (kind, item)
);
"""
# Files SQLite may keep beside a database; they travel with it when it is set aside.
_COMPANIONS = ("-journal", "-wal", "-shm")


class ProgressError(Exception):
    """Reading or writing progress failed (disk full, file removed underneath us…)."""


class ProgressPoint(NamedTuple):
    """One point of a progress chart: the answers of one kind given on one day."""

    day: date
    accuracy: float  # share answered correctly, 0–1
    asked: int


class _Unusable(Exception):
    """The file is not a database we can use; the message says why, for the notice."""

    def __init__(self, reason: str, newer: bool = False) -> None:
        super().__init__(reason)
        self.newer = newer


class ProgressStore:
    """Progress over one SQLite connection. Use `open` or `in_memory`, not the constructor."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path  # None when nothing is kept on disk

    # -- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, timeout: float = 5.0,
             translate: Translate = untranslated) -> tuple[ProgressStore, str | None]:
        """Open (or create) the progress database at `path`; never raises.

        Returns the store and a notice for the user, or None when all went well. A file we
        cannot use is renamed aside and a fresh one started; if even that fails (a read-only
        folder, say, or another bodymap holding the file for over `timeout` seconds),
        progress is kept in memory for this run and the notice says so. The notice is
        written through `translate` (domain/text_marks.py)."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls(_connect(path, timeout), path), None
        except _Unusable as problem:
            try:
                aside = _set_aside(path, "newer" if problem.newer else "corrupt")
            except OSError as error:  # the file stays where it was, untouched
                return cls.in_memory(), _not_saved(path, error, translate)
            notice = _notice(problem, aside, translate)
            try:
                return cls(_connect(path, timeout), path), notice
            except (OSError, sqlite3.Error, _Unusable) as error:
                return cls.in_memory(), f"{notice} {_not_saved(path, error, translate)}"
        except (OSError, sqlite3.Error) as error:
            return cls.in_memory(), _not_saved(path, error, translate)

    @classmethod
    def in_memory(cls) -> ProgressStore:
        """A store that keeps nothing once closed (kiosk mode)."""
        connection = sqlite3.connect(":memory:")
        _create(connection)
        return cls(connection, None)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------
    def record(self, result: Result, when: datetime | None = None,
               state: ItemState | None = None, card: Card | None = None) -> None:
        """Add one answer to the history (`when` defaults to now, local time) and, with
        `state` and `card`, store that item's new Leitner state and FSRS card in the same
        transaction: progress is
        saved answer by answer, so a crash, a close or a second bodymap studying at the same
        time loses nothing (decision 0023)."""
        when = (when or datetime.now()).astimezone()
        question = result.question
        try:
            with self._db:
                self._db.execute(
                    "INSERT INTO answers (answered_at, kind, item, side, correct, score) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (when.isoformat(timespec="seconds"), question.kind.value,
                     question.item_id, question.side, int(result.correct),
                     float(result.score)))
                if state is not None:
                    self._upsert_box(result.item, state)
                if card is not None:
                    _upsert_card(self._db, result.item, card)
        except sqlite3.Error as error:
            raise ProgressError(f"could not save study progress: {error}") from error

    def save_boxes(self, states: Mapping[StudyItem, ItemState], session: int) -> None:
        """Store these items' Leitner states and the number of sessions drawn so far
        (`LeitnerSchedule.states` and `.session`). Items not given keep their stored state:
        another bodymap may have saved them."""
        try:
            with self._db:
                for item, state in states.items():
                    self._upsert_box(item, state)
                self._raise_session(session)
        except sqlite3.Error as error:
            raise ProgressError(f"could not save study progress: {error}") from error

    def save_session(self, session: int) -> None:
        """Store that `session` sessions have been drawn (never lowering the count another
        bodymap saved)."""
        try:
            with self._db:
                self._raise_session(session)
        except sqlite3.Error as error:
            raise ProgressError(f"could not save study progress: {error}") from error

    def _upsert_box(self, item: StudyItem, state: ItemState) -> None:
        self._db.execute(
            "INSERT INTO boxes VALUES (?, ?, ?, ?) ON CONFLICT (kind, item) DO UPDATE SET "
            "box = excluded.box, last_session = excluded.last_session",
            (item.kind.value, item.item_id, state.box, state.last_session))

    def _raise_session(self, session: int) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'session'").fetchone()
        stored = int(row[0]) if row and str(row[0]).isdigit() else 0
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('session', ?)",
                         (str(max(stored, int(session))),))

    def reset(self) -> None:
        """Forget all progress: boxes, history and the session count (ask first)."""
        try:
            with self._db:
                self._db.execute("DELETE FROM boxes")
                self._db.execute("DELETE FROM answers")
                self._db.execute("DELETE FROM cards")
                self._db.execute("DELETE FROM meta WHERE key = 'session'")
        except sqlite3.Error as error:
            raise ProgressError(f"could not reset study progress: {error}") from error

    # -- reading ----------------------------------------------------------------------------
    def boxes(self) -> dict[StudyItem, ItemState]:
        """Every item's Leitner state, for `LeitnerSchedule(items, store.boxes(), …)`."""
        kinds = {k.value: k for k in QuestionKind}
        rows = self._read("SELECT kind, item, box, last_session FROM boxes ORDER BY kind, item")
        # Rows another program wrote badly are skipped, not a crash.
        return {StudyItem(kinds[kind], item): ItemState(box, last)
                for kind, item, box, last in rows
                if kind in kinds and isinstance(item, str) and type(box) is int
                and 1 <= box <= 5 and (last is None or type(last) is int)}

    def cards(self) -> dict[StudyItem, Card]:
        """Every studied item's FSRS card, for `DaySchedule(items, store.cards(), …)`."""
        from fsrs import Card

        kinds = {k.value: k for k in QuestionKind}
        cards: dict[StudyItem, Card] = {}
        for kind, item, text in self._read("SELECT kind, item, card FROM cards"):
            if kind not in kinds or not isinstance(item, str):
                continue
            try:
                cards[StudyItem(kinds[kind], item)] = Card.from_json(text)
            except (TypeError, ValueError, KeyError):
                continue  # a row something else wrote badly: the item starts again as new
        return cards

    def desired_retention(self) -> float:
        """The retention FSRS schedules for (the study screen's setting)."""
        from bodymap.domain.study.day_schedule import DEFAULT_RETENTION, check_retention

        rows = self._read("SELECT value FROM meta WHERE key = 'desired_retention'")
        try:
            return check_retention(float(rows[0][0])) if rows else DEFAULT_RETENTION
        except (TypeError, ValueError):
            return DEFAULT_RETENTION

    def set_desired_retention(self, value: float) -> None:
        from bodymap.domain.study.day_schedule import check_retention

        self._write("INSERT OR REPLACE INTO meta VALUES ('desired_retention', ?)",
                    (str(check_retention(value)),))

    def session(self) -> int:
        """How many study sessions have been drawn."""
        rows = self._read("SELECT value FROM meta WHERE key = 'session'")
        return int(rows[0][0]) if rows and str(rows[0][0]).isdigit() else 0

    def answer_count(self) -> int:
        return int(self._read("SELECT COUNT(*) FROM answers")[0][0])

    def history_by_kind(self) -> dict[QuestionKind, list[ProgressPoint]]:
        """Per question kind, one point per day on which it was answered, oldest first."""
        kinds = {k.value: k for k in QuestionKind}
        rows = self._read("SELECT kind, substr(answered_at, 1, 10) AS day, COUNT(*), "
                          "SUM(correct) FROM answers GROUP BY kind, day ORDER BY kind, day")
        history: dict[QuestionKind, list[ProgressPoint]] = defaultdict(list)
        for kind, day, asked, correct in rows:
            try:  # a malformed timestamp (written by hand, or by something else) is skipped
                when = date.fromisoformat(day)
            except (TypeError, ValueError):
                continue
            if kind in kinds and asked:
                history[kinds[kind]].append(ProgressPoint(when, (correct or 0) / asked, asked))
        return dict(history)

    # -- plumbing ---------------------------------------------------------------------------
    def _write(self, sql: str, parameters: tuple) -> None:
        try:
            with self._db:
                self._db.execute(sql, parameters)
        except sqlite3.Error as error:
            raise ProgressError(f"could not save study progress: {error}") from error

    def _read(self, sql: str) -> list[tuple]:
        try:
            return self._db.execute(sql).fetchall()
        except sqlite3.Error as error:
            raise ProgressError(f"could not read study progress: {error}") from error


def _connect(path: Path, timeout: float) -> sqlite3.Connection:
    """Open the database, creating it if the file is new or empty. Raise _Unusable if the
    file is not one of ours or is from a newer schema; sqlite3.OperationalError if it
    cannot be opened right now (locked by another bodymap, unreadable folder)."""
    connection = sqlite3.connect(path, timeout=timeout)
    try:
        _check(connection)
    except (_Unusable, sqlite3.Error):
        connection.close()
        raise
    return connection


def _check(connection: sqlite3.Connection) -> None:
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        verdict = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.OperationalError:
        raise  # locked or unopenable: nothing says the file itself is bad
    except sqlite3.DatabaseError as error:  # 'file is not a database', 'malformed'
        raise _Unusable(f"it is not a readable SQLite database: {error}") from error
    if verdict is None or verdict[0] != "ok":
        raise _Unusable("its contents are damaged")
    if not tables:
        _create(connection)  # a new (or empty) file
        return
    try:
        row = connection.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.Error as error:  # no meta table, or not ours
        raise _Unusable("it is not a bodymap progress file") from error
    value = str(row[0]) if row else ""
    if not value.isdigit():
        raise _Unusable("it has no schema version")
    if int(value) > SCHEMA_VERSION:
        raise _Unusable(f"it was written by a newer bodymap (schema {value})", newer=True)
    expected = TABLES if int(value) >= 2 else tuple(t for t in TABLES if t != "cards")
    missing = [t for t in expected if t not in tables]
    if missing:
        raise _Unusable(f"tables are missing: {', '.join(missing)}")
    if int(value) == 1:
        _migrate_1_to_2(connection)


def _migrate_1_to_2(connection: sqlite3.Connection) -> None:
    """Add the FSRS cards, made by replaying every answer given, oldest first."""
    from bodymap.domain.study.day_schedule import as_utc, replay

    kinds = {k.value: k for k in QuestionKind}
    answers = []
    for answered_at, kind, item, correct, score in connection.execute(
            "SELECT answered_at, kind, item, correct, score FROM answers ORDER BY id"):
        try:
            when = as_utc(datetime.fromisoformat(answered_at))
        except (TypeError, ValueError):
            continue  # a malformed timestamp: that answer cannot be placed in time
        if kind in kinds and isinstance(item, str):
            answers.append((when, StudyItem(kinds[kind], item), bool(correct),
                            float(score or 0.0)))
    answers.sort(key=lambda a: a[0])  # stable: answers in the same second keep their order
    cards = replay((item, correct, score, when) for when, item, correct, score in answers)
    with connection:
        connection.executescript("BEGIN;" + _CARDS)  # executescript commits what was pending
        for study_item, card in cards.items():
            _upsert_card(connection, study_item, card)
        connection.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")


def _upsert_card(connection: sqlite3.Connection, item: StudyItem, card: Card) -> None:
    connection.execute(
        "INSERT INTO cards VALUES (?, ?, ?, ?) ON CONFLICT (kind, item) DO UPDATE SET "
        "card = excluded.card, due = excluded.due",
        (item.kind.value, item.item_id, card.to_json(), card.due.isoformat()))


def _create(connection: sqlite3.Connection) -> None:
    with connection:
        connection.executescript(_SCHEMA + _CARDS)
        connection.execute("INSERT INTO meta VALUES ('schema_version', ?)",
                           (str(SCHEMA_VERSION),))


def _set_aside(path: Path, why: str) -> Path:
    """Rename the file (and any journal beside it) to `<name>.<why>-<timestamp>`."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.{why}-{stamp}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.{why}-{stamp}-{n}")
        n += 1
    path.rename(aside)
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    return aside


def _notice(problem: _Unusable, aside: Path, translate: Translate = untranslated) -> str:
    if problem.newer:
        return translate("progress", "Your study progress was saved by a newer version of "
                                     "bodymap, so this version has started a fresh record. The "
                                     "newer file is kept unchanged as {file}; open it with the "
                                     "newer version to carry on from it.").format(file=aside)
    return translate("progress", "Your study progress file could not be read ({problem}), so "
                                 "bodymap has started a fresh one. The old file is kept as "
                                 "{file}.").format(problem=problem, file=aside)


def _not_saved(path: Path, error: Exception, translate: Translate = untranslated) -> str:
    return translate("progress", "Study progress cannot be saved at {file} ({error}). You can "
                                 "study as usual, but this session's progress will not be "
                                 "kept.").format(file=path, error=error)
