"""A ranked candidate in plain words for the 'Where does it hurt?' list: one sentence anyone
in the room can follow, and a detail line with the trigger points and the research the score
rests on. `Candidate.why()` stays the precise clinician sentence (export, command line)."""

from __future__ import annotations

from bodymap.domain.lookup import Candidate
from bodymap.domain.text_marks import Translate, untranslated

MEANINGFUL = 0.005  # shares below half a percent are rounding noise, not worth a clause


def plain_reason(candidate: Candidate, translate: Translate = untranslated) -> str:
    """How well this muscle's usual pain area matches the drawing, in everyday words (in the
    interface's language when given its `translate`, domain/text_marks.py)."""
    outside = 1 - candidate.essential_share - candidate.spillover_share
    shares = {"essential": f"{candidate.essential_share:.0%}",
              "spillover": f"{candidate.spillover_share:.0%}", "outside": f"{outside:.0%}",
              "filled": f"{candidate.zone_filled:.0%}"}
    parts = [translate("candidate_words", "its main pain area covers {essential} of the "
                                          "drawing")]
    if candidate.spillover_share >= MEANINGFUL:
        parts.append(translate("candidate_words", "{spillover} more is where its pain "
                                                  "sometimes spreads"))
    if outside >= MEANINGFUL:
        parts.append(translate("candidate_words", "{outside} is outside its usual area"))
    sentence = "; ".join(p.format(**shares) for p in parts)
    return translate("candidate_words", "{reasons}. The drawing fills {filled} of its main "
                                        "pain area.").format(
        reasons=f"{sentence[0].upper()}{sentence[1:]}", filled=shares["filled"])


def detail_line(candidate: Candidate, translate: Translate = untranslated) -> str:
    """Which trigger points the score rests on, and the published source of their pattern."""
    sources: list[str] = []
    for label in _labels(candidate):
        source = _source(label)
        if source and source not in sources:
            sources.append(source)
    names = candidate.basis(translate) if len(candidate.trigger_points) > 1 else _name(
        candidate.trigger_point_label)
    line = translate("candidate_words", "Score {score} · based on {points}").format(
        score=f"{candidate.score:.2f}", points=names)
    if not sources:
        return line
    return translate("candidate_words", "{line} · pattern from {sources}").format(
        line=line, sources="; ".join(sources))


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
