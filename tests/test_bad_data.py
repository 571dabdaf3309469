"""Malformed data: `bodymap check --data FILE` refuses every case in tests/data/bad/ (and the
generated ones below) with exit code 1, within 2 s of CPU time and 1 GiB of address space,
naming the file and the place, in plain English, without a traceback. What each case must
report is in tests/data/bad/expected.yaml."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bodymap import resources

BAD = Path(__file__).parent / "data" / "bad"
MINI = Path(__file__).parent / "data" / "mini.yaml"
EXPECTED = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))
# CPU time, not wall time: on a loaded machine (two cores shared by parallel test runs) the
# wall clock measures the neighbours; the child's own CPU time measures the check.
CPU_SECONDS = 2.0  # interpreter start included
ADDRESS_SPACE = 1 << 30  # 1 GiB: a memory blow-up fails instead of swapping


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_check(path: Path) -> tuple[subprocess.CompletedProcess, float]:
    """`python -m bodymap check --data path` in a child with bounded memory; the CPU time it
    used. The atlas is the bundled one: for data-side problems it is never cross-checked."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [sys.executable, "-m", "bodymap", "check", "--data", str(path)],
        capture_output=True, timeout=60, preexec_fn=_limit_memory,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return result, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


# --- cases made at run time: too big to commit, or not files at all -------------------------
# Each writes its case at `path` and may return the (line, column) it must be reported at.

def _huge_50_mb(path: Path) -> None:
    with path.open("wb") as out:
        chunk = b"- a value\n" * 100_000
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            out.write(chunk)


def _folder(path: Path) -> None:
    path.mkdir()


def _missing(path: Path) -> None:
    pass


def _deep_nesting_100k(path: Path) -> None:
    path.write_text("schema_version: " + "[" * 100_000 + "]" * 100_000 + "\n")


def _value_flood(path: Path) -> None:
    path.write_bytes(b"- a\n" * (7_900_000 // 4))  # just under the 8 MB limit


def _mini_with(path: Path, old: str, new: str) -> None:
    text = MINI.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _unknown_regions_flood(path: Path) -> None:
    names = ", ".join(f"nowhere{i}" for i in range(20_000))
    _mini_with(path, "essential: [angle_of_neck]", f"essential: [{names}]")


def _overlap_flood(path: Path) -> None:
    """Long zones that share one region: the overlap check must not compare every pair."""
    essential = ", ".join(["angle_of_neck"] * 20_000)
    spillover = ", ".join(["posterior_shoulder"] * 20_000 + ["angle_of_neck"])
    _mini_with(path, "essential: [angle_of_neck]\n        spillover: [medial_scapular_border, "
                     "posterior_shoulder]",
               f"essential: [{essential}]\n        spillover: [{spillover}]")


def _unique_items_flood(path: Path) -> None:
    items = ", ".join(f"{{a{i}: 1}}" for i in range(20_000))
    _mini_with(path, "essential: [angle_of_neck]", f"essential: [{items}]")


def _no_geometry(path: Path) -> tuple[int, int]:
    """The full bundled data with one more trigger point, trp9 of levator_scapulae, which the
    atlas has no marker for: the data is valid, only the cross-check can find it."""
    lines = resources.DATA_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    muscle = lines.index("  - id: levator_scapulae\n")
    symptoms = lines.index("    symptoms:\n", muscle)
    lines[symptoms:symptoms] = [
        "      - id: trp9\n",
        '        label: "TrP9 (added by tests/test_bad_data.py)"\n',
        '        location: "A trigger point the atlas has no marker for."\n',
        "        essential: [angle_of_neck]\n",
        "        spillover: []\n",
    ]
    path.write_text("".join(lines), encoding="utf-8")
    return symptoms + 1, 9


def _dev_zero(path: Path) -> None:
    """A link to /dev/zero: endless bytes, size 0. Read without a bound, it never ends."""
    path.symlink_to("/dev/zero")


def _fifo(path: Path) -> None:
    """A named pipe with no writer: a plain read would wait for ever."""
    os.mkfifo(path)


def _invisible(character: str) -> Callable[[Path], tuple[int, int]]:
    """mini.yaml with `character` inside the first muscle's name (line 10: '    name: Lev…')."""
    def make(path: Path) -> tuple[int, int]:
        _mini_with(path, "name: Levator scapulae", f"name: Leva{character}tor scapulae")
        return 10, 15

    return make


GENERATED: dict[str, Callable[[Path], tuple[int, int] | None]] = {
    "dev_zero": _dev_zero, "fifo": _fifo,
    "bidi_right_to_left_override": _invisible("\u202e"),
    "bidi_first_strong_isolate": _invisible("\u2068"),
    "zero_width_space": _invisible("\u200b"),
    "word_joiner": _invisible("\u2060"),
    "huge_50_mb": _huge_50_mb, "folder": _folder, "missing": _missing,
    "deep_nesting_100k": _deep_nesting_100k, "value_flood": _value_flood,
    "unknown_regions_flood": _unknown_regions_flood, "overlap_flood": _overlap_flood,
    "unique_items_flood": _unique_items_flood, "no_geometry": _no_geometry,
}


def test_the_manifest_and_the_folder_agree():
    on_disk = {p.name for p in BAD.iterdir() if p.name != "expected.yaml"}
    assert on_disk == set(EXPECTED["files"])
    assert set(GENERATED) == set(EXPECTED["generated"])
    assert len(on_disk) + len(GENERATED) >= 30


def check_refuses(path: Path, expected: dict, where: tuple[int, int] | None = None) -> None:
    result, seconds = run_check(path)
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert result.returncode == 1, (result.returncode, stderr[-2000:])
    assert seconds <= CPU_SECONDS, f"{path.name}: took {seconds:.2f} s of CPU time"
    line, column = where or (expected["line"], expected["column"])
    place = re.escape(str(path))
    if line is not None:
        place += f":{line}"
        if column == "any":  # where libyaml itself gives up, which differs between versions
            place += r":\d+"
        elif column is not None:
            place += f":{column}"
    lines = stderr.splitlines()
    assert any(re.match(f"{place}: ", t) and expected["message"] in t for t in lines), (
        f"expected {place}: ...{expected['message']}... in:\n" + "\n".join(lines[:40]))


@pytest.mark.parametrize("name", sorted(EXPECTED["files"]))
def test_malformed_file_is_refused(name):
    check_refuses(BAD / name, EXPECTED["files"][name])


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_case_is_refused(name, tmp_path):
    path = tmp_path / f"{name}.yaml"
    where = GENERATED[name](path)
    check_refuses(path, EXPECTED["generated"][name], where)


def test_trigger_point_without_geometry_is_found_by_the_cross_check_alone(tmp_path):
    """The bundled atlas is redrawn from time to time, so the cross-check may report other
    problems too; the added trigger point must be reported for both sides, and for nothing
    else (the data itself is valid)."""
    path = tmp_path / "trigger_points.yaml"
    line, column = _no_geometry(path)
    result, _ = run_check(path)
    trp9 = [t for t in result.stderr.decode("utf-8", "replace").splitlines() if "trp9" in t]
    assert trp9 == [f"{path}:{line}:{column}: levator_scapulae trp9: the posterior atlas has no "
                    f"marker 'trp.levator_scapulae.trp9.{side}'" for side in ("left", "right")]
