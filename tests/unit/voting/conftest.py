"""Voting fixtures: a service over the `library` fixture (SQLite and PostgreSQL) with people in it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from enablement.store import Library
from enablement.voting import VotingService
from tests.helpers.drafts import store_draft


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
