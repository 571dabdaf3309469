"""A global zoom for large screens the system does not scale: on a 4K screen at 96 dpi
every label, button and panel would be drawn half the size it is meant to be. Before the
application object exists (Qt reads its scale factor only then), the X11 screen's size and
Xft.dpi are read through libX11; a screen at least 2000 px on its short side with no
system scaling gets QT_SCALE_FACTOR=2. A scale factor the user or the desktop set is never
overridden (decision 0034)."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import MutableMapping

LARGE_SHORT_SIDE = 2000  # px: 3840x2160 and larger; 2560x1440 stays at 1
SCALING_VARIABLES = ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS",
                     "QT_SCALE_FACTOR_ROUNDING_POLICY", "QT_ENABLE_HIGHDPI_SCALING",
                     "QT_AUTO_SCREEN_SCALE_FACTOR")


def zoom_for(width: int, height: int, system_dpi: float | None) -> int:
    """The whole-number zoom for a screen of this size in pixels: 2 for a large screen the
    system leaves at 96 dpi (or does not say), 1 otherwise."""
    if system_dpi is not None and system_dpi > 110:
        return 1  # the desktop scales already (Qt follows Xft.dpi)
    return 2 if min(width, height) >= LARGE_SHORT_SIDE else 1


def _x11_screen() -> tuple[int, int, float | None] | None:
    """The default X screen's width, height and Xft.dpi (None when unset), or None when
    there is no X display or no libX11."""
    if not os.environ.get("DISPLAY"):
        return None
    name = ctypes.util.find_library("X11")
    if name is None:
        return None
    try:
        x11 = ctypes.CDLL(name)
    except OSError:
        return None
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultScreen.argtypes = [ctypes.c_void_p]
    x11.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XGetDefault.restype = ctypes.c_char_p
    x11.XGetDefault.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        return None
    try:
        screen = x11.XDefaultScreen(display)
        width, height = x11.XDisplayWidth(display, screen), x11.XDisplayHeight(display, screen)
        raw = x11.XGetDefault(display, b"Xft", b"dpi")
        try:
            dpi = float(raw) if raw else None
        except ValueError:
            dpi = None
        return width, height, dpi
    finally:
        x11.XCloseDisplay(display)


def apply_screen_zoom(environment: MutableMapping[str, str] | None = None) -> int:
    """Set QT_SCALE_FACTOR for a large unscaled X11 screen; returns the zoom chosen (1 when
    nothing was changed). Call before the QApplication is made."""
    env = os.environ if environment is None else environment
    if env.get("QT_QPA_PLATFORM", "xcb") not in ("xcb", "") or env.get("WAYLAND_DISPLAY"):
        return 1  # offscreen tests; Wayland compositors scale by themselves
    if any(env.get(name) for name in SCALING_VARIABLES):
        return 1
    screen = _x11_screen()
    if screen is None:
        return 1
    zoom = zoom_for(*screen)
    if zoom > 1:
        env["QT_SCALE_FACTOR"] = str(zoom)
    return zoom
