"""Import end to end on a real library: counts, re-import, versions, rejections, metadata."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from enablement.domain import ItemKind, ItemMeta, ItemStatus
from enablement.ingest.pipeline import Importer
from enablement.store import Library
from enablement.store import repository as repo

CARD = """---
title: Альфа-Софт — боевая карточка
competitor: Альфа-Софт
products: [PX-200]
tags: [enterprise]
review_by: 2026-01-15
---
# Сильные стороны
Большая партнёрская сеть.

# Слабые места
Долгое внедрение, дорогая поддержка.
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def importer(library: Library) -> Importer:
    return Importer(library, user="anna")


def test_import_reimport_and_new_version(importer: Importer, library: Library, tmp_path: Path) -> None:
    src = tmp_path / "src"
    card = _write(src, "cards/alfa.md", CARD)
    _write(src, "notes.txt", "Просто заметка без заголовков.")
    _write(src, "legacy.ppt", "not really a ppt")
    _write(src, ".hidden.md", "# skipped")

    first = importer.import_paths([src], ItemMeta(tags=["q3"]))
    assert (first.imported, first.updated, first.unchanged) == (2, 0, 0)
    assert [Path(p).name for p, _ in first.rejected] == ["legacy.ppt"]
    assert "pptx" in str(first.rejected[0][1])

    second = importer.import_paths([src])
    assert (second.imported, second.updated, second.unchanged, second.rejected) == (0, 0, 3, [])
    assert second.still_rejected == first.rejected, "refused files are not read again, and not forgotten"

    os.utime(card, ns=(1, 1))  # touched but identical content: still unchanged, by hash
    assert importer.import_paths([src]).unchanged == 3

    card.write_text(CARD.replace("Долгое внедрение", "Очень долгое внедрение"), encoding="utf-8")
    third = importer.import_paths([src])
    assert (third.imported, third.updated, third.unchanged) == (0, 1, 2)

    with library.reading() as conn:
        cards = repo.list_items(conn, kind=ItemKind.BATTLECARD)
        assert len(cards) == 1
        item = cards[0]
        versions = repo.get_versions(conn, item.id)
        units = repo.get_units(conn, item.id)
    assert item.title == "Альфа-Софт — боевая карточка"
    assert item.competitors == ["Альфа-Софт"] and item.products == ["PX-200"]
    assert "q3" in item.tags and "enterprise" in item.tags
    assert item.language == "ru" and item.status == ItemStatus.PUBLISHED and item.owner == "anna"
    assert str(item.review_by) == "2026-01-15"
    assert [v.number for v in versions] == [1, 2]
    assert all(library.blobs.has(v.sha256) for v in versions), "every version's original is kept"
    assert any("Очень долгое внедрение" in u.text for u in units)
    assert [u.section_type for u in units] == ["strengths", "weaknesses"]


def test_cli_options_set_metadata(importer: Importer, library: Library, tmp_path: Path) -> None:
    path = _write(tmp_path, "pitch.md", "# Обзор\nНаш продукт лучше.")
    meta = ItemMeta(kind=ItemKind.DECK, status=ItemStatus.DRAFT, competitors=["Globex"], products=["NW-1000"])
    report = importer.import_paths([path], meta)
    assert report.imported == 1 and report.units == 1
    with library.reading() as conn:
        (item,) = repo.list_items(conn)
    assert (item.kind, item.status, item.competitors, item.products) == (
        ItemKind.DECK,
        ItemStatus.DRAFT,
        ["Globex"],
        ["NW-1000"],
    )


def test_missing_path_and_unreadable_content_are_reported(importer: Importer, tmp_path: Path) -> None:
    empty = _write(tmp_path, "empty.md", "")
    report = importer.import_paths([tmp_path / "nope", empty])
    reasons = {path: str(reason) for path, reason in report.rejected}
    assert reasons[str(tmp_path / "nope")] == "no such file or folder"
    assert "empty" in reasons[str(empty)]
    assert report.imported == 0


def test_same_content_in_two_places_is_one_item(importer: Importer, library: Library, tmp_path: Path) -> None:
    _write(tmp_path, "a/card.md", CARD)
    _write(tmp_path, "b/card-copy.md", CARD)
    report = importer.import_paths([tmp_path])
    assert (report.imported, report.unchanged) == (1, 1)
    with library.reading() as conn:
        assert len(repo.list_items(conn)) == 1


def test_on_committed_is_told_during_a_long_import_unless_notify_is_off(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The importer knows no index: it calls on_committed between batches (app.py wires it to sync)."""
    from enablement.ingest import pipeline

    monkeypatch.setattr(pipeline, "_COMMIT_EVERY_FILES", 1)
    monkeypatch.setattr(pipeline, "_NOTIFY_EVERY_S", 0.0)
    calls: list[int] = []
    importer = Importer(library, user="anna", on_committed=lambda: calls.append(1))
    for i in range(3):
        _write(tmp_path / "a", f"card{i}.md", CARD.replace("Альфа-Софт", f"Конкурент {i}"))
        _write(tmp_path / "b", f"card{i}.md", CARD.replace("Альфа-Софт", f"Соперник {i}"))

    assert importer.import_paths([tmp_path / "a"], workers=1).imported == 3
    assert calls, "told after a committed batch"

    calls.clear()
    assert importer.import_paths([tmp_path / "b"], workers=1, notify=False).imported == 3
    assert calls == []
