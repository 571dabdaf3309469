"""What bodymap remembers between runs (issue 26 point 1): QSettings in a temporary folder
(conftest), typed and checked reads, nothing at all in kiosk mode, "Reset settings"."""

from __future__ import annotations

from pathlib import Path

from bodymap.ui import app_settings as s
from bodymap.ui.app_settings import AppSettings


def test_settings_live_in_the_tests_folder_not_the_users(settings_folder):
    settings = AppSettings.open()
    assert Path(settings.file_name).is_relative_to(settings_folder)


def test_a_setting_is_remembered_by_the_next_run(qapp):
    first = AppSettings.open()
    first.set(s.CLINIC, "Riverside Physiotherapy")
    first.set(s.PAPER, "letter")
    first.set(s.TEXT_SIZE, 3)
    first.sync()
    again = AppSettings.open()
    assert again.get(s.CLINIC) == "Riverside Physiotherapy"
    assert again.get(s.PAPER) == "letter" and again.get(s.TEXT_SIZE) == 3


def test_a_value_that_is_not_allowed_reads_as_the_default(qapp, settings_folder):
    ini = Path(AppSettings.open().file_name)
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[handout]\npaper=tabloid\n[view]\ntext_size=huge\ntheme=neon\n",
                   encoding="utf-8")
    settings = AppSettings.open()
    assert settings.get(s.PAPER) == "auto"
    assert settings.get(s.TEXT_SIZE) == 0
    assert settings.get(s.THEME) == "system"


def test_the_kiosk_remembers_nothing(qapp, settings_folder):
    kiosk = AppSettings.disabled()
    kiosk.set(s.CLINIC, "should not be kept")
    kiosk.sync()
    assert kiosk.get(s.CLINIC) == "" and not kiosk.enabled
    assert AppSettings.open().get(s.CLINIC) == ""
    assert not any(settings_folder.rglob("*.ini"))


def test_reset_forgets_every_setting(qapp):
    settings = AppSettings.open()
    settings.set(s.CLINICIAN, "Dr A. Example")
    settings.set(s.EXPORT_FOLDER, "/tmp")
    settings.reset()
    again = AppSettings.open()
    assert again.get(s.CLINICIAN) == "" and again.get(s.EXPORT_FOLDER) == ""
