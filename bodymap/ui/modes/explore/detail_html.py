"""The detail panel's content as HTML (clinician register), built from a muscle entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bodymap.domain.landmarks import landmark_label
from bodymap.domain.model import (
    EMERGENCY_LEAD,
    Dataset,
    Muscle,
    MuscleSide,
    OtherPhenomenon,
    SelfCare,
    Source,
)
from bodymap.domain.structures import STRUCTURES
from bodymap.domain.text_marks import QT_TRANSLATE_NOOP
from bodymap.ui.markup import escape
from bodymap.ui.theme import Theme

RISK_COLOURS = {"none": "#2f6b3a", "low": "#7a5b00", "moderate": "#a04a00", "high": "#9b1c1c"}

STYLE = """
<style>
 body {{ color: {text}; }}
 h1 {{ font-size: 150%; margin: 0 0 2px 0; font-weight: 600; }}
 h2 {{ font-size: 112%; margin: 16px 0 4px 0; color: {accent}; font-weight: 600; }}
 .latin {{ color: {muted}; font-style: italic; }}
 .meta {{ color: {muted}; }}
 .trp {{ margin: 6px 0 2px 0; font-weight: 600; }}
 .zone {{ margin-left: 12px; }}
 .risk {{ color: white; font-weight: 700; padding: 1px 6px; }}
 .note {{ color: {muted}; }}
 a {{ color: {accent}; text-decoration: none; }}
 h2 a {{ color: {accent}; }}
 .toc {{ color: {muted}; margin: 6px 0 0 0; }}
 li {{ margin-bottom: 3px; }}
</style>
"""



# lupdate does not read inside f-strings: the texts translated inside them are
# marked here for extraction.
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("detail_html", "Needling safety"),
    QT_TRANSLATE_NOOP("detail_html", "Structures at risk:"),
    QT_TRANSLATE_NOOP("detail_html", "Precautions"),
    QT_TRANSLATE_NOOP("detail_html", "Trigger points and referred pain"),
    QT_TRANSLATE_NOOP("detail_html", "Anatomy"),
    QT_TRANSLATE_NOOP("detail_html", "Attachments:"),
    QT_TRANSLATE_NOOP("detail_html", "Action:"),
    QT_TRANSLATE_NOOP("detail_html", "Innervation:"),
    QT_TRANSLATE_NOOP("detail_html", "In plain words (for the patient)"),
    QT_TRANSLATE_NOOP("detail_html", "Red flag for the patient: could it be something else?"),
    QT_TRANSLATE_NOOP("detail_html", "Sources"),
    QT_TRANSLATE_NOOP("detail_html", "Trigger point reference"),
    QT_TRANSLATE_NOOP("detail_html", "Muscles A–Z"),
)
# Texts this module translates through _t() (lupdate reads only literal calls, so they are
# marked here).
_MARKED = (
    QT_TRANSLATE_NOOP("detail_html", "Go to:"),
    QT_TRANSLATE_NOOP("detail_html", "Also at this spot:"),
    QT_TRANSLATE_NOOP("detail_html", "By trigger point"),
    QT_TRANSLATE_NOOP("detail_html", "Landmarks: {names}"),
    QT_TRANSLATE_NOOP("detail_html", "■ Essential:"),
    QT_TRANSLATE_NOOP("detail_html", "▨ Spillover:"),
    QT_TRANSLATE_NOOP("detail_html", "Other ({kind}):"),
    QT_TRANSLATE_NOOP("detail_html", "Pneumothorax risk here: {level}"),
    QT_TRANSLATE_NOOP("detail_html", "Depth data:"),
    QT_TRANSLATE_NOOP("detail_html", "Named in the sources but not drawn: its site could not "
                                     "be pinned down."),
    QT_TRANSLATE_NOOP("detail_html", "Source note:"),
    QT_TRANSLATE_NOOP("detail_html", "hide how each source was read (second-hand, abstract "
                                     "only, not read first-hand)"),
    QT_TRANSLATE_NOOP("detail_html", "show how each source was read (second-hand, abstract "
                                     "only, not read first-hand)"),
    QT_TRANSLATE_NOOP("detail_html", "Source notes ({count})"),
    QT_TRANSLATE_NOOP("detail_html", "left"),
    QT_TRANSLATE_NOOP("detail_html", "right"),
    QT_TRANSLATE_NOOP("detail_html", "also called {names}"),
    QT_TRANSLATE_NOOP("detail_html", "drawn on the {figure} figure"),
)
BY_POINT_NOTE = QT_TRANSLATE_NOOP("detail_html", "(the muscle's grade is the highest of "
                                                 "these):")
RED_FLAG_TITLE = QT_TRANSLATE_NOOP("detail_html", "Red flag for the patient: could it be "
                                                  "something else?")
# Where a muscle is drawn, by figure.
FIGURE_WORDS = {"posterior": QT_TRANSLATE_NOOP("detail_html", "drawn on the back figure"),
                "anterior": QT_TRANSLATE_NOOP("detail_html", "drawn on the front figure"),
                "lateral": QT_TRANSLATE_NOOP("detail_html", "drawn on the side-of-the-head "
                                                            "figure"),
                "plantar": QT_TRANSLATE_NOOP("detail_html", "drawn on the soles figure")}
# Pneumothorax risk grades (the data's enum), in capitals as the badges show them.
RISK_WORDS = {"none": QT_TRANSLATE_NOOP("detail_html", "NONE"),
              "low": QT_TRANSLATE_NOOP("detail_html", "LOW"),
              "moderate": QT_TRANSLATE_NOOP("detail_html", "MODERATE"),
              "high": QT_TRANSLATE_NOOP("detail_html", "HIGH")}


def risk_word(risk: str) -> str:
    """A pneumothorax risk grade in the interface's language ('LOW', 'BAJO')."""
    return _t(RISK_WORDS[risk]) if risk in RISK_WORDS else risk.upper()


