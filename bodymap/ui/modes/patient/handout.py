"""The patient handout: two pages of vector PDF for one muscle (what to expect, aftercare
and the warning signs do not fit on one beside the figure; a test counts the pages), more
for a session's several, or the same on a printer. Nothing is ever cut: the text flows onto
further pages, and a clinic name or notes longer than the handout takes are refused before
anything is drawn (text_problem).

The figure is the map scene painted straight onto the page (vector), the text a
QTextDocument (fonts embedded by Qt's PDF engine). Patient register only: the summary, the
muscle's red flag (when to see a doctor first), what to expect, aftercare and the warning
signs — never needling technique.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from bodymap.atlas.reference import Reference
from bodymap.domain.atomic_write import WriteFailed
from bodymap.domain.model import MuscleSide
from bodymap.domain.text_marks import QT_TRANSLATE_NOOP
from bodymap.ui.map_pane.overlay import ReferralOverlay
from bodymap.ui.map_pane.scene import MapScene
from bodymap.ui.markup import escape
from bodymap.ui.modes.patient.patient_html import red_flag_html
from bodymap.ui.theme import DEFAULT_THEME

MARGIN_MM = 14
MAX_CLINIC_CHARS = 80  # one line of the header
MAX_NOTES_CHARS = 2000  # about a page of notes
FIGURE_SHARE = 0.40  # of the page's height, for the figure
MAX_MUSCLES = 8  # a session handout for more would no longer be read

Keys = MuscleSide | Sequence[MuscleSide]


def as_keys(keys: Keys) -> tuple[MuscleSide, ...]:
    """One muscle side or several (a session handout), without repeats, in the order given."""
    found = (keys,) if isinstance(keys, MuscleSide) else tuple(keys)
    found = tuple(dict.fromkeys(found))
    if not found:
        raise ValueError("a handout needs at least one muscle")
    if len(found) > MAX_MUSCLES:
        raise HandoutTextTooLong(f"a handout covers at most {MAX_MUSCLES} muscles, not "
                                 f"{len(found)}")
    return found


class HandoutTextTooLong(ValueError):
    """The clinic name or the notes are longer than the handout takes; str() says how much
    fits."""



# lupdate does not read inside f-strings: the texts translated inside them are
# marked here for extraction.
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("handout", "Notes from your clinician"),
    QT_TRANSLATE_NOOP("handout", "Why it can hurt here"),
    QT_TRANSLATE_NOOP("handout", "What is dry needling?"),
    QT_TRANSLATE_NOOP("handout", "What to expect from dry needling"),
    QT_TRANSLATE_NOOP("handout", "Afterwards"),
    QT_TRANSLATE_NOOP("handout", "Get help straight away if"),
)

def text_problem(clinic: str, notes: str) -> str | None:
    """Why this clinic name or these notes cannot go on a handout, saying how much fits; None
    when they can."""
    if len(clinic) > MAX_CLINIC_CHARS:
        return (f"the clinic name is {len(clinic)} characters; at most {MAX_CLINIC_CHARS} "
                "fit on the handout's header line")
    if "\n" in clinic or "\r" in clinic:
        return "the clinic name must be one line"
    if len(notes) > MAX_NOTES_CHARS:
        return (f"the notes are {len(notes):,} characters; at most {MAX_NOTES_CHARS:,} fit on "
                "the handout (shorten them, or give the rest to the patient separately)")
    return None

if TYPE_CHECKING:  # QtPrintSupport loads only when printing
    from PySide6.QtPrintSupport import QPrinter


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in US units, A4 everywhere else."""
    locale = locale or QLocale()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def handout_header_html(reference: Reference, key: Keys, clinic: str = "",
                        when: date | None = None) -> str:
    names = ", ".join(reference.dataset.muscle(k.muscle_id).display_name(k.side)
                      for k in as_keys(key))
    when = when or date.today()
    clinic_html = f"<b>{escape(clinic)}</b> · " if clinic else ""
    # The date in the interface's language ("4 December 2026", "4 diciembre 2026").
    day = QLocale().toString(QDate(when.year, when.month, when.day), "d MMMM yyyy")
    return (f"<p style='font-size:9pt;color:#5d6b78'>{clinic_html}{escape(day)}"
            "</p><p style='font-size:18pt;color:#24394d;font-weight:600'>"
            f"{escape(names)}</p>")


