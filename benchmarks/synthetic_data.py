#!/usr/bin/env python3
"""Write a reference data folder of a chosen size, for measuring how bodymap scales.

    python benchmarks/synthetic_data.py OUT_DIR --muscles N

OUT_DIR is laid out as bodymap/data, with the atlas in OUT_DIR/atlas; point bodymap at it
with the BODYMAP_DATA_DIR environment variable (bodymap/resources.py):

    BODYMAP_DATA_DIR=OUT_DIR bodymap check

It is made from the bundled data and atlas, never invented:

- N below the bundled count keeps the first N muscles (in muscles.yaml's order, so 32 is
  the first release's list), with their trigger points, zones and atlas shapes; every body
  region stays.
- N above it adds copies: copy 2 of muscle `m` is `m_x2`, with its trigger points, zones,
  outline, fibres and markers drawn where `m`'s are, and a copy of every body region
  (`r_x2`, drawn where `r` is) for its zones to refer to. So a 5x dataset has five times
  the muscles, trigger points, zones and regions, every one stacked on its original: a
  pessimistic shape for hit tests (five muscles under each point instead of five smaller
  ones side by side), the same for everything that walks the lists.

The result is clinical nonsense and says so in every name ("(synthetic copy 2)"); it exists
to be timed. It passes `bodymap check` (tests/test_benchmarks.py).
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bodymap" / "data"
ATLAS = ROOT / "bodymap" / "assets" / "atlas"
SVG = "http://www.w3.org/2000/svg"
INKSCAPE = "http://www.inkscape.org/namespaces/inkscape"
COPIED = ("trigger_points.schema.json", "dry_needling.yaml", "dry_needling.schema.json",
          "VERSION")


def suffix(name: str, copy_number: int) -> str:
    return name if copy_number == 1 else f"{name}_x{copy_number}"


def plan(muscle_ids: list[str], count: int) -> list[tuple[str, int]]:
    """(original muscle id, copy number) for each muscle of the result, in order."""
    if count < 1:
        raise ValueError("at least one muscle")
    return [(muscle_ids[i % len(muscle_ids)], i // len(muscle_ids) + 1) for i in range(count)]


def _dump(data: object, path: Path) -> None:
    with path.open("w", encoding="utf-8") as file:
        yaml.dump(data, file, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True,
                  width=100)


def _copy_region(region: dict, number: int) -> dict:
    result = dict(region, id=suffix(region["id"], number))
    if number > 1:
        result["label"] = f"{region['label']} (synthetic copy {number})"
    if "parent" in result:
        result["parent"] = suffix(result["parent"], number)
    return result


def _copy_muscle(muscle: dict, number: int) -> dict:
    if number == 1:
        return muscle
    result = copy.deepcopy(muscle)
    result["id"] = suffix(muscle["id"], number)
    result["name"] = f"{muscle['name']} (synthetic copy {number})"
    result["latin"] = f"{muscle['latin']} (copy {number})"
    result["synonyms"] = [f"{s} (synthetic copy {number})" for s in muscle.get("synonyms", [])]
    for trp in result["trigger_points"]:
        for kind in ("essential", "spillover"):
            trp[kind] = [suffix(r, number) for r in trp.get(kind, [])]
    return result


def _write_yaml(out: Path, chosen: list[tuple[str, int]], copies: int) -> None:
    spec = yaml.load((DATA / "muscles.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    spec_by_id = {m["id"]: m for m in spec["muscles"]}
    spec["muscles"] = [_copy_spec(spec_by_id[m], n) for m, n in chosen]
    _dump(spec, out / "muscles.yaml")

    regions = yaml.load((DATA / "body_regions.yaml").read_text(encoding="utf-8"),
                        Loader=yaml.CSafeLoader)
    regions["regions"] = [_copy_region(r, n) for n in range(1, copies + 1)
                          for r in regions["regions"]]
    _dump(regions, out / "body_regions.yaml")

    data = yaml.load((DATA / "trigger_points.yaml").read_text(encoding="utf-8"),
                     Loader=yaml.CSafeLoader)
    by_id = {m["id"]: m for m in data["muscles"]}
    data["muscles"] = [_copy_muscle(by_id[m], n) for m, n in chosen]
    # A smaller set keeps only the sources still cited (the checker refuses unused ones).
    general = yaml.load((DATA / "dry_needling.yaml").read_text(encoding="utf-8"),
                        Loader=yaml.CSafeLoader)
    cited = _strings(data["muscles"]) | _strings(general)
    data["sources"] = {k: v for k, v in data["sources"].items() if k in cited}
    _dump(data, out / "trigger_points.yaml")

    schema = json.loads((DATA / "trigger_points.schema.json").read_text(encoding="utf-8"))
    schema["$defs"]["region_id"]["enum"] = [r["id"] for r in regions["regions"]]
    (out / "trigger_points.schema.json").write_text(json.dumps(schema, indent=2) + "\n",
                                                     encoding="utf-8")


def _strings(value: object) -> set[str]:
    """Every string anywhere in `value` (source ids are cited as plain strings)."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*map(_strings, value.values()))
    if isinstance(value, list):
        return set().union(*map(_strings, value))
    return set()


