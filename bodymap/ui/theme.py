"""Colours, pens and brushes: one place for the look of the map and the panels."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen


@dataclass(frozen=True)
class Theme:
    background: str = "#f3f1ee"
    skin: str = "#efdcca"
    skin_outline: str = "#a88a73"
    bone: str = "#b49f8e"
    contour: str = "#bfa08a"
    muscle_fill: tuple[str, str, str] = ("#c98e82", "#b97a70", "#a7695f")  # by layer 1..3
    muscle_outline: str = "#7c4a42"
    fibre: str = "#7c4a42"
    hover_fill: str = "#dba79b"
    selected_fill: str = "#e2b07a"
    selected_outline: str = "#6b2a16"
    essential: str = "#b3261e"
    spillover: str = "#b3261e"
    trp_ring: str = "#2b2b2b"
    trp_fill: str = "#ffffff"
    landmark: str = "#3c5a78"
    text: str = "#2a2522"
    muted_text: str = "#6a615b"
    accent: str = "#1f5f8b"
    danger: str = "#9b1c1c"
    focus_ring: str = "#0a6ccf"
    scroll_track: str = "#f4f1ed"
    scroll_handle: str = "#8a7f76"  # 3:1 or more against the track (WCAG 1.4.11)
    faded_opacity: float = 0.22
    # The panels and controls around the map (style.py).
    panel: str = "#ffffff"
    panel_alt: str = "#fbfaf8"  # the map's control strip and legend
    border: str = "#e2dcd5"
    control_border: str = "#cfc6bd"
    hover: str = "#f1ece6"
    selection: str = "#e4eef6"
    on_accent: str = "#ffffff"  # text on a checked (accent-coloured) button
    mode_bar: str = "#24394d"
    mode_bar_text: str = "#eef3f7"
    mode_bar_hover: str = "#33506b"
    danger_box: str = "#fbf0ef"  # the detail panel's needling-safety box
    danger_box_border: str = "#dcb0ab"
    warn_box: str = "#fdf3e7"  # the red-flag box
    warn_box_border: str = "#e8c9a0"
    dark: bool = False

    def muscle_brush(self, layer: int) -> QBrush:
        return QBrush(QColor(self.muscle_fill[layer - 1]))

    def muscle_pen(self, width: float = 1.0) -> QPen:
        """A hairline: Qt draws cosmetic pens up to 1 px on its fast path; wider ones are
        stroked as outlines first, which made up a sixth of the first frame."""
        pen = QPen(QColor(self.muscle_outline), width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def essential_brush(self) -> QBrush:
        color = QColor(self.essential)
        color.setAlphaF(0.62)
        return QBrush(color)

    def spillover_brush(self) -> QBrush:
        color = QColor(self.spillover)
        color.setAlphaF(0.9)
        return QBrush(color, Qt.BrushStyle.BDiagPattern)

    def spillover_wash(self) -> QBrush:
        color = QColor(self.spillover)
        color.setAlphaF(0.12)
        return QBrush(color)

    def cosmetic_pen(self, color: str, width: float, alpha: float = 1.0) -> QPen:
        c = QColor(color)
        c.setAlphaF(alpha)
        pen = QPen(c, width)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen


DEFAULT_THEME = Theme()

# For low vision: black line work on white, saturated zone colours, no faint greys. Every
# text colour meets WCAG AAA (7:1) on its background; tests check the ratios.
HIGH_CONTRAST_THEME = Theme(
    background="#ffffff",
    skin="#ffffff",
    skin_outline="#000000",
    bone="#000000",
    contour="#4d4d4d",
    muscle_fill=("#e0e0e0", "#c4c4c4", "#a8a8a8"),
    muscle_outline="#000000",
    fibre="#000000",
    hover_fill="#fff2a8",
    selected_fill="#ffd400",
    selected_outline="#000000",
    essential="#c00000",
    spillover="#c00000",
    trp_ring="#000000",
    trp_fill="#ffffff",
    landmark="#003a8c",
    text="#000000",
    muted_text="#1a1a1a",
    accent="#003a8c",
    danger="#9b0000",
    focus_ring="#0050ff",
    scroll_track="#ffffff",
    scroll_handle="#000000",
    faded_opacity=0.35,
    panel_alt="#ffffff",
    border="#000000",
    control_border="#000000",
    hover="#fff2a8",
    selection="#fff2a8",
)

# For a system in dark mode (the View menu's theme "System" follows it). Light line work on a
# dark ground; every text colour meets WCAG AA on the panels and the map's background, and the
# zone, pain and muscle colours stay apart under the three colour-vision deficiencies, as in
# the light theme (tests/test_accessibility.py).
DARK_THEME = Theme(
    background="#1d1f22",
    skin="#5b4a3e",
    skin_outline="#c9ad96",
    bone="#9d8a7b",
    contour="#8c7767",
    muscle_fill=("#7a4b43", "#6c4139", "#5e3831"),
    muscle_outline="#e0b1a6",
    fibre="#d9a79c",
    hover_fill="#9a6457",
    selected_fill="#b8864f",
    selected_outline="#ffd7b0",
    essential="#ff7f50",
    spillover="#ff7f50",
    trp_ring="#f2f2f2",
    trp_fill="#1d1f22",
    landmark="#8fc1e8",
    text="#ece8e4",
    muted_text="#b8b0a9",
    accent="#7dbbeb",
    danger="#ff8a80",
    focus_ring="#8fc1e8",
    scroll_track="#26292d",
    scroll_handle="#8c847d",
    faded_opacity=0.3,
    panel="#26292d",
    panel_alt="#2c2f34",
    border="#3d4147",
    control_border="#555a61",
    hover="#363a40",
    selection="#2f4a60",
    on_accent="#0e1b26",
    mode_bar="#15222e",
    mode_bar_text="#e6edf3",
    mode_bar_hover="#25394c",
    danger_box="#3b2626",
    danger_box_border="#7a4a45",
    warn_box="#3a3023",
    warn_box_border="#7a6445",
    dark=True,
)
