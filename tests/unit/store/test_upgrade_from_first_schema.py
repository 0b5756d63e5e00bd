"""A library made by the first schema (migration 0001) opens in today's app with nothing lost.

This is the path a user's library takes when a newer app is installed over an older one:
the library folder and its database stay where they were, the new app opens them, and
`Library` applies every migration from 0001 to the newest. The test builds such a library
as the first version of the app wrote it (the tables of 0001 only, rows as its
`store_version` and `log_search` filled them: an item's units replaced by a re-import, no
query keys in the search log, an index folder in an older index format), then opens it
through `build_services` and checks that the data survived and that what came later works
on it: search after the index rebuild, re-import, a ballot with a vote and a decision,
field intel and feedback, the dashboard and the content gaps over the old search log,
comparing versions, the publishing history. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.ingest.demo import build_demo_files
from enablement.ingest.registry import extract_file
from enablement.store import repository as repo
from enablement.store.library import _MIGRATIONS, make_engine, upgrade_schema
from enablement.store.schema import metadata
from enablement.voting.models import BallotSpec

# The demo's files stand in for a team's own: real decks, battle cards and a catalog.
# (file, kind, status, competitors, products, tags) as the first app's import stored them.
FILES = [
    ("px-series_en.pptx", "deck", "published", ["Globex"], ["PX-300"], ["training"]),
    ("globex_en.md", "battlecard", "published", ["Globex"], ["PX-300"], []),
    ("strelec_ru.md", "battlecard", "published", ["Стрелец"], [], ["tender"]),
    ("pricelist-2026.xlsx", "catalog", "published", [], [], ["prices"]),
    ("q1-promo-draft_ru.pptx", "deck", "draft", [], [], []),
]
# Searches the first app logged, each by every user (no query_key: that column came with 0007;
# fewer than 3 people would be hidden in the numbers).
SEARCHES = [("globex price", 3), ("px-300", 5), ("kafka connector", 0), ("kafka connector", 0)]
USERS = ["anna", "sam", "sue", "nick"]


@dataclass
class OldLibrary:
    """What the first app left behind, to compare with what the new app reads."""

    root: Path
    db_url: str | None
    files: Path
    items: dict[str, int]  # file name -> item id
    units: dict[int, list[tuple[str, int, str, str]]]  # item id -> (kind, number, heading, text)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _put_blob(root: Path, path: Path) -> str:
    sha = _sha(path)
    target = root / "blobs" / sha[:2] / sha
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    return sha


def make_first_schema_library(tmp_path: Path, db_url: str | None) -> OldLibrary:
    """A library folder and database exactly as the app of migration 0001 made them."""
    root = tmp_path / "library"
    root.mkdir()
    files = tmp_path / "sales"
    built = {p.name: p for p in build_demo_files(tmp_path / "demo-files")}
    files.mkdir()
    engine = make_engine(db_url or f"sqlite:///{root / 'library.db'}")
    upgrade_schema(engine, "0001")
    old = sa.MetaData()
    old.reflect(engine)  # the tables as 0001 made them, not as today's schema declares them
    items, versions, units = old.tables["items"], old.tables["versions"], old.tables["units"]
    source_files, search_log = old.tables["source_files"], old.tables["search_log"]
    now = datetime.now(UTC) - timedelta(days=3)
    made = OldLibrary(root, db_url, files, {}, {})
    with engine.begin() as conn:
        for name, kind, status, competitors, products, tags in FILES:
            path = files / name
            shutil.copyfile(built[name], path)
            doc = extract_file(path)
            sha = _put_blob(root, path)
            item_id = conn.execute(
                sa.insert(items)
                .values(
                    title=doc.title,
                    kind=kind,
                    status=status,
                    language="ru" if "_ru" in name else "en",
                    competitors=competitors,
                    products=products,
                    tags=tags,
                    owner="anna",
                    created_at=now,
                    updated_at=now,
                    review_by=None,
                    source_name=name,
                    sha256=sha,
                    current_version=1,
                    indexed_version=1,
                )
                .returning(items.c.id)
            ).scalar_one()
            conn.execute(
                sa.insert(versions).values(
                    item_id=item_id,
                    number=1,
                    sha256=sha,
                    size=path.stat().st_size,
                    source_name=name,
                    source_path=str(path.resolve()),
                    imported_at=now,
                    imported_by="anna",
                )
            )
            rows = [
                {
                    "item_id": item_id,
                    "kind": u.kind.value,
                    "number": u.number,
                    "heading": u.heading,
                    "text": u.text,
                    "notes": u.notes,
                    "fields": u.fields,
                    "codes": u.codes,
                    "section_type": u.section_type,
                    "hidden": u.hidden,
                    "sheet": u.sheet,
                }
                for u in doc.units
            ]
            conn.execute(sa.insert(units), rows)
            st = path.stat()
            conn.execute(
                sa.insert(source_files).values(
                    path=str(path.resolve()),
                    size=st.st_size,
                    mtime_ns=st.st_mtime_ns,
                    sha256=sha,
                    item_id=item_id,
                )
            )
            made.items[name] = item_id
            made.units[item_id] = [(u.kind.value, u.number, u.heading, u.text) for u in doc.units]
        _second_version_of_the_globex_card(conn, items, versions, units, made, now)
        for i, ((query, hits), user) in enumerate((s, u) for s in SEARCHES for u in USERS):
            conn.execute(
                sa.insert(search_log).values(
                    at=now - timedelta(hours=i),
                    user=user,
                    query=query,
                    filters={},
                    hits=hits,
                    took_ms=4.0,
                    correction=None,
                    correction_type=None,
                )
            )
    engine.dispose()
    # The first app's index: another index format, which today's app must not try to read.
    (root / "index").mkdir()
    (root / "index" / "enablement-index.json").write_text(json.dumps({"schema": 1}), encoding="utf-8")
    (root / "index" / "MAIN_1.toc").write_bytes(b"an index of the first format")
    return made


def _second_version_of_the_globex_card(
    conn: sa.Connection, items: sa.Table, versions: sa.Table, units: sa.Table, made: OldLibrary, now: datetime
) -> None:
    """Version 2 as the first app stored a re-import: version 1's units deleted, not kept."""
    name = "globex_en.md"
    path = made.files / name
    path.write_text(
        path.read_text(encoding="utf-8").replace("Overview", "Overview (updated for Q3)", 1), encoding="utf-8"
    )
    doc = extract_file(path)
    sha = _put_blob(made.root, path)
    item_id = made.items[name]
    conn.execute(sa.update(items).where(items.c.id == item_id).values(sha256=sha, current_version=2))
    conn.execute(sa.delete(units).where(units.c.item_id == item_id))
    conn.execute(
        sa.insert(versions).values(
            item_id=item_id,
            number=2,
            sha256=sha,
            size=path.stat().st_size,
            source_name=name,
            source_path=str(path.resolve()),
            imported_at=now + timedelta(hours=1),
            imported_by="anna",
        )
    )
    conn.execute(
        sa.insert(units),
        [
            {
                "item_id": item_id,
                "kind": u.kind.value,
                "number": u.number,
                "heading": u.heading,
                "text": u.text,
                "notes": u.notes,
                "fields": u.fields,
                "codes": u.codes,
                "section_type": u.section_type,
                "hidden": u.hidden,
                "sheet": u.sheet,
            }
            for u in doc.units
        ],
    )
    made.units[item_id] = [(u.kind.value, u.number, u.heading, u.text) for u in doc.units]
    # the source record follows the file, as touch_source did
    conn.execute(
        sa.text("UPDATE source_files SET size = :size, mtime_ns = :mtime, sha256 = :sha WHERE path = :path"),
        {
            "size": path.stat().st_size,
            "mtime": path.stat().st_mtime_ns,
            "sha": sha,
            "path": str(path.resolve()),
        },
    )


