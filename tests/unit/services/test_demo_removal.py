"""Removing the demo library takes its items and the history it wrote, and nothing of the user's.

A real demo library (files, ballots, ten weeks of history) is built as the app's first run
builds it; then the user does a little of their own (imports a card, searches, opens it, sends a
report, votes on a demo ballot); then the demo is removed, through the service and the CLI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.errors import EnablementError
from enablement.services.demo_history import demo_people
from enablement.services.demo_removal import MARKER, has_demo, remove_demo_library
from enablement.store import repository as repo
from enablement.store import schema

CARD = """---
title: Acme battle card
competitor: Acme
---
# Strengths
Acme ships fast; Zephyrlink routers in stock.

# Weaknesses
Acme support is slow outside Moscow.
"""


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Services]:
    """A default library on its first run: the demo and its history, as the app builds them."""
    settings = Settings(library_dir=tmp_path / "lib", db_url=None, user="anna", is_default_library=True)
    with build_services(settings) as services:
        yield services


def _count(services: Services, table: sa.Table, *where: object) -> int:
    with services.library.reading() as conn:
        query = sa.select(sa.func.count()).select_from(table)
        return int(conn.execute(query.where(*where) if where else query).scalar_one())  # type: ignore[arg-type]


def _own_activity(services: Services, tmp_path: Path) -> dict[str, int]:
    """What the user does after the first launch, on their own card and on the demo's ballots."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "acme.md").write_text(CARD, encoding="utf-8")
    report = services.library_service.import_paths([mine])
    own_item = report.item_ids[0]
    answer = services.search.search("Zephyrlink")
    assert [h.item for h in answer.hits] == [own_item]
    services.usage.record("anna", "open", own_item, "section", 1, search_id=answer.search_id)
    intel = services.reports.add_intel("anna", "price", competitor="Acme", text="Acme gives 15% off")
    ballot = next(b for b in services.voting.list_ballots("anna") if b.status == "open")
    services.voting.vote("anna", ballot.id, ballot.options[0], "Good for my clients")
    return {"item": own_item, "report": intel.id, "search": int(answer.search_id or 0)}


