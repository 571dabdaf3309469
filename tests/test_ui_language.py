"""The interface's language: the translators (bodymap's and Qt's own), how the language is
chosen and remembered, and the compiled translations being current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from bodymap.ui.language import (
    chosen_language,
    install_language,
    remember_language,
    remembered_language,
    system_language,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def spanish(qapp):
    loaded = install_language("es")
    yield loaded
    install_language("en")


@pytest.fixture
def settings(tmp_path):
    from bodymap.ui.app_settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_the_compiled_translations_are_current_and_finished():
    """The .ts files hold every string of the code and the .qm files are compiled from them
    (scripts/update-translations.py --check; lupdate reports zero unfinished)."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update-translations.py"),
                             "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_spanish_loads_bodymap_and_qt_translations(spanish):
    names = sorted(Path(p).name for p in spanish)
    assert names == ["bodymap_es.qm", "qtbase_es.qm"]
    # Qt's own dialogs' buttons come from qtbase_es.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish


def test_english_removes_the_translators(qapp):
    install_language("es")
    assert install_language("en") == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_right_to_left_language_mirrors_the_layout(qapp):
    from PySide6.QtCore import Qt

    install_language("ar")  # no translation files: only the direction changes
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install_language("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("locale, expected", [("es_ES", "es"), ("es_MX", "es"),
                                              ("de_DE", "en"), ("en_GB", "en")])
def test_the_system_language_is_used_when_bodymap_has_it(locale, expected):
    assert system_language(QLocale(locale)) == expected


def test_the_command_line_beats_the_remembered_choice(settings):
    remember_language(settings, "es")
    assert remembered_language(settings) == "es"
    assert chosen_language("en", settings) == "en"
    assert chosen_language(None, settings) == "es"


def test_a_kiosk_ignores_remembered_choices(settings, monkeypatch):
    remember_language(settings, "es")
    monkeypatch.setattr("bodymap.ui.language.system_language", lambda locale=None: "en")
    assert chosen_language(None, None) == "en"


def test_nonsense_in_the_settings_is_ignored(settings):
    from bodymap.ui.app_settings import LANGUAGE

    settings.set(LANGUAGE, "klingon")
    assert remembered_language(settings) is None
    settings.set(LANGUAGE, 42)
    assert remembered_language(settings) is None


def test_choosing_a_language_in_the_view_menu_rebuilds_the_window_and_remembers(
        qtbot, reference, settings):
    from bodymap.domain.model import MuscleSide
    from bodymap.ui.language_switch import MainWindowInLanguage
    from bodymap.ui.theme import DEFAULT_THEME

    windows = MainWindowInLanguage(reference, DEFAULT_THEME, "en", settings)
    old = windows.window
    qtbot.addWidget(old)
    old.show()
    old.set_mode("patient")
    key = MuscleSide("masseter", "left")
    old.select(key)
    windows.language_actions["es"].trigger()
    new = windows.window
    qtbot.addWidget(new)
    try:
        assert new is not old
        assert remembered_language(settings) == "es"
        assert new.reference.language == "es"
        assert new.mode == "patient" and new.selection.current == key
        assert new.view_menu.title() == "&Ver"
        assert "Masetero, lado izquierdo" in new.current.side_widget.toPlainText()
        assert windows.language_actions["es"].isChecked()
    finally:
        install_language("en")
