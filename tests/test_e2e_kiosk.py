"""End to end: the real `bodymap --kiosk` in a real X server (Xvfb) under a real window
manager (openbox, with its stock key bindings). Whatever a visitor or the window manager
does — minimise, switch desktops, show the desktop, close, leave full screen — the kiosk is
back on the current desktop, mapped and full screen, within a few seconds; the PIN pad opens
inside the kiosk window (no second window), and the right PIN ends the kiosk."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bodymap.domain.kiosk_pin import hash_pin

pytestmark = pytest.mark.xvfb

SIZE = (1366, 768)
PIN = "48217"
TOOLS = ("openbox", "xdotool", "wmctrl", "xprop", "xwininfo")
RECIPE = Path(__file__).parent.parent / "docs" / "kiosk"
LOCKED_OPENBOX = RECIPE / "openbox-rc.xml"


class Desktop:
    """An X display with openbox, and the X tools to poke at it."""

    def __init__(self, display: str, home: Path) -> None:
        self.display = display
        self.env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        self.env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
                        XDG_CONFIG_HOME=str(home / "config"),
                        XDG_CACHE_HOME=str(home / "cache"))

    def run(self, *command: str) -> str:
        return subprocess.run(command, capture_output=True, text=True, env=self.env,
                              timeout=10).stdout

    def wait_for(self, condition: Callable[[], object], what: str,
                 timeout: float = 8.0) -> object:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def open_desktop(tmp_path):
    """Start Xvfb and openbox (its stock settings, or the given rc.xml); return a Desktop."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/debian-deps.sh installs it)")
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    assert not missing, f"install {missing} with scripts/debian-deps.sh"
    processes: list[subprocess.Popen] = []

    def start(openbox_config: Path | None = None, window_manager: bool = True) -> Desktop:
        read_fd, write_fd = os.pipe()
        processes.append(subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24",
             "-nolisten", "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL))
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        screen = Desktop(f":{number}", tmp_path)
        if not window_manager:
            return screen
        options = ["--config-file", str(openbox_config)] if openbox_config else []
        processes.append(subprocess.Popen(["openbox", "--sm-disable", *options],
                                          env=screen.env, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
        screen.wait_for(lambda: "window id" in screen.run("xprop", "-root",
                                                          "_NET_SUPPORTING_WM_CHECK"),
                        "openbox to start")
        return screen

    yield start
    for process in reversed(processes):
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def desktop(open_desktop) -> Desktop:
    return open_desktop()


def kiosk_state(desktop: Desktop, window: str) -> dict[str, str]:
    props = desktop.run("xprop", "-id", window, "_NET_WM_STATE", "WM_STATE",
                        "_NET_WM_DESKTOP")
    info = desktop.run("xwininfo", "-id", window)
    current = desktop.run("xprop", "-root", "_NET_CURRENT_DESKTOP").split("=")[-1].strip()
    on_desktop = next((line.split("=")[-1].strip() for line in props.splitlines()
                       if line.startswith("_NET_WM_DESKTOP")), "")
    return {
        "full screen": str("_NET_WM_STATE_FULLSCREEN" in props),
        "state": "Normal" if "window state: Normal" in props else "not Normal",
        "mapped": str("Map State: IsViewable" in info),
        "size": "x".join(line.split(":")[1].strip() for line in info.splitlines()
                         if line.strip().startswith(("Width:", "Height:"))),
        "on the current desktop": str(on_desktop in (current, "4294967295")),
    }


FILLS_THE_SCREEN = {"full screen": "True", "state": "Normal", "mapped": "True",
                    "size": f"{SIZE[0]}x{SIZE[1]}", "on the current desktop": "True"}


def test_the_kiosk_comes_back_whatever_the_window_manager_does(desktop, tmp_path):
    config = tmp_path / "kiosk.yaml"
    config.write_text(f'clinic_name: Riverside\nadmin_pin_hash: "{hash_pin(PIN)}"\n',
                      encoding="utf-8")
    app = subprocess.Popen([sys.executable, "-m", "bodymap", "--kiosk", "--config",
                            str(config)], env=desktop.env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        listed = desktop.wait_for(lambda: [line.split()[0] for line in
                                           desktop.run("wmctrl", "-l").splitlines()
                                           if line.endswith(" bodymap")],
                                  "the kiosk window", timeout=30)
        window = listed[0]

        def back_full_screen(after: str) -> None:
            try:
                desktop.wait_for(lambda: kiosk_state(desktop, window) == FILLS_THE_SCREEN,
                                 f"the kiosk to fill the screen again after {after}")
            except AssertionError:
                assert app.poll() is None, f"the kiosk exited after {after}"
                assert kiosk_state(desktop, window) == FILLS_THE_SCREEN, after

        back_full_screen("starting")
        disturbances = [
            ("a minimise request", ("xdotool", "windowminimize", window)),
            ("a switch to desktop 2 (pager)", ("wmctrl", "-s", "1")),
            ("Ctrl+Alt+Right (openbox: next desktop)", ("xdotool", "key", "ctrl+alt+Right")),
            ("Super+D (openbox: show the desktop)", ("xdotool", "key", "super+d")),
            ("a close request", ("wmctrl", "-i", "-c", window)),
            ("Alt+F4 (openbox: close)", ("xdotool", "key", "alt+F4")),
            ("a request to leave full screen",
             ("wmctrl", "-i", "-r", window, "-b", "remove,fullscreen")),
        ]
        for what, command in disturbances:
            desktop.run(*command)
            time.sleep(0.3)  # let the window manager act before looking
            back_full_screen(what)

        # The admin exit: hold the top-left corner, type the PIN on the pad that opens
        # inside the kiosk window, not as a window of its own.
        hold_the_admin_corner(desktop)
        windows = desktop.run("wmctrl", "-l").splitlines()
        assert len(windows) == 1 and windows[0].startswith(window), windows
        desktop.run("xdotool", "windowminimize", window)  # what the old dialog's button did
        time.sleep(0.3)
        back_full_screen("a minimise request with the PIN pad open")
        type_the_pin(desktop)
        assert app.wait(timeout=15) == 0
    finally:
        if app.poll() is None:
            app.terminate()
        _, stderr = app.communicate(timeout=10)
    assert "Traceback" not in stderr


def hold_the_admin_corner(desktop: Desktop) -> None:
    desktop.run("xdotool", "mousemove", "20", "20")
    time.sleep(0.3)
    desktop.run("xdotool", "mousedown", "1")
    time.sleep(3.4)
    desktop.run("xdotool", "mouseup", "1")
    time.sleep(0.3)


def type_the_pin(desktop: Desktop) -> None:
    desktop.run("xdotool", "type", "--delay", "60", PIN)
    desktop.run("xdotool", "key", "Return")


def mapped_top_windows(desktop: Desktop) -> int:
    """How many children of the root window are mapped (openbox's menus are among them)."""
    listing = desktop.run("xwininfo", "-root", "-children").split("children:", 1)[-1]
    ids = [line.split()[0] for line in listing.splitlines() if line.strip().startswith("0x")]
    return sum("IsViewable" in desktop.run("xwininfo", "-id", window) for window in ids)


@pytest.mark.parametrize("config, menu_opens", [(None, True), (LOCKED_OPENBOX, False)],
                         ids=["stock openbox", "docs/kiosk/openbox-rc.xml"])
def test_the_lockdown_openbox_settings_leave_no_menu_and_no_bindings(open_desktop, config,
                                                                     menu_opens):
    """The stock settings are the control: they prove the probes see a menu and a desktop
    switch; the kiosk settings must show neither."""
    desktop = open_desktop(config)

    def current_desktop() -> str:
        return desktop.run("xprop", "-root", "_NET_CURRENT_DESKTOP").split("=")[-1].strip()

    before = mapped_top_windows(desktop)
    desktop.run("xdotool", "mousemove", "300", "300", "click", "3")  # right-click the desktop
    time.sleep(0.5)
    assert (mapped_top_windows(desktop) > before) is menu_opens
    desktop.run("xdotool", "key", "Escape")
    desktop.run("xdotool", "key", "ctrl+alt+Right")
    time.sleep(0.3)
    assert (current_desktop() != "0") is menu_opens
    desktops = len(desktop.run("wmctrl", "-d").splitlines())
    assert (desktops == 1) is not menu_opens


def test_the_kiosk_session_restarts_a_crashed_kiosk_and_ends_only_by_the_admin_exit(
        open_desktop, tmp_path):
    """docs/kiosk/kiosk-session, the ~/.xinitrc of the X11 recipe, run as X would run it."""
    desktop = open_desktop(window_manager=False)  # the session starts openbox itself
    bodymap = tmp_path / "bodymap"
    bodymap.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m bodymap "$@"\n')
    maintenance = tmp_path / "maintenance"
    marker = tmp_path / "maintenance-ran"
    maintenance.write_text(f"#!/bin/sh\ntouch '{marker}'\n")
    for script in (bodymap, maintenance):
        script.chmod(0o755)
    config = tmp_path / "kiosk.yaml"
    config.write_text(f'admin_pin_hash: "{hash_pin(PIN)}"\n', encoding="utf-8")
    log = tmp_path / "session.log"
    session = subprocess.Popen(
        ["sh", str(RECIPE / "kiosk-session")], stdout=subprocess.DEVNULL,
        stderr=log.open("w"), start_new_session=True,  # its own group: openbox ends with it
        env={**desktop.env, "BODYMAP": str(bodymap), "BODYMAP_KIOSK_CONFIG": str(config),
             "BODYMAP_OPENBOX_RC": str(LOCKED_OPENBOX),
             "BODYMAP_MAINTENANCE": str(maintenance)})

    def kiosk_pid() -> str:
        """The process id of the kiosk once its window fills the screen, or ''."""
        windows = [line.split()[0] for line in desktop.run("wmctrl", "-l").splitlines()
                   if line.endswith(" bodymap")]
        if not windows or kiosk_state(desktop, windows[0]) != FILLS_THE_SCREEN:
            return ""
        return desktop.run("xprop", "-id", windows[0], "_NET_WM_PID").split("=")[-1].strip()

    try:
        first = desktop.wait_for(kiosk_pid, "the kiosk in the session", timeout=30)
        assert len(desktop.run("wmctrl", "-d").splitlines()) == 1  # the kiosk openbox rc
        if shutil.which("xset"):
            assert "timeout:  600" in desktop.run("xset", "q")  # the screen blanks
        os.kill(int(first), signal.SIGKILL)  # a crash
        second = desktop.wait_for(lambda: (pid := kiosk_pid()) not in ("", first) and pid,
                                  "the kiosk to start again after a crash", timeout=30)
        assert second != first and not marker.exists()
        # Under openbox without bindings, the first synthetic press after the restart
        # sometimes never reaches the kiosk (about one run in eight; the pointer's Enter
        # does). A person would touch again, and so does the test: the PIN typed while the
        # pad is shut does nothing.
        for _attempt in range(3):
            time.sleep(0.5)
            hold_the_admin_corner(desktop)
            type_the_pin(desktop)
            with contextlib.suppress(subprocess.TimeoutExpired):
                session.wait(timeout=6)
                break
        assert session.wait(timeout=10) == 0
        assert marker.exists()  # the maintenance command, only after the right PIN
    finally:
        with contextlib.suppress(ProcessLookupError):  # the session's openbox, any kiosk
            os.killpg(session.pid, signal.SIGTERM)
        session.wait(timeout=10)
    assert "Traceback" not in log.read_text()


def test_the_cage_unit_is_a_valid_systemd_unit():
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    result = subprocess.run(["systemd-analyze", "verify",
                             str(RECIPE / "bodymap-kiosk-cage.service")],
                            capture_output=True, text=True, timeout=60)
    # Where cage or bodymap are not installed at their paths, it says so; nothing else.
    complaints = [line for line in result.stderr.splitlines()
                  if line.strip() and "is not executable" not in line]
    assert complaints == []