@pytest.fixture
def old_library(tmp_path: Path, db_url: str | None) -> OldLibrary:
    return make_first_schema_library(tmp_path, db_url)


@pytest.fixture
def upgraded(old_library: OldLibrary) -> Iterator[Services]:
    """The new app opening the old library (as a user's default library would be opened)."""
    settings = Settings(
        library_dir=old_library.root, db_url=old_library.db_url, user="anna", is_default_library=True
    )
    with build_services(settings) as services:
        yield services


def test_the_first_schema_is_what_0001_made(tmp_path: Path, db_url: str | None) -> None:
    made = make_first_schema_library(tmp_path, db_url)
    engine = make_engine(db_url or f"sqlite:///{made.root / 'library.db'}")
    try:
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_heads() == ("0001",)
            tables = set(sa.inspect(conn).get_table_names()) - {"alembic_version"}
            assert tables == {"items", "versions", "units", "source_files", "search_log"}
            assert "query_key" not in {c["name"] for c in sa.inspect(conn).get_columns("search_log")}
    finally:
        engine.dispose()


def test_opening_it_migrates_to_the_newest_schema_and_keeps_every_row(
    old_library: OldLibrary, upgraded: Services
) -> None:
    library = upgraded.library
    with library.reading() as conn:
        heads = set(MigrationContext.configure(conn).get_current_heads())
        assert heads == set(ScriptDirectory(str(_MIGRATIONS)).get_heads())
        assert set(metadata.tables) <= set(sa.inspect(conn).get_table_names())
        items = {i.source_name: i for i in repo.list_items(conn)}
        assert {name: items[name].id for name in items} == old_library.items, (
            "no demo was added, nothing lost"
        )
        for name, kind, status, competitors, products, tags in FILES:
            item = items[name]
            assert (item.kind, item.status, item.competitors, item.products, item.tags) == (
                kind,
                status,
                competitors,
                products,
                tags,
            )
            got = [(u.kind.value, u.number, u.heading, u.text) for u in repo.get_units(conn, item.id)]
            assert got == old_library.units[item.id], name
        globex = items["globex_en.md"]
        assert [v.number for v in repo.get_versions(conn, globex.id)] == [1, 2]
        logged = conn.execute(sa.text("SELECT count(*) FROM search_log")).scalar_one()
        assert logged == len(SEARCHES) * len(USERS)
    for name in old_library.items:  # every original is still in the library's file store
        assert library.blobs.has(_sha(old_library.files / name)), name


