"""A throw-away PostgreSQL database for benchmarks and tests: created, handed out, then dropped.

Dropping first ends the sessions still connected to it (desktops, listeners), so a run that
stopped midway does not leave the database behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from enablement.store.library import normalise_db_url


def drop_database(conn: sa.Connection, name: str) -> None:
    """End `name`'s sessions and drop it (`conn` in autocommit, on another database)."""
    conn.execute(
        sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"), {"d": name}
    )
    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')


@contextmanager
def scratch_database(server_url: str, prefix: str) -> Iterator[str]:
    """The URL (with `server_url`'s credentials) of a new database `PREFIX_<random>`, dropped after.

    Creating it is the first contact with the server, so an unreachable server fails here.
    """
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    base = sa.engine.make_url(normalise_db_url(server_url))
    engine = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            with engine.connect() as conn:
                drop_database(conn, name)
    finally:
        engine.dispose()
