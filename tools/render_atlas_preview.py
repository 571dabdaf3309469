#!/usr/bin/env python3
"""Render the atlas SVGs to PNG previews and check the drawing against spec/ATLAS.md.

    QT_QPA_PLATFORM=offscreen python tools/render_atlas_preview.py [--out DIR] [--no-check]

    ... [--atlas /tmp/atlas-next] [--data /tmp/more_muscles/merged.yaml]

Writes, per view: <view>.png (as an SVG viewer shows it), <view>-regions.png (regions shown
semi-transparent, each in its own colour), <view>-deep.png (superficial muscles faded, as
the app shows the deeper layers), <view>-zones.png (the referral-zone shapes shown), and
zoomed crops (neck, upper back, lower back, pelvis, head, limbs, front of the neck, chest and
abdomen), plain, faded and with regions. Then prints the checks: ids, every muscle the data
puts on a figure drawn on both sides with its layer and fibres, trigger points at least
3 units inside their muscles, zone shapes mostly inside (and touching) the regions their
data names, anatomy lines on the body, landmarks, region coverage of the silhouette,
overlaps and children inside their parents. Exit status 1 if a check fails.
"""

from __future__ import annotations

import argparse
import colorsys
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ATLAS = ROOT / "bodymap" / "assets" / "atlas"
VIEWS = ("posterior", "anterior", "lateral", "plantar")  # bodymap.atlas.model.VIEWS
CROPS = {  # name: (x, y, w, h) in document units
    "posterior": {"upper-back": (150, 140, 400, 420), "pelvis": (150, 560, 400, 400),
                  "head": (230, 20, 240, 320), "arm": (0, 300, 260, 700),
                  "leg": (180, 850, 340, 720), "neck": (250, 140, 200, 200),
                  "lower-back": (200, 470, 300, 320)},
    "anterior": {"head": (230, 20, 240, 320), "trunk": (150, 260, 400, 660),
                 "arm": (440, 300, 260, 700), "leg": (180, 850, 340, 720),
                 "neck-chest": (230, 180, 240, 280), "abdomen": (230, 430, 240, 420)},
}


