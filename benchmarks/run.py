#!/usr/bin/env python3
"""bodymap benchmarks, offscreen.

    python benchmarks/run.py [--quick] [--only GROUP] [--muscles N] [--cpu N] [--json FILE]

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
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402

from bodymap.atlas.reference import load_reference  # noqa: E402
from bodymap.domain.model import RegionKey  # noqa: E402
from bodymap.ui.app import application, finish_start_up  # noqa: E402
from bodymap.ui.main_window import MainWindow  # noqa: E402


GROUPS = ("start", "interaction", "render", "memory", "lookup", "kiosk")
BUNDLED_MUSCLES = 95


def counts(window: MainWindow) -> dict[str, int]:
    """What the figures were measured on."""
    dataset = window.reference.dataset
    return {"muscles": len(dataset.muscles), "trigger_points": dataset.trigger_point_count(),
            "zones": dataset.zone_count(),
            "regions": sum(len(r.sides()) for r in dataset.regions.values())}


def by_size(args: argparse.Namespace, argv: list[str]) -> int:
    """Run the chosen groups once per dataset size, each in its own process (bodymap reads
    BODYMAP_DATA_DIR when imported), the bundled data among them, and print one row per
    size. Sizes run one after another, so compare each row's ratios (start-up against the
    floor measured in the same rounds) rather than its absolute times."""
    import tempfile

    from synthetic_data import generate

    child_argv, skip = [], False
    for item in argv:  # the same options, less --muscles and --json
        if skip:
            skip = False
        elif item in ("--muscles", "--json"):
            skip = True
        elif not item.startswith(("--muscles=", "--json=")):
            child_argv.append(item)
    sizes = sorted({*args.muscles, BUNDLED_MUSCLES})
    rows = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            env = dict(os.environ)
            if size != BUNDLED_MUSCLES:
                data = Path(folder) / f"muscles-{size}"
                generate(data, size)
                env["BODYMAP_DATA_DIR"] = str(data)
            else:
                env.pop("BODYMAP_DATA_DIR", None)
            out = Path(folder) / f"results-{size}.json"
            print(f"-- {size} muscles", flush=True)
            subprocess.run([sys.executable, str(Path(__file__).resolve()), *child_argv,
                            "--json", str(out)], env=env, check=True, cwd=ROOT)
            rows[size] = json.loads(out.read_text(encoding="utf-8"))
    print(growth_table(rows))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"by_muscles": rows}, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


def figure(r: dict) -> str:
    if "to_bare_map" in r:
        return (f"{r['app_ms']:.0f} ms, {r['to_bare_map']:.2f}x bare "
                f"(CPU {r['cpu_to_bare_map']:.2f}x)")
    if "ratio" in r:
        return f"{r['app_ms']:.0f} ms, {r['ratio']:.2f}x floor"
    if "above_floor_mb" in r:
        return f"+{r['above_floor_mb']:.0f} MB"
    if "growth_mb" in r:
        return f"{r['growth_mb']:+.1f} MB"
    if "p50_ms" not in r:
        return f"{r['app_ms']:.0f} ms" + (f" (CPU {r['cpu_ms']:.0f})" if "cpu_ms" in r else "")
    tail = r.get("p99_ms", r.get("p95_ms"))
    shown = f"{r['p50_ms']:.1f} / {tail:.1f}"
    if "cpu_p50_ms" in r:
        shown += f" (CPU {r.get('cpu_p99_ms', r.get('cpu_p95_ms')):.1f})"
    return shown


def growth_table(rows: dict[int, dict]) -> str:
    """A Markdown table: one column per size, one row per measure."""
    sizes = sorted(rows)
    head = ["measure", *(f"{rows[n]['counts']['muscles']} muscles, "
                         f"{rows[n]['counts']['trigger_points']} TrPs, "
                         f"{rows[n]['counts']['zones']} zones, "
                         f"{rows[n]['counts']['regions']} regions" for n in sizes)]
    lines = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    names = list(dict.fromkeys(k for n in sizes for k in rows[n]["results"]))
    for name in names:
        cells = [figure(rows[n]["results"][name]) if name in rows[n]["results"] else ""
                 for n in sizes]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


class Samples(list):
    """Wall-clock milliseconds per repetition, with the same repetitions' CPU time of this
    thread in `cpu`. On a machine shared with other work, a repetition that the scheduler
    pre-empts takes a time slice longer (4 ms here) in wall time but not in CPU time; the
    CPU figures show what bodymap itself costs, the wall figures what a person waits for on
    this machine at that moment."""

    cpu: list[float]


def timed(action, repeat: int) -> Samples:
    samples, cpu = Samples(), []
    for i in range(repeat):
        start, start_cpu = time.perf_counter(), time.thread_time()
        action(i)
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    samples.cpu = cpu
    return samples


def summary(samples: Samples, tail: int, target: str, **extra) -> dict:
    """p50 and the tail percentile of the wall and CPU times."""
    return {"p50_ms": percentile(samples, 50), f"p{tail}_ms": percentile(samples, tail),
            "cpu_p50_ms": percentile(samples.cpu, 50),
            f"cpu_p{tail}_ms": percentile(samples.cpu, tail), **extra, "target": target}


def bench_hover_hit_test(window: MainWindow, repeat: int) -> dict:
    """Which muscles lie under the pointer, at points spread over both figures."""
    rect = window.scene.figure_rect("both")
    points = [QPointF(rect.left() + rect.width() * ((i * 37) % 101) / 100,
                      rect.top() + rect.height() * ((i * 53) % 97) / 96) for i in range(997)]
    samples = timed(lambda i: window.scene.muscles_at(points[i % len(points)]), repeat)
    return summary(samples, 99, "p99 ≤ 1 ms")


def clickable_points(window: MainWindow) -> list[tuple[object, QPoint]]:
    """For each muscle side on show that is on top at its outline's interior point (all
    layers shown, as at start-up), that point in view pixels: where a click picks it. The
    test is made at the pixel itself, as a click lands there (at whole-body scale a small
    muscle's interior point can round to a pixel over its neighbour)."""
    points = []
    for figure in window.scene.figures.values():
        if not figure.root.isVisible():
            continue
        for key, item in figure.muscles.items():
            point = item.mapToScene(QPointF(*figure.view.muscles[key].outline.interior_point))
            pixel = window.view.mapFromScene(point)
            under = window.scene.muscles_at(window.view.mapToScene(pixel))
            if under and under[0] is item:
                points.append((key, pixel))
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
        key, pixel = points[i % len(points)]
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel)
        app.processEvents()
        assert window.selection.current == key, (key, window.selection.current)

    samples = timed(click, repeat)
    return summary(samples, 95, "p95 ≤ 16 ms", muscle_sides=len(points))


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
    return summary(samples, 95, "(no target; for comparison)")


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
    return summary(samples, 95, "p95 ≤ 16 ms")


