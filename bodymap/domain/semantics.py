"""Checks of meaning that a JSON Schema cannot express: ids, regions, sources, registers."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Any

from bodymap.domain.ids import MUSCLE_ID, TRP_ID
from bodymap.domain.model import PNEUMOTHORAX_LEVELS, Region
from bodymap.domain.patient_words import SUMMARY_FORBIDDEN
from bodymap.domain.problems import Problem
from bodymap.domain.yaml_source import PathKey, Positions

PATIENT_SUMMARY_WORDS = (40, 90)
# "Did you mean ...?" compares a word with every known one; a file full of unknown names
# gets hints until this many comparisons are spent (a real file spends a few hundred).
SUGGESTION_BUDGET = 50_000
# Symptoms that a muscle can cause but serious disease can too. A muscle whose patient
# summary names one must carry a `patient_red_flag`, and that red flag must speak about it
# (the second pattern, matched in its text). A word used only to say where a muscle lies
# ("hidden inside your belly") still counts: for a reader the two look alike, and a red
# flag costs little where a missing one can cost a life.
RED_FLAG_SYMPTOMS: dict[str, tuple[re.Pattern, re.Pattern]] = {
    name: (re.compile(summary, re.IGNORECASE), re.compile(flag, re.IGNORECASE))
    for name, summary, flag in (
        ("chest pain", r"\bchest\b", r"\bchest\b"),
        ("breathing", r"\bbreath", r"\bbreath"),
        ("inner-arm pain", r"\binner arm\b|\binside of (your|the) arm\b", r"\barms?\b"),
        ("eye pain or sight", r"\beyes?\b|\bsight\b|\bvision\b", r"\beyes?\b|\bsight\b|\bvision\b"),
        ("dizziness", r"\bdizz", r"\bdizz"),
        ("kidney pain", r"\bkidneys?\b", r"\bkidneys?\b"),
        ("belly pain or heartburn", r"\bbelly\b|\bheartburn\b|\bstomach\b|\babdom",
         r"\bbelly\b|\bstomach\b"),
        ("headache", r"\bheadaches?\b", r"\bheadaches?\b"),
        ("sciatica", r"\bsciatica\b", r"\blegs?\b"),
        # calf pain can be a deep vein thrombosis: the flag must name the clot (decision 25)
        ("calf pain", r"\bcalf\b|\bcalves\b", r"\bclots?\b"),
    )
}


def semantic_problems(data: Any, positions: Positions,
                      regions: Mapping[str, Region]) -> list[Problem]:
    """Every semantic problem in a document that is already shaped like the schema says."""
    if not isinstance(data, dict):
        return []
    problems: list[Problem] = []
    suggest = _Suggester()
    sources = _dict(data.get("sources"))
    cited: set[str] = set()
    seen_ids: dict[str, int] = {}
    muscles = _list(data.get("muscles"))
    for index, muscle in enumerate(muscles):
        if not isinstance(muscle, dict):
            continue
        at = ("muscles", index)
        muscle_id = muscle.get("id")
        if isinstance(muscle_id, str):
            if not MUSCLE_ID.match(muscle_id):
                problems.append(positions.problem(
                    (*at, "id"), f"muscle id {muscle_id!r} must be lower_snake_case "
                                 "(as in spec/muscles.yaml, e.g. upper_trapezius)"))
            if muscle_id in seen_ids:
                problems.append(positions.problem(
                    (*at, "id"), f"muscle id {muscle_id!r} is already used by muscle "
                                 f"number {seen_ids[muscle_id] + 1}"))
            else:
                seen_ids[muscle_id] = index
        label = muscle_id if isinstance(muscle_id, str) else f"muscle {index + 1}"
        problems += _trigger_point_problems(muscle, at, label, positions, regions, suggest)
        problems += _needling_problems(muscle, at, label, positions)
        for p, phenomenon in enumerate(_list(muscle.get("other_phenomena"))):
            if isinstance(phenomenon, dict):
                problems += _region_problems(phenomenon.get("regions"),
                                             (*at, "other_phenomena", p, "regions"),
                                             label, positions, regions, suggest)
        problems += _trigger_point_risk_problems(muscle, at, label, positions)
        problems += _summary_problems(muscle, at, label, positions)
        problems += _trigger_point_source_problems(muscle, at, label, positions, sources,
                                                   suggest)
        problems += _red_flag_problems(muscle, at, label, positions)
        problems += _self_care_problems(muscle, at, label, positions)
        flag = muscle.get("patient_red_flag")
        care = muscle.get("patient_self_care")
        cited_lists: list[tuple[PathKey, Any]] = [((*at, "sources"), muscle.get("sources"))]
        if isinstance(flag, dict):
            cited_lists.append(((*at, "patient_red_flag", "sources"), flag.get("sources")))
        if isinstance(care, dict):
            cited_lists.append(((*at, "patient_self_care", "sources"), care.get("sources")))
        for path, keys in cited_lists:
            for j, key in enumerate(_list(keys)):
                if not isinstance(key, str):
                    continue
                cited.add(key)
                if key not in sources:
                    problems.append(positions.problem(
                        (*path, j),
                        f"{label} cites the source {key!r}, which is not defined under "
                        "'sources:'" + suggest(key, sources)))
    for key in sources:
        if key not in cited:
            problems.append(positions.problem(
                ("sources", key), f"the source {key!r} is defined but no muscle cites it"))
    problems += unaddressed_source_problems(sources, positions)
    return problems


def unaddressed_source_problems(sources: Any, positions: Positions) -> list[Problem]:
    """A reader must be able to find every source: each one that is not a book carries a
    `url` or a `doi`."""
    problems = []
    for key, source in (sources.items() if isinstance(sources, dict) else ()):
        if not isinstance(source, dict) or source.get("kind") in (None, "book"):
            continue
        if not (source.get("url") or source.get("doi")):
            problems.append(positions.problem(
                ("sources", key), f"the source {key!r} ({source.get('kind')}) has neither a url "
                                  "nor a doi; add where a reader can find it"))
    return problems


def _list(value: Any) -> list:
    """`value` if it is a list, else an empty one: the schema check reports the wrong type,
    and these checks of meaning must not trip over it."""
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


class _Suggester:
    """Close-match hints for unknown names, within SUGGESTION_BUDGET comparisons."""

    def __init__(self) -> None:
        self.budget = SUGGESTION_BUDGET

    def __call__(self, word: str, choices: Any) -> str:
        self.budget -= len(choices)
        if self.budget < 0:
            return ""
        close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
        return f" (did you mean {close[0]!r}?)" if close else ""


def _region_problems(ids: Any, at: tuple, label: str, positions: Positions,
                     regions: Mapping[str, Region], suggest: _Suggester) -> list[Problem]:
    problems = []
    for k, region_id in enumerate(ids if isinstance(ids, list) else []):
        if isinstance(region_id, str) and region_id not in regions:
            problems.append(positions.problem(
                (*at, k), f"{label}: unknown body region {region_id!r}"
                          + suggest(region_id, regions)
                          + " (regions are listed in bodymap/data/body_regions.yaml)"))
    return problems


def _trigger_point_problems(muscle: dict, at: tuple, label: str, positions: Positions,
                            regions: Mapping[str, Region],
                            suggest: _Suggester) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    trps = muscle.get("trigger_points")
    for t, trp in enumerate(trps if isinstance(trps, list) else []):
        if not isinstance(trp, dict):
            continue
        here = (*at, "trigger_points", t)
        trp_id = trp.get("id")
        name = f"{label} {trp_id}" if isinstance(trp_id, str) else f"{label} trigger point {t + 1}"
        if isinstance(trp_id, str):
            if not TRP_ID.match(trp_id):
                problems.append(positions.problem(
                    (*here, "id"), f"{label}: trigger point id {trp_id!r} must be trp1, trp2, ..."))
            if trp_id in seen:
                problems.append(positions.problem(
                    (*here, "id"), f"{label}: trigger point id {trp_id!r} is used twice"))
            seen.add(trp_id)
        essential = _list(trp.get("essential"))
        spillover = _list(trp.get("spillover"))
        problems += _region_problems(essential, (*here, "essential"), name, positions, regions,
                                     suggest)
        problems += _region_problems(spillover, (*here, "spillover"), name, positions, regions,
                                     suggest)
        in_essential = {r for r in essential if isinstance(r, str)}
        for k, region_id in enumerate(spillover):
            if not (isinstance(region_id, str) and region_id in in_essential):
                continue
            problems.append(positions.problem(
                (*here, "spillover", k),
                f"{name}: {region_id!r} is in both the essential and the spillover zone; "
                "a region belongs to one of them"))
        for p, phenomenon in enumerate(_list(trp.get("other_phenomena"))):
            if isinstance(phenomenon, dict):
                problems += _region_problems(phenomenon.get("regions"),
                                             (*here, "other_phenomena", p, "regions"),
                                             name, positions, regions, suggest)
    return problems


def _needling_problems(muscle: dict, at: tuple, label: str,
                       positions: Positions) -> list[Problem]:
    needling = muscle.get("needling")
    if not isinstance(needling, dict):
        return []
    risk = needling.get("pneumothorax_risk")
    if risk in (None, "none"):
        return []
    problems = []
    structures = _list(needling.get("structures_at_risk"))
    if "lung_pleura" not in structures:
        problems.append(positions.problem(
            (*at, "needling", "structures_at_risk"),
            f"{label} has a {risk} pneumothorax risk, so 'lung_pleura' must be among its "
            "structures at risk"))
    if not needling.get("precautions"):
        problems.append(positions.problem(
            (*at, "needling", "precautions"),
            f"{label} has a {risk} pneumothorax risk, so it needs at least one precaution"))
    return problems


def _trigger_point_risk_problems(muscle: dict, at: tuple, label: str,
                                 positions: Positions) -> list[Problem]:
    """A trigger point's pneumothorax risk never exceeds its muscle's: the muscle-level value
    is the maximum, so a reader who sees only the muscle is never told less than the worst.
    When every trigger point states its risk, the muscle's must equal the highest of them."""
    needling = muscle.get("needling")
    muscle_risk = needling.get("pneumothorax_risk") if isinstance(needling, dict) else None
    if muscle_risk not in PNEUMOTHORAX_LEVELS:
        return []
    problems = []
    stated: list[str] = []
    trps = _list(muscle.get("trigger_points"))
    for t, trp in enumerate(trps):
        local = trp.get("needling") if isinstance(trp, dict) else None
        risk = local.get("pneumothorax_risk") if isinstance(local, dict) else None
        if risk not in PNEUMOTHORAX_LEVELS:
            continue
        stated.append(risk)
        if PNEUMOTHORAX_LEVELS.index(risk) > PNEUMOTHORAX_LEVELS.index(muscle_risk):
            trp_id = trp.get("id", f"trigger point {t + 1}")
            problems.append(positions.problem(
                (*at, "trigger_points", t, "needling", "pneumothorax_risk"),
                f"{label} {trp_id}: pneumothorax risk {risk!r} is above the muscle's "
                f"{muscle_risk!r}; the muscle's risk must be the highest of its trigger points'"))
    if trps and len(stated) == len(trps) and not problems:
        highest = max(stated, key=PNEUMOTHORAX_LEVELS.index)
        if highest != muscle_risk:
            problems.append(positions.problem(
                (*at, "needling", "pneumothorax_risk"),
                f"{label}: pneumothorax risk {muscle_risk!r}, but every trigger point states its "
                f"own and the highest is {highest!r}; the muscle's risk must be that maximum"))
    return problems


