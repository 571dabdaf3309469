"""Spanish patient texts read as plainly as the English ones: at least "normal" on the INFLESZ
scale (bodymap/domain/readability_es.py), the Spanish counterpart of the English grade-7 rule."""

from __future__ import annotations

import pytest

from bodymap.atlas.translated import translate_reference
from bodymap.domain.readability_es import MIN_PATIENT_INFLESZ, inflesz, syllables


@pytest.mark.parametrize("word, count", [
    ("que", 1), ("guerra", 2), ("pingüino", 3), ("país", 2), ("poeta", 3), ("ciudad", 2),
    ("muy", 1), ("hoy", 1), ("día", 2), ("aceite", 3), ("y", 1), ("cabeza", 3),
    ("músculo", 3), ("tratamiento", 4), ("oído", 3), ("creer", 2), ("huevo", 2),
    ("médula", 3), ("náuseas", 3), ("omóplato", 4)])
def test_spanish_syllable_counts(word, count):
    assert syllables(word) == count


def test_plain_text_scores_higher_than_dense_text():
    plain = "El músculo duele. Descanse un poco. Siga moviéndose con suavidad."
    dense = ("La administración intramuscular de anestésicos locales constituye una "
             "alternativa terapéutica extraordinariamente controvertida en determinadas "
             "circunstancias fisiopatológicas.")
    assert inflesz(plain) > 65 > 40 > inflesz(dense)


def test_every_spanish_patient_text_reads_at_least_normal(reference):
    from tests.test_readability import patient_texts

    spanish = translate_reference(reference, "es")
    texts = patient_texts(spanish)[:-3]  # the last three are interface strings (.ts files)
    too_hard = [f"{name}: INFLESZ {inflesz(text):.1f}" for name, text in texts
                if inflesz(text) < MIN_PATIENT_INFLESZ]
    assert not too_hard, "\n".join(too_hard)
    # The Spanish really is being measured (not the English fallback).
    assert sum("músculo" in text for _, text in texts) >= 46
