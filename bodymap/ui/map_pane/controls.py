"""The bar above the map: which figure, how deep, zoom, landmarks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from bodymap.domain.text_marks import QT_TRANSLATE_NOOP
from bodymap.ui.choice_buttons import add_choice_buttons

VIEWS = (("both", QT_TRANSLATE_NOOP("MapControls", "Back && front"), "B"),
         ("posterior", QT_TRANSLATE_NOOP("MapControls", "Back"), "P"),
         ("anterior", QT_TRANSLATE_NOOP("MapControls", "Front"), "F"),
         ("lateral", QT_TRANSLATE_NOOP("MapControls", "Head"), "H"),
         ("plantar", QT_TRANSLATE_NOOP("MapControls", "Soles"), "S"))
DEPTHS = ((None, QT_TRANSLATE_NOOP("MapControls", "All layers"), "A"),
          (1, QT_TRANSLATE_NOOP("MapControls", "Superficial"), "1"),
          (2, QT_TRANSLATE_NOOP("MapControls", "Intermediate"), "2"),
          (3, QT_TRANSLATE_NOOP("MapControls", "Deep"), "3"))


def _segment(parent: QWidget, layout: QHBoxLayout, title: str, options, on_pick) -> QButtonGroup:
    caption = QLabel(title, parent)
    caption.setObjectName("caption")
    layout.addWidget(caption)
    return add_choice_buttons(parent, layout,
                              [(value, QCoreApplication.translate("MapControls", text), key, None)
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
        self.framing_group = _segment(self, layout, self.tr("Figure"), VIEWS,
                                      self.framing_chosen.emit)
        layout.addSpacing(10)
        self.depth_group = _segment(self, layout, self.tr("Layers"), DEPTHS,
                                    self.depth_chosen.emit)
        layout.addSpacing(10)
        self.landmarks_button = QToolButton(self)
        self.landmarks_button.setText(self.tr("Landmarks"))
        self.landmarks_button.setCheckable(True)
        self.landmarks_button.setShortcut(QKeySequence("L"))
        self.landmarks_button.setToolTip(self.tr("Show bony landmarks (L)"))
        self.landmarks_button.setProperty("segment", "single")
        self.landmarks_button.toggled.connect(self.landmarks_toggled.emit)
        layout.addWidget(self.landmarks_button)
        layout.addStretch(1)
        self.captions = self.findChildren(QLabel, "caption")
        self._full_width: int | None = None  # measured, captions shown, at the first resize

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The captions ("Figure", "Layers") give way first when the bar is too narrow
        (1280x720 with the side panel open, or longer translated labels), so no button is
        squeezed below its text; the buttons keep their tooltips."""
        super().resizeEvent(event)
        if self._full_width is None:
            for caption in self.captions:
                caption.setVisible(True)
            self._full_width = self.sizeHint().width()
        wide = self.width() >= self._full_width
        for caption in self.captions:
            if caption.isVisibleTo(self) != wide:
                caption.setVisible(wide)

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
        for text, tip, signal in (("\u2212", self.tr("Zoom out (\u2212)"),
                                   self.zoom_out_requested),
                                  (self.tr("Fit"), self.tr("Fit the figures (0)"),
                                   self.zoom_reset_requested),
                                  ("+", self.tr("Zoom in (+)"), self.zoom_in_requested)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(signal.emit)
            layout.addWidget(button)
        self.adjustSize()
