"""The desktop agent's protocol, in process on a SQLite library (the PostgreSQL runs are in
tests/integration): one JSON answer per command line, errors answered, never raised."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from enablement.app import build_services
from enablement.bench.desktop_agent import DesktopAgent
from enablement.config import Settings


@pytest.fixture
def agent(tmp_path: Path) -> Iterator[DesktopAgent]:
    settings = Settings(library_dir=tmp_path / "lib", db_url=None, user="mia", is_default_library=False)
    services = build_services(settings, create_demo=False)
    services.voting.add_person("mia", "mia", "marketing")  # open to anyone until an admin exists
    agent = DesktopAgent(services)
    agent.start()
    yield agent
    agent.close()


def ask(agent: DesktopAgent, **request: object) -> dict[str, object]:
    return agent.handle_line(json.dumps(request))


def test_import_search_wait_and_remove(agent: DesktopAgent, tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text("# Pricing note\n\nThe okapi bundle.\n", encoding="utf-8")
    imported = ask(agent, op="import", paths=[str(note)], id=7)
    assert imported["imported"] == 1 and imported["id"] == 7
    assert isinstance(imported["committed_at"], float)
    (item,) = imported["item_ids"]  # type: ignore[misc]
    assert ask(agent, op="search", q="okapi") == {"total": 1, "items": [item], "titles": ["Pricing note"]}
    assert ask(agent, op="wait_found", q="okapi", timeout=1)["found"] is True
    assert ask(agent, op="watch", words=["okapi"]) == {"watching": 1}
    assert ask(agent, op="remove", item=item)["removed"] == item
    assert ask(agent, op="wait_gone", q="okapi", timeout=1)["gone"] is True
    gone = ask(agent, op="wait_found", q="okapi", timeout=0.1)
    assert gone["found"] is False and gone["total"] == 0
    state = ask(agent, op="state")
    assert state["user"] == "mia" and state["feed_position"] is None  # SQLite: no change feed


def test_ballot_flow_and_errors(agent: DesktopAgent) -> None:
    ballot = ask(agent, op="create_ballot", title="Ship it?", reason_required=False)["ballot"]
    assert ask(agent, op="vote", ballot=ballot, option="Will sell it")["voter"] == "mia"
    assert ask(agent, op="vote", ballot=ballot, option="Maybe")["kind"] == "VotingError"
    assert ask(agent, op="close", ballot=ballot)["status"] == "closed"
    assert ask(agent, op="decide", ballot=ballot, outcome="go", rationale="yes")["outcome"] == "Go"
    assert ask(agent, op="ballot", id=ballot)["status"] == "decided"
    assert ask(agent, op="ballot", id=12345)["kind"] == "NotFound"
    assert ask(agent, op="decide", ballot=ballot, outcome="maybe", rationale="")["kind"] == "VotingError"
    assert ask(agent, op="vote", ballot="x", option="y")["kind"] == "BadRequest"
    assert ask(agent, op="import", paths=[], status="secret")["kind"] == "BadRequest"
    assert agent.handle_line("not json")["kind"] == "BadRequest"
    assert ask(agent, op="nope")["kind"] == "BadRequest"


def test_serve_stops_at_quit(agent: DesktopAgent) -> None:
    out = io.StringIO()
    agent.serve(io.StringIO('{"op": "state"}\n\n{"op": "quit"}\n{"op": "state"}\n'), out)
    replies = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [sorted(r)[:2] for r in replies][-1] == ["bye"] and len(replies) == 2
    assert agent.running is False
