"""Versions on a team server: a seller compares versions, only marketing restores one.

The marketer imports a deck twice; the seller's desktop (its own empty folder) reads the kept
units of version 1 under its grants and sees the same diff. A restore by the seller is refused
before any work, and the database itself refuses the seller's writes to the kept units.
"""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.errors import PermissionDenied
from enablement.store import repository as repo
from enablement.workbench.diff import diff_versions, restore_version
from tests.helpers.team import Team, skip_without_pg
from tests.unit.workbench.diff_decks import V1, V2, write_deck

pytestmark = pytest.mark.pg
skip_without_pg()


def desktop(team: Team, who: str, folder: Path) -> Services:
    return build_services(
        Settings(library_dir=folder, db_url=team.url(who), user="", is_default_library=False),
        create_demo=False,
    )


def test_a_seller_compares_versions_but_only_marketing_restores(team: Team, tmp_path: Path) -> None:
    deck = tmp_path / "files" / "quokka.pptx"
    deck.parent.mkdir()
    write_deck(deck, V1, mtime=time.time() - 100)
    with desktop(team, "mia", tmp_path / "mia") as mia:
        mia.library_service.import_paths([deck])
        write_deck(deck, V2)
        assert mia.library_service.import_paths([deck]).updated == 1
        with mia.library.reading() as conn:
            (item,) = [i for i in repo.list_items(conn) if i.source_name == deck.name]
    with desktop(team, "sam", tmp_path / "sam") as sam:
        diff = diff_versions(sam.library, item.id)
        assert diff.old.source == "kept"
        assert [r.status.value for r in diff.rows] == [
            "unchanged", "unchanged", "added", "changed", "removed", "changed"
        ]  # fmt: skip
        with pytest.raises(PermissionDenied, match="Only marketing can restore an older version"):
            restore_version(sam.library, sam.importer, item.id, 1)
        with sam.library.reading() as conn:
            assert repo.get_item(conn, item.id).version == 2  # nothing happened
    with team.connect("sam") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM version_units")
    with desktop(team, "mia", tmp_path / "mia") as mia:
        result = restore_version(mia.library, mia.importer, item.id, 1, on_restored=mia.library_service.sync)
        assert (result.version, result.by) == (3, team.name("mia"))
        assert mia.search.search("wombat", log=False).total == 1
