"""Readability of Spanish text: the Szigriszt-Pazos perspicuity index read on the INFLESZ
scale, with a rule-based Spanish syllable counter.

Spanish patient texts must read at least "normal" on INFLESZ (55 or more; tests/
test_translations_readability.py), the scale Spanish health-information studies use; it is
about what a reader of 12 to 15 understands, the level of the English patient texts (US grade
7 or below, bodymap/domain/readability.py). The formula (Szigriszt-Pazos 1993; the INFLESZ
bands from Barrio-Cantalejo et al. 2008):

    index = 206.835 - 62.3 * (syllables / words) - (words / sentences)

    under 40 very hard · 40-55 somewhat hard · 55-65 normal · 65-80 fairly easy · over 80 easy

Spanish spelling marks syllables regularly, so the counter is short: each group of vowels
is one syllable, except that two strong vowels (a, e, o, or an accented í or ú) side by side
are two (hiatus); the u of "que", "qui", "gue", "gui" is silent; a final y after a vowel
("hoy", "muy") is part of the vowel before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_PATIENT_INFLESZ = 55.0

_WORD = re.compile(r"[a-záéíóúüñ]+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$|['\"’”»)])")
_VOWELS = "aeiouáéíóúü"
_STRONG = "aeoáéóíú"
_SILENT_U = re.compile(r"(?<=[qg])u(?=[eiéí])")


def syllables(word: str) -> int:
    """Syllables of one Spanish word, by rule."""
    word = _SILENT_U.sub("", word.lower())
    if word == "y":
        return 1
    if word.endswith("y") and len(word) > 1 and word[-2] in _VOWELS:
        word = word[:-1]
    count = 0
    previous = ""
    for char in word:
        if char in _VOWELS:
            if not previous:
                count += 1
            elif previous in _STRONG and char in _STRONG:
                count += 1  # hiatus: two strong vowels are two syllables
            previous = char
        else:
            previous = ""
    return max(count, 1)


@dataclass(frozen=True)
class SpanishStats:
    words: int
    sentences: int
    syllables: int

    @property
    def index(self) -> float:
        """The Szigriszt-Pazos index (higher is easier)."""
        if not self.words:
            return 100.0
        return (206.835 - 62.3 * self.syllables / self.words
                - self.words / max(self.sentences, 1))


def text_stats(text: str) -> SpanishStats:
    words = _WORD.findall(text)
    sentences = len(_SENTENCE_END.findall(text.strip())) or 1
    return SpanishStats(len(words), sentences, sum(syllables(w) for w in words))


def inflesz(text: str) -> float:
    return text_stats(text).index
