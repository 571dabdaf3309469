"""View > Language: the main window rebuilt in the chosen language.

Every screen is built from translated strings and the translated reference, so rather than
re-translating each widget in place, the window is built again, taking along what the user
was looking at (mode, selection, framing, colours, text size, size and place). Whatever a
mode held in progress (a pain drawing, a study question) starts afresh, as after a restart.
"""

from __future__ import annotations

from collections.abc import Callable

from bodymap.atlas.reference import Reference
from bodymap.ui.app_settings import AppSettings
from bodymap.ui.language import (
    add_language_menu,
    install_language,
    remember_language,
    translated_reference,
)
from bodymap.ui.main_window import MainWindow
from bodymap.ui.theme import Theme


class MainWindowInLanguage:
    """Holds the main window and rebuilds it when a language is chosen."""

    def __init__(self, english: Reference, theme: Theme, language: str,
                 settings: AppSettings | None,
                 build: Callable[..., MainWindow] = MainWindow) -> None:
        self.english = english
        self.settings = settings
        self.build = build
        self.window = self._open(language, theme)

    def _open(self, language: str, theme: Theme) -> MainWindow:
        install_language(language)
        window = self.build(translated_reference(self.english, language), theme,
                            settings=self.settings)
        # View > Language, on the window this keeper can rebuild (snapshots and tests build
        # windows without it).
        window.view_menu.addSeparator()
        self.language_actions = add_language_menu(window.view_menu, window.reference.language,
                                                  self.switch)
        return window

    def switch(self, language: str) -> MainWindow:
        """Remember the choice and show the window again in `language`."""
        old = self.window
        if self.settings is not None:
            remember_language(self.settings, language)
        if language == old.reference.language:
            return old
        new = self._open(language, old.theme)
        new.set_text_scale(old.text_scale)
        new.setGeometry(old.geometry())
        if old.mode != new.mode:
            new.set_mode(old.mode)
        if old.selection.current is not None:
            new.select(old.selection.current)
        new.setWindowState(old.windowState())
        self.window = new
        if old.isVisible():
            new.show()
        old.close()
        old.deleteLater()
        return new