def _children_cpu_ms() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _run_child(args: list[str]) -> dict[str, float]:
    """Run a start-up in a fresh interpreter; its readings (startup_ms=, rss_kb=) and the
    CPU time the whole process took (cpu_ms: user and system, all threads, to its exit),
    which other work on the machine hardly changes."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BODYMAP_REPORT_RSS": "1"}
    before = _children_cpu_ms()
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                         timeout=120, cwd=ROOT, check=True).stdout
    readings = {k: float(v) for k, v in (line.split("=") for line in out.split() if "=" in line)}
    readings["cpu_ms"] = _children_cpu_ms() - before
    return readings


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

    def ratio(runs_of: list[dict], key: str = "startup_ms") -> float:
        return statistics.median(r[key] / f[key] for r, f in zip(runs_of, floor, strict=True))

    def median(runs_of: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs_of)

    floor_ms = median(floor, "startup_ms")
    floor_mb = median(floor, "rss_kb") / 1024
    app_mb = median(app, "rss_kb") / 1024
    return {"cold_start": {"app_ms": median(app, "startup_ms"), "floor_ms": floor_ms,
                           "ratio": ratio(app), "runs": runs,
                           "to_bare_map": statistics.median(
                               a["startup_ms"] / b["startup_ms"]
                               for a, b in zip(app, bare, strict=True)),
                           "cpu_ms": median(app, "cpu_ms"), "floor_cpu_ms": median(floor, "cpu_ms"),
                           "cpu_to_bare_map": statistics.median(
                               a["cpu_ms"] / b["cpu_ms"] for a, b in zip(app, bare, strict=True)),
                           "target": "≤ 1.15 × the bare map (issue 27)"},
            "cold_start_bare_map": {"app_ms": median(bare, "startup_ms"),
                                    "floor_ms": floor_ms, "ratio": ratio(bare), "runs": runs,
                                    "cpu_ms": median(bare, "cpu_ms"),
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
        results[f"{width}x{height}"] = summary(samples, 95, f"p95 ≤ {target} ms")
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


def bench_lookup_full_body(window: MainWindow, repeat: int) -> dict:
    """A pain drawing over every region of the body ranked against every trigger point:
    the drawing built (its areas per region) and rank() run, as the pain mode does after a
    stroke, without the panel. The worst case for the ranking: every trigger point's zones
    meet the drawing."""
    from bodymap.domain.lookup import PainDrawing, rank

    reference = window.reference
    regions = reference.dataset.regions
    areas = reference.atlas.region_areas(reference.atlas.measured())
    count = []

    def full_body(i: int) -> None:
        count.append(len(rank(PainDrawing(areas, regions), reference.dataset, areas)))

    samples = timed(full_body, repeat)
    return summary(samples, 95, "p95 ≤ 16 ms (one core)", regions_drawn=len(areas),
                   candidates=count[-1],
                   trigger_points=reference.dataset.trigger_point_count())


def _wall_ms(args: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], capture_output=True, env=env, timeout=120,
                   cwd=ROOT, check=True)
    return (time.perf_counter() - start) * 1000


def bench_cli(runs: int) -> dict:
    """`bodymap lookup` (served from the start-up cache, as every command but check is) and
    `bodymap check` (reads, validates and cross-checks every file): wall time of the whole
    process, median of `runs` after one warm-up that also writes the cache."""
    lookup = ["-m", "bodymap", "lookup", "low_back.left", "buttock.left", "posterior_thigh.left"]
    check = ["-m", "bodymap", "check"]
    results = {}
    for name, args in (("cli_lookup", lookup), ("cli_check", check)):
        _wall_ms(args)
        samples = [_wall_ms(args) for _ in range(runs)]
        results[name] = {"p50_ms": statistics.median(samples), "p95_ms": max(samples),
                         "runs": runs, "target": "(no target; for the table)"}
    return results


def bench_kiosk(app, runs: int, repeat: int) -> dict:
    """The kiosk: its first frame from process start (`bodymap --kiosk --smoke`, median of
    `runs`), and a visit reset (the idle timeout's go_home) until the home screen is painted,
    after a visit that selected a muscle, went deeper and zoomed, and after one that also
    switched the language."""
    from bodymap.domain.kiosk_config import KioskConfig
    from bodymap.ui.kiosk.window import KioskWindow

    import tempfile

    def first_frames(cache_home: str) -> list[float]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": cache_home}
        times = []
        for i in range(runs + 1):  # the first round discarded
            before = _children_cpu_ms()
            out = subprocess.run([sys.executable, "-m", "bodymap", "--kiosk", "--smoke"],
                                 capture_output=True, text=True, env=env, timeout=120,
                                 cwd=ROOT, check=True).stdout
            if i:
                times.append((float(out.split("startup_ms=")[1].split()[0]),
                              _children_cpu_ms() - before))
        return times

    # A kiosk reads the start-up cache but never writes it: on a machine where bodymap has
    # run as a desktop app under the same user, or had its cache prepared, there is one;
    # on a kiosk-only machine there is none and every start reads the files.
    _run_child(["-m", "bodymap", "--smoke"])  # writes this run's cache
    first = first_frames(os.environ["XDG_CACHE_HOME"])
    with tempfile.TemporaryDirectory() as empty:
        uncached = first_frames(empty)
    window = KioskWindow(load_reference(), KioskConfig())
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    keys = list(window.reference.dataset.muscle_sides())
    other = next((c for c in window._languages() if c != window.language), None)

    def visit(i: int, switch: bool) -> None:
        if switch and other is not None:
            window.set_language(other)
        window.stack.setCurrentWidget(window.explorer)
        window.select(keys[(i * 7) % len(keys)])
        window.toggle_deeper()
        window.view.scale(1.5, 1.5)
        app.processEvents()

    # cpu_ms: the whole process to its exit, a little more than its first frame.
    results = {name: {"app_ms": statistics.median(t for t, _ in times),
                      "cpu_ms": statistics.median(c for _, c in times), "runs": runs,
                      "target": "≤ 1500 ms on one core"}
               for name, times in (("kiosk_first_frame", first),
                                   ("kiosk_first_frame_no_cache", uncached))}
    for name, switch in (("kiosk_reset", False), ("kiosk_reset_language", True)):
        def reset(i: int, switch=switch) -> None:
            window.go_home()
            app.processEvents()  # the home screen painted, as the event loop paints it

        samples = Samples()
        samples.cpu = []
        for i in range(repeat):
            visit(i, switch)
            one = timed(reset, 1)
            samples += one
            samples.cpu += one.cpu
        results[name] = summary(samples, 95, "p95 ≤ 16 ms (one frame)")
    window.admin_exit()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="bodymap benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" /
                        "latest.json")
    parser.add_argument("--only", choices=GROUPS, action="append",
                        help="run only these groups (repeatable)")
    parser.add_argument("--muscles", type=int, action="append", metavar="N",
                        help="also measure on a dataset of N muscles made by "
                             "benchmarks/synthetic_data.py (repeatable; the bundled data "
                             f"has {BUNDLED_MUSCLES}); a table of how each figure grows")
    parser.add_argument("--cpu", type=int, metavar="N",
                        help="pin this run and everything it starts to CPU N (as taskset "
                             "-c N): the low-end, one-core profile")
    args = parser.parse_args(argv)
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    if "BODYMAP_BENCH_CACHE" not in os.environ:
        # A start-up cache of this run's own (XDG_CACHE_HOME, inherited by every process
        # started): the shared one keeps only the newest few entries, so other bodymap
        # processes of this user (tests, other checkouts) would evict ours mid-run.
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="bodymap-bench-cache-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        os.environ["XDG_CACHE_HOME"] = os.environ["BODYMAP_BENCH_CACHE"] = folder
    if args.muscles:
        return by_size(args, argv or sys.argv[1:])
    scale = 0.2 if args.quick else 1.0
    groups = set(args.only or GROUPS)
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
    if "lookup" in groups:
        results["lookup_full_body"] = bench_lookup_full_body(window, int(100 * scale))
        results.update(bench_cli(max(3, int(7 * scale))))
    if "kiosk" in groups:
        results.update(bench_kiosk(app, max(3, int(9 * scale)), int(40 * scale)))
    print(f"{'benchmark':<22} {'measured (wall, ms; CPU in brackets)':>44}  target")
    for name, r in results.items():
        if "to_bare_map" in r:
            shown = (f"{r['app_ms']:.0f} ms: {r['to_bare_map']:.2f}x bare map, "
                     f"{r['ratio']:.2f}x floor (CPU {r['cpu_to_bare_map']:.2f}x bare)")
        elif "ratio" in r:
            shown = f"{r['app_ms']:.0f} vs floor {r['floor_ms']:.0f} ms: {r['ratio']:.2f}x"
        elif "above_floor_mb" in r:
            shown = f"{r['app_mb']:.0f} MB (+{r['above_floor_mb']:.0f} MB)"
        elif "growth_mb" in r:
            shown = f"{r['growth_mb']:+.1f} MB / {r['interactions']} actions"
        elif "p50_ms" not in r:
            shown = f"{r['app_ms']:.0f} ms" + (f" (CPU {r['cpu_ms']:.0f})" if "cpu_ms" in r
                                                else "")
        else:
            tail = r.get("p99_ms", r.get("p95_ms"))
            shown = f"p50 {r['p50_ms']:.2f} / tail {tail:.2f} ms"
            if "cpu_p50_ms" in r:
                cpu_tail = r.get("cpu_p99_ms", r.get("cpu_p95_ms"))
                shown += f" (CPU {r['cpu_p50_ms']:.2f} / {cpu_tail:.2f})"
        print(f"{name:<22} {shown:>44}  {r['target']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": platform.platform(),
                                     "cpus": os.cpu_count(),
                                     "pinned_to": sorted(os.sched_getaffinity(0)),
                                     "data": os.environ.get("BODYMAP_DATA_DIR", "bundled"),
                                     "counts": counts(window),
                                     "python": platform.python_version(),
                                     "median_of": "percentiles over repetitions; start-up: "
                                                  "medians, ratio = median of pair ratios",
                                     "results": results}, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
