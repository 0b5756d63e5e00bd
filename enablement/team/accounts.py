"""Team accounts: PostgreSQL logins, their group role and their `people` profile, kept together.

Each person of a team signs in as their own PostgreSQL login, a member of
`enablement_sales`, `enablement_marketing` or `enablement_admin`
(enablement.team.security decides what each may do). `TeamAdmin` creates the first
admin (`init`, with the owner's superuser URL) and then, signed in as an admin,
adds, re-roles, re-passwords and removes people. A login and its profile change in
one transaction, so they never disagree. Admin logins hold no role attribute: every
change goes through the SECURITY DEFINER functions of enablement.team.security
(`enablement_create_login` and friends), which touch only this team's logins.

Passwords are checked only if the server's pg_hba.conf asks for them. On a server
that trusts local connections, the company's IT adds this line above the first
`trust` line (scripts/pg_hba_team.sh does it on a Debian cluster), and the same
for `::1/128` and `local`:

    host all +enablement_sales,+enablement_marketing,+enablement_admin 127.0.0.1/32 scram-sha-256

Passwords never travel in clear: libpq turns them into a SCRAM verifier on this
machine, and the server stores that.
"""

from __future__ import annotations

import enum
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from enablement.errors import AccountError, NotFound, PermissionDenied
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store.library import connect_error, is_refused, make_engine, upgrade_schema
from enablement.team.security import (
    ADMIN,
    GROUPS,
    MARKETING,
    NAME_PATTERN,
    SALES,
    install_security,
    is_team_database,
)

_NAME = re.compile(NAME_PATTERN)


class TeamRole(enum.StrEnum):
    """A person's role; the same values as `people.role` (enablement.voting.models.Role)."""

    SALES = "sales"
    MARKETING = "marketing"
    ADMIN = "admin"

    @property
    def group(self) -> str:
        return {TeamRole.SALES: SALES, TeamRole.MARKETING: MARKETING, TeamRole.ADMIN: ADMIN}[self]


@dataclass(frozen=True, slots=True)
class TeamMember:
    """A person of the team: `can_login` is False once removed (the profile stays for history)."""

    name: str
    role: TeamRole
    team: str
    can_login: bool


@dataclass(frozen=True, slots=True)
class InitResult:
    """What `TeamAdmin.init` did: the admin (None if none was named on a re-run), whether their
    login was created now, the password it generated for them (None if given or not created),
    and whether the database was a team database already."""

    member: TeamMember | None
    created: bool
    password: str | None
    already_team: bool


def generate_password() -> str:
    """A fresh random password, to be printed once and handed to the person."""
    return secrets.token_urlsafe(18)


def login_url(url: str, name: str, password: str) -> str:
    """`url` with another user name and password (what a member puts in their settings)."""
    from enablement.store.library import normalise_db_url

    parsed = sa.engine.make_url(normalise_db_url(url)).set(username=name, password=password)
    return parsed.render_as_string(hide_password=False)


