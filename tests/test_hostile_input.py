"""Hostile input and faults (issue 19): a planted or altered start-up cache, markup in data
text, full disks and odd targets, over-long handout text, concurrent study sessions, files
that are not files, and an SVG built to exhaust memory. One test per case; the data-file
cases that `bodymap check` must refuse are in tests/test_bad_data.py (GENERATED)."""

from __future__ import annotations

import base64
import dataclasses
import os
import pickle
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from bodymap import resources
from bodymap.atlas import cache
from bodymap.atlas.loader import load_view, parse_transform
from bodymap.atlas.reference import Reference
from bodymap.domain.atomic_write import WriteFailed, atomic_paths, write_bytes
from bodymap.domain.bounded_read import UnreadableFile, read_bounded
from bodymap.domain.model import Dataset, MuscleSide
from bodymap.domain.problems import DataError
from bodymap.domain.progress import ProgressStore
from bodymap.domain.study import ItemState, Question, QuestionKind, Result, StudyItem

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="{}">{}</svg>'
SILHOUETTE = '<path id="silhouette" d="M0 0 L10 0 L10 10 Z"/>'
KEY = MuscleSide("upper_trapezius", "left")


def run_bodymap(*args: str, stdout=subprocess.PIPE, env: dict | None = None,
                memory: int | None = None, timeout: float = 120):
    """`python -m bodymap ARGS` offscreen, with its own cache folder unless `env` says."""
    def limit() -> None:
        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run([sys.executable, "-m", "bodymap", *args], stdout=stdout,
                          stderr=subprocess.PIPE, timeout=timeout, preexec_fn=limit,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "PYTHONIOENCODING": "utf-8", **(env or {})})


def one_line_error(result) -> str:
    """The single line a failing command must print, with no traceback."""
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines()
             if line.strip() and "propagateSizeHints" not in line]
    assert len(lines) == 1, stderr
    return lines[0]


# --- 2 and 7: the start-up cache --------------------------------------------------------------

def the_entry(folder: Path) -> Path:
    (entry,) = folder.glob("reference-*.json")
    return entry


class _Planted:
    """Unpickling this creates a marker file: proof that the cache ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_planted_pickle_entry_never_runs(cache_home, data_copy, tmp_path):
    key = cache.cache_key(data_copy)
    marker = tmp_path / "the-cache-ran-code"
    cache_home.mkdir(parents=True, mode=0o700)
    for name in (f"reference-{key}.pickle", f"reference-{key}.json"):
        (cache_home / name).write_bytes(pickle.dumps(_Planted(marker)))
    reference = cache.load_reference_cached(data_copy)
    assert not marker.exists()
    assert reference.dataset.muscle("piriformis").name == "Piriformis"


def test_the_entry_is_json_data_not_code(cache_home, data_copy):
    cache.load_reference_cached(data_copy)
    header, packed, document = the_entry(cache_home).read_bytes().split(b"\n")
    assert header.startswith(b"bodymap-cache 1 ")
    assert base64.b64decode(packed, validate=True)  # coordinates: numbers only
    assert document.startswith(b'{"$":"Reference"')


def test_an_altered_entry_is_refused_and_rebuilt(cache_home, data_copy):
    first = cache.load_reference_cached(data_copy)
    entry = the_entry(cache_home)
    raw = entry.read_bytes()
    assert b'"moderate"' in raw
    entry.write_bytes(raw.replace(b'"moderate"', b'"low"', 1))
    second = cache.load_reference_cached(data_copy)
    assert second == first
    assert entry.read_bytes() == raw  # rebuilt from the files


def test_an_entry_for_other_inputs_is_refused(cache_home, data_copy):
    """An entry copied under another key's name: the key inside it does not match."""
    cache.load_reference_cached(data_copy)
    entry = the_entry(cache_home)
    text = data_copy.read_text(encoding="utf-8")
    data_copy.write_text(text.replace("name: Piriformis", "name: Piriformis muscle", 1),
                         encoding="utf-8")
    stale = cache_home / f"reference-{cache.cache_key(data_copy)}.json"
    shutil.copy(entry, stale)
    assert cache.load_reference_cached(data_copy).dataset.muscle("piriformis").name == \
        "Piriformis muscle"


