"""Battle cards in the library, on SQLite and PostgreSQL, through the composition root: a saved card
is a new version findable by search, an edit of an imported card is a version of that item, two
editors on one card (the second is told and nothing is overwritten), a template per competitor, field
intel pulled into a section."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.domain import ItemKind, ItemMeta
from enablement.errors import PermissionDenied
from enablement.store import repository as repo
from enablement.store.schema import card_saves
from enablement.workbench.card_library import (
    CLAIM_EXPIRES,
    CardConflict,
    CardError,
    CardInvalid,
    NotABattleCard,
    append_intel,
    card_template,
    intel_for,
    known_competitors,
    load_card,
    save_card,
)
from enablement.workbench.cards import BattleCard, Objection

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo" / "battlecards"


@pytest.fixture
def services(tmp_path: Path, db_url: str | None) -> Iterator[Services]:
    settings = Settings(library_dir=tmp_path / "lib", db_url=db_url, user="anna", is_default_library=False)
    with build_services(settings, create_demo=False) as built:
        built.voting.add_person("setup", "anna", "marketing", "HQ")
        built.voting.add_person("setup", "sam", "sales", "North")
        yield built


def _original(services: Services):  # type: ignore[no-untyped-def]
    from enablement.preview.service import PreviewService

    return PreviewService(services.library).original_path


def _found(services: Services, query: str) -> set[int]:
    return {hit.item for hit in services.search.search(query, log=False, correct=False).hits}


def _card(**changes: object) -> BattleCard:
    card = BattleCard(
        competitor="Initech",
        products=["PX-300"],
        tags=["servers"],
        owner="anna",
        review_by=dt.date(2027, 1, 31),
        language="en",
        weaknesses=["Their support answers in quokka time: five working days."],
        objections=[Objection("Initech is cheaper.", "Count three years of support, not one.")],
    )
    return dataclasses.replace(card, **changes)  # type: ignore[arg-type]


def test_a_new_card_starts_as_a_draft_and_is_findable_once_published(services: Services) -> None:
    saved = save_card(services.library, services.library_service, _card(), actor="anna")
    assert (saved.created, saved.version, saved.unchanged, saved.status) == (True, 1, False, "draft")
    assert _found(services, "quokka") == set(), "a draft is in nobody's search"
    (line,) = services.publishing.history(saved.item_id)
    assert (line.action, line.from_status, line.to_status, line.actor) == ("move", None, "draft", "anna")
    assert [o.item_id for o in services.publishing.owned_by("anna")] == [saved.item_id]

    services.publishing.move("anna", saved.item_id, "published")
    assert _found(services, "quokka") == {saved.item_id}
    assert [h.to_status for h in services.publishing.history(saved.item_id)] == ["draft", "published"]

    review = save_card(
        services.library, services.library_service, _card(title="For review"), status="in_review"
    )
    assert review.status == "in_review"
    with pytest.raises(CardError, match="not archived"):
        save_card(services.library, services.library_service, _card(title="Gone"), status="archived")


def test_a_card_saved_as_published_is_findable_by_search(services: Services) -> None:
    saved = save_card(services.library, services.library_service, _card(), status="published")
    assert (saved.created, saved.version, saved.unchanged) == (True, 1, False)
    assert _found(services, "quokka") == {saved.item_id}
    with services.library.reading() as conn:
        item = repo.get_item(conn, saved.item_id)
        units = repo.get_units(conn, saved.item_id)
    assert item.kind == ItemKind.BATTLECARD and item.title == "Initech battle card"
    assert (item.competitors, item.products, item.tags, item.owner) == (
        ["Initech"],
        ["PX-300"],
        ["servers"],
        "anna",
    )
    assert item.review_by == dt.date(2027, 1, 31)
    assert [u.section_type for u in units] == ["weaknesses", "objections"]
    assert saved.path.read_text(encoding="utf-8") == _card().to_markdown()


def test_editing_an_imported_card_adds_a_version_to_that_item(services: Services) -> None:
    report = services.library_service.import_paths(
        [DEMO / "globex_en.md"], ItemMeta(kind=ItemKind.BATTLECARD)
    )
    (item_id,) = report.item_ids
    loaded = load_card(services.library, item_id, original=_original(services))
    assert loaded.version == 1 and loaded.from_markdown
    assert loaded.card == BattleCard.from_markdown((DEMO / "globex_en.md").read_text(encoding="utf-8"))

    card = loaded.card
    card.strengths = [*(card.strengths or []), "A wombat-grade logo."]
    card.tags = ["servers"]  # a tag removed in the editor stays removed
    saved = save_card(services.library, services.library_service, card, item_id=item_id, base_version=1)
    assert (saved.item_id, saved.version, saved.created) == (item_id, 2, False)
    assert _found(services, "wombat") == {item_id}
    with services.library.reading() as conn:
        assert repo.get_item(conn, item_id).tags == ["servers"]
        versions = repo.get_versions(conn, item_id)
    assert [v.number for v in versions] == [1, 2] and versions[1].imported_by == "anna"

    again = save_card(services.library, services.library_service, card, item_id=item_id, base_version=2)
    assert (again.version, again.unchanged) == (2, True), "the same text adds no version"

    reopened = load_card(services.library, item_id, original=_original(services))
    assert reopened.version == 2 and reopened.card.strengths == card.strengths


def test_the_second_editor_is_told_and_nothing_is_overwritten(services: Services) -> None:
    first = save_card(services.library, services.library_service, _card(), status="published")
    mine = load_card(services.library, first.item_id, original=_original(services))
    theirs = load_card(services.library, first.item_id, original=_original(services))

    theirs.card.strengths = ["Their edit: a capybara of a feature."]
    save_card(services.library, services.library_service, theirs.card, item_id=first.item_id, base_version=1)

    mine.card.strengths = ["My edit: an axolotl."]
    with pytest.raises(CardConflict) as caught:
        save_card(
            services.library, services.library_service, mine.card, item_id=first.item_id, base_version=1
        )
    assert caught.value.newer.number == 2 and caught.value.newer.imported_by == "anna"
    text = str(caught.value)
    assert text.startswith("anna saved a newer version of “Initech battle card” (version 2, ")
    assert "Nothing was overwritten and your text is kept" in text
    assert _found(services, "capybara") == {first.item_id} and _found(services, "axolotl") == set()
    with services.library.reading() as conn:
        assert repo.get_item(conn, first.item_id).version == 2

    # The kept text can be saved as a new card.
    copy = save_card(services.library, services.library_service, mine.card, status="published")
    assert copy.item_id != first.item_id and _found(services, "axolotl") == {copy.item_id}


@pytest.fixture
def boris(services: Services, tmp_path: Path, db_url: str | None) -> Iterator[Services]:
    """A second marketer's session on the same database: its own Services, engine and connections
    (on SQLite, the same library folder, as two desktops opening one shared library do)."""
    folder = tmp_path / "boris" if db_url else services.library.root
    settings = Settings(library_dir=folder, db_url=db_url, user="boris", is_default_library=False)
    with build_services(settings, create_demo=False) as built:
        yield built


class _SaveMeanwhile:
    """The library service with another marketer's save run while this save's import is under way:
    the moment a check-then-write would have let the second save through."""

    def __init__(self, real: Any, other: Callable[[], object]) -> None:
        self.real, self.other = real, other
        self.outcome: object = None

    def import_paths(self, paths: Any, meta: Any = None, *, sync: bool = True) -> Any:
        try:
            self.outcome = self.other()
        except CardConflict as exc:
            self.outcome = exc
        return self.real.import_paths(paths, meta, sync=sync)

    def sync(self) -> int:
        return int(self.real.sync())


def test_a_save_under_way_refuses_the_other_marketers_save(services: Services, boris: Services) -> None:
    first = save_card(services.library, services.library_service, _card(), actor="anna", status="published")
    mine = load_card(services.library, first.item_id, original=_original(services))
    theirs = load_card(boris.library, first.item_id, original=_original(boris))
    assert mine.version == theirs.version == 1
    mine.card.strengths = ["Anna's edit: a capybara of a feature."]
    theirs.card.strengths = ["Boris's edit: an axolotl."]

    def boris_saves() -> object:
        return save_card(
            boris.library, boris.library_service, theirs.card, item_id=first.item_id, base_version=1,
            actor="boris",
        )  # fmt: skip

    meanwhile = _SaveMeanwhile(services.library_service, boris_saves)
    saved = save_card(
        services.library, meanwhile, mine.card, item_id=first.item_id, base_version=1, actor="anna"
    )
    assert saved.version == 2
    refused = meanwhile.outcome
    assert isinstance(refused, CardConflict), refused
    assert (refused.newer, refused.saving_by) == (None, "anna")
    assert str(refused).startswith("anna is saving “Initech battle card” right now. Nothing was overwritten")
    with services.library.reading() as conn:
        assert [v.number for v in repo.get_versions(conn, first.item_id)] == [1, 2]
        assert "capybara" in " ".join(u.text for u in repo.get_units(conn, first.item_id))
        assert conn.execute(sa.select(card_saves)).all() == [], "the claim is let go after the save"
    assert _found(services, "axolotl") == set()

    # Boris tries again once Anna is done: now he is told about her version.
    with pytest.raises(CardConflict) as caught:
        boris_saves()
    assert caught.value.newer is not None and caught.value.newer.number == 2
    # And a fresh start from the newest version goes through.
    again = load_card(boris.library, first.item_id, original=_original(boris))
    again.card.strengths = ["Boris's edit: an axolotl."]
    assert (
        save_card(
            boris.library, boris.library_service, again.card, item_id=first.item_id, base_version=2
        ).version
        == 3
    )


def test_two_marketers_saving_at_once_make_one_version(services: Services, boris: Services) -> None:
    """Both sessions press Save on version 1 at the same moment, on two threads: one save, one
    refusal, every round, whichever comes first."""
    first = save_card(services.library, services.library_service, _card(), actor="anna")
    for base in (1, 2, 3):
        outcomes = _save_at_once(
            [(services, "anna", f"quince{base}"), (boris, "boris", f"medlar{base}")], first.item_id, base
        )
        kinds = sorted(type(o).__name__ for o in outcomes.values())
        assert kinds == ["CardConflict", "SavedCard"], outcomes
        with services.library.reading() as conn:
            assert repo.get_item(conn, first.item_id).version == base + 1


def _save_at_once(editors: list[tuple[Services, str, str]], item_id: int, base: int) -> dict[str, object]:
    """Each editor saves its own card from version `base`, all released by one barrier."""
    start = threading.Barrier(len(editors))
    outcomes: dict[str, object] = {}

    def save(who: Services, name: str, word: str) -> None:
        card = _card(strengths=[f"{name}'s edit {word}."])
        start.wait()
        try:
            outcomes[name] = save_card(
                who.library, who.library_service, card, item_id=item_id, base_version=base, actor=name
            )
        except CardConflict as exc:
            outcomes[name] = exc

    threads = [threading.Thread(target=save, args=editor) for editor in editors]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def test_a_claim_left_by_a_save_that_died_expires(services: Services) -> None:
    first = save_card(services.library, services.library_service, _card())
    now = dt.datetime.now(dt.UTC)
    with services.library.transaction() as conn:
        conn.execute(
            sa.insert(card_saves).values(
                item_id=first.item_id, base_version=1, actor="boris", started_at=now - dt.timedelta(minutes=1)
            )
        )
    card = _card(strengths=["A fresh edit."])
    with pytest.raises(CardConflict, match=r"^boris is saving"):
        save_card(services.library, services.library_service, card, item_id=first.item_id, base_version=1)
    with services.library.transaction() as conn:
        conn.execute(sa.update(card_saves).values(started_at=now - CLAIM_EXPIRES - dt.timedelta(minutes=1)))
    saved = save_card(services.library, services.library_service, card, item_id=first.item_id, base_version=1)
    assert saved.version == 2


def test_invalid_cards_write_nothing(services: Services) -> None:
    with pytest.raises(CardInvalid) as caught:
        save_card(services.library, services.library_service, _card(competitor=" "))
    assert [p.field for p in caught.value.problems] == ["competitor"]
    with pytest.raises(CardInvalid) as caught:
        save_card(services.library, services.library_service, _card(landmines=[""]))
    assert str(caught.value) == "The section “Landmines” is empty: fill it in or remove it from the card."
    with services.library.reading() as conn:
        assert repo.list_items(conn) == []
    assert not (services.library.root / "cards").exists() or not any(
        (services.library.root / "cards").iterdir()
    )


def test_a_deck_is_not_a_battle_card(services: Services, tmp_path: Path) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text("# Notes\n\nJust notes.\n", encoding="utf-8")
    (item_id,) = services.library_service.import_paths([doc]).item_ids
    with pytest.raises(NotABattleCard):
        load_card(services.library, item_id, original=_original(services))
    with pytest.raises(NotABattleCard):
        save_card(services.library, services.library_service, _card(), item_id=item_id, base_version=1)


def test_template_lists_the_competitors_products(services: Services) -> None:
    services.library_service.import_paths(
        [DEMO / "globex_ru.md", DEMO / "globex_en.md", DEMO / "strelec_ru.md"]
    )
    assert known_competitors(services.library) == ["Globex", "Стрелец"]
    card = card_template(services.library, "globex", language="ru", owner="anna", today=dt.date(2026, 1, 1))
    assert card.competitor == "Globex"
    assert set(card.products) == {
        "NW-1000",
        "NW-2400",
        "PX-300",
        "SRV-MIGR-GX",
        "BUNDLE-GX-SWAP",
        "PX-500",
        "PX-300G",
        "SRV-SUP-24x7",
    }
    assert card.review_by == dt.date(2026, 4, 1)
    assert card.strengths == [] and card.objections == []
    assert "## Сильные стороны" in card.to_markdown()
    with pytest.raises(CardInvalid):  # a template alone is empty
        save_card(services.library, services.library_service, card)


def test_field_intel_goes_into_a_section(services: Services) -> None:
    services.reports.add_intel(
        "sam", "price", competitor="Initech", text="Initech offered -30%\n to the bank."
    )
    services.reports.add_intel("sam", "claim", competitor="Globex", text="Globex claims free installation.")
    found = intel_for(services.reports, "anna", "initech")
    assert [r.text for r in found] == ["Initech offered -30%\n to the bank."]
    card = append_intel(_card(), "pricing", found[0])
    assert card.pricing == [
        f"Initech offered -30% to the bank. (field intel #{found[0].id}, sam, "
        f"{found[0].at.date().isoformat()})"
    ]
    asked = append_intel(_card(), "objections", found[0])
    assert asked.objections and asked.objections[-1].answer == ""
    with pytest.raises(PermissionDenied):
        intel_for(services.reports, "sam", "Initech")


def test_a_cards_file_is_named_after_its_title_unique_in_its_folder(services: Services) -> None:
    """Sellers see the file's name in the preview and in "Open original": it says what the card is."""
    lib, importer = services.library, services.library_service
    first = save_card(lib, importer, _card(), actor="anna")
    assert first.path.name == "initech-battle-card.md"
    other = save_card(lib, importer, _card(weaknesses=["A different quokka."]), actor="anna")
    assert other.item_id != first.item_id and other.path.name == "initech-battle-card-2.md"
    russian = save_card(lib, importer, _card(title="Карта: Касперский — цены 2027"), actor="anna")
    assert russian.path.name == "karta-kasperskii-tseny-2027.md"

    # saving the card again writes its own file: a new version, not a new name
    again = save_card(
        lib, importer, _card(strengths=["Fast."]), item_id=first.item_id, base_version=1, actor="anna"
    )
    assert (again.item_id, again.version, again.path) == (first.item_id, 2, first.path)
    assert _found_file_names(services, first.item_id) == ["initech-battle-card.md"]

    # retitled: the file follows the title, its old copy goes (its text is in the versions)
    renamed = save_card(
        lib, importer, _card(title="Initech servers"), item_id=first.item_id, base_version=2, actor="anna"
    )
    assert (renamed.version, renamed.path.name) == (3, "initech-servers.md")
    assert not first.path.exists() and other.path.exists()
    assert _found_file_names(services, first.item_id) == ["initech-servers.md"]
    with lib.reading() as conn:
        names = [(v.number, v.source_name) for v in repo.get_versions(conn, first.item_id)]
    assert sorted(names) == [
        (1, "initech-battle-card.md"),
        (2, "initech-battle-card.md"),
        (3, "initech-servers.md"),
    ]


def test_editing_an_imported_card_leaves_the_imported_file_alone(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "globex.md"
    source.write_text((DEMO / "globex_en.md").read_text(encoding="utf-8"), encoding="utf-8")
    (item_id,) = services.library_service.import_paths([source], ItemMeta(kind=ItemKind.BATTLECARD)).item_ids
    card = load_card(services.library, item_id, original=_original(services)).card
    card.strengths = [*(card.strengths or []), "A wombat-grade logo."]
    saved = save_card(services.library, services.library_service, card, item_id=item_id, base_version=1)
    assert (
        saved.path.name == "globex-battle-card-servers-px-300-vs-proserver-360.md"
        and saved.path.parent.name == "cards"
    )
    assert source.exists(), "not the editor's file: it stays where it was imported from"


def _found_file_names(services: Services, item_id: int) -> list[str]:
    """The item's files in the library's cards folder."""
    with services.library.reading() as conn:
        paths = [p for p, s in repo.all_sources(conn).items() if s.item_id == item_id]
    return sorted(Path(p).name for p in paths if Path(p).parent.name == "cards")