def handout_html(reference: Reference, key: Keys, clinic: str = "",
                 notes: str = "") -> str:
    """The handout's text. For several muscles (a session handout), each one's summary and
    red flag under its name; what to expect, aftercare, the warning signs and the notes once."""
    keys = as_keys(key)
    muscles = [reference.dataset.muscle(k.muscle_id) for k in keys]
    if len(keys) == 1:
        why = (f"<p>{escape(muscles[0].patient_summary)}</p>"
               + (red_flag_html(muscles[0].patient_red_flag, padding=6)
                  if muscles[0].patient_red_flag else ""))
    else:
        why = "".join(
            f"<p><b>{escape(m.display_name(k.side))}.</b> {escape(m.patient_summary)}</p>"
            + (red_flag_html(m.patient_red_flag, padding=6) if m.patient_red_flag else "")
            for k, m in zip(keys, muscles, strict=True))
    general = reference.general
    expect = general.page("what_to_expect").paragraphs
    # What dry needling is: the page's opening paragraph (what it is, and that nothing is
    # injected); the rest of the page is about who does it and acupuncture.
    what_it_is = general.page("what_is_dry_needling").paragraphs[:1]
    warnings = "".join(f"<li><b>{escape(w.sign)}</b> {escape(w.action)}</li>"
                       for w in general.warning_signs)
    aftercare = "".join(f"<li>{escape(a.text)}</li>" for a in general.aftercare)
    # The clinician's notes come first, in a box: what was done and agreed today is what
    # the patient looks for when they take the sheet out at home.
    notes_html = ("<table width='100%' cellpadding='6' style='background-color:#eef3f7; "
                  "border: 1px solid #c9d3dc;'><tr><td><h2>" + _tr("Notes from your clinician") + "</h2>"
                  + "".join(f"<p>{escape(line)}</p>" for line in notes.splitlines()
                            if line.strip())
                  + "</td></tr></table>") if notes.strip() else ""
    return f"""
<style>
 body {{ color: #1f2a33; }}
 h2 {{ font-size: 11.5pt; color: #24394d; margin: 9pt 0 2pt 0; }}
 p, li {{ font-size: 9.5pt; margin: 0 0 5pt 0; line-height: 115%; }}
 .meta {{ color: #5d6b78; font-size: 9pt; }}
</style>
{notes_html}
<h2>{QCoreApplication.translate("handout", "Why it can hurt here")}</h2>
{why}
<h2>{QCoreApplication.translate("handout", "What is dry needling?")}</h2>
{''.join(f'<p>{escape(p)}</p>' for p in what_it_is)}
<h2>{QCoreApplication.translate("handout", "What to expect from dry needling")}</h2>
{''.join(f'<p>{escape(p)}</p>' for p in expect)}
<h2>{QCoreApplication.translate("handout", "Afterwards")}</h2><ul>{aftercare}</ul>
<table width='100%' cellpadding='6' style='background-color:#fdf3e7; border: 1px solid #e8c9a0;'>
<tr><td><h2>{QCoreApplication.translate("handout", "Get help straight away if")}</h2><ul>{warnings}</ul></td></tr></table>
<p class='meta'>{_tr(DISCLAIMER)}</p>
"""


