"""The atlas source (tools/atlas_source): organised in small modules, and an outline edited in
Inkscape survives the next build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bodymap.atlas.geometry import Outline, parse_path
from bodymap.atlas.loader import load_view
from bodymap.domain.model import MuscleSide
from tests.atlas_raster import ROOT, build_atlas_module

SOURCE = ROOT / "tools" / "atlas_source"


def test_no_atlas_source_file_is_over_600_lines():
    files = sorted(SOURCE.rglob("*.py")) + [ROOT / "tools" / "build_atlas.py"]
    assert len(files) > 10
    long = {f.relative_to(ROOT).as_posix(): n for f in files
            if (n := len(f.read_text(encoding="utf-8").splitlines())) > 600}
    assert long == {}


def test_the_source_is_organised_by_body_part():
    parts = {p.stem for p in (SOURCE / "parts").glob("*.py")} - {"__init__"}
    assert parts == {"head_neck", "trunk_back", "trunk_front", "shoulder_arm", "forearm_hand",
                     "hip_thigh", "leg_foot"}
    registry = build_atlas_module()  # imports the source and so registers every muscle
    del registry
    from atlas_source.registry import muscles_of

    for entry in muscles_of("posterior") + muscles_of("anterior"):
        assert entry.module.startswith("atlas_source.parts."), entry


@pytest.fixture
def source(tmp_path) -> Path:
    """A private copy of the source's data files (markers, edited outlines) to import into."""
    folder = tmp_path / "source"
    folder.mkdir()
    shutil.copy(SOURCE / "markers.yaml", folder / "markers.yaml")
    if (SOURCE / "edited").exists():
        shutil.copytree(SOURCE / "edited", folder / "edited")
    return folder


def build(source: Path, out: Path) -> dict[str, str]:
    texts = build_atlas_module().build_all(source)
    out.mkdir(parents=True, exist_ok=True)
    for view, text in texts.items():
        (out / f"{view}.svg").write_text(text, encoding="utf-8")
    return texts


def element(text: str, element_id: str) -> re.Match:
    match = re.search(rf'<path id="{re.escape(element_id)}"[^>]*? d="([^"]*)"/>', text)
    assert match, element_id
    return match


def absolute_path_data(outline: Outline, shift: tuple[float, float]) -> str:
    """Absolute commands with commas, the coordinates inside a translate(shift) transform."""
    out = []
    for cmd in outline.commands:
        if cmd[0] == "Z":
            out.append("Z")
            continue
        xy = cmd[1:]
        out.append(cmd[0] + " " + " ".join(f"{xy[i] - shift[0]:.6g},{xy[i + 1] - shift[1]:.6g}"
                                           for i in range(0, len(xy), 2)))
    return " ".join(out)


def relative_path_data(outline: Outline, shift: tuple[float, float]) -> str:
    """Path data as Inkscape writes it after an edit: relative commands, commas, the
    coordinates expressed inside a translate(shift) transform."""
    out, (cx, cy), start = [], (0.0, 0.0), None
    for cmd in outline.commands:
        op, coords = cmd[0], cmd[1:]
        if op == "Z":
            out.append("z")
            cx, cy = start
            continue
        pts = [(coords[i] - shift[0], coords[i + 1] - shift[1]) for i in range(0, len(coords), 2)]
        rel = " ".join(f"{x - cx:.6g},{y - cy:.6g}" for x, y in pts)
        out.append(f"{op.lower()} {rel}")
        cx, cy = pts[-1]
        if op == "M":
            start = (cx, cy)
    return " ".join(out)


def as_inkscape_saves_it(text: str, element_id: str, outline: Outline,
                         relative: bool = True) -> str:
    """The figure SVG after an illustrator redrew `element_id` in Inkscape and saved: the
    sodipodi namespace and named view, an Inkscape version, style and node types, and
    either the path moved into a translated group with relative commands, or a matrix
    transform on the path itself with absolute commands."""
    shift = (3.0, -2.0)
    match = element(text, element_id)
    attrs = re.search(r'data-layer="(\d)"', match[0])
    layer = f' data-layer="{attrs[1]}"' if attrs else ""
    nodes = "c" * sum(1 for c in outline.commands if c[0] in "LC")
    extras = (f'sodipodi:nodetypes="{nodes}" inkscape:connector-curvature="0" '
              'inkscape:label="edited"')
    if relative:
        edited = (f'<g transform="translate({shift[0]:g},{shift[1]:g})" id="g1234">'
                  f'<path style="fill:#c98e82;stroke:#7c4a42" id="{element_id}"{layer} '
                  f'd="{relative_path_data(outline, shift)}" {extras}/></g>')
    else:
        edited = (f'<path style="fill:#c98e82;stroke:#7c4a42" id="{element_id}"{layer} '
                  f'transform="matrix(1,0,0,1,{shift[0]:g},{shift[1]:g})" '
                  f'd="{absolute_path_data(outline, shift)}" {extras}/>')
    text = text.replace(match[0], edited)
    text = text.replace(
        '<svg xmlns="http://www.w3.org/2000/svg"',
        '<svg xmlns="http://www.w3.org/2000/svg"\n'
        '     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"\n'
        '     inkscape:version="1.2.2 (b0a8486541, 2022-12-01)" sodipodi:docname="posterior.svg"')
    return text.replace("</title>", '</title>\n  <sodipodi:namedview id="namedview1" '
                                     'pagecolor="#ffffff" inkscape:zoom="1.5"/>')


