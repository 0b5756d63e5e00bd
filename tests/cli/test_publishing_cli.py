"""The publishing verbs on a real SQLite library and a PostgreSQL one, and a seller refused on a team
server."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from enablement.cli import main
from tests.helpers.cards_md import write_card


def run(lib: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    # --user names a person of the library's roster: anna is added first (by the OS user).
    db = [a for a in args[:2] if args and args[0] == "--db"]
    main(["--library", str(lib), *db, "user", "add", "anna", "--role", "marketing"])
    capsys.readouterr()
    code = main(["--library", str(lib), "--user", "anna", *args])
    out, err = capsys.readouterr()
    return code, out, err


def ids_by_title(lib: Path, capsys: pytest.CaptureFixture[str], *db: str) -> dict[str, int]:
    _, out, _ = run(lib, capsys, *db, "list", "--json")
    return {i["title"]: i["id"] for i in json.loads(out)}


def test_publish_status_review_and_mine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], db_url: str | None
) -> None:
    lib = tmp_path / "lib"
    db = ["--db", db_url] if db_url else []

    def cli(*args: str) -> tuple[int, str, str]:
        return run(lib, capsys, *db, *args)

    late = str(date.today() - timedelta(days=3))
    write_card(tmp_path / "cards", "Draft card", word="orrery")
    write_card(tmp_path / "cards", "Late card", word="gnomon", status="published", review_by=late)
    assert cli("import", str(tmp_path / "cards"), "--workers", "1")[0] == 0
    ids = ids_by_title(lib, capsys, *db)
    draft, stale = ids["Draft card"], ids["Late card"]

    code, out, _ = cli("search", "orrery", "--json")
    assert code == 0 and json.loads(out)["total"] == 0
    code, out, err = cli("status", f"#{draft}", "in_review", "--note", "check me")
    assert code == 0, err
    assert out.strip().endswith("anna: draft -> in_review (check me)")
    code, out, err = cli("publish", str(draft), "--json")
    assert code == 0, err
    assert json.loads(out)["to"] == "published"
    code, out, _ = cli("search", "orrery", "--json")
    assert json.loads(out)["total"] >= 1

    code, out, err = cli("status", str(draft), "in_review")
    assert code == 1 and out == ""
    assert "cannot go from published to in review; from published it can go to: archived" in err

    code, out, _ = cli("status", str(draft), "--json")
    shown = json.loads(out)
    assert shown["status"] == "published"
    assert [h["to"] for h in shown["history"]] == ["in_review", "published"]

    code, out, _ = cli("review", "queue", "--json")
    assert [(e["item"], e["days_overdue"]) for e in json.loads(out)] == [(stale, 3)]
    code, out, err = cli("review", "verify", str(stale), "--days", "30")
    assert code == 0, err
    assert f"still valid, review by {date.today() + timedelta(days=30)}" in out
    code, out, _ = cli("review", "queue")
    assert out.startswith("Nothing needs review")

    code, out, _ = cli("mine", "--json")
    assert {o["item"]: o["moves"] for o in json.loads(out)} == {draft: ["archived"], stale: ["archived"]}
    code, out, _ = cli("mine")
    assert "Draft card [battlecard]: published" in out


def test_bad_input_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = tmp_path / "lib"
    with pytest.raises(SystemExit):
        run(lib, capsys, "status", "12", "ready")
    assert "invalid choice: 'ready'" in capsys.readouterr().err
    code, _, err = run(lib, capsys, "publish", "404")
    assert code == 1 and "There is no item 404" in err
    with pytest.raises(SystemExit):
        run(lib, capsys, "review", "verify", "1", "--days", "0")
