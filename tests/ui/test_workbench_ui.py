"""The marketer's workbench in the app: the deck check beside the preview and the near-duplicate
decks dialog, with real widgets, the real runner and real libraries (SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from enablement.domain import ItemStatus
from enablement.store import repository as repo
from enablement.ui.workbench.deck_check_panel import FILM_MARK, SLIDE_ROLE
from enablement.ui.workbench.duplicates_dialog import DuplicatesDialog
from tests.helpers.sprawl import TITLES, import_sprawl

# The demo library's decks with known findings (enablement lint on resources/demo): #9 and #11 of
# a demo imported in order, found by title here (a parallel import may number them otherwise).
PX_TITLE, TRADE_IN_TITLE = "PX Server Series: Sales Training", "Акция Q1 2027: двойной trade-in"


def deck_id(services: Any, title: str) -> int:
    with services.library.reading() as conn:
        return next(i.id for i in repo.list_items(conn, kind="deck") if i.title.startswith(title))


@pytest.fixture
def decks(demo_services: Any) -> tuple[int, int]:
    return deck_id(demo_services, PX_TITLE), deck_id(demo_services, TRADE_IN_TITLE)


def preview_deck(qtbot: Any, window: Any, item_id: int) -> Any:
    """Preview deck `item_id` on the search page and wait for its deck check; the pane's hook."""
    window.preview.show_unit(item_id, "slide", 1)
    hook = window.deck_check.panes[0]
    qtbot.waitUntil(
        lambda: hook.key is not None and hook.key[0] == item_id and hook.chip.state[0] == "done",
        timeout=20_000,
    )
    assert hook.chip.isVisible()
    qtbot.waitUntil(lambda: window.preview.stack.currentWidget() is window.preview.slides, timeout=15_000)
    return hook


def findings(hook: Any) -> dict[str, int]:
    return {row.text(0): row.data(0, SLIDE_ROLE) for row in hook.panel.finding_items()}


def click(qtbot: Any, tree: Any, row: Any) -> None:
    from PySide6.QtCore import Qt

    tree.scrollToItem(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())


def test_the_deck_check_lists_the_findings_by_slide_and_a_click_shows_the_slide(
    qtbot: Any, window: Any, decks: tuple[int, int]
) -> None:
    PX_TRAINING, _ = decks
    hook = preview_deck(qtbot, window, PX_TRAINING)
    assert hook.chip.text() == "3 to fix" and not hook.panel.isVisible()
    hook.chip.click()
    assert hook.panel.isVisible()
    listed = findings(hook)
    globex = next(text for text in listed if text.startswith("Names Globex without a proof point"))
    assert listed[globex] == 12
    assert listed["Product codes in no catalog of the library: PX-600."] == 15
    groups = [item.text(0) for item in hook.panel.slide_items()]
    assert groups == ["Slide 12", "Slide 15", "Slide 16"]

    row = next(r for r in hook.panel.finding_items() if r.text(0) == globex)
    click(qtbot, hook.panel.tree, row)
    assert window.preview.slides.number == 12
    assert window.preview.number == 12
    model = window.preview.slides.film_model
    assert model.item(11).text() == f"{FILM_MARK} 12" and model.item(14).text() == f"{FILM_MARK} 15"
    assert model.item(0).text() == "1"
    # The slide row jumps too, and the panel follows the preview's own navigation.
    click(qtbot, hook.panel.tree, hook.panel.slide_items()[1])
    assert window.preview.slides.number == 15
    window.preview.step(-3)
    assert hook.panel.tree.currentItem() is hook.panel.slide_items()[0]


def test_another_deck_is_checked_and_a_deck_seen_before_comes_from_the_cache(
    qtbot: Any, window: Any, decks: tuple[int, int]
) -> None:
    PX_TRAINING, TRADE_IN = decks
    hook = preview_deck(qtbot, window, PX_TRAINING)
    hook.chip.setChecked(True)
    hook = preview_deck(qtbot, window, TRADE_IN)
    assert hook.chip.text() == "1 to fix" and hook.panel.isVisible()
    (text, slide), *rest = findings(hook).items()
    assert text.startswith("No call to action on the last 2 slides") and slide == 7 and not rest
    click(qtbot, hook.panel.tree, hook.panel.finding_items()[0])
    assert window.preview.slides.number == 7

    assert (PX_TRAINING, 1) in hook.cache  # (item, version)
    window.preview.show_unit(PX_TRAINING, "slide", 2)
    qtbot.waitUntil(lambda: window.preview.bundle.item.id == PX_TRAINING, timeout=15_000)
    assert hook.chip.state == ("done", 3, hook.chip.state[2])  # no "checking": it was cached
    window.preview.clear()
    assert not hook.chip.isVisible() and not hook.panel.isVisible()


def test_a_battle_card_has_no_deck_check(qtbot: Any, window: Any, demo_services: Any) -> None:
    with demo_services.library.reading() as conn:
        card = repo.list_items(conn, kind="battlecard")[0]
    window.preview.show_unit(card.id, "item", 0)
    qtbot.waitUntil(lambda: window.preview.bundle is not None, timeout=15_000)
    assert not window.deck_check.panes[0].chip.isVisible()


