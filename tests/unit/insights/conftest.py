"""Insights fixtures: a ReportService over the `library` fixture (SQLite and PostgreSQL), people,
items; and the team fixtures (tests/helpers/team.py) for the team-server tests."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, ItemStatus, UnitKind
from enablement.insights import ReportService
from enablement.store import Library, repository
from enablement.voting import VotingService
from tests.helpers.team import team, team_db  # noqa: F401  (fixtures)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)  # every report a moment later: "newest first" is defined
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def voting(library: Library, clock: Clock) -> VotingService:
    service = VotingService(library, clock=clock)
    service.add_person("setup", "mia", "marketing", "HQ")
    service.add_person("setup", "sam", "sales", "North")
    service.add_person("setup", "sue", "sales", "South")
    return service


@pytest.fixture
def reports(library: Library, clock: Clock, voting: VotingService) -> ReportService:
    return ReportService(library, clock=clock)


def store_item(
    library: Library,
    title: str = "Router X1 deck",
    *,
    unit_kind: UnitKind = UnitKind.SLIDE,
    count: int = 3,
    kind: ItemKind = ItemKind.DECK,
    competitors: list[str] | None = None,
    products: list[str] | None = None,
    item_id: int | None = None,
) -> int:
    """An item (or a new version of `item_id`) with `count` units, stored as the importer would."""
    doc = ExtractedDoc(
        title=title,
        kind=kind,
        units=[
            ExtractedUnit(kind=unit_kind, number=n, heading=f"{unit_kind} {n}", text=f"Body {n}")
            for n in range(1, count + 1)
        ],
    )
    new = repository.NewVersion(
        path=f"/files/{title}",
        name=title,
        size=1234,
        mtime_ns=0,
        sha256=hashlib.sha256(f"{title}/{count}".encode()).hexdigest(),
        doc=doc,
        language="en",
        kind=kind,
        status=ItemStatus.PUBLISHED,
        competitors=competitors or [],
        products=products or [],
        tags=[],
        owner="mia",
        review_by=None,
        title=title,
    )
    with library.transaction() as conn:
        return repository.store_version(conn, new, item_id=item_id, user="mia")


@pytest.fixture
def make_item(library: Library) -> Callable[..., int]:
    return lambda *args, **kw: store_item(library, *args, **kw)
