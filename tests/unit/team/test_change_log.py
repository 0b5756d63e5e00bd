"""Migration 0005 on PostgreSQL: every change of an item or a ballot is logged and NOTIFYed."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from alembic import command

from enablement.domain import ItemStatus
from enablement.store import repository
from enablement.store.library import Library, _alembic_config
from enablement.store.schema import change_log
from enablement.voting import BallotSpec, VotingService
from tests.unit.team.conftest import skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()


def _log(lib: Library, after: int = 0) -> list[tuple[str, int, str]]:
    with lib.reading() as conn:
        rows = conn.execute(
            sa.select(change_log.c.kind, change_log.c.ref_id, change_log.c.op)
            .where(change_log.c.seq > after)
            .order_by(change_log.c.seq)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def _last_seq(lib: Library) -> int:
    with lib.reading() as conn:
        return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(change_log.c.seq), 0))).scalar_one())


def test_items_and_ballots_are_logged(tmp_path: Path, pg_schema_url: str) -> None:
    with Library(tmp_path, pg_schema_url) as lib:
        item_id = store_draft(lib)
        assert ("item", item_id, "upsert") in _log(lib)
        seq = _last_seq(lib)
        with lib.transaction() as conn:
            repository.mark_indexed(conn, [item_id])  # index bookkeeping is no change
        assert _log(lib, seq) == []
        with lib.transaction() as conn:
            repository.update_item(conn, item_id, status=ItemStatus.PUBLISHED)
        assert _log(lib, seq) == [("item", item_id, "upsert")]

        voting = VotingService(lib)
        voting.add_person("setup", "mia", "marketing", "HQ")
        seq = _last_seq(lib)
        ballot = voting.create_ballot("mia", BallotSpec(title="Go?"))
        voting.close_ballot("mia", ballot.id)
        assert _log(lib, seq) == [("ballot", ballot.id, "upsert")] * 2

        seq = _last_seq(lib)
        with lib.transaction() as conn:
            repository.remove_item(conn, item_id)
        assert ("item", item_id, "delete") in _log(lib, seq)


def test_listeners_hear_each_change(tmp_path: Path, pg_schema_url: str) -> None:
    with Library(tmp_path, pg_schema_url) as lib:
        dsn = pg_schema_url.replace("+psycopg", "")
        with psycopg.connect(dsn, autocommit=True) as listener:
            listener.execute("LISTEN enablement_changes")
            item_id = store_draft(lib)
            heard = [n.payload for n in listener.notifies(timeout=5, stop_after=1)]
        assert heard, "no notification within 5 s"
        with lib.reading() as conn:
            row = conn.execute(sa.select(change_log).where(change_log.c.seq == int(heard[0]))).one()
        assert (row.kind, row.ref_id, row.op) == ("item", item_id, "upsert")


def test_downgrade_removes_the_triggers(tmp_path: Path, pg_schema_url: str) -> None:
    with Library(tmp_path, pg_schema_url) as lib:
        with lib.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0004")
            assert conn.exec_driver_sql("SELECT to_regclass('change_log')").scalar() is None
            triggers = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal"
            ).scalar()
            assert triggers == 0
            command.upgrade(_alembic_config(conn), "head")
        store_draft(lib)
        assert _log(lib)