class TeamAdmin:
    """Manage the logins of one team database, signed in as an admin (or the owner).

    Args:
        url: a PostgreSQL URL with the admin's (or the superuser owner's) credentials.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine = make_engine(url)
        if self._engine.dialect.name != "postgresql":
            self._engine.dispose()
            raise AccountError(
                QT_TRANSLATE_NOOP("Messages", "Team mode needs a PostgreSQL database, not {url}."),
                url=url,
            )

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> TeamAdmin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ setting up

    @classmethod
    def init(
        cls,
        superuser_url: str,
        admin_name: str | None = None,
        admin_password: str | None = None,
        team: str = "",
    ) -> InitResult:
        """Migrate the library, secure it (install_security) and create its first admin login.

        Re-running it on a team database migrates and re-applies the rules (after an upgrade);
        the admin may then be left out, and a named admin whose login exists is only checked.
        A password is generated (and returned, to be shown once) only when the login is created
        and none was given.
        """
        with cls(superuser_url) as owner:
            owner._check_owner()
            try:
                upgrade_schema(owner._engine)
            except OperationalError as exc:
                raise connect_error(exc, superuser_url) from exc
            with owner._transaction() as conn:
                was_team = is_team_database(conn)
                if admin_name is None and not was_team:
                    raise AccountError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Name the team's first admin: enablement team init --admin NAME."
                        )
                    )
                install_security(conn)
                if admin_name is None:
                    return InitResult(None, created=False, password=None, already_team=was_team)
                if _login_exists(conn, admin_name):
                    member = owner._member(conn, admin_name)
                    if member is None or member.role is not TeamRole.ADMIN:
                        raise AccountError(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "A login named {name!r} exists on this server and is not this "
                                "library's admin; choose another name.",
                            ),
                            name=admin_name,
                        )
                    return InitResult(member, created=False, password=None, already_team=was_team)
                generated = None if admin_password is not None else generate_password()
                owner._create(conn, admin_name, TeamRole.ADMIN, team, admin_password or generated or "")
                member = owner._member(conn, admin_name)
                assert member is not None
                return InitResult(member, created=True, password=generated, already_team=was_team)

    def secure(self) -> None:
        """Re-apply the team rules (the owner, after a migration added tables)."""
        self._check_owner()
        with self._transaction() as conn:
            install_security(conn)

    def _check_owner(self) -> None:
        """`init` and `secure` create cluster-wide roles and own the rules: a superuser's job."""
        with self._transaction() as conn:
            who, superuser = conn.execute(
                sa.text("SELECT rolname, rolsuper FROM pg_roles WHERE rolname = current_user")
            ).one()
        if not superuser:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "`enablement team init` and `team secure` need the database owner's superuser URL "
                    "(for example postgresql://postgres@HOST/DATABASE); {who!r} is not a superuser.",
                ),
                who=who,
            )

    # ------------------------------------------------------------ people

    def add(self, name: str, role: TeamRole | str, team: str, password: str) -> TeamMember:
        """Create a login for `name` in `role`'s group, and its profile (kept if one exists)."""
        role = _role(role)
        with self._transaction() as conn:
            if _login_exists(conn, name):
                raise AccountError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "A login named {name!r} already exists; change it with "
                        "`enablement team passwd` or remove it first.",
                    ),
                    name=name,
                )
            self._create(conn, name, role, team, password)
            member = self._member(conn, name)
            assert member is not None
            return member

    def set_role(self, name: str, role: TeamRole | str, team: str | None = None) -> TeamMember:
        """Move a member to another role (and team), in the database's groups and in `people`."""
        role = _role(role)
        with self._transaction() as conn:
            self._existing(conn, name)
            if (
                role is not TeamRole.ADMIN
                and name == conn.exec_driver_sql("SELECT current_user").scalar_one()
            ):
                raise AccountError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "You cannot take the admin role from your own login ({name!r}); ask another admin.",
                    ),
                    name=name,
                )
            conn.execute(
                sa.text("SELECT enablement_set_role(:name, :role, :team)"),
                {"name": name, "role": role.value, "team": None if team is None else team.strip()},
            )
            changed = self._member(conn, name)
            assert changed is not None
            return changed

    def passwd(self, name: str, password: str) -> None:
        """Set a member's password (an admin for anyone; a member for themselves)."""
        with self._transaction() as conn:
            self._existing(conn, name)
            verifier = _verifier(conn, name, password)
            if (
                name == conn.exec_driver_sql("SELECT current_user").scalar_one()
            ):  # one's own: no rights needed
                _execute(
                    conn,
                    sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(name), sql.Literal(verifier)),
                )
            else:
                conn.execute(
                    sa.text("SELECT enablement_set_password(:name, :verifier)"),
                    {"name": name, "verifier": verifier},
                )

    def remove(self, name: str) -> None:
        """Drop `name`'s login and end their open sessions; their profile, votes and audit stay."""
        with self._transaction() as conn:
            self._existing(conn, name)
            if name == conn.exec_driver_sql("SELECT current_user").scalar_one():
                raise AccountError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "You cannot remove your own login ({name!r}); ask another admin."
                    ),
                    name=name,
                )
            oid = conn.execute(sa.text("SELECT enablement_drop_login(:name)"), {"name": name}).scalar()
        # After the commit the login is gone, so no new session can start; end those begun meanwhile.
        with self._transaction() as conn:
            conn.execute(sa.text("SELECT enablement_end_sessions(:oid)"), {"oid": oid})

    def list(self) -> list[TeamMember]:
        """Everyone with a profile, with their role, team and whether they can still sign in."""
        with self._transaction() as conn:
            rows = conn.execute(sa.text(_MEMBERS + " ORDER BY p.name"))
            return [_member_from_row(r) for r in rows]

    # ------------------------------------------------------------ internals

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        try:
            with self._engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise connect_error(exc, self.url) from exc
        except (DBAPIError, psycopg.Error) as exc:  # psycopg's own from statements run with _execute
            if is_refused(exc) or getattr(exc, "sqlstate", None) == "42501":
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Only a team admin can manage people; the database refused it ({error}).",
                    ),
                    error=str(getattr(exc, "orig", None) or exc).strip().splitlines()[0],
                ) from exc
            raise

    def _create(self, conn: Connection, name: str, role: TeamRole, team: str, password: str) -> None:
        _check_name(name)
        if not password:
            raise AccountError(QT_TRANSLATE_NOOP("Messages", "A login needs a password."))
        conn.execute(
            sa.text("SELECT enablement_create_login(:name, :role, :team, :verifier)"),
            {
                "name": name,
                "role": role.value,
                "team": team.strip(),
                "verifier": _verifier(conn, name, password),
            },
        )

    def _member(self, conn: Connection, name: str) -> TeamMember | None:
        row = conn.execute(sa.text(_MEMBERS + " WHERE p.name = :name"), {"name": name}).first()
        return None if row is None else _member_from_row(row)

    def _existing(self, conn: Connection, name: str) -> TeamMember:
        """The member named `name` with a live login in one of the team's groups (never another role)."""
        member = self._member(conn, name)
        in_team = conn.execute(
            sa.text(
                "SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :name AND g.rolname = ANY(:groups))"
            ),
            {"name": name, "groups": list(GROUPS)},
        ).scalar()
        if member is None or not member.can_login or not in_team:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name!r} has no login in this team (see `enablement team list`)."
                ),
                name=name,
            )
        return member


