#!/usr/bin/env python3
"""Extract the interface's strings into .ts files and compile them to .qm (docs/translating.md).

    python scripts/update-translations.py            # lupdate, then lrelease
    python scripts/update-translations.py lupdate    # only extract (after changing code)
    python scripts/update-translations.py lrelease   # only compile (after translating)
    python scripts/update-translations.py --check    # exit 1 if a .ts or .qm is out of date

The tools are Qt's lupdate and lrelease, which PySide6-Essentials ships (`pyside6-lupdate`
and `pyside6-lrelease` beside the Python that runs this script, or the binaries inside the
PySide6 package). The .ts files carry no source locations, so moving code does not change
them; obsolete strings are dropped.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bodymap"
TS_DIR = PACKAGE / "assets" / "i18n"
# Languages with an interface translation (the language's name lives in
# bodymap/domain/translations.py LANGUAGES; English is the source and needs no file).
LANGUAGES = ("es",)


def tool(name: str) -> str:
    """The path of `pyside6-<name>` (beside this Python, or on PATH), else of the binary
    inside the PySide6 package."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    inside = Path(PySide6.__file__).parent / name
    if inside.exists():
        return str(inside)
    raise SystemExit(f"update-translations: cannot find pyside6-{name} (install "
                     "PySide6-Essentials into this Python)")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py")
                  if "__pycache__" not in p.parts)


def ts_file(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"bodymap_{language}.ts"


def lupdate(language: str, target: Path) -> str:
    """Extract into `target` (created or merged). Returns lupdate's report."""
    result = subprocess.run([tool("lupdate"), "-locations", "none", "-no-obsolete",
                             "-target-language", language, *sources(), "-ts", str(target)],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def lrelease(source: Path, target: Path) -> tuple[int, int]:
    """Compile; returns (finished, unfinished) as lrelease counts them."""
    result = subprocess.run([tool("lrelease"), "-nounfinished", str(source), "-qm",
                             str(target)], capture_output=True, text=True, check=True)
    report = result.stdout + result.stderr
    match = re.search(r"\((\d+) finished and (\d+) unfinished\)", report)
    finished, unfinished = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
    # -nounfinished leaves the untranslated out and says so on a line of its own.
    ignored = re.search(r"Ignored (\d+) untranslated", report)
    return finished, unfinished + (int(ignored.group(1)) if ignored else 0)


def out_of_date() -> list[str]:
    """What --check reports: .ts files that lupdate would change, .qm files that lrelease
    would change, and unfinished translations."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            committed = ts_file(language)
            if not committed.exists():
                problems.append(f"{committed.relative_to(ROOT)} is missing")
                continue
            fresh = Path(tmp) / committed.name
            shutil.copy(committed, fresh)
            lupdate(language, fresh)
            if fresh.read_bytes() != committed.read_bytes():
                problems.append(f"{committed.relative_to(ROOT)} is not up to date with the "
                                "code: run scripts/update-translations.py")
            qm = committed.with_suffix(".qm")
            built = Path(tmp) / qm.name
            finished, unfinished = lrelease(committed, built)
            if unfinished:
                problems.append(f"{committed.relative_to(ROOT)}: {unfinished} unfinished "
                                "translations")
            if not qm.exists() or not filecmp.cmp(qm, built, shallow=False):
                problems.append(f"{qm.relative_to(ROOT)} is not compiled from its .ts: run "
                                "scripts/update-translations.py lrelease")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", nargs="?", choices=("all", "lupdate", "lrelease"),
                        default="all")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = out_of_date()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language)
        if args.step in ("all", "lupdate"):
            print(lupdate(language, ts).strip())
        if args.step in ("all", "lrelease"):
            finished, unfinished = lrelease(ts, ts.with_suffix(".qm"))
            print(f"{ts.relative_to(ROOT)}: {finished} finished, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
