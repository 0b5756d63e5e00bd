"""Voting fixtures: a service over the `library` fixture (SQLite and PostgreSQL) with people in it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, ItemStatus, UnitKind
from enablement.store import Library, repository
from enablement.voting import VotingService


class Clock:
    """A clock the test moves by hand, so closing times pass without sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def voting(library: Library, clock: Clock) -> VotingService:
    service = VotingService(library, clock=clock)
    service.add_person("setup", "mia", "marketing", "HQ")
    service.add_person("setup", "sam", "sales", "North")
    service.add_person("setup", "sue", "sales", "South")
    service.add_person("setup", "nick", "sales", "North")
    return service


@pytest.fixture
def make_draft(library: Library) -> Callable[..., int]:
    return lambda title="Router X1 launch deck", slides=3: store_draft(library, title, slides)


def store_draft(library: Library, title: str = "Router X1 launch deck", slides: int = 3) -> int:
    """A draft deck stored straight through the repository, as the importer would store it."""
    doc = ExtractedDoc(
        title=title,
        kind=ItemKind.DECK,
        units=[
            ExtractedUnit(kind=UnitKind.SLIDE, number=n, heading=f"Slide {n}", text=f"Body of slide {n}")
            for n in range(1, slides + 1)
        ],
    )
    new = repository.NewVersion(
        path=f"/decks/{title}.pptx",
        name=f"{title}.pptx",
        size=1234,
        mtime_ns=0,
        sha256=hashlib.sha256(title.encode()).hexdigest(),
        doc=doc,
        language="en",
        kind=ItemKind.DECK,
        status=ItemStatus.DRAFT,
        competitors=[],
        products=["Router X1"],
        tags=[],
        owner="mia",
        review_by=None,
        title=title,
    )
    with library.transaction() as conn:
        return repository.store_version(conn, new, item_id=None, user="mia")
