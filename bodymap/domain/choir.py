"""A crosswalk from bodymap's body regions to the segments of the CHOIR body map (CBM).

The CBM (Scherrer et al. 2021, Pain Reports 6:e880, doi:10.1097/PR9.0000000000000880) is a
self-report pain map of 74 numbered segments: 101-136 on the front figure, 201-238 on the
back. The R package CHOIRBM (CRAN; github.com/emcramer/CHOIRBM) and REDCap modules read a
drawing as the list of segment numbers endorsed. With this table an exported bodymap drawing
can be turned into that list.

How the table was made, and its limits (see docs/pain-drawing-record.md):
- The segments are published as polygons (CHOIRBM's data-raw/bm_poly_construct.R), not with
  names. Each segment's place on the body was read off its polygon, and the names below
  (CHOIR_AREAS) are ours. CHOIRBM's numbering is the male figure's, which its
  `convert_bodymaps` uses as the standard for both figures; this table uses it too.
- Sides: on the front figure the person's right is on the viewer's left (the image-left
  segment of each pair, the lower number, is taken as the right side); on the back figure the
  viewer's left is the person's left. This follows the usual convention for body diagrams;
  the CBM paper reports that patients confused laterality before its instructions were
  changed, so check a sample against the CBM graphic before pooling data.
- The CBM is coarser than bodymap on the head, shoulder girdle and trunk, and has no side
  or sole view: many bodymap regions fall in more than one segment, listed in `CROSSWALK`
  and flagged in `spans_several`. A drawing converted this way marks every segment its
  region touches, so it can over-state a CBM drawing's extent (never under-state it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bodymap.domain.model import RegionKey

SOURCE = ("Scherrer KH et al. Development and validation of the Collaborative Health Outcomes "
          "Information Registry body map. Pain Reports 2021;6(1):e880. "
          "doi:10.1097/PR9.0000000000000880. Segment polygons: CHOIRBM R package "
          "(github.com/emcramer/CHOIRBM, data-raw/bm_poly_construct.R), male numbering.")

# Our name for each pair of CBM segments -> (segment on the person's right, on the left).
CHOIR_AREAS: dict[str, tuple[int, int]] = {
    # front figure (the person's right is the viewer's left: the lower number)
    "front_head_top": (101, 102),
    "face": (103, 104),
    "front_neck": (105, 106),
    "front_shoulder": (107, 110),
    "chest": (108, 109),
    "front_upper_arm": (111, 112),
    "front_elbow": (113, 114),
    "front_forearm": (115, 118),
    "abdomen": (116, 117),
    "front_wrist": (119, 124),
    "front_hip": (120, 123),
    "groin": (121, 122),
    "palm": (125, 128),
    "front_thigh": (126, 127),
    "front_knee": (129, 130),
    "shin": (131, 132),
    "front_ankle": (133, 134),
    "top_of_foot": (135, 136),
    # back figure (the viewer's left is the person's left: the higher number is the right)
    "back_head_top": (202, 201),
    "back_of_head": (204, 203),
    "back_neck": (206, 205),
    "back_shoulder": (210, 207),
    "upper_back": (209, 208),
    "back_upper_arm": (214, 211),
    "mid_back": (213, 212),
    "back_elbow": (216, 215),
    "back_forearm": (220, 217),
    "low_back": (219, 218),
    "back_wrist": (226, 221),
    "back_hip": (225, 222),
    "buttock": (224, 223),
    "back_of_hand": (230, 227),
    "back_thigh": (229, 228),
    "back_knee": (232, 231),
    "calf": (234, 233),
    "back_ankle": (236, 235),
    "heel": (238, 237),
}

# bodymap region id -> the CBM areas it lies in (its own side; a midline region takes both).
CROSSWALK: dict[str, tuple[str, ...]] = {
    "vertex": ("front_head_top", "back_head_top"),
    "occiput": ("back_of_head",),
    "temple": ("face", "front_head_top"),
    "forehead": ("front_head_top", "face"),
    "orbit": ("face",),
    "eyebrow": ("face", "front_head_top"),
    "ear": ("face", "back_of_head"),
    "mastoid_postauricular": ("back_of_head",),
    "cheek_maxilla": ("face",),
    "upper_teeth": ("face",),
    "jaw_angle": ("face",),
    "tmj": ("face",),
    "mandible": ("face",),
    "lower_teeth": ("face",),
    "chin": ("face",),
    "nose": ("face",),
    "mouth": ("face",),
    "throat": ("front_neck",),
    "posterior_neck": ("back_neck",),
    "lateral_neck": ("back_neck", "front_neck"),
    "angle_of_neck": ("back_neck", "back_shoulder"),
    "suprascapular": ("upper_back", "back_shoulder"),
    "acromion": ("back_shoulder", "front_shoulder"),
    "interscapular": ("upper_back",),
    "medial_scapular_border": ("upper_back",),
    "scapula": ("upper_back", "back_shoulder"),
    "inferior_angle_scapula": ("upper_back", "mid_back"),
    "posterior_shoulder": ("back_shoulder",),
    "lateral_shoulder": ("back_shoulder", "front_shoulder"),
    "anterior_shoulder": ("front_shoulder",),
    "thoracic_paraspinal": ("upper_back", "mid_back"),
    "thoracolumbar": ("mid_back", "low_back"),
    "posterior_lower_ribs": ("mid_back",),
    "low_back": ("low_back",),
    "iliac_crest": ("low_back", "back_hip"),
    "sacroiliac": ("low_back", "buttock"),
    "sacrum": ("low_back", "buttock"),
    "coccyx": ("buttock",),
    "anterior_chest": ("chest",),
    "sternum": ("chest",),
    "breast": ("chest",),
    "lateral_chest": ("chest",),
    "flank": ("abdomen", "mid_back", "low_back"),
    "upper_abdomen": ("abdomen",),
    "lower_abdomen": ("abdomen", "groin"),
    "groin": ("groin", "front_hip"),
    "genital": ("groin",),
    "perineum": ("groin",),  # the CBM has no perineal segment; its groin pair meets there
    "anterior_arm": ("front_upper_arm",),
    "lateral_arm": ("front_upper_arm", "back_upper_arm"),
    "medial_arm": ("front_upper_arm", "back_upper_arm"),
    "posterior_arm": ("back_upper_arm",),
    "lateral_elbow": ("front_elbow", "back_elbow"),
    "posterior_elbow": ("back_elbow",),
    "radial_forearm": ("front_forearm", "back_forearm"),
    "ulnar_forearm": ("front_forearm", "back_forearm"),
    "dorsal_forearm": ("back_forearm",),
    "medial_elbow": ("front_elbow", "back_elbow"),
    "antecubital": ("front_elbow",),
    "volar_forearm": ("front_forearm",),
    "volar_wrist": ("front_wrist",),
    "dorsal_wrist": ("back_wrist",),
    "palm": ("palm",),
    "dorsal_hand": ("back_of_hand",),
    "thumb": ("palm", "back_of_hand"),
    "thenar": ("palm",),
    "thumb_web": ("back_of_hand", "back_wrist"),
    "index_finger": ("palm", "back_of_hand"),
    "fingers": ("palm", "back_of_hand"),
    "middle_finger": ("palm", "back_of_hand"),
    "radial_hand": ("palm", "back_of_hand"),
    "ulnar_hand": ("palm", "back_of_hand"),
    "buttock": ("buttock",),
    "lower_buttock": ("buttock",),
    "posterior_hip": ("buttock", "back_hip"),
    "lateral_hip": ("back_hip", "front_hip"),
    "posterior_thigh": ("back_thigh",),
    "lateral_thigh": ("front_thigh", "back_thigh"),
    "anterior_thigh": ("front_thigh",),
    "lateral_knee": ("front_knee", "back_knee"),
    "popliteal": ("back_knee",),
    "posterior_calf": ("calf",),
    "lateral_calf": ("shin", "calf"),
    "lateral_ankle": ("front_ankle", "back_ankle"),
    "medial_thigh": ("front_thigh", "back_thigh"),
    "anterior_knee": ("front_knee",),
    "patella": ("front_knee",),
    "medial_knee": ("front_knee", "back_knee"),
    "shin": ("shin",),
    "medial_calf": ("shin", "calf"),
    "achilles": ("calf", "back_ankle"),
    "anterior_ankle": ("front_ankle",),
    "medial_ankle": ("front_ankle", "back_ankle"),
    "dorsal_foot": ("top_of_foot",),
    # The CBM has no sole: the back figure's foot segment (the heel seen from behind) is the
    # nearest, and it is a poor match for the forefoot.
    "heel": ("heel",),
    "plantar_foot": ("heel",),
    "ball_of_foot": ("heel",),
    "medial_foot": ("top_of_foot",),
    "lateral_foot": ("top_of_foot",),
    "big_toe": ("top_of_foot",),
    "lesser_toes": ("top_of_foot",),
}

# Regions whose CBM match is poor, not merely split: said in the export beside the segments.
POOR_MATCH: dict[str, str] = {
    "plantar_foot": "the CBM has no sole; mapped to the heel segment of the back figure",
    "ball_of_foot": "the CBM has no sole; mapped to the heel segment of the back figure",
    "ear": "the CBM has no ear; mapped to the face and back-of-head segments around it",
    "flank": "the CBM has no side view; the flank is split between front and back segments",
}


def segments(key: RegionKey) -> tuple[int, ...]:
    """The CBM segments a drawn region lies in, lowest number first; a midline region
    takes the segments of both sides. KeyError for a region the table does not know."""
    numbers: set[int] = set()
    for area in CROSSWALK[key.region_id]:
        right, left = CHOIR_AREAS[area]
        if key.side in ("right", "midline"):
            numbers.add(right)
        if key.side in ("left", "midline"):
            numbers.add(left)
    return tuple(sorted(numbers))


def spans_several(region_id: str) -> bool:
    """Whether a region falls in more than one CBM area (so its mapping over-states)."""
    return len(CROSSWALK[region_id]) > 1


def drawing_segments(fractions: Mapping[RegionKey, float],
                     threshold: float = 0.0) -> tuple[int, ...]:
    """The CBM segments endorsed by a drawing: every segment of every region drawn above
    `threshold` (a fraction of the region)."""
    numbers: set[int] = set()
    for key, fraction in fractions.items():
        if fraction > threshold and key.region_id in CROSSWALK:
            numbers.update(segments(key))
    return tuple(sorted(numbers))


def crosswalk_table(region_ids: Iterable[str]) -> list[dict]:
    """The crosswalk as plain data for an export: one entry per region."""
    table = []
    for region_id in region_ids:
        if region_id not in CROSSWALK:
            continue
        entry: dict = {"region": region_id, "areas": list(CROSSWALK[region_id]),
                       "right": list(segments(RegionKey(region_id, "right"))),
                       "left": list(segments(RegionKey(region_id, "left"))),
                       "spans_several_segments": spans_several(region_id)}
        if region_id in POOR_MATCH:
            entry["caveat"] = POOR_MATCH[region_id]
        table.append(entry)
    return table
