"""`enablement user …` and `enablement poll …` end to end (in-process `main`) on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from enablement.cli import main
from enablement.cli.voting import parse_time
from enablement.errors import VotingError


class Cli:
    def __init__(self, library: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]) -> None:
        self.base = ["--library", str(library)] + (["--db", db_url] if db_url else [])
        self.capsys = capsys

    def __call__(self, *args: str, user: str | None = None, ok: bool = True) -> tuple[int, str, str]:
        argv = [*self.base, *(["--user", user] if user else []), *args]
        code = main(argv)
        out, err = self.capsys.readouterr()
        assert (code == 0) is ok, (argv, code, out, err)
        return code, out, err

    def json(self, *args: str, user: str | None = None) -> Any:
        return json.loads(self(*args, "--json", user=user)[1])


@pytest.fixture
def cli(tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "lib", db_url, capsys)


def test_ballot_flow_from_the_command_line(cli: Cli) -> None:
    assert cli.json("user", "add", "mia", "--role", "marketing", "--team", "HQ")["role"] == "marketing"
    cli("user", "add", "sam", "--role", "sales", "--team", "North")
    cli("user", "add", "sue", "--role", "sales", "--team", "South")
    assert [p["name"] for p in cli.json("user", "list")] == ["mia", "sam", "sue"]

    _, out, _ = cli(
        "poll", "create", "--title", "Router X2", "--options", "Yes|Maybe|No", "--negative", "No",
        "--closes", "+3d", "--audience", "North", "--price", "€349", user="mia",
    )  # fmt: skip
    ballot = out.strip()
    assert ballot.isdigit()  # prints the new id

    _, _, err = cli("poll", "vote", ballot, "no", user="sam", ok=False)
    assert "Say why" in err
    cli("poll", "vote", ballot, "no", "--reason", "clients will ask about LTE", user="sam")
    assert cli.json("poll", "vote", ballot, "Yes", user="sam")["option"] == "Yes"  # changed
    _, _, err = cli("poll", "vote", ballot, "Yes", user="sue", ok=False)
    assert "outside its audience" in err

    shown = cli.json("poll", "show", ballot, user="sam")
    assert {k: shown[k] for k in ("id", "title", "status", "options", "tally", "votes", "decision")} == {
        "id": int(ballot),
        "title": "Router X2",
        "status": "open",
        "options": ["Yes", "Maybe", "No"],
        "tally": None,  # hidden until close
        "votes": 1,
        "decision": None,
    }
    assert shown["turnout"] == 1.0 and shown["my_vote"]["option"] == "Yes"

    _, _, err = cli("poll", "close", ballot, user="sam", ok=False)
    assert "Only marketing" in err
    cli("poll", "close", ballot, user="mia")
    _, _, err = cli("poll", "vote", ballot, "No", "--reason", "late", user="sam", ok=False)
    assert "closed" in err
    decided = cli.json("poll", "decide", ballot, "go-with-changes", "--rationale", "add LTE", user="mia")
    assert decided["status"] == "decided" and decided["decision"]["outcome"] == "Go with changes"

    final = cli.json("poll", "show", ballot, user="sam")
    assert final["tally"] == {"Yes": 1, "Maybe": 0, "No": 0}
    assert final["decision"]["rationale"] == "add LTE"
    assert [b["id"] for b in cli.json("poll", "list", "--status", "decided", user="sam")] == [int(ballot)]
    inbox = cli.json("poll", "inbox", "--unread", "--mark-read", user="sam")
    assert [n["kind"] for n in inbox] == ["decision", "ballot"]
    assert cli.json("poll", "inbox", "--unread", user="sam") == []
    trail = cli.json("poll", "audit", ballot, user="sam")
    assert [(e["action"], e["old"], e["new"]) for e in trail][1:3] == [
        ("vote", None, "No"),
        ("vote", "No", "Yes"),
    ]

    _, _, err = cli("poll", "show", "999", user="sam", ok=False)
    assert "no ballot 999" in err
    _, _, err = cli("poll", "decide", ballot, "maybe", "--rationale", "x", user="mia", ok=False)
    assert "Unknown outcome" in err


def test_parse_time() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert parse_time("+3d", now=now) == now + timedelta(days=3)
    assert parse_time("+90m", now=now) == now + timedelta(minutes=90)
    assert parse_time("2026-03-05T17:00+03:00") == datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
    assert parse_time("2026-03-05T17:00Z") == datetime(2026, 3, 5, 17, 0, tzinfo=UTC)
    assert parse_time("2026-03-05", end_of_day=True).tzinfo is UTC
    with pytest.raises(VotingError, match="Cannot read the time"):
        parse_time("next friday")
