"""The window opens maximised on screens up to 1920x1080, and a 4K screen the system does
not scale gets a global zoom (QT_SCALE_FACTOR=2) so the UI is readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from bodymap.ui.app import show_sized_to_screen
from bodymap.ui.screen_zoom import apply_screen_zoom, zoom_for


class _Screen:
    def __init__(self, width: int, height: int) -> None:
        self.rect = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name
        return self.rect


class _Window:
    """Records how it was shown."""

    def __init__(self, screen: _Screen) -> None:
        self._screen = screen
        self.shown = ""
        self.size: tuple[int, int] | None = None

    def screen(self) -> _Screen:
        return self._screen

    def showMaximized(self) -> None:  # noqa: N802 - Qt's name
        self.shown = "maximised"

    def resize(self, width: int, height: int) -> None:
        self.size = (width, height)

    def move(self, x: int, y: int) -> None:
        pass

    def show(self) -> None:
        self.shown = "normal"


@pytest.mark.parametrize("available", [(1280, 680), (1366, 728), (1600, 870), (1920, 1050),
                                       (1920, 1080)])
def test_maximised_on_screens_up_to_full_hd(available):
    window = _Window(_Screen(*available))
    show_sized_to_screen(window)
    assert window.shown == "maximised"


def test_a_window_that_fits_with_room_on_larger_screens():
    window = _Window(_Screen(2560, 1400))
    show_sized_to_screen(window)
    assert window.shown == "normal"
    assert window.size is not None and window.size[0] <= 2560 and window.size[1] <= 1400


@pytest.mark.parametrize("size,dpi,zoom", [((3840, 2160), 96.0, 2), ((3840, 2160), None, 2),
                                           ((3840, 2160), 192.0, 1), ((2560, 1440), 96.0, 1),
                                           ((1920, 1080), None, 1), ((2160, 3840), 96.0, 2)])
def test_zoom_for_a_screen(size, dpi, zoom):
    assert zoom_for(*size, dpi) == zoom


def test_a_scale_factor_already_chosen_is_kept():
    environment = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0", "QT_SCALE_FACTOR": "1.5"}
    assert apply_screen_zoom(environment) == 1
    assert environment["QT_SCALE_FACTOR"] == "1.5"


def test_offscreen_and_wayland_are_left_alone():
    for environment in ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"},
                        {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}):
        assert apply_screen_zoom(environment) == 1
        assert "QT_SCALE_FACTOR" not in environment


@pytest.mark.parametrize("screen,zoom", [("3840x2160x24", "2"), ("1920x1080x24", "")])
def test_a_real_4k_x_screen_gets_the_zoom_before_qt_starts(screen, zoom):
    import os
    import shutil
    import subprocess
    import sys

    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is installed by scripts/debian-deps.sh")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen,
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        environment = {k: v for k, v in os.environ.items()
                       if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR")}
        environment["DISPLAY"] = f":{number}"
        script = ("import os; from bodymap.ui.app import application; app = application(); "
                  "print(os.environ.get('QT_SCALE_FACTOR', ''), app.primaryScreen()"
                  ".devicePixelRatio(), sep='|')")
        result = subprocess.run([sys.executable, "-c", script], env=environment,
                                capture_output=True, text=True, timeout=60)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert result.returncode == 0, result.stderr
    factor, ratio = result.stdout.strip().split("|")
    assert factor == zoom
    assert float(ratio) == (2.0 if zoom else 1.0)
