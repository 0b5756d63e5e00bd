"""A library: one folder holding the database, the original files and the search index.

    LIBRARY/
      library.db        SQLite in WAL mode (absent when the database is on PostgreSQL)
      blobs/ab/abcdef…  content-addressed originals, named by sha256
      index/            the Whoosh index, a cache rebuilt from the database at will

The database is chosen by URL (`sqlite:///…` by default, `postgresql://…` for teams),
so everything above the store talks to one `Library` and never to a driver.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from enablement.errors import (
    DatabaseUnavailable,
    LibraryError,
    PermissionDenied,
    SchemaTooNew,
    SignInFailed,
)
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store.schema import blobs

_MIGRATIONS = Path(__file__).with_name("migrations")
TEAM_MARKER = "team.json"  # in a team desktop's cache folder: whose cache it is (for an offline start)

log = logging.getLogger(__name__)


def normalise_db_url(url: str) -> str:
    """Accept the URLs people paste (postgresql://, postgres://) and pick psycopg 3."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # The wait first: switching a new database to WAL takes a lock another process may hold.
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    readonly = conn.get_execution_options().get("enablement_readonly", False)
    conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for a SQLite or PostgreSQL URL; anything else is a clear LibraryError."""
    try:
        return _make_engine(normalise_db_url(url))
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError, ValueError) as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot use the database URL {url!r} ({error}). Give sqlite:///PATH or "
                "postgresql://USER@HOST:PORT/DATABASE.",
            ),
            url=url,
            error=type(exc).__name__,
        ) from exc


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN; take control so that
        # a transaction really is one (needed for an atomic import of one file).
        # Writers take the lock up front (BEGIN IMMEDIATE) so that busy_timeout queues
        # them instead of failing on a lock upgrade; readers use a deferred BEGIN.
        event.listen(engine, "begin", _sqlite_begin)

        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None

        return engine
    return sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def _alembic_config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Apply pending migrations up to `revision`; refuse a database written by a newer app.

    The app always goes to "head". An earlier revision builds a library as an older
    version of the app made it, which is how the upgrade path is tested
    (tests/unit/store/test_upgrade_from_first_schema.py).
    """
    script = ScriptDirectory(str(_MIGRATIONS))
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
        unknown = [rev for rev in current if rev not in known]
        if unknown:
            raise SchemaTooNew(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This library's database has schema revision {revision}, written by a newer "
                    "version of Enablement Hub. Update the app to open it; nothing was changed.",
                ),
                revision=", ".join(unknown),
            )
        wanted = set(script.get_heads()) if revision == "head" else {revision}
        if set(current) != wanted:
            command.upgrade(_alembic_config(conn), revision)


# What PostgreSQL says when it refuses a login (as opposed to a server that is not there);
# libpq's connection errors carry no SQLSTATE, so the text decides.
_NO_PASSWORD = re.compile(r"no password supplied")
_SIGN_IN_REFUSED = re.compile(
    r"password authentication failed|no password supplied"
    r'|role ".*" does not exist|role ".*" is not permitted to log in'
)


def connect_error(exc: BaseException, url: str) -> LibraryError:
    """The error to raise for a failed connection: SignInFailed when the server refused the
    user name or password, DatabaseUnavailable when it could not be reached at all."""
    text = _first_line(exc)
    if sign_in_refused(exc):
        user = sa.engine.make_url(normalise_db_url(url)).username or ""
        if _NO_PASSWORD.search(text):  # nothing was wrong yet: nobody gave a password
            return SignInFailed(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No password was given for {user!r} at {url}. Sign in once with "
                    "`enablement team login` (the password is kept in the system keyring), "
                    "or set ENABLEMENT_PASSWORD.",
                ),
                url=_redact(url),
                user=user,
            )
        return SignInFailed(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot sign in to the database at {url} as {user!r}: the user name or password is "
                "wrong, or the account was removed. Check them, or ask your admin "
                "(enablement team passwd {user}).",
            ),
            url=_redact(url),
            user=user,
        )
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("Messages", "Cannot open the database at {url}: {error}"),
        url=_redact(url),
        error=text,
    )


def sign_in_refused(exc: BaseException) -> bool:
    """Whether a connection failed because the server refused the login (not because it is away)."""
    orig = getattr(exc, "orig", None) or exc
    sqlstate = getattr(orig, "sqlstate", None) or ""
    return sqlstate.startswith("28") or bool(_SIGN_IN_REFUSED.search(_first_line(exc)))


