"""`enablement duplicates-decks --keep ID` end to end (in-process `main`): the near copies of ID are
archived and leave search; bad ids exit 2 with one line; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from enablement.cli import main
from tests.helpers.sprawl import TITLES, make_sprawl


class Cli:
    def __init__(self, library: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]) -> None:
        self.base = ["--library", str(library)] + (["--db", db_url] if db_url else [])
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main([*self.base, *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ids(self) -> dict[str, int]:
        code, out, err = self("list", "--json")
        assert code == 0, err
        return {i["title"]: i["id"] for i in json.loads(out)}


@pytest.fixture
def cli(tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]) -> Cli:
    run = Cli(tmp_path / "lib", db_url, capsys)
    code, out, err = run("import", str(make_sprawl(tmp_path / "decks")), "--workers", "1")
    assert code == 0, (out, err)
    return run


def search_titles(cli: Cli, *words: str) -> set[str]:
    code, out, err = cli("search", *words, "--json")
    assert code == 0, err
    ids = {v: k for k, v in cli.ids().items()}
    return {ids[hit["item"]] for hit in json.loads(out)["hits"]}


def test_keep_archives_the_near_copy_as_json(cli: Cli) -> None:
    ids = cli.ids()
    code, out, err = cli("duplicates-decks", "--keep", f"#{ids[TITLES[1]]}", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["kept"]["id"] == ids[TITLES[1]]
    assert [d["id"] for d in result["archived"]] == [ids[TITLES[0]]]
    code, out, _ = cli("list", "--json")
    assert {i["title"]: i["status"] for i in json.loads(out)} == {
        TITLES[0]: "archived",
        TITLES[1]: "published",
        TITLES[2]: "published",
    }
    assert search_titles(cli, "резервированием", "питания") == {TITLES[1]}
    code, out, _ = cli("duplicates-decks", "--json")
    assert json.loads(out)["decks"] == []


def test_keep_prints_what_it_archived(cli: Cli) -> None:
    ids = cli.ids()
    code, out, err = cli("duplicates-decks", "--keep", str(ids[TITLES[0]]))
    assert code == 0, err
    assert out == (
        f"Kept #{ids[TITLES[0]]} {TITLES[0]} as the current deck; archived 1 near copy:\n"
        f"  #{ids[TITLES[1]]} {TITLES[1]}\n"
    )


def test_keep_refuses_bad_ids_with_one_line_and_changes_nothing(cli: Cli) -> None:
    ids = cli.ids()
    code, out, err = cli("duplicates-decks", "--keep", str(ids[TITLES[2]]))
    assert code == 2 and out == ""
    partners = f"#{ids[TITLES[2]]} '{TITLES[2]}'"
    assert err == f"enablement: {partners} has no near copies at similarity 80%; nothing to archive.\n"
    code, _, err = cli("duplicates-decks", "--keep", "4242")
    assert code == 2 and err == "enablement: #4242 is not a deck of this library (or it is archived).\n"
    with pytest.raises(SystemExit) as exc:
        cli("duplicates-decks", "--keep", "first")
    assert exc.value.code == 2 and "is not an item id" in cli.capsys.readouterr().err
    code, out, _ = cli("list", "--json")
    assert {i["status"] for i in json.loads(out)} == {"published"}
