"""Many voters in separate processes voting and changing votes on one ballot at the same time.

Used by the concurrency test (about 30 voters) and by `benchmarks/bench_votes.py`
(200 voters, SQLite and PostgreSQL). Each voter is its own process with its own
engine, as on a team where every salesperson runs the app against one database.
A start event releases every voter at once after the (slow) process start-up
and one warm-up vote on another ballot, so the measured time is voting only.

PostgreSQL's default `max_connections` is 100, fewer than 200 voters: a voter
holds one of `sessions` slots (a cross-process semaphore, playing the part of a
pooler such as pgbouncer) while it votes, and closes its connection afterwards.
"""

from __future__ import annotations

import multiprocessing as mp
import random
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from enablement.errors import DatabaseUnavailable
from enablement.store import Library
from enablement.store.schema import ballot_audit, people, votes
from enablement.voting.models import BallotSpec
from enablement.voting.service import VotingService


@dataclass(slots=True)
class StressReport:
    voters: int
    rounds: int
    votes_cast: int
    seconds: float
    retries: int
    expected: dict[str, str]
    stored: dict[str, str]
    tally: dict[str, int]
    vote_rows: int
    audit_votes: int

    @property
    def votes_per_second(self) -> float:
        return self.votes_cast / self.seconds if self.seconds else 0.0

    @property
    def consistent(self) -> bool:
        """No vote lost or duplicated, and every change audited."""
        return (
            self.stored == self.expected
            and self.vote_rows == self.voters
            and self.tally == dict(Counter(self.expected.values()))
            and self.audit_votes == self.votes_cast
        )


def plan(voters: int, rounds: int, options: list[str], seed: int = 5) -> dict[str, list[tuple[str, str]]]:
    """Each voter's sequence of (option, reason); every step differs from the previous one."""
    rng = random.Random(seed)
    return {
        f"voter{n:03d}": [(rng.choice(options), f"voter{n:03d} round {r}") for r in range(rounds)]
        for n in range(voters)
    }


def _open_library(root: str, db_url: str | None) -> Library:
    for attempt in range(200):
        try:
            return Library(Path(root), db_url)
        except DatabaseUnavailable:
            time.sleep(0.05 + random.random() * 0.1 * min(attempt, 10))
    return Library(Path(root), db_url)


def _voter(
    root: str,
    db_url: str | None,
    ballot_id: int,
    warm_up: int,
    name: str,
    steps: list[tuple[str, str]],
    start: Any,
    sessions: Any,
    out: Any,
) -> None:
    library = _open_library(root, db_url)
    service = VotingService(library)
    # Warm up (imports, SQL compilation, first connection) on a separate ballot, as a
    # running app would be: otherwise every first vote compiles its SQL inside the
    # write transaction and the benchmark measures start-up, not voting.
    service.vote(name, warm_up, "Will sell it")
    if sessions is not None:
        library.engine.dispose()  # hold no server connection while waiting for the start
    retries = 0
    try:
        out.put(("ready", name))
        start.wait()
        if sessions is not None:
            sessions.acquire()
        try:
            for option, reason in steps:
                while True:
                    try:
                        service.vote(name, ballot_id, option, reason)
                        break
                    except DatabaseUnavailable:  # a vote is idempotent, so trying again is safe
                        retries += 1
                        time.sleep(0.01 + random.random() * 0.05)
        finally:
            library.engine.dispose()
            if sessions is not None:
                sessions.release()
        out.put(("done", name, time.time(), retries))
    except BaseException as exc:
        out.put(("error", name, repr(exc)))
        raise
    finally:
        library.close()


def run(
    root: Path,
    db_url: str | None,
    *,
    voters: int,
    rounds: int,
    sessions: int | None = None,
    timeout: float = 600.0,
) -> StressReport:
    """Set up people and one ballot, run `voters` processes of `rounds` votes each, and check the result."""
    library = Library(root, db_url)
    service = VotingService(library)
    try:
        service.add_person("stress", "organiser", "marketing", "HQ")
        ballot = service.create_ballot(
            "organiser", BallotSpec(title="Stress ballot", hide_totals=False, reason_required=True)
        )
        warm_up = service.create_ballot("organiser", BallotSpec(title="Warm-up ballot")).id
        steps = plan(voters, rounds, ballot.options)
        with library.transaction() as conn:
            now = service.now()
            conn.execute(
                sa.insert(people),
                [{"name": n, "role": "sales", "team": "Field", "created_at": now} for n in steps],
            )
        ctx = mp.get_context("spawn")
        start, out = ctx.Event(), ctx.Queue()
        gate = ctx.BoundedSemaphore(sessions) if sessions else None
        procs = [
            ctx.Process(
                target=_voter,
                args=(str(root), db_url, ballot.id, warm_up, name, todo, start, gate, out),
                daemon=True,
            )
            for name, todo in steps.items()
        ]
        try:
            for proc in procs:
                proc.start()
            deadline = time.monotonic() + timeout
            ready = 0
            while ready < voters:
                ready += 1 if _get(out, procs, deadline)[0] == "ready" else 0
            began = time.time()
            start.set()
            finished: list[float] = []
            retries = 0
            while len(finished) < voters:
                msg = _get(out, procs, deadline)
                if msg[0] == "done":
                    finished.append(msg[2])
                    retries += msg[3]
            seconds = max(finished) - began
            for proc in procs:
                proc.join(timeout=max(1.0, deadline - time.monotonic()))
        finally:
            for proc in procs:  # never leave a voter behind, whatever went wrong
                if proc.is_alive():
                    proc.kill()
                    proc.join(5)
        with library.reading() as conn:
            stored = dict(
                conn.execute(
                    sa.select(people.c.name, votes.c.option)
                    .join(votes, votes.c.person_id == people.c.id)
                    .where(votes.c.ballot_id == ballot.id)
                ).all()
            )
            vote_rows = conn.execute(
                sa.select(sa.func.count()).where(votes.c.ballot_id == ballot.id)
            ).scalar_one()
            audit_votes = conn.execute(
                sa.select(sa.func.count()).where(
                    ballot_audit.c.ballot_id == ballot.id, ballot_audit.c.action == "vote"
                )
            ).scalar_one()
        tally = {k: v for k, v in (service.results("organiser", ballot.id).tally or {}).items() if v}
        return StressReport(
            voters=voters,
            rounds=rounds,
            votes_cast=voters * rounds,
            seconds=seconds,
            retries=retries,
            expected={name: todo[-1][0] for name, todo in steps.items()},
            stored=stored,
            tally=tally,
            vote_rows=vote_rows,
            audit_votes=audit_votes,
        )
    finally:
        library.close()


def _get(out: Any, procs: list[Any], deadline: float) -> tuple[Any, ...]:
    """The next voter message; fails fast when a voter died or time ran out."""
    import queue

    while time.monotonic() < deadline:
        try:
            msg = tuple(out.get(timeout=0.5))
        except queue.Empty:
            dead = [p for p in procs if p.exitcode not in (None, 0)]
            if dead:
                raise RuntimeError(
                    f"{len(dead)} voter process(es) died (exit code {dead[0].exitcode})"
                ) from None
            continue
        if msg[0] == "error":
            raise RuntimeError(f"voter {msg[1]} failed: {msg[2]}")
        return msg
    raise TimeoutError("voters did not finish in time")
