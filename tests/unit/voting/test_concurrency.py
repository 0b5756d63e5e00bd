"""Voters in separate processes vote and change votes on one ballot at once (SQLite and PostgreSQL)."""

from __future__ import annotations

import itertools
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


def test_one_person_voting_from_many_threads_keeps_one_row(library: object) -> None:
    """The insert race of a first vote: ON CONFLICT DO NOTHING, then re-read under lock and update."""
    from concurrent.futures import ThreadPoolExecutor

    import sqlalchemy as sa

    from enablement.store.schema import ballot_audit, votes
    from enablement.voting import BallotSpec, VotingService

    voting = VotingService(library)
    voting.add_person("setup", "mia", "marketing", "HQ")
    voting.add_person("setup", "sam", "sales", "North")
    ballot = voting.create_ballot("mia", BallotSpec(title="Race", options=["A", "B", "C", "D"])).id
    choices = ["A", "B", "C", "D"] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda option: voting.vote("sam", ballot, option), choices))
    with library.transaction() as conn:  # type: ignore[attr-defined]
        rows = conn.execute(sa.select(votes.c.option).where(votes.c.ballot_id == ballot)).scalars().all()
        trail = conn.execute(
            sa.select(ballot_audit.c.old_value, ballot_audit.c.new_value)
            .where(ballot_audit.c.ballot_id == ballot, ballot_audit.c.action == "vote")
            .order_by(ballot_audit.c.id)
        ).all()
    assert len(rows) == 1
    assert trail[0].old_value is None and all(t.old_value is not None for t in trail[1:])  # one first vote
    assert all(prev.new_value == cur.old_value for prev, cur in itertools.pairwise(trail))  # no gaps
    assert trail[-1].new_value == rows[0]
