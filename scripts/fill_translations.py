"""Fill the unfinished entries of the .ts files from a JSON map {English source: Russian text}.

English entries take their source text; Russian ones take the map's text. Entries the map
lacks stay unfinished and are listed, so `tests/test_translations.py` still catches them.
Run: python scripts/fill_translations.py ru.json && sh resources/translations/update.sh
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"


def fill(ts: Path, texts: dict[str, str] | None) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = source if texts is None else texts.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        del translation.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    texts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    fill(FOLDER / "enablement_en.ts", None)
    missing = fill(FOLDER / "enablement_ru.ts", texts)
    for source in missing:
        print("no Russian text for:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