def render_handout(reference: Reference, key: Keys, device: QPrinter | QPdfWriter,
                   clinic: str = "", notes: str = "") -> int:
    """Paint the handout onto a PDF writer or printer; returns the number of pages. Raises
    HandoutTextTooLong (before painting anything) for text the handout does not take."""
    problem = text_problem(clinic, notes)
    if problem is not None:
        raise HandoutTextTooLong(problem)
    scene = MapScene(reference, DEFAULT_THEME)
    overlay = ReferralOverlay(scene)
    keys = as_keys(key)
    overlay.show_many(keys)
    # Markers keep a fixed size in screen pixels; on paper, scale them to the page's
    # resolution. The on-screen captions are replaced by printed ones under each figure.
    for item in scene.items():
        if isinstance(item, QGraphicsSimpleTextItem):
            item.setVisible(False)
        elif item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations:
            item.setScale(device.resolution() / 96)
    painter = QPainter(device)
    if not painter.isActive():  # the file or printer could not be opened
        raise OSError("the handout could not be started on this device")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_rect = device.pageLayout().paintRectPixels(device.resolution())
    page = QRectF(0, 0, paint_rect.width(), paint_rect.height())

    header = _document(device, page.width(), handout_header_html(reference, key, clinic))
    header.drawContents(painter)
    top = header.size().height() + page.height() * 0.01

    # The muscle and its pattern, cropped from the figures and drawn as vectors.
    views, source = _pattern_rect(scene, overlay, keys)
    box_height = page.height() * FIGURE_SHARE
    target = QRectF(0, top, page.width(), box_height)
    scale = min(target.width() / source.width(), target.height() / source.height())
    drawn = QRectF(0, 0, source.width() * scale, source.height() * scale)
    drawn.moveCenter(target.center())
    drawn.moveTop(top)
    scene.render(painter, drawn, source, Qt.AspectRatioMode.KeepAspectRatio)
    top = drawn.bottom() + page.height() * 0.004
    caption_height = 0.0
    for view in views:
        figure = scene.figures[view].scene_rect()
        left = drawn.left() + (figure.left() - source.left()) * scale
        caption = _document(device, figure.width() * scale, figure_caption(view))
        painter.save()
        painter.translate(left, top)
        caption.drawContents(painter)
        painter.restore()
        caption_height = max(caption_height, caption.size().height())
    top += caption_height + page.height() * 0.006
    legend = _document(device, page.width(), legend_html())
    painter.save()
    painter.translate(0, top)
    legend.drawContents(painter)
    painter.restore()
    top += legend.size().height() + page.height() * 0.01

    # The text, continued on further pages if it must: the warning signs and the disclaimer
    # are at its end and are never cut (text_problem bounds how many pages that can take).
    text = _document(device, page.width(), handout_html(reference, key, clinic, notes))
    pages, offset, height = 1, 0.0, page.height() - top
    while True:
        cut = _page_break(text, offset, offset + height)
        painter.save()
        painter.translate(0, top - offset)
        text.drawContents(painter, QRectF(0, offset, page.width(), cut - offset))
        painter.restore()
        offset = cut
        if offset >= text.size().height():
            break
        device.newPage()
        pages += 1
        top, height = 0.0, page.height()
    painter.end()
    return pages


def _page_break(document: QTextDocument, start: float, limit: float) -> float:
    """The lowest block boundary at or above `limit`, never inside a boxed table, so no line
    or box is cut in two."""
    if document.size().height() <= limit:
        return document.size().height()
    layout = document.documentLayout()
    boxes = [layout.frameBoundingRect(frame) for frame in document.rootFrame().childFrames()]
    cut = start
    block = document.begin()
    while block.isValid():
        bottom = layout.blockBoundingRect(block).bottom()
        inside_box = any(b.top() < bottom < b.bottom() for b in boxes)
        if bottom <= limit and not inside_box:
            cut = max(cut, bottom)
        block = block.next()
    for box in boxes:  # a box that fits whole on this page may end the page
        if start < box.bottom() <= limit:
            cut = max(cut, box.bottom())
    return cut if cut > start else limit


LEGEND_TEXT = QT_TRANSLATE_NOOP(
    "handout", "<b style='color:#b3261e'>Solid red</b>: where the pain is usually felt. "
               "<b>Striped</b>: where it may also be felt. <b>Circled cross</b>: where the knot "
               "usually is.")
