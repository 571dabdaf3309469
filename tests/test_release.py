"""Releases: one version, written once; the data's own version; the licences, the changelog,
the citation file and the About box all agreeing with them."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
import yaml

from bodymap import __version__, cli, resources

ROOT = Path(__file__).resolve().parent.parent


def test_the_version_is_written_once():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert setuptools["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "bodymap.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_version_prints_the_code_and_the_data_versions(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"bodymap {__version__} (data {resources.data_version()})\n"
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d+", resources.data_version())


def test_the_changelog_has_both_versions():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", changelog, re.MULTILINE)
    assert any(h.startswith(f"{__version__} ") or h == __version__ for h in headings)
    assert f"data {resources.data_version()}" in changelog


def test_the_citation_file_cites_this_data_under_its_licence():
    citation = yaml.load((ROOT / "CITATION.cff").read_text(encoding="utf-8"),
                         Loader=yaml.CSafeLoader)
    assert citation["cff-version"] == "1.2.0"
    assert citation["type"] == "dataset"
    assert citation["version"] == resources.data_version()
    assert citation["license"] == "CC-BY-SA-4.0"
    homepage = tomllib.loads((ROOT / "pyproject.toml").read_text(
        encoding="utf-8"))["project"]["urls"]["Homepage"]
    assert citation["repository-code"] == homepage


def test_the_content_licence_is_stated_and_shipped():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT AND CC-BY-SA-4.0"
    legal = (ROOT / "LICENSES" / "CC-BY-SA-4.0.txt").read_text(encoding="utf-8")
    assert "Attribution-ShareAlike 4.0 International Public License" in legal
    assert "CC BY-SA 4.0" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("schema", ["trigger_points.schema.json", "dry_needling.schema.json"])
def test_schema_ids_are_clearly_local(schema):
    text = json.loads((resources.DATA_DIR / schema).read_text(encoding="utf-8"))
    assert text["$id"] == f"urn:bodymap:schema:{schema.removesuffix('.schema.json')}"


def test_the_about_box_says_versions_licences_folders_and_disclaimer(main_window, qtbot):
    import PySide6
    from PySide6.QtCore import qVersion

    about = next(a for a in main_window.menuBar().actions() if a.text() == "&Help").menu()
    next(a for a in about.actions() if a.text() == "&About bodymap").trigger()
    dialog = main_window.about_dialog
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    for needed in (f"bodymap {__version__}", f"bundled reference {resources.data_version()}",
                   "MIT", "CC BY-SA 4.0", f"Qt {qVersion()}", f"PySide6 {PySide6.__version__}",
                   "not medical advice", "Study progress", "Start-up cache",
                   f"data version {resources.data_version()}. CC BY-SA 4.0"):
        assert needed in text, needed
    dialog.close()


def test_the_about_box_names_a_data_file_chosen_with_data(reference, tmp_path):
    from dataclasses import replace

    from bodymap.ui.about import about_html

    own = replace(reference, dataset=replace(reference.dataset, file=str(tmp_path / "my.yaml")))
    assert f"your file {tmp_path / 'my.yaml'}" in about_html(own)
