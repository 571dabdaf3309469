"""The detail panel is navigable: a small table of contents under the name (the patient's
words first), sections that fold and unfold from their headings, source notes behind a
toggle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from bodymap.domain.model import MuscleSide
from bodymap.ui.modes.explore.detail_html import SECTION_GOTO, SECTION_TOGGLE, SECTIONS, muscle_html
from bodymap.ui.modes.explore.detail_panel import DetailPanel
from bodymap.ui.theme import DEFAULT_THEME

KEY = MuscleSide("upper_trapezius", "left")


@pytest.fixture
def panel(qtbot, reference):
    widget = DetailPanel(reference.dataset, DEFAULT_THEME, general=reference.general)
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    widget.show_muscle(KEY)
    return widget


def test_contents_sit_under_the_name_with_the_patients_words_first(reference):
    muscle = reference.dataset.muscle(KEY.muscle_id)
    html = muscle_html(muscle, "left", reference.dataset, DEFAULT_THEME)
    contents = html.index("Go to:")
    assert html.index("<h1>") < contents < html.index("<h2>")
    first_link = html.index(f"{SECTION_GOTO}patient", contents)
    for section_id, _, _ in SECTIONS:
        if section_id != "patient" and f"{SECTION_GOTO}{section_id}" in html:
            assert first_link < html.index(f"{SECTION_GOTO}{section_id}")


def test_every_section_heading_folds_it_and_the_fold_is_kept_for_the_next_muscle(panel,
                                                                                 reference):
    attachments = reference.dataset.muscle(KEY.muscle_id).anatomy.attachments
    assert attachments in panel.toPlainText()
    panel.anchorClicked.emit(QUrl(f"{SECTION_TOGGLE}anatomy"))
    assert attachments not in panel.toPlainText()
    assert "▸ Anatomy" in panel.toPlainText()
    other = MuscleSide("infraspinatus", "right")
    panel.show_muscle(other)
    assert reference.dataset.muscle("infraspinatus").anatomy.attachments not in \
        panel.toPlainText()
    panel.anchorClicked.emit(QUrl(f"{SECTION_TOGGLE}anatomy"))
    assert reference.dataset.muscle("infraspinatus").anatomy.attachments in panel.toPlainText()


def test_the_patient_summary_is_one_click_away(panel, reference):
    summary = reference.dataset.muscle(KEY.muscle_id).patient_summary
    assert panel.verticalScrollBar().value() == 0
    panel.anchorClicked.emit(QUrl(f"{SECTION_GOTO}patient"))
    assert panel.verticalScrollBar().value() > 0
    start = panel.cursorForPosition(panel.viewport().rect().topLeft()).position()
    end = panel.cursorForPosition(panel.viewport().rect().bottomLeft()).position()
    assert summary[:40] in panel.toPlainText()[start:end]  # on screen, not just in the text


def test_going_to_a_folded_section_unfolds_it(panel, reference):
    panel.toggle_section("patient")
    summary = reference.dataset.muscle(KEY.muscle_id).patient_summary
    assert summary not in panel.toPlainText()
    panel.go_to_section("patient")
    assert summary in panel.toPlainText()
    assert "patient" not in panel.folded


def test_source_notes_stay_behind_their_toggle(panel, reference):
    muscle = reference.dataset.muscle(KEY.muscle_id)
    notes = [reference.dataset.sources[k].accessed_via for k in muscle.cited_sources
             if reference.dataset.sources[k].accessed_via]
    assert notes, "this test needs a muscle with a source note"
    assert notes[0] not in panel.toPlainText()
    panel.toggle_source_notes()
    assert notes[0] in panel.toPlainText()
