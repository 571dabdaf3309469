"""The kiosk's admin PIN: which PINs are allowed, how the PIN is stored, how a try is checked.

A PIN is 4 to 12 ASCII digits, because the on-screen keypad has only 0-9 (`str.isdigit()`
would also take '٣' or '²', which nobody could type at the kiosk). PINs a visitor would try
first are refused: one digit repeated, digits counting up or down in equal steps, a repeated
group, a year, and the few other PINs that DataGenetics found at the top of 3.4 million
leaked four-digit codes (N. Berry, "PIN analysis", datagenetics.com, 2012: 1234, 1111 and
0000 alone were about a fifth of them; 2580 is a straight line down the keypad).

The PIN itself is never stored, only the output of scrypt (a slow, memory-hard key
derivation function from the standard library) with a random salt, written with its
parameters so that they can be raised later without breaking stored lines:

    scrypt:n=131072,r=8,p=1:<salt hex>:<key hex>

n=2**17, r=8, p=1 is OWASP's minimum for scrypt (Password Storage Cheat Sheet). No key
derivation function makes a 4-digit PIN strong against someone who can read the kiosk file:
it turns milliseconds into hours. The kiosk file should be readable only by its owner, and a
PIN of six or more digits buys the rest (docs/kiosk.md).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

PIN_DIGITS = re.compile(r"[0-9]{4,12}")  # [0-9] is ASCII only, unlike \d or str.isdigit()
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
KEY_BYTES = 32
SALT_BYTES = 16
# Bounds for parameters read back from a file: below the floor is too fast to protect the
# PIN, above the ceiling a planted line would take seconds and gigabytes on every try.
MIN_N, MAX_N = 2 ** 14, 2 ** 20
MAX_R, MAX_P = 32, 16
MAX_MEMORY = 1024 ** 3
# The commonest four-digit PINs (DataGenetics 2012) that the pattern rules below miss.
COMMON_PINS = frozenset({"1004", "2000", "2001", "1122", "2580", "0852", "0007", "0070"})
_PARAMS = re.compile(r"n=([0-9]{1,8}),r=([0-9]{1,3}),p=([0-9]{1,3})")
_HEX = re.compile(r"[0-9a-f]+")


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be an admin PIN, or None if it can."""
    if not PIN_DIGITS.fullmatch(pin):
        return "a kiosk PIN is 4 to 12 digits, 0 to 9 only"
    digits = [int(d) for d in pin]
    steps = {b - a for a, b in pairwise(digits)}
    if steps == {0}:
        return "every digit is the same, so it is among the first PINs anyone tries"
    if len(steps) == 1 or {s % 10 for s in steps} in ({1}, {9}):
        return ("the digits count up or down in equal steps (like 1234, 2468 or 7890), so "
                "it is among the first PINs anyone tries")
    for size in range(1, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            return ("it repeats a shorter group of digits (like 1212), so it is among the "
                    "first PINs anyone tries")
    if len(pin) == 4 and pin[:2] in ("19", "20"):
        return "it reads as a year, and years are among the first PINs anyone tries"
    if pin in COMMON_PINS:
        return "it is one of the most common PINs, so it is among the first anyone tries"
    return None


def hash_pin(pin: str, salt: bytes | None = None, n: int = SCRYPT_N, r: int = SCRYPT_R,
             p: int = SCRYPT_P) -> str:
    """The line stored for a PIN: scrypt parameters, salt and key (fresh random salt unless
    one is given)."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    key = _scrypt(pin, salt, n, r, p)
    return f"scrypt:n={n},r={r},p={p}:{salt.hex()}:{key.hex()}"


@dataclass(frozen=True)
class PinHash:
    """A stored PIN line, parsed and checked."""

    n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    @classmethod
    def parse(cls, text: str) -> PinHash:
        """Read a stored line; ValueError says what is wrong with it."""
        parts = text.split(":")
        if len(parts) != 4 or parts[0] != "scrypt":
            raise ValueError("it must be the 'scrypt:n=…,r=…,p=…:salt:key' line that "
                             "`bodymap kiosk-pin` prints")
        params = _PARAMS.fullmatch(parts[1])
        if params is None:
            raise ValueError("its parameters must read 'n=…,r=…,p=…'")
        n, r, p = (int(v) for v in params.groups())
        if not MIN_N <= n <= MAX_N or n & (n - 1):
            raise ValueError(f"its n must be a power of two from {MIN_N} to {MAX_N}")
        if not 1 <= r <= MAX_R or not 1 <= p <= MAX_P or _memory(n, r) > MAX_MEMORY:
            raise ValueError(f"its r must be 1 to {MAX_R} and p 1 to {MAX_P}, within "
                             f"{MAX_MEMORY // 1024 ** 2} MiB")
        salt, key = parts[2], parts[3]
        if not (_HEX.fullmatch(salt) and len(salt) >= 2 * SALT_BYTES and len(salt) % 2 == 0):
            raise ValueError(f"its salt must be at least {SALT_BYTES} bytes in lower-case hex")
        if not (_HEX.fullmatch(key) and len(key) == 2 * KEY_BYTES):
            raise ValueError(f"its key must be {KEY_BYTES} bytes in lower-case hex")
        return cls(n, r, p, bytes.fromhex(salt), bytes.fromhex(key))

    def matches(self, pin: str) -> bool:
        if not PIN_DIGITS.fullmatch(pin):
            return False
        return hmac.compare_digest(_scrypt(pin, self.salt, self.n, self.r, self.p), self.key)


def pin_matches(pin: str, stored: str) -> bool:
    """True if `pin` is the PIN of the stored line (False for a line that does not parse)."""
    try:
        return PinHash.parse(stored).matches(pin)
    except ValueError:
        return False


def _memory(n: int, r: int) -> int:
    return 128 * r * n


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p,
                          maxmem=_memory(n, r) + 2 * 1024 ** 2, dklen=KEY_BYTES)


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
