"""The words a patient must never read, in one list. They belong to needling technique or to
the clinician's vocabulary. Every patient-facing text is checked against it: the patient pages
(general.py), each muscle's patient summary (semantics.py) and the screens and handouts
(tests/test_patient.py, tests/test_kiosk.py)."""

from __future__ import annotations

import re

FORBIDDEN_WORDS = (
    r"insert\w*", "pincer", "depth", r"millimet\w*", "mm", "cm", "gauge", r"pleura\w*",
    "pneumothorax", "ipsilateral", "contralateral", "angle[ds]?", "angulation",
    r"tangential\w*", r"bracket\w*",
)
# The "About dry needling" pages explain what a needle is, once, in one place; a muscle's
# patient summary never mentions needles at all.
NEEDLE_WORDS = (r"needl\w*",)

PATIENT_FORBIDDEN = re.compile(rf"\b({'|'.join(FORBIDDEN_WORDS)})\b", re.IGNORECASE)
SUMMARY_FORBIDDEN = re.compile(rf"\b({'|'.join(NEEDLE_WORDS + FORBIDDEN_WORDS)})\b",
                               re.IGNORECASE)
