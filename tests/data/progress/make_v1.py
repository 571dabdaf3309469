# How tests/data/progress/progress-v1.sqlite3 was made: run with bodymap at main 5de2e0f (schema
# version 1) on the path: PYTHONPATH=<that checkout> python make_v1.py progress-v1.sqlite3
# Made with bodymap main at the commit before issue 26 (schema version 1).
import sys
from datetime import datetime, timedelta, timezone
from bodymap.domain.progress import ProgressStore, SCHEMA_VERSION
from bodymap.domain.study import Question, QuestionKind, Result, ItemState
assert SCHEMA_VERSION == 1
out = sys.argv[1]
store, notice = ProgressStore.open(out)
assert notice is None
tz = timezone(timedelta(hours=2))
start = datetime(2026, 11, 2, 18, 0, tzinfo=tz)
plan = [  # (day, kind, item, side, correct, score)
    (0, QuestionKind.PATTERN_TO_MUSCLE, "levator_scapulae", "left", True, 1.0),
    (0, QuestionKind.MUSCLE_TO_PATTERN, "upper_trapezius", "right", False, 0.42),
    (0, QuestionKind.LANDMARK, "psis", "left", True, 0.95),
    (1, QuestionKind.MUSCLE_TO_PATTERN, "upper_trapezius", "right", True, 0.78),
    (1, QuestionKind.PATTERN_TO_MUSCLE, "levator_scapulae", "right", True, 1.0),
    (3, QuestionKind.MUSCLE_TO_PATTERN, "upper_trapezius", "left", True, 0.93),
    (3, QuestionKind.TRIGGER_POINT_TO_MUSCLE, "infraspinatus", "left", False, 0.0),
    (8, QuestionKind.PATTERN_TO_MUSCLE, "levator_scapulae", "left", True, 1.0),
]
boxes = {}
for i, (day, kind, item, side, correct, score) in enumerate(plan):
    q = Question(kind, item, side, "prompt")
    key = (kind, item)
    box = min(boxes.get(key, 1) + 1, 5) if correct else 1
    boxes[key] = box
    store.record(Result(q, correct, score, "why"), when=start + timedelta(days=day, minutes=i),
                 state=ItemState(box, day + 1))
store.save_session(9)
store.close()
print(out)
