"""The application style sheet, derived from the theme."""

from __future__ import annotations

from bodymap.ui.theme import Theme


def stylesheet(theme: Theme) -> str:
    # Scroll bars are flat: Fusion paints its gradient bar afresh each time the panel's
    # content changes, 2-3 ms of every selection; a style-sheet bar is two filled rectangles.
    return f"""
QMainWindow, QSplitter {{ background: {theme.background}; }}
QSplitter::handle {{ background: {theme.border}; width: 1px; }}
#mapControls {{ background: {theme.panel_alt}; border-bottom: 1px solid {theme.border}; }}
#mapControls QLabel#caption {{ color: {theme.muted_text}; padding: 0 8px 0 4px; }}
#mapControls QToolButton {{
    color: {theme.text}; background: {theme.panel}; border: 1px solid {theme.control_border};
    padding: 5px 9px; min-height: 20px;
}}
#mapControls QToolButton[segment="first"] {{ border-top-left-radius: 6px; border-bottom-left-radius: 6px; }}
#mapControls QToolButton[segment="last"] {{ border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}
#mapControls QToolButton[segment="middle"], #mapControls QToolButton[segment="last"] {{ border-left: none; }}
#mapControls QToolButton[segment="single"] {{ border-radius: 6px; min-width: 22px; }}
#mapControls QToolButton:hover {{ background: {theme.hover}; }}
#mapControls QToolButton:checked {{ background: {theme.accent}; color: {theme.on_accent}; border-color: {theme.accent}; }}
#mapControls QToolButton:focus {{ outline: none; border: 2px solid {theme.accent}; }}
#zoomButtons QToolButton {{
    background: {theme.panel}; color: {theme.text}; border: 1px solid {theme.control_border};
    border-radius: 6px; min-width: 30px; min-height: 26px; font-size: 14px;
}}
#zoomButtons QToolButton:hover {{ background: {theme.hover}; }}
#legend {{ background: {theme.panel_alt}; border-top: 1px solid {theme.border}; }}
#legend QLabel#legendText {{ color: {theme.muted_text}; }}
#hoverLabel {{
    background: {theme.panel}; color: {theme.text}; border: 1px solid {theme.control_border};
    border-radius: 6px; padding: 4px 10px; font-weight: 600;
}}
#modeBar {{ background: {theme.mode_bar}; }}
#modeBar QLabel#appName {{ color: #ffffff; font-size: 15px; font-weight: 700; padding-right: 6px; }}
#modeBar QToolButton {{ color: {theme.mode_bar_text}; background: transparent; border: 2px solid transparent; border-radius: 6px; padding: 4px 12px; font-size: 13px; }}
#modeBar QToolButton:hover {{ background: {theme.mode_bar_hover}; }}
#modeBar QToolButton:checked {{ background: {theme.mode_bar_text}; color: {theme.mode_bar}; }}
#modeBar QToolButton:focus {{ border-color: #8fc1e8; }}
#modeBar QToolButton:disabled {{ color: #7d8fa0; }}
#painPanel {{ background: {theme.panel}; border-left: 1px solid {theme.border}; }}
#painPanel QLabel {{ color: {theme.text}; }}
#painPanel QLabel#panelTitle {{ font-size: 20px; font-weight: 600; }}
#painPanel QLabel#sectionTitle {{ font-size: 14px; font-weight: 600; color: {theme.accent}; padding-top: 6px; }}
#painPanel QLabel#hint {{ color: {theme.muted_text}; }}
#painPanel QToolButton {{ color: {theme.text}; background: {theme.panel}; border: 1px solid {theme.control_border}; padding: 5px 10px; }}
#painPanel QToolButton[segment="first"] {{ border-top-left-radius: 6px; border-bottom-left-radius: 6px; }}
#painPanel QToolButton[segment="last"] {{ border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}
#painPanel QToolButton[segment="middle"], #painPanel QToolButton[segment="last"] {{ border-left: none; }}
#painPanel QToolButton:checked {{ background: {theme.accent}; color: {theme.on_accent}; border-color: {theme.accent}; }}
#painPanel QListWidget {{ color: {theme.text}; background: {theme.panel}; border: 1px solid {theme.border}; border-radius: 6px; }}
#painPanel QListWidget::item {{ padding: 6px; border-bottom: 1px solid {theme.border}; }}
#painPanel QListWidget::item:selected {{ background: {theme.selection}; color: {theme.text}; }}
QScrollBar:vertical {{ background: {theme.scroll_track}; width: 12px; margin: 0; border: none; }}
QScrollBar:horizontal {{ background: {theme.scroll_track}; height: 12px; margin: 0; border: none; }}
QScrollBar::handle {{ background: {theme.scroll_handle}; border-radius: 4px; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 36px; }}
QScrollBar::handle:horizontal {{ min-width: 36px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {theme.text}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QTextBrowser {{ background: {theme.panel}; border: none; border-left: 1px solid {theme.border};
    color: {theme.text}; selection-background-color: {theme.accent}; }}
#patientPanel {{ background: #ffffff; color: #2a3440; }}
"""
