"""Extraction functions that misbehave on purpose, for the worker-pool tests.

They run inside the pool's worker processes, so they must be importable there.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, UnitKind
from enablement.errors import Rejected


def extract(path: Path) -> ExtractedDoc:
    """hang.* sleeps forever, crash.* kills its process, bomb.* allocates without end, bad.* is rejected."""
    name = path.name
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("crash"):
        os._exit(3)
    if name.startswith("bomb"):
        hog = []
        while True:
            hog.append(bytearray(64 * 1024 * 1024))
    if name.startswith("bad"):
        raise Rejected("corrupt or truncated: test")
    if name.startswith("oops"):
        raise ValueError("parser bug")
    text = path.read_text(encoding="utf-8")
    return ExtractedDoc(
        title=path.stem, kind=ItemKind.DOCUMENT, units=[ExtractedUnit(UnitKind.ITEM, 1, text=text)]
    )
