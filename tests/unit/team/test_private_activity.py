"""Issue 11: no per-person activity visible to anyone but that person, on the team server, as real logins.

Search-log lines and usage events are each person's own: a seller, a marketer and an admin read only
theirs in plain SQL (the owner, a superuser, reads all). Planning a gap as a card still gets how
people typed its key, through `enablement_gap_example`, only when at least three people searched it.
The usage trigger applies to every team login, so a marketer cannot count usage for another team.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors

from enablement.app import build_services
from enablement.config import Settings
from enablement.search.keys import query_key
from enablement.store import repository as repo
from enablement.store.library import Library
from enablement.team import TeamAdmin
from enablement.workbench.gap_cards import plan_gap_card
from tests.unit.team.conftest import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

LOGINS = ("admin", "mia", "sam", "sue")


@pytest.fixture(scope="module")
def item_id(team: Team, tmp_path_factory: pytest.TempPathFactory) -> int:
    """A draft item, and a search and a usage event of each login's own (written as themselves)."""
    with Library(tmp_path_factory.mktemp("owner"), team.owner_url) as owner:
        found = store_draft(owner)
    for who in LOGINS:
        with team.connect(who) as conn:
            search = conn.execute(
                'INSERT INTO search_log (at, "user", query, filters, hits, took_ms, query_key) '
                "VALUES (now(), current_user, 'Wi-Fi 7', '{}', 1, 1, 'wi-fi 7') RETURNING id"
            ).fetchone()[0]  # type: ignore[index]
            conn.execute(
                "INSERT INTO usage_events (at, person, team, action, item_id, search_id) "
                "VALUES (now(), current_user, '', 'open', %s, %s)",
                (found, search),
            )
            conn.commit()
    return found


def _readers(team: Team, who: str) -> tuple[set[str], set[str]]:
    with team.connect(who) as conn:
        searchers = {r[0] for r in conn.execute('SELECT "user" FROM search_log')}
        users = {r[0] for r in conn.execute("SELECT person FROM usage_events")}
    return searchers, users