def is_refused(exc: BaseException) -> bool:
    """Whether PostgreSQL refused a statement for lack of rights (a grant or a row policy)."""
    return isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) == "42501"


def _refused_error(exc: DBAPIError) -> PermissionDenied:
    return PermissionDenied(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The team database does not allow this for your account ({error}). "
            "Ask your admin if you need it.",
        ),
        error=_first_line(exc),
    )


def team_database(conn: Connection) -> bool:
    """Whether `enablement team init` secured this database (a row in team_info, PostgreSQL only)."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(
        conn.exec_driver_sql(
            "SELECT to_regclass('team_info') IS NOT NULL AND EXISTS (SELECT 1 FROM team_info)"
        ).scalar()
    )


class BlobStore:
    """Originals kept by content hash, so every version of every file survives re-imports.

    On a PostgreSQL library the originals are shared: `put_file` also stores the bytes in the
    server's `blobs` table, and `fetch` brings an original another desktop imported into this
    desktop's folder (checked against its sha256), which then serves as a local cache.
    """

    def __init__(self, root: Path, engine: Engine | None = None) -> None:
        self.root = root
        self._engine = engine

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def _put_local(self, source: Path, sha256: str) -> Path:
        """Copy `source` in (atomically: temp file then rename) unless already present."""
        target = self.path_for(sha256)
        if target.exists():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                digest = hashlib.sha256()
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
                # No fsync per file: it costs ~10 ms each and a killed process loses
                # nothing written; `enablement doctor` reports an original lost to a power cut.
            if digest.hexdigest() != sha256:
                raise LibraryError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{source} changed while it was being imported; import it again"
                    ),
                    source=str(source),
                )
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def put_file(self, source: Path, sha256: str) -> Path:
        """Keep `source` locally and, on a shared library, on the server (before its item commits)."""
        target = self._put_local(source, sha256)
        if self._engine is not None:
            self._upload(target, sha256)
        return target

    def _upload(self, path: Path, sha256: str) -> None:
        try:
            with self._engine.begin() as conn:  # type: ignore[union-attr]
                if conn.execute(sa.select(blobs.c.sha256).where(blobs.c.sha256 == sha256)).first():
                    return
                data = path.read_bytes()
                conn.execute(
                    pg_insert(blobs)
                    .values(
                        sha256=sha256,
                        size=len(data),
                        data=data,
                        added_at=sa.func.now(),
                        added_by=sa.func.current_user(),
                    )
                    .on_conflict_do_nothing(index_elements=["sha256"])
                )
        except OperationalError as exc:
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "Messages", "The team server is not reachable ({error}); the file was not shared."
                ),
                error=_first_line(exc),
            ) from exc
        except DBAPIError as exc:  # a seller's login may not add originals: the database says no
            if is_refused(exc):
                raise _refused_error(exc) from exc
            raise

    def fetch(self, sha256: str) -> Path | None:
        """The local path of an original, brought from the team server first when only it has it.

        None when nobody has it (or, offline, when this desktop never had it).
        """
        target = self.path_for(sha256)
        if target.exists() or self._engine is None:
            return target if target.exists() else None
        try:
            with self._engine.connect() as conn:
                data = conn.execute(sa.select(blobs.c.data).where(blobs.c.sha256 == sha256)).scalar()
        except OperationalError as exc:
            log.info("original %s not fetched: %s", sha256[:12], _first_line(exc))
            return None
        if data is None:
            return None
        if hashlib.sha256(data).hexdigest() != sha256:
            log.warning("the server's copy of %s does not match its hash; not used", sha256[:12])
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def shared_hashes(self) -> set[str] | None:
        """The hashes the team server holds (None on a single-user library)."""
        if self._engine is None:
            return None
        with self._engine.connect() as conn:
            return set(conn.execute(sa.select(blobs.c.sha256)).scalars())

    def all_hashes(self) -> set[str]:
        if not self.root.exists():
            return set()
        return {p.name for p in self.root.glob("??/*") if not p.name.startswith(".tmp-")}


class Library:
    """An opened library folder: engine, blob store and index location.

    Attributes:
        root: the library folder.
        db_url: the database URL actually used.
        engine: the SQLAlchemy engine (thread-safe; take one connection per thread).
        blobs: the content-addressed store of originals.
        index_dir: where the search index lives.
        is_team: a PostgreSQL database secured by `enablement team init`: the database's
            grants and row policies decide who may do what, and each person signs in as
            themselves (see `current_user`).
    """

    def __init__(self, root: Path, db_url: str | None = None, *, allow_offline: bool = False) -> None:
        self.root = Path(root).expanduser().resolve()
        self.opened_offline = False
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                QT_TRANSLATE_NOOP("Messages", "Cannot create the library folder {folder}: {error}"),
                folder=str(self.root),
                error=str(exc.strerror),
            ) from exc
        self.db_url = db_url or f"sqlite:///{self.root / 'library.db'}"
        self.is_sqlite = normalise_db_url(self.db_url).startswith("sqlite")
        self.index_dir = self.root / "index"
        self.engine = make_engine(self.db_url)
        self.blobs = BlobStore(self.root / "blobs", None if self.is_sqlite else self.engine)
        try:
            upgrade_schema(self.engine)
            with self.engine.connect() as conn:
                self.is_team = team_database(conn)
                self._login = (
                    str(conn.exec_driver_sql("SELECT current_user").scalar_one()) if self.is_team else ""
                )
        except OperationalError as exc:
            error = connect_error(exc, self.db_url)
            remembered = self._remembered() if allow_offline else None
            if remembered is None or not isinstance(error, DatabaseUnavailable):
                self.engine.dispose()
                raise error from exc
            # A team desktop that was here before starts offline on its cache: search works, and
            # the index follower catches up when the server is back.
            log.info("team server unreachable (%s); opening %s offline", error, self.root)
            self.opened_offline = True
            self.is_team, self._login = True, remembered
            return
        except DBAPIError as exc:
            self.engine.dispose()
            if is_refused(exc):  # a team login cannot migrate; the owner upgrades the database
                raise LibraryError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The team database at {url} needs an upgrade that only its owner can run "
                        "(enablement team init with the owner's URL): {error}",
                    ),
                    url=_redact(self.db_url),
                    error=_first_line(exc),
                ) from exc
            raise

        if self.is_team:
            self._remember()

    def current_user(self) -> str:
        """Who the database knows us as (PostgreSQL's current_user); empty on SQLite.

        On a team library it is the login read when the library was opened (or, opened
        offline, the one remembered from the last time the server answered).
        """
        if self.is_sqlite:
            return ""
        if self.is_team:
            return self._login
        with self.reading() as conn:
            return str(conn.exec_driver_sql("SELECT current_user").scalar_one())

    def _remember(self) -> None:
        """Note in the folder that it caches a team library for this login (for an offline start)."""
        try:
            (self.root / TEAM_MARKER).write_text(json.dumps({"login": self._login}), encoding="utf-8")
        except OSError as exc:
            log.warning("cannot write %s: %s", TEAM_MARKER, exc)

    def _remembered(self) -> str | None:
        """The login this folder cached a team library for, when it holds an index to search."""
        try:
            login = json.loads((self.root / TEAM_MARKER).read_text(encoding="utf-8"))["login"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return str(login) if login and (self.index_dir).is_dir() else None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One database transaction; translates a lost server into DatabaseUnavailable."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            if sign_in_refused(exc):  # removed, or the password changed, while we were connected
                raise connect_error(exc, self.db_url) from exc
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The database at {url} is not reachable: {error}. "
                    "Nothing was changed; try again when it is back.",
                ),
                url=_redact(self.db_url),
                error=_first_line(exc),
            ) from exc
        except DBAPIError as exc:
            if is_refused(exc):
                raise _refused_error(exc) from exc
            raise

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect().execution_options(enablement_readonly=True) as conn:
                yield conn
        except OperationalError as exc:
            if sign_in_refused(exc):
                raise connect_error(exc, self.db_url) from exc
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP("Messages", "The database at {url} is not reachable: {error}"),
                url=_redact(self.db_url),
                error=_first_line(exc),
            ) from exc
        except DBAPIError as exc:
            if is_refused(exc):
                raise _refused_error(exc) from exc
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


def _redact(url: str) -> str:
    """`url` as people write it (postgresql://, not the driver's postgresql+psycopg://), password hidden."""
    try:
        shown = sa.engine.make_url(normalise_db_url(url)).render_as_string(hide_password=True)
    except Exception:
        return "<database>"
    return re.sub(r"^postgresql\+\w+://", "postgresql://", shown)
