"""The dataset model: muscles, trigger points, referral zones, needling safety, sources.

Everything here is a frozen dataclass built once by the loader. Sides are not stored in the
data: every muscle exists on the patient's left and right, and `MuscleSide` names one of them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from bodymap.domain.landmarks import LABELS as LANDMARK_LABELS
from bodymap.domain.text_marks import QT_TRANSLATE_NOOP, Translate, untranslated

Side = Literal["left", "right", "midline"]
SIDES: tuple[str, str] = ("left", "right")
ZoneKind = Literal["essential", "spillover"]
LAYER_NAMES = {1: "superficial", 2: "intermediate", 3: "deep"}
# The layer names as the interface shows them (translated where shown, context "model"):
# "Superficial layer" as a heading, "superficial" inside a sentence.
LAYER_TITLES = {1: QT_TRANSLATE_NOOP("model", "Superficial layer"),
                2: QT_TRANSLATE_NOOP("model", "Intermediate layer"),
                3: QT_TRANSLATE_NOOP("model", "Deep layer")}
LAYER_WORDS = {1: QT_TRANSLATE_NOOP("model", "superficial"),
               2: QT_TRANSLATE_NOOP("model", "intermediate"),
               3: QT_TRANSLATE_NOOP("model", "deep")}
PNEUMOTHORAX_LEVELS = ("none", "low", "moderate", "high")


@dataclass(frozen=True)
class Where:
    """Where an entry was written: used to point at it in cross-check messages."""

    file: str
    line: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class Region:
    """A named body region from the vocabulary (bodymap/data/body_regions.yaml)."""

    id: str
    label: str
    group: str
    views: tuple[str, ...]
    midline: bool = False
    parent: str | None = None

    def sides(self) -> tuple[str, ...]:
        return ("midline",) if self.midline else SIDES


@dataclass(frozen=True, order=True)
class RegionKey:
    """One drawn copy of a region: `temple.left`, `sacrum.midline`."""

    region_id: str
    side: str

    def __str__(self) -> str:
        return f"{self.region_id}.{self.side}"

    @classmethod
    def parse(cls, text: str) -> RegionKey:
        region_id, _, side = text.rpartition(".")
        if not region_id or side not in ("left", "right", "midline"):
            raise ValueError(f"{text!r} is not REGION.SIDE (side: left, right or midline)")
        return cls(region_id, side)


@dataclass(frozen=True, order=True)
class MuscleSide:
    """One side of one muscle: what a click on the map selects (`upper_trapezius.left`)."""

    muscle_id: str
    side: str

    def __str__(self) -> str:
        return f"{self.muscle_id}.{self.side}"

    @classmethod
    def parse(cls, text: str) -> MuscleSide:
        muscle_id, _, side = text.rpartition(".")
        if not muscle_id or side not in SIDES:
            raise ValueError(f"{text!r} is not MUSCLE.SIDE (side: left or right)")
        return cls(muscle_id, side)


@dataclass(frozen=True)
class Source:
    key: str
    citation: str
    kind: str
    url: str | None = None
    doi: str | None = None
    accessed_via: str | None = None

    @property
    def address(self) -> str | None:
        """Where a reader can find the source: its DOI link if it has one, else its URL."""
        return f"https://doi.org/{self.doi}" if self.doi else self.url


@dataclass(frozen=True)
class ReferralZone:
    """Where a trigger point sends pain: the essential or the spillover part of its pattern."""

    trigger_point_id: str
    kind: ZoneKind
    regions: tuple[str, ...]
    laterality: Literal["same", "both"] = "same"

    def region_keys(self, side: str, vocabulary: Mapping[str, Region]) -> tuple[RegionKey, ...]:
        """The drawn regions this zone covers for a trigger point on `side`."""
        keys: list[RegionKey] = []
        for region_id in self.regions:
            region = vocabulary.get(region_id)
            if region is not None and region.midline:
                keys.append(RegionKey(region_id, "midline"))
            elif self.laterality == "both":
                keys.extend(RegionKey(region_id, s) for s in SIDES)
            else:
                keys.append(RegionKey(region_id, side))
        return tuple(dict.fromkeys(keys))


@dataclass(frozen=True)
class OtherPhenomenon:
    """A referred phenomenon that is not pain (gooseflesh, tingling, eye signs)."""

    kind: str
    regions: tuple[str, ...]
    description: str
    trigger_point: str | None = None  # set when the trigger point is named but not drawn


@dataclass(frozen=True)
class TriggerPointNeedling:
    """Needling safety at one trigger point where it differs from its muscle's: the muscle's
    pneumothorax risk is the highest of its trigger points' (the check enforces it)."""

    pneumothorax_risk: str
    note: str
    depth: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriggerPoint:
    id: str
    label: str
    location: str
    essential: ReferralZone
    spillover: ReferralZone
    landmarks: tuple[str, ...] = ()
    other_phenomena: tuple[OtherPhenomenon, ...] = ()
    needling: TriggerPointNeedling | None = None
    where: Where | None = field(default=None, compare=False, repr=False)

    @property
    def zones(self) -> tuple[ReferralZone, ReferralZone]:
        return (self.essential, self.spillover)

    def sides_note(self, translate: Translate = untranslated) -> str | None:
        """How the zones cross the midline, in words; None when both stay on the TrP's side."""
        essential, spillover = (z.laterality == "both" for z in self.zones)
        if essential and (spillover or not self.spillover.regions):
            return translate("model", "Felt on both sides of the body.")
        if essential:
            return translate("model", "The essential zone is felt on both sides; the "
                                      "spillover on this side only.")
        if spillover and self.spillover.regions:
            return translate("model", "The spillover zone is felt on both sides; the "
                                      "essential zone on this side only.")
        return None