def _trigger_point_source_problems(muscle: dict, at: tuple, label: str, positions: Positions,
                                   sources: dict, suggest: _Suggester) -> list[Problem]:
    """Sources cited at a trigger point exist and are listed among the muscle's sources."""
    problems = []
    listed = {k for k in _list(muscle.get("sources")) if isinstance(k, str)}
    for t, trp in enumerate(_list(muscle.get("trigger_points"))):
        local = trp.get("needling") if isinstance(trp, dict) else None
        if not isinstance(local, dict):
            continue
        for j, key in enumerate(_list(local.get("sources"))):
            if not isinstance(key, str):
                continue
            where = (*at, "trigger_points", t, "needling", "sources", j)
            if key not in sources:
                problems.append(positions.problem(
                    where, f"{label}: the source {key!r} is not defined under 'sources:'"
                           + suggest(key, sources)))
            elif key not in listed:
                problems.append(positions.problem(
                    where, f"{label}: the source {key!r} cited at a trigger point must also be "
                           "among the muscle's sources"))
    return problems


def _summary_problems(muscle: dict, at: tuple, label: str,
                      positions: Positions) -> list[Problem]:
    summary = muscle.get("patient_summary")
    if not isinstance(summary, str):
        return []
    problems = []
    words = len(summary.split())
    low, high = PATIENT_SUMMARY_WORDS
    if not low <= words <= high:
        problems.append(positions.problem(
            (*at, "patient_summary"),
            f"{label}: the patient summary has {words} words; keep it between {low} and {high}"))
    technique = sorted({m.group(0).lower() for m in SUMMARY_FORBIDDEN.finditer(summary)})
    if technique:
        problems.append(positions.problem(
            (*at, "patient_summary"),
            f"{label}: the patient summary uses clinician or needling words "
            f"({', '.join(technique)}); patient text must not describe needling"))
    return problems


