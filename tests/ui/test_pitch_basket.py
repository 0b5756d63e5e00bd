"""The pitch basket in the app: picking slides from results, the preview and the filmstrip, ordering,
building one .pptx, the basket kept across windows, and a pick whose deck was removed.

Real windows on real demo libraries (SQLite); the output is opened with python-pptx.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from enablement.config import Settings
from enablement.domain import ItemKind
from enablement.store import repository as repo
from enablement.workbench.basket import BasketEntry, PickState
from enablement.workbench.pitch import SlidePick

TIMEOUT = 15_000


def decks_by_file(services: Any) -> dict[str, Any]:
    with services.library.reading() as conn:
        return {i.source_name: i for i in repo.list_items(conn, kind=ItemKind.DECK)}


def headings(services: Any, item_id: int) -> dict[int, str]:
    with services.library.reading() as conn:
        return {u.number: u.heading for u in repo.get_units(conn, item_id) if u.kind == "slide"}


def show_slide(qtbot: Any, window: Any, item_id: int, number: int) -> Any:
    """Preview slide `number` of item `item_id` (as a deep link does) and wait until it is drawn."""
    preview = window.preview
    preview.show_unit(item_id, "slide", number)
    qtbot.waitUntil(
        lambda: (
            preview.bundle is not None
            and preview.bundle.item.id == item_id
            and preview.stack.currentWidget() is preview.slides
            and preview.slides.number == number
        ),
        timeout=TIMEOUT,
    )
    return preview


def wait_count(qtbot: Any, basket: Any, count: int) -> None:
    qtbot.waitUntil(lambda: basket.list.count() == count, timeout=TIMEOUT)


def wait_checked(qtbot: Any, basket: Any) -> None:
    qtbot.waitUntil(
        lambda: all(basket.row_state(n).check is not None for n in range(basket.list.count())),
        timeout=TIMEOUT,
    )


def first_slide_hit(ui: Any, window: Any, query: str) -> tuple[int, Any]:
    hits = ui.search(window, query)
    for row in range(window.results.model.rowCount()):
        hit = window.results.model.hit(row)
        if hit is not None and str(hit.unit) == "slide":
            return row, hit
    raise AssertionError(f"no slide hit for {query!r}: {hits}")


def build_into(qtbot: Any, basket: Any, target: Path) -> Any:
    basket.ask_path = lambda _parent, _suggested: str(target)
    basket.build_button.click()
    qtbot.waitUntil(lambda: not basket.building, timeout=30_000)
    return basket.last_result


# ---------------------------------------------------------------------- the whole flow


def test_three_slides_from_two_decks_are_picked_ordered_and_built(
    qtbot: Any, ui: Any, window: Any, demo_services: Any, opened: list[Path], tmp_path: Path
) -> None:
    basket = window.pitch
    decks = decks_by_file(demo_services)
    px, nordwind = decks["px-series_en.pptx"], decks["nordwind-overview_ru.pptx"]
    assert not basket.isVisible() and basket.list.count() == 0

    # 1. From the results: a slide hit's context menu.
    row, hit = first_slide_hit(ui, window, "PX Server Series")
    assert window.results.hit_menu(-1) is None
    menu = window.results.hit_menu(row)
    assert menu is not None
    menu.actions()[0].trigger()
    wait_count(qtbot, basket, 1)
    assert basket.isVisible(), "the first pick shows the basket"
    assert basket.button.badge.text() == "1" and basket.button.isChecked()
    first = basket.entries()[0]
    assert (first.pick.item_id, first.pick.slide) == (hit.item, hit.number)

    # 2. From the preview: Ctrl+B on the slide on show.
    show_slide(qtbot, window, nordwind.id, 2)
    assert window.preview.pitch_button.isVisible() and window.preview.pitch_button.isEnabled()
    window.actions_.add_to_pitch.trigger()
    wait_count(qtbot, basket, 2)

    # 3. From the filmstrip: a thumbnail's context menu.
    window.preview.slides.filmstrip_menu(4).actions()[0].trigger()
    wait_count(qtbot, basket, 3)
    assert basket.button.badge.text() == "3"

    # The same slide again is not added twice.
    window.preview.add_to_pitch()
    assert basket.list.count() == 3
    entries = basket.entries()
    assert [(e.pick.item_id, e.pick.slide) for e in entries[1:]] == [(nordwind.id, 2), (nordwind.id, 4)]
    assert all(e.pick.version == 1 and e.pick.fingerprint for e in entries)
    wait_checked(qtbot, basket)
    qtbot.waitUntil(lambda: len(basket._images) == 3, timeout=TIMEOUT)
    assert basket.problem_rows() == []

    # Reorder: a button moves the last up to the top, a drag (the model's move) sends the PX slide last.
    basket.list.setCurrentRow(2)
    basket.up_button.click()
    basket.up_button.click()
    assert [e.pick.slide for e in basket.entries()] == [4, first.pick.slide, 2]
    from PySide6.QtCore import QModelIndex

    assert basket.list.model().moveRows(QModelIndex(), 1, 1, QModelIndex(), 3)
    order = [(nordwind.id, 4), (nordwind.id, 2), (px.id, first.pick.slide)]
    assert [(e.pick.item_id, e.pick.slide) for e in basket.entries()] == order
    assert basket.list.item(0).text().startswith("1. "), "rows are numbered in the new order"

    result = build_into(qtbot, basket, tmp_path / "out" / "My pitch")  # .pptx is added
    assert result is not None and result.path == tmp_path / "out" / "My pitch.pptx"
    assert [(s.item_id, s.slide) for s in result.slides] == order
    prs = Presentation(str(result.path))
    assert prs.core_properties.title == "My pitch"
    assert len(prs.slides) == 3
    expected = [headings(demo_services, i)[n] for i, n in order]
    got = [s.shapes.title.text if s.shapes.title is not None else "" for s in prs.slides]
    assert got == expected
    assert basket.result.isVisible() and "My pitch.pptx" in basket.result.label.text()
    assert "Pitch saved: My pitch.pptx (3 slides)" in window.statusBar().currentMessage()

    basket.result.open_button.click()
    basket.result.folder_button.click()
    assert opened[-2:] == [result.path, result.path.parent]


def test_ctrl_b_on_a_battle_card_adds_nothing_and_clear_can_be_undone(
    qtbot: Any, ui: Any, window: Any, demo_services: Any
) -> None:
    basket = window.pitch
    with demo_services.library.reading() as conn:
        card = repo.list_items(conn, kind=ItemKind.BATTLECARD)[0]
    preview = window.preview
    preview.show_unit(card.id, "section", 1)
    qtbot.waitUntil(lambda: preview.bundle is not None and preview.bundle.item.id == card.id, timeout=TIMEOUT)
    assert not preview.pitch_button.isEnabled()
    window.actions_.add_to_pitch.trigger()
    assert basket.list.count() == 0

    deck = decks_by_file(demo_services)["px-series_en.pptx"]
    basket.add_slide(deck.id, 1)
    basket.add_slide(deck.id, 2)
    wait_count(qtbot, basket, 2)
    basket.clear_button.click()
    assert basket.list.count() == 0 and basket.clear_button.text() == "Undo clear"
    basket.clear_button.click()
    assert [e.pick.slide for e in basket.entries()] == [1, 2]
    basket.list.setCurrentRow(0)
    basket.remove_button.click()
    assert [e.pick.slide for e in basket.entries()] == [2]

    basket.add_slide(deck.id, 99)  # a slide number past the end is refused, named
    qtbot.waitUntil(lambda: "There is no slide 99" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert basket.list.count() == 1


# ---------------------------------------------------------------------- kept across restarts


def test_the_basket_comes_back_in_a_new_window(qtbot: Any, ui: Any, demo_services: Any) -> None:
    decks = decks_by_file(demo_services)
    first = ui.new_window()
    first.set_services(demo_services, owned=False)
    basket = first.pitch
    picks = [(decks["partner-kickoff_mixed.pptx"].id, 3), (decks["px-series_en.pptx"].id, 2)]
    for n, (item_id, number) in enumerate(picks, start=1):
        basket.add_slide(item_id, number)
        wait_count(qtbot, basket, n)
    basket.move_pick(1, 0)
    saved = basket.entries()
    first.close()

    second = ui.new_window()
    second.set_services(demo_services, owned=False)
    again = second.pitch
    assert again.entries() == saved
    assert again.button.badge.text() == "2"
    wait_checked(qtbot, again)
    assert [again.row_state(n).check.state for n in range(2)] == [PickState.OK, PickState.OK]
    second.close()


def test_the_basket_beside_the_search_page_fits_a_laptop_screen_in_russian(
    qtbot: Any, ui: Any, demo_services: Any
) -> None:
    """The window's minimum follows the page on show: the Russian voting board's width (built when
    its page was visited) no longer holds the search page that wide, so the search page and the
    basket fit 1366 px."""
    window = ui.new_window("ru")
    window.set_services(demo_services, owned=False)
    for page in ("voting", "inbox", "dashboard", "search"):
        window.set_page(page)
    wanted = window.search_splitter.minimumSizeHint().width()
    assert window.pages.minimumSizeHint().width() == wanted
    px = decks_by_file(demo_services)["px-series_en.pptx"]
    show_slide(qtbot, window, px.id, 7)
    window.actions_.add_to_pitch.trigger()
    wait_count(qtbot, window.pitch, 1)
    assert window.pitch.isVisible()
    assert window.minimumSizeHint().width() <= 1366 - 24
    window.set_page("voting")  # a wider page widens the window's minimum when it is on show
    assert window.pages.minimumSizeHint().width() == window.voting_panel.minimumSizeHint().width()
    window.close()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_basket_opened_after_a_search_fits_a_laptop_screen(
    qtbot: Any, ui: Any, demo_services: Any, language: str
) -> None:
    """After a search the results header ("8 results · in 4 items · 2 ms", longer in Russian) held
    the results column wide; with the facets, the preview and the basket beside it the window's
    minimum passed 1366 px (1450 in Russian). The header now elides and keeps all in its tooltip."""
    window = ui.new_window(language)
    window.set_services(demo_services, owned=False)
    first_slide_hit(ui, window, "router")  # a search with results: the header says how many
    show_slide(qtbot, window, decks_by_file(demo_services)["px-series_en.pptx"].id, 7)
    window.actions_.add_to_pitch.trigger()
    wait_count(qtbot, window.pitch, 1)
    assert window.pitch.isVisible() and window.results.isVisible()
    # the search page (facets, results, preview) beside the basket, plus the window's margins
    basket = max(window.pitch.minimumWidth(), window.pitch.minimumSizeHint().width())
    assert window.search_splitter.minimumSizeHint().width() + basket <= 1366 - 40
    summary = window.results.summary
    assert summary.text() and summary.toolTip() == summary.text(), "all of it is there, in the tooltip"
    window.close()


# ---------------------------------------------------------------------- a removed deck


@pytest.fixture
def own_services(tmp_path: Path) -> Iterator[Any]:
    """A demo library of this test's own: the test removes a deck."""
    from enablement.app import build_services

    services = build_services(Settings(tmp_path / "lib", None, "anna", is_default_library=True))
    yield services
    services.close()


