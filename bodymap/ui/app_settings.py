"""What bodymap remembers between runs, in one place, over QSettings.

An INI file in the user's configuration folder (QSettings' UserScope: ~/.config/bodymap/
bodymap.ini on Linux, %APPDATA%\\bodymap\\bodymap.ini on Windows, ~/Library/Preferences on
macOS), the same on every platform and readable by a person. Values are checked when read:
a value of the wrong type, or one no longer offered (a removed language, say), reads as the
default, so a hand-edited or older file never stops the app.

A kiosk never remembers anything (it is shared by strangers): `AppSettings.disabled()`
answers every question with the default and writes nothing. The tests point QSettings at a
temporary folder (tests/conftest.py), so they never read or write the user's settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from bodymap.locations import APPLICATION, ORGANIZATION


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    choices: Sequence[object] | None = None  # the values allowed, when there is a short list


THEMES = ("system", "light", "dark", "high-contrast")
PAPERS = ("auto", "a4", "letter")

WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER = Setting("window/splitter", QByteArray())
MODE = Setting("view/mode", "explore")
FIGURE = Setting("view/figure", "both")
LAYER = Setting("view/layer", "all")
THEME = Setting("view/theme", "system", THEMES)
TEXT_SIZE = Setting("view/text_size", 0)  # points added to the base size; 0 = the default
LANGUAGE = Setting("view/language", "")  # empty: the system's
CLINIC = Setting("handout/clinic", "")
CLINICIAN = Setting("handout/clinician", "")
CONTACT = Setting("handout/contact", "")
PAPER = Setting("handout/paper", "auto", PAPERS)
EXPORT_FOLDER = Setting("export/folder", "")

ALL = (WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER, MODE, FIGURE, LAYER, THEME, TEXT_SIZE,
       LANGUAGE, CLINIC, CLINICIAN, CONTACT, PAPER, EXPORT_FOLDER)
TEXT_LIMIT = 500  # characters kept of a free-text setting


class AppSettings:
    """Typed access to the settings file. Use `open()` or `disabled()`."""

    def __init__(self, store: QSettings | None) -> None:
        self._store = store

    @classmethod
    def open(cls) -> AppSettings:
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                             ORGANIZATION, APPLICATION))

    @classmethod
    def disabled(cls) -> AppSettings:
        """For the kiosk: every read gives the default, nothing is written."""
        return cls(None)

    @property
    def enabled(self) -> bool:
        return self._store is not None

    @property
    def file_name(self) -> str | None:
        return self._store.fileName() if self._store is not None else None

    def get(self, setting: Setting):
        if self._store is None:
            return setting.default
        value = self._store.value(setting.key, setting.default)
        default = setting.default
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        if isinstance(default, bool):
            return value in (True, "true") if value is not default else default
        if isinstance(default, int):
            try:
                value = int(str(value))
            except (TypeError, ValueError):
                return default
        elif isinstance(default, str):
            if not isinstance(value, str):
                return default
            value = value[:TEXT_LIMIT]
        if setting.choices is not None and value not in setting.choices:
            return default
        return value

    def set(self, setting: Setting, value) -> None:
        if self._store is None:
            return
        if isinstance(value, str):
            value = value[:TEXT_LIMIT]
        self._store.setValue(setting.key, value)

    def reset(self) -> None:
        """Forget every setting (the File menu's "Reset settings")."""
        if self._store is not None:
            self._store.clear()
            self._store.sync()

    def sync(self) -> None:
        if self._store is not None:
            self._store.sync()
