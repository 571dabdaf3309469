"""General dry-needling content (bodymap/data/dry_needling.yaml): contraindications, adverse events,
aftercare, warning signs, evidence and the patient pages. Not specific to a muscle."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bodymap.domain.model import Source
from bodymap.domain.patient_words import PATIENT_FORBIDDEN
from bodymap.domain.problems import DataError, Problem


@dataclass(frozen=True)
class Cited:
    """A statement and the sources behind it."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Disagreement:
    topic: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Study:
    study: str
    design: str
    population: str
    findings: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class AdverseEvent:
    event: str
    frequency: str
    sources: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class WarningSign:
    sign: str
    action: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class AreaRedFlags:
    """Patient register: for one body area, the signs that need the emergency number now
    and those that need a doctor soon (page "When pain may not be a muscle")."""

    area: str
    urgent: tuple[str, ...]
    doctor_soon: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Evidence:
    clinician: str
    patient: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class PatientPage:
    id: str
    title: str
    paragraphs: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ClinicianTopic:
    """One topic of the clinician safety section: a title and its cited statements."""

    id: str
    title: str
    items: tuple[Cited, ...]


@dataclass(frozen=True)
class GeneralContent:
    absolute_contraindications: tuple[Cited, ...]
    relative_contraindications: tuple[Cited, ...]
    disagreements: tuple[Disagreement, ...]
    studies: tuple[Study, ...]
    minor_adverse_events: tuple[AdverseEvent, ...]
    serious_adverse_events: tuple[AdverseEvent, ...]
    aftercare: tuple[Cited, ...]
    warning_signs: tuple[WarningSign, ...]
    pain_red_flags: tuple[AreaRedFlags, ...]
    evidence: Mapping[str, Evidence]
    patient_pages: tuple[PatientPage, ...]
    sources: Mapping[str, Source]
    clinician_safety: tuple[ClinicianTopic, ...] = ()

    def __reduce__(self):
        values = {f: getattr(self, f) for f in self.__dataclass_fields__}
        values["evidence"] = dict(self.evidence)
        values["sources"] = dict(self.sources)
        return (_rebuild_general, (values,))

    def clinician_topic(self, topic_id: str) -> ClinicianTopic:
        for topic in self.clinician_safety:
            if topic.id == topic_id:
                return topic
        raise KeyError(f"no clinician safety topic {topic_id!r}")

    def page(self, page_id: str) -> PatientPage:
        for page in self.patient_pages:
            if page.id == page_id:
                return page
        raise KeyError(f"no patient page {page_id!r}")


def _rebuild_general(values: dict) -> GeneralContent:
    values = {**values, "evidence": MappingProxyType(values["evidence"]),
              "sources": MappingProxyType(values["sources"])}
    return GeneralContent(**values)


# The clinician safety topics the reference must cover (issue 16, point 7).
REQUIRED_CLINICIAN_TOPICS = ("suspected_pneumothorax", "vasovagal_syncope", "needle_stick_injury",
                             "infection_control", "needle_count", "bleeding_and_anticoagulation",
                             "malignancy_and_lymphoedema")
REQUIRED_PAGES = ("what_is_a_trigger_point", "when_pain_may_not_be_a_muscle",
                  "what_is_dry_needling", "how_it_may_work", "what_to_expect", "afterwards",
                  "safety", "questions", "what_research_shows")


def load_general(path: Path | str, schema_path: Path | str,
                 other_sources: Mapping[str, Source]) -> GeneralContent:
    """Read and check the general content. Source keys may point into `other_sources` (the
    muscle data's table) as well as this file's own; no key may be defined in both."""
    from bodymap.domain.schema_check import schema_problems
    from bodymap.domain.yaml_source import read_yaml

    name = str(path)
    data, positions = read_yaml(path, name)
    problems = schema_problems(data, positions, Path(schema_path))
    if not problems:
        problems += _semantic_problems(data, positions, other_sources)
    if problems:
        raise DataError(problems)
    return _build(data, other_sources)


