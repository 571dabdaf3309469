"""Layouts survive translation: every screen renders in a pseudo-translation (every string
about 40% longer, accented), the translated screens (the kiosk, study with every question
kind, its summary, comparison and progress chart, the explore panel, the patient view) show
no hard-coded English, the Spanish fits at 1280x720 without clipped labels, and a
right-to-left layout mirrors the widgets but never the anatomy."""

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


# -- study, explore and the patient view (issue 25: every string of these screens extracted) --

def plain_lines(rich: str) -> list[str]:
    """The lines a rich-text label or page shows, as plain text."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    return [line.strip() for line in document.toPlainText().splitlines() if line.strip()]


def untranslated_lines(rich: str) -> list[str]:
    """Lines with a letter but without the pseudo-translation's padding."""
    return [line for line in plain_lines(rich)
            if "·" not in line and any(c.isalpha() for c in line)]


def answer(session, question) -> None:
    from bodymap.domain.study.questions import QuestionKind

    if question.kind == QuestionKind.MUSCLE_TO_PATTERN:
        session.marked = set(session.bank.pattern(question.item_id, question.side).essential)
        session.check_marking()
    elif question.kind == QuestionKind.LANDMARK:
        x, y = session.bank.landmarks[question.view][question.landmark]
        session._graded(session.bank.grade_tap(question, (x + 300, y - 300), question.view))
    else:
        wrong = next(m for m in question.choices if m != question.item_id)
        session.choose(wrong)


STUDY_ITEMS = (("pattern_to_muscle", "masseter"), ("muscle_to_pattern", "upper_trapezius"),
               ("trigger_point_to_muscle", "infraspinatus"), ("landmark", "psis"))


def test_the_study_screens_show_no_untranslated_text(qtbot, pseudo):
    """Every question kind asked and answered, the summary, the comparison and the progress
    chart: the panel's labels, the prompts and the explanations the domain writes are all
    in the pseudo-translation."""
    import random

    from bodymap.domain.study.questions import QuestionKind, StudyItem

    window = main_window(qtbot, pseudo, "study")
    mode = window.modes.get("study")
    panel, session = mode.panel, mode.session
    english = [text for _, text in shown_texts(panel) if "·" not in text]
    assert not english, english
    assert not untranslated_lines(panel.feedback.text())
    questions = [session.bank.question(StudyItem(QuestionKind(kind), item), random.Random(2))
                 for kind, item in STUDY_ITEMS]
    session.questions, session.index, session.results = questions, -1, []
    session.next()
    for question in questions:
        assert session.question is question
        prompt = panel.prompt.text().splitlines()
        assert len(prompt) == 2 and all("·" in line for line in prompt), prompt
        assert not [t for _, t in shown_texts(panel) if "·" not in t and t != question.prompt]
        answer(session, question)
        QApplication.processEvents()
        assert "·" in session.result.explanation
        assert not untranslated_lines(panel.feedback.text()), panel.feedback.text()
        english = [text for _, text in shown_texts(panel) if "·" not in text]
        assert not english, english
        session.next()
    assert session.summary is not None  # the summary is showing
    assert not untranslated_lines(panel.feedback.text()), panel.feedback.text()
    panel.compare()
    assert not untranslated_lines(panel.compare_result.text())
    mode.show_progress()
    chart = mode.progress_chart
    qtbot.addWidget(chart)
    assert "·" in chart.windowTitle() and "·" in chart.caption.text()
    for side in ("left", "bottom"):
        assert "·" in chart.plot.getAxis(side).labelText
    assert not clipped(panel), clipped(panel)
    window.close()


def test_the_explore_panel_shows_no_untranslated_interface_text(qtbot, pseudo):
    """The clinician's content stays English by design (docs/decisions/0036); every label
    around it (headings, the meta line, bold labels, notes, the contents) is translated."""
    import re

    from bodymap.ui.modes.explore.clinician_html import clinician_safety_html
    from bodymap.ui.modes.explore.detail_html import muscle_html, welcome_html
    from bodymap.ui.theme import DEFAULT_THEME

    def labels(html: str) -> list[str]:
        """Bold labels, the meta line, headings and notes, each found on its own."""
        patterns = (r"<b>(.*?)</b>", r"<div class='meta'>(.*?)</div>", r"<h[12]>(.*?)</h[12]>",
                    r"<div class='zone note'>(.*?)</div>", r"<i>(.*?)</i>")
        return [re.sub(r"<[^>]+>", "", found).strip() for pattern in patterns
                for found in re.findall(pattern, html, re.S)]

    dataset = pseudo.dataset
    english = set()
    for muscle in dataset:
        html = muscle_html(muscle, "left", dataset, DEFAULT_THEME, also_here=[KEY],
                           show_source_notes=True, general_link=True)
        english |= {text for text in labels(html) if text and "·" not in text}
    # Also the sides note and the landmarks line of a trigger point, and the source notes.
    assert not english, sorted(english)[:20]
    welcome = welcome_html(dataset, DEFAULT_THEME, general_link=True)
    assert not untranslated_lines(welcome), untranslated_lines(welcome)
    safety = clinician_safety_html(pseudo.general, DEFAULT_THEME, back_link="back:muscle")
    assert "·" in headings(safety)[0]
    assert not [line for line in plain_lines(safety)[:3] if "·" not in line]
    window = main_window(qtbot, pseudo, "explore")
    assert "·" in window.modes.get("explore").detail.accessibleName()
    window.close()


