"""A row of checkable tool buttons of which exactly one is chosen (modes, figures, layers,
drawing tools): one way to build them, so they label, announce and key alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QToolButton, QWidget

# (value, text, shortcut, tooltip or None for "text (shortcut)")
Choice = tuple[Any, str, str, str | None]


def add_choice_buttons(parent: QWidget, layout: QBoxLayout, choices: Sequence[Choice],
                       on_choose: Callable[[Any], None], value_property: str,
                       segmented: bool = False) -> QButtonGroup:
    """Add one button per choice to `layout`, the first one checked. Each button keeps its
    value in the Qt property `value_property`; `segmented` marks the first, middle and last
    buttons (property "segment") for the style sheet's joined look. A "&&" in a text shows
    one "&" and is written so in tooltips and accessible names."""
    group = QButtonGroup(parent)
    last = len(choices) - 1
    for index, (value, text, key, tip) in enumerate(choices):
        plain = text.replace("&&", "&")
        button = QToolButton(parent)
        button.setText(text)
        button.setCheckable(True)
        button.setShortcut(QKeySequence(key))
        button.setToolTip(tip or f"{plain} ({key})")
        button.setAccessibleName(plain)
        button.setProperty(value_property, value)
        if segmented:
            button.setProperty("segment", "first" if index == 0 else
                               "last" if index == last else "middle")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _=False, v=value: on_choose(v))
        group.addButton(button, index)
        layout.addWidget(button)
    group.button(0).setChecked(True)
    return group