def test_a_pick_whose_deck_was_removed_is_flagged_on_build_and_nothing_else_is_lost(
    qtbot: Any, ui: Any, own_services: Any, tmp_path: Path
) -> None:
    decks = decks_by_file(own_services)
    keep, gone = decks["px-series_en.pptx"], decks["q1-promo-draft_ru.pptx"]
    window = ui.new_window()
    window.set_services(own_services, owned=False)
    basket = window.pitch
    for n, (item, number) in enumerate([(keep, 1), (gone, 2), (keep, 3)], start=1):
        basket.add_slide(item.id, number)
        wait_count(qtbot, basket, n)
    wait_checked(qtbot, basket)
    own_services.library_service.remove_item(gone.id)

    target = tmp_path / "pitch.pptx"
    result = build_into(qtbot, basket, target)
    assert result is None and not target.exists(), "a refused pitch writes nothing"
    assert basket.problem_rows() == [1]
    message = f"Item {gone.id} is no longer in the library (it was removed); take slide 2 out of the pitch."
    assert basket.problem.isVisible() and basket.problem.text().startswith("Not built: slide 2 cannot go")
    assert message in basket.list.item(1).text()
    assert message in window.statusBar().currentMessage()
    assert basket.list.currentRow() == 1
    assert [e.pick.item_id for e in basket.entries()] == [keep.id, gone.id, keep.id], "nothing else lost"

    # Taking it out builds the rest.
    basket.remove_current()
    result = build_into(qtbot, basket, target)
    assert result is not None and len(Presentation(str(target)).slides) == 2
    assert basket.problem_rows() == [] and not basket.problem.isVisible()

    # A stale pick is flagged on the next start, before any build.
    basket.add_entry(BasketEntry(SlidePick(gone.id, 1, 1, "x"), gone.title, "Q1"))
    window.close()
    again = ui.new_window()
    again.set_services(own_services, owned=False)
    wait_checked(qtbot, again.pitch)
    assert again.pitch.problem_rows() == [2]
    assert "no longer in the library" in again.pitch.list.item(2).text()
    again.close()


