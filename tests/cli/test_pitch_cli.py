"""`enablement pitch build` as a user runs it: a real process and library (SQLite and PostgreSQL via
`--db`), slide references and links."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from tests.cli.test_library_cli import run as run_cli
from tests.unit.workbench.pitch_decks import deck_a, deck_b


@pytest.fixture
def run(db_url: str | None) -> Callable[..., subprocess.CompletedProcess[str]]:
    """The CLI in a process, on the library's SQLite file or on a PostgreSQL schema (`--db`)."""
    db = ["--db", db_url] if db_url else []

    def cli(lib: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return run_cli(lib, *db, *args, check=check)

    return cli


def test_pitch_build_from_references_and_links(
    tmp_path: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    lib, folder = tmp_path / "lib", tmp_path / "decks"
    folder.mkdir()
    deck_a(folder / "a.pptx")
    deck_b(folder / "b.pptx")
    run(lib, "import", str(folder))
    ids = {i["source"][0]: i["id"] for i in json.loads(run(lib, "list", "--kind", "deck", "--json").stdout)}
    out = tmp_path / "pitch.pptx"

    done = run(
        lib, "pitch", "build", f"{ids['a']}#2", f"enablement://item/{ids['b']}#slide=3", "-o", str(out)
    )
    assert done.stdout.splitlines()[0] == f"Wrote {out} (2 slides)"
    assert "note: “" in done.stdout, "the page size difference is reported"
    assert [s.shapes.title.text for s in Presentation(str(out)).slides] == [
        "Why customers pick Quokka",
        "Wombat price list",
    ]

    answer = json.loads(run(lib, "pitch", "build", f"{ids['b']}#1", "-o", str(out), "--json").stdout)
    assert [(s["item"], s["slide"]) for s in answer["slides"]] == [(ids["b"], 1)]
    assert answer["losses"] == [] and answer["path"] == str(out)


def test_pitch_build_refuses_bad_slides_with_one_line(
    tmp_path: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    lib, folder = tmp_path / "lib", tmp_path / "decks"
    folder.mkdir()
    deck_b(folder / "b.pptx")
    run(lib, "import", str(folder))
    (item,) = json.loads(run(lib, "list", "--json").stdout)
    out = tmp_path / "pitch.pptx"
    missing = run(lib, "pitch", "build", f"{item['id']}#7", "-o", str(out), check=False)
    assert missing.returncode == 1 and not out.exists()
    assert missing.stderr == (
        f"enablement: There is no slide 7 in “{item['title']}” (item {item['id']}): it has 3 in all.\n"
    )
    typo = run(lib, "pitch", "build", "3-1", "-o", str(out), check=False)
    assert typo.returncode == 1 and "does not name a slide" in typo.stderr
