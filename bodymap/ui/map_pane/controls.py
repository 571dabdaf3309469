"""The bar above the map: which figure, how deep, zoom, landmarks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from bodymap.ui.choice_buttons import add_choice_buttons

VIEWS = (("both", "Back && front", "B"), ("posterior", "Back", "P"), ("anterior", "Front", "F"),
         ("lateral", "Head", "H"), ("plantar", "Soles", "S"))
DEPTHS = ((None, "All layers", "A"), (1, "Superficial", "1"), (2, "Intermediate", "2"),
          (3, "Deep", "3"))


def _segment(parent: QWidget, layout: QHBoxLayout, title: str, options, on_pick) -> QButtonGroup:
    caption = QLabel(title, parent)
    caption.setObjectName("caption")
    layout.addWidget(caption)
    return add_choice_buttons(parent, layout, [(value, text, key, None)
                                               for value, text, key in options],
                              on_pick, "value", segmented=True)


class MapControls(QWidget):
    framing_chosen = Signal(str)
    depth_chosen = Signal(object)  # int 1-3 or None
    landmarks_toggled = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapControls")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.framing_group = _segment(self, layout, "Figure", VIEWS, self.framing_chosen.emit)
        layout.addSpacing(18)
        self.depth_group = _segment(self, layout, "Layers", DEPTHS, self.depth_chosen.emit)
        layout.addSpacing(18)
        self.landmarks_button = QToolButton(self)
        self.landmarks_button.setText("Landmarks")
        self.landmarks_button.setCheckable(True)
        self.landmarks_button.setShortcut(QKeySequence("L"))
        self.landmarks_button.setToolTip("Show bony landmarks (L)")
        self.landmarks_button.setProperty("segment", "single")
        self.landmarks_button.toggled.connect(self.landmarks_toggled.emit)
        layout.addWidget(self.landmarks_button)
        layout.addStretch(1)

    def set_framing(self, which: str) -> None:
        for button in self.framing_group.buttons():
            if button.property("value") == which:
                button.setChecked(True)

    def set_depth(self, depth: int | None) -> None:
        for button in self.depth_group.buttons():
            if button.property("value") == depth:
                button.setChecked(True)


class ZoomButtons(QWidget):
    """Zoom out / fit / zoom in, floating in the corner of the map like a map app's."""

    zoom_in_requested = Signal()
    zoom_out_requested = Signal()
    zoom_reset_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("zoomButtons")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for text, tip, signal in (("\u2212", "Zoom out (\u2212)", self.zoom_out_requested),
                                  ("Fit", "Fit the figures (0)", self.zoom_reset_requested),
                                  ("+", "Zoom in (+)", self.zoom_in_requested)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(signal.emit)
            layout.addWidget(button)
        self.adjustSize()
