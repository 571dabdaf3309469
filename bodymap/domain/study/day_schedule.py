"""Study scheduled in days with FSRS, the spaced-repetition scheduler Anki adopted (the
maintained `fsrs` package, open-spaced-repetition/py-fsrs).

Each study item (a question kind and an item, as in `study.StudyItem`) has an FSRS card:
its memory stability and difficulty and the day it is next due. A graded answer becomes one
of FSRS's four ratings (`rating_for`), and FSRS sets the next due date so that the chance of
still knowing the item then is the desired retention (0.9 by default; decision 0040).

Learning steps (FSRS's same-day re-showing, in minutes) are switched off: a bodymap study
session is one sitting, the answer is shown at once, and items come back on a later day.
Fuzzing is off, so the schedule is reproducible (and testable); with a few hundred items,
bunching on one day is not a burden worth randomness.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from datetime import datetime, time, timedelta, timezone

from fsrs import Card, Rating, Scheduler

from bodymap.domain.study.questions import StudyItem

DEFAULT_RETENTION = 0.9
MIN_RETENTION, MAX_RETENTION = 0.70, 0.97  # outside this FSRS's intervals stop making sense
HARD_BELOW = 0.85  # a correct answer scoring under this is rated Hard


def rating_for(correct: bool, score: float) -> Rating:
    """The FSRS rating of a graded answer. A wrong answer is Again; a correct one is Hard
    when its score shows it was only just good enough (a pattern marked with regions
    missed or extra, a tap near the edge of the tolerance), otherwise Good. Easy is never
    given: it means recall took no effort, which a score cannot tell."""
    if not correct:
        return Rating.Again
    return Rating.Hard if score < HARD_BELOW else Rating.Good


def check_retention(value: float) -> float:
    """The desired retention, or ValueError saying the allowed range."""
    if not MIN_RETENTION <= value <= MAX_RETENTION:
        raise ValueError(f"desired retention must be between {MIN_RETENTION:.0%} and "
                         f"{MAX_RETENTION:.0%}, not {value:.0%}")
    return value


def make_scheduler(desired_retention: float = DEFAULT_RETENTION) -> Scheduler:
    return Scheduler(desired_retention=check_retention(desired_retention),
                     learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def as_utc(when: datetime) -> datetime:
    """FSRS takes UTC; answers are stored in local time with their offset."""
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(timezone.utc)


def end_of_day(now: datetime) -> datetime:
    """The end of `now`'s local day, in UTC: an item due at any time today is due today."""
    local = now.astimezone() if now.tzinfo is None else now
    tomorrow = datetime.combine(local.date() + timedelta(days=1), time(0), local.tzinfo)
    return as_utc(tomorrow)


class DaySchedule:
    """The FSRS cards of every item, and which are due on a given day."""

    def __init__(self, items: Iterable[StudyItem], cards: Mapping[StudyItem, Card] | None = None,
                 desired_retention: float = DEFAULT_RETENTION) -> None:
        self.items = tuple(dict.fromkeys(items))
        self.cards: dict[StudyItem, Card] = dict(cards or {})
        self.scheduler = make_scheduler(desired_retention)
        self._ids = {item: index for index, item in enumerate(self.items, start=1)}

    @property
    def desired_retention(self) -> float:
        return float(self.scheduler.desired_retention)

    def set_desired_retention(self, value: float) -> None:
        """Applies to the intervals set from now on (FSRS does not move cards already due)."""
        self.scheduler = make_scheduler(value)

    # -- what is due ------------------------------------------------------------------------
    def is_new(self, item: StudyItem) -> bool:
        return item not in self.cards

    def due_today(self, now: datetime | None = None) -> tuple[StudyItem, ...]:
        """Items studied before and due by the end of today, most overdue first."""
        limit = end_of_day(now or datetime.now(timezone.utc))
        due = [i for i in self.items if i in self.cards and self.cards[i].due <= limit]
        return tuple(sorted(due, key=lambda i: self.cards[i].due))

    def new_items(self) -> tuple[StudyItem, ...]:
        return tuple(i for i in self.items if i not in self.cards)

    def next_due(self) -> datetime | None:
        """When the earliest card is due (None before anything is studied)."""
        return min((c.due for c in self.cards.values()), default=None)

    def draw_session(self, n: int, rng: random.Random | None = None,
                     now: datetime | None = None) -> tuple[StudyItem, ...]:
        """The `n` items to ask now: those due today first (most overdue first), then new
        ones, then, if the student wants more, the ones due soonest (FSRS accounts for a
        review ahead of time). Shuffled, so kinds mix."""
        rng = rng or random.Random()
        picked = list(self.due_today(now)[:n])
        if len(picked) < n:
            new = list(self.new_items())
            rng.shuffle(new)
            picked += new[:n - len(picked)]
        if len(picked) < n:
            chosen = set(picked)
            ahead = sorted((i for i in self.cards if i not in chosen and i in self._ids),
                           key=lambda i: self.cards[i].due)
            picked += ahead[:n - len(picked)]
        rng.shuffle(picked)
        return tuple(picked)

    # -- answering --------------------------------------------------------------------------
    def record(self, item: StudyItem, correct: bool, score: float,
               when: datetime | None = None) -> Card:
        """Review the item's card with the rating of this answer; the new card."""
        when = as_utc(when or datetime.now(timezone.utc))
        card = self.cards.get(item)
        if card is None:
            card = Card(card_id=self._ids.get(item, len(self._ids) + 1), due=when)
        card, _ = self.scheduler.review_card(card, rating_for(correct, score), when)
        self.cards[item] = card
        return card


def replay(answers: Iterable[tuple[StudyItem, bool, float, datetime]],
           desired_retention: float = DEFAULT_RETENTION) -> dict[StudyItem, Card]:
    """The cards a history of answers (item, correct, score, when; oldest first) leads to:
    how progress kept before FSRS is carried over (progress.py's migration)."""
    schedule = DaySchedule((), desired_retention=desired_retention)
    ids: dict[StudyItem, int] = {}
    for item, correct, score, when in answers:
        ids.setdefault(item, len(ids) + 1)
        schedule._ids[item] = ids[item]
        schedule.record(item, correct, score, when)
    return schedule.cards
