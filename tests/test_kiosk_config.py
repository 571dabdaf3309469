"""The kiosk's settings file and admin PIN: every bad value is an error naming file, line and
column (never clamped or stringified), PINs are ASCII digits that nobody guesses first, and
the PIN is stored only as a slow scrypt hash."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from bodymap.domain.kiosk_config import KioskConfig
from bodymap.domain.kiosk_pin import MIN_N, PinGate, PinHash, hash_pin, pin_matches, pin_problem
from bodymap.domain.problems import DataError

PIN = "4817"
STORED = hash_pin(PIN)  # scrypt is slow on purpose: made once for the whole file


# --- PINs --------------------------------------------------------------------------------

@pytest.mark.parametrize("pin", ["0000", "1111", "999999", "1234", "4321", "0123456789",
                                 "2468", "9753", "7890", "0987", "1212", "123123", "6969",
                                 "1010", "1984", "2001", "2580", "1004", "1122"])
def test_pins_anyone_would_try_first_are_refused_with_a_reason(pin):
    reason = pin_problem(pin)
    assert reason is not None and "first" in reason


@pytest.mark.parametrize("pin", ["", "123", "1234567890123", "48 17", "4817a", "-4817",
                                 "٤٨١٧", "４８１７", "48²7", "481७"])
def test_a_pin_is_4_to_12_ascii_digits(pin):
    assert pin_problem(pin) == "a kiosk PIN is 4 to 12 digits, 0 to 9 only"


@pytest.mark.parametrize("pin", ["4817", "3917", "860254", "2649"])
def test_ordinary_pins_are_accepted(pin):
    assert pin_problem(pin) is None


def test_the_pin_is_stored_as_scrypt_with_its_parameters_and_a_fresh_salt():
    scheme, params, salt, key = STORED.split(":")
    assert (scheme, params) == ("scrypt", "n=131072,r=8,p=1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(key)) == 32
    assert pin_matches(PIN, STORED) and not pin_matches("4816", STORED)
    assert hash_pin(PIN, n=MIN_N) != hash_pin(PIN, n=MIN_N)  # a new salt each time


def test_a_non_ascii_digit_never_matches_even_if_it_reads_as_the_pin():
    assert not pin_matches("٤٨١٧", STORED)  # Arabic-Indic digits for 4817


def test_checking_a_pin_takes_real_work():
    started = time.perf_counter()
    pin_matches("5555", STORED)
    assert time.perf_counter() - started > 0.01  # SHA-256 took microseconds


@pytest.mark.parametrize("line, complaint", [
    ("abc:" + "0" * 64, "`bodymap kiosk-pin` prints"),
    ("scrypt:n=1024,r=8,p=1:" + "00" * 16 + ":" + "00" * 32, "power of two"),
    ("scrypt:n=131071,r=8,p=1:" + "00" * 16 + ":" + "00" * 32, "power of two"),
    ("scrypt:n=1048576,r=32,p=1:" + "00" * 16 + ":" + "00" * 32, "MiB"),
    ("scrypt:n=131072,r=8:" + "00" * 16 + ":" + "00" * 32, "n=…,r=…,p=…"),
    ("scrypt:n=131072,r=8,p=1:00:" + "00" * 32, "salt"),
    ("scrypt:n=131072,r=8,p=1:" + "00" * 16 + ":" + "00" * 31, "key"),
])
def test_a_stored_line_that_is_weak_huge_or_malformed_is_refused(line, complaint):
    with pytest.raises(ValueError, match=complaint.replace(".", r"\.")):
        PinHash.parse(line)
    assert not pin_matches("4817", line)


def test_wrong_pins_are_rate_limited():
    gate = PinGate(STORED, clock=lambda: 0.0)
    assert not gate.try_pin("1") and not gate.try_pin("2") and not gate.try_pin("3")
    assert gate.seconds_to_wait() == 30
    assert not gate.try_pin(PIN)


def test_the_kiosk_pin_command_refuses_a_guessable_pin_with_the_reason():
    result = subprocess.run([sys.executable, "-m", "bodymap", "kiosk-pin"], input="1234\n",
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().startswith("bodymap: this PIN cannot be used: the digits "
                                            "count up or down")
    assert "Traceback" not in result.stderr


def test_a_pin_typed_at_a_terminal_is_not_shown():
    import pty

    pid, terminal = pty.fork()
    if pid == 0:  # the child: kiosk-pin with a terminal as its standard input
        os.execv(sys.executable, [sys.executable, "-m", "bodymap", "kiosk-pin"])
    seen = b""

    def read_until(text: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 60
        while text not in seen and time.monotonic() < deadline:
            try:
                seen += os.read(terminal, 4096)
            except OSError:  # the child has finished
                break

    read_until(b"PIN (not shown): ")
    os.write(terminal, b"4817\n")
    read_until(b'"\r\n')
    os.waitpid(pid, 0)
    typed = seen.split(b"PIN (not shown): ", 1)[1].split(b"admin_pin_hash: ", 1)
    assert len(typed) == 2 and b"4817" not in typed[0]  # nothing echoed before the line


def test_the_kiosk_pin_command_refuses_bytes_that_are_not_text():
    result = subprocess.run([sys.executable, "-m", "bodymap", "kiosk-pin"],
                            input=b"\xff\xfe48\n", capture_output=True, timeout=60,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 1
    assert b"4 to 12 digits" in result.stderr and b"Traceback" not in result.stderr


# --- the settings file -------------------------------------------------------------------

def _load(tmp_path, text: str) -> KioskConfig:
    path = tmp_path / "kiosk.yaml"
    path.write_text(text, encoding="utf-8")
    return KioskConfig.load(path)


def _problems(tmp_path, text: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        _load(tmp_path, text)
    return [str(p) for p in caught.value.problems]


BAD_SETTINGS = {
    "clinic name is a list": ("clinic_name: [Riverside, Physio]\n", 1, 1,
                              "'clinic_name' must be text, not a list"),
    "clinic name is a number": ("idle_seconds: 90\nclinic_name: 1066\n", 2, 1,
                                "'clinic_name' must be text, not 1066"),
    "clinic name is a mapping": ("clinic_name: {a: b}\n", 1, 1, "not a mapping"),
    "clinic name too long": ("clinic_name: " + "A" * 81 + "\n", 1, 1, "at most 80"),
    "clinic name with a bidi override": ("clinic_name: \"Clinic\\u202e\"\n", 1, 1,
                                         "invisible control characters"),
    "clinic name over two lines": ("clinic_name: \"Riverside\\nPhysio\"\n", 1, 1,
                                   "without line breaks"),
    "idle is text": ("idle_seconds: soon\n", 1, 1, "whole number of seconds, not the text"),
    "idle is a fraction": ("idle_seconds: 90.5\n", 1, 1, "whole number of seconds"),
    "idle is true": ("idle_seconds: true\n", 1, 1, "whole number of seconds, not true"),
    "idle too short": ("idle_seconds: 5\n", 1, 1, "'idle_seconds' is 5; it must be from 15"),
    "idle too long": ("idle_seconds: 99999\n", 1, 1, "it must be from 15 to 3600"),
    "countdown too long": ("countdown_seconds: 61\n", 1, 1, "from 3 to 60"),
    "countdown not shorter than idle": ("idle_seconds: 20\ncountdown_seconds: 20\n", 2, 1,
                                        "must be shorter than 'idle_seconds' (20)"),
    "printing is a word": ("allow_printing: sometimes\n", 1, 1,
                           "'allow_printing' must be true or false"),
    "printing is empty": ("allow_printing:\n", 1, 1, "true or false, not empty"),
    "pin hash is a number": ("admin_pin_hash: 1234\n", 1, 1, "must be text in quotes"),
    "pin hash is malformed": ("admin_pin_hash: \"salt:abc\"\n", 1, 1, "is not usable"),
    "old sha-256 line": ("admin_pin_sha256: \"ab:" + "0" * 64 + "\"\n", 1, 1,
                         "fast SHA-256"),
    "unknown key": ("idle_seconds: 90\nprinting: yes\n", 2, 1,
                    "unknown kiosk setting 'printing'"),
    "a list, not settings": ("- idle_seconds: 90\n", 1, 1, "a mapping of settings"),
    "only a comment": ("# nothing yet\n", None, None, "the file is empty"),
}


@pytest.mark.parametrize("name", sorted(BAD_SETTINGS))
def test_a_bad_setting_is_an_error_at_its_place(tmp_path, name):
    text, line, column, message = BAD_SETTINGS[name]
    problems = _problems(tmp_path, text)
    where = f"kiosk.yaml:{line}:{column}: " if line else "kiosk.yaml: "
    assert any(where in p and message in p for p in problems), problems


def test_good_settings_load_exactly(tmp_path):
    config = _load(tmp_path, f'idle_seconds: 120\ncountdown_seconds: 15\nallow_printing: true'
                             f'\nclinic_name: Harbour Clinic\nadmin_pin_hash: "{STORED}"\n')
    assert (config.idle_seconds, config.countdown_seconds, config.allow_printing,
            config.clinic_name, config.admin_pin_hash) == (120, 15, True, "Harbour Clinic",
                                                           STORED)
    assert config.warnings() == []


def test_settings_without_an_admin_pin_warn_that_there_is_no_way_out(tmp_path):
    for config in (_load(tmp_path, "{}\n"), _load(tmp_path, "clinic_name: Harbour\n"),
                   KioskConfig.load(None)):
        [warning] = config.warnings()
        assert "no admin exit" in warning


def test_a_countdown_longer_than_the_idle_time_is_refused_not_shortened():
    with pytest.raises(ValueError, match="below idle_seconds"):
        KioskConfig(idle_seconds=20, countdown_seconds=30)
    from bodymap.ui.kiosk.guard import IdleWatcher

    with pytest.raises(ValueError, match="shorter than"):
        IdleWatcher(20, 30)


# --- starting the kiosk with a bad file: one line each, no traceback --------------------

def _kiosk_smoke(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bodymap", "--kiosk", "--smoke", *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_a_kiosk_smoke_start_with_a_missing_config_says_so_in_one_line(tmp_path):
    missing = tmp_path / "nowhere.yaml"
    result = _kiosk_smoke("--config", str(missing))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"{missing}: no such file"]
    assert "startup_ms" not in result.stdout


def test_a_kiosk_start_with_a_missing_config_says_so_in_one_line(tmp_path):
    missing = tmp_path / "nowhere.yaml"
    result = subprocess.run([sys.executable, "-m", "bodymap", "--kiosk", "--config",
                             str(missing)], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"{missing}: no such file"]


def test_a_kiosk_smoke_start_with_a_bad_config_names_the_place(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text("clinic_name: [a, b]\n", encoding="utf-8")
    result = _kiosk_smoke("--config", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"{path}:1:1: 'clinic_name' must be text, not a list"]


def test_a_kiosk_without_an_admin_pin_starts_with_a_warning(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text("clinic_name: Harbour\n", encoding="utf-8")
    result = _kiosk_smoke("--config", str(path))
    assert result.returncode == 0, result.stderr
    assert f"bodymap: warning: {path}: there is no 'admin_pin_hash'" in result.stderr