def render(svg_text: str, scale: float, rect=None) -> QImage:
    renderer = QSvgRenderer(QByteArray(app_like(svg_text).encode("utf-8")))
    x, y, w, h = rect or _viewbox(svg_text)
    image = QImage(int(w * scale), int(h * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("#f3f1ee"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.setViewBox(QRectF(x, y, w, h))
    renderer.render(painter)
    painter.end()
    return image


def _viewbox(svg_text: str) -> tuple[float, float, float, float]:
    match = re.search(r'viewBox="([^"]+)"', svg_text)
    return tuple(float(v) for v in match[1].split()) if match else (0, 0, 700, 1600)


def app_like(svg_text: str) -> str:
    """Paint each muscle's fibres right after its own fill, as the app does. (Qt's SVG
    renderer ignores clip-path, which SVG viewers use to hide the fibres of covered
    muscles, so a plain render would show deep fibres through the muscles over them.)"""
    fibre_style = ('fill="none" stroke="#7c4a42" stroke-width="0.7" stroke-opacity="0.35" '
                   'stroke-linecap="round"')
    groups = {}
    for m in re.finditer(r'<g id="fibres\.([a-z_]+\.(?:left|right))"[^>]*>(.*?)</g>',
                         svg_text, re.S):
        groups[m[1]] = m[2]
    svg_text = re.sub(r'<g inkscape:groupmode="layer" inkscape:label="Fibres".*?\n  </g>\n',
                      "", svg_text, flags=re.S)

    def with_fibres(m: re.Match) -> str:
        body = groups.get(m[1], "")
        opacity = re.search(r' opacity="[^"]+"', m[0])
        extra = opacity[0] if opacity else ""
        return f'{m[0]}<g id="fibres.{m[1]}" {fibre_style}{extra}>{body}</g>'

    return re.sub(r'<path id="muscle\.([a-z_]+\.(?:left|right))"[^>]*/>', with_fibres, svg_text)


def region_colours(svg_text: str) -> str:
    """Show the regions layer, each region in its own translucent colour."""
    svg_text = svg_text.replace('id="regions" style="display:none" ', 'id="regions" ')
    ids = re.findall(r'<path id="(region\.[^"]+)"', svg_text)
    bases = sorted({i.split(".")[1] for i in ids})
    for region_id in ids:
        k = bases.index(region_id.split(".")[1])
        r, g, b = colorsys.hsv_to_rgb((k * 0.6180339) % 1.0, 0.65, 0.9)
        colour = f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"
        svg_text = svg_text.replace(
            f'<path id="{region_id}" ',
            f'<path id="{region_id}" fill="{colour}" fill-opacity="0.45" stroke="#222" '
            f'stroke-width="0.5" stroke-opacity="0.6" ', 1)
    # hide muscles and fibres so the regions read clearly
    svg_text = svg_text.replace('inkscape:label="Muscles" id="muscles"',
                                'inkscape:label="Muscles" id="muscles" style="display:none"')
    svg_text = svg_text.replace('inkscape:label="Fibres" id="fibres"',
                                'inkscape:label="Fibres" id="fibres" style="display:none"')
    return svg_text


def show_zones(svg_text: str) -> str:
    """The referral-zone shapes shown over the drawing."""
    return svg_text.replace('id="zones" style="display:none"', 'id="zones"')


def fade_superficial(svg_text: str) -> str:
    """Layer-1 muscles (and their fibres) at the app's faded opacity."""
    layer1 = re.findall(r'<path id="muscle\.([a-z_]+\.(?:left|right))" data-layer="1"', svg_text)
    for key in layer1:
        svg_text = svg_text.replace(f'<path id="muscle.{key}" ',
                                    f'<path id="muscle.{key}" opacity="0.22" ', 1)
        svg_text = svg_text.replace(f'<g id="fibres.{key}" ',
                                    f'<g id="fibres.{key}" opacity="0.22" ', 1)
    return svg_text


def main() -> int:
    global ATLAS  # noqa: PLW0603
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="/tmp/atlas-preview")
    parser.add_argument("--no-check", action="store_true")
    parser.add_argument("--atlas", default=str(ATLAS),
                        help="folder holding posterior.svg and anterior.svg (default: "
                             "bodymap/assets/atlas; e.g. /tmp/atlas-next for a scratch build)")
    parser.add_argument("--data", default=None,
                        help="trigger-point data file for the data checks (default: the "
                             "bundled data)")
    args = parser.parse_args()
    ATLAS = Path(args.atlas)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841
    for view in VIEWS:
        svg = (ATLAS / f"{view}.svg").read_text(encoding="utf-8")
        render(svg, 1.0).save(str(out / f"{view}.png"))
        render(region_colours(svg), 1.0).save(str(out / f"{view}-regions.png"))
        render(fade_superficial(svg), 1.0).save(str(out / f"{view}-deep.png"))
        render(show_zones(svg), 1.0).save(str(out / f"{view}-zones.png"))
        for name, rect in CROPS.get(view, {}).items():
            render(svg, 2.5, rect).save(str(out / f"{view}-{name}.png"))
            render(fade_superficial(svg), 2.5, rect).save(str(out / f"{view}-{name}-deep.png"))
            render(region_colours(svg), 2.0, rect).save(str(out / f"{view}-{name}-regions.png"))
    print(f"previews written to {out}")
    if not args.no_check:
        return run_checks(out, args.data)
    return 0


# ---------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------
TRP_MARGIN = 3.0     # a trigger point lies at least this far inside its muscle outline
ZONE_INSIDE = 0.75   # share of a zone shape's area inside the regions its data names
# Regions seen only from the side go to the outer edge of these figures (the brief's rule).
LATERAL_ONLY = {
    "ear": ("anterior",), "jaw_angle": ("anterior",),
    **{r: ("posterior", "anterior") for r in (
        "lateral_shoulder", "flank", "lateral_hip", "lateral_thigh", "lateral_knee",
        "lateral_calf", "lateral_ankle", "lateral_arm", "lateral_elbow")},
}
BOTH_EXTRA = ("acromion", "lateral_neck")
ID_SHAPES = [re.compile(p) for p in (
    r"^silhouette$", r"^muscle\.[a-z_]+\.(left|right)$", r"^fibres\.[a-z_]+\.(left|right)$",
    r"^region\.[a-z_]+\.(left|right|midline)$", r"^trp\.[a-z_]+\.trp\d+\.(left|right)$",
    r"^landmark\.[a-z0-9_]+(\.(left|right))?$", r"^clip(-out)?\.[a-z_]+\.(left|right)$",
    r"^zone\.[a-z_]+\.trp\d+\.(essential|spillover)\.(left|right)$",
    r"^(anatomy|muscles|fibres|regions|zones|trigger-points|landmarks)$")]
SCALE = 2  # raster checks at 2 px per unit


def expected_views(region) -> tuple[str, ...]:
    views = tuple(v for v in ("posterior", "anterior") if v in region.views)
    if region.id in BOTH_EXTRA:
        return ("posterior", "anterior")
    return views or LATERAL_ONLY.get(region.id, ())


def mask_of(outline):
    import numpy as np
    from PySide6.QtGui import QBrush, QTransform

    from bodymap.ui.map_pane.paths import to_painter_path

    image = QImage(700 * SCALE, 1600 * SCALE, QImage.Format.Format_Grayscale8)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setTransform(QTransform.fromScale(SCALE, SCALE))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(255, 255, 255)))
    painter.drawPath(to_painter_path(outline))
    painter.end()
    ptr = image.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return arr[:, :image.width()] > 127