# ---------------------------------------------------------------------- a seller on a team server


@pytest.mark.pg
def test_a_seller_builds_a_pitch_from_a_team_library(qtbot: Any, ui: Any, team: Any, tmp_path: Path) -> None:
    """The marketer imports two decks; a seller's desktop fetches the originals and builds the pitch."""
    from enablement.app import build_services
    from tests.unit.workbench.pitch_decks import deck_a, deck_b

    folder = tmp_path / "decks"
    folder.mkdir()
    deck_a(folder / "a.pptx")
    deck_b(folder / "b.pptx")
    with build_services(Settings(tmp_path / "mia", team.url("mia"), "mia", is_default_library=False)) as mia:
        assert mia.library_service.import_paths([folder]).imported == 2
    with build_services(Settings(tmp_path / "sam", team.url("sam"), "sam", is_default_library=False)) as sam:
        decks = {name[0]: item for name, item in decks_by_file(sam).items()}
        window = ui.new_window()
        window.set_services(sam, owned=False)
        basket = window.pitch
        for n, (deck, number) in enumerate([("b", 2), ("a", 3), ("b", 1)], start=1):
            basket.add_slide(decks[deck].id, number)
            wait_count(qtbot, basket, n)
        result = build_into(qtbot, basket, tmp_path / "out" / "team pitch.pptx")
        assert result is not None, basket.problem.text()
        titles = [s.shapes.title.text for s in Presentation(str(result.path)).slides]
        assert titles == ["Wombat pricing", "Quokka revenue by quarter", "Wombat partner program"]
        window.close()