# Confidence grades (the data's enum), translated where shown.
CONFIDENCE = {"high": QT_TRANSLATE_NOOP("detail_html", "High"),
              "medium": QT_TRANSLATE_NOOP("detail_html", "Medium"),
              "low": QT_TRANSLATE_NOOP("detail_html", "Low")}

def style_html(theme: Theme) -> str:
    """The panel's stylesheet in the theme's colours."""
    return STYLE.format(text=theme.text, accent=theme.accent, muted=theme.muted_text)


def _items(values: tuple[str, ...]) -> str:
    if not values:
        return ""
    rows = "".join(f"<li>{escape(v)}</li>" for v in values)
    return f"<ul style='-qt-list-indent: 1;'>{rows}</ul>"


SOURCE_NOTES_LINK = "toggle:source-notes"
SECTION_TOGGLE = "toggle:section:"  # + section id: fold or unfold that section
SECTION_GOTO = "goto:section:"  # + section id: unfold it if folded and scroll to it
# The muscle entry's sections in reading order: id, heading, and the short name the table of
# contents at the top uses. The patient's words come first in the contents so they are one
# click away when the screen is turned towards the patient.
SECTIONS = (
    ("safety", QT_TRANSLATE_NOOP("detail_html", "Needling safety"), QT_TRANSLATE_NOOP("detail_html", "Safety")),
    ("trigger-points", QT_TRANSLATE_NOOP("detail_html", "Trigger points and referred pain"), QT_TRANSLATE_NOOP("detail_html", "Trigger points")),
    ("symptoms", QT_TRANSLATE_NOOP("detail_html", "Symptoms"), QT_TRANSLATE_NOOP("detail_html", "Symptoms")),
    ("activating", QT_TRANSLATE_NOOP("detail_html", "Activating factors"), QT_TRANSLATE_NOOP("detail_html", "Activating")),
    ("perpetuating", QT_TRANSLATE_NOOP("detail_html", "Perpetuating factors"), QT_TRANSLATE_NOOP("detail_html", "Perpetuating")),
    ("rule-out", QT_TRANSLATE_NOOP("detail_html", "Rule out first"), QT_TRANSLATE_NOOP("detail_html", "Rule out")),
    ("anatomy", QT_TRANSLATE_NOOP("detail_html", "Anatomy"), QT_TRANSLATE_NOOP("detail_html", "Anatomy")),
    ("patient", QT_TRANSLATE_NOOP("detail_html", "In plain words (for the patient)"), QT_TRANSLATE_NOOP("detail_html", "For the patient")),
    ("confidence", QT_TRANSLATE_NOOP("detail_html", "Confidence"), QT_TRANSLATE_NOOP("detail_html", "Confidence")),
    ("sources", QT_TRANSLATE_NOOP("detail_html", "Sources"), QT_TRANSLATE_NOOP("detail_html", "Sources")),
)
SECTION_IDS = tuple(section_id for section_id, _, _ in SECTIONS)


def section_heading(section_id: str, title: str, folded: bool) -> str:
    """A section's heading: an anchor to scroll to, and a link that folds or unfolds it."""
    arrow = "▸" if folded else "▾"
    return (f"<h2><a name='section-{section_id}'></a><a href='{SECTION_TOGGLE}{section_id}'>"
            f"{arrow} {escape(title)}</a></h2>")


