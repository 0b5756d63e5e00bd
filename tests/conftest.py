"""Shared fixtures: temporary libraries on SQLite and (when configured) PostgreSQL.

`ENABLEMENT_TEST_PG_URL` names a PostgreSQL server; `.ci/run` sets it. When it is
set, PostgreSQL tests run and fail if the server is unreachable; when it is not,
they are skipped with a note.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "real"
PG_ENV = "ENABLEMENT_TEST_PG_URL"


def pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    for var in ("ENABLEMENT_LIBRARY", "ENABLEMENT_DB", "ENABLEMENT_USER"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the real-file corpus is missing at {CORPUS} (../shared beside the checkout)")
    return CORPUS


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh, private schema (dropped afterwards)."""
    base = pg_url()
    if base is None:
        pytest.skip(f"{PG_ENV} is not set")
    import sqlalchemy as sa

    from enablement.store.library import normalise_db_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(normalise_db_url(base))
    with engine.begin() as conn:  # fails loudly when the server is unreachable
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    """None (the library's own SQLite file) or a private PostgreSQL schema URL."""
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("pg_schema_url")  # type: ignore[no-any-return]


@pytest.fixture
def library(tmp_path: Path, db_url: str | None) -> Iterator[object]:
    from enablement.store import Library

    lib = Library(tmp_path / "lib", db_url)
    try:
        yield lib
    finally:
        lib.close()