def _cited_paths(data: dict) -> list[tuple[tuple, list[str]]]:
    """(path to a 'sources' list, its keys) for every cited item in the document."""
    found = []

    def walk(node: Any, path: tuple) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "sources" and path and isinstance(value, list):
                    found.append(((*path, key), value))
                elif path or key != "sources":
                    walk(value, (*path, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, (*path, i))

    walk(data, ())
    return found


def _patient_texts(data: dict) -> list[tuple[tuple, str]]:
    texts: list[tuple[tuple, str]] = []
    for i, item in enumerate(data["aftercare"]):
        texts.append((("aftercare", i, "text"), item["text"]))
    for i, item in enumerate(data["warning_signs"]):
        texts += [(("warning_signs", i, "sign"), item["sign"]),
                  (("warning_signs", i, "action"), item["action"])]
    for i, item in enumerate(data["pain_red_flags"]):
        texts.append((("pain_red_flags", i, "area"), item["area"]))
        for kind in ("urgent", "doctor_soon"):
            texts += [(("pain_red_flags", i, kind, j), sign)
                      for j, sign in enumerate(item[kind])]
    for region, item in data["evidence"].items():
        texts.append((("evidence", region, "patient"), item["patient"]))
    for i, page in enumerate(data["patient_pages"]):
        texts.append((("patient_pages", i, "title"), page["title"]))
        texts += [(("patient_pages", i, "paragraphs", j), p)
                  for j, p in enumerate(page["paragraphs"])]
    return texts


def _semantic_problems(data: dict, positions,
                       other_sources: Mapping[str, Source]) -> list[Problem]:
    problems: list[Problem] = []
    own = data["sources"]
    for key in own:
        if key in other_sources:
            problems.append(positions.problem(
                ("sources", key), f"the source {key!r} is already defined in the muscle data; "
                                  "cite it from there instead of defining it twice"))
    from bodymap.domain.semantics import unaddressed_source_problems

    problems += unaddressed_source_problems(own, positions)
    cited: set[str] = set()
    for path, keys in _cited_paths(data):
        for j, key in enumerate(keys):
            cited.add(key)
            if key not in own and key not in other_sources:
                problems.append(positions.problem((*path, j), f"the source {key!r} is not "
                                                              "defined here or in the muscle data"))
    for key in own:
        if key not in cited:
            problems.append(positions.problem(("sources", key),
                                              f"the source {key!r} is defined but never cited"))
    ids = [page["id"] for page in data["patient_pages"]]
    for i, page_id in enumerate(ids):
        if page_id in ids[:i]:
            problems.append(positions.problem(("patient_pages", i, "id"),
                                              f"the patient page {page_id!r} appears twice"))
    topics = [t["id"] for t in data["clinician_safety"]]
    for i, topic_id in enumerate(topics):
        if topic_id in topics[:i]:
            problems.append(positions.problem(("clinician_safety", i, "id"),
                                              f"the clinician safety topic {topic_id!r} appears "
                                              "twice"))
    absent = [t for t in REQUIRED_CLINICIAN_TOPICS if t not in topics]
    if absent:
        problems.append(positions.problem(("clinician_safety",),
                                          f"clinician safety topics missing: {', '.join(absent)}"))
    missing = [p for p in REQUIRED_PAGES if p not in ids]
    if missing:
        problems.append(positions.problem(("patient_pages",),
                                          f"patient pages missing: {', '.join(missing)}"))
    for path, text in _patient_texts(data):
        words = sorted({m.group(0).lower() for m in PATIENT_FORBIDDEN.finditer(text)})
        if words:
            problems.append(positions.problem(
                path, f"patient text uses clinician or technique words ({', '.join(words)})"))
    return problems


def _tuple(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


def _build(data: dict, other_sources: Mapping[str, Source]) -> GeneralContent:
    own = {key: Source(key=key, citation=s["citation"], kind=s["kind"], url=s.get("url"),
                       doi=s.get("doi"), accessed_via=s.get("accessed_via"))
           for key, s in data["sources"].items()}
    c, a = data["contraindications"], data["adverse_events"]

    def cited(items: list) -> tuple[Cited, ...]:
        return tuple(Cited(i["text"], _tuple(i["sources"])) for i in items)

    def events(items: list) -> tuple[AdverseEvent, ...]:
        return tuple(AdverseEvent(i["event"], i["frequency"], _tuple(i["sources"]), i.get("note"))
                     for i in items)

    return GeneralContent(
        absolute_contraindications=cited(c["absolute"]),
        relative_contraindications=cited(c["relative"]),
        disagreements=tuple(Disagreement(d["topic"], d["text"], _tuple(d["sources"]))
                            for d in c["disagreements"]),
        studies=tuple(Study(s["study"], s["design"], s["population"], s["findings"],
                            _tuple(s["sources"])) for s in a["studies"]),
        minor_adverse_events=events(a["minor"]),
        serious_adverse_events=events(a["serious"]),
        aftercare=cited(data["aftercare"]),
        warning_signs=tuple(WarningSign(w["sign"], w["action"], _tuple(w["sources"]))
                            for w in data["warning_signs"]),
        pain_red_flags=tuple(AreaRedFlags(r["area"], _tuple(r["urgent"]),
                                          _tuple(r["doctor_soon"]), _tuple(r["sources"]))
                             for r in data["pain_red_flags"]),
        evidence=MappingProxyType({k: Evidence(v["clinician"], v["patient"],
                                               _tuple(v["sources"]))
                                   for k, v in data["evidence"].items()}),
        patient_pages=tuple(PatientPage(p["id"], p["title"], _tuple(p["paragraphs"]),
                                        _tuple(p["sources"])) for p in data["patient_pages"]),
        sources=MappingProxyType({**other_sources, **own}),
        clinician_safety=tuple(ClinicianTopic(t["id"], t["title"], cited(t["items"]))
                               for t in data["clinician_safety"]),
    )
