"""Voters in separate processes vote and change votes on one ballot at once (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.voting import stress

VOTERS = 30
ROUNDS = 3


@pytest.mark.slow
def test_concurrent_voters_lose_and_duplicate_nothing(tmp_path: Path, db_url: str | None) -> None:
    report = stress.run(tmp_path / "lib", db_url, voters=VOTERS, rounds=ROUNDS, timeout=240)
    assert report.vote_rows == VOTERS  # one row per voter: nothing duplicated
    assert report.stored == report.expected  # each voter's last choice won: nothing lost
    assert sum(report.tally.values()) == VOTERS
    assert report.audit_votes == VOTERS * ROUNDS  # every change is in the audit trail
    assert report.consistent
