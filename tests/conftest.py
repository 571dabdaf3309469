"""Test set-up: every Qt test runs offscreen unless a display is asked for explicitly."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# Tests never write into the user's real data folders (study progress lives there).
import tempfile  # noqa: E402

_SANDBOX = tempfile.mkdtemp(prefix="bodymap-tests-")
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_SANDBOX, _name.lower())

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from bodymap import resources  # noqa: E402
from tests.file_edits import write_edited  # noqa: E402

TESTS = Path(__file__).parent
MINI = TESTS / "data" / "mini.yaml"


@pytest.fixture(autouse=True)
def settings_folder(tmp_path_factory):
    """QSettings reads and writes a fresh temporary folder in every test, never the user's
    settings, and no test sees another's (as labelme's conftest does)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture(scope="session")
def regions():
    from bodymap.domain.regions import load_regions

    return load_regions(resources.REGIONS_FILE)


@pytest.fixture(scope="session")
def reference():
    from bodymap.atlas.reference import load_reference

    return load_reference()


@pytest.fixture
def write_data(tmp_path):
    """Write a data file built from mini.yaml with `replace` pairs applied; return its path."""

    def write(*replacements: tuple[str, str], text: str | None = None) -> Path:
        content = MINI.read_text(encoding="utf-8") if text is None else text
        return write_edited(content, "mini.yaml", tmp_path / "trigger_points.yaml",
                            replacements)

    return write


@pytest.fixture
def load(regions):
    from bodymap.domain.loader import load_dataset

    def _load(path):
        return load_dataset(path, regions, resources.SCHEMA_FILE)

    return _load


@pytest.fixture
def main_window(qtbot, reference):
    """The main window, shown at the laptop size the app is designed for."""
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(reference)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """The start-up cache's folder, moved under the test's temporary folder."""
    from bodymap.atlas import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert cache.cache_dir().is_relative_to(tmp_path / "cache")
    return cache.cache_dir()


@pytest.fixture
def data_copy(tmp_path):
    """A copy of the bundled data file that a test may edit."""
    import shutil

    path = tmp_path / "trigger_points.yaml"
    shutil.copy(resources.DATA_FILE, path)
    return path