def test_search_works_after_the_index_is_rebuilt(old_library: OldLibrary, upgraded: Services) -> None:
    index_marker = json.loads((old_library.root / "index" / "enablement-index.json").read_text("utf-8"))
    assert index_marker["schema"] != 1, "the first format's index was replaced on opening"

    def found(query: str) -> set[str]:
        return {hit.source for hit in upgraded.search.search(query, limit=50, log=False).hits}

    for _ in range(2):  # on opening (the old index was unusable), and after an explicit rebuild
        assert "pricelist-2026.xlsx" in found("PX-300")
        assert "globex_en.md" in found("updated for Q3")
        assert "strelec_ru.md" in found("тендеры"), "Russian morphology on an old Russian card"
        assert "q1-promo-draft_ru.pptx" not in found("trade-in"), "drafts stay out of search"
        upgraded.library_service.reindex()


def test_reimporting_the_old_folder_finds_it_unchanged_and_keeps_replaced_units(
    old_library: OldLibrary, upgraded: Services
) -> None:
    report = upgraded.library_service.import_paths([old_library.files])
    assert (report.imported, report.updated, report.unchanged) == (0, 0, len(FILES)), report.to_json()
    deck = old_library.files / "px-series_en.pptx"
    card = old_library.files / "strelec_ru.md"
    card.write_text(
        card.read_text(encoding="utf-8") + "\n\nСервис после поставки: партнёр Квазарсервис.\n",
        encoding="utf-8",
    )
    report = upgraded.library_service.import_paths([card, deck])
    assert (report.updated, report.unchanged) == (1, 1)
    item_id = old_library.items["strelec_ru.md"]
    from enablement.workbench.diff import load_version

    kept = load_version(upgraded.library, item_id, 1)
    assert kept.source == "kept", "a re-import after the upgrade keeps the replaced units (0010)"
    assert [(u.kind.value, u.number, u.heading, u.text) for u in kept.units] == old_library.units[item_id]
    assert item_id in {h.item for h in upgraded.search.search("Квазарсервис", log=False).hits}


