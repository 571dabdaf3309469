"""The clinician's general dry-needling safety page (clinician register only): in-clinic
emergencies, infection control, needle count, bleeding, cancer and lymphoedema, then the
contraindications, all cited. Patient screens never build this page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bodymap.domain.general import Cited, GeneralContent
from bodymap.ui.markup import escape
from bodymap.ui.modes.explore.detail_html import (
    CLINICIAN_SAFETY_LINK,
    english_content_note,
    sources_html,
    style_html,
)
from bodymap.ui.theme import Theme

__all__ = ["CLINICIAN_SAFETY_LINK", "clinician_safety_html"]


def _cited_items(items: tuple[Cited, ...], numbers: dict[str, int]) -> str:
    rows = []
    for item in items:
        refs = ", ".join(str(numbers[k]) for k in item.sources)
        rows.append(f"<li>{escape(item.text)} <span class='note'>[{refs}]</span></li>")
    return "<ul style='-qt-list-indent: 1;'>" + "".join(rows) + "</ul>"


def clinician_safety_html(general: GeneralContent, theme: Theme, back_link: str | None = None,
                          show_source_notes: bool = False) -> str:
    """General needling safety for clinicians; `back_link`, when given, is the href that
    returns to the muscle the reader came from."""
    c = general
    groups: list[tuple[str, tuple[Cited, ...]]] = [
        (topic.title, topic.items) for topic in c.clinician_safety]
    translate = QCoreApplication.translate
    groups += [(translate("clinician_html", "Contraindications graded absolute"),
                c.absolute_contraindications),
               (translate("clinician_html", "Contraindications graded relative"),
                c.relative_contraindications)]
    cited_keys = list(dict.fromkeys(k for _, items in groups for i in items for k in i.sources))
    cited_keys += [k for d in c.disagreements for k in d.sources if k not in cited_keys]
    numbers = {key: n for n, key in enumerate(cited_keys, start=1)}

    parts = [style_html(theme)]
    if back_link:
        back = translate("clinician_html", "← Back to the muscle")
        parts.append(f"<p><a href='{escape(back_link)}'>{escape(back)}</a></p>")
    title = translate("clinician_html", "Dry needling safety for clinicians")
    note = translate("clinician_html",
                     "For the treating clinician only; never shown on patient screens. Each "
                     "statement is cited; where the sources stop and practice habit begins, "
                     "the text says so. Follow the guideline and law that govern your own "
                     "practice.")
    parts.append(f"<h1>{escape(title)}</h1><p class='note'>{escape(note)}</p>"
                 + english_content_note())
    for title, items in groups:
        parts.append(f"<h2>{escape(title)}</h2>{_cited_items(items, numbers)}")
    if c.disagreements:
        rows = "".join(
            f"<li><b>{escape(d.topic)}:</b> {escape(d.text)} <span class='note'>"
            f"[{', '.join(str(numbers[k]) for k in d.sources)}]</span></li>"
            for d in c.disagreements)
        disagree = translate("clinician_html", "Where the sources disagree")
        parts.append(f"<h2>{escape(disagree)}</h2><ul style='-qt-list-indent: 1;'>"
                     f"{rows}</ul>")
    parts.append(sources_html([c.sources[k] for k in cited_keys], show_source_notes))
    return "".join(parts)