def test_the_demo_goes_with_its_history_and_the_users_own_work_stays(demo: Services, tmp_path: Path) -> None:
    library = demo.library
    with library.reading() as conn:
        demo_items = {i.id for i in repo.list_items(conn)}
        demo_shas = set(repo.referenced_hashes(conn))
    assert demo_items and has_demo(library)
    before = {t.name: _count(demo, t) for t in (schema.search_log, schema.usage_events, schema.reports)}
    assert min(before.values()) > 50, "the demo came with its history"
    own = _own_activity(demo, tmp_path)

    result = remove_demo_library(demo.library_service, user="anna")

    assert result.items == len(demo_items)
    with library.reading() as conn:
        assert [i.id for i in repo.list_items(conn)] == [own["item"]]
        assert set(conn.execute(sa.select(schema.search_log.c.id)).scalars()) == {own["search"]}
        usage = conn.execute(sa.select(schema.usage_events.c.item_id, schema.usage_events.c.person)).all()
        assert [tuple(r) for r in usage] == [(own["item"], "anna")]
        assert set(conn.execute(sa.select(schema.reports.c.id)).scalars()) == {own["report"]}
        assert _rows(conn, schema.ballots) == 0 and _rows(conn, schema.votes) == 0, "the demo's ballots"
        assert _rows(conn, schema.ballot_comments) == 0 and _rows(conn, schema.ballot_audit) == 0
        assert set(conn.execute(sa.select(schema.people.c.name)).scalars()) == {"anna"}
        assert _rows(conn, schema.gap_decisions) == 0
        history = conn.execute(sa.select(schema.item_status_history.c.item_id)).scalars()
        assert not set(history) & demo_items
        events = conn.execute(sa.select(schema.report_events.c.report_id)).scalars()
        assert set(events) <= {own["report"]}
        # the per-day sums (migration 0009) are what the remaining log gives
        log = conn.execute(sa.select(schema.search_log.c.at, schema.search_log.c.user)).all()
        days = conn.execute(sa.select(schema.search_user_days)).mappings().all()
        assert Counter({(str(d["day"]), d["user"]): d["searches"] for d in days}) == Counter(
            (str(r.at.date()), r.user) for r in log
        )
        weekly = conn.execute(sa.select(schema.search_key_weeks)).mappings().all()
        assert [(w["user"], w["searches"], w["unopened"]) for w in weekly] == [("anna", 1, 0)]
        weeks = conn.execute(sa.select(schema.search_weeks)).mappings().all()
        assert [(w["searches"], w["people"], w["unopened_people"]) for w in weeks] == [(1, 1, 0)]
        usage_days = conn.execute(sa.select(schema.usage_days)).mappings().all()
        assert [(d["person"], d["events"]) for d in usage_days] == [("anna", 1)], "usage per day"
        typed = conn.execute(sa.select(schema.search_query_days)).mappings().all()
        assert [d["user"] for d in typed] == ["anna"] and len(typed) == 1
        found = conn.execute(sa.select(schema.item_found_days.c.item_id, schema.item_found_days.c.searches))
        assert [tuple(r) for r in found] == [(own["item"], 1)], "the own search's item only (0016)"
        seen = conn.execute(sa.select(schema.item_found_people.c.user)).scalars().all()
        assert seen == ["anna"]
        sums = conn.execute(sa.select(schema.search_days)).mappings().all()
        assert [(d["user"], d["searches"], d["unopened"]) for d in sums] == [("anna", 1, 0)], "opened"
    for sha in demo_shas:
        assert not library.blobs.has(sha), "the demo's originals are gone from the file store"
    assert not (library.root / "demo").exists()
    assert not has_demo(library)

    assert [h.item for h in demo.search.search("Zephyrlink").hits] == [own["item"]]
    assert not demo.search.search("NordWind", log=False).hits, "no demo item is left in the index"
    assert demo.library_service.doctor().ok
    dashboard = demo.insights.dashboard(weeks=8)
    assert all(t.searches <= 2 for t in dashboard.demand.top_searches)
    assert [r.id for r in demo.reports.my_reports("anna")] == [own["report"]]

    with pytest.raises(EnablementError, match="no demo library to remove"):
        remove_demo_library(demo.library_service, user="anna")


def _rows(conn: sa.Connection, table: sa.Table) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_a_demo_built_by_an_older_version_goes_by_its_folder_and_its_people(demo: Services) -> None:
    (demo.library.root / "demo" / MARKER).unlink()  # older versions kept no record of the demo's rows
    assert has_demo(demo.library)
    result = remove_demo_library(demo.library_service, user="anna")
    names = [n for n, _, _ in demo_people()]
    assert result.items > 10
    assert _count(demo, schema.items) == 0
    for table, column in (
        (schema.search_log, schema.search_log.c.user),
        (schema.reports, schema.reports.c.author),
        (schema.usage_events, schema.usage_events.c.person),
        (schema.people, schema.people.c.name),
        (schema.search_days, schema.search_days.c.user),
    ):
        assert _count(demo, table, column.in_(names)) == 0, table.name
    assert _count(demo, schema.ballots) == 0


def _cli(lib: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENABLEMENT_LIBRARY": str(lib), "ENABLEMENT_USER": "anna"}
    command = [sys.executable, "-m", "enablement", *args]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False
    )


def test_cli_demo_remove_asks_then_removes(demo: Services) -> None:
    lib = demo.library.root
    items = _count(demo, schema.items)
    demo.close()
    refused = _cli(lib, "demo", "remove")
    assert refused.returncode == 2 and "add --yes" in refused.stderr, refused.stderr
    assert (lib / "demo" / MARKER).exists(), "nothing was removed without a confirmation"
    done = _cli(lib, "demo", "remove", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["items"] == items and summary["removed"]["search_log"] > 100
    again = _cli(lib, "demo", "remove", "--yes")
    assert again.returncode == 2 and "has no demo library to remove" in again.stderr