@dataclass(frozen=True)
class NeedlingSafety:
    pneumothorax_risk: str
    pneumothorax_reason: str
    structures_at_risk: tuple[str, ...]
    precautions: tuple[str, ...]


@dataclass(frozen=True)
class Anatomy:
    attachments: str
    action: str
    innervation: str


@dataclass(frozen=True)
class RedFlag:
    """Patient register: pain like this muscle's can also come from something serious.

    `see_a_doctor` says so and when to see a doctor soon; `urgent` lists the signs that need
    the emergency number now, each finishing the sentence "Call your emergency number now
    if ..." (the screens and the handout supply that lead-in, see EMERGENCY_LEAD)."""

    see_a_doctor: str
    urgent: tuple[str, ...]
    sources: tuple[str, ...]


# The lead-in every screen puts before a red flag's urgent signs (translated where shown:
# QCoreApplication.translate("model", EMERGENCY_LEAD)).
EMERGENCY_LEAD = QT_TRANSLATE_NOOP("model",
                                   "Call your emergency number (such as 999, 911 or 112) now if:")


@dataclass(frozen=True)
class SelfCare:
    """Patient register: what a patient can safely do for this muscle at home, as a few
    short plain-language steps (a gentle stretch or change of position, heat, the habits the
    muscle's perpetuating factors name, pacing, when to stop), with the sources they follow."""

    steps: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Confidence:
    level: str
    note: str


@dataclass(frozen=True)
class Muscle:
    id: str
    name: str
    latin: str
    synonyms: tuple[str, ...]
    view: str
    layer: int
    anatomy: Anatomy
    trigger_points: tuple[TriggerPoint, ...]
    symptoms: tuple[str, ...]
    activating_factors: tuple[str, ...]
    perpetuating_factors: tuple[str, ...]
    rule_out: tuple[str, ...]
    needling: NeedlingSafety
    patient_summary: str
    sources: tuple[str, ...]
    confidence: Confidence
    other_phenomena: tuple[OtherPhenomenon, ...] = ()  # from trigger points not drawn
    where: Where | None = field(default=None, compare=False, repr=False)
    patient_red_flag: RedFlag | None = None
    patient_self_care: SelfCare | None = None
    # The figure the muscle is drawn on meanwhile, when its own `view` is a figure that does
    # not show it yet (the spec's alt_view: the middle deltoid's side view).
    alt_view: str | None = None

    @property
    def figure(self) -> str:
        """The atlas figure the muscle is drawn on: its view, or its alt_view meanwhile."""
        return self.alt_view or self.view

    @property
    def cited_sources(self) -> tuple[str, ...]:
        """Every source key the entry cites: its own, then its red flag's and its self-care
        steps' (no repeats)."""
        flag_sources = self.patient_red_flag.sources if self.patient_red_flag else ()
        care_sources = self.patient_self_care.sources if self.patient_self_care else ()
        return tuple(dict.fromkeys((*self.sources, *flag_sources, *care_sources)))

    @property
    def layer_name(self) -> str:
        return LAYER_NAMES[self.layer]

    def layer_word(self, translate: Translate = untranslated) -> str:
        """The layer in the interface's words, inside a sentence ('superficial')."""
        return translate("model", LAYER_WORDS[self.layer])

    def layer_title(self, translate: Translate = untranslated) -> str:
        """The layer in the interface's words, as a heading ('Superficial layer')."""
        return translate("model", LAYER_TITLES[self.layer])

    # How a translation writes a side's name: (("left", "{Name}, lado izquierdo"), ...);
    # {Name} is the name as written, {name} with a small first letter. Empty: English.
    side_names: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)

    def display_name(self, side: str) -> str:
        """'Left upper trapezius' — the name with the patient's side in front (or as the
        translation places it)."""
        lowered = f"{self.name[0].lower()}{self.name[1:]}"
        for named_side, pattern in self.side_names:
            if named_side == side:
                return pattern.format(name=lowered, Name=self.name)
        return f"{side.capitalize()} {lowered}"

    def pneumothorax_risk_at(self, trp: TriggerPoint) -> str:
        """The pneumothorax risk at one of this muscle's trigger points: its own where the
        data gives one, else the muscle's (which is the maximum over its points)."""
        return trp.needling.pneumothorax_risk if trp.needling else self.needling.pneumothorax_risk

    def trigger_point(self, trp_id: str) -> TriggerPoint:
        for trp in self.trigger_points:
            if trp.id == trp_id:
                return trp
        raise KeyError(f"{self.id} has no trigger point {trp_id!r}")

    def zone_keys(self, side: str, vocabulary: Mapping[str, Region],
                  kind: ZoneKind) -> tuple[RegionKey, ...]:
        """Every drawn region of this muscle's `kind` zones, for the muscle on `side`."""
        keys: dict[RegionKey, None] = {}
        for trp in self.trigger_points:
            zone = trp.essential if kind == "essential" else trp.spillover
            keys.update(dict.fromkeys(zone.region_keys(side, vocabulary)))
        return tuple(keys)


