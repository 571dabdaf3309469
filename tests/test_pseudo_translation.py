"""Layouts survive translation: every screen renders in a pseudo-translation (every string
about 40% longer, accented), the translated screens show no hard-coded English, the Spanish
fits at 1280x720 without clipped labels, and a right-to-left layout mirrors the widgets but
never the anatomy."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from bodymap import resources
from bodymap.domain.kiosk_config import KioskConfig
from bodymap.domain.model import MuscleSide
from bodymap.domain.progress import ProgressStore
from bodymap.domain.translations import translate_dataset, translate_general
from bodymap.ui.kiosk.window import KioskWindow
from bodymap.ui.language import install_language, translated_reference
from bodymap.ui.main_window import MainWindow
from tests.pseudo_locale import pseudo_content, write_pseudo_qm

SIZE = (1280, 720)
MODES = ("explore", "pain", "patient", "study")
KEY = MuscleSide("infraspinatus", "left")


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    return write_pseudo_qm(resources.UI_TRANSLATIONS_DIR / "bodymap_es.ts",
                           tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp, pseudo_qm, reference):
    """The pseudo-translation installed; yields the pseudo-translated reference."""
    install_language("en")
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    content = pseudo_content(reference)
    yield replace(reference, dataset=translate_dataset(reference.dataset, content),
                  general=translate_general(reference.general, content), language="xx")
    qapp.removeTranslator(translator)


def main_window(qtbot, reference, mode: str) -> MainWindow:
    window = MainWindow(reference, open_progress=lambda: (ProgressStore.in_memory(), None))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.set_mode(mode)
    window.select(KEY)
    QApplication.processEvents()
    return window


def kiosk(qtbot, reference, language: str = "en") -> KioskWindow:
    window = KioskWindow(reference, KioskConfig(allow_printing=True), language)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, text) for every visible plain-text label and button under `root`."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            text = widget.text()
        else:
            continue
        if any(c.isalpha() for c in text):
            found.append((widget, text))
    return found


def clipped(root: QWidget) -> list[str]:
    """Visible buttons and one-line labels narrower than their text needs."""
    out = []
    for widget, text in shown_texts(root):
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            out.append(f"{type(widget).__name__} {text!r}: needs {widget.sizeHint().width()} px, "
                       f"has {widget.width()}")
    return out


@pytest.mark.parametrize("mode", MODES)
def test_every_main_window_mode_renders_in_the_pseudo_translation(qtbot, pseudo, mode):
    window = main_window(qtbot, pseudo, mode)
    assert not window.grab().isNull()
    assert window.pane.legend.labels[0].text().startswith("[")
    buttons = [b.text() for b in window.mode_bar.group.buttons()]
    assert all(text.startswith("[") for text in buttons), buttons
    window.close()


def test_the_kiosk_shows_no_untranslated_text(qtbot, pseudo):
    """Hard-coded English would show here as text without the pseudo brackets."""
    window = kiosk(qtbot, pseudo)
    window.start()
    window.select(KEY)
    QApplication.processEvents()
    for screen in (window.home, window.explorer):
        window.stack.setCurrentWidget(screen)
        QApplication.processEvents()
        english = [text for widget, text in shown_texts(screen)
                   if "·" not in text and text not in ("English", "Español")
                   and widget.objectName() != "clinic"]
        assert not english, english
    assert "·" in window.panel.toPlainText()  # the patient text, pseudo-translated
    window.admin_exit()


def test_the_handout_renders_in_the_pseudo_translation(pseudo, tmp_path):
    from bodymap.ui.modes.patient.handout import write_handout_pdf

    path = write_handout_pdf(pseudo, KEY, tmp_path / "pseudo.pdf")
    assert path.stat().st_size > 10_000


@pytest.fixture
def spanish(qapp, reference):
    install_language("es")
    yield translated_reference(reference, "es")
    install_language("en")


def test_spanish_kiosk_labels_fit_at_1280x720(qtbot, spanish):
    window = kiosk(qtbot, spanish, "es")
    assert not clipped(window.home)
    window.start()
    window.select(KEY)
    QApplication.processEvents()
    assert not clipped(window.explorer)
    window.admin_exit()


@pytest.mark.parametrize("mode", ["explore", "patient"])
def test_spanish_main_window_bars_fit_at_1280x720(qtbot, spanish, mode):
    window = main_window(qtbot, spanish, mode)
    for bar in (window.mode_bar, window.pane.controls, window.pane.legend):
        assert not clipped(bar), clipped(bar)
    window.close()


@pytest.fixture
def right_to_left(qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("mode", MODES)
def test_right_to_left_mirrors_the_widgets_not_the_body(qtbot, reference, right_to_left, mode):
    window = main_window(qtbot, reference, mode)
    bar = window.mode_bar
    # Mirrored: the app's name now sits at the right of the bar, the handout button left.
    name = bar.findChild(QLabel, "appName")
    assert name.mapTo(bar, name.rect().center()).x() > \
        bar.handout_button.mapTo(bar, bar.handout_button.rect().center()).x()
    # Not mirrored: the figures are anatomy. The back figure stays left of the front one.
    view = window.view
    posterior = window.scene.figure_rect("posterior") if hasattr(
        window.scene, "figure_rect") else None
    if posterior is not None:
        anterior = window.scene.figure_rect("anterior")
        assert view.mapFromScene(posterior.center()).x() < view.mapFromScene(
            anterior.center()).x()
    # A click inside a muscle still selects it.
    if mode in ("explore", "patient"):
        window.selection.clear()
        shape = reference.atlas.view("posterior").muscles[KEY]
        item = window.scene.muscle_item(KEY)
        point = view.mapFromScene(item.mapToScene(QPointF(*shape.outline.interior_point)))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert window.selection.current == KEY
    assert not window.grab().isNull()
    window.close()


def test_right_to_left_kiosk_renders(qtbot, reference, right_to_left):
    window = kiosk(qtbot, reference)
    assert not window.grab().isNull()
    window.start()
    window.select(KEY)
    assert not window.grab().isNull()
    window.admin_exit()


def headings(html: str) -> list[str]:
    import re

    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h[12]>(.*?)</h[12]>", html, re.S)]


def test_every_heading_of_the_patient_screens_and_the_handout_is_translated(pseudo):
    """Headings are interface text or patient content: in the pseudo-translation each
    carries the padding. (lupdate cannot read inside f-strings; a heading written there
    without its mark would stay English and fail here.)"""
    from bodymap.ui.modes.explore.detail_html import muscle_html
    from bodymap.ui.modes.patient.handout import handout_html
    from bodymap.ui.modes.patient.patient_html import about_page_html, patient_muscle_html
    from bodymap.ui.theme import DEFAULT_THEME

    muscle = pseudo.dataset.muscle("masseter")
    pages = [patient_muscle_html(muscle, "left"), handout_html(pseudo, MuscleSide("masseter",
                                                                                  "left"),
                                                               notes="Hielo")]
    pages += [about_page_html(pseudo.general, p.id) for p in pseudo.general.patient_pages]
    pages.append(muscle_html(muscle, "left", pseudo.dataset, DEFAULT_THEME))
    found = [h for page in pages for h in headings(page)]
    assert len(found) > 20
    untranslated = [h for h in found if "·" not in h]
    assert not untranslated, untranslated