def run_checks(out: Path, data_file: str | None = None) -> int:
    import build_atlas
    import numpy as np
    from atlas_source.primitives.shapes import seg_dist
    from PySide6.QtCore import QPointF

    from bodymap import resources
    from bodymap.atlas.crosscheck import REQUIRED_LANDMARKS
    from bodymap.atlas.loader import load_view
    from bodymap.atlas.model import TriggerPointKey
    from bodymap.domain.loader import load_dataset
    from bodymap.domain.model import MuscleSide, RegionKey
    from bodymap.domain.regions import load_regions
    from bodymap.domain.spec import load_spec_muscles
    from bodymap.ui.map_pane.paths import to_painter_path

    failures: list[str] = []

    def fail(message: str) -> None:
        failures.append(message)
        print("  FAIL", message)

    regions = load_regions(resources.REGIONS_FILE)
    dataset = load_dataset(data_file or resources.DATA_FILE, regions, resources.SCHEMA_FILE,
                           load_spec_muscles(resources.SPEC_MUSCLES_FILE))
    drawn: dict[RegionKey, list[str]] = {}
    views = {}
    for view in VIEWS:
        path = ATLAS / f"{view}.svg"
        print(f"== {view}")
        text = path.read_text(encoding="utf-8")
        ids = re.findall(r'\sid="([^"]+)"', text)
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            fail(f"{view}: duplicate ids {sorted(dupes)}")
        odd = [i for i in ids if not any(p.match(i) for p in ID_SHAPES)]
        if odd:
            fail(f"{view}: ids outside the ATLAS.md shapes: {odd}")
        atlas_view = load_view(path, view)       # the app's own reader: raises on problems
        views[view] = atlas_view
        for name in REQUIRED_LANDMARKS[view]:
            if name not in atlas_view.landmarks:
                fail(f"{view}: landmark.{name} missing")
        print("  landmarks:", ", ".join(f"{n}=({x:.0f},{y:.0f})"
                                        for n, (x, y) in sorted(atlas_view.landmarks.items())))
        for key in atlas_view.regions:
            drawn.setdefault(key, []).append(view)
        # muscles and trigger points: every muscle the data puts on this figure
        for muscle in dataset:
            if muscle.figure != view:
                continue
            for side in ("left", "right"):
                shape = atlas_view.muscles.get(MuscleSide(muscle.id, side))
                if shape is None:
                    fail(f"muscle.{muscle.id}.{side} missing")
                    continue
                if shape.layer != muscle.layer:
                    fail(f"muscle.{muscle.id}.{side}: layer {shape.layer}, data {muscle.layer}")
                qpath = to_painter_path(shape.outline)
                poly = [q for p in shape.outline.polygons for q in p]
                for trp in muscle.trigger_points:
                    key = TriggerPointKey(muscle.id, trp.id, side)
                    pt = atlas_view.trigger_points.get(key)
                    if pt is None:
                        fail(f"trp.{key} missing")
                        continue
                    if not (qpath.contains(QPointF(*pt)) and shape.outline.contains(pt)):
                        fail(f"{key} at {pt} is outside its muscle")
                        continue
                    depth = min(seg_dist(pt, a, b)
                                for a, b in zip(poly, poly[1:] + poly[:1], strict=False))
                    if depth < TRP_MARGIN:
                        fail(f"{key} at ({pt[0]:.1f}, {pt[1]:.1f}) is only {depth:.1f} units "
                             f"inside its muscle")
                outside = total = 0
                for fibre in shape.fibres:
                    for poly_f in fibre.polygons:
                        for q in poly_f:
                            total += 1
                            outside += not qpath.contains(QPointF(*q))
                if total and outside / total > 0.02:
                    fail(f"fibres of {muscle.id}.{side}: {outside}/{total} points outside")
                if not shape.fibres:
                    fail(f"muscle.{muscle.id}.{side} has no fibres")
        # clicking a muscle's interior point with its layer focused must pick that muscle
        # (the app picks the first muscle of the layer, in document order, under the point)
        for key, shape in atlas_view.muscles.items():
            pt = shape.outline.interior_point
            first = next(k for k, other in atlas_view.muscles.items()
                         if other.layer == shape.layer and other.outline.contains(pt))
            if first != key:
                fail(f"{view}: a click at the interior point of muscle.{key} picks "
                     f"muscle.{first} (the app picks the first of a layer in document "
                     "order, i.e. the one painted UNDER; see MapScene.muscles_at)")
        if atlas_view.muscles:
            order = list(atlas_view.muscles)
            layers = [atlas_view.muscles[k].layer for k in order]
            if layers != sorted(layers, reverse=True):
                fail(f"{view}: muscles are not ordered deepest first")
            print(f"  muscles: {len(order)}, trigger points: {len(atlas_view.trigger_points)}")
        # anatomy lines must stay on the body
        sil_path = to_painter_path(atlas_view.silhouette[0])
        for kind, outlines in (("bone", atlas_view.bones), ("contour", atlas_view.contours)):
            for outline in outlines:
                pts = [q for poly in outline.polygons for q in poly]
                off = [q for q in pts if not sil_path.contains(QPointF(*q))]
                if off:
                    fail(f"{view}: a {kind} line leaves the silhouette near "
                         f"({off[0][0]:.0f}, {off[0][1]:.0f})")
        # regions: coverage and overlaps, rasterised
        sil = np.zeros((1600 * SCALE, 700 * SCALE), bool)
        for outline in atlas_view.silhouette:
            sil |= mask_of(outline)
        count = np.zeros(sil.shape, np.uint8)
        masks = {}
        for key, outline in atlas_view.regions.items():
            m = mask_of(outline)
            masks[key] = m
            if regions[key.region_id].parent is None:
                count += m
        figure = build_atlas.FIGURES[view]()
        unnamed = np.zeros(sil.shape, bool)
        if figure.unnamed:
            from bodymap.atlas.geometry import parse_path
            v = build_atlas.View(view)
            for curve in figure.unnamed:
                for side in ("left", "right"):
                    unnamed |= mask_of(parse_path(v.d(curve, side)))
        area = sil.sum()
        uncovered = sil & (count == 0)
        print(f"  regions: {len(atlas_view.regions)} drawn")
        print(f"  uncovered: {100 * uncovered.sum() / area:.3f}% of the silhouette"
              f" ({100 * (uncovered & ~unnamed).sum() / area:.3f}% outside the surfaces no"
              f" region names; those are {100 * (sil & unnamed).sum() / area:.2f}%)")
        named_cover = (count > 0) | unnamed
        print(f"  overlap of non-child regions: {100 * (count > 1).sum() / area:.3f}%")
        print(f"  regions outside the silhouette: {100 * ((count > 0) & ~sil).sum() / area:.3f}%"
              f"; unnamed overlapping regions: {100 * ((count > 0) & unnamed).sum() / area:.3f}%")
        if (uncovered & ~unnamed).sum() / area > 0.002:
            fail(f"{view}: gaps between regions")
            ys, xs = np.nonzero(uncovered & ~unnamed)
            hist: dict[tuple[int, int], int] = {}
            for y, x in zip(ys // (40 * SCALE), xs // (40 * SCALE), strict=False):
                hist[(int(x) * 40, int(y) * 40)] = hist.get((int(x) * 40, int(y) * 40), 0) + 1
            print("    gaps near", sorted(hist.items(), key=lambda kv: -kv[1])[:8])
        if (count > 1).sum() / area > 0.002:
            fail(f"{view}: overlapping regions")
        del named_cover
        for key, m in masks.items():
            parent = regions[key.region_id].parent
            if parent is None:
                continue
            pm = np.zeros(sil.shape, bool)
            for k2, m2 in masks.items():
                if k2.region_id == parent:
                    pm |= m2
            stray = (m & ~pm).sum() / max(1, m.sum())
            if stray > 0.01:
                fail(f"{view}: region.{key} lies {100 * stray:.1f}% outside its parent {parent}")
        # zone shapes: mostly inside the regions the data names, touching each drawn one
        for (muscle_id, trp_id, kind, side), outline in atlas_view.zones.items():
            element = f"zone.{muscle_id}.{trp_id}.{kind}.{side}"
            trp = next(t for t in dataset.muscle(muscle_id).trigger_points if t.id == trp_id)
            zone = trp.essential if kind == "essential" else trp.spillover
            zm = mask_of(outline)
            named = np.zeros(sil.shape, bool)
            grown = []
            for region_key in zone.region_keys(side, regions):
                if region_key in masks:
                    m = masks[region_key]
                    named |= m
                    if not (zm & m).any():                  # it must overlap the region
                        fail(f"{view}: {element} does not touch region.{region_key}")
                    grown.append(str(region_key))
            if not grown:
                fail(f"{view}: {element} is drawn on a figure showing none of its regions")
                continue
            share = (zm & named).sum() / max(1, zm.sum())
            print(f"  {element}: {100 * share:.0f}% inside {', '.join(grown)}")
            if share < ZONE_INSIDE:
                fail(f"{view}: {element} lies only {100 * share:.0f}% inside its regions")
        # symmetry of the silhouette
        flipped = sil[:, ::-1]
        asym = (sil ^ flipped).sum() / area
        print(f"  silhouette asymmetry: {100 * asym:.3f}%")
    for region in regions.values():
        sides = ("midline",) if region.midline else ("left", "right")
        for side in sides:
            where = drawn.get(RegionKey(region.id, side), [])
            if not where:
                fail(f"region.{region.id}.{side} is drawn on no figure")
            for view in expected_views(region):
                if view not in where:
                    fail(f"region.{region.id}.{side} should be on the {view} figure")
    # levels that must agree
    lm = views["posterior"].landmarks
    for a, b in (("t3", "scapular_spine_root.left"), ("t7", "scapula_inferior_angle.left"),
                 ("l4", "iliac_crest_top.left"), ("s2", "psis.left")):
        print(f"  level {a} y={lm[a][1]:.0f} vs {b} y={lm[b][1]:.0f}")
    print("ALL CHECKS PASSED" if not failures else f"{len(failures)} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
