"""Shared fixtures: temporary libraries on SQLite and (when configured) PostgreSQL.

`ENABLEMENT_TEST_PG_URL` names a PostgreSQL server; `.ci/run` sets it. When it is
set, PostgreSQL tests run and fail if the server is unreachable; when it is not,
they are skipped with a note.

The real-file corpus lives outside this repository, in `../shared` beside the
checkout (or where `ENABLEMENT_SHARED` says). Every test that reads it asks
`need_shared()` for the path, so a fresh clone on its own passes the README's
test command: those tests are skipped, all under one summary line. `.ci/run`
sets `ENABLEMENT_REQUIRE_SHARED=1`, and then a missing `../shared` fails them
instead, so CI can never go green by quietly skipping the corpus.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
PG_ENV = "ENABLEMENT_TEST_PG_URL"
SHARED_ENV = "ENABLEMENT_SHARED"
REQUIRE_SHARED_ENV = "ENABLEMENT_REQUIRE_SHARED"


def shared_dir() -> Path:
    """Where the project's shared folder is: `ENABLEMENT_SHARED`, else `../shared` beside the checkout."""
    return Path(os.environ.get(SHARED_ENV) or REPO.parent / "shared")


def need_shared(relpath: str = "corpus/real") -> Path:
    """The path of `relpath` inside ../shared; skips the calling test when it is missing.

    With `ENABLEMENT_REQUIRE_SHARED` set (CI), a missing path is a failure instead.
    The skip reason names no `relpath`, so pytest's summary folds every such skip
    into one line.
    """
    path = shared_dir() / relpath
    if path.exists():
        return path
    if os.environ.get(REQUIRE_SHARED_ENV):
        pytest.fail(f"{path} is missing, and {REQUIRE_SHARED_ENV} is set: the corpus tests must run")
    pytest.skip(
        f"{_NO_SHARED} {shared_dir()} (../shared beside the checkout): "
        f"its tests are skipped ({REQUIRE_SHARED_ENV}=1 makes this a failure)"
    )


_NO_SHARED = "the real-file corpus is not at"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Give every skip for a missing ../shared (or PostgreSQL) one location, so `-ra` sums each in one line.

    pytest files a skip under the skipped test's own line, which would print one summary line
    per test; the reason is the same for all of them.
    """
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    longrepr = report.longrepr
    if report.skipped and isinstance(longrepr, tuple):
        reason = str(longrepr[2])
        if reason.startswith(f"Skipped: {_NO_SHARED}"):
            report.longrepr = (__file__, need_shared.__code__.co_firstlineno, reason)
        elif reason == f"Skipped: {PG_ENV} is not set":
            report.longrepr = (__file__, pg_url.__code__.co_firstlineno, reason)


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
    """../shared/corpus/real, the real-file corpus (see `need_shared`)."""
    return need_shared("corpus/real")


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
