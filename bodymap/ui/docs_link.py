"""Where a link to the project's documentation points: the page in this copy of the source
when bodymap runs from a checkout, otherwise the same page at the project's published home."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QUrl

FALLBACK_HOME = "https://github.com/bodymap/bodymap"  # pyproject.toml's Homepage


def docs_url(page: str, checkout: Path | None = None) -> QUrl:
    """A link to docs/<page> that opens: the local file if this is a source checkout."""
    root = checkout if checkout is not None else Path(__file__).resolve().parents[2]
    local = root / "docs" / page
    if local.is_file():
        return QUrl.fromLocalFile(str(local))
    return QUrl(f"{_home()}/blob/main/docs/{page}")


def lookup_docs_url() -> QUrl:
    """How the 'Where does it hurt?' ranking is computed (docs/lookup.md)."""
    return docs_url("lookup.md")


def _home() -> str:
    try:
        urls = metadata.metadata("bodymap").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return FALLBACK_HOME
    for entry in urls:
        name, _, url = entry.partition(",")
        if name.strip().lower() == "homepage" and url.strip():
            return url.strip().rstrip("/")
    return FALLBACK_HOME
