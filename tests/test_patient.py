"""Patient view, 'About dry needling' pages and the printable handout: patient words only."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPrintSupport import QPrinter

from bodymap.domain.model import MuscleSide
from bodymap.domain.patient_words import PATIENT_FORBIDDEN
from bodymap.domain.structures import STRUCTURES


@pytest.fixture
def window(main_window):
    return main_window


def clinician_only_texts(muscle) -> list[str]:
    n = muscle.needling
    return [n.pneumothorax_reason, *n.precautions, *muscle.rule_out, muscle.latin,
            muscle.anatomy.attachments, muscle.anatomy.innervation,
            *(STRUCTURES[s] for s in n.structures_at_risk), muscle.confidence.note,
            *(t.location for t in muscle.trigger_points)]


def test_patient_view_is_one_click_away_and_back(qtbot, window):
    key = MuscleSide("levator_scapulae", "left")
    window.select(key)
    buttons = {b.property("mode"): b for b in window.mode_bar.group.buttons()}
    qtbot.mouseClick(buttons["patient"], Qt.MouseButton.LeftButton)
    assert window.side_stack.currentWidget() is window.modes.get("patient").panel
    assert not window.controls.isVisible()
    text = window.modes.get("patient").panel.toPlainText()
    assert "Left levator scapulae" in text
    assert window.reference.dataset.muscle("levator_scapulae").patient_summary in text
    assert window.overlay.trigger_point_items  # the pattern is drawn for the patient
    assert window.view.zoom > 1.0  # and drawn big
    qtbot.mouseClick(buttons["explore"], Qt.MouseButton.LeftButton)
    assert window.side_stack.currentWidget() is window.modes.get("explore").detail
    assert window.selection.current == key


def test_patient_view_never_shows_clinician_fields(window, reference):
    window.set_mode("patient")
    for key in reference.dataset.muscle_sides():
        window.select(key)
        shown = window.modes.get("patient").panel.toPlainText()
        muscle = reference.dataset.muscle(key.muscle_id)
        for text in clinician_only_texts(muscle):
            assert text not in shown, (key, text[:60])
        assert not PATIENT_FORBIDDEN.search(shown), (key, PATIENT_FORBIDDEN.search(shown))
        assert not re.search(r"\bneedl", shown.split("About dry needling")[0], re.I), key
        assert "Pneumothorax" not in shown and "Needling safety" not in shown


def test_about_dry_needling_pages(window, reference):
    window.set_mode("patient")
    panel = window.modes.get("patient").panel
    panel.anchorClicked.emit(QUrl("about:index"))
    titles = [p.title for p in reference.general.patient_pages]
    assert all(t in panel.toPlainText() for t in titles)
    for page in reference.general.patient_pages:
        panel.anchorClicked.emit(QUrl(f"about:{page.id}"))
        text = panel.toPlainText()
        assert page.title in text and page.paragraphs[0][:40] in text
        assert not PATIENT_FORBIDDEN.search(text), page.id
    panel.anchorClicked.emit(QUrl("about:safety"))
    assert reference.general.warning_signs[0].sign in panel.toPlainText()


def pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(path)).pages)


def test_handout_cli_writes_a_patient_pdf(tmp_path, reference):
    out = tmp_path / "handout.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "bodymap", "handout", "piriformis.right", "-o", str(out),
         "--clinic", "Riverside Physiotherapy", "--notes", "Stretch twice a day",
         "--paper", "a4"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    assert 1 <= len(reader.pages) <= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    fonts = [font.get_object() for page in reader.pages
             for font in page["/Resources"]["/Font"].values()]
    descriptors = [f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                   if "/DescendantFonts" in f else f.get("/FontDescriptor") for f in fonts]
    assert fonts and all(d is not None and any(k in d for k in ("/FontFile", "/FontFile2",
                                                                 "/FontFile3"))
                         for d in descriptors)  # every font embedded
    text = pdf_text(out)
    general = reference.general
    for expected in ("Right piriformis", "Riverside Physiotherapy", "Stretch twice a day",
                     "Afterwards", "Get help straight away if",
                     " ".join(general.aftercare[0].text.split()[:6]),
                     " ".join(general.warning_signs[0].sign.split()[:5])):
        assert expected in text, expected
    assert not PATIENT_FORBIDDEN.search(text), PATIENT_FORBIDDEN.search(text)
    muscle = reference.dataset.muscle("piriformis")
    for clinician_text in clinician_only_texts(muscle):
        assert " ".join(clinician_text.split()[:8]) not in text


def test_handout_prints_through_the_dialog_offscreen(qtbot, window, tmp_path, monkeypatch):
    window.select(MuscleSide("upper_trapezius", "left"))
    dialog = window.open_handout()
    qtbot.addWidget(dialog)
    dialog.clinic.setText("Harbour Clinic")
    target = tmp_path / "printed.pdf"

    def accept_with_pdf(print_dialog):
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return 1

    monkeypatch.setattr("bodymap.ui.modes.patient.handout_dialog.QPrintDialog.exec",
                        accept_with_pdf)
    dialog._ask_and_print()
    assert "Harbour Clinic" in pdf_text(target)
    saved = dialog.save_pdf(tmp_path / "saved.pdf")
    assert "Left upper trapezius" in pdf_text(saved)


def test_handout_needs_a_selection(window):
    assert window.open_handout() is None
    assert not window.mode_bar.handout_button.isEnabled()


def test_snapshot_of_the_patient_view(qtbot, reference, tmp_path):
    """The command line's picture is the window's: pixel for pixel what the same render
    gives in this process, at the size asked for, with a map and a panel on it."""
    from PySide6.QtGui import QImage

    from bodymap.ui.snapshot import render_snapshot

    out = tmp_path / "patient.png"
    result = subprocess.run(
        [sys.executable, "-m", "bodymap", "snapshot", "--mode", "patient", "--select",
         "levator_scapulae.left", "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    shot = QImage(str(out))
    assert (shot.width(), shot.height()) == (1366, 768)
    here = render_snapshot(reference, tmp_path / "here.png", mode="patient",
                           select=MuscleSide("levator_scapulae", "left"))
    assert shot == QImage(str(here))
    colours = {shot.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
    assert len(colours) > 100  # a drawn figure and text, not an empty window


def test_a_session_handout_covers_several_muscles_with_the_rest_once(tmp_path, reference):
    out = tmp_path / "session.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "bodymap", "handout", "levator_scapulae.left",
         "upper_trapezius.right", "piriformis.right", "-o", str(out), "--paper", "a4"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    for name in ("Left levator scapulae", "Right upper trapezius", "Right piriformis"):
        assert name in text, name
    for muscle_id in ("levator_scapulae", "upper_trapezius", "piriformis"):
        summary = reference.dataset.muscle(muscle_id).patient_summary
        assert " ".join(summary.split()[:6]) in text, muscle_id
    assert text.count("Get help straight away if") == 1
    assert text.count("Afterwards") == 1
    assert not PATIENT_FORBIDDEN.search(text)


def test_a_session_handout_draws_every_pattern(qapp, reference):
    from bodymap.ui.map_pane.scene import MapScene
    from bodymap.ui.map_pane.overlay import ReferralOverlay
    from bodymap.ui.theme import DEFAULT_THEME

    keys = [MuscleSide("levator_scapulae", "left"), MuscleSide("gluteus_minimus", "right")]
    overlay = ReferralOverlay(MapScene(reference, DEFAULT_THEME))
    overlay.show(keys[0])
    one = overlay.bounding_rect()
    overlay.show_many(keys)
    both = overlay.bounding_rect()
    assert both.contains(one) and both.height() > one.height() * 1.5  # neck to leg
    assert len(overlay.trigger_point_items) > len(
        reference.dataset.muscle("levator_scapulae").trigger_points)


def test_a_handout_takes_at_most_a_readable_number_of_muscles(tmp_path, reference):
    from bodymap.ui.modes.patient.handout import MAX_MUSCLES

    keys = [f"{m.id}.left" for m in reference.dataset.muscles[:MAX_MUSCLES + 1]]
    result = subprocess.run([sys.executable, "-m", "bodymap", "handout", *keys, "-o",
                             str(tmp_path / "x.pdf")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1 and f"at most {MAX_MUSCLES} muscles" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
