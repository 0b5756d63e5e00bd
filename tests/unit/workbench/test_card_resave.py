"""Issue 12: an imported battle card re-saved in the card editor is the same card. Every demo card
is imported, opened with the editor's model (`load_card`), saved without edits, then with one
section edited; the version diff shows no section changed, then only the edited one (SQLite and
PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.domain import ItemKind, ItemMeta
from enablement.preview.service import PreviewService
from enablement.workbench.card_library import load_card, save_card
from enablement.workbench.cards import BULLET_SECTIONS
from enablement.workbench.diff import diff_versions
from enablement.workbench.diff_rows import ChangeStatus

DEMO_CARDS = sorted((Path(__file__).resolve().parents[3] / "resources" / "demo" / "battlecards").glob("*.md"))


@pytest.fixture
def services(tmp_path: Path, db_url: str | None) -> Iterator[Services]:
    settings = Settings(library_dir=tmp_path / "lib", db_url=db_url, user="anna", is_default_library=False)
    with build_services(settings, create_demo=False) as built:
        built.voting.add_person("setup", "anna", "marketing", "HQ")
        yield built


def _changed(services: Services, item_id: int, old: int, new: int) -> dict[str, str]:
    rows = diff_versions(services.library, item_id, old, new).rows
    return {row.heading: str(row.status) for row in rows if row.status != ChangeStatus.UNCHANGED}


def test_re_saving_demo_cards_changes_only_the_edited_section(services: Services) -> None:
    assert len(DEMO_CARDS) >= 7
    report = services.library_service.import_paths(DEMO_CARDS, ItemMeta(kind=ItemKind.BATTLECARD))
    assert len(report.item_ids) == len(DEMO_CARDS) and not report.rejected
    original = PreviewService(services.library).original_path
    for item_id in report.item_ids:
        loaded = load_card(services.library, item_id, original=original)
        assert loaded.from_markdown
        title = loaded.card.effective_title
        saved = save_card(
            services.library, services.library_service, loaded.card, item_id=item_id, base_version=1
        )
        if not saved.unchanged:
            assert _changed(services, item_id, 1, saved.version) == {}, title

        card = load_card(services.library, item_id, original=original).card
        section = next(s for s in BULLET_SECTIONS if card.bullets(s))
        heading = card.sources[section].heading
        edited = card.with_bullets(section, [*(card.bullets(section) or []), "A wombat-grade logo."])
        again = save_card(
            services.library, services.library_service, edited, item_id=item_id, base_version=saved.version
        )
        assert again.version == saved.version + 1
        assert _changed(services, item_id, 1, again.version) == {heading: "changed"}, title
