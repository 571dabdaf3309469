"""Flesch-Kincaid grade level of English text, with a small rule-based syllable counter.

Patient text must read at or below US school grade 7 (tests/test_readability.py). We do not
use `textstat`: releases after 0.7.3 fetch NLTK data over the network when first used, and
the suite runs without internet. The formula is the published one (Kincaid et al. 1975):

    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

Syllables are counted by rule (vowel groups, a silent final "e", "-le", "-ed", "-es", a
few prefixes and suffixes) with a short table of words the rules get wrong; the rules are
checked against dictionary counts in the tests. Like every such counter it is approximate.
On the bundled patient texts it reads a little harder (by up to about a grade) than
textstat 0.7.3, whose Pyphen hyphenation dictionary undercounts syllables ("spinal" 1,
"about" 1); see docs/decisions/0013-readability-without-textstat.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PATIENT_GRADE = 7.0

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
# A sentence ends at . ! ? (one or more) before a space, a closing quote or bracket, or the
# end. A colon or semicolon does not end one, and neither does the point in "1.5".
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$|['\"’”)])")

# Words the rules below count wrongly, with their dictionary syllable count.
_EXCEPTIONS = {
    "the": 1, "every": 2, "everyone": 3, "everything": 3, "business": 2, "different": 3,
    "evening": 2, "area": 3, "areas": 3, "idea": 3, "ideas": 3, "being": 2, "doing": 2,
    "going": 2, "seeing": 2, "quiet": 2, "science": 2, "create": 2, "created": 3,
    "people": 2, "little": 2, "muscle": 2, "muscles": 2, "knuckle": 2, "ankle": 2,
    "temple": 2, "simple": 2, "single": 2, "double": 2, "trouble": 2, "table": 2,
    "able": 2, "unable": 3, "possible": 3, "sometimes": 2, "someone": 2, "somewhere": 2,
    "something": 2, "anyone": 3, "else": 1, "more": 1, "before": 2, "there": 1, "where": 1,
    "here": 1, "were": 1, "once": 1, "one": 1, "done": 1, "gone": 1, "none": 1, "come": 1,
    "some": 1, "give": 1, "have": 1, "live": 1, "move": 1, "above": 2, "lose": 1,
    "whole": 1, "nerve": 1, "nerves": 1, "years": 1, "your": 1, "you're": 1, "our": 1,
    "hour": 1, "hours": 1, "fire": 1, "tired": 1, "real": 1, "really": 2, "usual": 3,
    "usually": 4, "actual": 3, "actually": 4, "medicine": 3, "medicines": 3,
    "medical": 3, "cause": 1, "causes": 2, "because": 2, "breathe": 1, "breathes": 1,
    "breathed": 1, "eye": 1, "eyes": 1, "ear": 1, "ears": 1, "poison": 2, "period": 3,
    "serious": 3, "diabetes": 4, "pneumothorax": 4, "reaction": 3, "reactions": 3,
    "giant": 2, "diet": 2, "fluid": 2, "client": 2, "patient": 2,
    "patients": 2, "ocean": 2, "special": 2, "vision": 2, "pressure": 2, "sure": 1,
    "tissue": 2, "issue": 2, "via": 2, "sciatica": 4, "lymphoedema": 4,
    "anterior": 4, "posterior": 4, "inferior": 4, "superior": 4, "interior": 4,
    "february": 4, "forehead": 2, "shoulder": 2, "shoulders": 2, "stomach": 2,
    "heartburn": 2, "headache": 2, "headaches": 3, "whiplash": 2, "sometime": 2,
    "safety": 2, "sideways": 2, "iliopsoas": 5, "fatigue": 2, "tongue": 1, "league": 1,
    "vague": 1, "plague": 1,
}
# re-/pre-/de- before i or u (reuse, reinforce) are a syllable of their own; before o the
# "eo" rule counts them (reopen), and before e or a they usually are not (deep, reach, real).
_PREFIX_ALONE = re.compile(r"^(re|pre|de)(?=[iu])")
# Suffixes that add one syllable to the word they are added to (sore-ness, safe-ly).
_SUFFIXES = ("ness", "ment", "ments", "ful", "less", "ly")


def syllables(word: str) -> int:
    """Syllables in one English word (at least one)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if len(w) <= 3:
        return 1
    if w.endswith("s") and w[:-1] in _EXCEPTIONS:
        return _EXCEPTIONS[w[:-1]]
    for suffix in _SUFFIXES:
        base = w[: -len(suffix)]
        if w.endswith(suffix) and len(base) >= 3 and re.search(r"[aeiouy]", base):
            return syllables(base) + 1
    if w.endswith("ies") and len(w) > 4:  # studies, worries, allergies: as study + s
        return syllables(w[:-3] + "y")
    count = len(re.findall(r"[aeiouy]+", w))
    # A silent final e (make, stone), but not -le after a consonant (table, ankle), -ue
    # after a consonant (argue, value), -ee or -ye.
    if (w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1
            and not re.search(r"[^aeiou]ue$", w)):
        count -= 1
    elif w.endswith("le") and w[-3] in "aeiouy" and count > 1:
        count -= 1  # whale, mile: the e is silent
    # -es and -ed are silent except after the sounds that need them (boxes, wanted) and in
    # a consonant + le (needles, settled).
    if (w.endswith("es") and count > 1
            and not re.search(r"(s|x|z|ch|sh|ce|ge|se|ze|[^aeiou]le)es$|[^aeioul]les$", w)):
        count -= 1
    if w.endswith("ed") and count > 1 and not re.search(r"([td]ed|[^aeioul]led)$", w):
        count -= 1
    # Vowel pairs said as two syllables: ia/io after a consonant (media, radio), but not in
    # -tion, -sion, -cian, -cial, -cious, -xious, -gion (one syllable); eo (video), ua
    # (usual, not after q or g), uo, iu; and -ier, -iest after a consonant (easier).
    count += len(re.findall(r"[^aeiou]i[ao]", w)) - len(re.findall(r"[cgstx]i[ao][nlu]", w))
    count += len(re.findall(r"eo|(?<![qg])ua|uo|iu", w))
    count += len(re.findall(r"[^aeiou]ie(r|st)$", w))
    if _PREFIX_ALONE.match(w):
        count += 1
    count += len(re.findall(r"[^aeiou]y[aeiou]", w))  # y as a vowel before another (dying)
    return max(1, count)


@dataclass(frozen=True)
class TextStats:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level (may be below zero for very easy text)."""
        if not self.words:
            return 0.0
        return (0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words
                - 15.59)


def text_stats(text: str) -> TextStats:
    """Words, sentences and syllables; text after the last full stop is a sentence too."""
    text = text.strip()
    words = _WORD.findall(text)
    ends = list(_SENTENCE_END.finditer(text))
    sentences = len(ends)
    if _WORD.search(text[ends[-1].end():] if ends else text):
        sentences += 1
    return TextStats(len(words), max(1, sentences), sum(syllables(w) for w in words))


def grade_level(text: str) -> float:
    """The Flesch-Kincaid grade of `text`."""
    return text_stats(text).grade
