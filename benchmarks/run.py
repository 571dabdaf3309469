#!/usr/bin/env python3
"""bodymap benchmarks: interaction latencies measured in-process, offscreen.

    QT_QPA_PLATFORM=offscreen python benchmarks/run.py [--quick] [--json FILE]

Prints a table and writes JSON (default benchmarks/results/latest.json). Each figure is a
percentile over many repetitions; the targets are one 60 Hz frame (16 ms) for a click or a
brush stroke. These are measurements, never assertions in the test suite: machine speed here
drifts from run to run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF  # noqa: E402

from bodymap.atlas.reference import load_reference  # noqa: E402
from bodymap.domain.model import RegionKey  # noqa: E402
from bodymap.ui.app import application  # noqa: E402
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


def bench_click_to_panel(window: MainWindow, app, repeat: int) -> dict:
    """A muscle selected: detail panel filled, overlay built, and the frame painted."""
    keys = list(window.reference.dataset.muscle_sides())

    def select(i: int) -> None:
        window.select(keys[i % len(keys)])
        window.view.viewport().repaint()

    samples = timed(select, repeat)
    return {"p50_ms": percentile(samples, 50), "p95_ms": percentile(samples, 95),
            "target": "p95 ≤ 16 ms"}


def bench_stroke_to_ranking(window: MainWindow, app, repeat: int) -> dict:
    """One brush stroke (20 segments) committed, coverage read, candidates re-ranked and
    the panel list rebuilt."""
    window.set_mode("pain")
    session = window.pain
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="bodymap benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" /
                        "latest.json")
    args = parser.parse_args(argv)
    scale = 0.2 if args.quick else 1.0
    app = application()
    window = MainWindow(load_reference())
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    results = {
        "hover_hit_test": bench_hover_hit_test(window, int(5000 * scale)),
        "click_to_panel": bench_click_to_panel(window, app, int(300 * scale)),
        "stroke_to_ranking": bench_stroke_to_ranking(window, app, int(200 * scale)),
    }
    print(f"{'benchmark':<20} {'p50 ms':>8} {'tail ms':>8}  target")
    for name, r in results.items():
        tail = r.get("p99_ms", r.get("p95_ms"))
        print(f"{name:<20} {r['p50_ms']:>8.2f} {tail:>8.2f}  {r['target']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": platform.platform(),
                                     "python": platform.python_version(),
                                     "median_of": "percentiles over repetitions",
                                     "results": results}, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
