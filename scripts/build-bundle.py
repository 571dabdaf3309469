#!/usr/bin/env python3
"""Build bodymap as a one-folder app for people without Python, with PyInstaller.

    python -m pip install ".[bundle]"
    python scripts/build-bundle.py            # builds dist/bodymap/, then smoke-tests it

The same script runs on Linux, Windows and macOS (PyInstaller builds for the platform it runs
on; it cannot cross-build). What it does, in order:

1. writes the digest of bodymap's reading code beside the package, so the start-up cache
   works in the bundle, which carries no .py files (bodymap/atlas/cache.py);
2. renders the platform's icon from bodymap/assets/icons/bodymap.svg (.ico, .icns, .png);
3. runs PyInstaller: one folder, the data and the atlas as package data, no console window
   on Windows and macOS unless --console;
4. copies the licences, the changelog and the citation file into the folder;
5. unless --no-smoke: runs the bundle's `--version`, `check` and `--smoke` (offscreen).

docs/packaging.md says which platforms this has actually been run on.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bodymap"
NAME = "bodymap"
# Qt modules bodymap never imports: leaving them out keeps the folder smaller.
UNUSED_QT = ("QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtSql", "QtTest",
             "QtDBus", "QtOpenGL", "QtOpenGLWidgets", "QtXml", "QtConcurrent", "QtDesigner",
             "QtHelp", "QtUiTools", "Qt3DCore", "QtCharts", "QtDataVisualization",
             "QtMultimedia", "QtWebEngineCore", "QtWebEngineWidgets")


def executable(dist: Path) -> Path:
    """The bundle's program."""
    if sys.platform == "darwin" and (dist / f"{NAME}.app").exists():
        return dist / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    return dist / NAME / (f"{NAME}.exe" if os.name == "nt" else NAME)


def write_code_digest(work: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from bodymap.atlas.cache import CODE_DIGEST_FILE, code_digest

    digest = code_digest()
    if digest is None:
        raise SystemExit("build-bundle: bodymap's source files cannot be read")
    path = work / CODE_DIGEST_FILE.name
    path.write_text(digest + "\n", encoding="ascii")
    return path


def render_icon(work: Path) -> Path:
    """The app icon in the format this platform's bundle wants, rendered by Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication([])
    fmt = {"win32": "ico", "darwin": "icns"}.get(sys.platform, "png")
    size = 256 if fmt == "ico" else 512
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(PACKAGE / "assets" / "icons" / "bodymap.svg")).render(painter)
    painter.end()
    path = work / f"{NAME}.{fmt}"
    if not image.save(str(path), fmt.upper()):
        raise SystemExit(f"build-bundle: Qt could not write {path}")
    return path


def pyinstaller_args(dist: Path, work: Path, icon: Path, digest: Path,
                     console: bool) -> list[str]:
    sep = os.pathsep  # PyInstaller's SOURCE:DEST separator is ';' on Windows
    args = [str(PACKAGE / "__main__.py"), "--name", NAME, "--onedir", "--noconfirm",
            "--clean", "--distpath", str(dist), "--workpath", str(work / "build"),
            "--specpath", str(work), "--icon", str(icon),
            "--add-data", f"{PACKAGE / 'data'}{sep}bodymap/data",
            "--add-data", f"{PACKAGE / 'assets'}{sep}bodymap/assets",
            "--add-data", f"{digest}{sep}bodymap",
            # Imported lazily inside functions; named so the analysis cannot miss them.
            "--collect-submodules", "bodymap",
            "--hidden-import", "pyqtgraph",
            "--osx-bundle-identifier", "io.github.bodymap.bodymap"]
    for module in UNUSED_QT:
        args += ["--exclude-module", f"PySide6.{module}"]
    if not console:
        args.append("--windowed")
    return args


def smoke_test(program: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args in (["--version"], ["check"], ["show", "levator_scapulae"], ["--smoke"]):
        result = subprocess.run([str(program), *args], capture_output=True, text=True,
                                env=env, timeout=300, cwd=Path.home())
        shown = (result.stdout.strip().splitlines() or [""])[0]
        print(f"  {program.name} {' '.join(args)}: exit {result.returncode}: {shown}")
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            raise SystemExit(f"build-bundle: the bundle failed `{' '.join(args)}`")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="PyInstaller's working folder (default: build/bundle/)")
    parser.add_argument("--console", action="store_true",
                        help="keep a console window on Windows (for the command-line verbs)")
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__
    except ImportError:
        raise SystemExit('build-bundle: PyInstaller is missing: python -m pip install ".[bundle]"'
                         ) from None
    args.work.mkdir(parents=True, exist_ok=True)
    digest = write_code_digest(args.work)
    icon = render_icon(args.work)
    PyInstaller.__main__.run(pyinstaller_args(args.dist, args.work, icon, digest,
                                              args.console))
    folder = args.dist / NAME
    for name in ("LICENSE", "CHANGELOG.md", "CITATION.cff", "README.md"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "LICENSES", folder / "LICENSES", dirs_exist_ok=True)
    program = executable(args.dist)
    print(f"build-bundle: {program}")
    if not args.no_smoke:
        smoke_test(program)
        print("build-bundle: smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
