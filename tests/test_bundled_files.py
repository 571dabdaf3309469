"""bodymap's own files (the data and the atlas inside the package) missing or damaged, as
after a broken install: the command line lists what is wrong, and the app says it in a
dialog, because a launcher from a desktop menu has no terminal to print to."""

from __future__ import annotations

import importlib.resources
import shutil
from pathlib import Path

import pytest

from bodymap import cli, resources

FILES = ("DATA_FILE", "SCHEMA_FILE", "REGIONS_FILE", "SPEC_MUSCLES_FILE", "GENERAL_FILE",
         "GENERAL_SCHEMA_FILE")


@pytest.fixture
def bundled_copy(tmp_path, monkeypatch):
    """A copy of the package's data and atlas that the test may break, in use as the
    bundled files."""
    root = tmp_path / "bodymap"
    shutil.copytree(resources.DATA_DIR, root / "data")
    shutil.copytree(resources.ATLAS_DIR, root / "assets" / "atlas")
    monkeypatch.setattr(resources, "ROOT", root)
    monkeypatch.setattr(resources, "DATA_DIR", root / "data")
    monkeypatch.setattr(resources, "ATLAS_DIR", root / "assets" / "atlas")
    for name in FILES:
        monkeypatch.setattr(resources, name, root / "data" / getattr(resources, name).name)
    return root


def test_the_bundled_files_are_found_where_importlib_resources_says():
    assert Path(str(importlib.resources.files("bodymap"))) == resources.ROOT
    for name in FILES:
        assert getattr(resources, name).is_file(), name
    assert (resources.ATLAS_DIR / "posterior.svg").is_file()
    assert resources.ICON_FILE.is_file()


def test_check_names_a_missing_bundled_file(bundled_copy, capsys):
    (bundled_copy / "data" / "body_regions.yaml").unlink()
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert f"{bundled_copy / 'data' / 'body_regions.yaml'}: no such file" in err
    assert "Traceback" not in err


def test_check_names_a_damaged_bundled_schema(bundled_copy, capsys):
    schema = bundled_copy / "data" / "trigger_points.schema.json"
    schema.write_text(schema.read_text(encoding="utf-8")[:400], encoding="utf-8")
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert f"{schema}:" in err and "the JSON Schema is not valid JSON" in err


def test_the_app_shows_a_dialog_when_its_own_files_are_broken(qtbot, bundled_copy, capsys):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bodymap.ui import app

    (bundled_copy / "assets" / "atlas" / "anterior.svg").unlink()
    shown: list[tuple] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        shown.append((box.windowTitle(), box.text() + box.informativeText(), box.icon()))
        box.close()

    QTimer.singleShot(0, read_and_close)
    assert app.run() == 1
    title, text, icon = shown[0]
    assert title == "bodymap — cannot start"
    assert icon == QMessageBox.Icon.Critical
    assert f"{bundled_copy / 'assets' / 'atlas' / 'anterior.svg'}: atlas file is missing" in text
    assert "Reinstalling bodymap should repair it" in text
    assert "atlas file is missing" in capsys.readouterr().err  # and on stderr too


def test_a_smoke_start_says_the_bundled_data_is_broken(bundled_copy, capsys):
    from bodymap.ui.app import run_smoke

    (bundled_copy / "data" / "trigger_points.yaml").write_text("muscles: [", encoding="utf-8")
    assert run_smoke() == 2
    err = capsys.readouterr().err
    assert str(bundled_copy / "data" / "trigger_points.yaml") in err
    assert "the bundled data did not load" in err and "fall back" not in err


def test_the_failure_dialog_shows_problems_as_plain_text(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from bodymap.domain.problems import DataError, Problem
    from bodymap.ui.app import start_up_failure_box

    box = start_up_failure_box(DataError([Problem("a<b>.yaml", 1, 2, "not <i>valid</i>")]))
    qtbot.addWidget(box)
    box.show()
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "a<b>.yaml:1:2: not <i>valid</i>" in label.text()