def contents_html(present: list[str]) -> str:
    """The small table of contents under the muscle's name: the patient's words first."""
    short = {section_id: QCoreApplication.translate("detail_html", name)
             for section_id, _, name in SECTIONS}
    order = (["patient"] if "patient" in present else []) + [s for s in present
                                                             if s != "patient"]
    links = " · ".join(f"<a href='{SECTION_GOTO}{s}'>{escape(short[s])}</a>" for s in order)
    return f"<p class='toc'><b>{escape(_t('Go to:'))}</b> {links}</p>"


CLINICIAN_SAFETY_LINK = "general:clinician-safety"


def general_safety_line() -> str:
    """The link from a muscle (or the welcome page) to the clinician's general safety page."""
    title = QCoreApplication.translate("detail_html", "General needling safety:")
    topics = QCoreApplication.translate(
        "detail_html", "emergencies (pneumothorax, fainting, needle-stick), infection control, "
                       "needle count, bleeding and anticoagulants, cancer and lymphoedema, "
                       "contraindications")
    return (f"<p><b>{escape(title)}</b> <a href='{CLINICIAN_SAFETY_LINK}'>{escape(topics)}"
            "</a></p>")


def _risk_badge(risk: str, theme: Theme, text: str) -> str:
    colour = RISK_COLOURS.get(risk, theme.danger)
    return (f"<span class='risk' style='background-color:{colour}'>&nbsp;{escape(text)}"
            "&nbsp;</span>")


def _t(text: str) -> str:
    """Translate a text marked in this module (context "detail_html")."""
    return QCoreApplication.translate("detail_html", text)


def _other_html(other: OtherPhenomenon) -> str:
    """A referred phenomenon that is not pain; its kind and words are clinical content."""
    title = _t("Other ({kind}):").format(kind=other.kind)
    return f"<div class='zone'><b>{escape(title)}</b> {escape(other.description)}</div>"


def _emergency_lead() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("model", EMERGENCY_LEAD)


def english_content_note() -> str:
    """In a translated interface: say that the clinician's content is in English (it is
    never translated: docs/decisions/0036). Empty in English."""
    from PySide6.QtCore import QCoreApplication, QLocale

    if QLocale().language() == QLocale.Language.English:
        return ""
    note = QCoreApplication.translate(
        "detail_html", "Clinical content (anatomy, needling safety, sources) is in English.")
    return f"<p class='note'><i>{escape(note)}</i></p>"


