"""The kiosk's language choice: offered on the home screen by the languages' own names,
applied to the interface and the patient texts, forgotten with the visitor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from bodymap.domain.kiosk_config import KioskConfig
from bodymap.domain.model import MuscleSide
from bodymap.ui.kiosk.window import KioskWindow
from bodymap.ui.language import SETTINGS_KEY, install_language


@pytest.fixture
def kiosk(qtbot, reference):
    install_language("en")
    window = KioskWindow(reference, KioskConfig(), "en")
    qtbot.addWidget(window)
    window.activate()
    qtbot.waitExposed(window)
    yield window
    window.admin_exit()
    install_language("en")


def home_title(kiosk) -> str:
    return kiosk.home.findChild(QLabel, "homeTitle").text()


def test_the_home_screen_offers_each_language_in_its_own_words(kiosk):
    assert [b.text() for b in kiosk.language_buttons.values()] == ["English", "Español"]
    assert kiosk.language_buttons["en"].isChecked()


def test_choosing_spanish_translates_the_screens_and_the_patient_texts(qtbot, kiosk,
                                                                       reference):
    kiosk.language_buttons["es"].click()
    assert kiosk.language == "es"
    assert home_title(kiosk) == "¿De dónde viene su dolor?"
    assert kiosk.stack.currentWidget() is kiosk.home
    # The new home screen shows Español chosen, in Spanish or not.
    assert kiosk.language_buttons["es"].isChecked()
    kiosk.start()
    kiosk.select(MuscleSide("masseter", "left"))
    text = kiosk.panel.toPlainText()
    assert "El masetero es el músculo grueso de masticar" in text
    assert "Llame ahora al número de emergencias" in text
    english = reference.dataset.muscle("masseter")
    assert english.patient_summary not in text


def test_the_next_visitor_starts_in_the_kiosks_own_language(kiosk):
    kiosk.language_buttons["es"].click()
    kiosk.start()
    kiosk.go_home()
    assert kiosk.language == "en"
    assert home_title(kiosk) == "Where does your pain come from?"
    assert kiosk.reference.dataset.muscle("masseter").name == "Masseter"


def test_a_kiosk_remembers_no_language(kiosk):
    from bodymap.ui.app_settings import LANGUAGE, AppSettings

    settings = AppSettings.open()
    settings.set(LANGUAGE, "")
    kiosk.language_buttons["es"].click()
    assert AppSettings.open().get(LANGUAGE) == ""
    assert QSettings().value(SETTINGS_KEY) is None


def test_the_muscle_list_sorts_in_the_chosen_language(kiosk):
    kiosk.language_buttons["es"].click()
    kiosk.start()
    kiosk.show_a_to_z()
    names = [b.text() for b in kiosk.browse.widget().findChildren(
        type(kiosk.language_buttons["es"]))]
    assert names[0].startswith("Abductor")
    assert "Trapecio superior" in names


def test_the_reset_to_the_kiosks_language_swaps_screens_already_built(kiosk):
    """A new visitor's reset must fit in one frame (issue 27): the English screens the
    kiosk started with come back as they were, not built again, and a language chosen
    before is not built twice either. Each set is laid out for the screen's shape."""
    english_home, english_map = kiosk.home, kiosk.scene
    kiosk.language_buttons["es"].click()
    spanish_home, spanish_map = kiosk.home, kiosk.scene
    assert spanish_home is not english_home
    kiosk.start()
    kiosk.select(MuscleSide("masseter", "left"))
    kiosk.go_home()
    assert (kiosk.home, kiosk.scene) == (english_home, english_map)
    assert kiosk.stack.currentWidget() is english_home
    assert kiosk.language_buttons["en"].isChecked()
    assert not kiosk.language_buttons["es"].isChecked()
    assert home_title(kiosk) == "Where does your pain come from?"
    kiosk.language_buttons["es"].click()
    assert (kiosk.home, kiosk.scene) == (spanish_home, spanish_map)
    assert kiosk.selected is None  # the earlier visitor's choice went with the reset
    assert home_title(kiosk) == "¿De dónde viene su dolor?"
    kiosk.resize(700, 1100)  # a portrait screen: the kept English set follows it too
    kiosk.go_home()
    assert kiosk.home_layout.direction() == kiosk.home_layout.Direction.TopToBottom