def test_the_patient_view_shows_no_untranslated_text(qtbot, pseudo):
    """Everything the patient reads beside the map: interface text and patient content."""
    window = main_window(qtbot, pseudo, "patient")
    panel = window.modes.get("patient").panel
    assert not untranslated_lines(panel.toHtml())
    panel.show_about()
    assert not untranslated_lines(panel.toHtml())
    for page in pseudo.general.patient_pages:
        panel.show_about(page.id)
        assert not untranslated_lines(panel.toHtml()), page.id
    window.close()


@pytest.mark.parametrize("mode", ["study", "explore", "patient"])
def test_spanish_side_panels_fit_at_1280x720(qtbot, spanish, mode):
    window = main_window(qtbot, spanish, mode)
    panel = window.side_stack.currentWidget()
    if mode == "study":
        session = window.modes.get("study").session
        session.start(3)
        QApplication.processEvents()
    # The panel's Spanish (and its longest muscle name) does not push the window past the
    # screen: the study panel's muscle lists once made it 1322 pixels wide.
    assert window.width() == SIZE[0]
    assert not clipped(panel), clipped(panel)
    assert not clipped(window), clipped(window)
    window.close()


def test_right_to_left_mirrors_the_study_panel(qtbot, spanish, right_to_left):
    """Mirrored: each label sits right of its field; the panel still fits and answers."""
    window = main_window(qtbot, spanish, "study")
    panel = window.modes.get("study").panel
    label = panel.retention.parentWidget().findChildren(QLabel)
    aim = next(w for w in label if w.text() == "Recordar al menos")
    assert aim.mapTo(panel, aim.rect().center()).x() > \
        panel.retention.mapTo(panel, panel.retention.rect().center()).x()
    panel.session.start(3)
    QApplication.processEvents()
    assert not clipped(panel), clipped(panel)
    assert not window.grab().isNull()
    window.close()


@pytest.mark.parametrize("mode", ["explore", "patient"])
def test_right_to_left_keeps_the_text_panels_readable(qtbot, spanish, right_to_left, mode):
    """The panel moves to the other side of the map; its Spanish still reads left to right
    (the text's own direction), and nothing is clipped."""
    window = main_window(qtbot, spanish, mode)
    panel = window.side_stack.currentWidget()
    assert panel.mapTo(window, panel.rect().center()).x() < \
        window.view.mapTo(window, window.view.rect().center()).x()
    assert not clipped(window), clipped(window)
    assert not window.grab().isNull()
    window.close()


def test_the_spanish_explore_panel_words(spanish):
    """Risk grades, layers, landmarks, zones and the sides note in Spanish; the clinical
    sentences themselves stay English."""
    from bodymap.ui.modes.explore.detail_html import muscle_html
    from bodymap.ui.theme import DEFAULT_THEME

    dataset = spanish.dataset
    html = muscle_html(dataset.muscle("infraspinatus"), "left", dataset, DEFAULT_THEME)
    for words in ("Riesgo de neumotórax: BAJO", "Capa superficial · dibujado en la figura de "
                  "espalda", "Marcas óseas: Raíz de la espina del omóplato (T3)",
                  "■ Esencial:", "Parte delantera del hombro"):
        assert words in html, words
    assert "LOW" not in html and "layer" not in html
    crossing = next(m for m in dataset if any(t.sides_note() for t in m.trigger_points))
    html = muscle_html(crossing, "left", dataset, DEFAULT_THEME)
    assert "Se siente en los dos lados" in html or "se siente en los dos lados" in html


def test_the_spanish_study_panel_scrolls_rather_than_squeezing(qtbot, spanish):
    """A session's summary and a comparison together outgrow 720 pixels in Spanish: the
    panel keeps the height its wrapped text needs and scrolls (once the last rows of the
    comparison were squeezed out of sight)."""
    window = main_window(qtbot, spanish, "study")
    mode = window.modes.get("study")
    panel, session = mode.panel, mode.session
    session.start(3)
    while session.question is not None:
        answer(session, session.question)
        session.next()
    panel.compare()
    for _ in range(3):
        QApplication.processEvents()
    assert panel.height() >= panel.heightForWidth(panel.width()) - 1
    assert mode.side_widget.verticalScrollBar().maximum() > 0
    assert window.width() == SIZE[0]
    window.close()


@pytest.mark.parametrize("mode", ["study", "explore", "patient"])
def test_pseudo_translated_side_panels_fit_left_to_right_and_mirrored(qtbot, pseudo, mode):
    """The longer strings fit the side panel both ways round (the panel's buttons and
    labels; its rich text wraps)."""
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        QApplication.instance().setLayoutDirection(direction)
        try:
            window = main_window(qtbot, pseudo, mode)
            panel = window.side_stack.currentWidget()
            if mode == "study":
                window.modes.get("study").session.start(3)
                QApplication.processEvents()
            assert not clipped(panel), (direction, clipped(panel))
            assert not window.grab().isNull()
            window.close()
        finally:
            QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
