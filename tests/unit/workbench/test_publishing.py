"""The publishing workflow on a real library (SQLite and PostgreSQL) with the real search index:
allowed and refused moves with their history, search following the status, the needs-review
queue, "still valid" and a marketer's own items."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from enablement.domain import ItemStatus
from enablement.errors import NotFound
from enablement.store import repository as repo
from enablement.workbench.publishing import MOVES, PublishingError
from tests.helpers.cards_md import write_card


@pytest.fixture
def services(tmp_path: Path, db_url: str | None) -> Iterator[Any]:
    from enablement.app import build_services
    from enablement.config import Settings

    settings = Settings(library_dir=tmp_path / "lib", db_url=db_url, user="anna", is_default_library=False)
    with build_services(settings, create_demo=False) as built:
        yield built


def imported(services: Any, tmp_path: Path, name: str, **card: Any) -> int:
    path = write_card(tmp_path / "cards", name, **card)
    services.library_service.import_paths([path])
    with services.library.reading() as conn:
        (item,) = [i for i in repo.list_items(conn) if i.title == name]
    return int(item.id)


def found(services: Any, word: str) -> int:
    """How many items a search for `word` finds (a card has several sections)."""
    return len({hit.item for hit in services.search.search(word, log=False).hits})


def status_of(services: Any, item_id: int) -> ItemStatus:
    with services.library.reading() as conn:
        return repo.get_item(conn, item_id).status


def test_a_draft_goes_through_review_to_search_and_out_again(services: Any, tmp_path: Path) -> None:
    item = imported(services, tmp_path, "Zephyr card", word="zephyrine")
    pub = services.publishing
    assert found(services, "zephyrine") == 0  # a draft is nobody's search result

    pub.move("anna", item, "in_review", "please check pricing")
    assert found(services, "zephyrine") == 0  # in review: still not in search
    pub.move("boris", item, ItemStatus.DRAFT, "prices are old")
    pub.move("anna", item, "in review")
    pub.move("boris", item, ItemStatus.PUBLISHED)
    assert found(services, "zephyrine") == 1
    pub.move("boris", item, ItemStatus.ARCHIVED, "replaced")
    assert found(services, "zephyrine") == 0
    assert found(services, "zephyrine status:archived") == 1  # the single user asks for it
    pub.move("anna", item, ItemStatus.PUBLISHED, "back in use")
    assert found(services, "zephyrine") == 1

    history = pub.history(item)
    assert [(h.from_status, h.to_status, h.actor) for h in history] == [
        ("draft", "in_review", "anna"),
        ("in_review", "draft", "boris"),
        ("draft", "in_review", "anna"),
        ("in_review", "published", "boris"),
        ("published", "archived", "boris"),
        ("archived", "published", "anna"),
    ]
    assert history[0].note == "please check pricing"
    assert history[0].at <= history[-1].at
    assert history[1].to_json()["to"] == "draft"


@pytest.mark.parametrize(
    ("start", "to"),
    [
        ("published", "in_review"),
        ("published", "draft"),
        ("archived", "draft"),
        ("archived", "in_review"),
        ("published", "published"),
    ],
)
def test_refused_moves_change_nothing(services: Any, tmp_path: Path, start: str, to: str) -> None:
    item = imported(services, tmp_path, "Card", word="quillon", status=start)
    with pytest.raises(PublishingError) as refused:
        services.publishing.move("anna", item, to)
    assert f"Item {item} ('Card')" in str(refused.value)
    assert status_of(services, item) == start
    assert services.publishing.history(item) == []


def test_every_status_has_its_moves_and_bad_input_is_explained(services: Any, tmp_path: Path) -> None:
    assert set(MOVES) == set(ItemStatus)
    item = imported(services, tmp_path, "Card", word="quillon")
    with pytest.raises(PublishingError, match="'ready' is not a status; use one of: draft, in_review"):
        services.publishing.move("anna", item, "ready")
    with pytest.raises(NotFound):
        services.publishing.move("anna", 9999, "published")
    with pytest.raises(PublishingError, match="is a draft; only published items are confirmed"):
        services.publishing.verify("anna", item)


def test_archive_items_is_a_move_with_its_history(services: Any, tmp_path: Path) -> None:
    item = imported(services, tmp_path, "Old card", word="quillon", status="published")
    services.library_service.archive_items([item], note="near copy")
    services.library_service.archive_items([item])  # twice: no error, no second line
    assert [(h.to_status, h.actor, h.note) for h in services.publishing.history(item)] == [
        ("archived", "anna", "near copy")
    ]


def test_the_review_queue_and_still_valid(services: Any, tmp_path: Path) -> None:
    today = date.today()
    overdue = imported(
        services, tmp_path, "Overdue", word="alpha", status="published", review_by=str(today - timedelta(10))
    )
    soon = str(today + timedelta(5))
    imported(services, tmp_path, "Fresh", word="beta", status="published", review_by=soon)
    imported(services, tmp_path, "Old draft", word="gamma", review_by=str(today - timedelta(30)))
    older = imported(
        services, tmp_path, "Older", word="delta", status="published", review_by=str(today - timedelta(40))
    )
    queue = services.publishing.needs_review()
    assert [(e.item_id, e.days_overdue) for e in queue] == [(older, 40), (overdue, 10)]
    assert queue[0].to_json()["owner"] == "anna"

    change = services.publishing.verify("boris", overdue, days=30)
    assert change.review_by == today + timedelta(30)
    with services.library.reading() as conn:
        assert repo.get_item(conn, overdue).review_by == today + timedelta(30)
    assert [e.item_id for e in services.publishing.needs_review()] == [older]
    (line,) = services.publishing.history(overdue)
    assert (line.action, line.actor, line.review_by) == ("verify", "boris", today + timedelta(30))
    assert status_of(services, overdue) is ItemStatus.PUBLISHED
    with pytest.raises(PublishingError, match="Review again in 1 to 3650 days, not 0"):
        services.publishing.verify("boris", overdue, days=0)


def test_owned_by_lists_a_marketers_items_with_their_moves(services: Any, tmp_path: Path) -> None:
    mine = imported(services, tmp_path, "Mine", word="alpha", owner="Anna")
    imported(services, tmp_path, "Theirs", word="beta", owner="boris", status="published")
    owned = services.publishing.owned_by("anna")
    assert [(o.item_id, o.status, o.moves) for o in owned] == [
        (mine, "draft", ("in_review", "published", "archived"))
    ]
    assert owned[0].to_json()["moves"] == ["in_review", "published", "archived"]
