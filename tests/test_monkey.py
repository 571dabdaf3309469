"""Random input across every mode must never raise, never log an untriaged Qt warning and
never grow memory without bound. A failure names the seed to replay it."""

from __future__ import annotations

import gc
import os

import pytest
from PySide6.QtCore import qInstallMessageHandler

from bodymap.ui.app import resident_kb
from bodymap.ui.errors import ErrorReporter
from bodymap.ui.main_window import MainWindow
from tests.monkey import run_monkey

# Qt messages we have looked at and accept: the offscreen platform cannot resize native
# windows to size hints, and says so once per shown top-level window.
TRIAGED = ("This plugin does not support propagateSizeHints()",
           "This plugin does not support raise()")
SEED = int(os.environ.get("BODYMAP_MONKEY_SEED", "20261124"))


def monkey_session(qtbot, reference, events: int, seed: int) -> None:
    window = MainWindow(reference)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    messages: list[str] = []
    previous = qInstallMessageHandler(lambda mode, context, text: messages.append(text))
    reporter = ErrorReporter().install()
    try:
        run_monkey(window, 300, seed + 1)  # warm-up: caches, lazy modules, first pixmaps
        gc.collect()
        before = resident_kb()
        run_monkey(window, events, seed)
        gc.collect()
        growth_mb = (resident_kb() - before) / 1024
    finally:
        reporter.uninstall()
        qInstallMessageHandler(previous)
    replay = f"replay with BODYMAP_MONKEY_SEED={seed}"
    assert reporter.recorded == [], f"{replay}\n{reporter.recorded[0]}"
    untriaged = [m for m in messages if not m.startswith(TRIAGED)]
    assert untriaged == [], f"{replay}: {untriaged[:5]}"
    assert growth_mb < 40, f"{replay}: memory grew {growth_mb:.1f} MB"


def test_monkey_short(qtbot, reference):
    monkey_session(qtbot, reference, 1500, SEED)


@pytest.mark.monkey_long
def test_monkey_long(qtbot, reference):
    monkey_session(qtbot, reference, 20000, SEED)


def test_an_exception_in_a_slot_is_reported_and_the_app_carries_on(qtbot, reference):
    window = MainWindow(reference)
    qtbot.addWidget(window)
    shown: list[str] = []
    reporter = ErrorReporter(lambda summary, details: shown.append(summary)).install()
    try:
        def broken(_key) -> None:
            raise RuntimeError("a deliberately broken slot")

        window.selection.selection_changed.connect(broken)
        window.select(reference.dataset.muscle_sides()[0])
    finally:
        reporter.uninstall()
    assert shown == ["RuntimeError: a deliberately broken slot"]
    assert "Traceback" in reporter.recorded[0]
    assert window.selection.current == reference.dataset.muscle_sides()[0]  # still working


def test_kiosk_monkey(qtbot, reference):
    from bodymap.domain.kiosk_config import KioskConfig
    from bodymap.ui.kiosk.window import KioskWindow
    from tests.monkey import run_kiosk_monkey

    kiosk = KioskWindow(reference, KioskConfig())
    qtbot.addWidget(kiosk)
    kiosk.activate()
    reporter = ErrorReporter().install()
    try:
        run_kiosk_monkey(kiosk, 800, SEED)
    finally:
        reporter.uninstall()
        kiosk.admin_exit()
    assert reporter.recorded == [], f"replay with BODYMAP_MONKEY_SEED={SEED}\n" \
        f"{reporter.recorded[0] if reporter.recorded else ''}"
