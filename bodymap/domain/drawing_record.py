"""A pain drawing as a record: the JSON a drawing is exported as, read back, turned into CSV,
and compared with another visit's. No Qt: the app, the command line and tests share it.

Format (docs/pain-drawing-record.md): a JSON object with `format` "bodymap-pain-drawing" and
`format_version` 2, the app and data versions and a hash of the data the drawing was
measured on, the date, an optional patient reference, one entry per region and side drawn
(fraction of the region covered, 0-1, the highest intensity 0-10 drawn there and the kinds
of sensation), the strokes (each with its intensity and kind), the ranking, and the CHOIR
body map segments (domain/choir.py). Files written before the format had a version
(`created`, `regions` as a map of fractions, `strokes`) are read as version 1.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from bodymap.domain import choir
from bodymap.domain.model import RegionKey
from bodymap.domain.problems import DataError, Problem

FORMAT = "bodymap-pain-drawing"
FORMAT_VERSION = 2
# The sensations a stroke can record: pain, and the data's "other phenomena" a patient can
# draw (trigger_points.yaml records tingling and numbness among its other phenomena).
KINDS = ("pain", "tingling", "numbness")
MAX_INTENSITY = 10
MAX_BYTES = 16 * 1024 * 1024  # a drawing of thousands of strokes is well under this
PATIENT_REFERENCE_MAX = 200
CSV_COLUMNS = ("region", "side", "label", "fraction_covered", "intensity", "kinds",
               "choir_segments")


def coverage_fraction(drawn: float, area: float) -> float:
    """The share of a region drawn, 0-1. The drawn area is counted in mask pixels and the
    region's area from its vector outline, which round differently at the edge: a fully
    drawn region can count a little more than its area, and is then exactly 1."""
    if area <= 0:
        return 0.0
    return max(0.0, min(1.0, drawn / area))


@dataclass(frozen=True)
class RegionEntry:
    """One region and side of a drawing."""

    key: RegionKey
    fraction: float  # of the region, drawn: 0-1
    intensity: int | None  # the highest drawn there, 0-10; None in version-1 files
    kinds: tuple[str, ...]  # sensations drawn there


@dataclass(frozen=True)
class DrawingRecord:
    """An exported drawing, read back."""

    format_version: int
    created: str
    app_version: str | None
    data_version: str | None
    data_hash: str | None
    patient_reference: str | None
    percent_of_body: float | None
    regions: tuple[RegionEntry, ...]
    strokes: tuple[Mapping[str, Any], ...]

    def fractions(self) -> dict[RegionKey, float]:
        return {entry.key: entry.fraction for entry in self.regions}

    def drawn_areas(self, areas: Mapping[RegionKey, float]) -> dict[RegionKey, float]:
        """Drawn area per region (document units²) on an atlas with these region areas,
        as the ranking (domain/lookup.py) takes it."""
        return {e.key: e.fraction * areas[e.key] for e in self.regions
                if e.fraction > 0 and areas.get(e.key)}


def build_record(*, created: str, app_version: str, data_version: str, data_hash: str,
                 patient_reference: str, percent_of_body: float,
                 regions: Sequence[RegionEntry], strokes: Sequence[Mapping[str, Any]],
                 ranking: Sequence[Mapping[str, Any]],
                 labels: Mapping[str, str]) -> dict[str, Any]:
    """The JSON object of a drawing (format version 2)."""
    drawn = {e.key: e.fraction for e in regions}
    region_ids = sorted({e.key.region_id for e in regions})
    record: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "data_version": data_version,
        "data_hash": data_hash,
        "created": created,
        "patient_reference": patient_reference.strip() or None,
        "extent": {"percent_of_body": round(percent_of_body, 2)},
        "regions": [{"region": e.key.region_id, "side": e.key.side,
                     "label": labels.get(e.key.region_id, e.key.region_id),
                     "fraction": round(e.fraction, 3), "intensity": e.intensity,
                     "kinds": list(e.kinds)} for e in sorted(regions, key=lambda e: e.key)],
        "strokes": list(strokes),
        "ranking": list(ranking),
        "choir_body_map": {
            "segments": list(choir.drawing_segments(drawn)),
            "numbering": "CHOIR body map, male figure numbering (front 101-136, back 201-238)",
            "source": choir.SOURCE,
            "crosswalk": choir.crosswalk_table(region_ids),
            "note": "A region that spans several segments marks all of them, so the segments "
                    "can over-state the extent. See docs/pain-drawing-record.md.",
        },
        "note": "A ranking is a prompt for examination, not a diagnosis.",
    }
    return record


# -- reading --------------------------------------------------------------------------------
class _Bad(Exception):
    pass


def read_record(path: Path | str) -> DrawingRecord:
    """Read an exported drawing; DataError naming the file (and line:column for JSON that
    does not parse) if it cannot be used."""
    from bodymap.domain.bounded_read import UnreadableFile, read_bounded

    name = str(path)
    try:
        raw = read_bounded(path, MAX_BYTES)
    except UnreadableFile as error:
        raise DataError([Problem(name, None, None, error.reason)]) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DataError([Problem(name, None, None, "not text (UTF-8)")]) from None
    except json.JSONDecodeError as error:
        raise DataError([Problem(name, error.lineno, error.colno,
                                 f"not valid JSON: {error.msg}")]) from None
    try:
        return parse_record(data)
    except _Bad as error:
        raise DataError([Problem(name, None, None, str(error))]) from None


def parse_record(data: Any) -> DrawingRecord:
    """The record in a parsed JSON value; _Bad says what is wrong."""
    if not isinstance(data, dict):
        raise _Bad("not a bodymap pain drawing (expected a JSON object)")
    if "format" not in data:
        if "regions" in data and "strokes" in data and isinstance(data["regions"], dict):
            return _parse_version_1(data)
        raise _Bad("not a bodymap pain drawing (no 'format' field)")
    if data["format"] != FORMAT:
        raise _Bad(f"not a bodymap pain drawing (format {data['format']!r})")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _Bad("format_version must be a whole number")
    if version > FORMAT_VERSION:
        raise _Bad(f"written by a newer bodymap (format version {version}; this one reads "
                   f"up to {FORMAT_VERSION})")
    if version != FORMAT_VERSION:
        raise _Bad(f"unknown format version {version}")
    regions = data.get("regions")
    if not isinstance(regions, list):
        raise _Bad("'regions' must be a list")
    entries = [_region_entry(item, index) for index, item in enumerate(regions)]
    keys = [e.key for e in entries]
    if len(set(keys)) != len(keys):
        raise _Bad("a region and side is listed twice in 'regions'")
    reference = data.get("patient_reference")
    if reference is not None and (not isinstance(reference, str)
                                  or len(reference) > PATIENT_REFERENCE_MAX):
        raise _Bad(f"patient_reference must be text of at most {PATIENT_REFERENCE_MAX} "
                   "characters")
    strokes = data.get("strokes", [])
    if not isinstance(strokes, list) or not all(isinstance(s, dict) for s in strokes):
        raise _Bad("'strokes' must be a list of objects")
    for index, stroke in enumerate(strokes):
        _check_stroke(stroke, index)
    return DrawingRecord(
        format_version=version, created=_text(data, "created"),
        app_version=_optional_text(data, "app_version"),
        data_version=_optional_text(data, "data_version"),
        data_hash=_optional_text(data, "data_hash"),
        patient_reference=reference, percent_of_body=_percent(data),
        regions=tuple(entries), strokes=tuple(strokes))


def _parse_version_1(data: dict) -> DrawingRecord:
    entries = []
    for text, fraction in data["regions"].items():
        key = _key(text, text)
        if not _is_number(fraction) or fraction < 0:
            raise _Bad(f"regions[{text!r}] must be a fraction from 0 to 1")
        # Version 1 could write a little over 1 for a fully drawn region (the fault
        # coverage_fraction fixes): read as fully drawn.
        entries.append(RegionEntry(key, min(1.0, float(fraction)), None, ("pain",)))
    strokes = data.get("strokes", [])
    if not isinstance(strokes, list) or not all(isinstance(s, dict) for s in strokes):
        raise _Bad("'strokes' must be a list of objects")
    return DrawingRecord(1, _text(data, "created"), None, None, None, None, _percent(data),
                         tuple(entries), tuple(strokes))


def _region_entry(item: Any, index: int) -> RegionEntry:
    where = f"regions[{index}]"
    if not isinstance(item, dict):
        raise _Bad(f"{where} must be an object")
    region, side = item.get("region"), item.get("side")
    if not isinstance(region, str) or not isinstance(side, str):
        raise _Bad(f"{where} needs 'region' and 'side' as text")
    key = _key(f"{region}.{side}", where)
    fraction = item.get("fraction")
    if not _is_number(fraction) or not 0 <= fraction <= 1:
        raise _Bad(f"{where}: fraction must be a number from 0 to 1, not {fraction!r}")
    intensity = item.get("intensity")
    if intensity is not None and not _is_intensity(intensity):
        raise _Bad(f"{where}: intensity must be a whole number from 0 to {MAX_INTENSITY}")
    kinds = item.get("kinds", [])
    if not isinstance(kinds, list) or not all(k in KINDS for k in kinds):
        raise _Bad(f"{where}: kinds must be a list of {', '.join(KINDS)}")
    return RegionEntry(key, float(fraction), intensity, tuple(kinds))


def _check_stroke(stroke: Mapping[str, Any], index: int) -> None:
    intensity = stroke.get("intensity")
    if intensity is not None and not _is_intensity(intensity):
        raise _Bad(f"strokes[{index}]: intensity must be a whole number from 0 to "
                   f"{MAX_INTENSITY}")
    sensation = stroke.get("sensation")
    if sensation is not None and sensation not in KINDS:
        raise _Bad(f"strokes[{index}]: sensation must be one of {', '.join(KINDS)}")


def _key(text: str, where: str) -> RegionKey:
    try:
        return RegionKey.parse(text)
    except ValueError as error:
        raise _Bad(f"{where}: {error}") from None


def _is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def _is_intensity(value: Any) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)
            and 0 <= value <= MAX_INTENSITY)


def _text(data: dict, name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str):
        raise _Bad(f"'{name}' must be text")
    return value


def _optional_text(data: dict, name: str) -> str | None:
    value = data.get(name)
    if value is not None and not isinstance(value, str):
        raise _Bad(f"'{name}' must be text")
    return value


def _percent(data: dict) -> float | None:
    extent = data.get("extent")
    if extent is None:
        return None
    value = extent.get("percent_of_body") if isinstance(extent, dict) else None
    if not _is_number(value) or not 0 <= value <= 100:
        raise _Bad("extent.percent_of_body must be a number from 0 to 100")
    return float(value)


# -- CSV ------------------------------------------------------------------------------------
def to_csv(record: DrawingRecord, labels: Mapping[str, str]) -> str:
    """One row per region and side drawn, for R and pandas: the fraction covered (0-1), the
    highest intensity drawn there (empty when not recorded), the sensations and the CHOIR
    segments the region lies in (';'-separated)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in sorted(record.regions, key=lambda e: e.key):
        if entry.key.region_id in choir.CROSSWALK:
            segments = ";".join(str(s) for s in choir.segments(entry.key))
        else:
            segments = ""
        writer.writerow([entry.key.region_id, entry.key.side,
                         labels.get(entry.key.region_id, entry.key.region_id),
                         f"{entry.fraction:.3f}",
                         "" if entry.intensity is None else entry.intensity,
                         ";".join(entry.kinds), segments])
    return out.getvalue()


