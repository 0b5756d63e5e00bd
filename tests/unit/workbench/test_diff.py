"""Versions you can compare, on a real library (SQLite and PostgreSQL): diff and restore.

A deck made with python-pptx is imported, changed (a slide inserted, one reworded, one deleted,
notes rewritten) and imported again at the same path; the diff must say which slide is which
and mark the changed words. A demo battle card is edited section by section. A restore makes
version N+1 with the old content, and search finds the restored words again.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.domain import Item
from enablement.errors import NotFound, Rejected
from enablement.store import repository as repo
from enablement.store.schema import version_units
from enablement.workbench.diff import (
    ChangeStatus,
    DiffRefused,
    compare,
    diff_versions,
    load_version,
    restore_version,
    word_diff,
)
from tests.unit.workbench.diff_decks import INSERTED, V1, V2, write_deck

DEMO_CARD = Path(__file__).resolve().parents[3] / "resources" / "demo" / "battlecards" / "alfa-soft_en.md"


def _services(folder: Path, db_url: str | None) -> Services:
    settings = Settings(library_dir=folder, db_url=db_url, user="anna", is_default_library=False)
    return build_services(settings, create_demo=False)


@pytest.fixture
def services(tmp_path: Path, db_url: str | None) -> Iterator[Services]:
    with _services(tmp_path / "lib", db_url) as built:
        yield built


def _item(services: Services, path: Path) -> Item:
    with services.library.reading() as conn:
        return next(i for i in repo.list_items(conn) if i.source_name == path.name)


@pytest.fixture
def deck(tmp_path: Path, services: Services) -> Item:
    """The deck imported twice at the same path: version 1 (V1), then version 2 (V2)."""
    path = tmp_path / "files" / "quokka.pptx"
    path.parent.mkdir()
    write_deck(path, V1, mtime=time.time() - 100)
    assert services.library_service.import_paths([path]).imported == 1
    write_deck(path, V2)
    report = services.library_service.import_paths([path])
    assert report.updated == 1, report.to_json()
    item = _item(services, path)
    assert item.version == 2
    return item


def test_a_changed_deck_shows_added_removed_changed_and_unchanged_slides(
    services: Services, deck: Item
) -> None:
    diff = diff_versions(services.library, deck.id)
    assert (diff.old.version.number, diff.new.version.number, diff.family) == (1, 2, "deck")
    assert diff.old.source == "kept"  # version 1's units were kept when version 2 replaced them
    got = [(r.status.value, r.old_number, r.new_number) for r in diff.rows]
    assert got == [
        ("unchanged", 1, 1),
        ("unchanged", 2, 2),
        ("added", None, 3),  # inserted in the middle: the rest does not shift into "changed"
        ("changed", 3, 4),
        ("removed", 4, None),
        ("changed", 5, 5),
    ]
    assert diff.counts() == {"added": 1, "removed": 1, "changed": 2, "moved": 0, "unchanged": 2}
    pricing = diff.rows[3]
    body = next(f for f in pricing.fields if f.name == "body")
    assert [s.text for s in body.segments if s.op == "removed"] == ["90"]
    assert [s.text for s in body.segments if s.op == "added"] == ["95"]
    assert not next(f for f in pricing.fields if f.name == "title").changed
    cta = diff.rows[5]
    notes = next(f for f in cta.fields if f.name == "notes")
    assert notes.changed and not next(f for f in cta.fields if f.name == "body").changed
    assert "".join(s.text for s in notes.segments if s.op == "added").split() == [
        "and",
        "the",
        "budget",
        "owner",
    ]
    assert diff.rows[2].heading == INSERTED[0]
    assert diff.rows[4].heading == V1[3][0]
    as_json = diff.to_json()
    assert as_json["counts"]["added"] == 1 and as_json["rows"][3]["fields"][1]["segments"]


def test_slides_put_in_another_order_are_moved_not_changed(
    tmp_path: Path, services: Services, deck: Item
) -> None:
    path = tmp_path / "files" / "quokka.pptx"
    reordered = [V2[0], V2[3], V2[1], V2[2], V2[4]]  # pricing pulled up to second place
    write_deck(path, reordered, mtime=time.time() + 100)
    assert services.library_service.import_paths([path]).updated == 1
    diff = diff_versions(services.library, deck.id)  # 2 -> 3
    statuses = {r.heading: r.status for r in diff.rows}
    assert statuses["Quokka pricing"] == ChangeStatus.MOVED
    assert [s for s in statuses.values() if s != ChangeStatus.UNCHANGED] == [ChangeStatus.MOVED]
    # Comparing a version with itself says nothing changed.
    same = diff_versions(services.library, deck.id, 3, 3)
    assert same.identical and len(same.rows) == 5


def test_a_battle_card_is_compared_section_by_section(tmp_path: Path, services: Services) -> None:
    path = tmp_path / "cards" / DEMO_CARD.name
    path.parent.mkdir()
    shutil.copyfile(DEMO_CARD, path)
    assert services.library_service.import_paths([path]).imported == 1
    text = DEMO_CARD.read_text(encoding="utf-8")
    edited = text.replace("Low entry price for small networks (under 50 nodes).", "Low entry price.")
    edited = edited.replace("## Landmines", "## Pricing\n\nPer node, 1 200 RUB a year.\n\n## Landmines")
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    assert services.library_service.import_paths([path]).updated == 1
    diff = diff_versions(services.library, _item(services, path).id)
    assert diff.family == "sections"
    by_heading = {r.heading: r for r in diff.rows}
    strengths = by_heading["Strengths"]
    assert strengths.status == ChangeStatus.CHANGED and strengths.section_type == "strengths"
    body = strengths.fields[1]
    assert "for small networks (under 50 nodes)" in "".join(
        s.text for s in body.segments if s.op == "removed"
    )
    assert by_heading["Pricing"].status == ChangeStatus.ADDED
    assert by_heading["Weaknesses"].status == ChangeStatus.UNCHANGED
    assert {r.status for r in diff.rows} == {ChangeStatus.CHANGED, ChangeStatus.ADDED, ChangeStatus.UNCHANGED}


def test_restore_publishes_the_old_content_as_the_newest_version(
    tmp_path: Path, services: Services, deck: Item
) -> None:
    assert services.search.search("wombat", log=False).total == 0  # slide 4 was deleted in version 2
    result = restore_version(
        services.library, services.importer, deck.id, 1, on_restored=services.library_service.sync
    )
    assert (result.restored_from, result.version, result.by) == (1, 3, "anna")
    with services.library.reading() as conn:
        item = repo.get_item(conn, deck.id)
        versions = repo.get_versions(conn, deck.id)
        current = [(u.heading, u.text, u.notes) for u in repo.get_units(conn, deck.id)]
    assert item.version == 3 and versions[-1].restored_from == 1 and versions[-1].imported_by == "anna"
    assert versions[-1].sha256 == versions[0].sha256
    assert current == [(t, b, n) for t, b, n in V1]
    assert diff_versions(services.library, deck.id, 1, 3).identical
    assert services.search.search("wombat", log=False).total == 1  # the restored text is findable
    # The file on disk (still version 2) is not re-imported over the restore by a later scan.
    report = services.library_service.import_paths([tmp_path / "files"])
    assert report.unchanged == 1 and report.updated == 0


def test_bad_inputs_are_refused_with_clear_messages(tmp_path: Path, services: Services, deck: Item) -> None:
    with pytest.raises(NotFound, match="has no version 7; it has versions 1, 2"):
        diff_versions(services.library, deck.id, 7)
    with pytest.raises(NotFound, match="no item 999"):
        diff_versions(services.library, 999)
    with pytest.raises(DiffRefused, match="already the newest"):
        restore_version(services.library, services.importer, deck.id, 2)
    # A deck against a PDF, and two different items.
    pdf_path = tmp_path / "files" / "sheet.pdf"
    _one_page_pdf(pdf_path)
    assert services.library_service.import_paths([pdf_path]).imported == 1
    pdf = _item(services, pdf_path)
    with pytest.raises(DiffRefused, match="only versions of the same kind"):
        compare(
            load_version(services.library, deck.id),
            _as_same_item(load_version(services.library, pdf.id), deck),
        )
    with pytest.raises(DiffRefused, match="two different items"):
        compare(load_version(services.library, deck.id), load_version(services.library, pdf.id))
    with pytest.raises(DiffRefused, match="only version 1"):
        diff_versions(services.library, pdf.id)


def test_a_version_replaced_before_its_units_were_kept_is_read_from_its_original(
    services: Services, deck: Item
) -> None:
    with services.library.transaction() as conn:  # as a library upgraded from revision 0008 has it
        conn.execute(sa.delete(version_units))
    old = load_version(services.library, deck.id, 1)
    assert old.source == "original" and [u.heading for u in old.units] == [t for t, _b, _n in V1]
    assert [r.status.value for r in diff_versions(services.library, deck.id).rows].count("unchanged") == 2
    with services.library.reading() as conn:
        sha = repo.get_versions(conn, deck.id)[0].sha256
    services.library.blobs.path_for(sha).unlink()  # and the original is gone too
    if services.library.is_sqlite:
        with pytest.raises(Rejected, match="not in the library any more"):
            load_version(services.library, deck.id, 1)


def test_word_diff_marks_words_and_ignores_spacing() -> None:
    segments = word_diff("Entry model from 90 000 RUB", "Entry  model from 95 000 RUB")
    assert [(s.op, s.text) for s in segments if s.op != "same"] == [("removed", "90"), ("added", "95")]
    assert word_diff("same", "same") == (word_diff("same", "same")[0],)
    # Changes a short word apart read as one change; a rewritten text as replaced.
    joined = word_diff("We win on price at launch", "We win on service in year two")
    assert [(s.op, s.text) for s in joined] == [
        ("same", "We win on "),
        ("removed", "price at launch"),
        ("added", "service in year two"),
    ]
    rewritten = word_diff(
        "PX-300 is priced at 1,190,000 RUB", "List price 1.2M RUB per cluster at quarter end"
    )
    assert [s.op for s in rewritten] == ["removed", "added"]


def _as_same_item(content, deck: Item):  # type: ignore[no-untyped-def]
    """The PDF's content dressed as a version of the deck (as if a re-import had made it one)."""
    content.item = deck
    return content


def _one_page_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "Quokka datasheet: 2U, 24 drive bays, hot-swap power supplies")
    pdf.showPage()
    pdf.save()
