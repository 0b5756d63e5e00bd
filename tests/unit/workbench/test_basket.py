"""The pitch basket's rules: how picks are stored, and how each stands after re-imports and removals.

On a real library (SQLite and PostgreSQL), with the pitch builder's own test decks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from enablement.app import Services
from enablement.domain import Item, ItemKind
from enablement.store import repository as repo
from enablement.workbench.basket import (
    BasketEntry,
    PickState,
    check_picks,
    describe_slide,
    entries_from_json,
    entries_to_json,
)
from enablement.workbench.pitch import NotADeck, SlideMissing, SlidePick
from tests.unit.workbench.test_pitch import _units, decks, services  # noqa: F401  (fixtures)


def test_a_basket_round_trips_through_json_and_survives_damage() -> None:
    entries = [
        BasketEntry(SlidePick(3, 2, 1, "abc"), "Wombat deck", "Pricing"),
        BasketEntry(SlidePick(4, 1), "Quokka «deck»", ""),
    ]
    assert entries_from_json(entries_to_json(entries)) == entries
    assert entries_from_json("") == []
    assert entries_from_json("{not json") == []
    assert entries_from_json('{"item": 3}') == []
    stored = '[{"item": 3, "slide": 2}, {"item": "x", "slide": 1}, 7, {"item": 5, "slide": 0}]'
    assert entries_from_json(stored) == [BasketEntry(SlidePick(3, 2))]


def test_a_search_hit_becomes_a_pinned_entry(services: Services, decks: dict[str, Item]) -> None:  # noqa: F811
    entry = describe_slide(services.library, decks["b"].id, 2)
    units = _units(services, decks["b"])
    assert entry.pick.version == 1 and entry.pick.fingerprint
    assert (entry.title, entry.heading) == (decks["b"].title, units[2].heading)
    with pytest.raises(SlideMissing):
        describe_slide(services.library, decks["b"].id, 40)


def test_a_card_is_not_a_slide(services: Services, tmp_path: Path) -> None:  # noqa: F811
    card = tmp_path / "cards" / "globex.md"
    card.parent.mkdir()
    card.write_text(
        "---\ntitle: Globex card\ncompetitor: Globex\n---\n# Weaknesses\nSlow.\n", encoding="utf-8"
    )
    services.library_service.import_paths([card.parent])
    with services.library.reading() as conn:
        (item,) = repo.list_items(conn, kind=ItemKind.BATTLECARD)
    with pytest.raises(NotADeck):
        describe_slide(services.library, item.id, 1)


def test_each_pick_is_checked_on_its_own_after_a_reimport_and_a_removal(
    services: Services,  # noqa: F811
    decks: dict[str, Item],  # noqa: F811
    tmp_path: Path,
) -> None:
    picks = [
        describe_slide(services.library, decks["b"].id, 2).pick,  # its text changes: refused
        describe_slide(services.library, decks["b"].id, 3).pick,  # unchanged, renumbered: moved
        describe_slide(services.library, decks["a"].id, 1).pick,  # its deck is removed: refused
        SlidePick(decks["b"].id, 1),  # not pinned: whatever is current
    ]
    assert [c.state for c in check_picks(services.library, picks)] == [PickState.OK] * 4

    path = tmp_path / "decks" / "b.pptx"
    prs = Presentation(str(path))
    prs.slides[1].shapes.title.text = "Wombat pricing 2027"
    prs.slides.add_slide(prs.slide_layouts[1]).shapes.title.text = "Wombat agenda"
    order = prs.slides._sldIdLst
    order.insert(0, order[-1])
    prs.save(str(path))
    assert services.library_service.import_paths([path.parent]).updated == 1
    services.library_service.remove_item(decks["a"].id)

    checks = check_picks(services.library, picks)
    assert [c.state for c in checks] == [PickState.REFUSED, PickState.MOVED, PickState.REFUSED, PickState.OK]
    assert "was picked from version 1, which has been replaced by version 2" in str(checks[0].message)
    assert checks[0].item is not None and checks[0].item.version == 2
    assert (checks[1].slide, checks[1].version) == (4, 2)
    assert f"Item {decks['a'].id} is no longer in the library" in str(checks[2].message)
    assert checks[2].item is None
    assert checks[3].slide == 1 and checks[3].message is None
