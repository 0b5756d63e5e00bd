"""Team logins: created by an admin (not only the superuser), refused to others, removed for good."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from enablement.errors import AccountError, NotFound, PermissionDenied, SignInFailed
from enablement.store.library import Library
from enablement.team import TeamAdmin, TeamRole, generate_password, login_url
from tests.unit.team.conftest import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()


def test_admin_login_adds_a_seller_who_can_sign_in(team: Team, tmp_path: Path) -> None:
    name, password = team.name("nina"), generate_password()
    with team.admin() as admin:
        member = admin.add(name, "sales", "North", password)
        assert (member.role, member.team, member.can_login) == (TeamRole.SALES, "North", True)
        assert name in {m.name for m in admin.list()}
    with Library(tmp_path, login_url(team.owner_url, name, password)) as lib:
        assert lib.is_team and lib.current_user() == name
    with team.admin() as admin:
        admin.remove(name)


@pytest.mark.parametrize("who", ["sam", "mia"])
def test_sellers_and_marketers_cannot_manage_people(team: Team, who: str) -> None:
    with TeamAdmin(team.url(who)) as not_admin:
        with pytest.raises(PermissionDenied, match="Only a team admin"):
            not_admin.add(team.name("intruder"), "admin", "", "secret-password")
        with pytest.raises(PermissionDenied):
            not_admin.remove(team.name("sue"))
        with pytest.raises(PermissionDenied):
            not_admin.passwd(team.name("sue"), "new-password")
    with team.admin() as admin:
        assert team.name("intruder") not in {m.name for m in admin.list()}


def test_wrong_password_is_a_clear_sign_in_error(team: Team, tmp_path: Path) -> None:
    wrong = login_url(team.owner_url, team.name("sam"), "not-the-password")
    with pytest.raises(SignInFailed, match="user name or password is wrong") as caught:
        Library(tmp_path, wrong)
    assert "not-the-password" not in str(caught.value)
    unknown = login_url(team.owner_url, team.name("nobody"), "x")
    with pytest.raises(SignInFailed):
        Library(tmp_path, unknown)
    with pytest.raises(SignInFailed):
        TeamAdmin(wrong).list()


def test_unreachable_server_is_not_a_sign_in_error(tmp_path: Path) -> None:
    from enablement.errors import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable) as caught:
        Library(tmp_path, "postgresql://someone:pw@127.0.0.1:1/nothing")
    assert not isinstance(caught.value, SignInFailed)


def test_removed_person_cannot_connect_and_keeps_their_profile(team: Team, tmp_path: Path) -> None:
    name, password = team.name("leaver"), generate_password()
    url = login_url(team.owner_url, name, password)
    with team.admin() as admin:
        admin.add(name, "sales", "South", password)
    session = psycopg.connect(url.replace("+psycopg", ""))
    assert session.execute("SELECT current_user").fetchone() == (name,)
    session.commit()
    with team.admin() as admin:
        admin.remove(name)
        gone = {m.name: m for m in admin.list()}[name]
        assert not gone.can_login and gone.role is TeamRole.SALES
        with pytest.raises(NotFound):
            admin.remove(name)
        with pytest.raises(NotFound):
            admin.passwd(name, "again")
    with pytest.raises(psycopg.OperationalError):  # the open session was ended
        session.execute("SELECT 1")
    session.close()
    with pytest.raises(SignInFailed):
        Library(tmp_path, url)


def test_passwd_and_set_role(team: Team, tmp_path: Path) -> None:
    name, password = team.name("ralf"), generate_password()
    with team.admin() as admin:
        admin.add(name, "sales", "North", password)
        new_password = generate_password()
        admin.passwd(name, new_password)
        with pytest.raises(SignInFailed):
            Library(tmp_path, login_url(team.owner_url, name, password))
        changed = admin.set_role(name, "marketing", team="HQ")
        assert (changed.role, changed.team) == (TeamRole.MARKETING, "HQ")
    with psycopg.connect(login_url(team.owner_url, name, new_password).replace("+psycopg", "")) as conn:
        row = conn.execute("SELECT pg_has_role(current_user, 'enablement_marketing', 'MEMBER')").fetchone()
        assert row == (True,)
    with team.admin() as admin:
        admin.remove(name)


def test_bad_names_roles_and_duplicates_are_account_errors(team: Team) -> None:
    with team.admin() as admin:
        for bad in ["Robert'); DROP TABLE people;--", "pg_monitor", "enablement_admin", "", "UPPER"]:
            with pytest.raises(AccountError):
                admin.add(bad, "sales", "", "pw")
        with pytest.raises(AccountError, match="Unknown role"):
            admin.add(team.name("x"), "boss", "", "pw")
        with pytest.raises(AccountError, match="already exists"):
            admin.add(team.name("sam"), "sales", "", "pw")
        with pytest.raises(NotFound):  # a role outside the team is never touched
            admin.passwd("postgres", "pw")
        with pytest.raises(AccountError, match="your own login"):
            admin.remove(team.name("admin"))


def test_init_again_reapplies_the_rules(team: Team) -> None:
    again = TeamAdmin.init(team.owner_url, team.name("admin"), None, team="HQ")
    assert again.member is not None and again.member.role is TeamRole.ADMIN
    assert (again.created, again.password, again.already_team) == (False, None, True)
    bare = TeamAdmin.init(team.owner_url)
    assert (bare.member, bare.created, bare.password) == (None, False, None)
    with pytest.raises(AccountError):
        TeamAdmin.init(team.owner_url, team.name("sam"), "x")