LEGEND_STYLE = "<p style='font-size:8.5pt;color:#5d6b78' align='center'>{}</p>"
LEGEND_HTML = LEGEND_STYLE.format(LEGEND_TEXT)  # English (tests/test_readability.py)
DISCLAIMER = QT_TRANSLATE_NOOP(
    "handout", "This sheet is information, not medical advice. Ask your clinician about your "
               "own pain. Made with bodymap, an open reference that cites its sources.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("handout", text)


def legend_html() -> str:
    return LEGEND_STYLE.format(_tr(LEGEND_TEXT))


def figure_caption(view: str) -> str:
    return ("<p align='center' style='font-size:9pt;color:#24394d'>"
            + _tr(FIGURE_CAPTIONS[view]) + "</p>")


def _document(device: QPrinter | QPdfWriter, width: float, html: str) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # point sizes at the page's resolution
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    document.setHtml(html)
    return document


FIGURE_CAPTIONS = {
    "posterior": QT_TRANSLATE_NOOP("handout", "<b>Back</b> · your left side is on the left"),
    "anterior": QT_TRANSLATE_NOOP("handout", "<b>Front</b> · your left side is on the right"),
    "plantar": QT_TRANSLATE_NOOP("handout", "<b>Soles of the feet</b> · your left foot is on the left"),
}


def _pattern_rect(scene: MapScene, overlay: ReferralOverlay,
                  keys: Sequence[MuscleSide]) -> tuple[list[str], QRectF]:
    """The figures that carry the muscle or its pattern, whole in width, cropped in height
    to the pattern with room around it (at least a third of the body, so it stays
    recognisable)."""
    views = [name for name in scene.overview
             if any(key in scene.figures[name].muscles for key in keys)
             or any(v == name for v, _ in overlay.zone_paths)]
    if not views:
        # muscles drawn, with their whole patterns, on a close-up (the sole muscles): that
        # figure alone, whole
        name = scene.reference.dataset.muscle(keys[0].muscle_id).figure
        scene.show_figures(name)
        return [name], scene.figures[name].scene_rect()
    columns = QRectF()
    for name in views:
        figure = scene.figures[name].scene_rect()
        columns = columns.united(QRectF(figure.left(), 0, figure.width(), 1))
    pattern = overlay.bounding_rect()
    figure_height = scene.figures["posterior"].scene_rect().height()
    top, bottom = pattern.top(), pattern.bottom()
    minimum = figure_height / 3
    if bottom - top < minimum:
        grow = (minimum - (bottom - top)) / 2
        top, bottom = top - grow, bottom + grow
    margin = figure_height * 0.03
    body = scene.figure_rect("both")
    top, bottom = max(body.top() + 60, top - margin), min(body.bottom(), bottom + margin)
    return views, QRectF(columns.left(), top, columns.width(), bottom - top)


def write_handout_pdf(reference: Reference, key: Keys, output: Path, clinic: str = "",
                      notes: str = "", page_size: QPageSize | None = None) -> Path:
    """Write the handout as a PDF, all or nothing (domain/atomic_write.py): into a temporary
    file beside `output`, checked complete, then moved over it. Raises WriteFailed (one line
    for a person) or HandoutTextTooLong; on either, `output` is as it was."""
    from bodymap.domain.atomic_write import atomic_paths, check_target

    problem = text_problem(clinic, notes)
    if problem is not None:
        raise HandoutTextTooLong(problem)
    as_keys(key)  # more muscles than a handout takes: refused before anything is written
    output = check_target(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteFailed(f"cannot write {output}: {error.strerror}") from None
    with atomic_paths([output], verify=_complete_pdf) as (temporary,):
        _paint_pdf(reference, key, temporary, clinic, notes, page_size)
    return output


def _complete_pdf(temporary: Path, output: Path) -> None:
    """Qt's PDF writer reports no write errors: a full disk leaves a truncated file. A
    complete PDF starts with %PDF- and ends with %%EOF."""
    with open(temporary, "rb") as stream:
        start = stream.read(5)
        stream.seek(0, 2)
        size = stream.tell()
        stream.seek(max(0, size - 32))
        end = stream.read()
    if start != b"%PDF-" or b"%%EOF" not in end:
        raise WriteFailed(f"cannot write {output}: the PDF came out incomplete "
                          "(is the disk full?)")


def _paint_pdf(reference: Reference, key: Keys, path: Path, clinic: str, notes: str,
               page_size: QPageSize | None) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    names = ", ".join(reference.dataset.muscle(k.muscle_id).display_name(k.side)
                      for k in as_keys(key))
    writer.setTitle(f"{names} — "
                    "bodymap handout")
    writer.setCreator("bodymap")
    writer.setPageLayout(QPageLayout(page_size or page_size_for_locale(),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    render_handout(reference, key, writer, clinic, notes)
    # The writer closes its file when it is deleted; the check and the move come after.
    del writer
