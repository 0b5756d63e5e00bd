"""A SIGKILL at any point of a large (bulk-indexed) import leaves no half item, and a re-import completes.

The import runs as a real `enablement import` process over a folder big enough to take the bulk
path (index worker processes, enablement.search.bulk). It is killed, with its whole process group
(the extraction and index workers too), at points found by watching what it leaves on disk:
- while batches are being stored (some items in the database);
- while the index workers write (their folders exist beside the index);
- once (nearly) every item is stored (the workers finish, their segments are added, the state
  written).
Afterwards every item in the database has all its units, the re-import adds exactly what was
missing, and search and database agree (doctor), with no worker folder left behind.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

CARDS = 600  # above bulk.MIN_ITEMS, and enough batches that each kill point is reached mid-import

CARD = """---
title: Card {i}
competitor: Globex
---
# Strengths
Globex has a large partner network, item {i}.

# Weaknesses
Slow rollout and expensive support contracts, item {i}.
"""


def run(lib: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENABLEMENT_LIBRARY": str(lib)}
    return subprocess.run(
        [sys.executable, "-m", "enablement", *args], env=env, capture_output=True, text=True, check=check
    )


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cards")
    for i in range(CARDS):
        (folder / f"card{i:04d}.md").write_text(CARD.format(i=i), encoding="utf-8")
    return folder


def _items(lib: Path) -> int:
    db = lib / "library.db"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _worker_folders(lib: Path) -> list[Path]:
    return list(lib.glob(".index.bulk-*"))


KILL_POINTS: dict[str, Callable[[Path], bool]] = {
    "storing": lambda lib: _items(lib) > 0,
    "index workers writing": lambda lib: bool(_worker_folders(lib)) and _items(lib) > 100,
    "nearly everything stored": lambda lib: _items(lib) >= CARDS - 50,
}


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_sigkill_at_any_point_leaves_no_half_item_and_a_reimport_completes(
    cards: Path, tmp_path: Path, point: str
) -> None:
    lib = tmp_path / "lib"
    env = {**os.environ, "ENABLEMENT_LIBRARY": str(lib)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "enablement", "import", str(cards), "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    reached = KILL_POINTS[point]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not reached(lib):
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.fail(f"the import finished before the point '{point}'; make the folder bigger")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _items(lib)
    assert stored > 0

    items = json.loads(run(lib, "list", "--json").stdout)
    assert len(items) == stored and all(i["units"] == 2 for i in items), "no half item"

    rerun = json.loads(run(lib, "import", str(cards), "--json").stdout)
    assert rerun["rejected"] == []
    assert rerun["imported"] == CARDS - stored and rerun["unchanged"] == stored
    items = json.loads(run(lib, "list", "--json").stdout)
    assert len(items) == CARDS and all(i["units"] == 2 for i in items)
    doctor = json.loads(run(lib, "doctor", "--json").stdout)
    assert doctor["ok"] is True and doctor["problems"] == [], doctor
    assert _worker_folders(lib) == [], "the killed import's worker folders were swept"
    found = run(lib, "search", "partner network", "--limit", "1").stdout
    assert f"{CARDS * 2} match(es)" in found or f"{CARDS} match(es)" in found, found