def _copy_spec(entry: dict, number: int) -> dict:
    if number == 1:
        return entry
    return dict(entry, id=suffix(entry["id"], number),
                name=f"{entry['name']} (synthetic copy {number})",
                latin=f"{entry['latin']} (copy {number})")


ELEMENT = re.compile(r"^(muscle|fibres|clip|clip-out|trp|zone|region)\.([a-z0-9_]+)\.(.*)$")


def _write_atlas(out: Path, chosen: list[tuple[str, int]], copies: int) -> None:
    """Each view's SVG with the chosen muscles' elements (copies stacked on their
    originals) and `copies` sets of regions."""
    ET.register_namespace("", SVG)
    ET.register_namespace("inkscape", INKSCAPE)
    wanted: dict[str, list[int]] = {}
    for muscle_id, number in chosen:
        wanted.setdefault(muscle_id, []).append(number)
    folder = out / "atlas"
    folder.mkdir()
    for source in sorted(ATLAS.glob("*.svg")):
        tree = ET.parse(source)
        parents = {child: parent for parent in tree.iter() for child in parent}
        for element in list(tree.iter()):
            match = ELEMENT.match(element.get("id", ""))
            if match is None:
                continue
            kind, name, rest = match.groups()
            parent = parents[element]
            if kind == "region":
                numbers = range(2, copies + 1)
            elif name not in wanted:
                parent.remove(element)  # a muscle left out of a smaller set
                continue
            else:
                numbers = [n for n in wanted[name] if n > 1]
            for number in numbers:
                twin = copy.deepcopy(element)
                twin.set("id", f"{kind}.{suffix(name, number)}.{rest}")
                if kind == "fibres":
                    twin.attrib.pop("clip-path", None)
                for inner in twin.iter():
                    if inner is not twin and "id" in inner.attrib:
                        del inner.attrib["id"]
                parent.append(twin)
        tree.write(folder / source.name, encoding="utf-8", xml_declaration=True)


def generate(out: Path, count: int) -> dict[str, int]:
    """Write a data folder with `count` muscles into `out` (which must not exist)."""
    spec = yaml.load((DATA / "muscles.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    ids = [m["id"] for m in spec["muscles"]]
    chosen = plan(ids, count)
    copies = max(1, math.ceil(count / len(ids)))
    out.mkdir(parents=True)
    for name in COPIED:
        shutil.copy2(DATA / name, out / name)
    _write_yaml(out, chosen, copies)
    _write_atlas(out, chosen, copies)
    return {"muscles": count, "region_sets": copies}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to create (must not exist)")
    parser.add_argument("--muscles", type=int, required=True, metavar="N",
                        help="how many muscles (the bundled data has 95)")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; give a new folder")
    generate(args.out, args.muscles)
    print(f"wrote {args.out} ({args.muscles} muscles); use it with "
          f"BODYMAP_DATA_DIR={args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
