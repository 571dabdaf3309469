"""Muscle entries as plain data (for `bodymap show --json`) and as readable text."""

from __future__ import annotations

import dataclasses
import textwrap
from typing import Any

from bodymap.domain.model import EMERGENCY_LEAD, LAYER_NAMES, Dataset, Muscle
from bodymap.domain.structures import STRUCTURES


def muscle_to_dict(muscle: Muscle, dataset: Dataset) -> dict[str, Any]:
    """The normalised entry: every field, sides resolved nowhere, sources expanded."""

    def clean(value: Any) -> Any:
        if dataclasses.is_dataclass(value):
            return {f.name: clean(getattr(value, f.name)) for f in dataclasses.fields(value)
                    if f.name not in ("where", "trigger_point_id")}
        if isinstance(value, tuple | list):
            return [clean(v) for v in value]
        return value

    entry = clean(muscle)
    entry["layer_name"] = LAYER_NAMES[muscle.layer]
    entry["sources"] = [clean(dataset.sources[key]) for key in muscle.sources]
    if muscle.patient_red_flag is not None:
        entry["patient_red_flag"]["sources"] = [clean(dataset.sources[key])
                                                for key in muscle.patient_red_flag.sources]
    if muscle.patient_self_care is not None:
        entry["patient_self_care"]["sources"] = [clean(dataset.sources[key])
                                                 for key in muscle.patient_self_care.sources]
    for trp in entry["trigger_points"]:
        for kind in ("essential", "spillover"):
            trp[kind] = {"regions": trp[kind]["regions"], "laterality": trp[kind]["laterality"]}
    return entry


def muscle_to_text(muscle: Muscle, dataset: Dataset, width: int = 88) -> str:
    """A readable clinician-register summary for the terminal."""
    wrap = textwrap.TextWrapper(width=width, subsequent_indent="    ")
    bullet = textwrap.TextWrapper(width=width, initial_indent="  - ", subsequent_indent="    ")
    label = {r.id: r.label for r in dataset.regions.values()}
    out = [f"{muscle.name} ({muscle.latin})",
           f"id {muscle.id} · {muscle.figure} figure · {LAYER_NAMES[muscle.layer]} layer"]
    if muscle.synonyms:
        out.append(wrap.fill("Also called: " + ", ".join(muscle.synonyms)))
    out += ["", "Trigger points"]
    for trp in muscle.trigger_points:
        out.append(f"  {trp.id} — {trp.label}")
        out.append(textwrap.fill(trp.location, width, initial_indent="    ",
                                 subsequent_indent="    "))
        if trp.landmarks:
            out.append(f"    Landmarks: {', '.join(trp.landmarks)}")
        if trp.sides_note():
            out.append(f"    Referral: {trp.sides_note()}")
        for zone in trp.zones:
            names = ", ".join(label.get(r, r) for r in zone.regions) or "—"
            out.append(textwrap.fill(f"{zone.kind.capitalize()}: {names}", width,
                                     initial_indent="    ", subsequent_indent="      "))
        for other in trp.other_phenomena:
            out.append(textwrap.fill(f"Also ({other.kind}): {other.description}", width,
                                     initial_indent="    ", subsequent_indent="      "))
        if trp.needling:
            local = trp.needling
            out.append(textwrap.fill(
                f"Pneumothorax risk here: {local.pneumothorax_risk.upper()}. {local.note}",
                width, initial_indent="    ", subsequent_indent="      "))
            if local.depth:
                out.append(textwrap.fill(f"Depth data: {local.depth}", width,
                                         initial_indent="    ", subsequent_indent="      "))
    for other in muscle.other_phenomena:
        out.append(f"  {other.trigger_point} — not drawn (site not pinned down)")
        out.append(textwrap.fill(f"Also ({other.kind}): {other.description}", width,
                                 initial_indent="    ", subsequent_indent="      "))
    sections = [("Symptoms", muscle.symptoms), ("Activating factors", muscle.activating_factors),
                ("Perpetuating factors", muscle.perpetuating_factors),
                ("Rule out first", muscle.rule_out)]
    for title, items in sections:
        if items:
            out += ["", title] + [bullet.fill(i) for i in items]
    a = muscle.anatomy
    out += ["", "Anatomy", wrap.fill("  Attachments: " + a.attachments),
            wrap.fill("  Action: " + a.action), wrap.fill("  Innervation: " + a.innervation)]
    n = muscle.needling
    out += ["", f"Needling safety — pneumothorax risk: {n.pneumothorax_risk.upper()}",
            wrap.fill("  " + n.pneumothorax_reason)]
    if n.structures_at_risk:
        out.append(wrap.fill("  Structures at risk: "
                             + ", ".join(STRUCTURES[s] for s in n.structures_at_risk)))
    out += [bullet.fill(p) for p in n.precautions]
    out += ["", "For the patient", wrap.fill("  " + muscle.patient_summary)]
    flag = muscle.patient_red_flag
    if flag is not None:
        out += ["", "Red flag for the patient", wrap.fill("  " + flag.see_a_doctor),
                "  " + EMERGENCY_LEAD] + [bullet.fill(sign) for sign in flag.urgent]
    care = muscle.patient_self_care
    if care is not None:
        out += ["", "Self-care for the patient"] + [bullet.fill(step) for step in care.steps]
        out.append(wrap.fill("  Sources: " + ", ".join(care.sources)))
    out += ["", f"Confidence: {muscle.confidence.level}", wrap.fill("  " + muscle.confidence.note),
            "", "Sources"]
    for key in muscle.cited_sources:
        source = dataset.sources[key]
        address = f" <{source.address}>" if source.address else ""
        out.append(bullet.fill(source.citation + address))
    return "\n".join(out)