def test_an_entry_naming_a_class_outside_the_model_is_refused(cache_home, data_copy):
    cache.load_reference_cached(data_copy)
    key = cache.cache_key(data_copy)
    body = b'{"$":"Popen","f":[["touch","/tmp/x"]]}'
    the_entry(cache_home).write_bytes(cache._header(key, body) + b"\n" + body)
    assert cache.read_entry(the_entry(cache_home), key) is None


def test_a_folder_others_can_write_is_neither_read_nor_written(cache_home, data_copy):
    cache.load_reference_cached(data_copy)
    entry = the_entry(cache_home)
    os.chmod(cache_home, 0o777)
    assert cache.read_entry(entry, cache.cache_key(data_copy)) is None
    entry.unlink()
    cache.load_reference_cached(data_copy)
    assert list(cache_home.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a folder's owner needs root")
def test_a_folder_owned_by_someone_else_is_not_read(cache_home, data_copy):
    cache.load_reference_cached(data_copy)
    os.chown(cache_home, 65534, 65534)
    assert cache.read_entry(the_entry(cache_home), cache.cache_key(data_copy)) is None


def test_a_cache_folder_that_is_a_file_means_no_cache(cache_home, data_copy):
    cache_home.parent.mkdir(parents=True, exist_ok=True)
    cache_home.write_text("not a folder")
    assert cache.load_reference_cached(data_copy).dataset.muscle("piriformis")
    assert cache_home.read_text() == "not a folder"


def test_an_entry_that_is_a_folder_means_no_cache(cache_home, data_copy):
    entry = cache_home / f"reference-{cache.cache_key(data_copy)}.json"
    entry.mkdir(parents=True)
    os.chmod(cache_home, 0o700)
    assert cache.load_reference_cached(data_copy).dataset.muscle("piriformis")
    assert entry.is_dir()


def test_a_damaged_entry_in_a_read_only_cache_means_no_cache(cache_home, data_copy,
                                                              monkeypatch):
    cache.load_reference_cached(data_copy)
    entry = the_entry(cache_home)
    entry.write_bytes(b"damaged")

    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    import tempfile

    monkeypatch.setattr(Path, "unlink", read_only)  # the damaged entry cannot be removed
    monkeypatch.setattr(tempfile, "mkstemp", read_only)  # nor a new one written
    assert cache.load_reference_cached(data_copy).dataset.muscle("piriformis")
    monkeypatch.undo()
    assert entry.read_bytes() == b"damaged"
    assert [p.name for p in cache_home.iterdir()] == [entry.name]


def test_a_full_disk_while_caching_leaves_no_temporary_file(cache_home, data_copy,
                                                             monkeypatch):
    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert cache.load_reference_cached(data_copy).dataset.muscle("piriformis")
    assert list(cache_home.iterdir()) == []


def test_the_json_cache_round_trips_the_bundled_reference(reference):
    from bodymap.atlas.cache_format import decode, encode

    assert decode(encode(reference)) == reference


# --- 3: data text is plain text ---------------------------------------------------------------

HOSTILE = "<img src=/dev/zero> <b>Piriformis</b>"


def hostile_reference(reference: Reference) -> Reference:
    dataset = reference.dataset
    muscles = tuple(dataclasses.replace(m, name=HOSTILE) if m.id == "piriformis" else m
                    for m in dataset.muscles)
    return Reference(Dataset(muscles, dict(dataset.sources), dict(dataset.regions),
                             dataset.file), reference.atlas, reference.general)


def assert_shown_literally(widget) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    for label in widget.findChildren(QLabel):
        if "<img" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_a_muscle_name_with_markup_is_shown_literally(qtbot, reference):
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(hostile_reference(reference))
    qtbot.addWidget(window)
    window.show()
    key = MuscleSide("piriformis", "left")
    window.select(key)
    window.scene.muscle_hovered.emit(key)  # as a pointer resting on it
    assert HOSTILE in window.modes.get("explore").detail.toPlainText()
    assert HOSTILE in window.pane.hover_label.text()
    assert_shown_literally(window)
    tips = [item.toolTip() for item in window.scene.items() if "img" in item.toolTip()]
    assert tips and all("<img" not in tip and "&lt;img src=/dev/zero&gt;" in tip
                        for tip in tips)


def test_the_patient_view_shows_a_muscle_name_literally(qtbot, reference):
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(hostile_reference(reference))
    qtbot.addWidget(window)
    window.select(MuscleSide("piriformis", "left"))
    window.set_mode("patient")
    assert HOSTILE in window.modes.get("patient").panel.toPlainText()
    assert_shown_literally(window)


def test_the_handout_dialog_shows_a_muscle_name_literally(qtbot, reference):
    from PySide6.QtWidgets import QLabel

    from bodymap.ui.modes.patient.handout_dialog import HandoutDialog

    dialog = HandoutDialog(hostile_reference(reference), MuscleSide("piriformis", "left"))
    qtbot.addWidget(dialog)
    (intro,) = (label for label in dialog.findChildren(QLabel) if "explanation" in label.text())
    assert "&lt;img src=/dev/zero&gt;" in intro.text() and "<img" not in intro.text()


def test_study_questions_show_muscle_names_literally(qtbot, reference):
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(hostile_reference(reference),
                        open_progress=lambda: (ProgressStore.in_memory(), None))
    qtbot.addWidget(window)
    window.set_mode("study")
    panel = window.modes.get("study").panel
    panel.compare_a.setCurrentIndex(panel.compare_a.findData("piriformis"))
    panel.compare_b.setCurrentIndex(panel.compare_b.findData("infraspinatus"))
    panel.compare()
    assert "&lt;img src=/dev/zero&gt;" in panel.compare_result.text()
    assert "<img" not in panel.compare_result.text()
    session = window.modes.get("study").session
    item = StudyItem(QuestionKind.MUSCLE_TO_PATTERN, "piriformis")
    session.questions, session.index = [session.bank.question(item, random.Random(1))], -1
    session.next()
    assert "<img" in panel.prompt.text()
    assert_shown_literally(window)


def test_the_kiosk_shows_its_clinic_name_literally(qtbot, reference):
    from bodymap.domain.kiosk_config import KioskConfig
    from bodymap.ui.kiosk.window import KioskWindow

    window = KioskWindow(hostile_reference(reference), KioskConfig(clinic_name=HOSTILE))
    qtbot.addWidget(window)
    window.select(MuscleSide("piriformis", "left"))
    assert HOSTILE in window.panel.toPlainText()  # the patient text, escaped
    assert_shown_literally(window)
    assert any(label.text() == HOSTILE for label in window.findChildren(type(window.countdown)))


# --- 4 and 9: files written all or nothing; the command line never prints a traceback ----------

def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"good")
    with pytest.raises(RuntimeError), atomic_paths([target]) as (temporary,):
        temporary.write_bytes(b"half")
        raise RuntimeError("disk gone")
    assert target.read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


