"""The library folder, its database (SQLite and PostgreSQL) and the blob store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, ItemStatus, UnitKind
from enablement.errors import DatabaseUnavailable, NotFound, SchemaTooNew
from enablement.store import Library
from enablement.store import repository as repo
from enablement.store.schema import metadata


def _new_version(path: str, sha: str, texts: list[str], title: str = "Deck") -> repo.NewVersion:
    units = [ExtractedUnit(UnitKind.SLIDE, i + 1, heading=f"S{i + 1}", text=t) for i, t in enumerate(texts)]
    return repo.NewVersion(
        path=path,
        name=Path(path).name,
        size=10,
        mtime_ns=1,
        sha256=sha,
        doc=ExtractedDoc(title=title, kind=ItemKind.DECK, units=units),
        language="ru",
        kind=ItemKind.DECK,
        status=ItemStatus.PUBLISHED,
        competitors=["Альфа-Софт"],
        products=["PX-200"],
        tags=["pricing"],
        owner="anna",
        review_by=date(2026, 1, 1),
        title=title,
    )


def test_sqlite_library_uses_wal(tmp_path: Path) -> None:
    with Library(tmp_path / "lib") as lib:
        with lib.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert (tmp_path / "lib" / "library.db").exists()


def test_migrations_create_every_table(library: Library) -> None:
    names = set(sa.inspect(library.engine).get_table_names())
    assert set(metadata.tables) <= names
    assert "alembic_version" in names


def test_migrations_create_the_declared_indexes(library: Library) -> None:
    inspector = sa.inspect(library.engine)
    for table in metadata.tables.values():
        declared = {i.name: [c.name for c in i.columns] for i in table.indexes}
        created = {  # not the indexes PostgreSQL makes for UNIQUE constraints
            i["name"]: i["column_names"]
            for i in inspector.get_indexes(table.name)
            if not i.get("duplicates_constraint")
        }
        assert created == declared, table.name


def test_item_versions_and_units_roundtrip(library: Library) -> None:
    with library.transaction() as conn:
        item_id = repo.store_version(
            conn, _new_version("/x/deck.pptx", "a" * 64, ["один", "два"]), item_id=None, user="anna"
        )
    with library.transaction() as conn:
        again = repo.store_version(
            conn,
            _new_version("/x/deck.pptx", "b" * 64, ["один", "два", "три"]),
            item_id=item_id,
            user="boris",
        )
    assert again == item_id
    with library.reading() as conn:
        item = repo.get_item(conn, item_id)
        versions = repo.get_versions(conn, item_id)
        units = repo.get_units(conn, item_id)
        stale = repo.stale_item_ids(conn)
    assert item.version == 2 and item.sha256 == "b" * 64 and item.unit_count == 3
    assert item.competitors == ["Альфа-Софт"] and item.review_by == date(2026, 1, 1)
    assert [v.number for v in versions] == [1, 2]
    assert [v.imported_by for v in versions] == ["anna", "boris"]
    assert [u.text for u in units] == ["один", "два", "три"]
    assert item.created_at.tzinfo is not None
    assert stale == [item_id]
    with library.transaction() as conn:
        repo.mark_indexed(conn, [item_id])
    with library.reading() as conn:
        assert repo.stale_item_ids(conn) == []


def test_remove_item_and_missing_item(library: Library) -> None:
    with library.transaction() as conn:
        item_id = repo.store_version(conn, _new_version("/x/a.pptx", "c" * 64, ["x"]), item_id=None, user="")
        repo.touch_source(conn, "/x/a.pptx", 10, 1, "c" * 64, item_id)
    with library.transaction() as conn:
        repo.remove_item(conn, item_id)
    with library.reading() as conn:
        assert repo.list_items(conn) == []
        assert repo.all_sources(conn) == {}
        with pytest.raises(NotFound, match="no item"):
            repo.get_item(conn, item_id)


def test_search_log_is_kept(library: Library) -> None:
    with library.transaction() as conn:
        repo.log_search(conn, query="конкурент", hits=0, took_ms=3.5, user="anna", correction="x")
    with library.reading() as conn:
        rows = repo.recent_searches(conn)
    assert rows[0]["query"] == "конкурент" and rows[0]["hits"] == 0 and rows[0]["user"] == "anna"


def test_database_newer_than_app_is_refused(tmp_path: Path) -> None:
    with Library(tmp_path / "lib") as lib, lib.transaction() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNew, match="newer version"):
        Library(tmp_path / "lib")


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="Cannot open the database"):
        Library(tmp_path / "lib", "postgresql://nobody@127.0.0.1:1/none")


def test_blob_store_is_content_addressed(tmp_path: Path) -> None:
    from enablement.ingest.pipeline import file_sha256

    src = tmp_path / "f.txt"
    src.write_text("hello", encoding="utf-8")
    with Library(tmp_path / "lib") as lib:
        sha = file_sha256(src)
        stored = lib.blobs.put_file(src, sha)
        assert stored.read_text(encoding="utf-8") == "hello"
        assert lib.blobs.all_hashes() == {sha}
        assert lib.blobs.put_file(src, sha) == stored
