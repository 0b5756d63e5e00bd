"""`enablement diff` and `enablement restore` as a user runs them: a real process and library, on SQLite
and on PostgreSQL (`--db`)."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.test_library_cli import run as run_cli
from tests.unit.workbench.diff_decks import V1, V2, write_deck


@pytest.fixture
def run(db_url: str | None) -> Callable[..., subprocess.CompletedProcess[str]]:
    """The CLI in a process, on the library's SQLite file or on a PostgreSQL schema (`--db`)."""
    db = ["--db", db_url] if db_url else []

    def cli(lib: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return run_cli(lib, *db, *args, check=check)

    return cli


def _two_versions(tmp_path: Path, run: Callable[..., subprocess.CompletedProcess[str]]) -> tuple[Path, int]:
    lib, deck = tmp_path / "lib", tmp_path / "files" / "quokka.pptx"
    deck.parent.mkdir()
    write_deck(deck, V1, mtime=time.time() - 100)
    run(lib, "import", str(deck))
    write_deck(deck, V2)
    run(lib, "import", str(deck))
    (item,) = json.loads(run(lib, "list", "--json").stdout)
    return lib, item["id"]


def test_diff_prints_the_changes_and_restore_makes_the_old_version_newest(
    tmp_path: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    lib, item = _two_versions(tmp_path, run)
    text = run(lib, "diff", str(item)).stdout.splitlines()
    assert text[0].startswith(f"#{item} ") and "version 1 (" in text[1] and "version 2 (" in text[1]
    assert text[2] == "  1 added, 1 removed, 2 changed, 2 unchanged"
    assert "  + slide 3  Customer story: Northwind" in text
    assert "  - slide 4  Legacy wombat migration" in text
    assert "  ~ slide 3->4  Quokka pricing" in text
    assert "      body: Entry model from [-90-]{+95+} 000 RUB / Volume discounts above ten units" in text
    assert not any(line.startswith("  = ") for line in text)  # unchanged slides only with --all
    assert (
        sum(line.startswith("  = ") for line in run(lib, "diff", str(item), "--all").stdout.splitlines()) == 2
    )

    answer = json.loads(run(lib, "diff", str(item), "--from", "2", "--to", "1", "--json").stdout)
    assert (answer["from"]["version"], answer["to"]["version"]) == (2, 1)
    assert answer["counts"] == {"added": 1, "removed": 1, "changed": 2, "moved": 0, "unchanged": 2}

    done = run(lib, "restore", str(item), "--version", "1").stdout
    assert done.startswith(f"Restored #{item} ") and "version 1 is now version 3" in done
    hits = json.loads(run(lib, "search", "wombat", "--json").stdout)
    assert hits["total"] == 1
    assert json.loads(run(lib, "diff", str(item), "--from", "1", "--json").stdout)["counts"]["unchanged"] == 5


def test_bad_diff_and_restore_requests_get_one_clear_line(
    tmp_path: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    lib, item = _two_versions(tmp_path, run)
    missing = run(lib, "diff", str(item), "--from", "9", check=False)
    assert missing.returncode == 1
    assert (
        missing.stderr.startswith("enablement: “Quokka servers overview” (item")
        and "has no version 9" in missing.stderr
    )
    newest = run(lib, "restore", str(item), "--version", "2", check=False)
    assert newest.returncode == 1 and "already the newest" in newest.stderr
    card = tmp_path / "files" / "card.md"
    card.write_text("---\ncompetitors: [Acme]\n---\n## Strengths\n\nFast.\n", encoding="utf-8")
    run(lib, "import", str(card))
    other = max(i["id"] for i in json.loads(run(lib, "list", "--json").stdout))
    two = run(lib, "diff", str(item), "--from", f"{other}:1", check=False)
    assert two.returncode == 1 and "two different items" in two.stderr
    typo = run(lib, "diff", str(item), "--from", "v1", check=False)
    assert typo.returncode == 2 and "is not a version number" in typo.stderr