_MEMBERS = """
    SELECT p.name, p.role, p.team, coalesce(r.rolcanlogin, false) AS can_login
    FROM people p LEFT JOIN pg_roles r ON r.rolname = p.name"""


def _member_from_row(row: Any) -> TeamMember:
    return TeamMember(name=row.name, role=TeamRole(row.role), team=row.team, can_login=bool(row.can_login))


def _role(role: TeamRole | str) -> TeamRole:
    try:
        return TeamRole(str(role).strip().casefold())
    except ValueError:
        raise AccountError(
            QT_TRANSLATE_NOOP("Messages", "Unknown role {text!r}: use sales, marketing or admin."),
            text=str(role),
        ) from None


def _check_name(name: str) -> None:
    if not _NAME.match(name) or name.startswith(("pg_", "enablement_")) or name == "public":
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name!r} cannot be a login name: use lower-case letters, digits, '_', '.' or '-' "
                "(at most 63, starting with a letter or '_'; not pg_… or enablement_…).",
            ),
            name=name,
        )


def _login_exists(conn: Connection, name: str) -> bool:
    return bool(conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first())


def _execute(conn: Connection, query: sql.Composed) -> None:
    """Run a statement composed with psycopg.sql (quoted names and literals) in `conn`'s transaction."""
    with conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(query)


def _verifier(conn: Connection, name: str, password: str) -> str:
    """The SCRAM verifier of `password`, computed here so the server never sees the password."""
    pgconn = conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
    return bytes(pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")).decode()
