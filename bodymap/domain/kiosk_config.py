"""Kiosk settings: a YAML file the clinic writes, checked value by value.

    # kiosk.yaml
    idle_seconds: 90            # before the visitor's session is cleared (15-3600)
    countdown_seconds: 10       # how long the "still there?" countdown shows (3-60)
    allow_printing: false
    clinic_name: Riverside Physiotherapy
    admin_pin_hash: "scrypt:…"  # `bodymap kiosk-pin` prints it (domain/kiosk_pin.py)

Every mistake is an error naming file, line and column, and the kiosk does not start: a value
of the wrong type, a value out of range (never clamped into range), an unknown key, the old
fast `admin_pin_sha256` line. A file without an admin PIN is allowed, but `warnings()` says
that such a kiosk has no admin exit.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bodymap.domain.kiosk_pin import PinHash
from bodymap.domain.problems import DataError, Problem
from bodymap.domain.yaml_source import read_yaml

DEFAULT_IDLE_SECONDS = 90
DEFAULT_COUNTDOWN_SECONDS = 10
IDLE_RANGE = (15, 3600)
COUNTDOWN_RANGE = (3, 60)
MAX_CLINIC_NAME = 80  # characters: one line of the home screen and of the handout
KEYS = {"idle_seconds", "countdown_seconds", "allow_printing", "clinic_name",
        "admin_pin_hash"}
OLD_PIN_KEY = "admin_pin_sha256"
NO_ADMIN_EXIT = ("there is no 'admin_pin_hash', so this kiosk has no admin exit: only "
                 "switching the machine off ends it (make one with `bodymap kiosk-pin`)")


@dataclass(frozen=True)
class KioskConfig:
    idle_seconds: int = DEFAULT_IDLE_SECONDS
    countdown_seconds: int = DEFAULT_COUNTDOWN_SECONDS
    allow_printing: bool = False
    clinic_name: str = ""
    admin_pin_hash: str | None = None  # None: no admin exit is possible (only power off)
    source: str | None = None  # the file it was read from, for messages

    def __post_init__(self) -> None:
        # Also for configs built in code: a countdown longer than the idle time is a mistake
        # to report, not a value to shorten quietly.
        if not 0 < self.countdown_seconds < self.idle_seconds:
            raise ValueError(f"countdown_seconds ({self.countdown_seconds}) must be above 0 "
                             f"and below idle_seconds ({self.idle_seconds})")

    def warnings(self) -> list[str]:
        """What the clinic should know although the kiosk can start."""
        if self.admin_pin_hash is None:
            return [f"{self.source or 'no kiosk file (--config)'}: {NO_ADMIN_EXIT}"]
        return []

    @classmethod
    def load(cls, path: Path | str | None) -> KioskConfig:
        """Read a kiosk file; raise DataError naming file, line and column for mistakes."""
        if path is None:
            return cls()
        data, positions = read_yaml(path)
        if not isinstance(data, dict):
            raise DataError([positions.problem((), "a kiosk file is a mapping of settings "
                                                   "('name: value' lines)")])
        problems: list[Problem] = []

        def problem(key: str, message: str) -> None:
            problems.append(positions.problem((key,), message))

        for key in data:
            if key == OLD_PIN_KEY:
                problem(key, f"'{OLD_PIN_KEY}' is a fast SHA-256 of the PIN that anyone who "
                             "can read this file cracks in milliseconds, so it is no longer "
                             "accepted: run `bodymap kiosk-pin` and replace this line with "
                             "the 'admin_pin_hash' line it prints")
            elif key not in KEYS:
                problem(key, f"unknown kiosk setting '{key}' (known: "
                             f"{', '.join(sorted(KEYS))})")

        def seconds(key: str, default: int, bounds: tuple[int, int]) -> int:
            value = data.get(key, default)
            low, high = bounds
            if isinstance(value, bool) or not isinstance(value, int):
                problem(key, f"'{key}' must be a whole number of seconds, not "
                             f"{_kind(value)}")
                return default
            if not low <= value <= high:
                problem(key, f"'{key}' is {value}; it must be from {low} to {high} seconds")
                return default
            return value

        idle = seconds("idle_seconds", DEFAULT_IDLE_SECONDS, IDLE_RANGE)
        countdown = seconds("countdown_seconds", DEFAULT_COUNTDOWN_SECONDS, COUNTDOWN_RANGE)
        if countdown >= idle:
            problem("countdown_seconds", f"'countdown_seconds' ({countdown}) must be shorter "
                                         f"than 'idle_seconds' ({idle})")
        printing = data.get("allow_printing", False)
        if not isinstance(printing, bool):
            problem("allow_printing", f"'allow_printing' must be true or false, not "
                                      f"{_kind(printing)}")
        clinic = data.get("clinic_name", "")
        clinic_problem = _clinic_name_problem(clinic)
        if clinic_problem:
            problem("clinic_name", clinic_problem)
        pin_hash = data.get("admin_pin_hash")
        if pin_hash is not None:
            if not isinstance(pin_hash, str):
                problem("admin_pin_hash", f"'admin_pin_hash' must be text in quotes, not "
                                          f"{_kind(pin_hash)}")
            else:
                try:
                    PinHash.parse(pin_hash)
                except ValueError as error:
                    problem("admin_pin_hash", f"'admin_pin_hash' is not usable: {error}")
        if problems:
            raise DataError(problems)
        return cls(idle, countdown, printing, clinic, pin_hash, positions.file)


def _clinic_name_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"'clinic_name' must be text, not {_kind(value)}"
    if len(value) > MAX_CLINIC_NAME:
        return (f"'clinic_name' is {len(value)} characters; at most {MAX_CLINIC_NAME} fit "
                "on one line")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        return ("'clinic_name' must be one line of plain text, without line breaks or "
                "invisible control characters")
    return None


def _kind(value: object) -> str:
    """A value's kind in the words of a YAML file."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    return f"{value!r}"
