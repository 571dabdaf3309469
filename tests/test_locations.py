"""Per-platform folders: the start-up cache goes where Qt's QStandardPaths says (checked here
against Qt itself on the platform the tests run on), the study progress in Qt's data folder,
and the cache keeps working in a frozen bundle, which has no source files."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from bodymap import locations
from bodymap.atlas import cache


@pytest.fixture
def qt_names(qapp):
    from bodymap.ui.app import application

    return application()


@pytest.mark.parametrize("xdg", ["absolute", "relative", "empty", "unset"])
def test_the_cache_folder_is_qts_cache_location(qt_names, tmp_path, monkeypatch, xdg):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    values = {"absolute": str(tmp_path / "xdg-cache"), "relative": "relative/cache",
              "empty": ""}
    if xdg == "unset":
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", values[xdg])
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    assert locations.cache_dir() == Path(qt)
    assert cache.cache_dir() == Path(qt)


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux folder names")
def test_the_folders_on_linux(qt_names, tmp_path, monkeypatch):
    from bodymap.ui.folders import data_dir, writable_folders

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert locations.cache_dir() == tmp_path / ".cache" / "bodymap" / "bodymap"
    assert data_dir() == tmp_path / ".local" / "share" / "bodymap" / "bodymap"
    assert writable_folders() == {"Study progress": data_dir(),
                                  "Start-up cache": locations.cache_dir()}


def test_the_app_tells_qt_its_names_version_and_desktop_file(qt_names):
    from bodymap import __version__
    from bodymap.ui.app import APP_ID

    assert qt_names.organizationName() == locations.ORGANIZATION
    assert qt_names.applicationName() == locations.APPLICATION
    assert qt_names.applicationVersion() == __version__
    assert qt_names.desktopFileName() == APP_ID


@pytest.fixture
def frozen_package(tmp_path, monkeypatch):
    """The package as a PyInstaller bundle lays it out: data, but no .py files."""
    code = tmp_path / "bundle" / "bodymap"
    for folder in ("domain", "atlas"):
        (code / folder).mkdir(parents=True)
    monkeypatch.setattr(cache, "CODE", code)
    monkeypatch.setattr(cache, "CODE_DIGEST_FILE", code / "code-digest.txt")
    return code


def test_a_frozen_bundle_keys_the_cache_by_the_digest_its_build_wrote(frozen_package,
                                                                        monkeypatch):
    with monkeypatch.context() as m:  # the sources, as the bundle build sees them
        m.setattr(cache, "CODE", Path(cache.__file__).resolve().parent.parent)
        digest = cache.code_digest()
        from_sources = cache.cache_key()
    assert cache.cache_key() is None  # the bundle before its digest is written
    (frozen_package / "code-digest.txt").write_text(digest + "\n", encoding="ascii")
    assert cache.code_digest() == digest
    assert cache.cache_key() == from_sources  # the bundle finds what the sources wrote


def test_a_frozen_bundle_without_its_digest_does_not_cache(frozen_package, tmp_path,
                                                           monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert cache.code_digest() is None
    assert cache.cache_key() is None
    reference = cache.load_reference_cached()  # still loads, from the files
    assert "piriformis" in reference.dataset
    assert not (tmp_path / "cache").exists()


def test_a_code_change_changes_the_digest(tmp_path, monkeypatch):
    package = Path(cache.__file__).resolve().parent.parent
    copy = tmp_path / "bodymap"
    for name in cache.CODE_FILES:
        source = package / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, copy / name)
    monkeypatch.setattr(cache, "CODE", copy)
    before = cache.code_digest()
    loader = copy / "atlas" / "loader.py"
    loader.write_text(loader.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert cache.code_digest() != before


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_CACHE_HOME is the Linux folder")
def test_show_uses_the_cache_folder_without_loading_qt(tmp_path):
    import os
    import subprocess

    code = ("import sys; from bodymap import cli; cli.main(['show', 'piriformis']); "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "cache" / "bodymap" / "bodymap").glob("reference-*"))
