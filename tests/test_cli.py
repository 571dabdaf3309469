"""Every command-line verb, run as a user would (a subprocess for the end-to-end ones)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bodymap import cli


def bodymap(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bodymap", *args], capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.parametrize("verb", [[], ["check"], ["show"], ["snapshot"]])
def test_every_verb_has_help(verb, capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main([*verb, "--help"])
    assert exited.value.code == 0
    assert "usage: bodymap" in capsys.readouterr().out


def test_check_passes_on_the_bundled_data(reference):
    result = bodymap("check")
    assert result.returncode == 0, result.stderr
    dataset = reference.dataset
    assert result.stdout.splitlines()[0] == (
        f"OK: {len(dataset.muscles)} muscles, {dataset.trigger_point_count()} trigger points, "
        f"{dataset.zone_count()} zones, "
        f"{sum(len(r.sides()) for r in dataset.regions.values())} regions")


def test_check_reports_each_problem_and_exits_1(tmp_path):
    from bodymap import resources

    bad = tmp_path / "bad.yaml"
    text = resources.DATA_FILE.read_text(encoding="utf-8")
    bad.write_text(text.replace("essential: [", "essential: [no_such_region, ", 1)
                   .replace("pneumothorax_risk: ", "pneumothorax_risk: extreme_", 1))
    result = bodymap("check", "--data", str(bad))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert any(f"{bad}:" in line and "unknown body region 'no_such_region'" in line
               for line in lines)
    assert any("pneumothorax_risk" in line for line in lines)
    assert lines[-1].endswith("problems found.")
    assert "Traceback" not in result.stderr


def test_check_on_a_missing_file_is_one_clear_line(tmp_path):
    result = bodymap("check", "--data", str(tmp_path / "nope.yaml"))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"{tmp_path / 'nope.yaml'}: no such file"


def test_show_prints_the_clinician_entry():
    result = bodymap("show", "levator_scapulae")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Levator scapulae (Musculus levator scapulae)")
    for heading in ("Trigger points", "Needling safety — pneumothorax risk:", "Sources"):
        assert heading in out


def test_show_json_is_the_normalised_entry(reference):
    result = bodymap("show", "infraspinatus", "--json")
    assert result.returncode == 0, result.stderr
    entry = json.loads(result.stdout)
    muscle = reference.dataset.muscle("infraspinatus")
    assert entry["id"] == "infraspinatus" and entry["layer"] == muscle.layer
    assert [t["id"] for t in entry["trigger_points"]] == [t.id for t in muscle.trigger_points]
    assert "anterior_shoulder" in entry["trigger_points"][0]["essential"]["regions"]
    assert entry["needling"]["pneumothorax_risk"] == muscle.needling.pneumothorax_risk
    assert all("citation" in s for s in entry["sources"])


def test_show_unknown_muscle_suggests_and_exits_1():
    result = bodymap("show", "trapezius")
    assert result.returncode == 1
    assert "no muscle 'trapezius'" in result.stderr
    assert "upper_trapezius" in result.stderr


def test_app_options_alone_skip_the_commands_but_mistakes_get_the_full_usage(capsys):
    assert cli.build_parser(with_commands=False).parse_args(["--smoke"]).verb is None
    with pytest.raises(SystemExit) as exited:
        cli.main(["--smoke", "--bogus"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "COMMAND" in err and "--bogus" in err
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "snapshot" in capsys.readouterr().out  # help lists the commands


def test_bad_select_argument_is_a_usage_error():
    result = bodymap("snapshot", "-o", "x.png", "--select", "upper_trapezius")
    assert result.returncode == 2
    assert "MUSCLE.SIDE" in result.stderr


def test_snapshot_writes_the_window_as_png(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    result = bodymap("snapshot", "-o", str(out), "--select", "infraspinatus.right",
                     "--size", "1280x720", timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    colours = {image.pixel(x, y) for x in range(0, 1280, 25) for y in range(0, 720, 25)}
    assert len(colours) > 20  # a drawn window, not a blank rectangle
