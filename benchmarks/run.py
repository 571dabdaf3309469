#!/usr/bin/env python3
"""bodymap benchmarks, offscreen.

    python benchmarks/run.py [--quick] [--only start|interaction|render|memory] [--json FILE]

Prints a table and writes JSON (default benchmarks/results/latest.json).

- Start-up and memory are compared with a floor timed alternately in the same run (a bare
  PySide6 window shown and painted in a fresh interpreter, benchmarks/floor.py), because the
  speed of these machines drifts: targets are ratios and differences, not absolute times.
  Beside them runs benchmarks/bare_map.py, bodymap's first frame built by PySide6 alone: how
  low the start-up ratio can go for this window at all.
- Interaction latencies are percentiles over many repetitions in one process: one 60 Hz frame
  (16 ms) for a click or a brush stroke, 1 ms for a hover hit-test.
These are measurements, never assertions in the test suite.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, Qt  # noqa: E402

from bodymap.atlas.reference import load_reference  # noqa: E402
from bodymap.domain.model import RegionKey  # noqa: E402
from bodymap.ui.app import application, finish_start_up  # noqa: E402
from bodymap.ui.main_window import MainWindow  # noqa: E402


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def timed(action, repeat: int) -> list[float]:
    samples = []
    for i in range(repeat):
        start = time.perf_counter()
        action(i)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def bench_hover_hit_test(window: MainWindow, repeat: int) -> dict:
    """Which muscles lie under the pointer, at points spread over both figures."""
    rect = window.scene.figure_rect("both")
    points = [QPointF(rect.left() + rect.width() * ((i * 37) % 101) / 100,
                      rect.top() + rect.height() * ((i * 53) % 97) / 96) for i in range(997)]
    samples = timed(lambda i: window.scene.muscles_at(points[i % len(points)]), repeat)
    return {"p50_ms": percentile(samples, 50), "p99_ms": percentile(samples, 99),
            "target": "p99 ≤ 1 ms"}


def clickable_points(window: MainWindow) -> list[tuple[object, QPointF]]:
    """For each muscle side that is on top at its outline's interior point (all layers
    shown, as at start-up), that point in scene coordinates: where a click picks it."""
    points = []
    for figure in window.scene.figures.values():
        for key, item in figure.muscles.items():
            point = item.mapToScene(QPointF(*figure.view.muscles[key].outline.interior_point))
            under = window.scene.muscles_at(point)
            if under and under[0] is item:
                points.append((key, point))
    return points


def bench_click_to_panel(window: MainWindow, app, repeat: int) -> dict:
    """A real mouse click on a muscle (at a point where it is on top), until the detail panel
    is filled, the overlay built and the next frame painted the way the event loop paints
    it (the regions that changed, as on screen). Each click picks a different muscle."""
    from PySide6.QtTest import QTest

    window.view.reset_zoom()
    app.processEvents()
    points = clickable_points(window)
    viewport = window.view.viewport()

    def click(i: int) -> None:
        key, point = points[i % len(points)]
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(point))
        app.processEvents()
        assert window.selection.current == key, (key, window.selection.current)

    samples = timed(click, repeat)
    return {"p50_ms": percentile(samples, 50), "p95_ms": percentile(samples, 95),
            "muscle_sides": len(points), "target": "p95 ≤ 16 ms"}


def bench_select_by_name(window: MainWindow, app, repeat: int) -> dict:
    """A muscle chosen by name (a link, the keyboard): as a click, plus revealing its layer
    when it is deeper than the layers shown, which restyles every muscle."""
    keys = list(window.reference.dataset.muscle_sides())

    def select(i: int) -> None:
        window.select(keys[i % len(keys)])
        app.processEvents()

    samples = timed(select, repeat)
    window.scene.set_depth(None)
    window.controls.set_depth(None)
    return {"p50_ms": percentile(samples, 50), "p95_ms": percentile(samples, 95),
            "target": "(no target; for comparison)"}


def bench_stroke_to_ranking(window: MainWindow, app, repeat: int) -> dict:
    """One brush stroke (20 segments) committed, coverage read, candidates re-ranked and
    the panel list rebuilt."""
    window.set_mode("pain")
    session = window.modes.get("pain").session
    figure = window.scene.figures["posterior"]
    x, y = figure.view.regions[RegionKey("low_back", "left")].interior_point

    def stroke(i: int) -> None:
        start = figure.root.mapToScene(QPointF(x - 20, y - 20 + (i % 10) * 4))
        session.press(start)
        for step in range(1, 21):
            session.move(start + QPointF(step * 2, step))
        session.release(start + QPointF(40, 20))

    samples = timed(stroke, repeat)
    window.set_mode("explore")
    return {"p50_ms": percentile(samples, 50), "p95_ms": percentile(samples, 95),
            "target": "p95 ≤ 16 ms"}


def _run_child(args: list[str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BODYMAP_REPORT_RSS": "1"}
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                         timeout=120, cwd=ROOT, check=True).stdout
    return {k: float(v) for k, v in (line.split("=") for line in out.split() if "=" in line)}


def bench_cold_start(runs: int) -> dict:
    """bodymap --smoke against the floor, alternating, after one discarded round (it warms
    the disk cache and writes bodymap's start-up cache). The ratio is the median of each
    round's ratio: a round runs in a second, so drift in the machine's speed cancels.

    Each round also times benchmarks/bare_map.py: bodymap's first frame built by PySide6
    alone, from data prepared here, the lower bound of any start-up showing that frame."""
    import compileall
    import tempfile

    # As `pip install` does; without it (PYTHONDONTWRITEBYTECODE) every start compiles.
    compileall.compile_dir(str(ROOT / "bodymap"), quiet=1)
    bare_script = str(ROOT / "benchmarks" / "bare_map.py")
    with tempfile.TemporaryDirectory() as folder:
        prepared = str(Path(folder) / "bare_map.bin")
        _run_child([bare_script, "--prepare", prepared])
        app, floor, bare = [], [], []
        for i in range(runs + 1):
            f = _run_child([str(ROOT / "benchmarks" / "floor.py")])
            b = _run_child([bare_script, prepared])
            a = _run_child(["-m", "bodymap", "--smoke"])
            if i:
                floor.append(f)
                bare.append(b)
                app.append(a)

    def ratio(runs_of: list[dict]) -> float:
        return statistics.median(r["startup_ms"] / f["startup_ms"]
                                 for r, f in zip(runs_of, floor, strict=True))

    def median(runs_of: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs_of)

    floor_ms = median(floor, "startup_ms")
    floor_mb = median(floor, "rss_kb") / 1024
    app_mb = median(app, "rss_kb") / 1024
    return {"cold_start": {"app_ms": median(app, "startup_ms"), "floor_ms": floor_ms,
                           "ratio": ratio(app), "runs": runs, "target": "ratio ≤ 1.5"},
            "cold_start_bare_map": {"app_ms": median(bare, "startup_ms"),
                                    "floor_ms": floor_ms, "ratio": ratio(bare), "runs": runs,
                                    "target": "lower bound, for reference"},
            "memory_after_start": {"app_mb": app_mb, "floor_mb": floor_mb,
                                   "above_floor_mb": app_mb - floor_mb,
                                   "target": "≤ floor + 60 MB"}}


def bench_full_render(window: MainWindow, app, repeat: int) -> dict:
    """The whole window rendered into an image at 1920x1080 and 3840x2160."""
    from PySide6.QtGui import QImage

    results = {}
    for width, height, target in ((1920, 1080, 16), (3840, 2160, 33)):
        window.resize(width, height)
        app.processEvents()
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        samples = timed(lambda i, im=image: window.render(im), repeat)
        results[f"{width}x{height}"] = {"p50_ms": percentile(samples, 50),
                                        "p95_ms": percentile(samples, 95),
                                        "target": f"≤ {target} ms"}
    window.resize(1920, 1080)
    app.processEvents()
    return results


def bench_memory_growth(window: MainWindow, app, interactions: int) -> dict:
    """RSS growth over scripted interactions across modes (explore selections, pain
    strokes, patient view), after a warm-up round."""
    from bodymap.ui.app import resident_kb

    keys = list(window.reference.dataset.muscle_sides())
    figure = window.scene.figures["posterior"]
    point = figure.root.mapToScene(QPointF(*figure.view.regions[
        RegionKey("buttock", "left")].interior_point))

    def interact(i: int) -> None:
        step = i % 10
        if step < 5:
            window.set_mode("explore") if window.mode != "explore" else None
            window.select(keys[i % len(keys)])
        elif step < 8:
            window.set_mode("pain") if window.mode != "pain" else None
            window.modes.get("pain").session.press(point)
            window.modes.get("pain").session.move(point + QPointF(5, 5))
            window.modes.get("pain").session.release(point + QPointF(10, 5))
            if step == 7:
                window.modes.get("pain").session.clear()
        else:
            window.set_mode("patient")
            window.select(keys[(i * 7) % len(keys)])
        if i % 50 == 0:
            app.processEvents()

    for i in range(1000):  # warm-up: every mode opened, caches filled
        interact(i)
    # Resident memory is sampled every 500 actions; growth is the mean of the last five
    # samples minus the mean of the first five. A leak shows as a steady climb; the
    # allocator and Qt's bounded pixmap cache only move single samples up and down.
    samples = []
    for i in range(interactions):
        if i % 500 == 0:
            gc.collect()
            app.processEvents()
            samples.append(resident_kb())
        interact(i)
    gc.collect()
    app.processEvents()
    samples.append(resident_kb())
    head, tail = samples[:5], samples[-5:]
    growth = (sum(tail) / len(tail) - sum(head) / len(head)) / 1024
    window.set_mode("explore")
    return {"interactions": interactions, "growth_mb": growth,
            "first_last_mb": (samples[-1] - samples[0]) / 1024, "target": "≤ 5 MB"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="bodymap benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" /
                        "latest.json")
    parser.add_argument("--only", choices=("start", "interaction", "render", "memory"),
                        action="append", help="run only these groups (repeatable)")
    args = parser.parse_args(argv)
    scale = 0.2 if args.quick else 1.0
    groups = set(args.only or ("start", "interaction", "render", "memory"))
    app = application()
    window = MainWindow(load_reference())
    window.resize(1920, 1080)
    finish_start_up(app, window)  # as the app does once its first frame is up
    window.show()
    app.processEvents()
    app.processEvents()
    results = {}
    if "start" in groups:
        results.update(bench_cold_start(max(5, int(15 * scale))))
    if "interaction" in groups:
        results.update({
            "hover_hit_test": bench_hover_hit_test(window, int(5000 * scale)),
            "click_to_panel": bench_click_to_panel(window, app, int(300 * scale)),
            "select_by_name": bench_select_by_name(window, app, int(300 * scale)),
            "stroke_to_ranking": bench_stroke_to_ranking(window, app, int(200 * scale)),
        })
    if "render" in groups:
        for size, r in bench_full_render(window, app, int(40 * scale)).items():
            results[f"render_{size}"] = r
    if "memory" in groups:
        results["memory_growth"] = bench_memory_growth(window, app, int(10000 * scale))
    print(f"{'benchmark':<22} {'measured':>28}  target")
    for name, r in results.items():
        if "ratio" in r:
            shown = f"{r['app_ms']:.0f} vs floor {r['floor_ms']:.0f} ms: {r['ratio']:.2f}x"
        elif "above_floor_mb" in r:
            shown = f"{r['app_mb']:.0f} MB (+{r['above_floor_mb']:.0f} MB)"
        elif "growth_mb" in r:
            shown = f"{r['growth_mb']:+.1f} MB / {r['interactions']} actions"
        else:
            tail = r.get("p99_ms", r.get("p95_ms"))
            shown = f"p50 {r['p50_ms']:.2f} / tail {tail:.2f} ms"
        print(f"{name:<22} {shown:>28}  {r['target']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": platform.platform(),
                                     "cpus": os.cpu_count(),
                                     "python": platform.python_version(),
                                     "median_of": "percentiles over repetitions; start-up: "
                                                  "medians, ratio = median of pair ratios",
                                     "results": results}, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
