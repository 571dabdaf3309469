"""End to end: the real `bodymap` process opens a real window in a real X server (Xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.xvfb


@pytest.fixture
def x_display():
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        pytest.skip("Xvfb and xwininfo are installed by scripts/debian-deps.sh")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                               "1366x768x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def window_titles(display: str) -> str:
    result = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                            env={**os.environ, "DISPLAY": display}, timeout=10)
    return result.stdout


def test_the_app_opens_a_real_window_with_the_selection_in_its_title(x_display):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen([sys.executable, "-m", "bodymap", "--select", "upper_trapezius.left"],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        titles = ""
        while time.monotonic() < deadline and app.poll() is None:
            titles = window_titles(x_display)
            if "Left upper trapezius — bodymap" in titles:
                break
            time.sleep(0.3)
        assert app.poll() is None, f"bodymap exited early: {app.communicate()[1]}"
        assert "Left upper trapezius — bodymap" in titles
    finally:
        app.terminate()
        _, stderr = app.communicate(timeout=10)
    assert "Traceback" not in stderr
