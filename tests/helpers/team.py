"""Team fixtures: a fresh PostgreSQL DATABASE per test module, secured by `TeamAdmin.init`.

Shared by tests/unit/team, tests/cli, tests/ui and the integration tests: a conftest.py brings the
fixtures (`team_db`, `team`) into its folder by importing them.

Roles are cluster-wide, so every login gets a per-run suffix and is dropped at
teardown. Logins sign in with a password: scripts/pg_hba_team.sh must have made the
server ask members of the enablement_* groups for one (it trusts everyone else).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg
import pytest
import sqlalchemy as sa

from enablement.bench.scratch_db import scratch_database
from enablement.store.library import normalise_db_url
from enablement.team import TeamAdmin, generate_password, login_url
from tests.conftest import PG_ENV, pg_url
from tests.helpers.drafts import store_draft as store_draft  # re-exported for the team tests


def skip_without_pg() -> None:
    """Called at the top of each PostgreSQL test module: one skip line per module, not per test."""
    if pg_url() is None:
        pytest.skip(f"{PG_ENV} is not set", allow_module_level=True)


@dataclass
class Team:
    """One secured database and its people: name -> (url, password)."""

    owner_url: str
    suffix: str
    logins: dict[str, tuple[str, str]] = field(default_factory=dict)

    def name(self, who: str) -> str:
        return f"{who}_{self.suffix}"

    def url(self, who: str) -> str:
        return self.logins[who][0]

    def connect(self, who: str) -> psycopg.Connection:
        """A plain psycopg connection signed in as `who`, for trying SQL directly."""
        return psycopg.connect(_libpq(self.url(who)))

    def owner(self) -> psycopg.Connection:
        return psycopg.connect(_libpq(self.owner_url))

    def admin(self) -> TeamAdmin:
        return TeamAdmin(self.url("admin"))


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def database_url(base: str, database: str) -> str:
    return sa.engine.make_url(normalise_db_url(base)).set(database=database).render_as_string(False)


@contextmanager
def fresh_database(prefix: str = "team") -> Iterator[str]:
    """The owner's (superuser's) URL of a new database, dropped afterwards (its sessions ended).

    Creating it is the first contact with the server, so an unreachable server fails here.
    """
    base = pg_url()
    if base is None:
        pytest.skip(f"{PG_ENV} is not set")
    with scratch_database(base, prefix) as url:
        yield url


@pytest.fixture(scope="module")
def team_db() -> Iterator[str]:
    """A fresh database for the module (see fresh_database)."""
    with fresh_database() as url:
        yield url


@pytest.fixture(scope="module")
def team(team_db: str) -> Iterator[Team]:
    """`team init` with an admin, then a marketer and two sellers added by that admin."""
    suffix = uuid.uuid4().hex[:8]
    result = Team(owner_url=team_db, suffix=suffix)
    try:
        password = generate_password()
        TeamAdmin.init(team_db, result.name("admin"), password, team="HQ")
        result.logins["admin"] = (login_url(team_db, result.name("admin"), password), password)
        with result.admin() as admin:
            for who, role, team_name in [
                ("mia", "marketing", "HQ"),
                ("sam", "sales", "North"),
                ("sue", "sales", "South"),
            ]:
                password = generate_password()
                admin.add(result.name(who), role, team_name, password)
                result.logins[who] = (login_url(team_db, result.name(who), password), password)
        yield result
    finally:
        drop_logins(team_db, suffix)


def drop_logins(owner_url: str, suffix: str) -> None:
    engine = sa.create_engine(normalise_db_url(owner_url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            names = conn.execute(
                sa.text("SELECT rolname FROM pg_roles WHERE rolname LIKE :pattern"),
                {"pattern": f"%\\_{suffix}"},
            ).scalars()
            for name in list(names):
                conn.execute(
                    sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"),
                    {"n": name},
                )
                # Its CONNECT on the team database (a shared object) would keep DROP ROLE from running.
                conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    finally:
        engine.dispose()