@pytest.mark.parametrize("target", ["folder", "/dev/full", "missing/x.bin"])
def test_impossible_targets_are_refused_in_one_line(tmp_path, target):
    (tmp_path / "folder").mkdir()
    path = target if target.startswith("/") else tmp_path / target
    with pytest.raises(WriteFailed) as caught:
        write_bytes(path, b"x")
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    assert Path("/dev/full").is_char_device()


def test_two_files_are_written_together_or_not_at_all(tmp_path, monkeypatch):
    png, details = tmp_path / "d.png", tmp_path / "d.json"
    png.write_bytes(b"old png")
    details.write_bytes(b"old json")
    real_replace, calls = os.replace, []

    def second_fails(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(WriteFailed), atomic_paths([png, details]) as (a, b):
        a.write_bytes(b"new png")
        b.write_bytes(b"new json")
    monkeypatch.undo()
    assert png.read_bytes() == b"old png" and details.read_bytes() == b"old json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json", "d.png"]


def test_a_pain_drawing_is_not_exported_when_its_details_cannot_be(qtbot, main_window,
                                                                    tmp_path):
    main_window.set_mode("pain")
    session = main_window.modes.get("pain").session
    (tmp_path / "drawing.json").mkdir()  # the details cannot go there
    with pytest.raises(WriteFailed):
        session.export(tmp_path / "drawing.png")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["drawing.json"]


