"""Starting the app: the smoke check, and bad data never showing a half-loaded map."""

from __future__ import annotations

import re
import subprocess
import sys

from bodymap.ui import app as app_module


def smoke(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bodymap", "--smoke", *args],
                          capture_output=True, text=True, timeout=120)


def test_smoke_paints_a_frame_and_reports_the_time():
    result = smoke()
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"startup_ms=\d+", result.stdout.strip())


def test_smoke_of_the_kiosk():
    result = smoke("--kiosk")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("startup_ms=")


def test_smoke_with_bad_data_exits_2_with_the_message(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nmuscles: [\n")
    result = smoke("--data", str(bad))
    assert result.returncode == 2
    assert f"{bad}:" in result.stderr and "YAML syntax error" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_app_with_bad_data_explains_and_carries_on_with_the_bundled_data(
        qtbot, tmp_path, monkeypatch, reference):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nsources: {}\nmuscles: []\n")
    shown: list[str] = []
    windows = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text) or windows.append(parent))
    monkeypatch.setattr(app_module.QApplication, "exec", lambda self: 0)
    assert app_module.run(data_file=bad) == 0
    window = windows[0]
    qtbot.addWidget(window)
    assert "bundled reference instead" in shown[0] and str(bad) in shown[0]
    assert len(window.reference.dataset.muscles) == len(reference.dataset.muscles)
    assert window.scene.muscle_items()  # a whole map, not a half-loaded one


def test_start_up_finishes_once_the_first_frame_is_up(qtbot, main_window):
    import gc

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    app.setWindowIcon(type(app.windowIcon())())
    gc.unfreeze()  # an earlier start-up in this process may have frozen its own
    app_module.finish_start_up(app, main_window)
    main_window.update()
    try:
        qtbot.waitUntil(lambda: not app.windowIcon().isNull())
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)  # left out of collections
    finally:
        gc.unfreeze()