@pytest.mark.parametrize("who", LOGINS)
def test_each_login_reads_only_its_own_searches_and_usage(team: Team, item_id: int, who: str) -> None:
    assert _readers(team, who) == ({team.name(who)}, {team.name(who)})
    others = tuple(team.name(w) for w in LOGINS if w != who)
    with team.connect(who) as conn:
        asked = conn.execute(
            'SELECT count(*) FROM search_log WHERE "user" = ANY(%s)', (list(others),)
        ).fetchone()
        assert asked == (0,)
        asked = conn.execute(
            "SELECT count(*) FROM usage_events WHERE person = ANY(%s)", (list(others),)
        ).fetchone()
        assert asked == (0,)
        # Nor can they change anyone's lines (no UPDATE or DELETE right at all).
        for statement in ("UPDATE search_log SET query = 'x'", "DELETE FROM usage_events"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()


def test_the_owner_still_reads_every_line(team: Team, item_id: int) -> None:
    with team.owner() as conn:
        searchers = {r[0] for r in conn.execute('SELECT "user" FROM search_log')}
        users = {r[0] for r in conn.execute("SELECT person FROM usage_events")}
    assert {team.name(w) for w in LOGINS} <= searchers & users


def _typed(team: Team, typed: str, people: tuple[str, ...]) -> str:
    """`people` (no logins: the owner writes their lines) searched `typed`, the last as typed."""
    key = query_key(typed)
    with team.owner() as conn:
        for n, who in enumerate(people):
            query = typed if n == len(people) - 1 else typed.lower()
            conn.execute(
                'INSERT INTO search_log (at, "user", query, filters, hits, took_ms, query_key) '
                "VALUES (now() - make_interval(mins => %s), %s, %s, '{}', 0, 1, %s)",
                (len(people) - n, who, query, key),
            )
        conn.commit()
    return key


def test_the_example_function_needs_three_people_and_a_marketer(team: Team) -> None:
    many = _typed(team, "Umbrella  Corp SLA", ("ann", "bob", "cid", "ann"))
    few = _typed(team, "Soylent pricing", ("ann", "bob", "bob"))
    for who in ("mia", "admin"):
        with team.connect(who) as conn:
            typed = conn.execute("SELECT enablement_gap_example(%s)", (many,)).fetchone()
            assert typed == ("Umbrella  Corp SLA",)
            assert conn.execute("SELECT enablement_gap_example(%s)", (few,)).fetchone() == (None,)
            assert conn.execute("SELECT enablement_gap_example('nobody')").fetchone() == (None,)
    with team.connect("sam") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT enablement_gap_example(%s)", (many,))


def test_a_marketer_plans_gap_cards_titled_as_typed_only_by_three(team: Team, tmp_path: Path) -> None:
    """End to end as the marketer's login: the gap three people typed gets their phrasing as its
    draft card's title; the gap two people typed gets its key (their words would tell who)."""
    many = _typed(team, "Initrode SLA Terms", ("ann", "bob", "cid"))
    few = _typed(team, "Vandelay Industries roadmap", ("ann", "bob"))
    assert many != "Initrode SLA Terms" and few != "Vandelay Industries roadmap"
    seller = Settings.resolve(str(tmp_path / "sam"), team.url("sam"))
    with build_services(seller, create_demo=False) as sam:
        before = sam.insights.coverage(weeks=4)
    with build_services(Settings.resolve(str(tmp_path / "mia"), team.url("mia")), create_demo=False) as mia:
        assert mia.is_team
        with mia.library.reading() as conn:  # round the app, too: only her own lines
            assert {r["user"] for r in repo.recent_searches(conn, 1000)} <= {team.name("mia")}
        gaps = mia.insights.gaps
        typed = plan_gap_card(mia.library, mia.library_service, gaps, mia.user, many, "asked weekly")
        keyed = plan_gap_card(mia.library, mia.library_service, gaps, mia.user, few)
    assert (typed.created, typed.title) == (True, "Initrode SLA Terms")
    assert (keyed.created, keyed.title) == (True, few)
    with Library(tmp_path / "owner", team.owner_url) as owner, owner.reading() as conn:
        assert repo.get_item(conn, typed.item_id).title == "Initrode SLA Terms"
        assert str(repo.get_item(conn, keyed.item_id).status) == "draft"
        # Review 13: the query is no competitor (the library names none in it): the seller's
        # coverage, its competitor list and past weeks' figures stay as they were, and the seller's
        # list has no draft.
        assert repo.get_item(conn, typed.item_id).competitors == []
    with build_services(seller, create_demo=False) as sam:
        assert sam.insights.coverage(weeks=4)[0] == before[0]
        assert sam.insights.coverage(weeks=4)[1] == before[1]
        assert not sam.publishing.may_publish(sam.user)


@pytest.mark.parametrize("who", ["mia", "admin"])
def test_a_marketers_usage_counts_for_their_own_team_and_known_actions(
    team: Team, item_id: int, who: str
) -> None:
    """The usage trigger covers every team login: a marketer typing 'South' still counts for HQ."""
    insert = (
        "INSERT INTO usage_events (at, person, team, action, item_id) "
        "VALUES (now(), current_user, 'South', %s, %s) RETURNING team"
    )
    with team.connect(who) as conn:
        assert conn.execute(insert, ("open", item_id)).fetchone() == ("HQ",)
        conn.rollback()
        with pytest.raises(errors.CheckViolation, match="not an action the app records"):
            conn.execute(insert, ("bogus", item_id))
        conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege):  # and only as themselves (the row policy)
            conn.execute(insert.replace("current_user", "%s"), (team.name("sue"), "open", item_id))


def test_the_owner_is_no_team_login_and_writes_usage_as_given(team: Team, item_id: int) -> None:
    """Benchmarks and imports seed as the superuser: the trigger leaves them be."""
    with team.owner() as conn:
        row = conn.execute(
            "INSERT INTO usage_events (at, person, team, action, item_id) "
            "VALUES (now(), 'seeded', 'Far East', 'bench', %s) RETURNING team, action",
            (item_id,),
        ).fetchone()
        assert row == ("Far East", "bench")
        conn.rollback()


def test_secure_twice_keeps_searches_private(team: Team, item_id: int) -> None:
    """An existing server gets the rule from `team secure`; running it again changes nothing."""
    with team.owner() as conn:  # a server secured by an older version: managers read every line
        conn.execute("DROP POLICY search_log_read ON search_log")
        conn.execute(
            "CREATE POLICY search_log_read ON search_log FOR SELECT TO enablement_sales "
            "USING (\"user\" = current_user OR pg_has_role(current_user, 'enablement_marketing', 'MEMBER'))"
        )
        conn.execute("DROP FUNCTION enablement_gap_example(text)")
        conn.commit()
    assert team.name("sam") in _readers(team, "mia")[0]
    for _ in range(2):
        with TeamAdmin(team.owner_url) as owner:
            owner.secure()
        assert _readers(team, "mia") == ({team.name("mia")}, {team.name("mia")})
    with team.owner() as conn:
        policies = conn.execute(
            "SELECT policyname, qual FROM pg_policies WHERE tablename = 'search_log' AND cmd = 'SELECT'"
        ).fetchall()
        assert policies == [("search_log_read", '(("user")::text = CURRENT_USER)')]
        rights = conn.execute(
            "SELECT has_function_privilege(r, 'enablement_gap_example(text)', 'EXECUTE') "
            "FROM unnest(ARRAY['enablement_sales', 'enablement_marketing', 'enablement_admin']) AS r"
        ).fetchall()
        assert rights == [(False,), (True,), (True,)]
