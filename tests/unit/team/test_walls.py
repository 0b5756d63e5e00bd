"""Two team databases on one cluster: a login of one team cannot even connect to the other's."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from enablement.team import TeamAdmin, generate_password, login_url
from tests.helpers.team import fresh_database
from tests.unit.team.conftest import Team, drop_logins, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_a_login_of_team_a_cannot_connect_to_team_b(team: Team) -> None:
    suffix = uuid.uuid4().hex[:8]
    with fresh_database("teamb") as other_url:
        try:
            TeamAdmin.init(other_url, f"bossb_{suffix}", generate_password(), team="B")
            with TeamAdmin(other_url) as owner_b:
                bob_password = generate_password()
                owner_b.add(f"bob_{suffix}", "sales", "B", bob_password)
            # Team A's seller, marketer and admin: right password, wrong database.
            for who in ("sam", "mia", "admin"):
                into_b = login_url(other_url, team.name(who), team.logins[who][1])
                with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
                    psycopg.connect(_libpq(into_b))
            # Team B's seller cannot read team A's library either, and still reaches their own.
            with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
                psycopg.connect(_libpq(login_url(team.owner_url, f"bob_{suffix}", bob_password)))
            with psycopg.connect(_libpq(login_url(other_url, f"bob_{suffix}", bob_password))) as conn:
                assert conn.execute("SELECT count(*) FROM people").fetchone() == (2,)
            with psycopg.connect(_libpq(team.url("sam"))) as conn:
                assert conn.execute("SELECT current_user").fetchone() == (team.name("sam"),)
        finally:
            drop_logins(other_url, suffix)


def test_public_has_no_connect_and_a_rerun_keeps_members_in(team: Team) -> None:
    with team.owner() as conn:
        db = conn.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
        assert conn.execute("SELECT has_database_privilege('public', %s, 'CONNECT')", (db,)).fetchone() == (
            False,
        )
        conn.execute(f'REVOKE CONNECT ON DATABASE "{db}" FROM "{team.name("sue")}"')
        conn.commit()
    with pytest.raises(psycopg.OperationalError):
        team.connect("sue")
    with TeamAdmin(team.owner_url) as owner:
        owner.secure()  # re-grants CONNECT to the team's logins
    with team.connect("sue") as conn:
        assert conn.execute("SELECT current_user").fetchone() == (team.name("sue"),)