# -- comparing two visits --------------------------------------------------------------------
@dataclass(frozen=True)
class RegionChange:
    key: RegionKey
    before: float  # fraction covered at the first visit (0 if not drawn)
    after: float


@dataclass(frozen=True)
class Comparison:
    """How a later drawing differs from an earlier one."""

    percent_before: float | None
    percent_after: float | None
    added: tuple[RegionKey, ...]  # drawn now, not before
    cleared: tuple[RegionKey, ...]  # drawn before, not now
    changed: tuple[RegionChange, ...]  # drawn in both, by a different share

    @property
    def extent_change(self) -> float | None:
        """Points of body area, later minus earlier; None if either does not record it."""
        if self.percent_before is None or self.percent_after is None:
            return None
        return self.percent_after - self.percent_before

    def summary(self) -> str:
        change = self.extent_change
        if change is None:
            head = "The extent of one of the drawings is not recorded."
        elif abs(change) < 0.05:
            head = f"Pain extent unchanged at {self.percent_after:.1f}% of the body."
        else:
            word = "larger" if change > 0 else "smaller"
            head = (f"Pain extent {word} by {abs(change):.1f} points: "
                    f"{self.percent_before:.1f}% → {self.percent_after:.1f}% of the body.")
        parts = [head]
        if self.added:
            parts.append(f"Newly drawn: {len(self.added)} region"
                         f"{'s' if len(self.added) != 1 else ''}.")
        if self.cleared:
            parts.append(f"No longer drawn: {len(self.cleared)} region"
                         f"{'s' if len(self.cleared) != 1 else ''}.")
        return " ".join(parts)


def compare(before: DrawingRecord, after: DrawingRecord,
            tolerance: float = 0.02) -> Comparison:
    """The change from `before` to `after`; shares that moved less than `tolerance` of a
    region count as unchanged."""
    a, b = before.fractions(), after.fractions()
    added = tuple(sorted(k for k in b.keys() - a.keys() if b[k] > 0))
    cleared = tuple(sorted(k for k in a.keys() - b.keys() if a[k] > 0))
    changed = tuple(RegionChange(k, a[k], b[k]) for k in sorted(a.keys() & b.keys())
                    if abs(a[k] - b[k]) >= tolerance)
    return Comparison(before.percent_of_body, after.percent_of_body, added, cleared, changed)
