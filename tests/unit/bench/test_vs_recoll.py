"""`enablement bench import --vs-recoll`: both indexers run on the same folder and the ratio is theirs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from enablement.bench.recoll import compare, format_comparison


def _bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "enablement", "bench", "import", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ},
    )


def test_without_a_folder_it_says_what_to_give(tmp_path: Path) -> None:
    done = _bench("--vs-recoll", str(tmp_path / "nope"))
    assert done.returncode == 2
    assert "give the folder to import" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(shutil.which("recollindex") is None, reason="recollindex is not installed")
def test_one_round_on_a_small_folder(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    for i in range(3):
        (folder / f"card{i}.md").write_text(f"# Strengths\nGlobex partner network {i}.\n", encoding="utf-8")
    result = compare(folder, rounds=1, workers=1)
    assert (result["files"], result["units"], result["rejected"]) == (3, 3, 0)
    assert result["recoll_files_not_indexed"] == 0
    run = result["rounds"][0]
    assert run["ratio"] == run["ours"]["seconds"] / run["recoll"]["seconds"]
    assert run["ours"]["reimport_unchanged"] == 3
    text = format_comparison(result)
    assert "ratio:" in text and "Recoll (median):" in text and "peak RSS:" in text
