"""Guards against a broken Qt binding: signal emission must not corrupt reference counts
(PySide6 6.12.0 does; see docs/decisions/0006-pyside6-below-6.12.md)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(object)
    cleared = Signal()
source = Source()
seen = []
source.changed.connect(seen.append)
source.cleared.connect(lambda: seen.append(None))
for _ in range(20000):
    source.changed.emit(None)
    source.cleared.emit()
print(len(seen))
"""


def test_signal_emission_keeps_reference_counts_intact():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "40000"
