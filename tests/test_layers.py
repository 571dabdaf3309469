"""The layering contract: the domain and the atlas never import Qt."""

from __future__ import annotations

import subprocess
import sys


def test_domain_and_atlas_import_without_qt():
    code = ("import sys, bodymap.domain.loader, bodymap.domain.export, bodymap.atlas.reference, "
            "bodymap.atlas.crosscheck; "
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', "
            "'pyqtgraph'))); print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_and_show_do_not_load_qt():
    code = ("import sys; from bodymap import cli; cli.main(['check']); "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
