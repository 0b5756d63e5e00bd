"""Fill the unfinished entries of the .ts files from JSON maps {English source: translation}.

    python scripts/fill_translations.py ru.json [en.json] && sh resources/translations/update.sh

A plural (numerus) entry's translation is a list of forms: three for Russian (1, 2–4, 5+), two
for English. English entries without a map entry take their source text when they are not
plural. Entries left unfinished are listed, so `tests/test_translations.py` still catches them.
`--from-ts A.ts B.ts …` writes such a map from translated .ts files instead (used to carry
translations across a merge: take one side's .ts, re-run update.sh, fill from both sides).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"


def read_map(paths: list[str]) -> dict[str, Any]:
    """{source: text or [forms]} of every finished entry of the given .ts files (first wins)."""
    found: dict[str, Any] = {}
    for path in paths:
        for message in ET.parse(path).iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            value: Any = forms if forms else translation.text
            if value:
                found.setdefault(message.findtext("source") or "", value)
    return found


def fill(ts: Path, texts: dict[str, Any], *, copy_source: bool) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        plural = message.get("numerus") == "yes"
        value = texts.get(source)
        if value is None and copy_source and not plural:
            value = source
        if value is None or plural != isinstance(value, list):
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        if plural:
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        del translation.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--from-ts":
        Path(argv[1]).write_text(json.dumps(read_map(argv[2:]), ensure_ascii=False), encoding="utf-8")
        return 0
    ru = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    en = json.loads(Path(argv[1]).read_text(encoding="utf-8")) if len(argv) > 1 else {}
    missing = [f"en: {s}" for s in fill(FOLDER / "enablement_en.ts", en, copy_source=True)]
    missing += [f"ru: {s}" for s in fill(FOLDER / "enablement_ru.ts", ru, copy_source=False)]
    for line in missing:
        print("no translation for", line)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
