"""Kiosk settings (a YAML file the clinic writes) and the admin PIN check.

    # kiosk.yaml
    idle_seconds: 90            # before the visitor's session is cleared
    countdown_seconds: 10       # how long the "still there?" countdown shows
    allow_printing: false
    clinic_name: Riverside Physiotherapy
    admin_pin_sha256: "<hex>"   # bodymap kiosk-pin prints it; default PIN hash is refused

The PIN itself is never stored: only its salted SHA-256 (`salt:hex`), compared in constant
time. Wrong PINs are rate-limited: after three, each further try must wait, doubling.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bodymap.domain.problems import DataError, Problem
from bodymap.domain.yaml_source import read_yaml

DEFAULT_IDLE_SECONDS = 90
KEYS = {"idle_seconds", "countdown_seconds", "allow_printing", "clinic_name",
        "admin_pin_sha256"}


def hash_pin(pin: str, salt: str | None = None) -> str:
    """'salt:hexdigest' for a PIN; a fresh random salt unless one is given."""
    salt = salt if salt is not None else secrets.token_hex(8)
    digest = hashlib.sha256(f"{salt}:{pin}".encode()).hexdigest()
    return f"{salt}:{digest}"


def pin_matches(pin: str, stored: str) -> bool:
    salt, _, _digest = stored.partition(":")
    return hmac.compare_digest(hash_pin(pin, salt), stored)


@dataclass(frozen=True)
class KioskConfig:
    idle_seconds: int = DEFAULT_IDLE_SECONDS
    countdown_seconds: int = 10
    allow_printing: bool = False
    clinic_name: str = ""
    admin_pin_hash: str | None = None  # None: no admin exit is possible (only power off)

    @classmethod
    def load(cls, path: Path | str | None) -> KioskConfig:
        """Read a kiosk file; raise DataError naming file, line and column for mistakes."""
        if path is None:
            return cls()
        data, positions = read_yaml(path)
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise DataError([positions.problem((), "a kiosk file is a mapping of settings")])
        problems: list[Problem] = []
        for key in data:
            if key not in KEYS:
                problems.append(positions.problem(
                    (key,), f"unknown kiosk setting '{key}' (known: {', '.join(sorted(KEYS))})"))

        def number(key: str, default: int, low: int, high: int) -> int:
            value = data.get(key, default)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                problems.append(positions.problem(
                    (key,), f"'{key}' must be a whole number of seconds from {low} to {high}"))
                return default
            return value

        idle = number("idle_seconds", DEFAULT_IDLE_SECONDS, 15, 3600)
        countdown = number("countdown_seconds", 10, 3, 60)
        printing = data.get("allow_printing", False)
        if not isinstance(printing, bool):
            problems.append(positions.problem(("allow_printing",),
                                              "'allow_printing' must be true or false"))
            printing = False
        pin_hash = data.get("admin_pin_sha256")
        if pin_hash is not None and (not isinstance(pin_hash, str) or ":" not in pin_hash
                                     or len(pin_hash.partition(":")[2]) != 64):
            problems.append(positions.problem(
                ("admin_pin_sha256",), "'admin_pin_sha256' must be the 'salt:hex' value that "
                                       "`bodymap kiosk-pin` prints"))
            pin_hash = None
        if problems:
            raise DataError(problems)
        return cls(idle, countdown, printing, str(data.get("clinic_name") or ""), pin_hash)


@dataclass
class PinGate:
    """Checks admin PINs, refusing tries that come too soon after repeated failures."""

    stored_hash: str | None
    clock: Callable[[], float] = time.monotonic
    free_tries: int = 3
    base_delay: float = 30.0
    failures: int = 0
    locked_until: float = 0.0

    def seconds_to_wait(self) -> float:
        return max(0.0, self.locked_until - self.clock())

    def try_pin(self, pin: str) -> bool:
        """True if the PIN is right and the gate is open; a refused early try counts as
        nothing (it is not even checked)."""
        if self.stored_hash is None or self.seconds_to_wait() > 0:
            return False
        if pin_matches(pin, self.stored_hash):
            self.failures = 0
            return True
        self.failures += 1
        if self.failures >= self.free_tries:
            self.locked_until = self.clock() + self.base_delay * 2 ** (
                self.failures - self.free_tries)
        return False
