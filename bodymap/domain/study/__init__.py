"""Study: questions made from the dataset (questions.py), answer scoring (scoring.py), and
the review schedule (schedule.py). Import from the module that does the job; the names below
are the package's public face for callers that use several of them at once."""

from bodymap.domain.study.questions import (
    MULTIPLE_CHOICE,
    MarkerKey,
    Question,
    QuestionBank,
    QuestionKind,
    Result,
    StudyItem,
    lookalike_muscles,
    multiple_choice,
    nearby_muscles,
)
from bodymap.domain.study.schedule import (
    BOX_COUNT,
    SESSION_LENGTH,
    ItemState,
    KindSummary,
    LeitnerSchedule,
    SessionSummary,
    box_interval,
)
from bodymap.domain.study.scoring import (
    MIN_MARKED_SHARE,
    PATTERN_PASS,
    SPILLOVER_WEIGHT,
    TAP_FALLOFF,
    TAP_TOLERANCE,
    MarkingScore,
    Pattern,
    muscle_pattern,
    score_marking,
    tap_score,
)

__all__ = [
    "BOX_COUNT", "MIN_MARKED_SHARE", "MULTIPLE_CHOICE", "PATTERN_PASS", "SESSION_LENGTH",
    "SPILLOVER_WEIGHT", "TAP_FALLOFF", "TAP_TOLERANCE", "ItemState", "KindSummary",
    "LeitnerSchedule", "MarkerKey", "MarkingScore", "Pattern", "Question", "QuestionBank",
    "QuestionKind", "Result", "SessionSummary", "StudyItem", "box_interval", "lookalike_muscles",
    "multiple_choice", "muscle_pattern", "nearby_muscles", "score_marking", "tap_score",
]