def test_versions_stored_by_the_first_schema_still_compare(
    old_library: OldLibrary, upgraded: Services
) -> None:
    from enablement.workbench.diff import diff_versions

    diff = diff_versions(upgraded.library, old_library.items["globex_en.md"])
    assert diff.old.source == "original", "version 1's units were gone: read from its original"
    assert not diff.identical and diff.counts()["changed"] >= 1


def test_a_ballot_on_an_old_draft_is_voted_decided_and_publishes_it(
    old_library: OldLibrary, upgraded: Services
) -> None:
    voting = upgraded.voting
    voting.add_person("anna", "anna", "admin", "HQ")
    voting.add_person("anna", "mia", "marketing", "HQ")
    voting.add_person("anna", "sam", "sales", "North")
    draft = old_library.items["q1-promo-draft_ru.pptx"]
    ballot = voting.create_ballot("mia", BallotSpec(title="Q1 promo: go?", item_id=draft))
    voting.vote("sam", ballot.id, ballot.options[0])
    voting.close_ballot("mia", ballot.id)
    assert (voting.results("mia", ballot.id).tally or {})[ballot.options[0]] == 1
    voting.decide("mia", ballot.id, "go", "Sales want it")
    hits = upgraded.search.search("trade-in", limit=50, log=False).hits
    assert draft in {h.item for h in hits}, "Go published the old draft and it became searchable"


def test_reports_dashboard_and_gaps_read_the_old_search_log(
    old_library: OldLibrary, upgraded: Services
) -> None:
    reports = upgraded.reports
    deck = old_library.items["px-series_en.pptx"]
    feedback = reports.add_feedback("anna", deck, "slide", 2, "outdated", "Prices are from 2025")
    intel = reports.add_intel("anna", "price", competitor="globex", text="Globex gives 20% off this quarter")
    assert intel.competitor == "Globex", "a known competitor of the old library, in its spelling"
    assert {r.id for r in reports.my_reports("anna")} == {feedback.id, intel.id}
    dashboard = upgraded.insights.dashboard(weeks=4)
    top = {t.example: t.searches for t in dashboard.demand.top_searches}
    assert top.get("kafka connector") == 8 and top.get("px-300") == 4, top
    gaps = {g.example for g in upgraded.insights.gaps.open_gaps()}
    assert "kafka connector" in gaps, "a zero-hit search of the first app is a content gap"


def test_publishing_history_starts_on_old_items(old_library: OldLibrary, upgraded: Services) -> None:
    card = old_library.items["strelec_ru.md"]
    assert upgraded.publishing.history(card) == []
    upgraded.publishing.move("anna", card, "archived", "replaced by the 2027 card")
    assert [c.to_status for c in upgraded.publishing.history(card)] == ["archived"]
    assert card not in {h.item for h in upgraded.search.search("Стрелец", limit=50, log=False).hits}


def test_never_found_starts_with_the_first_search_after_the_upgrade(
    old_library: OldLibrary, upgraded: Services
) -> None:
    """The first schema's lines say nothing of what they showed (NULL, 0016): until the new app has
    logged three people's searches "never found" is unknown (None, not every item); then an item
    any of those searches showed leaves the list."""
    with upgraded.library.reading() as conn:
        assert (
            conn.execute(
                sa.text("SELECT count(*) FROM search_log WHERE found_items IS NOT NULL")
            ).scalar_one()
            == 0
        )
        published = set(conn.execute(sa.text("SELECT id FROM items WHERE status = 'published'")).scalars())
    assert upgraded.insights.dashboard(weeks=4).usage.never_found is None
    response = upgraded.search.search("PX-300")
    shown = {h.item for h in response.hits}
    assert shown and shown <= published
    assert upgraded.insights.dashboard(weeks=4).usage.never_found is None, "one searcher: hidden"
    with upgraded.library.transaction() as conn:
        for who in ("second", "third"):
            repo.log_search(
                conn, query="PX-300", hits=1, took_ms=1.0, user=who, found_items=sorted(shown)[:1]
            )
    after = upgraded.insights.dashboard(weeks=4).usage.never_found
    assert after is not None and set(after) == published - shown
