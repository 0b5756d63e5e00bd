"""The workbench on a PostgreSQL team library, signed in as a seller and as a marketer: the seller's
"keep this one" is refused with a clear sentence (nothing changes, the list stays), the seller's
preview has no deck check; the marketer's has it and archives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from enablement.config import Settings
from enablement.domain import ItemStatus
from enablement.store import repository as repo
from enablement.ui.workbench.duplicates_dialog import DuplicatesDialog
from tests.helpers.sprawl import TITLES, import_sprawl
from tests.helpers.team import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()


@pytest.fixture(scope="module")
def sprawl(team: Team, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """The marketer imports the near-copy decks into the team library."""
    from enablement.app import build_services

    folder = tmp_path_factory.mktemp("sprawl")
    with build_services(
        Settings(folder / "mia", team.url("mia"), "mia", is_default_library=False), create_demo=False
    ) as mia:
        return import_sprawl(mia, folder / "decks")


def signed_in(ui: Any, team: Team, who: str, folder: Path) -> Iterator[tuple[Any, Any]]:
    from enablement.app import build_services

    services = build_services(
        Settings(folder / who, team.url(who), who, is_default_library=False), create_demo=False
    )
    window = ui.new_window()
    try:
        window.set_services(services, owned=False)
        yield window, services
    finally:
        window.close()
        services.close()


@pytest.fixture
def seller(ui: Any, team: Team, sprawl: dict[str, int], tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    yield from signed_in(ui, team, "sam", tmp_path)


@pytest.fixture
def marketer(ui: Any, team: Team, sprawl: dict[str, int], tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    yield from signed_in(ui, team, "mia", tmp_path)


def open_dialog(qtbot: Any, window: Any) -> DuplicatesDialog:
    window.actions_.find_duplicates.trigger()
    dialog = window.findChild(DuplicatesDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.deck_items()), timeout=15_000)
    return dialog


def statuses(services: Any) -> set[ItemStatus]:
    with services.library.reading() as conn:
        return {i.status for i in repo.list_items(conn) if i.title in TITLES}


def test_a_seller_is_refused_archiving_with_a_clear_message(
    qtbot: Any, seller: tuple[Any, Any], sprawl: dict[str, int]
) -> None:
    window, services = seller
    dialog = open_dialog(qtbot, window)
    dialog.confirm = lambda keep, others: True
    assert dialog.select_deck(sprawl[TITLES[0]])
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    text = dialog.message.text()
    assert text.startswith("Only marketing can archive items of the team library;"), text
    assert "Salesperson" in text or "sales" in text.lower()
    assert "permission denied" not in text.lower()
    assert dialog.message.property("error") is True
    assert len(dialog.deck_items()) == 2 and dialog.selected_deck().item_id == sprawl[TITLES[0]]
    assert dialog.keep_button.isEnabled()
    assert statuses(services) == {ItemStatus.PUBLISHED}
    dialog.close()

    # The seller's preview of a deck shows no deck check.
    window.preview.show_unit(sprawl[TITLES[0]], "slide", 1)
    qtbot.waitUntil(lambda: window.preview.bundle is not None, timeout=15_000)
    assert not window.deck_check.panes[0].enabled
    assert not window.deck_check.panes[0].chip.isVisible()


def test_the_marketer_sees_the_deck_check_and_archives(
    qtbot: Any, marketer: tuple[Any, Any], sprawl: dict[str, int]
) -> None:
    window, services = marketer
    hook = window.deck_check.panes[0]
    qtbot.waitUntil(lambda: hook.enabled, timeout=15_000)
    window.preview.show_unit(sprawl[TITLES[1]], "slide", 1)
    qtbot.waitUntil(lambda: hook.chip.isVisible() and hook.chip.state[0] == "done", timeout=20_000)
    assert "to fix" in hook.chip.text()  # the copy's "Спасибо!" slide has nothing to say

    dialog = open_dialog(qtbot, window)
    dialog.confirm = lambda keep, others: True
    dialog.select_deck(sprawl[TITLES[1]])
    with qtbot.waitSignal(dialog.archived, timeout=15_000):
        dialog.keep_button.click()
    with services.library.reading() as conn:
        assert repo.get_item(conn, sprawl[TITLES[0]]).status is ItemStatus.ARCHIVED
    hits = services.search.search("резервированием питания", log=False).hits
    assert {h.item for h in hits} == {sprawl[TITLES[1]]}
    qtbot.waitUntil(lambda: not dialog.busy and "no near copies" in dialog.message.text(), timeout=15_000)
    dialog.close()