def test_a_failed_pain_export_is_told_in_a_message_box(qtbot, main_window, tmp_path,
                                                        monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    main_window.set_mode("pain")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path), "PNG image (*.png)"))
    main_window.modes.get("pain").export_drawing()
    boxes = [b for b in main_window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "it is a folder" in boxes[0].text()


def test_a_truncated_pdf_never_replaces_a_good_handout(reference, tmp_path, monkeypatch):
    from bodymap.ui.app import application
    from bodymap.ui.modes.patient import handout

    application()
    output = tmp_path / "h.pdf"
    handout.write_handout_pdf(reference, KEY, output)
    good = output.read_bytes()

    def truncated(_reference, _key, path, *_args):
        Path(path).write_bytes(good[:len(good) // 2])

    monkeypatch.setattr(handout, "_paint_pdf", truncated)
    with pytest.raises(WriteFailed, match="incomplete"):
        handout.write_handout_pdf(reference, KEY, output)
    assert output.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["h.pdf"]


@pytest.fixture
def full_disk(tmp_path):
    """A 3 MB tmpfs, for root on Linux; skipped elsewhere."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode()}")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_a_handout_on_a_full_disk_keeps_the_old_one(full_disk, tmp_path):
    output = full_disk / "h.pdf"
    cache_env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert run_bodymap("handout", str(KEY), "-o", str(output), env=cache_env).returncode == 0
    good = output.read_bytes()
    free = shutil.disk_usage(full_disk).free
    (full_disk / "fill").write_bytes(b"\0" * (free - 200 * 1024))
    result = run_bodymap("handout", "levator_scapulae.left", "-o", str(output), env=cache_env)
    assert result.returncode == 1
    assert "cannot write" in one_line_error(result)
    assert output.read_bytes() == good
    assert sorted(p.name for p in full_disk.iterdir()) == ["fill", "h.pdf"]


@pytest.mark.parametrize("target", ["folder", "/dev/full"])
def test_handout_to_an_impossible_target_exits_1_in_one_line(tmp_path, target):
    (tmp_path / "folder").mkdir()
    path = target if target.startswith("/") else str(tmp_path / target)
    result = run_bodymap("handout", str(KEY), "-o", path,
                         env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert result.returncode == 1
    assert one_line_error(result).startswith(f"bodymap: cannot write {path}")


@pytest.mark.parametrize("verb", ["handout", "snapshot"])
def test_an_empty_output_name_is_refused_by_the_parser(verb):
    args = [verb, str(KEY)] if verb == "handout" else [verb]
    result = run_bodymap(*args, "-o", "")
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in stderr
    assert stderr.splitlines()[-1].endswith("give the name of the file to write")


@pytest.mark.parametrize("target", ["folder", "/dev/full"])
def test_snapshot_to_an_impossible_target_exits_1_in_one_line(tmp_path, target):
    (tmp_path / "folder").mkdir()
    path = target if target.startswith("/") else str(tmp_path / target)
    result = run_bodymap("snapshot", "-o", path, env={"XDG_CACHE_HOME": str(tmp_path / "c")})
    assert result.returncode == 1
    assert one_line_error(result).startswith(f"bodymap: cannot write {path}")


def test_output_to_a_closed_pipe_is_not_a_traceback(tmp_path):
    read, write = os.pipe()
    os.close(read)  # the reader has gone, like `| head -1` after its line
    with os.fdopen(write, "wb") as pipe:
        result = run_bodymap("show", "levator_scapulae", stdout=pipe,
                             env={"XDG_CACHE_HOME": str(tmp_path / "c")})
    assert b"Traceback" not in result.stderr and result.stderr == b""
    assert result.returncode == 141


def test_output_to_a_full_device_exits_1_in_one_line(tmp_path):
    with open("/dev/full", "wb") as full:
        result = run_bodymap("show", "levator_scapulae", stdout=full,
                             env={"XDG_CACHE_HOME": str(tmp_path / "c")})
    assert result.returncode == 1
    assert "No space left on device" in one_line_error(result)


def test_a_negative_top_is_refused_by_the_parser(tmp_path):
    result = run_bodymap("lookup", "temple.left", "--top", "-1")
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr and "-1 is negative" in stderr


# --- 5: the handout never drops text ----------------------------------------------------------

def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(path)).pages)


def test_the_longest_notes_flow_on_and_keep_the_warnings_and_disclaimer(reference, tmp_path):
    from bodymap.ui.app import application
    from bodymap.ui.modes.patient.handout import MAX_NOTES_CHARS, write_handout_pdf

    application()
    clinic = "Riverside Physiotherapy and Sports Injury Clinic, 01234 567890, open Mon-Sat"
    words = "Stretch the neck gently twice a day and keep warm. "
    notes = (words * (MAX_NOTES_CHARS // len(words) + 1))[:MAX_NOTES_CHARS - 3] + "END"
    output = write_handout_pdf(reference, KEY, tmp_path / "h.pdf", clinic, notes)
    text = pdf_text(output)
    assert len(PdfReader(str(output)).pages) >= 2
    assert "END" in text and clinic[:40] in text
    assert "not medical advice" in text
    for sign in reference.general.warning_signs:
        assert " ".join(sign.sign.split())[:30] in text


@pytest.mark.parametrize(("option", "length", "fits"), [("--notes", 2001, "2,000"),
                                                        ("--clinic", 81, "80")])
def test_too_long_handout_text_is_refused_saying_how_much_fits(tmp_path, option, length, fits):
    output = tmp_path / "h.pdf"
    result = run_bodymap("handout", str(KEY), "-o", str(output), option, "x" * length,
                         env={"XDG_CACHE_HOME": str(tmp_path / "c")})
    assert result.returncode == 1
    assert f"at most {fits} fit" in one_line_error(result)
    assert not output.exists()


def test_the_dialog_refuses_too_long_notes_in_a_message_box(qtbot, reference, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from bodymap.ui.modes.patient.handout_dialog import HandoutDialog

    dialog = HandoutDialog(reference, KEY)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("x" * 2001)
    assert dialog.try_save_pdf(tmp_path / "h.pdf") is None
    assert "at most 2,000 fit" in dialog.failure.text()
    assert isinstance(dialog.failure, QMessageBox) and not (tmp_path / "h.pdf").exists()
    dialog.clinic.setText("y" * 200)
    assert len(dialog.clinic.text()) == 80  # the field takes no more than fits


# --- 6: study progress is saved with each answer ----------------------------------------------

def answer(item: str, correct: bool = True) -> Result:
    question = Question(QuestionKind.PATTERN_TO_MUSCLE, item, "left", "prompt")
    return Result(question, correct, 1.0 if correct else 0.0, "why")


def test_two_instances_studying_at_once_lose_nothing(tmp_path):
    path = tmp_path / "progress.sqlite3"
    first, second = ProgressStore.open(path)[0], ProgressStore.open(path)[0]
    first.save_session(1)
    second.save_session(1)
    first.record(answer("piriformis"), state=ItemState(2, 1))
    second.record(answer("scalenes", False), state=ItemState(1, 1))
    first.record(answer("infraspinatus"), state=ItemState(2, 1))
    first.close()
    second.close()
    with ProgressStore.open(path)[0] as store:
        assert {i.item_id: s.box for i, s in store.boxes().items()} == {
            "piriformis": 2, "scalenes": 1, "infraspinatus": 2}
        assert store.answer_count() == 3 and store.session() == 1


def test_a_session_left_half_way_keeps_its_answers(qtbot, reference, tmp_path):
    """A crash, a close or a mode switch mid-session: what was answered is on disk."""
    from bodymap.ui.main_window import MainWindow

    path = tmp_path / "progress.sqlite3"
    store = ProgressStore.open(path)[0]
    window = MainWindow(reference, open_progress=lambda: (store, None))
    qtbot.addWidget(window)
    window.set_mode("study")
    session = window.modes.get("study").session
    session.rng.seed(5)
    session.start(6)
    asked = []
    for _ in range(2):
        question = session.question
        asked.append(StudyItem(question.kind, question.item_id))
        session._graded(Result(question, True, 1.0, "why"))
        session.next()
    window.set_mode("explore")  # left mid-session, never finished
    with ProgressStore.open(path)[0] as reopened:  # what another process now sees
        cards = reopened.cards()  # each answered item's FSRS card, saved with the answer
        assert all(item in cards and cards[item].due > cards[item].last_review
                   for item in asked)
        assert reopened.answer_count() == 2 and reopened.session() == 1


def test_a_malformed_timestamp_row_is_skipped_by_the_progress_chart(qtbot, reference,
                                                                     tmp_path):
    from bodymap.ui.modes.study.progress_chart import ProgressChart

    path = tmp_path / "progress.sqlite3"
    with ProgressStore.open(path)[0] as store:
        store.record(answer("piriformis"), datetime(2025, 3, 1, 9, 0))
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO answers (answered_at, kind, item, side, correct, score) "
                   "VALUES ('yesterday-ish', 'pattern_to_muscle', 'x', 'left', 1, 1.0)")
        db.execute("INSERT INTO boxes VALUES ('pattern_to_muscle', 'y', 3, 'z')")
    db.close()
    store = ProgressStore.open(path)[0]
    history = store.history_by_kind()
    assert [p.asked for p in history[QuestionKind.PATTERN_TO_MUSCLE]] == [1]
    assert StudyItem(QuestionKind.PATTERN_TO_MUSCLE, "y") not in store.boxes()
    chart = ProgressChart(store)
    qtbot.addWidget(chart)
    chart.refresh()
    assert "1 answer over 1 day" in chart.caption.text()
    store.close()


# --- 8: bounded reads and the SVG reader ------------------------------------------------------

@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "fifo.yaml"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("source", ["/dev/zero", "fifo", "folder"])
def test_a_file_that_is_not_a_regular_file_is_refused_at_once(tmp_path, fifo, source):
    (tmp_path / "folder").mkdir()
    path = {"fifo": fifo, "folder": tmp_path / "folder"}.get(source, source)
    started = time.perf_counter()
    with pytest.raises(UnreadableFile, match="not a file"):
        read_bounded(path, 1024)
    assert time.perf_counter() - started < 1.0


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(UnreadableFile, match="larger than 1 KB are refused"):
        read_bounded(path, 1024)


def test_a_kiosk_config_that_is_a_device_or_fifo_is_refused(fifo):
    from bodymap.domain.kiosk_config import KioskConfig

    for path in ("/dev/zero", fifo):
        with pytest.raises(DataError, match="not a file"):
            KioskConfig.load(path)


def test_an_atlas_file_that_is_a_fifo_is_refused(tmp_path):
    atlas = tmp_path / "atlas"
    shutil.copytree(resources.ATLAS_DIR, atlas)
    (atlas / "anterior.svg").unlink()
    os.mkfifo(atlas / "anterior.svg")
    from bodymap.atlas.loader import load_atlas

    with pytest.raises(DataError, match="pipe"):
        load_atlas(atlas)


@pytest.mark.parametrize("source", ["/dev/zero", "fifo"])
def test_the_command_line_refuses_a_device_or_fifo_at_once(tmp_path, fifo, source):
    path = str(fifo) if source == "fifo" else source
    for verb in ("check", "show"):
        args = [verb, "--data", path] if verb == "check" else [verb, "piriformis", "--data",
                                                               path]
        result = run_bodymap(*args, env={"XDG_CACHE_HOME": str(tmp_path / "c")}, timeout=20)
        stderr = result.stderr.decode()
        assert result.returncode == 1 and "Traceback" not in stderr
        assert f"{path}: this is a" in stderr


def test_deeply_nested_groups_with_many_classes_read_in_linear_memory(tmp_path):
    classes = " ".join(f"c{i}" for i in range(200))
    depth = 1500
    body = f'<g class="{classes}">' * depth + SILHOUETTE + "</g>" * depth
    path = tmp_path / "posterior.svg"
    path.write_text(SVG.format("0 0 100 100", body))
    script = ("from pathlib import Path; from bodymap.atlas.loader import load_view; "
              f"print(len(load_view(Path({str(path)!r}), 'posterior').silhouette))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60,
                            preexec_fn=lambda: resource.setrlimit(
                                resource.RLIMIT_AS, (1 << 30, 1 << 30)))
    assert result.returncode == 0, result.stderr.decode()[-500:]
    assert result.stdout.strip() == b"1"


@pytest.mark.parametrize(("viewbox", "shape", "message"), [
    ("0 0 nan 100", "", "viewBox"),
    ("0 0 inf 100", "", "viewBox"),
    ("0 0 1e999 100", "", "viewBox"),
    ("0 0 100 100", '<g transform="translate(nan 0)"><circle r="1"/></g>', "not finite"),
    ("0 0 100 100", '<g transform="scale(1e999)"><circle r="1"/></g>', "not finite"),
    ("0 0 100 100", '<path d="M 0 0 L 1e999 5 Z"/>', "not finite"),
    ("0 0 100 100", '<circle cx="nan" cy="1" r="2"/>', "not finite"),
    ("0 0 100 100", '<circle cx="1" cy="1" r="-2"/>', "negative"),
    ("0 0 100 100", '<ellipse rx="-1" ry="2"/>', "negative"),
    ("0 0 100 100", '<rect width="-5" height="2"/>', "negative"),
    ("0 0 100 100", '<polygon points="0,0 inf,1 2,2"/>', "not finite"),
    ("0 0 100 100", '<g transform="matrix(1e300 0 0 1e300 0 0)"><g transform="scale(1e300)">'
                    '<circle r="1"/></g></g>', "non-finite"),
])
def test_non_finite_numbers_and_negative_sizes_are_refused(tmp_path, viewbox, shape, message):
    path = tmp_path / "posterior.svg"
    path.write_text(SVG.format(viewbox, SILHOUETTE + shape))
    with pytest.raises(DataError) as caught:
        load_view(path, "posterior")
    assert any(message in str(p) and p.line is not None for p in caught.value.problems), \
        caught.value.problems


def test_a_transform_of_infinity_is_refused():
    with pytest.raises(ValueError, match="not finite"):
        parse_transform("rotate(inf)")


def test_data_problems_shown_at_start_up_are_escaped(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from bodymap.ui import app as app_module

    bad = tmp_path / "bad.yaml"
    bad.write_text('"<img src=/dev/zero>": 1\nschema_version: 1\nsources: {}\nmuscles: []\n')
    shown: list[str] = []
    windows = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text) or windows.append(parent))
    monkeypatch.setattr(app_module.QApplication, "exec", lambda self: 0)
    assert app_module.run(data_file=bad) == 0
    qtbot.addWidget(windows[0])
    assert "&lt;img src=/dev/zero&gt;" in shown[0] and "<img" not in shown[0]


def test_an_entry_nested_beyond_the_recursion_limit_is_refused(cache_home, data_copy):
    cache.load_reference_cached(data_copy)
    key = cache.cache_key(data_copy)
    body = b"\n" + b"[" * 200_000 + b"]" * 200_000
    the_entry(cache_home).write_bytes(cache._header(key, body) + b"\n" + body)
    assert cache.read_entry(the_entry(cache_home), key) is None


def test_the_dialog_tells_a_failed_save_in_a_message_box(qtbot, reference, tmp_path):
    from bodymap.ui.modes.patient.handout_dialog import HandoutDialog

    dialog = HandoutDialog(reference, KEY)
    qtbot.addWidget(dialog)
    assert dialog.try_save_pdf(tmp_path) is None  # a folder, not a file
    assert dialog.failure.isVisible()
    assert dialog.failure.text() == f"cannot write {tmp_path}: it is a folder; give a file name"
    assert list(tmp_path.iterdir()) == []


def test_every_invisible_control_character_is_in_the_refused_class():
    """Every Cc and Cf character of this Python's Unicode, but tab and line breaks, and the
    bidirectional controls by name (the class may hold characters newer Unicode adds)."""
    import unicodedata

    from bodymap.domain.yaml_source import _INVISIBLE

    missed = [f"U+{code:04X}" for code in range(sys.maxunicode + 1)
              if unicodedata.category(chr(code)) in ("Cc", "Cf") and chr(code) not in "\t\n\r"
              and not _INVISIBLE.match(chr(code))]
    assert missed == []
    assert all(_INVISIBLE.match(chr(c)) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
    assert not _INVISIBLE.search("Müller, naïve — ½ °C\t\n")


@pytest.fixture
def read_only_folder(tmp_path):
    """A read-only tmpfs: even root cannot write there. Root on Linux only."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode()}")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.parametrize("verb", ["handout", "snapshot"])
def test_writing_into_a_read_only_folder_exits_1_in_one_line(read_only_folder, tmp_path, verb):
    output = read_only_folder / ("h.pdf" if verb == "handout" else "s.png")
    args = [verb, str(KEY)] if verb == "handout" else [verb]
    result = run_bodymap(*args, "-o", str(output), env={"XDG_CACHE_HOME": str(tmp_path / "c")})
    assert result.returncode == 1
    assert one_line_error(result) == f"bodymap: cannot write {output}: Read-only file system"