def muscle_html(muscle: Muscle, side: str, dataset: Dataset, theme: Theme,
                also_here: list[MuscleSide] | None = None,
                show_source_notes: bool = False, general_link: bool = False,
                folded: frozenset[str] = frozenset()) -> str:
    """Everything a clinician needs on one muscle side, hazards first after the names.
    A small table of contents under the names leads to each section (the patient's words
    first); every section heading folds or unfolds it, and the sections in `folded` show
    only their heading. How each source was read (`accessed_via`) sits behind a "Source
    notes" link, collapsed unless `show_source_notes`; `general_link` adds the link to the
    clinician safety page."""
    translate = QCoreApplication.translate
    labels = {r.id: r.label for r in dataset.regions.values()}
    n = muscle.needling
    meta = [muscle.layer_title(translate),
            translate("detail_html", FIGURE_WORDS[muscle.figure]) if muscle.figure in
            FIGURE_WORDS else _t("drawn on the {figure} figure").format(figure=muscle.figure)]
    if muscle.synonyms:
        meta.append(_t("also called {names}").format(names=", ".join(muscle.synonyms)))
    head = [style_html(theme),
            f"<h1>{escape(muscle.display_name(side))}</h1>",
            f"<div class='latin'>{escape(muscle.latin)}</div>",
            english_content_note(),
            f"<div class='meta'>{escape(' · '.join(meta))}</div>"]
    if also_here:
        links = ", ".join(
            f"<a href='select:{k}'>{escape(dataset.muscle(k.muscle_id).display_name(k.side))}"
            f"</a> ({escape(dataset.muscle(k.muscle_id).layer_word(translate))})"
            for k in also_here)
        head.append(f"<p><b>{escape(_t('Also at this spot:'))}</b> {links}</p>")
    bodies: dict[str, str] = {}

    structures = ", ".join(escape(STRUCTURES.get(s, s)) for s in n.structures_at_risk)
    by_point = [f"{escape(t.label.split(' (')[0])}: {escape(risk_word(t.needling.pneumothorax_risk))}"
                for t in muscle.trigger_points if t.needling]
    bodies["safety"] = (
        "<table width='100%' cellspacing='0' cellpadding='9' "
        f"style='background-color:{theme.danger_box}; border: 1px solid "
        f"{theme.danger_box_border};'><tr><td>"
        "<p>" + _risk_badge(n.pneumothorax_risk, theme,
                            QCoreApplication.translate("detail_html", "Pneumothorax risk: {level}").format(
                                level=risk_word(n.pneumothorax_risk))) + "</p>"
        f"<p>{escape(n.pneumothorax_reason)}</p>"
        + (f"<p><b>{escape(_t('By trigger point'))}</b> "
           f"{escape(_t(BY_POINT_NOTE))} {'; '.join(by_point)}.</p>" if by_point else "")
        + (f"<p><b>{QCoreApplication.translate('detail_html', 'Structures at risk:')}</b> {structures}</p>" if structures else "")
        + (f"<p><b>{QCoreApplication.translate('detail_html', 'Precautions')}</b></p>{_items(n.precautions)}" if n.precautions
           else "")
        + (general_safety_line() if general_link else "")
        + "</td></tr></table>")

    points: list[str] = []
    for trp in muscle.trigger_points:
        points.append(f"<div class='trp'>{escape(trp.label)}</div>"
                      f"<div class='zone'>{escape(trp.location)}</div>")
        if trp.landmarks:
            names = ", ".join(landmark_label(n, dataset.landmark_labels, translate)
                              for n in trp.landmarks)
            points.append(f"<div class='zone note'>"
                          f"{escape(_t('Landmarks: {names}').format(names=names))}</div>")
        sides = trp.sides_note(translate)
        if sides:
            points.append(f"<div class='zone note'>{escape(sides)}</div>")
        for zone, mark in ((trp.essential, _t("■ Essential:")),
                           (trp.spillover, _t("▨ Spillover:"))):
            if zone.regions:
                names = ", ".join(escape(labels.get(r, r)) for r in zone.regions)
                points.append(f"<div class='zone'><b>{escape(mark)}</b> {names}</div>")
        for other in trp.other_phenomena:
            points.append(_other_html(other))
        if trp.needling:
            local = trp.needling
            points.append("<div class='zone'>"
                          + _risk_badge(local.pneumothorax_risk, theme,
                                        _t("Pneumothorax risk here: {level}").format(
                                            level=risk_word(local.pneumothorax_risk)))
                          + f" {escape(local.note)}</div>")
            if local.depth:
                points.append(f"<div class='zone'><b>{escape(_t('Depth data:'))}</b> "
                              f"{escape(local.depth)}</div>")
    for other in muscle.other_phenomena:
        not_drawn = _t("Named in the sources but not drawn: its site could not be pinned "
                       "down.")
        points.append(f"<div class='trp'>{escape(other.trigger_point or '')}</div>"
                      f"<div class='zone note'>{escape(not_drawn)}</div>" + _other_html(other))
    bodies["trigger-points"] = "".join(points)

    for section_id, values in (("symptoms", muscle.symptoms),
                               ("activating", muscle.activating_factors),
                               ("perpetuating", muscle.perpetuating_factors),
                               ("rule-out", muscle.rule_out)):
        if values:
            bodies[section_id] = _items(values)

    a = muscle.anatomy
    bodies["anatomy"] = "".join(
        f"<p><b>{escape(_t(title))}</b> {escape(text)}</p>"
        for title, text in (("Attachments:", a.attachments), ("Action:", a.action),
                            ("Innervation:", a.innervation)))
    patient = f"<p>{escape(muscle.patient_summary)}</p>"
    flag = muscle.patient_red_flag
    if flag is not None:
        patient += ("<table width='100%' cellspacing='0' cellpadding='9' "
                    f"style='background-color:{theme.warn_box}; border: 1px solid "
                    f"{theme.warn_box_border};'><tr><td>"
                    f"<p><b>{escape(_t(RED_FLAG_TITLE))}</b></p>"
                    f"<p>{escape(flag.see_a_doctor)}</p>"
                    f"<p>{escape(_emergency_lead())}</p>{_items(flag.urgent)}"
                    "</td></tr></table>")
    if muscle.patient_self_care is not None:
        patient += self_care_html(muscle.patient_self_care, muscle.cited_sources)
    bodies["patient"] = patient
    level = muscle.confidence.level
    level_words = _t(CONFIDENCE[level]) if level in CONFIDENCE else level.capitalize()
    bodies["confidence"] = (f"<p><b>{escape(level_words)}.</b> "
                            f"<span class='note'>{escape(muscle.confidence.note)}</span></p>")
    bodies["sources"] = sources_html([dataset.sources[k] for k in muscle.cited_sources],
                                     show_source_notes, heading=False)

    present = [section_id for section_id in SECTION_IDS if section_id in bodies]
    parts = [*head, contents_html(present)]
    titles = {section_id: QCoreApplication.translate("detail_html", title)
              for section_id, title, _ in SECTIONS}
    for section_id in present:
        is_folded = section_id in folded
        parts.append(section_heading(section_id, titles[section_id], is_folded))
        if not is_folded:
            parts.append(bodies[section_id])
    return "".join(parts)


