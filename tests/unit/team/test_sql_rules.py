"""The team rules hold for plain SQL: each person signs in with psycopg and tries what they may not.

A refusal is either PostgreSQL's "permission denied" (a missing grant, a row policy's
WITH CHECK, or our triggers: all InsufficientPrivilege) or a row policy that hides the
row, so an UPDATE touches 0 rows and a SELECT sees only the caller's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from psycopg import errors

from enablement.store.library import Library
from enablement.team import is_team_database
from enablement.voting import BallotSpec, VotingService
from tests.unit.team.conftest import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()


@dataclass
class Setup:
    item_id: int
    ballot_id: int  # open, hidden totals; sam and sue voted
    closed_id: int  # closed by mia, sam voted
    ids: dict[str, int]  # person ids by short name


@pytest.fixture(scope="module")
def setup(team: Team, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    root = tmp_path_factory.mktemp("team-lib")
    with Library(root / "owner", team.owner_url) as owner:
        item_id = store_draft(owner)
    with Library(root / "mia", team.url("mia")) as mia_lib:
        mia = VotingService(mia_lib)
        ballot = mia.create_ballot(team.name("mia"), BallotSpec(title="Ship X1?", item_id=item_id))
        closed = mia.create_ballot(team.name("mia"), BallotSpec(title="Old one"))
    for who, option, reason in [("sam", "Will sell it", ""), ("sue", "Won't sell it", "too dear")]:
        with Library(root / who, team.url(who)) as lib:
            VotingService(lib).vote(team.name(who), ballot.id, option, reason)
    with Library(root / "sam", team.url("sam")) as lib:
        VotingService(lib).vote(team.name("sam"), closed.id, "Needs changes", "why")
    with Library(root / "mia", team.url("mia")) as mia_lib:
        VotingService(mia_lib).close_ballot(team.name("mia"), closed.id)
    with team.owner() as conn:
        ids = {
            who: conn.execute("SELECT id FROM people WHERE name = %s", (team.name(who),)).fetchone()[0]  # type: ignore[index]
            for who in ("admin", "mia", "sam", "sue")
        }
    yield Setup(item_id=item_id, ballot_id=ballot.id, closed_id=closed.id, ids=ids)


def refused(team: Team, who: str, statement: str, params: Any = None) -> str:
    """Run `statement` as `who`; it must fail with permission denied. Returns the message."""
    connect = team.owner if who == "owner" else lambda: team.connect(who)
    with connect() as conn, pytest.raises(errors.InsufficientPrivilege) as caught:
        conn.execute(statement, params)
    return str(caught.value)


def run(team: Team, who: str, statement: str, params: Any = None) -> int:
    """Run `statement` as `who` in its own committed transaction; returns the row count."""
    with team.connect(who) as conn:
        count = conn.execute(statement, params).rowcount
        conn.commit()
    return count


def test_init_marks_a_team_database(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path, team.url("sam")) as lib:
        assert lib.is_team
        assert lib.current_user() == team.name("sam")
        with lib.reading() as conn:
            assert is_team_database(conn)
    with Library(tmp_path / "other") as sqlite_lib:
        assert not sqlite_lib.is_team and sqlite_lib.current_user() == ""


# ------------------------------------------------------------ votes


def test_seller_cannot_vote_for_someone_else(team: Team, setup: Setup) -> None:
    message = refused(
        team,
        "sam",
        "INSERT INTO votes (ballot_id, person_id, option, reason, team, cast_at, updated_at) "
        "VALUES (%s, %s, 'Will sell it', '', 'North', now(), now())",
        (setup.ballot_id, setup.ids["admin"]),
    )
    assert "row-level security" in message


def test_seller_cannot_change_or_delete_anothers_vote(team: Team, setup: Setup) -> None:
    changed = run(
        team, "sam", "UPDATE votes SET option = 'Will sell it' WHERE person_id = %s", (setup.ids["sue"],)
    )
    assert changed == 0
    refused(team, "sam", "DELETE FROM votes WHERE person_id = %s", (setup.ids["sue"],))
    refused(team, "sam", "DELETE FROM votes WHERE person_id = %s", (setup.ids["sam"],))  # own too
    refused(
        team,
        "sam",
        "UPDATE votes SET person_id = %s WHERE person_id = %s",
        (setup.ids["sue"], setup.ids["sam"]),
    )
    with team.owner() as conn:
        option = conn.execute(
            "SELECT option FROM votes WHERE ballot_id = %s AND person_id = %s",
            (setup.ballot_id, setup.ids["sue"]),
        ).fetchone()
    assert option == ("Won't sell it",)


def test_seller_reads_only_their_own_votes(team: Team, setup: Setup) -> None:
    with team.connect("sam") as conn:
        assert conn.execute(
            "SELECT count(*) FROM votes WHERE ballot_id = %s", (setup.ballot_id,)
        ).fetchone() == (1,)
        owners = {r[0] for r in conn.execute("SELECT person_id FROM votes")}
        assert owners == {setup.ids["sam"]}
        # Hidden totals before close: the function gives only the caller's vote, turnout is public.
        rows = conn.execute(
            "SELECT name, option FROM enablement_ballot_votes(%s)", (setup.ballot_id,)
        ).fetchall()
        assert rows == [(team.name("sam"), "Will sell it")]
        assert conn.execute("SELECT enablement_ballot_turnout(%s)", (setup.ballot_id,)).fetchone() == (2,)
        # Closed: the function gives everyone's.
        closed = conn.execute("SELECT name FROM enablement_ballot_votes(%s)", (setup.closed_id,)).fetchall()
        assert closed == [(team.name("sam"),)]


def test_marketer_reads_every_vote(team: Team, setup: Setup) -> None:
    with team.connect("mia") as conn:
        assert conn.execute(
            "SELECT count(*) FROM votes WHERE ballot_id = %s", (setup.ballot_id,)
        ).fetchone() == (2,)
        rows = conn.execute("SELECT name FROM enablement_ballot_votes(%s)", (setup.ballot_id,)).fetchall()
        assert sorted(r[0] for r in rows) == [team.name("sam"), team.name("sue")]


def test_no_vote_on_a_closed_ballot_even_in_sql(team: Team, setup: Setup) -> None:
    message = refused(
        team, "sam", "UPDATE votes SET option = 'Will sell it' WHERE ballot_id = %s", (setup.closed_id,)
    )
    assert "closed" in message


# ------------------------------------------------------------ ballots and items


def test_seller_cannot_create_close_or_decide_ballots(team: Team, setup: Setup) -> None:
    refused(
        team,
        "sam",
        "INSERT INTO ballots (title, question, subject, product, options, scale, negative_options, "
        "reason_required, hide_totals, audience, opens_at, created_by, created_at) "
        "VALUES ('Mine', '', 'product', '{}', '[]', 'options', '[]', true, true, '[]', now(), 'x', now())",
    )
    refused(team, "sam", "UPDATE ballots SET closed_at = now() WHERE id = %s", (setup.ballot_id,))
    refused(team, "sam", "UPDATE ballots SET outcome = 'Go' WHERE id = %s", (setup.closed_id,))
    refused(team, "sam", "DELETE FROM ballots WHERE id = %s", (setup.ballot_id,))
    refused(team, "sam", "SELECT * FROM ballots WHERE id = %s FOR UPDATE", (setup.ballot_id,))


def test_seller_cannot_import_publish_archive_or_remove(team: Team, setup: Setup) -> None:
    refused(team, "sam", "UPDATE items SET status = 'published' WHERE id = %s", (setup.item_id,))
    refused(team, "sam", "UPDATE items SET status = 'archived' WHERE id = %s", (setup.item_id,))
    refused(team, "sam", "UPDATE items SET indexed_version = 0 WHERE id = %s", (setup.item_id,))
    refused(team, "sam", "DELETE FROM items WHERE id = %s", (setup.item_id,))
    refused(
        team,
        "sam",
        "INSERT INTO items (title, kind, status, language, competitors, products, tags, owner, "
        "created_at, updated_at, source_name, sha256, current_version, indexed_version) "
        "VALUES ('x', 'deck', 'published', 'en', '[]', '[]', '[]', '', now(), now(), 'x', 'x', 1, 0)",
    )
    refused(team, "sam", "INSERT INTO blobs (sha256, size, data) VALUES ('ab', 1, 'x')")
    refused(team, "sam", "DELETE FROM units")
    refused(team, "sam", "DELETE FROM source_files")
    with team.connect("sam") as conn:  # but reads the library
        assert conn.execute("SELECT count(*) FROM units").fetchone() == (3,)


def test_marketer_creates_closes_and_decides_in_sql(team: Team, setup: Setup) -> None:
    with team.connect("mia") as conn:
        new_id = conn.execute(
            "INSERT INTO ballots (title, question, subject, product, options, scale, negative_options, "
            "reason_required, hide_totals, audience, opens_at, created_by, created_at) "
            "VALUES ('Direct', '', 'product', '{}', '[\"a\"]', 'options', '[]', true, true, '[]', now(), "
            "current_user, now()) RETURNING id"
        ).fetchone()[0]  # type: ignore[index]
        conn.execute(
            "UPDATE ballots SET closed_at = now(), closed_by = current_user WHERE id = %s", (new_id,)
        )
        conn.execute("UPDATE ballots SET outcome = 'No go', rationale = 'test' WHERE id = %s", (new_id,))
        conn.execute(
            "INSERT INTO ballot_audit (ballot_id, at, actor, action) "
            "VALUES (%s, now(), current_user, 'close')",
            (new_id,),
        )
        conn.commit()


# ------------------------------------------------------------ the audit trail


@pytest.mark.parametrize("who", ["sam", "mia", "admin", "owner"])
def test_nobody_rewrites_the_audit_trail(team: Team, setup: Setup, who: str) -> None:
    refused(team, who, "UPDATE ballot_audit SET new_value = 'Will sell it'")
    refused(team, who, "DELETE FROM ballot_audit")
    if who == "owner":
        message = refused(team, who, "TRUNCATE ballot_audit CASCADE")
        assert "append-only" in message
        message = refused(team, who, "DELETE FROM ballots WHERE id = %s", (setup.closed_id,))
        assert "append-only" in message  # the foreign key cascades into the audit trail


def test_audit_rows_are_written_as_oneself_and_read_by_role(team: Team, setup: Setup) -> None:
    refused(
        team,
        "sam",
        "INSERT INTO ballot_audit (ballot_id, at, actor, action) VALUES (%s, now(), %s, 'vote')",
        (setup.ballot_id, team.name("sue")),
    )
    with team.connect("sam") as conn:
        actors = {r[0] for r in conn.execute("SELECT actor FROM ballot_audit")}
    assert actors == {team.name("sam")}
    with team.connect("mia") as conn:
        actors = {r[0] for r in conn.execute("SELECT actor FROM ballot_audit")}
    assert {team.name("sam"), team.name("sue"), team.name("mia")} <= actors


# ------------------------------------------------------------ people, notifications, search log


def test_notifications_are_private(team: Team, setup: Setup) -> None:
    with team.owner() as conn:
        everyone = {r[0] for r in conn.execute("SELECT person_id FROM notifications")}
    assert setup.ids["sue"] in everyone  # the ballots' news went to the whole audience
    with team.connect("sam") as conn:
        mine = {r[0] for r in conn.execute("SELECT person_id FROM notifications")}
    assert mine == {setup.ids["sam"]}
    assert (
        run(team, "sam", "UPDATE notifications SET read_at = now() WHERE person_id = %s", (setup.ids["sue"],))
        == 0
    )
    refused(team, "sam", "UPDATE notifications SET message = 'x'")
    refused(
        team,
        "sam",
        "INSERT INTO notifications (person_id, kind, message, at) VALUES (%s, 'ballot', 'hi', now())",
        (setup.ids["sue"],),
    )


def test_only_admins_change_people(team: Team, setup: Setup) -> None:
    insert = "INSERT INTO people (name, role, team, created_at) VALUES ('eve', 'admin', '', now())"
    refused(team, "sam", insert)
    refused(team, "mia", insert)
    refused(team, "sam", "UPDATE people SET role = 'admin' WHERE id = %s", (setup.ids["sam"],))
    refused(team, "mia", "UPDATE people SET role = 'admin' WHERE id = %s", (setup.ids["mia"],))
    with team.connect("admin") as conn:
        conn.execute("UPDATE people SET team = 'North' WHERE id = %s", (setup.ids["sam"],))
        conn.rollback()


def test_search_log_is_written_as_oneself(team: Team, setup: Setup) -> None:
    columns = '(at, "user", query, filters, hits, took_ms)'
    refused(
        team,
        "sam",
        f"INSERT INTO search_log {columns} VALUES (now(), %s, 'q', '{{}}', 0, 1)",
        (team.name("sue"),),
    )
    run(team, "sam", f"INSERT INTO search_log {columns} VALUES (now(), current_user, 'q', '{{}}', 0, 1)")
    run(team, "sue", f"INSERT INTO search_log {columns} VALUES (now(), current_user, 'q', '{{}}', 0, 1)")
    with team.connect("sam") as conn:
        assert {r[0] for r in conn.execute('SELECT "user" FROM search_log')} == {team.name("sam")}
    # A search is one person's activity: marketing reads no one else's lines either (issue 11; the
    # gap's phrasing comes through enablement_gap_example, tests/unit/team/test_private_activity.py).
    run(team, "mia", f"INSERT INTO search_log {columns} VALUES (now(), current_user, 'q', '{{}}', 0, 1)")
    with team.connect("mia") as conn:
        assert {r[0] for r in conn.execute('SELECT "user" FROM search_log')} == {team.name("mia")}


def test_search_days_change_only_by_logging(team: Team, setup: Setup) -> None:
    """The day and week aggregates (migrations 0009, 0012-0014) follow the logs through triggers;
    nobody writes or reads them directly, marketing included, and their trigger functions cannot be
    called."""
    with team.connect("sue") as conn:
        search_id = conn.execute(
            'INSERT INTO search_log (at, "user", query, filters, hits, took_ms, query_key) '
            "VALUES (now(), current_user, 'Роутер цены', '{}', 3, 1, 'роутер цен') RETURNING id"
        ).fetchone()[0]  # type: ignore[index]
        conn.execute(
            "INSERT INTO usage_events (at, person, team, action, item_id, search_id) "
            "VALUES (now(), current_user, '', 'open', %s, %s)",
            (setup.item_id, search_id),
        )
        conn.commit()
    with team.owner() as conn:
        row = conn.execute(
            'SELECT searches, unopened, example FROM search_days WHERE "user" = %s AND key = %s',
            (team.name("sue"), "роутер цен"),
        ).fetchone()
        assert row == (1, 0, "Роутер цены")
        row = conn.execute(
            'SELECT searches, unopened, example FROM search_key_weeks WHERE "user" = %s AND key = %s',
            (team.name("sue"), "роутер цен"),
        ).fetchone()
        assert row == (1, 0, "Роутер цены")
        week = conn.execute(
            "SELECT searches, people, unopened, unopened_people FROM search_weeks "
            "WHERE key = 'роутер цен' AND week = date_trunc('week', now() AT TIME ZONE 'UTC')::date"
        ).fetchone()
        assert week is not None and week[2:] == (0, 0) and week[0] >= week[1] >= 1
        sue = (team.name("sue"),)
        logged = conn.execute('SELECT count(*) FROM search_log WHERE "user" = %s', sue).fetchone()
        used = conn.execute("SELECT sum(events) FROM usage_days WHERE person = %s", sue).fetchone()
        assert used == conn.execute("SELECT count(*) FROM usage_events WHERE person = %s", sue).fetchone()
        for table in ("search_days", "search_user_days", "search_key_weeks"):
            summed = conn.execute(f'SELECT sum(searches) FROM {table} WHERE "user" = %s', sue).fetchone()
            assert summed == logged, table
    for who in ("sue", "mia"):
        for table in (
            *("search_days", "search_user_days", "search_key_weeks", "search_weeks"),
            *("usage_days", "search_query_days", "item_found_days"),
        ):
            refused(team, who, f"SELECT * FROM {table}")
            count = "events" if table == "usage_days" else "searches"
            refused(team, who, f"UPDATE {table} SET {count} = {count} + 100")
            refused(team, who, f"DELETE FROM {table}")
        refused(
            team,
            who,
            'INSERT INTO search_days (day, key, "user", searches, zero_hits, example, unopened) '
            "VALUES (current_date, 'x', current_user, 100, 0, 'x', 100)",
        )
        refused(team, who, "SELECT enablement_search_days_logged()")
        refused(team, who, "SELECT enablement_search_days_opened()")
        refused(team, who, "SELECT enablement_search_weeks_logged()")
        refused(team, who, "SELECT enablement_search_weeks_opened()")
        refused(team, who, "SELECT enablement_usage_days_recorded()")
        refused(team, who, "SELECT enablement_search_query_days_logged()")
        refused(team, who, "SELECT * FROM search_queries")
        refused(team, who, "SELECT * FROM item_found_people")
        refused(team, who, "DELETE FROM item_found_people")
        refused(team, who, "SELECT enablement_item_found_days_logged()")


def test_votes_keep_the_voters_team_and_audience(team: Team, setup: Setup) -> None:
    with team.connect("sam") as conn:
        conn.execute(
            "UPDATE votes SET team = 'South' WHERE ballot_id = %s AND person_id = %s",
            (setup.ballot_id, setup.ids["sam"]),
        )
        row = conn.execute(
            "SELECT team FROM votes WHERE ballot_id = %s AND person_id = %s",
            (setup.ballot_id, setup.ids["sam"]),
        ).fetchone()
        assert row == ("North",)  # the trigger wrote sam's real team back
        conn.rollback()
    with team.connect("mia") as conn:
        south_only = conn.execute(
            "INSERT INTO ballots (title, question, subject, product, options, scale, negative_options, "
            "reason_required, hide_totals, audience, opens_at, created_by, created_at) "
            "VALUES ('South', '', 'product', '{}', '[\"a\"]', 'options', '[]', false, true, '[\"south\"]', "
            "now(), current_user, now()) RETURNING id"
        ).fetchone()[0]  # type: ignore[index]
        conn.commit()
    message = refused(
        team,
        "sam",
        "INSERT INTO votes (ballot_id, person_id, option, reason, team, cast_at, updated_at) "
        "VALUES (%s, %s, 'a', '', 'South', now(), now())",
        (south_only, setup.ids["sam"]),
    )
    assert "outside its audience" in message
    with team.connect("sue") as conn:  # in the audience; a vote comes with its audit line
        conn.execute(
            "INSERT INTO votes (ballot_id, person_id, option, reason, team, cast_at, updated_at) "
            "VALUES (%s, %s, 'a', '', '', now(), now())",
            (south_only, setup.ids["sue"]),
        )
        conn.execute(
            "INSERT INTO ballot_audit (ballot_id, at, actor, action, new_value, reason) "
            "VALUES (%s, now(), current_user, 'vote', 'a', '')",
            (south_only,),
        )
        conn.commit()


def test_a_vote_is_one_of_the_ballots_options(team: Team, setup: Setup) -> None:
    message = refused(
        team,
        "sam",
        "UPDATE votes SET option = 'Banana' WHERE ballot_id = %s AND person_id = %s",
        (setup.ballot_id, setup.ids["sam"]),
    )
    assert "not an option" in message
    refused(
        team,
        "sam",
        "UPDATE votes SET ballot_id = %s WHERE ballot_id = %s AND person_id = %s",
        (setup.closed_id, setup.ballot_id, setup.ids["sam"]),
    )


def test_a_vote_changed_without_its_audit_line_is_refused_at_commit(team: Team, setup: Setup) -> None:
    mine = (setup.ballot_id, setup.ids["sam"])
    with team.connect("sam") as conn:
        before = conn.execute(
            "SELECT option, reason, updated_at FROM votes WHERE ballot_id = %s AND person_id = %s", mine
        ).fetchone()
        conn.execute("UPDATE votes SET reason = 'rewritten' WHERE ballot_id = %s AND person_id = %s", mine)
        with pytest.raises(errors.InsufficientPrivilege, match="audit trail"):
            conn.commit()
        # An audit line that does not say what the vote now says does not count either.
        conn.execute("UPDATE votes SET reason = 'rewritten' WHERE ballot_id = %s AND person_id = %s", mine)
        conn.execute(
            "INSERT INTO ballot_audit (ballot_id, at, actor, action, new_value, reason) "
            "VALUES (%s, now(), current_user, 'vote', 'Will sell it', 'something else')",
            (setup.ballot_id,),
        )
        with pytest.raises(errors.InsufficientPrivilege, match="audit trail"):
            conn.commit()
        # With its line, in the same transaction, the change goes through, on the server's clock.
        conn.execute(
            "UPDATE votes SET reason = 'rewritten', updated_at = '2000-01-01' "
            "WHERE ballot_id = %s AND person_id = %s",
            mine,
        )
        conn.execute(
            "INSERT INTO ballot_audit (ballot_id, at, actor, action, old_value, new_value, reason) "
            "VALUES (%s, now(), current_user, 'vote', 'Will sell it', 'Will sell it', 'rewritten')",
            (setup.ballot_id,),
        )
        conn.commit()
        after = conn.execute(
            "SELECT option, reason, updated_at, now() FROM votes WHERE ballot_id = %s AND person_id = %s",
            mine,
        ).fetchone()
    assert before is not None and after is not None
    assert after[:2] == ("Will sell it", "rewritten")
    assert before[2] < after[2] <= after[3]


def test_voting_through_the_service_keeps_the_trail(team: Team, setup: Setup, tmp_path: Path) -> None:
    with Library(tmp_path, team.url("sue")) as lib:
        service = VotingService(lib)
        vote = service.vote(team.name("sue"), setup.ballot_id, "Needs changes", "missing a slide")
        again = service.vote(team.name("sue"), setup.ballot_id, "Won't sell it", "too dear after all")
    assert again.cast_at == vote.cast_at and again.updated_at >= vote.updated_at
    with team.owner() as conn:
        trail = conn.execute(
            "SELECT new_value, reason FROM ballot_audit WHERE ballot_id = %s AND actor = %s ORDER BY id",
            (setup.ballot_id, team.name("sue")),
        ).fetchall()
        stored = conn.execute(
            "SELECT cast_at, updated_at FROM votes WHERE ballot_id = %s AND person_id = %s",
            (setup.ballot_id, setup.ids["sue"]),
        ).fetchone()
    assert trail[-2:] == [("Needs changes", "missing a slide"), ("Won't sell it", "too dear after all")]
    assert stored == (again.cast_at, again.updated_at)
