"""scripts/build-bundle.py stays in step with the package without building a bundle (that
takes minutes; docs/packaging.md records the runs): what it hands PyInstaller carries the
data, the atlas and the code digest the start-up cache needs in a bundle."""

from __future__ import annotations

import importlib.util
import os
import tomllib
from pathlib import Path

from bodymap.atlas import cache
from bodymap.ui.app import APP_ID

ROOT = Path(__file__).resolve().parent.parent


def load_script():
    spec = importlib.util.spec_from_file_location("build_bundle",
                                                  ROOT / "scripts" / "build-bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pyinstaller_gets_the_data_the_atlas_and_the_code_digest(tmp_path):
    script = load_script()
    digest = script.write_code_digest(tmp_path)
    assert digest.name == cache.CODE_DIGEST_FILE.name
    assert digest.read_text(encoding="ascii").strip() == cache.code_digest()
    args = script.pyinstaller_args(tmp_path / "dist", tmp_path, tmp_path / "bodymap.png",
                                   digest, console=False)
    data = [args[i + 1] for i, a in enumerate(args) if a == "--add-data"]
    assert f"{ROOT / 'bodymap' / 'data'}{os.pathsep}bodymap/data" in data
    assert f"{ROOT / 'bodymap' / 'assets'}{os.pathsep}bodymap/assets" in data
    assert f"{digest}{os.pathsep}bodymap" in data
    assert args[0] == str(ROOT / "bodymap" / "__main__.py")
    assert args[args.index("--osx-bundle-identifier") + 1] == APP_ID
    assert "--windowed" in args
    assert "--windowed" not in script.pyinstaller_args(tmp_path, tmp_path, tmp_path, digest,
                                                       console=True)


def test_pyinstaller_is_the_bundle_extra():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["optional-dependencies"]
    assert any(r.startswith("pyinstaller") for r in extras["bundle"])