def red_flag_text(flag: dict) -> str:
    """Everything a patient reads in a red flag, as one text."""
    urgent = [u for u in _list(flag.get("urgent")) if isinstance(u, str)]
    see = flag.get("see_a_doctor")
    return " ".join([see if isinstance(see, str) else "", *urgent])


def _red_flag_problems(muscle: dict, at: tuple, label: str,
                       positions: Positions) -> list[Problem]:
    summary = muscle.get("patient_summary")
    flag = muscle.get("patient_red_flag")
    named = [name for name, (in_summary, _) in RED_FLAG_SYMPTOMS.items()
             if isinstance(summary, str) and in_summary.search(summary)]
    problems = []
    if not isinstance(flag, dict):
        if named and "patient_red_flag" not in muscle:
            problems.append(positions.problem(
                (*at, "patient_summary"),
                f"{label}: the patient summary names {', '.join(named)}, which serious "
                "disease can also cause, so the muscle needs a 'patient_red_flag' (when to "
                "see a doctor first, and which signs need urgent help)"))
        return problems
    text = red_flag_text(flag)
    missing = [name for name in named if not RED_FLAG_SYMPTOMS[name][1].search(text)]
    if missing:
        problems.append(positions.problem(
            (*at, "patient_red_flag"),
            f"{label}: the patient summary names {', '.join(missing)}, but the red flag "
            "does not speak about it"))
    technique = sorted({m.group(0).lower() for m in SUMMARY_FORBIDDEN.finditer(text)})
    if technique:
        problems.append(positions.problem(
            (*at, "patient_red_flag"),
            f"{label}: the red flag uses clinician or needling words "
            f"({', '.join(technique)}); patient text must not describe needling"))
    return problems


