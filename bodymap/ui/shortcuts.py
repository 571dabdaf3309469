"""Every keyboard shortcut, in one table: the Help window lists it and a test checks that
each one is really bound in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from bodymap.ui.markup import escape

SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    # (section, keys as QKeySequence text, what it does)
    ("Modes", "Ctrl+1", "Explore"),
    ("Modes", "Ctrl+2", "Where does it hurt?"),
    ("Modes", "Ctrl+3", "Patient view"),
    ("Modes", "Ctrl+4", "Study"),
    ("Modes", "Ctrl+P", "Print or save the patient handout for the selected muscle"),
    ("Map", "Tab", "Move between the toolbar, the map and the panel"),
    ("Map", "Down", "Focus the next muscle (head to pelvis, then the front)"),
    ("Map", "Up", "Focus the previous muscle"),
    ("Map", "Left", "Focus the same muscle on the patient's left"),
    ("Map", "Right", "Focus the same muscle on the patient's right"),
    ("Map", "Home", "Focus the first muscle"),
    ("Map", "End", "Focus the last muscle"),
    ("Map", "Return", "Select the focused muscle (Space too)"),
    ("Map", "Esc", "From a panel back to the map; on the map, clear the selection"),
    ("Map", "+", "Zoom in"),
    ("Map", "-", "Zoom out"),
    ("Map", "0", "Fit the figures"),
    ("Figures and layers", "B", "Back and front side by side"),
    ("Figures and layers", "P", "Back only"),
    ("Figures and layers", "F", "Front only"),
    ("Figures and layers", "H", "The head and neck from the side"),
    ("Figures and layers", "S", "The soles of the feet"),
    ("Figures and layers", "A", "All layers"),
    ("Figures and layers", "1", "Superficial layer"),
    ("Figures and layers", "2", "Intermediate layer"),
    ("Figures and layers", "3", "Deep layer"),
    ("Figures and layers", "L", "Show or hide the bony landmarks"),
    ("Where does it hurt?", "D", "Brush: paint where it hurts"),
    ("Where does it hurt?", "E", "Eraser"),
    ("Where does it hurt?", "T", "Tap whole regions"),
    ("Where does it hurt?", "Ctrl+Z", "Undo"),
    ("Where does it hurt?", "Ctrl+Shift+Z", "Redo (Ctrl+Y too)"),
    ("File", "Ctrl+O", "Open an exported pain drawing"),
    ("File", "Ctrl+Shift+S", "Export the pain drawing"),
    ("File", "Ctrl+P", "Handout for the selected muscle"),
    ("File", "Ctrl+Shift+A", "Add the selected muscle to the session handout"),
    ("File", "Ctrl+Shift+P", "The session handout (every muscle added)"),
    ("File", "Ctrl+Q", "Quit"),
    ("Reading", "Ctrl++", "Larger text in the panels"),
    ("Reading", "Ctrl+-", "Smaller text in the panels"),
    ("Reading", "Ctrl+0", "Text back to the system size"),
    ("Reading", "Ctrl+Shift+H", "High-contrast colours on or off"),
    ("Help", "F1", "This list of keyboard shortcuts"),
)


def shortcuts_html() -> str:
    rows, section = [], None
    for group, keys, action in SHORTCUTS:
        if group != section:
            rows.append(f"<tr><td colspan='2'><h3>{escape(group)}</h3></td></tr>")
            section = group
        rows.append(f"<tr><td width='150'><b>{escape(keys)}</b></td>"
                    f"<td>{escape(action)}</td></tr>")
    return f"<table cellpadding='3'>{''.join(rows)}</table>"


def shortcuts_dialog(parent: QWidget) -> QDialog:
    """The shortcut table in a window of its own: a reference card to keep beside the map,
    not a blocker."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard shortcuts — bodymap")
    dialog.resize(560, 640)
    layout = QVBoxLayout(dialog)
    text = QTextBrowser()
    text.setHtml(shortcuts_html())
    text.setAccessibleName("Keyboard shortcuts")
    layout.addWidget(text)
    dialog.setModal(False)
    return dialog