def test_the_deck_check_in_russian(
    qtbot: Any, ui: Any, demo_services: Any, decks: tuple[int, int], tmp_path: Path
) -> None:
    PX_TRAINING, _ = decks
    window = ui.new_window("ru")
    window.set_services(demo_services, owned=False)
    try:
        hook = preview_deck(qtbot, window, PX_TRAINING)
        hook.chip.click()
        assert hook.chip.text() == "3 к исправлению"
        texts = list(findings(hook))
        assert any("Globex" in t and "доказ" in t for t in texts), texts
        assert hook.panel.slide_items()[0].text(0) == "Слайд 12"
        window.resize(1366, 768)
        hook.panel.grab().save(str(tmp_path / "deck-check-ru.png"))
    finally:
        window.close()


# ---------------------------------------------------------------- near-duplicate decks


@pytest.fixture
def sprawl(empty_services: Any, tmp_path: Path) -> dict[str, int]:
    return import_sprawl(empty_services, tmp_path / "decks")


@pytest.fixture
def sprawl_window(ui: Any, empty_services: Any, sprawl: dict[str, int]) -> Iterator[Any]:
    w = ui.new_window()
    w.set_services(empty_services, owned=False)
    yield w
    w.close()


def open_dialog(qtbot: Any, window: Any) -> DuplicatesDialog:
    window.actions_.find_duplicates.trigger()
    dialog = window.findChild(DuplicatesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: bool(dialog.deck_items()), timeout=15_000)
    return dialog


def statuses(services: Any) -> dict[str, ItemStatus]:
    with services.library.reading() as conn:
        return {i.title: i.status for i in repo.list_items(conn)}


def test_keep_one_archives_the_near_copy_and_search_no_longer_shows_it(
    qtbot: Any, ui: Any, sprawl_window: Any, empty_services: Any, sprawl: dict[str, int]
) -> None:
    window = sprawl_window
    assert {h.title for h in ui.search(window, "резервированием питания")} == {TITLES[0], TITLES[1]}
    dialog = open_dialog(qtbot, window)
    rows = {row.text(0): row for row in dialog.deck_items()}
    assert set(rows) == {f"#{sprawl[TITLES[0]]}  {TITLES[0]}", f"#{sprawl[TITLES[1]]}  {TITLES[1]}"}
    head = dialog.tree.topLevelItem(0)
    assert head.text(0) == "Group 1: 2 decks" and head.text(4).endswith("% alike")
    assert all(row.text(1) == "v1" and row.text(3) == "Published" and row.text(2) for row in rows.values())
    assert not dialog.keep_button.isEnabled()

    asked: list[tuple[int, list[int]]] = []

    def confirm(keep: Any, others: list[Any]) -> bool:
        asked.append((keep.item_id, [d.item_id for d in others]))
        return True

    dialog.confirm = confirm
    assert dialog.select_deck(sprawl[TITLES[1]])
    assert dialog.keep_button.isEnabled()
    with qtbot.waitSignal(dialog.archived, timeout=15_000) as archived:
        dialog.keep_button.click()
    assert archived.args == [[sprawl[TITLES[0]]]]
    assert asked == [(sprawl[TITLES[1]], [sprawl[TITLES[0]]])]
    qtbot.waitUntil(lambda: "no near copies" in dialog.message.text(), timeout=15_000)
    assert statuses(empty_services) == {
        TITLES[0]: ItemStatus.ARCHIVED,
        TITLES[1]: ItemStatus.PUBLISHED,
        TITLES[2]: ItemStatus.PUBLISHED,
    }
    assert dialog.deck_items() == []
    assert {h.title for h in ui.search(window, "резервированием питания")} == {TITLES[1]}
    dialog.close()


def test_cancelling_the_confirmation_archives_nothing(
    qtbot: Any, sprawl_window: Any, empty_services: Any, sprawl: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, sprawl_window)
    dialog.confirm = lambda keep, others: False
    dialog.select_deck(sprawl[TITLES[0]])
    dialog.keep_selected()
    assert not dialog.busy and len(dialog.deck_items()) == 2
    assert set(statuses(empty_services).values()) == {ItemStatus.PUBLISHED}
    dialog.close()


def test_the_confirmation_names_the_decks_to_archive(
    qtbot: Any, sprawl_window: Any, sprawl: dict[str, int]
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    dialog = open_dialog(qtbot, sprawl_window)
    dialog.select_deck(sprawl[TITLES[0]])
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + "\n" + box.informativeText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, dialog, answer)
    assert dialog._ask(dialog.selected_deck(), [dialog.groups[0].decks[1]]) is False
    assert seen and f"Keep “{TITLES[0]}” as the current deck and archive 1 near copy?" in seen[0]
    assert f"#{sprawl[TITLES[1]]} {TITLES[1]}" in seen[0]
    dialog.close()