def _self_care_problems(muscle: dict, at: tuple, label: str,
                        positions: Positions) -> list[Problem]:
    """Self-care steps are patient text: no needling or clinician words in them."""
    care = muscle.get("patient_self_care")
    if not isinstance(care, dict):
        return []
    problems = []
    for j, step in enumerate(_list(care.get("steps"))):
        if not isinstance(step, str):
            continue
        technique = sorted({m.group(0).lower() for m in SUMMARY_FORBIDDEN.finditer(step)})
        if technique:
            problems.append(positions.problem(
                (*at, "patient_self_care", "steps", j),
                f"{label}: a self-care step uses clinician or needling words "
                f"({', '.join(technique)}); patient text must not describe needling"))
    return problems


def completeness_problems(data: Any, positions: Positions,
                          required: Mapping[str, Any]) -> list[Problem]:
    """Every required muscle present, with the view and layer the spec gives it and its
    patient self-care steps, and no muscle the spec does not know. The order of entries is
    not checked here (see docs/data.md, "Order of entries")."""
    muscles = data.get("muscles") if isinstance(data, dict) else None
    if not isinstance(muscles, list):
        return []
    problems: list[Problem] = []
    suggest = _Suggester()
    present: dict[str, int] = {}
    for index, muscle in enumerate(muscles):
        if not isinstance(muscle, dict) or not isinstance(muscle.get("id"), str):
            continue
        muscle_id = muscle["id"]
        present.setdefault(muscle_id, index)
        spec = required.get(muscle_id)
        if spec is None:
            problems.append(positions.problem(
                ("muscles", index, "id"),
                f"{muscle_id!r} is not a muscle of the spec (bodymap/data/muscles.yaml)"
                + suggest(muscle_id, required)))
            continue
        for field in ("view", "layer"):
            if field in muscle and muscle[field] != getattr(spec, field):
                problems.append(positions.problem(
                    ("muscles", index, field),
                    f"{muscle_id}: the spec gives {field} {getattr(spec, field)!r}, "
                    f"not {muscle[field]!r}"))
        if "patient_self_care" not in muscle:
            problems.append(positions.problem(
                ("muscles", index), f"{muscle_id} has no patient_self_care: every muscle of "
                                    "the spec needs 2 to 4 cited self-care steps for patients "
                                    "(docs/data.md)"))
        if muscle.get("alt_view") != getattr(spec, "alt_view", None):
            where = ("muscles", index, "alt_view") if "alt_view" in muscle else ("muscles", index)
            problems.append(positions.problem(
                where, f"{muscle_id}: the spec gives alt_view {getattr(spec, 'alt_view', None)!r}, "
                       f"not {muscle.get('alt_view')!r}"))
    for muscle_id in required:
        if muscle_id not in present:
            problems.append(positions.problem(
                ("muscles",), f"the spec's muscle {muscle_id!r} ({required[muscle_id].name}) "
                              "has no entry"))
    return problems
