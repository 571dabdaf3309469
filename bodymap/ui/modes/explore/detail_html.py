"""The detail panel's content as HTML (clinician register), built from a muscle entry."""

from __future__ import annotations

from bodymap.domain.landmarks import landmark_label
from bodymap.domain.model import (
    EMERGENCY_LEAD,
    LAYER_NAMES,
    Dataset,
    Muscle,
    MuscleSide,
    Source,
)
from bodymap.domain.structures import STRUCTURES
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
 li {{ margin-bottom: 3px; }}
</style>
"""


def style_html(theme: Theme) -> str:
    """The panel's stylesheet in the theme's colours."""
    return STYLE.format(text=theme.text, accent=theme.accent, muted=theme.muted_text)


def _items(values: tuple[str, ...]) -> str:
    if not values:
        return ""
    rows = "".join(f"<li>{escape(v)}</li>" for v in values)
    return f"<ul style='-qt-list-indent: 1;'>{rows}</ul>"


SOURCE_NOTES_LINK = "toggle:source-notes"
CLINICIAN_SAFETY_LINK = "general:clinician-safety"
GENERAL_SAFETY_LINE = (f"<p><b>General needling safety:</b> <a href='{CLINICIAN_SAFETY_LINK}'>"
                       "emergencies (pneumothorax, fainting, needle-stick), infection control, "
                       "needle count, bleeding and anticoagulants, cancer and lymphoedema, "
                       "contraindications</a></p>")


def _risk_badge(risk: str, theme: Theme, text: str) -> str:
    colour = RISK_COLOURS.get(risk, theme.danger)
    return (f"<span class='risk' style='background-color:{colour}'>&nbsp;{escape(text)}"
            "&nbsp;</span>")


def muscle_html(muscle: Muscle, side: str, dataset: Dataset, theme: Theme,
                also_here: list[MuscleSide] | None = None,
                show_source_notes: bool = False, general_link: bool = False) -> str:
    """Everything a clinician needs on one muscle side, hazards first after the names.
    How each source was read (`accessed_via`) sits behind a "Source notes" link, collapsed
    unless `show_source_notes`; `general_link` adds the link to the clinician safety page."""
    labels = {r.id: r.label for r in dataset.regions.values()}
    n = muscle.needling
    parts = [style_html(theme),
             f"<h1>{escape(muscle.display_name(side))}</h1>",
             f"<div class='latin'>{escape(muscle.latin)}</div>",
             f"<div class='meta'>{LAYER_NAMES[muscle.layer].capitalize()} layer · "
             f"drawn on the {muscle.figure} figure"
             + (f" · also called {escape(', '.join(muscle.synonyms))}" if muscle.synonyms else "")
             + "</div>"]
    if also_here:
        links = ", ".join(
            f"<a href='select:{k}'>{escape(dataset.muscle(k.muscle_id).display_name(k.side))}"
            f"</a> ({LAYER_NAMES[dataset.muscle(k.muscle_id).layer]})" for k in also_here)
        parts.append(f"<p><b>Also at this spot:</b> {links}</p>")

    structures = ", ".join(escape(STRUCTURES.get(s, s)) for s in n.structures_at_risk)
    by_point = [f"{escape(t.label.split(' (')[0])}: {escape(t.needling.pneumothorax_risk.upper())}"
                for t in muscle.trigger_points if t.needling]
    parts.append(
        "<h2>Needling safety</h2>"
        "<table width='100%' cellspacing='0' cellpadding='9' "
        f"style='background-color:{theme.danger_box}; border: 1px solid "
        f"{theme.danger_box_border};'><tr><td>"
        "<p>" + _risk_badge(n.pneumothorax_risk, theme,
                            f"Pneumothorax risk: {n.pneumothorax_risk.upper()}") + "</p>"
        f"<p>{escape(n.pneumothorax_reason)}</p>"
        + (f"<p><b>By trigger point</b> (the muscle's grade is the highest of these): "
           f"{'; '.join(by_point)}.</p>" if by_point else "")
        + (f"<p><b>Structures at risk:</b> {structures}</p>" if structures else "")
        + (f"<p><b>Precautions</b></p>{_items(n.precautions)}" if n.precautions else "")
        + (GENERAL_SAFETY_LINE if general_link else "")
        + "</td></tr></table>")

    parts.append("<h2>Trigger points and referred pain</h2>")
    for trp in muscle.trigger_points:
        parts.append(f"<div class='trp'>{escape(trp.label)}</div>"
                     f"<div class='zone'>{escape(trp.location)}</div>")
        if trp.landmarks:
            names = ", ".join(escape(landmark_label(n)) for n in trp.landmarks)
            parts.append(f"<div class='zone note'>Landmarks: {names}</div>")
        sides = trp.sides_note()
        if sides:
            parts.append(f"<div class='zone note'>{escape(sides)}</div>")
        for zone, mark in ((trp.essential, "■ Essential"), (trp.spillover, "▨ Spillover")):
            if zone.regions:
                names = ", ".join(escape(labels.get(r, r)) for r in zone.regions)
                parts.append(f"<div class='zone'><b>{mark}:</b> {names}</div>")
        for other in trp.other_phenomena:
            parts.append(f"<div class='zone'><b>Other ({escape(other.kind)}):</b> "
                         f"{escape(other.description)}</div>")
        if trp.needling:
            local = trp.needling
            parts.append("<div class='zone'>"
                         + _risk_badge(local.pneumothorax_risk, theme,
                                       f"Pneumothorax risk here: "
                                       f"{local.pneumothorax_risk.upper()}")
                         + f" {escape(local.note)}</div>")
            if local.depth:
                parts.append(f"<div class='zone'><b>Depth data:</b> {escape(local.depth)}</div>")

    for other in muscle.other_phenomena:
        parts.append(f"<div class='trp'>{escape(other.trigger_point or '')}</div>"
                     "<div class='zone note'>Named in the sources but not drawn: its site could "
                     "not be pinned down.</div>"
                     f"<div class='zone'><b>Other ({escape(other.kind)}):</b> "
                     f"{escape(other.description)}</div>")

    for title, values in (("Symptoms", muscle.symptoms),
                          ("Activating factors", muscle.activating_factors),
                          ("Perpetuating factors", muscle.perpetuating_factors),
                          ("Rule out first", muscle.rule_out)):
        if values:
            parts.append(f"<h2>{title}</h2>{_items(values)}")

    a = muscle.anatomy
    parts.append("<h2>Anatomy</h2>"
                 f"<p><b>Attachments:</b> {escape(a.attachments)}</p>"
                 f"<p><b>Action:</b> {escape(a.action)}</p>"
                 f"<p><b>Innervation:</b> {escape(a.innervation)}</p>")
    parts.append("<h2>In plain words (for the patient)</h2>"
                 f"<p>{escape(muscle.patient_summary)}</p>")
    flag = muscle.patient_red_flag
    if flag is not None:
        parts.append("<table width='100%' cellspacing='0' cellpadding='9' "
                     f"style='background-color:{theme.warn_box}; border: 1px solid "
                     f"{theme.warn_box_border};'><tr><td>"
                     "<p><b>Red flag for the patient: could it be something else?</b></p>"
                     f"<p>{escape(flag.see_a_doctor)}</p>"
                     f"<p>{escape(EMERGENCY_LEAD)}</p>{_items(flag.urgent)}"
                     "</td></tr></table>")
    parts.append(f"<h2>Confidence: {escape(muscle.confidence.level)}</h2>"
                 f"<p class='note'>{escape(muscle.confidence.note)}</p>")
    parts.append(sources_html([dataset.sources[k] for k in muscle.cited_sources],
                              show_source_notes))
    return "".join(parts)


def sources_html(sources: list[Source], show_notes: bool) -> str:
    """The numbered source list with addresses; how each was read shows only when asked."""
    rows = []
    for source in sources:
        text = escape(source.citation)
        if source.address:
            text += f" <span class='note'>{escape(source.address)}</span>"
        if show_notes and source.accessed_via:
            text += (f"<br><span class='note'><i>Source note:</i> "
                     f"{escape(source.accessed_via)}</span>")
        rows.append(f"<li>{text}</li>")
    noted = sum(1 for s in sources if s.accessed_via)
    toggle = ""
    if noted:
        arrow, verb = ("▾", "hide") if show_notes else ("▸", "show")
        toggle = (f"<p class='note'><a href='{SOURCE_NOTES_LINK}'>{arrow} Source notes "
                  f"({noted})</a> — {verb} how each source was read (second-hand, abstract "
                  "only, not read first-hand).</p>")
    return "<h2>Sources</h2>" + toggle + "<ol>" + "".join(rows) + "</ol>"


def welcome_html(dataset: Dataset, theme: Theme, general_link: bool = False) -> str:
    """What the panel shows before anything is selected: how to start, and an A-Z list."""
    by_name = sorted(dataset.muscles, key=lambda m: m.name)
    rows = "".join(
        f"<li>{escape(m.name)} — <a href='select:{m.id}.left'>left</a> · "
        f"<a href='select:{m.id}.right'>right</a></li>" for m in by_name)
    return (style_html(theme)
            + "<h1>Trigger point reference</h1>"
            "<p>Select a muscle on the map (click or tap) to see where its trigger points lie, "
            "where they refer pain, and what to watch for when needling it.</p>"
            "<p class='note'>Left and right are the <b>patient's</b> left and right. Use the "
            "layer buttons to look beneath the superficial muscles.</p>"
            + (GENERAL_SAFETY_LINE if general_link else "")
            + f"<h2>Muscles A–Z</h2><ul>{rows}</ul>"
            "<p class='note'>A reference for trained clinicians and for education; it is not "
            "medical advice. Referral patterns vary between people.</p>")
