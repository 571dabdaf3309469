"""A pseudo-translation for layout tests: every interface string and every patient text made
about 40% longer, with accented letters and brackets, so clipped or hard-coded text shows.

    [Ŵĥéré ðöéš îţ ĥûŕţ? ·······]

Placeholders ({name}, %n, %1), HTML tags and entities, and & shortcut markers are kept.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from bodymap.domain.translations import (
    ContentTranslation,
    TranslatedText,
    english_texts,
    source_hash,
)
from bodymap.domain.model import Where

ROOT = Path(__file__).resolve().parent.parent
ACCENTED = str.maketrans("aeiouycnsrlgwhAEIOUYCNSRLGWH",
                         "áéîöûýçñšŕĺĝŵĥÁÉÎÖÛÝÇÑŠŔĹĜŴĤ")
_KEEP = re.compile(r"(\{[^}]*\}|%n|%L?\d+|<[^>]+>|&[a-zA-Z#0-9]+;|&&)")


def pseudo(text: str, stretch: float = 0.4) -> str:
    """The text, accented and lengthened; markup and placeholders untouched."""
    parts = _KEEP.split(text)
    out = "".join(p if i % 2 else p.translate(ACCENTED) for i, p in enumerate(parts))
    letters = sum(len(p) for i, p in enumerate(parts) if not i % 2)
    padding = "·" * max(1, round(letters * stretch))
    if text.lstrip().startswith("<"):  # rich text: pad inside, keep the markup valid
        return out + f" <span>{padding}</span>"
    return f"[{out} {padding}]"


def write_pseudo_qm(source_ts: Path, target_dir: Path, name: str = "bodymap_xx") -> Path:
    """A compiled pseudo-translation of every message of `source_ts`."""
    tree = ET.parse(source_ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = target_dir / f"{name}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = target_dir / f"{name}.qm"
    import sys

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def pseudo_content(reference) -> ContentTranslation:
    """Every patient text of the reference, pseudo-translated and current."""
    texts = {}
    for path, english in english_texts(reference.dataset, reference.general).items():
        text = pseudo(english) if isinstance(english, str) else tuple(map(pseudo, english))
        texts[path] = TranslatedText(text, source_hash(english), Where("pseudo"))
    return ContentTranslation("xx", texts)
