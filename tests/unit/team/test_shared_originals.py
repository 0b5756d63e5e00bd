"""Shared originals: a desktop previews and opens what another desktop imported.

The marketer's desktop imports real files (the demo's deck and PDF catalog); the seller's desktop
has its own, empty folder and never saw the files. Its preview fetches each original from the
server's `blobs` table once, checks it against its sha256 and keeps it in its local cache.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa

from enablement.app import build_services
from enablement.config import Settings
from enablement.ingest.demo import build_demo_files
from enablement.preview.service import PreviewService
from enablement.store import repository
from enablement.store.schema import blobs
from tests.unit.team.conftest import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()


def desktop(team: Team, who: str, folder: Path):  # type: ignore[no-untyped-def]
    return build_services(
        Settings(library_dir=folder, db_url=team.url(who), user="", is_default_library=False),
        create_demo=False,
    )


def test_a_second_desktop_previews_and_opens_what_another_imported(team: Team, tmp_path: Path) -> None:
    built = build_demo_files(tmp_path / "files")
    files = [next(p for p in built if p.suffix == ".pptx"), next(p for p in built if p.suffix == ".pdf")]
    with desktop(team, "mia", tmp_path / "mia") as mia:
        report = mia.library_service.import_paths(files)
        assert report.imported == 2, report.to_json()
    with desktop(team, "sam", tmp_path / "sam") as sam:
        assert sam.user == team.name("sam")
        assert not (tmp_path / "sam" / "blobs").exists() or not any((tmp_path / "sam" / "blobs").iterdir())
        preview = PreviewService(sam.library)
        with sam.library.reading() as conn:
            item_ids = [item.id for item in repository.list_items(conn)]
        assert len(item_ids) == 2
        for item_id in item_ids:
            bundle = preview.bundle(item_id)
            assert bundle.original is not None, bundle.item.title
            assert bundle.original.is_relative_to(tmp_path / "sam")  # its own cache
            assert hashlib.sha256(bundle.original.read_bytes()).hexdigest() == bundle.item.sha256
        bundles = [preview.bundle(i) for i in item_ids]
        deck = next(b.item for b in bundles if b.original and b.original.read_bytes()[:2] == b"PK")
        assert preview.deck(deck).slides  # the slide layout is read from the fetched original
        pdf = next(b.item for b in bundles if b.item is not deck)
        assert preview.pdf_page(pdf, 1).width > 0  # and a PDF page is rendered from it
        # A seller adds an original only as an intel attachment, and only an honest one: the
        # server checks the bytes against the hash (test_reports_rules.py tries a forged one).
        mine = tmp_path / "mine.md"
        mine.write_text("# A seller's own notes\n", encoding="utf-8")
        sha = hashlib.sha256(mine.read_bytes()).hexdigest()
        sam.library.blobs.put_file(mine, sha)
        with team.owner() as conn:
            assert conn.execute("SELECT added_by FROM blobs WHERE sha256 = %s", (sha,)).fetchone() == (
                team.name("sam"),
            )
        preview.cleanup()


def test_a_tampered_server_copy_is_not_used(team: Team, tmp_path: Path) -> None:
    with desktop(team, "mia", tmp_path / "mia") as mia:
        source = tmp_path / "note.md"
        source.write_text("# Pricing\nGlobex raised prices by 12%.\n", encoding="utf-8")
        mia.library_service.import_paths([source])
        sha = hashlib.sha256(source.read_bytes()).hexdigest()
    engine = sa.create_engine(team.owner_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(sa.update(blobs).where(blobs.c.sha256 == sha).values(data=b"something else"))
    engine.dispose()
    with desktop(team, "sue", tmp_path / "sue") as sue:
        assert sue.library.blobs.fetch(sha) is None
        assert not sue.library.blobs.path_for(sha).exists()


def test_doctor_on_a_desktop_that_never_held_the_originals(team: Team, tmp_path: Path) -> None:
    source = tmp_path / "card.md"
    source.write_text("# Weaknesses\nInitech support is slow.\n", encoding="utf-8")
    with desktop(team, "mia", tmp_path / "mia") as mia:
        mia.library_service.import_paths([source])
    with desktop(team, "sam", tmp_path / "sam2") as sam:
        report = sam.library_service.doctor()
        assert report.problems == [], report.problems  # nothing "missing": the server has them
    engine = sa.create_engine(team.owner_url)
    with engine.begin() as conn:
        conn.execute(sa.delete(blobs))
    engine.dispose()
    with desktop(team, "sam", tmp_path / "sam2") as sam:
        problems = sam.library_service.doctor().problems
        assert any("missing from the team server" in p for p in problems), problems


def test_a_desktop_starts_offline_on_its_cache_and_catches_up(team: Team, tmp_path: Path) -> None:
    """The server is away when the app starts: search works from the cache, then the follower
    catches up once it is back (here: the same folder opened with a URL whose port is closed)."""
    from enablement.errors import DatabaseUnavailable

    first = tmp_path / "note1.md"
    first.write_text("# Pricing\nAcme quotes in yuan.\n", encoding="utf-8")
    with desktop(team, "mia", tmp_path / "mia") as mia:
        mia.library_service.import_paths([first])
    folder = tmp_path / "sue-cache"
    with desktop(team, "sue", folder) as sue:
        assert sue.search.search("yuan", log=False).total == 1
    away = sa.engine.make_url(team.url("sue")).set(port=1).render_as_string(hide_password=False)
    offline = build_services(
        Settings(library_dir=folder, db_url=away, user="", is_default_library=False), create_demo=False
    )
    try:
        assert offline.library.opened_offline and offline.user == team.name("sue")
        assert offline.search.search("yuan").total == 1  # from the cache; the log line waits
        with pytest.raises(DatabaseUnavailable):
            offline.voting.list_ballots(offline.user)
    finally:
        offline.close()
    with pytest.raises(DatabaseUnavailable):  # a folder that never cached a team library: no offline start
        build_services(
            Settings(library_dir=tmp_path / "never", db_url=away, user="", is_default_library=False),
            create_demo=False,
        )
    # Back online with the real URL: the follower reports online and catches up with a new item.
    second = tmp_path / "note2.md"
    second.write_text("# Pricing\nAcme now quotes in rubles.\n", encoding="utf-8")
    with desktop(team, "mia", tmp_path / "mia") as mia:
        mia.library_service.import_paths([second])
    with build_services(
        Settings(library_dir=folder, db_url=team.url("sue"), user="", is_default_library=False),
        create_demo=False,
    ) as services:
        assert not services.library.opened_offline
        assert services.search.search("rubles", log=False).total == 1  # caught up from the change log
        assert services.search.search("yuan", log=False).total == 1
