"""Accessibility: keyboard alone, screen-reader names, high contrast, text size, contrast
ratios and colour-vision-deficiency distances, no motion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractAnimation, Qt
from PySide6.QtGui import QAccessible, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from bodymap.domain.model import MuscleSide
from bodymap.ui import colour
from bodymap.ui.modes.pain.session import PAIN_COLOUR
from bodymap.ui.shortcuts import SHORTCUTS
from bodymap.ui.theme import DARK_THEME, DEFAULT_THEME, HIGH_CONTRAST_THEME

THEMES = {"default": DEFAULT_THEME, "high contrast": HIGH_CONTRAST_THEME, "dark": DARK_THEME}


@pytest.fixture
def window(main_window):
    return main_window


def test_tab_reaches_the_map(window):
    window.mode_bar.group.button(0).setFocus()
    for _ in range(30):
        if window.view.hasFocus():
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.view.hasFocus()


def test_arrow_keys_walk_the_muscles_in_anatomical_order_and_between_sides(window,
                                                                            reference):
    window.view.setFocus()
    order = [m.id for m in reference.dataset]
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert window.keyboard.focused == MuscleSide(order[0], "left")
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert window.keyboard.focused == MuscleSide(order[1], "left")
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    assert window.keyboard.focused == MuscleSide(order[1], "right")
    QTest.keyClick(window.view, Qt.Key.Key_Up)
    assert window.keyboard.focused == MuscleSide(order[0], "right")
    QTest.keyClick(window.view, Qt.Key.Key_End)
    assert window.keyboard.focused == MuscleSide(order[-1], "right")
    assert window.keyboard.ring is not None and not window.keyboard.ring.path().isEmpty()
    assert window.selection.current is None  # moving is not selecting
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert window.selection.current == MuscleSide(order[-1], "right")
    QTest.keyClick(window.view, Qt.Key.Key_Home)
    QTest.keyClick(window.view, Qt.Key.Key_Space)
    assert window.selection.current == MuscleSide(order[0], "right")


def test_focusing_a_deep_muscle_reveals_its_layer(window, reference):
    window.scene.set_depth(1)
    window.keyboard.focus(MuscleSide("piriformis", "left"))
    assert window.scene.muscle_item(MuscleSide("piriformis", "left")).isVisible()


def test_escape_returns_from_the_panel_to_the_map(window):
    window.select(MuscleSide("rhomboids", "left"))
    window.modes.get("explore").detail.setFocus()
    QTest.keyClick(window.modes.get("explore").detail, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    assert window.selection.current is not None
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.selection.current is None


def bound_shortcuts(window) -> set[str]:
    keys: set[str] = set()
    for shortcut in window.findChildren(QShortcut):
        keys.add(shortcut.key().toString())
    for action in window.findChildren(type(window.high_contrast_action)):
        keys.update(s.toString() for s in action.shortcuts())
    for button in window.findChildren(QAbstractButton):
        keys.add(button.shortcut().toString())
    return keys


def test_every_listed_shortcut_is_bound(window):
    window.set_mode("pain")  # its tools have their own shortcuts
    window.set_mode("explore")
    bound = bound_shortcuts(window)
    navigation = {"Tab", "Down", "Up", "Left", "Right", "Home", "End", "Return"}
    for _section, keys, action in SHORTCUTS:
        text = QKeySequence(keys).toString()
        assert text in bound or keys in navigation, f"{keys} ({action}) is not bound"


def test_help_lists_the_shortcuts(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "shortcuts_dialog", None) is not None)
    from PySide6.QtWidgets import QTextBrowser

    text = window.shortcuts_dialog.findChild(QTextBrowser).toPlainText()
    assert "Focus the next muscle" in text and "High-contrast" in text


def test_every_muscle_has_an_accessible_name_and_role(window, reference):
    interface = QAccessible.queryAccessibleInterface(window.view)
    assert interface.childCount() == len(reference.dataset.muscle_sides())
    names = set()
    for index in range(interface.childCount()):
        child = interface.child(index)
        name = child.text(QAccessible.Text.Name)
        muscle = reference.dataset.muscle(child.key.muscle_id)
        assert name == f"{muscle.display_name(child.key.side)}, {muscle.layer_name} layer"
        assert child.role() == QAccessible.Role.Graphic
        assert child.rect().width() > 0
        names.add(name)
    assert "Left upper trapezius, superficial layer" in names


def test_selection_is_announced_and_named_in_the_title(window, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr("bodymap.ui.map_pane.accessibility.announce",
                        lambda widget, text: said.append(text))
    window.select(MuscleSide("upper_trapezius", "left"))
    assert said == ["Selected Left upper trapezius"]
    assert window.windowTitle() == "Left upper trapezius — bodymap"


def test_detail_panel_reads_in_order(window):
    window.select(MuscleSide("quadratus_lumborum", "right"))
    text = window.modes.get("explore").detail.toPlainText()
    headings = ["Right quadratus lumborum", "Needling safety",
                "Trigger points and referred pain", "Symptoms", "Rule out first", "Anatomy",
                "Sources"]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert window.modes.get("explore").detail.accessibleName() == "Muscle details"


def test_high_contrast_from_the_menu(window):
    window.select(MuscleSide("piriformis", "left"))
    window.high_contrast_action.trigger()
    assert window.theme is HIGH_CONTRAST_THEME
    assert window.view.backgroundBrush().color().name() == HIGH_CONTRAST_THEME.background
    item = window.scene.muscle_item(MuscleSide("gluteus_medius", "left"))
    assert item.brush().color().name() in HIGH_CONTRAST_THEME.muscle_fill
    assert window.overlay.trigger_point_items  # the selection survives the switch
    window.high_contrast_action.trigger()
    assert window.theme is DEFAULT_THEME


def test_text_scales_with_ctrl_plus_minus_and_the_system_font(window):
    base = window.modes.get("explore").detail.font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.modes.get("explore").detail.font().pointSizeF() > base
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.modes.get("explore").detail.font().pointSizeF() < base
    font = QApplication.font()
    try:
        bigger = type(font)(font)
        bigger.setPointSizeF(font.pointSizeF() * 1.5)
        QApplication.setFont(bigger)
        window.set_text_scale(1.0)
        detail = window.modes.get("explore").detail
        assert detail.font().pointSizeF() == pytest.approx(bigger.pointSizeF())
    finally:
        QApplication.setFont(font)


@pytest.mark.parametrize("name", THEMES)
def test_text_meets_wcag_aa_contrast(name):
    theme = THEMES[name]
    pairs = [(theme.text, panel) for panel in (theme.panel, theme.panel_alt, theme.hover,
                                               theme.selection)]
    pairs += [(theme.muted_text, theme.panel), (theme.accent, theme.panel),
              (theme.muted_text, theme.panel_alt),
              (theme.text, theme.background), (theme.muted_text, theme.background),
              (theme.on_accent, theme.accent),  # checked buttons
              ("#ffffff", theme.mode_bar), (theme.mode_bar_text, theme.mode_bar),  # mode bar
              (theme.mode_bar, theme.mode_bar_text),  # its checked button
              (theme.text, theme.danger_box), (theme.text, theme.warn_box),  # detail boxes
              (theme.accent, theme.danger_box), (theme.accent, theme.warn_box)]  # their links
    for foreground, background in pairs:
        assert colour.contrast_ratio(foreground, background) >= 4.5, (foreground, background)
    minimum = 7.0 if theme is HIGH_CONTRAST_THEME else 4.5
    assert colour.contrast_ratio(theme.text, theme.background) >= minimum
    # Non-text contrast (WCAG 1.4.11): the scroll bar's handle against its track.
    assert colour.contrast_ratio(theme.scroll_handle, theme.scroll_track) >= 3.0


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("vision", [None, "protanopia", "deuteranopia", "tritanopia"])
def test_zone_colours_stay_apart_under_colour_vision_deficiencies(name, vision):
    theme = THEMES[name]

    def seen(rgb):
        return rgb if vision is None else colour.simulate(rgb, vision)

    skin = colour.parse(theme.skin)
    essential = colour.blend(theme.essential, theme.skin, 0.62)
    pain = colour.blend(PAIN_COLOUR, theme.skin, 0.55)
    muscle = colour.parse(theme.muscle_fill[0])
    # ΔE 20 and more reads as a plainly different colour.
    assert colour.delta_e(seen(essential), seen(skin)) >= 20
    assert colour.delta_e(seen(pain), seen(skin)) >= 20
    assert colour.delta_e(seen(pain), seen(essential)) >= 20
    assert colour.delta_e(seen(essential), seen(muscle)) >= 10
    # Spillover is told apart by its hatching, not its colour (see the legend).


def test_the_app_uses_no_animation(window, reference):
    window.set_mode("patient")
    window.select(MuscleSide("scalenes", "left"))
    window.set_mode("pain")
    window.set_mode("explore")
    assert not QApplication.instance().findChildren(QAbstractAnimation)
    # Qt's main-window layout keeps a zero-length geometry animator: it moves, never glides.
    assert all(a.duration() == 0 for a in window.findChildren(QAbstractAnimation))
