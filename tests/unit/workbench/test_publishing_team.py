"""Publishing on a team server: only marketing moves statuses (the service refuses first, the
database refuses the SQL itself), and a seller's desktop index holds published items only."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.domain import ItemStatus
from enablement.errors import PermissionDenied
from enablement.store import repository as repo
from tests.helpers.cards_md import write_card
from tests.helpers.team import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()


def desktop(team: Team, who: str, folder: Path) -> Services:
    return build_services(
        Settings(library_dir=folder, db_url=team.url(who), user="", is_default_library=False),
        create_demo=False,
    )


def items_found(services: Services, query: str) -> set[int]:
    return {hit.item for hit in services.search.search(query, log=False).hits}


def test_only_marketing_moves_and_sellers_search_only_published(team: Team, tmp_path: Path) -> None:
    cards = tmp_path / "cards"
    paths = [
        write_card(cards, "Draft card", word="orrery", status="draft"),
        write_card(cards, "Review card", word="orrery", status="draft"),
        write_card(cards, "Live card", word="orrery", status="published"),
        write_card(cards, "Old card", word="orrery", status="published"),
    ]
    with desktop(team, "mia", tmp_path / "mia") as mia:
        mia.library_service.import_paths(paths)
        with mia.library.reading() as conn:
            ids = {i.title: i.id for i in repo.list_items(conn)}
        mia.publishing.move(mia.user, ids["Review card"], ItemStatus.IN_REVIEW)
        mia.publishing.move(mia.user, ids["Old card"], ItemStatus.ARCHIVED, "replaced")
        assert not mia.search.published_only
        assert items_found(mia, "orrery status:archived") == {ids["Old card"]}  # marketing may look

    with desktop(team, "sam", tmp_path / "sam") as sam:
        assert sam.search.published_only
        assert items_found(sam, "orrery") == {ids["Live card"]}
        assert items_found(sam, "orrery status:archived") == set()
        assert items_found(sam, "orrery status:draft") == set()
        with pytest.raises(PermissionDenied, match="Only marketing can publish"):
            sam.publishing.move(sam.user, ids["Draft card"], ItemStatus.PUBLISHED)
        with pytest.raises(PermissionDenied):
            sam.publishing.verify(sam.user, ids["Live card"])
        # The seller reads the history (the library's own facts), as voting reads drafts.
        assert [h.actor for h in sam.publishing.history(ids["Old card"])] == [team.name("mia")]
        with sam.library.reading() as conn:
            assert repo.get_item(conn, ids["Draft card"]).status is ItemStatus.DRAFT

    # The database itself: the seller's SQL is refused, and nobody rewrites the history.
    with team.connect("sam") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE items SET status = 'published' WHERE id = %s", (ids["Draft card"],))
    with team.connect("sam") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO item_status_history (item_id, action, from_status, to_status, actor, at, note) "
            "VALUES (%s, 'move', 'draft', 'published', current_user, now(), '')",
            (ids["Draft card"],),
        )
    with team.connect("mia") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM item_status_history")
    with team.connect("mia") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(  # a marketer writes history only as themselves
            "INSERT INTO item_status_history (item_id, action, from_status, to_status, actor, at, note) "
            "VALUES (%s, 'move', 'draft', 'published', 'someone_else', now(), '')",
            (ids["Draft card"],),
        )

    with desktop(team, "mia", tmp_path / "mia") as mia:
        mia.publishing.move(mia.user, ids["Draft card"], ItemStatus.PUBLISHED)
    with desktop(team, "sam", tmp_path / "sam") as sam:
        assert items_found(sam, "orrery") == {ids["Live card"], ids["Draft card"]}
