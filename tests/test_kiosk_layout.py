"""Kiosk screens of every shape: a portrait layout chosen by the screen's shape, nothing
clipped, the idle countdown only over a visitor's session and readable, printing that says
when it cannot print and is limited per visit, a figure on the home screen, body areas from
head to foot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QBoxLayout, QPushButton, QScrollArea

from bodymap.domain.kiosk_config import KioskConfig
from bodymap.domain.model import MuscleSide
from bodymap.ui.kiosk.window import AREA_NAMES, MAX_PRINTS_PER_VISIT, KioskWindow

SIZES = [(800, 1280), (1080, 1920), (1280, 800), (1280, 720), (1366, 768), (1920, 1080)]


def _kiosk(qtbot, reference, size, **config):
    window = KioskWindow(reference, KioskConfig(**config))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _clipped_buttons(window) -> list[str]:
    """Visible buttons that stick out of the window or are narrower than their words. In a
    scrolling list only the width counts: the list scrolls up and down by design."""
    frame = QRect(0, 0, window.width(), window.height())
    bad = []
    for button in window.findChildren(QPushButton):
        if not button.isVisible():
            continue
        box = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        scrolls = _in_scroll_area(button)
        outside = (box.left() < 0 or box.right() > frame.right() if scrolls
                   else not frame.contains(box))
        if outside or button.width() < button.sizeHint().width():
            bad.append(f"{button.text()!r} at {box}")
    return bad


def _in_scroll_area(widget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_nothing_is_clipped_on_any_screen(qtbot, reference, size):
    window = _kiosk(qtbot, reference, size, allow_printing=True, clinic_name="Riverside")
    assert (window.width(), window.height()) == size  # the layout does not widen the window
    assert not _clipped_buttons(window)
    window.start()
    window.select(MuscleSide("upper_trapezius", "left"))
    qtbot.wait(10)
    assert not _clipped_buttons(window)
    window.show_areas()
    qtbot.wait(10)
    assert not _clipped_buttons(window)
    assert window.view.width() > 200 and window.view.height() > 200


@pytest.mark.parametrize("size,portrait", [((1080, 1920), True), ((800, 1280), True),
                                           ((1280, 800), False), ((1920, 1080), False)])
def test_the_layout_follows_the_screens_shape(qtbot, reference, size, portrait):
    window = _kiosk(qtbot, reference, size)
    expected = (QBoxLayout.Direction.TopToBottom if portrait
                else QBoxLayout.Direction.LeftToRight)
    assert window.portrait is portrait
    assert window.explorer_layout.direction() == expected
    window.start()
    if portrait:  # map above the panel, both the full width
        assert window.view.mapTo(window, window.view.rect().bottomLeft()).y() <= \
            window.side.mapTo(window, window.side.rect().topLeft()).y()
        assert window.side.width() == window.width()


def test_still_there_never_shows_on_the_home_screen(qtbot, reference):
    window = _kiosk(qtbot, reference, (1366, 768), idle_seconds=90, countdown_seconds=10)
    now = [1000.0]
    window.idle._clock = lambda: now[0]
    window.idle.touch()
    now[0] += 85
    window.idle.tick()
    assert window.stack.currentWidget() is window.home
    assert not window.countdown.isVisible()
    now[0] += 10
    window.idle.tick()
    assert window.stack.currentWidget() is window.home
    assert not window.countdown.isVisible()


def test_still_there_card_is_opaque(qtbot, reference):
    window = _kiosk(qtbot, reference, (1366, 768), idle_seconds=90, countdown_seconds=10)
    window.start()
    window.select(MuscleSide("infraspinatus", "right"))
    window.idle.countdown.emit(5)
    assert window.countdown.isVisible() and "5 s" in window.countdown.text()
    card = window.countdown
    image = window.grab().toImage()
    corner = card.mapTo(window, card.rect().topLeft())
    # Just inside the rounded corner, left of the words: only the card's own colour.
    colour = QColor(image.pixel(corner.x() + 12, corner.y() + card.height() // 2))
    assert colour == QColor("#24394d")
    scrim = QColor(image.pixel(3, window.height() - 3))
    assert scrim.lightness() < 200  # the screen behind is dimmed, not left as it was


class _Printed:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, key) -> None:
        self.count += 1


def test_print_says_when_no_printer_is_available(qtbot, reference):
    window = _kiosk(qtbot, reference, (1366, 768), allow_printing=True)
    window.printer_available = lambda: False
    printed = _Printed()
    window.send_to_printer = printed
    window.start()
    window.select(MuscleSide("infraspinatus", "right"))
    window.print_handout()
    assert printed.count == 0
    assert "not available" in window.print_status.text()
    assert window.print_status.isVisible()


def test_prints_are_limited_per_visit_and_the_limit_resets_for_the_next(qtbot, reference):
    window = _kiosk(qtbot, reference, (1366, 768), allow_printing=True)
    window.printer_available = lambda: True
    printed = _Printed()
    window.send_to_printer = printed
    window.start()
    window.select(MuscleSide("infraspinatus", "right"))
    for _ in range(MAX_PRINTS_PER_VISIT + 2):
        window.print_handout()
    assert printed.count == MAX_PRINTS_PER_VISIT
    assert not window.print_button.isEnabled()
    assert "ask at the desk" in window.print_status.text()
    window.go_home()
    window.start()
    window.select(MuscleSide("infraspinatus", "right"))
    assert window.print_button.isEnabled()
    window.print_handout()
    assert printed.count == MAX_PRINTS_PER_VISIT + 1


def test_the_home_screen_shows_the_figure(qtbot, reference):
    window = _kiosk(qtbot, reference, (1366, 768))
    assert window.stack.currentWidget() is window.home
    figure = window.home_figure
    assert figure.isVisible() and figure.width() > 150 and figure.height() > 300
    assert figure.scene() is window.scene


def test_touching_the_home_figure_starts(qtbot, reference):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = _kiosk(qtbot, reference, (1366, 768))
    figure = window.home_figure
    QTest.mouseClick(figure.viewport(), Qt.MouseButton.LeftButton,
                     pos=figure.viewport().rect().center())
    assert window.stack.currentWidget() is window.explorer


def test_every_region_group_has_a_body_area_head_and_leg_among_them(reference):
    groups = {region.group for region in reference.dataset.regions.values()}
    assert groups <= set(AREA_NAMES), groups - set(AREA_NAMES)
    names = set(AREA_NAMES.values())
    assert "Head" in names and any("Leg" in name for name in names)