SELF_CARE_HEADING = QT_TRANSLATE_NOOP("detail_html", "Self-care for the patient")
SELF_CARE_CITED = QT_TRANSLATE_NOOP("detail_html", "Sources: {numbers} (listed below).")


def self_care_html(care: SelfCare, cited: tuple[str, ...]) -> str:
    """The patient's self-care steps in the clinician's panel, with the numbers of the
    sources they follow in the list under Sources (which numbers `cited` in order)."""
    numbers = ", ".join(str(cited.index(key) + 1) for key in care.sources if key in cited)
    steps = "".join(f"<li>{escape(step)}</li>" for step in care.steps)
    return (f"<p><b>{escape(QCoreApplication.translate('detail_html', SELF_CARE_HEADING))}"
            f"</b></p><ol style='-qt-list-indent: 1;'>{steps}</ol>"
            f"<p class='note'>"
            + escape(QCoreApplication.translate("detail_html", SELF_CARE_CITED)
                     .format(numbers=numbers)) + "</p>")


def sources_html(sources: list[Source], show_notes: bool, heading: bool = True) -> str:
    """The numbered source list with addresses; how each was read shows only when asked."""
    rows = []
    for source in sources:
        text = escape(source.citation)
        if source.address:
            text += f" <span class='note'>{escape(source.address)}</span>"
        if show_notes and source.accessed_via:
            text += (f"<br><span class='note'><i>{escape(_t('Source note:'))}</i> "
                     f"{escape(source.accessed_via)}</span>")
        rows.append(f"<li>{text}</li>")
    noted = sum(1 for s in sources if s.accessed_via)
    toggle = ""
    if noted:
        arrow = "▾" if show_notes else "▸"
        explain = (_t("hide how each source was read (second-hand, abstract only, not read "
                      "first-hand)") if show_notes else
                   _t("show how each source was read (second-hand, abstract only, not read "
                      "first-hand)"))
        link = _t("Source notes ({count})").format(count=noted)
        toggle = (f"<p class='note'><a href='{SOURCE_NOTES_LINK}'>{arrow} {escape(link)}</a>"
                  f" — {escape(explain)}.</p>")
    listed = toggle + "<ol>" + "".join(rows) + "</ol>"
    return f"<h2>{escape(_t('Sources'))}</h2>" + listed if heading else listed


def welcome_html(dataset: Dataset, theme: Theme, general_link: bool = False) -> str:
    """What the panel shows before anything is selected: how to start, and an A-Z list."""
    by_name = sorted(dataset.muscles, key=lambda m: m.name)
    left, right = escape(_t("left")), escape(_t("right"))
    rows = "".join(
        f"<li>{escape(m.name)} — <a href='select:{m.id}.left'>{left}</a> · "
        f"<a href='select:{m.id}.right'>{right}</a></li>" for m in by_name)
    return (style_html(theme)
            + f"<h1>{QCoreApplication.translate('detail_html', 'Trigger point reference')}</h1><p>"
            + QCoreApplication.translate("detail_html", "Select a muscle on the map (click or tap) to see where its trigger points "
                 "lie, where they refer pain, and what to watch for when needling it.")
            + "</p><p class='note'>"
            + QCoreApplication.translate("detail_html", "Left and right are the <b>patient's</b> left and right. Use the layer "
                 "buttons to look beneath the superficial muscles.") + "</p>"
            + (general_safety_line() if general_link else "")
            + f"<h2>{QCoreApplication.translate('detail_html', 'Muscles A–Z')}</h2><ul>{rows}</ul><p class='note'>"
            + QCoreApplication.translate("detail_html", "A reference for trained clinicians and for education; it is not medical "
                 "advice. Referral patterns vary between people.") + "</p>")
