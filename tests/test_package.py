"""bodymap as a user installs it: an sdist built from the repository, a wheel built from that
sdist (as `python -m build` does), installed into a fresh virtual environment and run from a
folder outside the repository.

The fresh environment gets only bodymap from the wheel; its dependencies (PySide6 and the
rest) are borrowed from the environment running the tests through a .pth file, so nothing is
downloaded. The builds run setuptools' PEP 517 hooks directly (what `build` and pip call),
without build isolation, with the setuptools the test extra installs. About 15 s.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from bodymap import __version__, resources

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.package

NOT_SOURCES = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info",
                                     "__pycache__", ".pytest_cache", ".ruff_cache",
                                     ".mypy_cache", "results")
BUNDLED = [f"bodymap/data/{p.name}" for p in resources.DATA_DIR.iterdir() if p.is_file()]
BUNDLED += [f"bodymap/assets/atlas/{p.name}" for p in resources.ATLAS_DIR.glob("*.svg")]
BUNDLED += [f"bodymap/assets/icons/{p.name}" for p in resources.ICONS_DIR.iterdir()]
BUNDLED += [f"bodymap/{p.relative_to(resources.ROOT).as_posix()}"
            for folder in (resources.CONTENT_TRANSLATIONS_DIR, resources.UI_TRANSLATIONS_DIR)
            for p in folder.rglob("*") if p.is_file()]


def _build(hook: str, source: Path, out: Path) -> Path:
    """Run setuptools' PEP 517 `hook` in `source`; the path of what it built."""
    out.mkdir(parents=True, exist_ok=True)
    code = (f"import sys; from setuptools import build_meta; "
            f"print(build_meta.{hook}(sys.argv[1]))")
    result = subprocess.run([sys.executable, "-c", code, str(out)], cwd=source,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return out / result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def sdist(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source") / "bodymap"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    return _build("build_sdist", source, tmp_path_factory.mktemp("sdist"))


@pytest.fixture(scope="module")
def wheel(sdist, tmp_path_factory) -> Path:
    unpacked = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(sdist) as archive:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4+; Debian 12 has 3.11.2
            archive.extractall(unpacked, filter="data")
        else:  # our own sdist, just built: trusted
            archive.extractall(unpacked)  # noqa: S202
    (source,) = unpacked.iterdir()
    return _build("build_wheel", source, tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment holding the wheel; the path of its `bodymap` script."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                             "--quiet", "--no-deps", "--no-index", str(wheel)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    site = subprocess.run([str(python), "-c", "import sysconfig; "
                           "print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    # Appended after the fresh environment's own folder: its bodymap (the wheel) comes first.
    (Path(site) / "borrowed-dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    return venv / ("Scripts/bodymap.exe" if os.name == "nt" else "bin/bodymap")


@pytest.fixture
def elsewhere(tmp_path):
    """A working folder outside the repository, and an environment that cannot see it."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return folder, env


def run(script: Path, where, *args: str) -> subprocess.CompletedProcess:
    folder, env = where
    return subprocess.run([str(script), *args], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_sdist_carries_the_data_the_atlas_and_what_a_packager_needs(sdist):
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert set(BUNDLED) <= names
    for needed in ("pyproject.toml", "LICENSE", "LICENSES/CC-BY-SA-4.0.txt", "CHANGELOG.md",
                   "CITATION.cff", "README.md", "tests/conftest.py", "docs/packaging.md",
                   "packaging/linux/io.github.bodymap.bodymap.desktop",
                   "packaging/linux/io.github.bodymap.bodymap.metainfo.xml",
                   "scripts/build-bundle.py"):
        assert needed in names, needed


def test_the_wheel_carries_the_data_and_the_atlas(wheel):
    assert wheel.name == f"bodymap-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert set(BUNDLED) <= names
    assert f"bodymap-{__version__}.dist-info/licenses/LICENSES/CC-BY-SA-4.0.txt" in names


def test_the_installed_package_is_the_wheel_not_the_checkout(installed, elsewhere):
    python = installed.with_name("python.exe" if os.name == "nt" else "python")
    code = ("import importlib.resources, bodymap, bodymap.resources as r; "
            "print(bodymap.__file__); print(importlib.resources.files('bodymap')); print(r.ROOT)")
    folder, env = elsewhere
    result = subprocess.run([str(python), "-c", code], cwd=folder, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    module, package, root = result.stdout.splitlines()
    venv = installed.parent.parent
    assert Path(module).is_relative_to(venv) and not Path(module).is_relative_to(ROOT)
    assert Path(package) == Path(root) == Path(module).parent


def test_check_show_and_lookup_run_from_elsewhere(installed, elsewhere):
    check = run(installed, elsewhere, "check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("OK: ")
    show = run(installed, elsewhere, "show", "levator_scapulae")
    assert show.returncode == 0, show.stderr
    assert "Levator scapulae" in show.stdout
    lookup = run(installed, elsewhere, "lookup", "posterior_neck.left", "--top", "3")
    assert lookup.returncode == 0, lookup.stderr
    assert "not a diagnosis" in lookup.stdout


def test_snapshot_smoke_start_and_handout_run_from_elsewhere(installed, elsewhere, tmp_path):
    png = tmp_path / "window.png"
    snapshot = run(installed, elsewhere, "snapshot", "-o", str(png), "--select",
                   "levator_scapulae.left")
    assert snapshot.returncode == 0, snapshot.stderr
    assert png.read_bytes().startswith(b"\x89PNG")
    smoke = run(installed, elsewhere, "--smoke")
    assert smoke.returncode == 0, smoke.stderr
    assert smoke.stdout.startswith("startup_ms=")
    pdf = tmp_path / "handout.pdf"
    handout = run(installed, elsewhere, "handout", "levator_scapulae.left", "-o", str(pdf))
    assert handout.returncode == 0, handout.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_version_names_the_code_and_the_data(installed, elsewhere):
    result = run(installed, elsewhere, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"bodymap {__version__} (data ")
