"""`enablement watch` as a user runs it: a real process, a real folder, real file events, Ctrl-C."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

CARD = """---
title: {name}
---
# Weaknesses
{name} ships a slow {word} rollout.
"""


def run(lib: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENABLEMENT_LIBRARY": str(lib)}
    return subprocess.run(
        [sys.executable, "-m", "enablement", *args], env=env, capture_output=True, text=True, check=check
    )


def _card(path: Path, name: str, word: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(CARD.format(name=name, word=word), encoding="utf-8")
    return path


def test_list_once_stop_and_refusals(tmp_path: Path) -> None:
    lib, src = tmp_path / "lib", tmp_path / "Sales"
    _card(src / "globex.md", "Globex", "quokka")
    once = run(lib, "watch", str(src), "--once", "--json")
    report = json.loads(once.stdout)
    assert report["imported"] == 1
    assert report["changes"] == [{"what": "imported", "path": str((src / "globex.md").resolve())}]
    listed = json.loads(run(lib, "watch", "--list", "--json").stdout)
    assert [(f["path"], f["available"]) for f in listed] == [(str(src.resolve()), True)]
    assert str(src.resolve()) in run(lib, "watch", "--list").stdout

    missing = run(lib, "watch", str(tmp_path / "nowhere"), check=False)
    assert missing.returncode == 1 and "no such folder" in missing.stderr
    inside = run(lib, "watch", str(lib), check=False)
    assert inside.returncode == 1 and "library's own files" in inside.stderr
    assert json.loads(run(lib, "watch", "--list", "--json").stdout) == listed, "a refusal changes nothing"

    stopped = run(lib, "watch", "--stop", str(src))
    assert "Stopped watching" in stopped.stdout
    again = run(lib, "watch", "--stop", str(src), check=False)
    assert again.returncode == 1 and "is not watched" in again.stderr
    assert "No folder is watched" in run(lib, "watch", "--list").stdout
    nothing = run(lib, "watch", check=False)
    assert nothing.returncode == 1 and "no folder to watch" in nothing.stderr


def test_foreground_watch_prints_what_it_picks_up_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    lib, src = tmp_path / "lib", tmp_path / "Sales"
    old = _card(src / "globex.md", "Globex", "quokka")
    env = {**os.environ, "ENABLEMENT_LIBRARY": str(lib)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "enablement", "watch", str(src)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout or []], daemon=True)
    reader.start()
    seen: list[str] = []

    def wait_for(text: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in line for line in seen):
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail(f"no line with {text!r}; got {seen!r}; stderr {proc.stderr.read()!r}")  # type: ignore[union-attr]
            try:
                seen.append(lines.get(timeout=0.2))
            except queue.Empty:
                pass

    try:
        wait_for(f"imported {old.resolve()}")  # the start's re-check
        wait_for("Ctrl-C stops")
        new = _card(src / "initech.md", "Initech", "wombat")
        wait_for(f"imported {new.resolve()}")
        renamed = src / "globex-2026.md"
        old.rename(renamed)
        wait_for(f"moved    {old.resolve()} -> {renamed.resolve()}")
        new.unlink()
        wait_for(f"archived {new.resolve()}")
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) == 0
    reader.join(10)
    seen.extend(lines.queue)
    assert "Stopped watching (the list is kept)." in seen[-1]
    listed = json.loads(run(lib, "watch", "--list", "--json").stdout)
    assert [f["path"] for f in listed] == [str(src.resolve())], "Ctrl-C keeps the list"
    found = json.loads(run(lib, "search", "quokka", "--json").stdout)
    assert [hit["source"] for hit in found["hits"]] == ["globex.md"]
