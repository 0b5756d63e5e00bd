"""The battle-card editor on a team server (real PostgreSQL, real logins): a marketer writes and saves
a card in the app; a seller has no card actions, and an editor forced open for them is refused by the
database with a clear message and keeps the text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from enablement.config import Settings
from tests.helpers.team import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()

TIMEOUT = 20_000


@pytest.fixture
def desktop(ui: Any, tmp_path: Path, team: Team) -> Iterator[Any]:
    """A window on the team library as `who` (call it with the login's name)."""
    from enablement.app import build_services

    opened: list[tuple[Any, Any]] = []

    def open_as(who: str) -> Any:
        services = build_services(Settings.resolve(str(tmp_path / who), team.url(who)), create_demo=False)
        window = ui.new_window()
        window.set_services(services, owned=False)
        opened.append((window, services))
        return window

    yield open_as
    for window, services in opened:
        window.close()
        services.close()


def test_a_marketer_saves_and_a_seller_is_refused(qtbot: Any, ui: Any, desktop: Any, team: Team) -> None:
    from enablement.ui.workbench.card_editor import CardEditor

    mia = desktop("mia")
    qtbot.waitUntil(
        lambda: mia.team.identity is not None and mia.team.identity.role is not None, timeout=TIMEOUT
    )
    assert mia.cards.new_action.isVisible()
    editor = mia.cards.new_card()
    qtbot.addWidget(editor)
    editor.competitor_combo.setEditText("Initech")
    editor.sections["weaknesses"].append("Initech support hibernates like a marmot.")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("published"))
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT):
        editor.save_button.click()
    assert [h.item for h in ui.search(mia, "marmot")] == [editor.item_id]
    line = mia.status_history.panes[0].label
    qtbot.waitUntil(lambda: line.isVisible(), timeout=TIMEOUT)
    assert line.text().endswith(f"{team.name('mia')}: created as Published")
    editor.close()

    sam = desktop("sam")
    qtbot.waitUntil(
        lambda: sam.team.identity is not None and sam.team.identity.role is not None, timeout=TIMEOUT
    )
    assert not sam.cards.new_action.isVisible() and not sam.cards.edit_action.isVisible()
    assert [h.item for h in ui.search(sam, "marmot")] == [editor.item_id]
    qtbot.waitUntil(lambda: sam.preview.bundle is not None and sam.status_history.decided, timeout=TIMEOUT)
    assert not sam.status_history.panes[0].label.isVisible(), "a seller sees no publishing history"
    assert sam.cards.new_card() is None
    forced = CardEditor(services=sam.services, runner=sam.runner, appearance=sam.appearance, parent=sam)
    qtbot.addWidget(forced)
    forced.show()
    forced.competitor_combo.setEditText("Initech")
    forced.sections["strengths"].append("A seller's idea about a lemur.")
    forced.save_button.click()
    qtbot.waitUntil(lambda: forced.error_label.isVisible(), timeout=TIMEOUT)
    assert "Only marketing can save battle cards" in forced.error_label.text()
    assert "lemur" in forced.sections["strengths"].text_edit.toPlainText()
    assert ui.search(mia, "lemur") == []
    forced.close()
