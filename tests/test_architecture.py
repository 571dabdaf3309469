"""The architecture is checked, not only drawn: the import contracts in pyproject.toml hold
(lint-imports), the package type-checks (mypy), and the main window stays a switchboard."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bodymap"
BIN = Path(sys.executable).parent


def run_tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    tool = BIN / name
    if not tool.exists():
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return subprocess.run([str(tool), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=False)


def test_import_contracts_hold():
    result = run_tool("lint-imports", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_mypy_finds_no_error():
    result = run_tool("mypy", "--no-incremental", "--cache-dir", "/dev/null", "bodymap")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success"), result.stdout


def test_the_package_ships_its_type_marker():
    assert (PACKAGE / "py.typed").exists()


def test_main_window_is_small_and_names_no_mode():
    source = (PACKAGE / "ui" / "main_window.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) < 250
    tree = ast.parse(source)
    compared = {node.value for node in ast.walk(tree) if isinstance(node, ast.Compare)
                for node in ast.walk(node) if isinstance(node, ast.Constant)}
    assert not compared & {"explore", "pain", "patient", "study"}, compared


def private_calls(path: Path) -> list[str]:
    """Calls of `other._name(...)`: another object's private method (not self's or cls's)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr.startswith("_") and not node.func.attr.startswith("__")
                and not (isinstance(node.func.value, ast.Name)
                         and node.func.value.id in ("self", "cls", "super"))
                and not isinstance(node.func.value, ast.Call)):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.attr}")
    return found


def test_no_module_calls_another_objects_private_methods():
    calls = [c for path in sorted(PACKAGE.rglob("*.py")) for c in private_calls(path)]
    assert calls == []


def test_no_attribute_is_read_back_with_getattr():
    uses = [f"{path.relative_to(ROOT)}:{node.lineno}"
            for path in sorted((PACKAGE / "ui").rglob("*.py"))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr")]
    assert uses == []


def test_the_mode_names_agree_everywhere():
    """The command line lists the modes without importing Qt; the mode bar shows them; the
    registry builds them: the three lists are the same, in the same order."""
    from bodymap import cli
    from bodymap.ui.mode_bar import MODES as BAR
    from bodymap.ui.mode_registry import FACTORIES

    assert list(cli.MODES) == [name for name, _, _ in BAR] == list(FACTORIES)
