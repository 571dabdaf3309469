"""Escaping text for Qt rich text.

The same as the standard library's html.escape, without importing the html package, whose
entity tables cost 2 ms of start-up and are only needed for unescaping."""

from __future__ import annotations


def escape(text: str, quote: bool = True) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text
