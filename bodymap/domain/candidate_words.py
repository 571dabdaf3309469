"""A ranked candidate in plain words for the 'Where does it hurt?' list: one sentence anyone
in the room can follow, and a detail line with the trigger points and the research the score
rests on. `Candidate.why()` stays the precise clinician sentence (export, command line)."""

from __future__ import annotations

from bodymap.domain.lookup import Candidate

MEANINGFUL = 0.005  # shares below half a percent are rounding noise, not worth a clause


def plain_reason(candidate: Candidate) -> str:
    """How well this muscle's usual pain area matches the drawing, in everyday words."""
    parts = [f"its main pain area covers {candidate.essential_share:.0%} of the drawing"]
    if candidate.spillover_share >= MEANINGFUL:
        parts.append(f"{candidate.spillover_share:.0%} more is where its pain sometimes "
                     "spreads")
    outside = 1 - candidate.essential_share - candidate.spillover_share
    if outside >= MEANINGFUL:
        parts.append(f"{outside:.0%} is outside its usual area")
    sentence = "; ".join(parts)
    return (f"{sentence[0].upper()}{sentence[1:]}. The drawing fills "
            f"{candidate.zone_filled:.0%} of its main pain area.")


def detail_line(candidate: Candidate) -> str:
    """Which trigger points the score rests on, and the published source of their pattern."""
    sources: list[str] = []
    for label in _labels(candidate):
        source = _source(label)
        if source and source not in sources:
            sources.append(source)
    names = candidate.basis() if len(candidate.trigger_points) > 1 else _name(
        candidate.trigger_point_label)
    line = f"Score {candidate.score:.2f} · based on {names}"
    return line + (f" · pattern from {'; '.join(sources)}" if sources else "")


def _labels(candidate: Candidate) -> list[str]:
    if candidate.trigger_points:
        return [label for _, _, label in candidate.trigger_points]
    return [candidate.trigger_point_label]


def _name(label: str) -> str:
    """'TrP2 (Travell & Simons 1992)' -> 'TrP2'."""
    return label[:label.rindex(" (")] if label.endswith(")") and " (" in label else label


def _source(label: str) -> str:
    """'TrP2 (Travell & Simons 1992)' -> 'Travell & Simons 1992'; '' when none is named."""
    if label.endswith(")") and " (" in label:
        return label[label.rindex(" (") + 2:-1]
    return ""
