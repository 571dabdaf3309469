"""When each study item comes back (a Leitner schedule counted in sessions) and what a
finished session adds up to."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bodymap.domain.study.questions import QuestionKind, Result, StudyItem

BOX_COUNT = 5
SESSION_LENGTH = 10


# -- the Leitner schedule ------------------------------------------------------------------

@dataclass(frozen=True)
class ItemState:
    """Where an item stands: its box (1 = ask every session … 5) and the session number
    in which it was last asked (None: never)."""

    box: int = 1
    last_session: int | None = None


def box_interval(box: int) -> int:
    """Sessions between two askings of an item in `box`: 1, 2, 4, 8, 16."""
    return 2 ** (box - 1)


class LeitnerSchedule:
    """A Leitner schedule per (kind, item), counted in sessions, not days.

    A correct answer moves an item up one box (at most `BOX_COUNT`), a wrong one back to
    box 1. An item in box k is due again `box_interval(k)` sessions after it was last asked;
    new items start in box 1 and are always due. Missed items therefore come back in the
    very next session, well-known ones rarely."""

    def __init__(self, items: Iterable[StudyItem],
                 states: Mapping[StudyItem, ItemState] | None = None,
                 session: int = 0) -> None:
        self.items = tuple(dict.fromkeys(items))
        self.states: dict[StudyItem, ItemState] = dict(states or {})
        self.session = session  # sessions drawn so far; the current one, once drawn

    def state(self, item: StudyItem) -> ItemState:
        return self.states.get(item, ItemState())

    def is_due(self, item: StudyItem, session: int | None = None) -> bool:
        """Whether `item` should be asked in `session` (default: the next one)."""
        session = self.session + 1 if session is None else session
        state = self.state(item)
        return (state.last_session is None
                or session - state.last_session >= box_interval(state.box))

    def draw_session(self, n: int = SESSION_LENGTH,
                     rng: random.Random | None = None) -> tuple[StudyItem, ...]:
        """Start the next session and pick its `n` items, in the order to ask them.

        Due items come first: the lowest box first, items seen before new ones, the most
        overdue first, ties broken by `rng`. When fewer than `n` are due, the rest are the
        items seen least recently. The picked items are shuffled so kinds mix."""
        rng = rng or random.Random()
        self.session += 1
        tiebreak = {item: rng.random() for item in self.items}

        def urgency(item: StudyItem) -> tuple:
            state = self.state(item)
            if state.last_session is None:
                return (state.box, 1, 0, tiebreak[item])
            overdue = self.session - state.last_session - box_interval(state.box)
            return (state.box, 0, -overdue, tiebreak[item])

        due = sorted((i for i in self.items if self.is_due(i, self.session)), key=urgency)
        picked = due[:n]
        if len(picked) < n:
            rest = sorted((i for i in self.items if not self.is_due(i, self.session)),
                          key=lambda i: (self.state(i).last_session or 0, self.state(i).box,
                                         tiebreak[i]))
            picked += rest[:n - len(picked)]
        rng.shuffle(picked)
        return tuple(picked)

    def record(self, item: StudyItem, correct: bool) -> ItemState:
        """Move the item up a box or back to box 1, and stamp it with the current session."""
        box = min(self.state(item).box + 1, BOX_COUNT) if correct else 1
        state = ItemState(box, self.session)
        self.states[item] = state
        return state


# -- the end-of-session summary ------------------------------------------------------------

@dataclass(frozen=True)
class KindSummary:
    kind: QuestionKind
    asked: int
    correct: int
    mean_score: float


@dataclass(frozen=True)
class SessionSummary:
    """Per kind: asked, correct and mean score; and the items to review (the ones missed,
    worst first)."""

    kinds: tuple[KindSummary, ...]
    to_review: tuple[StudyItem, ...]

    @classmethod
    def of(cls, results: Iterable[Result]) -> SessionSummary:
        results = list(results)
        kinds = []
        for kind in QuestionKind:
            mine = [r for r in results if r.question.kind == kind]
            if mine:
                kinds.append(KindSummary(kind, len(mine), sum(r.correct for r in mine),
                                         sum(r.score for r in mine) / len(mine)))
        missed = sorted((r for r in results if not r.correct), key=lambda r: r.score)
        return cls(tuple(kinds), tuple(dict.fromkeys(r.item for r in missed)))

    @property
    def asked(self) -> int:
        return sum(k.asked for k in self.kinds)

    @property
    def correct(self) -> int:
        return sum(k.correct for k in self.kinds)
