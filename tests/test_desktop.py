"""Linux desktop integration (packaging/linux): the .desktop file and the AppStream metainfo
pass their validators, name the same id, icon, program and address as the code and the
project, show real screenshots, and the icons are the app icon at the sizes desktops use.
The validators come from Debian's desktop-file-utils and appstream (scripts/debian-deps.sh).
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bodymap import __version__, resources

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(ROOT / "tools"))
import render_icons  # noqa: E402

from bodymap.ui.app import APP_ID  # noqa: E402

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
HOMEPAGE = PROJECT["urls"]["Homepage"]


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: run sh scripts/debian-deps.sh"
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_is_valid():
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_the_metainfo_is_valid():
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", "--strict",
                             "--pedantic", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_file_launches_the_installed_program_with_the_app_icon():
    entry = desktop_entry()
    assert entry["Exec"] == "bodymap"
    assert "bodymap" in PROJECT["scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_the_metainfo_agrees_with_the_code_and_the_project():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.find("url[@type='homepage']").text == HOMEPAGE
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__
    description = " ".join("".join(root.find("description").itertext()).split())
    assert "It is not medical advice, and it does not diagnose." in description
    assert "MIT" in description and "CC BY-SA 4.0" in description


def test_the_screenshots_are_the_images_in_docs():
    base = HOMEPAGE.replace("https://github.com/", "https://raw.githubusercontent.com/")
    images = list(ET.parse(METAINFO).getroot().iter("image"))
    assert len(images) >= 2
    for image in images:
        assert image.text.startswith(f"{base}/main/docs/images/"), image.text
        local = ROOT / image.text.removeprefix(f"{base}/main/")
        assert local.is_file(), local
        from PySide6.QtGui import QImageReader

        size = QImageReader(str(local)).size()
        assert (size.width(), size.height()) == (int(image.get("width")),
                                                 int(image.get("height")))


@pytest.mark.parametrize("size", render_icons.SIZES)
def test_the_icons_are_the_app_icon_at_each_size(qapp, size):
    from PySide6.QtGui import QImage

    committed = QImage(str(render_icons.icon_path(size)))
    assert (committed.width(), committed.height()) == (size, size)
    fresh = render_icons.render(size).convertToFormat(committed.format())
    # The same drawing, allowing for antialiasing that differs between Qt versions.
    diff = sum(abs(committed.pixelColor(x, y).red() - fresh.pixelColor(x, y).red())
               for x in range(0, size, max(1, size // 32)) for y in range(0, size,
                                                                     max(1, size // 32)))
    samples = len(range(0, size, max(1, size // 32))) ** 2
    assert diff / samples < 4, "run python tools/render_icons.py"


def test_the_scalable_icon_is_the_app_icon():
    scalable = render_icons.HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == resources.ICON_FILE.read_bytes()
