"""Faults on a team server, through the services as real logins: no traceback, nothing lost.

Each fault is made for real on the PostgreSQL server: backends terminated (a dropped connection,
a server restart), a login dropped while its desktop is open, two desktops changing one ballot
at the same moment, a wrong password, a server that is not there. What the person sees is a
typed error with a clear sentence (EnablementError), or nothing at all when the service can
recover by itself; what the database holds afterwards is checked as the owner sees it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.domain import ItemStatus
from enablement.errors import DatabaseUnavailable, EnablementError, SignInFailed, VotingError
from enablement.services.follow import FollowState, IndexFollower
from enablement.store import repository
from enablement.store.library import Library
from enablement.store.notify import ChangeListener
from enablement.team import generate_password, login_url
from enablement.voting import BallotSpec, Status, VotingService
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

WILL, CHANGES, WONT = "Will sell it", "Needs changes", "Won't sell it"


# ---------------------------------------------------------------- helpers


def terminate(team: Team, *, login: str | None = None) -> int:
    """End backends as the superuser (one login's, or every one of the team database), and wait
    until they are gone. Returns how many were ended."""
    who = "usename = %(login)s" if login else "datname = current_database()"
    query = f"SELECT pid FROM pg_stat_activity WHERE {who} AND pid <> pg_backend_pid()"
    with psycopg.connect(team.owner_url.replace("+psycopg", ""), autocommit=True) as conn:
        pids = [row[0] for row in conn.execute(query, {"login": login})]
        for pid in pids:
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
        deadline = time.monotonic() + 10
        while conn.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(%s)", (pids,)).fetchone()[
            0
        ]:  # type: ignore[index]
            assert time.monotonic() < deadline, "backends still alive after pg_terminate_backend"
            time.sleep(0.02)
    return len(pids)


def owner_rows(team: Team, query: str, *params: Any) -> list[tuple[Any, ...]]:
    with team.owner() as conn:
        return list(conn.execute(query, params))


def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


class Clock:
    """The voting service's clock, which can end the caller's own backend on a chosen call: the
    service asks the time again inside its write transaction, so this is a connection lost
    halfway through a vote, after its first statements and before its commit."""

    def __init__(self, team: Team, login: str) -> None:
        self._team, self._login = team, login
        self.calls = 0
        self.kill_at: int | None = None

    def __call__(self) -> datetime:
        self.calls += 1
        if self.calls == self.kill_at:
            assert terminate(self._team, login=self._login) >= 1
        return repository.utcnow()


@pytest.fixture
def desktops(team: Team, tmp_path: Path) -> Iterator[Callable[..., tuple[VotingService, str]]]:
    """`open(who, clock=None)` -> (a VotingService on who's own Library, their login name)."""
    opened: list[Library] = []

    def open_as(who: str, clock: Callable[[], datetime] | None = None) -> tuple[VotingService, str]:
        lib = Library(tmp_path / f"{who}-{len(opened)}", team.url(who))
        opened.append(lib)
        return VotingService(lib, **({"clock": clock} if clock else {})), team.name(who)

    yield open_as
    for lib in opened:
        lib.close()


def add_login(team: Team, who: str, role: str, team_name: str) -> str:
    """A person added for one test (the module's team keeps its own people intact)."""
    if who not in team.logins:
        password = generate_password()
        with team.admin() as admin:
            admin.add(team.name(who), role, team_name, password)
        team.logins[who] = (login_url(team.owner_url, team.name(who), password), password)
    return team.name(who)


def store_published(team: Team, tmp_path: Path, title: str) -> int:
    with Library(tmp_path / f"owner-{title}", team.owner_url) as owner:
        item_id = store_draft(owner, title=title, slides=1)
        with owner.transaction() as conn:
            repository.update_item(conn, item_id, status=ItemStatus.PUBLISHED)
    return item_id


def desktop_services(team: Team, who: str, folder: Path) -> Services:
    return build_services(Settings.resolve(str(folder), team.url(who)), create_demo=False)


class Recorder:
    """An IndexFollower's on_state: keeps every state, and runs `on_offline` once on the first
    offline one (on the follower thread, before it tries to reconnect)."""

    def __init__(self, on_offline: Callable[[], None] | None = None) -> None:
        self.states: list[FollowState] = []
        self._on_offline = on_offline

    def __call__(self, state: FollowState) -> None:
        self.states.append(state)
        if not state.online and self._on_offline is not None:
            action, self._on_offline = self._on_offline, None
            action()


# ---------------------------------------------------------------- a dropped connection


def test_a_dropped_connection_mid_vote_loses_nothing(team: Team, desktops) -> None:  # type: ignore[no-untyped-def]
    mia_svc, mia = desktops("mia")
    sam = team.name("sam")
    clock = Clock(team, sam)
    sam_svc, _ = desktops("sam", clock)
    ballot = mia_svc.create_ballot(mia, BallotSpec(title="Dropped connection?"))
    sam_svc.vote(sam, ballot.id, WILL)

    # Between two votes: the pool's idle connection is dead; pool_pre_ping replaces it unseen.
    assert terminate(team, login=sam) >= 1
    assert sam_svc.vote(sam, ballot.id, CHANGES, "add pricing").option == CHANGES

    # Halfway through a vote (the vote row already updated, the audit line not yet written):
    # a clear DatabaseUnavailable, and the transaction is gone as a whole.
    clock.kill_at = clock.calls + 2  # the first call is before the transaction, the second inside
    with pytest.raises(DatabaseUnavailable, match=r"not reachable.*Nothing was changed") as lost:
        sam_svc.vote(sam, ballot.id, WONT, "too dear")
    assert "Traceback" not in str(lost.value) and team.logins["sam"][1] not in str(lost.value)
    assert sam_svc.my_vote(sam, ballot.id).option == CHANGES  # type: ignore[union-attr]

    # Trying again works, and the database holds one vote with the latest choice.
    assert sam_svc.vote(sam, ballot.id, WONT, "too dear").option == WONT
    rows = owner_rows(
        team,
        "SELECT v.option, v.reason FROM votes v JOIN people p ON p.id = v.person_id "
        "WHERE v.ballot_id = %s AND p.name = %s",
        ballot.id,
        sam,
    )
    assert rows == [(WONT, "too dear")]
    trail = [(e.action, e.actor, e.old_value, e.new_value) for e in mia_svc.audit_trail(mia, ballot.id)]
    assert trail == [
        ("create", mia, None, "Dropped connection?"),
        ("vote", sam, None, WILL),
        ("vote", sam, WILL, CHANGES),
        ("vote", sam, CHANGES, WONT),
    ]


# ---------------------------------------------------------------- a server restart


def test_the_follower_rides_out_a_server_restart_and_catches_up(team: Team, tmp_path: Path) -> None:
    services = desktop_services(team, "sam", tmp_path / "sam")
    meanwhile: list[int] = []

    def change_while_offline() -> None:  # the follower is disconnected until this returns
        meanwhile.append(store_published(team, tmp_path, "Zeppelin airship brochure"))

    recorder = Recorder(change_while_offline)
    follower = IndexFollower(
        sync=services.library_service.sync,
        listener=ChangeListener(services.library.db_url),
        search=services.search,
        on_state=recorder,
        retry_s=0.3,
    )
    try:
        follower.start()
        store_published(team, tmp_path, "Before the restart")
        assert wait_for(lambda: services.search.search("restart", log=False).total > 0), recorder.states

        assert terminate(team) >= 2  # every backend of the team database: the follower's, the pool's
        assert wait_for(lambda: bool(meanwhile) and recorder.states[-1].online), recorder.states
        assert wait_for(lambda: services.search.search("zeppelin", log=False).total > 0), recorder.states
    finally:
        follower.stop()
        services.close()

    offline = [s for s in recorder.states if not s.online]
    assert offline and offline[0].problem is not None
    assert "not reachable" in str(offline[0].problem)
    back = recorder.states.index(offline[0])
    assert any(s.online and s.indexed >= 1 for s in recorder.states[back:])  # caught up, not just online
    assert not services.search.offline


def test_stopping_the_follower_is_quick_and_no_news(team: Team, tmp_path: Path) -> None:
    """Closing the app: the follower waits on the server for up to poll_s, yet stops at once, and
    the connection it closes on the way out is not reported as the server going away."""
    services = desktop_services(team, "sam", tmp_path / "sam")
    recorder = Recorder()
    follower = IndexFollower(
        sync=services.library_service.sync,
        listener=ChangeListener(services.library.db_url),
        search=services.search,
        on_state=recorder,
        poll_s=30.0,
    )
    try:
        follower.start()
        store_published(team, tmp_path, "Listening now")
        assert wait_for(lambda: services.search.search("listening", log=False).total > 0), recorder.states
        started = time.monotonic()
        follower.stop()
        assert time.monotonic() - started < 2 and not follower.running
        assert all(s.online for s in recorder.states) and not services.search.offline
    finally:
        services.close()


# ---------------------------------------------------------------- a revoked login


def test_a_removed_login_is_told_so_and_its_votes_stay(team: Team, desktops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rex = add_login(team, "rex", "sales", "North")
    mia_svc, mia = desktops("mia")
    rex_svc, _ = desktops("rex")
    services = desktop_services(team, "rex", tmp_path / "rex-desktop")
    recorder = Recorder()
    follower = IndexFollower(
        sync=services.library_service.sync,
        listener=ChangeListener(services.library.db_url),
        search=services.search,
        on_state=recorder,
        retry_s=0.3,
    )
    ballot = mia_svc.create_ballot(mia, BallotSpec(title="Removed voter?"))
    try:
        follower.start()
        rex_svc.vote(rex, ballot.id, CHANGES, "needs a case study")

        with team.admin() as admin:
            admin.remove(rex)

        with pytest.raises(SignInFailed, match=r"Cannot sign in.*account was removed") as refused:
            rex_svc.vote(rex, ballot.id, WILL)
        assert rex in str(refused.value) and team.logins["rex"][1] not in str(refused.value)
        with pytest.raises(SignInFailed):
            rex_svc.list_ballots(rex)
        with pytest.raises(SignInFailed):
            services.library_service.sync()

        def told() -> bool:
            problems = [s.problem for s in recorder.states if s.problem is not None]
            return any("Cannot sign in" in str(p) for p in problems)

        assert wait_for(told), recorder.states
        assert follower.state.problem is not None and "account was removed" in str(follower.state.problem)
        assert not follower.state.online and services.search.offline
        assert services.search.search("slide", log=False) is not None  # the local copy still answers
    finally:
        follower.stop()
        services.close()

    rows = owner_rows(
        team,
        "SELECT v.option, v.reason FROM votes v JOIN people p ON p.id = v.person_id "
        "WHERE v.ballot_id = %s AND p.name = %s",
        ballot.id,
        rex,
    )
    assert rows == [(CHANGES, "needs a case study")]
    mia_svc.close_ballot(mia, ballot.id)
    results = mia_svc.results(mia, ballot.id)
    assert results.votes == 1 and results.tally is not None and results.tally[CHANGES] == 1


# ---------------------------------------------------------------- two desktops at once


def race(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls at the same moment on their own threads; each result or exception, in order."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[i] = call()
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_two_marketers_close_and_decide_one_ballot_at_once(team: Team, desktops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    max_ = add_login(team, "max", "marketing", "HQ")
    mia_svc, mia = desktops("mia")
    max_svc, _ = desktops("max")
    for round_ in range(3):
        with Library(tmp_path / f"owner-{round_}", team.owner_url) as owner:
            item_id = store_draft(owner, title=f"Race deck {round_}")
        ballot = mia_svc.create_ballot(mia, BallotSpec(title=f"Race {round_}", item_id=item_id))

        closed = race(
            lambda b=ballot.id: mia_svc.close_ballot(mia, b),
            lambda b=ballot.id: max_svc.close_ballot(max_, b),
        )
        errors = [r for r in closed if isinstance(r, Exception)]
        assert len(errors) == 1 and isinstance(errors[0], VotingError), closed
        assert "already closed" in str(errors[0])
        winner = next(r for r in closed if not isinstance(r, Exception))
        assert winner.status is Status.CLOSED

        decided = race(
            lambda b=ballot.id: mia_svc.decide(mia, b, "Go", "ship it"),
            lambda b=ballot.id: max_svc.decide(max_, b, "No go", "not yet"),
        )
        errors = [r for r in decided if isinstance(r, Exception)]
        assert len(errors) == 1 and isinstance(errors[0], VotingError), decided
        assert "only a Postponed decision can be revisited" in str(errors[0])
        won = next(r for r in decided if not isinstance(r, Exception))

        final = mia_svc.get_ballot(ballot.id)
        assert final.status is Status.DECIDED and final.decision is not None
        assert (final.decision.outcome, final.decision.decided_by) == (
            won.decision.outcome,
            won.decision.decided_by,
        )
        trail = [(e.action, e.actor, e.new_value) for e in mia_svc.audit_trail(mia, ballot.id)]
        assert [a for a, _, _ in trail] == ["create", "close", "decide"]
        assert trail[2][1:] == (won.decision.decided_by, won.decision.outcome.value)
        with mia_svc._library.reading() as conn:
            status = repository.get_item(conn, item_id).status
        assert status is (ItemStatus.PUBLISHED if won.decision.outcome.value == "Go" else ItemStatus.DRAFT)


class Voter(threading.Thread):
    """A seller changing their vote again and again until the ballot refuses them three times."""

    def __init__(self, svc: VotingService, name: str, ballot_id: int) -> None:
        super().__init__(name=f"voter-{name}")
        self.svc, self.voter, self.ballot_id = svc, name, ballot_id
        self.cast: list[tuple[str, str]] = []
        self.refused: list[Exception] = []

    def run(self) -> None:
        i = 0
        while len(self.refused) < 3 and i < 10_000:
            option, reason = (WILL, "") if i % 2 else (CHANGES, f"round {i}")
            try:
                self.svc.vote(self.voter, self.ballot_id, option, reason)
                self.cast.append((option, reason))
            except EnablementError as exc:
                self.refused.append(exc)
            i += 1


def test_no_vote_is_recorded_after_a_close(team: Team, desktops) -> None:  # type: ignore[no-untyped-def]
    mia_svc, mia = desktops("mia")
    sellers = [desktops(who) for who in ("sam", "sue")]
    for round_ in range(3):
        ballot = mia_svc.create_ballot(mia, BallotSpec(title=f"Close under fire {round_}"))
        voters = [Voter(svc, name, ballot.id) for svc, name in sellers]
        for v in voters:
            v.start()
        assert wait_for(lambda vs=voters: all(len(v.cast) >= 3 for v in vs))
        closed = mia_svc.close_ballot(mia, ballot.id)
        for v in voters:
            v.join(60)
            assert not v.is_alive()

        for v in voters:
            assert len(v.refused) == 3, f"{v.voter} was not refused after the close"
            for exc in v.refused:  # the sentence of a closed ballot, not "ask your admin"
                assert isinstance(exc, VotingError), repr(exc)
                assert "votes can no longer be cast or changed" in str(exc)
            rows = owner_rows(
                team,
                "SELECT v.option, v.reason FROM votes v JOIN people p ON p.id = v.person_id "
                "WHERE v.ballot_id = %s AND p.name = %s",
                ballot.id,
                v.voter,
            )
            assert rows == [v.cast[-1]]  # the last vote that succeeded is the one that counts
        trail = mia_svc.audit_trail(mia, ballot.id)
        assert closed.closed_at is not None
        close_at = next(e.at for e in trail if e.action == "close")
        assert [e.action for e in trail if e.at > close_at] == []
        latest = owner_rows(team, "SELECT max(updated_at) FROM votes WHERE ballot_id = %s", ballot.id)[0][0]
        assert latest <= closed.closed_at
        assert sum(1 for e in trail if e.action == "vote") == sum(len(v.cast) for v in voters)


# ---------------------------------------------------------------- signing in


def test_a_wrong_password_is_a_sign_in_failure(team: Team, tmp_path: Path) -> None:
    wrong = login_url(team.owner_url, team.name("sam"), "not-the-password")
    with pytest.raises(SignInFailed, match=r"Cannot sign in.*user name or password is wrong") as err:
        Library(tmp_path / "wrong", wrong)
    assert "not-the-password" not in str(err.value) and team.name("sam") in str(err.value)


def test_an_unreachable_server_is_database_unavailable(team: Team, tmp_path: Path) -> None:
    nowhere = login_url(team.owner_url, team.name("sam"), team.logins["sam"][1]).replace(":5432/", ":1/")
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable, match=r"Cannot open the database at .*:1/.*refused") as err:
        Library(tmp_path / "nowhere", nowhere)
    assert time.monotonic() - started < 15
    assert team.logins["sam"][1] not in str(err.value)
    with pytest.raises(DatabaseUnavailable):
        build_services(Settings.resolve(str(tmp_path / "app"), nowhere), create_demo=False).close()
