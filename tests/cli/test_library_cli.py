"""The `enablement` command as a user runs it: a real process, a real library folder."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

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


def _cards(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"card{i:04d}.md").write_text(CARD.format(i=i), encoding="utf-8")
    return folder


def test_import_json_contract_list_show_remove(tmp_path: Path) -> None:
    src = _cards(tmp_path / "src", 3)
    (src / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    lib = tmp_path / "lib"
    summary = json.loads(run(lib, "import", str(src), "--json", "--tag", "q3").stdout)
    assert {"imported", "updated", "unchanged", "units", "rejected", "seconds"} <= set(summary)
    assert (summary["imported"], summary["units"]) == (3, 6)
    assert [Path(r["path"]).name for r in summary["rejected"]] == ["old.doc"]
    assert ".docx" in summary["rejected"][0]["reason"]

    items = json.loads(run(lib, "list", "--json").stdout)
    assert len(items) == 3 and all(i["tags"] == ["q3"] for i in items)
    shown = json.loads(run(lib, "show", str(items[0]["id"]), "--json").stdout)
    assert shown["versions"][0]["source"] == items[0]["source"]
    assert any("partner network" in u["text"] for u in shown["units"])

    assert "Removed" in run(lib, "remove", str(items[0]["id"])).stdout
    assert len(json.loads(run(lib, "list", "--json").stdout)) == 2
    missing = run(lib, "show", "999", check=False)
    assert missing.returncode == 1 and "no item 999" in missing.stderr and "Traceback" not in missing.stderr

    again = json.loads(run(lib, "import", str(src), "--json").stdout)
    assert (again["imported"], again["unchanged"], again["rejected"]) == (1, 3, [])
    assert [Path(r["path"]).name for r in again["previously_rejected"]] == ["old.doc"]


def test_sigkill_during_import_then_rerun_is_consistent(tmp_path: Path) -> None:
    src = _cards(tmp_path / "src", 1000)
    lib = tmp_path / "lib"
    env = {**os.environ, "ENABLEMENT_LIBRARY": str(lib)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "enablement", "import", str(src), "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    db = lib / "library.db"
    deadline = time.monotonic() + 60
    count = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    count = conn.execute("SELECT count(*) FROM items").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0
            if count > 0:
                break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.fail("the import finished before it could be killed; make the folder bigger")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < count < 1000

    doctor = json.loads(run(lib, "doctor", "--json", check=False).stdout)
    assert not [p for p in doctor["problems"] if p not in doctor["repaired"]]

    rerun = json.loads(run(lib, "import", str(src), "--json").stdout)
    assert rerun["imported"] + rerun["unchanged"] == 1000
    items = json.loads(run(lib, "list", "--json").stdout)
    assert len(items) == 1000 and all(i["units"] == 2 for i in items)
    doctor = json.loads(run(lib, "doctor", "--json").stdout)
    assert doctor["ok"] is True


def test_bad_input_gets_a_clear_message_and_exit_code(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    missing = run(lib, "import", str(tmp_path / "nope"), "--json", check=False)
    assert missing.returncode == 1
    assert json.loads(missing.stdout)["rejected"][0]["reason"] == "no such file or folder"
    for url in ("mysql://x/y", "garbage"):
        bad = run(lib, "--db", url, "list", check=False)
        assert bad.returncode == 1 and "Cannot use the database URL" in bad.stderr
        assert "Traceback" not in bad.stderr
    limit = run(lib, "search", "x", "--limit", "0", check=False)
    assert limit.returncode == 2 and "at least 1" in limit.stderr
    mixed = run(lib, "search", "x", "enablement://item/1#slide=2", check=False)
    assert mixed.returncode == 2 and "link opens the desktop app" in mixed.stderr


def test_links_are_routed_to_the_app_not_to_a_subcommand() -> None:
    from enablement.cli import _split_links

    assert _split_links(["--library", "L", "enablement://item/9#slide=7"]) == (
        ["--library", "L"],
        ["enablement://item/9#slide=7"],
    )
    assert _split_links(["search", "px"]) == (["search", "px"], [])


def test_output_into_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    _cards(tmp_path / "src", 400)  # `list --json` then overflows the 64 KiB pipe buffer
    run(lib, "import", str(tmp_path / "src"))
    env = {**os.environ, "ENABLEMENT_LIBRARY": str(lib)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "enablement", "list", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait() == 0 and "Traceback" not in err


def test_doctor_finds_a_damaged_or_missing_original(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    _cards(tmp_path / "src", 2)
    run(lib, "import", str(tmp_path / "src"))
    blobs = sorted((lib / "blobs").glob("??/*"))
    assert len(blobs) == 2
    blobs[0].write_bytes(b"x")
    blobs[1].unlink()
    report = run(lib, "doctor", "--json", check=False)
    problems = json.loads(report.stdout)["problems"]
    assert report.returncode == 1
    assert any("damaged" in p for p in problems) and any("missing" in p for p in problems)