def moved(outline: Outline, near: tuple[float, float], by: tuple[float, float]) -> Outline:
    """The outline with the node nearest `near` (and its incoming handle) moved."""
    best = min(range(len(outline.commands)),
               key=lambda i: (abs(outline.commands[i][-2] - near[0])
                              + abs(outline.commands[i][-1] - near[1]))
               if outline.commands[i][0] != "Z" else 1e9)
    cmd = list(outline.commands[best])
    for k in range(len(cmd) - 4 if cmd[0] == "C" else 1, len(cmd), 2):
        cmd[k] += by[0]
        cmd[k + 1] += by[1]
    commands = list(outline.commands)
    commands[best] = tuple(cmd)
    return Outline(tuple(commands))


@pytest.mark.parametrize("relative", [True, False], ids=["relative-in-group", "absolute-matrix"])
def test_a_muscle_outline_edited_in_inkscape_survives_the_next_build(source, tmp_path,
                                                                    relative):
    module = build_atlas_module()
    before = build(source, tmp_path / "before")["posterior"]
    original = parse_path(element(before, "muscle.rhomboids.left")[1])
    # Drag the lower midline corner of the left rhomboids (lat 2.5, y 438) down 12 units.
    edited = moved(original, (347.5, 438.0), (0.0, 12.0))
    saved = tmp_path / "posterior.svg"
    saved.write_text(as_inkscape_saves_it(before, "muscle.rhomboids.left", edited, relative),
                     encoding="utf-8")

    assert module.import_edit(saved, source=source, report=lambda _m: None) == [
        "muscle.rhomboids.left"]
    after = build(source, tmp_path / "after")
    view = load_view(tmp_path / "after" / "posterior.svg", "posterior")
    left = view.muscles[MuscleSide("rhomboids", "left")].outline
    right = view.muscles[MuscleSide("rhomboids", "right")].outline
    # the new corner is part of the drawing, on both sides (the right mirrors the left) ...
    assert left.contains((344.0, 446.0)) and not original.contains((344.0, 446.0))
    assert right.contains((356.0, 446.0))
    for (op_l, *left_xy), (op_r, *right_xy) in zip(left.commands, right.commands, strict=True):
        assert op_l == op_r
        assert all(abs((700 - a if k % 2 == 0 else a) - b) < 0.011
                   for k, (a, b) in enumerate(zip(left_xy, right_xy, strict=True)))
    # ... the fibres were clipped to the new outline, the markers still lie inside it ...
    shape = view.muscles[MuscleSide("rhomboids", "left")]
    assert all(left.contains(p) for fibre in shape.fibres for poly in fibre.polygons
               for p in poly)
    # ... and nothing else moved.
    for other in ("muscle.upper_trapezius.left", "muscle.rhomboids.right", "region.scapula.left"):
        if other != "muscle.rhomboids.right":
            assert element(after["posterior"], other)[0] == element(before, other)[0]
    assert after["anterior"] == build(SOURCE, tmp_path / "committed")["anterior"]
    # Importing the rebuilt figure finds nothing new: the edit is now source.
    assert module.import_edit(tmp_path / "after" / "posterior.svg", source=source,
                              report=lambda _m: None) == []
    assert (source / "edited" / "posterior.svg").exists()


def test_an_edit_that_leaves_a_trigger_point_outside_its_muscle_is_refused(source, tmp_path):
    module = build_atlas_module()
    before = build(source, tmp_path / "before")["posterior"]
    tiny = parse_path("M 300 300 L 310 300 L 310 310 L 300 310 Z")
    saved = tmp_path / "posterior.svg"
    saved.write_text(as_inkscape_saves_it(before, "muscle.rhomboids.left", tiny),
                     encoding="utf-8")
    module.import_edit(saved, source=source, report=lambda _m: None)
    from atlas_source.figures import SourceError

    with pytest.raises(SourceError, match="rhomboids trp1"):
        module.build_all(source)


def test_an_edit_of_the_right_side_only_is_reported_not_imported(source, tmp_path):
    module = build_atlas_module()
    before = build(source, tmp_path / "before")["posterior"]
    original = parse_path(element(before, "muscle.rhomboids.right")[1])
    saved = tmp_path / "posterior.svg"
    saved.write_text(as_inkscape_saves_it(before, "muscle.rhomboids.right",
                                          moved(original, (352.5, 438.0), (0.0, 12.0))),
                     encoding="utf-8")
    notes: list[str] = []
    assert module.import_edit(saved, source=source, report=notes.append) == []
    assert any("only the patient's left side is source" in note for note in notes)


def test_a_zone_shape_edited_in_inkscape_survives_the_next_build(source, tmp_path):
    module = build_atlas_module()
    before = build(source, tmp_path / "before")["posterior"]
    zone_id = "zone.upper_trapezius.trp1.essential.left"
    original = parse_path(element(before, zone_id)[1])
    first = original.commands[0]
    edited = moved(original, (first[1], first[2]), (-3.0, 2.0))
    saved = tmp_path / "posterior.svg"
    saved.write_text(as_inkscape_saves_it(before, zone_id, edited), encoding="utf-8")
    assert module.import_edit(saved, source=source, report=lambda _m: None) == [zone_id]
    after = build(source, tmp_path / "after")["posterior"]
    rebuilt = parse_path(element(after, zone_id)[1])
    assert rebuilt.commands[0][1:] == pytest.approx((first[1] - 3.0, first[2] + 2.0), abs=0.011)
    right = parse_path(element(after, zone_id.replace(".left", ".right"))[1])
    assert right.commands[0][1:] == pytest.approx((700 - first[1] + 3.0, first[2] + 2.0),
                                                  abs=0.011)
