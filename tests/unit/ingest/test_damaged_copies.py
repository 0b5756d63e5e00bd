"""Damaged copies of real files (flipped bytes, truncation, broken XML inside the zip).

Whatever the damage, `extract_file` either returns units or raises Rejected:
never another exception. Deterministic (fixed seed), made in tmp_path.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from enablement.errors import Rejected
from enablement.ingest.registry import extract_file

SOURCES = [
    "pptx/tika_testPPT_various2.pptx",
    "docx/tika_testWORD_2006ml.docx",
    "xlsx/poi_sample.xlsx",
    "pdf/tika_testPDFVarious.pdf",
    "other/text/tika_testCSV.csv",
    "other/text/tika_testMARKDOWN.md",
]
COPIES = 90


def _damage(data: bytes, rnd: random.Random) -> bytes:
    mode = rnd.random()
    if mode < 0.4:
        buf = bytearray(data)
        for _ in range(rnd.randint(1, 20)):
            buf[rnd.randrange(len(buf))] = rnd.randrange(256)
        return bytes(buf)
    if mode < 0.6:
        return data[: rnd.randrange(1, len(data))]
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return data[::-1]
    victim = rnd.choice([n for n in zin.namelist() if n.endswith((".xml", ".rels"))])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            member = bytearray(zin.read(name))
            if name == victim:
                for _ in range(rnd.randint(1, 5)):
                    pos = rnd.randrange(len(member))
                    junk = bytes(rnd.choice(b'<>/"=&; a') for _ in range(rnd.randint(0, 4)))
                    member[pos : pos + rnd.randint(0, 8)] = junk
            zout.writestr(name, bytes(member))
    return out.getvalue()


def test_damaged_copies_are_extracted_or_rejected(corpus: Path, tmp_path: Path) -> None:
    rnd = random.Random(20261124)
    originals = {name: (corpus / name).read_bytes() for name in SOURCES}
    outcomes = {"ok": 0, "rejected": 0}
    for index in range(COPIES):
        name = SOURCES[index % len(SOURCES)]
        path = tmp_path / f"copy{index}{Path(name).suffix}"
        path.write_bytes(_damage(originals[name], rnd))
        try:
            doc = extract_file(path)
        except Rejected as exc:
            assert exc.reason
            outcomes["rejected"] += 1
        else:
            assert doc.units, f"{path.name} (from {name}) imported empty"
            outcomes["ok"] += 1
    assert outcomes["rejected"] > 10 and outcomes["ok"] > 10
