"""The handout says how long it is truthfully, and puts the clinician's notes first."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from bodymap.domain.model import MuscleSide
from bodymap.ui.modes.patient.handout import MARGIN_MM, handout_html, render_handout


def _pages(reference, key, tmp_path, notes="") -> int:
    writer = QPdfWriter(str(tmp_path / f"{key.muscle_id}.pdf"))
    writer.setResolution(150)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    return render_handout(reference, key, writer, "Riverside Physiotherapy", notes)


def test_every_handout_is_the_two_pages_it_says_it_is(qapp, reference, tmp_path):
    pages = {m.id: _pages(reference, MuscleSide(m.id, "left"), tmp_path)
             for m in reference.dataset}
    assert set(pages.values()) == {2}, {k: v for k, v in pages.items() if v != 2}


def test_the_clinicians_notes_come_before_everything_else(reference):
    html = handout_html(reference, MuscleSide("infraspinatus", "right"),
                        notes="Doorway stretch twice a day.")
    notes = html.index("Notes from your clinician")
    assert notes < html.index("Why it can hurt here") < html.index("Get help straight away")
    assert html.index("Doorway stretch") > notes


def test_the_dialog_previews_the_handout_as_it_will_print(qtbot, reference):
    from bodymap.ui.modes.patient.handout_dialog import HandoutDialog

    dialog = HandoutDialog(reference, MuscleSide("infraspinatus", "right"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview.updatePreview()
    assert dialog.preview.pageCount() == 2
    assert dialog.windowTitle() == "Handout: Right infraspinatus"
    dialog.notes.setPlainText("x" * 2500)  # more than the handout takes
    dialog.preview.updatePreview()
    assert "at most" in dialog.preview.toolTip()


def test_the_handout_says_what_dry_needling_is_before_what_to_expect(reference):
    html = handout_html(reference, MuscleSide("gluteus_medius", "left"))
    first = reference.general.page("what_is_dry_needling").paragraphs[0]
    from bodymap.ui.markup import escape

    assert html.index("What is dry needling?") < html.index(escape(first)) < \
        html.index("What to expect from dry needling")
