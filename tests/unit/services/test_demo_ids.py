"""The demo library numbers its items (and the history's reports) the same on every build, so the
README's and a newcomer's `enablement show 12` / `inbox show 3` examples point at the same things."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from enablement.app import build_services
from enablement.config import Settings
from enablement.ingest.demo import demo_manifest
from enablement.ingest.pipeline import _in_order
from enablement.ingest.workers import Outcome
from enablement.services.demo import create_demo_library
from enablement.store import schema

NOW = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)


def _build(root: Path) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, int | None]]]:
    settings = Settings(library_dir=root, db_url=None, user="tester", is_default_library=False)
    with build_services(settings, create_demo=False) as services:
        create_demo_library(
            services.library_service, services.voting, search=services.search, user="tester", now=NOW
        )
        i, r = schema.items, schema.reports
        with services.library.reading() as conn:
            query = sa.select(i.c.id, i.c.title, i.c.source_name).order_by(i.c.id)
            items = [(row.id, row.title, row.source_name) for row in conn.execute(query)]
            reports = [
                (row.id, row.text, row.item_id)
                for row in conn.execute(sa.select(r.c.id, r.c.text, r.c.item_id).order_by(r.c.id))
            ]
    return items, reports


def test_two_demo_builds_give_the_same_ids(tmp_path: Path) -> None:
    first, second = _build(tmp_path / "one"), _build(tmp_path / "two")
    items, reports = first
    assert len(items) > 10 and len(reports) > 100
    # numbered in the manifest's order (the README lists the ranges: 1-8 battle cards, 9-12 decks…)
    assert [(i, name) for i, _, name in items] == list(enumerate((f.output for f in demo_manifest()), 1))
    assert second == first  # the same (id, title) of every item, and the same reports about the same items


def _outcome(name: str) -> Outcome:
    return Outcome(Path(name), None, None, 0.0)


@pytest.mark.parametrize(
    ("finished", "expected"),
    [
        ("cab", "abc"),  # held until those before have come
        ("abc", "abc"),
        ("ca", "ac"),  # stopped early (b never came): what came is still given, in order
    ],
)
def test_outcomes_in_the_order_of_the_paths(finished: str, expected: str) -> None:
    paths = [Path(n) for n in "abc"]
    got = _in_order((_outcome(n) for n in finished), paths)
    assert "".join(o.path.name for o in got) == expected
