"""Tie the dataset to the atlas: everything in the data has geometry, and the reverse."""

from __future__ import annotations

from bodymap.atlas.model import Atlas, AtlasView, TriggerPointKey
from bodymap.domain.model import SIDES, Dataset, MuscleSide, RegionKey, Where
from bodymap.domain.problems import Problem

# The bony points of the elbow and wrist, on both whole-body figures (issue 23).
LIMB_LANDMARKS = ("lateral_epicondyle", "medial_epicondyle", "radial_styloid", "ulnar_styloid")
REQUIRED_LANDMARKS = {
    "posterior": ("external_occipital_protuberance", "c7", "t3", "t7", "t12", "l4", "s2",
                  *(f"{n}.{s}" for n in ("mastoid", "acromion", "scapula_superior_angle",
                                         "scapular_spine_root", "scapula_inferior_angle",
                                         "rib12_tip", "iliac_crest_top", "psis",
                                         "greater_trochanter", "ischial_tuberosity", "olecranon",
                                         *LIMB_LANDMARKS)
                    for s in SIDES)),
    "anterior": ("jugular_notch", "xiphoid", "umbilicus", "pubic_symphysis",
                 *(f"{n}.{s}" for n in ("mastoid", "acromion", "coracoid", "clavicle_mid", "asis",
                                        "greater_trochanter", *LIMB_LANDMARKS)
                   for s in SIDES)),
    # The lateral head and the plantar figures draw each side as its own figure, so every
    # landmark there carries the side of the figure it is on.
    "lateral": tuple(f"{n}.{s}" for n in ("external_occipital_protuberance", "c7", "mastoid",
                                          "external_acoustic_meatus", "mandibular_condyle",
                                          "zygomatic_arch", "mandible_angle")
                     for s in SIDES),
    "plantar": tuple(f"{n}.{s}" for n in ("calcaneal_tuberosity", "navicular_tuberosity",
                                          "first_metatarsal_head", "fifth_metatarsal_head",
                                          "fifth_metatarsal_base")
                     for s in SIDES),
}


def cross_check(dataset: Dataset, atlas: Atlas) -> list[Problem]:
    """Every mismatch between the data and the drawing, located in whichever file is at fault."""
    problems: list[Problem] = []
    problems += _data_has_geometry(dataset, atlas)
    for view in atlas.views.values():
        problems += _geometry_has_data(dataset, view)
        problems += _landmarks(view)
    problems += _regions_drawn(dataset, atlas)
    return problems


def _at(where: Where | None, fallback: str, message: str) -> Problem:
    if where is None:
        return Problem(fallback, None, None, message)
    return Problem(where.file, where.line, where.column, message)


def _in_view(view: AtlasView, element_id: str, message: str) -> Problem:
    line, column = view.where(element_id)
    return Problem(view.file, line, column, message)


def _data_has_geometry(dataset: Dataset, atlas: Atlas) -> list[Problem]:
    problems: list[Problem] = []
    for muscle in dataset:
        view = atlas.views.get(muscle.figure)
        if view is None:
            problems.append(_at(muscle.where, dataset.file,
                                f"{muscle.id}: no atlas view named {muscle.figure!r}"))
            continue
        for side in SIDES:
            key = MuscleSide(muscle.id, side)
            shape = view.muscles.get(key)
            if shape is None:
                problems.append(_at(muscle.where, dataset.file,
                                    f"{muscle.id}: the {muscle.figure} atlas has no outline "
                                    f"'muscle.{key}'"))
                continue
            if shape.layer != muscle.layer:
                problems.append(_in_view(view, f"muscle.{key}",
                                         f"muscle.{key} has data-layer {shape.layer} but the data "
                                         f"says layer {muscle.layer}"))
            for trp in muscle.trigger_points:
                trp_key = TriggerPointKey(muscle.id, trp.id, side)
                point = view.trigger_points.get(trp_key)
                if point is None:
                    problems.append(_at(trp.where, dataset.file,
                                        f"{muscle.id} {trp.id}: the {muscle.figure} atlas has no "
                                        f"marker '{trp_key}'"))
                elif not shape.outline.contains(point):
                    problems.append(_in_view(view, str(trp_key),
                                             f"{trp_key} lies outside muscle.{key}"))
                for zone in trp.zones:
                    # A drawn zone shape does not stand in for a region: the lookup and the
                    # study measure the regions (decision 45).
                    for region_key in zone.region_keys(side, dataset.regions):
                        if not atlas.region_outlines(region_key):
                            problems.append(_at(trp.where, dataset.file,
                                                f"{muscle.id} {trp.id}: the region "
                                                f"'{region_key}' of its {zone.kind} zone is not "
                                                "drawn on any atlas view"))
    return problems


def _geometry_has_data(dataset: Dataset, view: AtlasView) -> list[Problem]:
    problems: list[Problem] = []
    for key in view.muscles:
        if key.muscle_id not in dataset:
            problems.append(_in_view(view, f"muscle.{key}",
                                     f"muscle.{key} is drawn but the data has no muscle "
                                     f"{key.muscle_id!r}"))
        elif dataset.muscle(key.muscle_id).figure != view.name:
            problems.append(_in_view(view, f"muscle.{key}",
                                     f"muscle.{key} is drawn on the {view.name} figure but the "
                                     f"data puts it on the {dataset.muscle(key.muscle_id).figure}"))
    for trp_key in view.trigger_points:
        muscle = dataset.muscle(trp_key.muscle_id) if trp_key.muscle_id in dataset else None
        if muscle is None or trp_key.trp_id not in {t.id for t in muscle.trigger_points}:
            problems.append(_in_view(view, str(trp_key),
                                     f"{trp_key} is drawn but the data has no such trigger point"))
    for muscle_id, trp_id, kind, side in view.zones:
        element = f"zone.{muscle_id}.{trp_id}.{kind}.{side}"
        muscle = dataset.muscle(muscle_id) if muscle_id in dataset else None
        if muscle is None or trp_id not in {t.id for t in muscle.trigger_points}:
            problems.append(_in_view(view, element,
                                     f"{element} is drawn but the data has no such trigger point"))
    for region_key in view.regions:
        region = dataset.regions.get(region_key.region_id)
        element = f"region.{region_key}"
        if region is None:
            problems.append(_in_view(view, element,
                                     f"{element} is drawn but {region_key.region_id!r} is not in "
                                     "bodymap/data/body_regions.yaml"))
        elif region_key.side not in region.sides():
            expected = "midline" if region.midline else "left or right"
            problems.append(_in_view(view, element,
                                     f"{element}: {region.id} takes the side {expected}"))
    return problems


def _landmarks(view: AtlasView) -> list[Problem]:
    missing = [n for n in REQUIRED_LANDMARKS.get(view.name, ()) if n not in view.landmarks]
    return [Problem(view.file, None, None, f"the landmark 'landmark.{n}' is missing")
            for n in missing]


def _regions_drawn(dataset: Dataset, atlas: Atlas) -> list[Problem]:
    problems = []
    for region in dataset.regions.values():
        for side in region.sides():
            if not atlas.region_outlines(RegionKey(region.id, side)):
                problems.append(Problem(
                    "bodymap/data/body_regions.yaml", None, None,
                    f"the region '{region.id}.{side}' ({region.label}) is not drawn on any "
                    "atlas view"))
    return problems
