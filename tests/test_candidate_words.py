"""The ranking in plain words: a sentence without jargon or citations, the source on its own
detail line (issue 20, point 5)."""

from __future__ import annotations

from bodymap.domain.candidate_words import detail_line, plain_reason
from bodymap.domain.lookup import Candidate
from bodymap.domain.model import MuscleSide

ONE = Candidate(MuscleSide("levator_scapulae", "left"), "trp1",
                "TrP1 (Simons, Travell & Simons 1999)", 0.62, 0.7, 0.1, 0.4,
                (("trp1", "left", "TrP1 (Simons, Travell & Simons 1999)"),))


def test_plain_reason_has_no_jargon_and_no_citation():
    text = plain_reason(ONE)
    assert text == ("Its main pain area covers 70% of the drawing; 10% more is where its "
                    "pain sometimes spreads; 20% is outside its usual area. The drawing "
                    "fills 40% of its main pain area.")
    for word in ("essential", "spillover", "TrP", "Simons", "(", ";;"):
        assert word not in text


def test_detail_line_names_the_trigger_point_and_its_source_once():
    assert detail_line(ONE) == ("Score 0.62 · based on TrP1 · pattern from "
                                "Simons, Travell & Simons 1999")
    both = Candidate(ONE.key, "trp1", ONE.trigger_point_label, 0.5, 1.0, 0.0, 0.2,
                     (("trp1", "left", "TrP1 (Simons, Travell & Simons 1999)"),
                      ("trp1", "right", "TrP1 (Simons, Travell & Simons 1999)")))
    line = detail_line(both)
    assert line.count("Simons, Travell & Simons 1999") == 1
    assert "TrP1 on both sides" in line


def test_a_drawing_wholly_inside_the_main_area_has_one_clause():
    whole = Candidate(ONE.key, "trp1", "TrP1", 0.9, 1.0, 0.0, 0.5, ())
    assert plain_reason(whole) == ("Its main pain area covers 100% of the drawing. The "
                                   "drawing fills 50% of its main pain area.")
    assert detail_line(whole) == "Score 0.90 · based on TrP1"
