"""The id grammar, defined once. Every id in the data file, the region vocabulary, the atlas
element ids (spec/ATLAS.md) and the JSON schemas is built from these words; the atlas reader,
the region reader and the data checker compile their patterns from here, and
tests/test_project.py checks that the schemas spell the same pattern."""

from __future__ import annotations

import re

# A lower_snake_case word: region ids, landmark names, muscle ids in the schemas' "pattern".
NAME = r"[a-z][a-z0-9_]*"
# A muscle id as the data checker wants it: also no doubled, leading or trailing underscore.
MUSCLE_NAME = r"[a-z][a-z0-9]*(_[a-z0-9]+)*"
# A trigger point's id within its muscle: trp1, trp2, ...
TRP = r"trp[1-9][0-9]*"
# The side words: muscles and their trigger points are left or right; regions may be midline.
SIDE = r"(?:left|right)"
REGION_SIDE = r"(?:left|right|midline)"

NAME_ID = re.compile(rf"^{NAME}$")
MUSCLE_ID = re.compile(rf"^{MUSCLE_NAME}$")
TRP_ID = re.compile(rf"^{TRP}$")
