"""Load bodymap/data/trigger_points.yaml into a Dataset, or report every problem with its place."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bodymap.domain.model import (
    Anatomy,
    Confidence,
    Dataset,
    Muscle,
    NeedlingSafety,
    OtherPhenomenon,
    RedFlag,
    SelfCare,
    ReferralZone,
    Region,
    Source,
    TriggerPoint,
    TriggerPointNeedling,
    Where,
)
from bodymap.domain.problems import DataError
from bodymap.domain.schema_check import schema_problems
from bodymap.domain.semantics import completeness_problems, semantic_problems
from bodymap.domain.spec import SpecMuscle
from bodymap.domain.yaml_source import Positions, read_yaml


def load_dataset(path: Path | str, regions: Mapping[str, Region], schema_path: Path | str,
                 required: Mapping[str, SpecMuscle] | None = None) -> Dataset:
    """Read, validate and build the dataset; raise DataError with every problem found.
    With `required`, every listed muscle must be present, named and placed as listed."""
    name = str(path)
    data, positions = read_yaml(path, name)
    problems = schema_problems(data, positions, Path(schema_path))
    problems += semantic_problems(data, positions, regions)
    if required is not None:
        problems += completeness_problems(data, positions, required)
    if problems:
        raise DataError(problems)
    return _build(data, positions, regions, name)


def _texts(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def _build(data: dict, positions: Positions, regions: Mapping[str, Region],
           name: str) -> Dataset:
    sources = {key: Source(key=key, citation=s["citation"], kind=s["kind"], url=s.get("url"),
                           doi=s.get("doi"), accessed_via=s.get("accessed_via"))
               for key, s in data["sources"].items()}
    muscles = tuple(_muscle(m, positions, ("muscles", i), name)
                    for i, m in enumerate(data["muscles"]))
    return Dataset(muscles=muscles, sources=sources, regions=regions, file=name)


def _where(positions: Positions, path: tuple, name: str) -> Where:
    line, column = positions.at(path)
    return Where(name, line, column)


def _muscle(m: dict, positions: Positions, at: tuple, name: str) -> Muscle:
    needling = m["needling"]
    return Muscle(
        id=m["id"],
        name=m["name"],
        latin=m["latin"],
        synonyms=_texts(m.get("synonyms")),
        view=m["view"],
        layer=int(m["layer"]),
        anatomy=Anatomy(**{k: m["anatomy"][k] for k in ("attachments", "action", "innervation")}),
        trigger_points=tuple(_trigger_point(t, positions, (*at, "trigger_points", j), name)
                             for j, t in enumerate(m["trigger_points"])),
        symptoms=_texts(m["symptoms"]),
        activating_factors=_texts(m["activating_factors"]),
        perpetuating_factors=_texts(m["perpetuating_factors"]),
        rule_out=_texts(m["rule_out"]),
        needling=NeedlingSafety(
            pneumothorax_risk=needling["pneumothorax_risk"],
            pneumothorax_reason=needling["pneumothorax_reason"],
            structures_at_risk=_texts(needling["structures_at_risk"]),
            precautions=_texts(needling["precautions"]),
        ),
        patient_summary=" ".join(str(m["patient_summary"]).split()),
        sources=_texts(m["sources"]),
        confidence=Confidence(level=m["confidence"]["level"], note=m["confidence"]["note"]),
        other_phenomena=tuple(OtherPhenomenon(kind=o["kind"], regions=_texts(o["regions"]),
                                              description=o["description"],
                                              trigger_point=o["trigger_point"])
                              for o in m.get("other_phenomena") or ()),
        where=_where(positions, at, name),
        patient_red_flag=_red_flag(m.get("patient_red_flag")),
        patient_self_care=_self_care(m.get("patient_self_care")),
        alt_view=m.get("alt_view"),
    )


def _red_flag(flag: dict | None) -> RedFlag | None:
    if flag is None:
        return None
    return RedFlag(see_a_doctor=" ".join(str(flag["see_a_doctor"]).split()),
                   urgent=_texts(flag["urgent"]), sources=_texts(flag["sources"]))


def _self_care(care: dict | None) -> SelfCare | None:
    if care is None:
        return None
    return SelfCare(steps=tuple(" ".join(str(step).split()) for step in care["steps"]),
                    sources=_texts(care["sources"]))


def _trigger_point(t: dict, positions: Positions, at: tuple, name: str) -> TriggerPoint:
    laterality = t.get("laterality", "same")
    if not isinstance(laterality, dict):  # one rule for both zones
        laterality = {"essential": laterality, "spillover": laterality}
    return TriggerPoint(
        id=t["id"],
        label=t["label"],
        location=t["location"],
        essential=ReferralZone(t["id"], "essential", _texts(t["essential"]),
                               laterality.get("essential", "same")),
        spillover=ReferralZone(t["id"], "spillover", _texts(t["spillover"]),
                               laterality.get("spillover", "same")),
        landmarks=_texts(t.get("landmarks")),
        other_phenomena=tuple(OtherPhenomenon(kind=o["kind"], regions=_texts(o["regions"]),
                                              description=o["description"])
                              for o in t.get("other_phenomena") or ()),
        needling=_trigger_point_needling(t.get("needling")),
        where=_where(positions, at, name),
    )


def _trigger_point_needling(n: dict | None) -> TriggerPointNeedling | None:
    if n is None:
        return None
    return TriggerPointNeedling(pneumothorax_risk=n["pneumothorax_risk"], note=n["note"],
                                depth=n.get("depth"), sources=_texts(n.get("sources")))
