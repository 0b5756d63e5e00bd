"""A team admin manages the team's logins and nothing else on the cluster.

Admin logins have no role attribute (no CREATEROLE, no ADMIN OPTION, no pg_signal_backend): the
people functions (enablement_create_login, _set_password, _set_role, _drop_login), SECURITY
DEFINER and owned by the superuser who ran `team init`, are their only way to touch a login, and
they refuse anything that is not one of this team's logins.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from psycopg import errors

from enablement.team import TeamAdmin
from tests.unit.team.conftest import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()


def verifier(conn: psycopg.Connection, name: str, password: str = "pw-12345") -> str:
    return bytes(conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")).decode()


@pytest.fixture(scope="module")
def outside(team: Team) -> Iterator[str]:
    """A login of the cluster outside the team (dropped with the team's logins)."""
    name = team.name("outside")
    with team.owner() as conn:
        conn.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD 'outside-secret'")
    yield name


def refused(team: Team, who: str, statement: str, params: object = None) -> str:
    with team.connect(who) as conn, pytest.raises(errors.InsufficientPrivilege) as caught:
        conn.execute(statement, params)  # type: ignore[arg-type]
    return str(caught.value)


def test_admin_login_has_no_role_attributes(team: Team) -> None:
    with team.owner() as conn:
        row = conn.execute(
            "SELECT rolcreaterole, rolcreatedb, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = %s",
            (team.name("admin"),),
        ).fetchone()
        assert row == (False, False, False, False)
        options = conn.execute(
            "SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member "
            "WHERE u.rolname = %s AND m.admin_option",
            (team.name("admin"),),
        ).fetchone()
        assert options == (0,)
        signal = conn.execute(
            "SELECT pg_has_role('enablement_admin', 'pg_signal_backend', 'MEMBER')"
        ).fetchone()
        assert signal == (False,)


def test_admin_cannot_take_over_the_cluster(team: Team, outside: str) -> None:
    admin = team.name("admin")
    refused(team, "admin", f"ALTER ROLE \"{outside}\" PASSWORD 'taken'")
    refused(team, "admin", f'GRANT pg_execute_server_program TO "{admin}"')
    refused(team, "admin", "CREATE ROLE some_new_role")
    refused(team, "admin", f'GRANT enablement_sales TO "{outside}"')  # no ADMIN OPTION on the groups
    refused(team, "admin", f'GRANT enablement_admin TO "{admin}"')


@pytest.mark.parametrize(
    "target", ["outside", "postgres", "enablement_sales", "enablement_admin", "pg_monitor"]
)
def test_people_functions_refuse_anyone_outside_the_team(team: Team, outside: str, target: str) -> None:
    name = outside if target == "outside" else target
    with team.connect("admin") as conn:
        v = verifier(conn, name)
    for statement, params in [
        ("SELECT enablement_set_password(%s, %s)", (name, v)),
        ("SELECT enablement_set_role(%s, 'admin', '')", (name,)),
        ("SELECT enablement_drop_login(%s)", (name,)),
    ]:
        with team.connect("admin") as conn, pytest.raises(psycopg.Error) as caught:
            conn.execute(statement, params)
        assert isinstance(caught.value, errors.InsufficientPrivilege | errors.InvalidParameterValue)
    with team.owner() as conn:  # untouched
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (name,)).fetchone() == (1,)


def test_an_outside_login_in_a_group_with_other_rights_is_still_refused(team: Team, outside: str) -> None:
    """Someone granted a group by hand but holding more (another role, an attribute) is not the team's."""
    with team.owner() as conn:
        conn.execute(f'GRANT enablement_sales TO "{outside}"')
        conn.execute(f'GRANT pg_read_server_files TO "{outside}"')
        conn.execute(
            "INSERT INTO people (name, role, team, created_at) VALUES (%s, 'sales', '', now())", (outside,)
        )
    try:
        with team.connect("admin") as conn:
            v = verifier(conn, outside)
        refused(team, "admin", "SELECT enablement_set_password(%s, %s)", (outside, v))
    finally:
        with team.owner() as conn:
            conn.execute(f'REVOKE enablement_sales FROM "{outside}"')
            conn.execute(f'REVOKE pg_read_server_files FROM "{outside}"')
            conn.execute("DELETE FROM people WHERE name = %s", (outside,))


def test_people_functions_take_only_scram_verifiers(team: Team) -> None:
    for statement, params in [
        ("SELECT enablement_create_login(%s, 'sales', '', 'clear-text-password')", (team.name("clear"),)),
        ("SELECT enablement_set_password(%s, 'md5abcdef')", (team.name("sam"),)),
    ]:
        with team.connect("admin") as conn, pytest.raises(errors.InvalidParameterValue):
            conn.execute(statement, params)


def test_create_login_refuses_bad_names_and_existing_roles(team: Team, outside: str) -> None:
    for name in ["enablement_x", "pg_x", "Robert'); DROP TABLE people;--", outside, "postgres"]:
        with team.connect("admin") as conn, pytest.raises(psycopg.Error) as caught:
            conn.execute("SELECT enablement_create_login(%s, 'admin', '', %s)", (name, verifier(conn, name)))
        assert isinstance(caught.value, errors.InvalidParameterValue | errors.DuplicateObject)


@pytest.mark.parametrize("who", ["sam", "mia"])
def test_sellers_and_marketers_cannot_call_the_people_functions(team: Team, who: str) -> None:
    with team.connect(who) as conn:
        v = verifier(conn, team.name("sue"))
    for statement, params in [
        ("SELECT enablement_create_login(%s, 'admin', '', %s)", (team.name("sneak"), v)),
        ("SELECT enablement_set_password(%s, %s)", (team.name("sue"), v)),
        ("SELECT enablement_set_role(%s, 'admin', NULL)", (team.name(who),)),
        ("SELECT enablement_drop_login(%s)", (team.name("sue"),)),
        ("SELECT enablement_end_sessions(1)", None),
    ]:
        assert "permission denied for function" in refused(team, who, statement, params)


def test_admin_manages_people_through_the_functions(team: Team) -> None:
    name = team.name("temp")
    with team.admin() as admin:
        admin.add(name, "sales", "North", "first-password")
        admin.passwd(name, "second-password")
        assert admin.set_role(name, "admin", "HQ").role.value == "admin"
        admin.remove(name)
    with team.owner() as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (name,)).fetchone() == (0,)


def test_secure_repairs_admins_made_by_older_versions(team: Team) -> None:
    admin = team.name("admin")
    with team.owner() as conn:
        conn.execute(f'ALTER ROLE "{admin}" CREATEROLE')
        conn.execute(f'GRANT enablement_sales TO "{admin}" WITH ADMIN OPTION')
        conn.execute("GRANT pg_signal_backend TO enablement_admin")
    with TeamAdmin(team.owner_url) as owner:
        owner.secure()
    test_admin_login_has_no_role_attributes(team)