@dataclass(frozen=True)
class Dataset:
    """Everything bodymap knows, with the lookups the app and the tools need."""

    muscles: tuple[Muscle, ...]
    sources: Mapping[str, Source]
    regions: Mapping[str, Region]
    file: str = ""
    # Bony landmarks in words, by base name ('c7'): domain/landmarks.py's, or a
    # translation's (domain/translations.py); a name missing here reads as the English.
    landmark_labels: Mapping[str, str] = field(default_factory=dict, compare=False)
    _by_id: Mapping[str, Muscle] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({m.id: m for m in self.muscles}))
        object.__setattr__(self, "sources", MappingProxyType(dict(self.sources)))
        object.__setattr__(self, "regions", MappingProxyType(dict(self.regions)))
        object.__setattr__(self, "landmark_labels", MappingProxyType(
            {**LANDMARK_LABELS, **self.landmark_labels}))

    def __reduce__(self):
        # Read-only mapping proxies do not pickle: rebuild from plain dicts (the cache of
        # atlas/cache.py stores loaded datasets).
        return (Dataset, (self.muscles, dict(self.sources), dict(self.regions), self.file,
                          dict(self.landmark_labels)))

    def __iter__(self) -> Iterator[Muscle]:
        return iter(self.muscles)

    def __contains__(self, muscle_id: object) -> bool:
        return muscle_id in self._by_id

    def muscle(self, muscle_id: str) -> Muscle:
        try:
            return self._by_id[muscle_id]
        except KeyError:
            raise KeyError(f"no muscle with id {muscle_id!r}") from None

    def muscle_sides(self) -> tuple[MuscleSide, ...]:
        return tuple(MuscleSide(m.id, s) for m in self.muscles for s in SIDES)

    def trigger_point_count(self) -> int:
        return sum(len(m.trigger_points) for m in self.muscles)

    def zone_count(self) -> int:
        """Referral zones that name at least one region (essential and spillover counted apart)."""
        return sum(1 for m in self.muscles for t in m.trigger_points for z in t.zones if z.regions)

    def referrers_to(self, region_id: str) -> tuple[tuple[Muscle, TriggerPoint, ReferralZone], ...]:
        """Every trigger point whose essential or spillover zone names `region_id`."""
        return tuple((m, t, z) for m in self.muscles for t in m.trigger_points for z in t.zones
                     if region_id in z.regions)

    def search(self, text: str) -> tuple[Muscle, ...]:
        """Muscles whose name, Latin name, synonym or id contains `text` (case-insensitive)."""
        needle = text.strip().casefold()
        if not needle:
            return self.muscles
        return tuple(m for m in self.muscles
                     if any(needle in h.casefold()
                            for h in (m.name, m.latin, m.id.replace("_", " "), *m.synonyms)))
