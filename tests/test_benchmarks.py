"""The start-up benchmark's reference points run and measure what they claim to (no timing
is asserted: docs/performance.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def readings(stdout: str) -> dict[str, int]:
    return {k: int(v) for k, v in (line.split("=") for line in stdout.split() if "=" in line)}


def imported_modules(importtime_log: str) -> set[str]:
    return {line.rsplit("|", 1)[1].strip() for line in importtime_log.splitlines()
            if line.startswith("import time:") and "|" in line}


def test_the_floor_reports_its_first_frame_and_memory():
    done = run(str(BENCHMARKS / "floor.py"))
    assert done.returncode == 0, done.stderr
    assert readings(done.stdout).keys() == {"startup_ms", "rss_kb"}


def test_the_bare_map_shows_bodymaps_first_frame_without_any_bodymap_code(tmp_path):
    prepared = tmp_path / "bare_map.bin"
    done = run(str(BENCHMARKS / "bare_map.py"), "--prepare", str(prepared))
    assert done.returncode == 0, done.stderr
    picture = tmp_path / "bare_map.png"
    done = subprocess.run([sys.executable, "-X", "importtime", str(BENCHMARKS / "bare_map.py"),
                           str(prepared)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "BARE_MAP_SAVE": str(picture)}, check=False)
    assert done.returncode == 0, done.stderr
    assert readings(done.stdout).keys() == {"startup_ms", "rss_kb"}
    modules = imported_modules(done.stderr)
    assert "PySide6.QtWidgets" in modules
    assert not {m for m in modules if m == "bodymap" or m.startswith("bodymap.")}

    # It shows the map: the figures' skin and muscle colours fill a good part of it.
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(picture))
    assert image.width() == 1366
    warm = sum(1 for x in range(0, 900, 6) for y in range(120, 740, 6)
               if (c := QColor(image.pixel(x, y))).red() > c.blue() + 25)
    assert warm > 1500


def test_a_synthetic_dataset_of_any_size_passes_check_where_bodymap_data_dir_points(tmp_path):
    """benchmarks/synthetic_data.py makes the data the growth table is measured on (issue
    27): a subset (the first release's 32 muscles) and copies beyond the bundled 95, each
    valid under `bodymap check`, read through BODYMAP_DATA_DIR (bodymap/resources.py)."""
    for count, regions in ((32, 192), (120, 384)):
        folder = tmp_path / f"muscles-{count}"
        done = run(str(BENCHMARKS / "synthetic_data.py"), str(folder), "--muscles", str(count))
        assert done.returncode == 0, done.stderr
        checked = subprocess.run([sys.executable, "-m", "bodymap", "check"], capture_output=True,
                                 text=True, timeout=120, check=False,
                                 env={**os.environ, "BODYMAP_DATA_DIR": str(folder)})
        assert checked.returncode == 0, checked.stderr
        assert checked.stdout.startswith(f"OK: {count} muscles, "), checked.stdout
        assert checked.stdout.splitlines()[0].endswith(f" {regions} regions")


def test_bodymap_data_dir_names_the_data_and_its_atlas_folder(tmp_path):
    from bodymap.resources import ROOT, data_folders

    assert data_folders(ROOT, None) == (ROOT / "data", ROOT / "assets" / "atlas")
    assert data_folders(ROOT, "") == (ROOT / "data", ROOT / "assets" / "atlas")
    assert data_folders(ROOT, str(tmp_path)) == (tmp_path, ROOT / "assets" / "atlas")
    (tmp_path / "atlas").mkdir()
    assert data_folders(ROOT, str(tmp_path)) == (tmp_path, tmp_path / "atlas")
