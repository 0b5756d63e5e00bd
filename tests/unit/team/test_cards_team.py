"""Battle cards on a team server, as real logins: a marketer saves a card as a new version; a seller
cannot, told so in plain words, and the database itself refuses a seller who goes round the app."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from enablement.app import build_services
from enablement.config import Settings
from enablement.errors import PermissionDenied
from enablement.store import repository as repo
from enablement.store.library import Library
from enablement.workbench.card_library import CardConflict, load_card, save_card
from enablement.workbench.cards import BattleCard
from tests.unit.team.conftest import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()

CARD = BattleCard(
    competitor="Initech",
    language="en",
    review_by=dt.date(2027, 1, 31),
    weaknesses=["Initech support sleeps like a dormouse."],
)


def test_a_marketer_saves_and_a_seller_is_refused(team: Team, tmp_path: Path) -> None:
    with build_services(Settings.resolve(str(tmp_path / "mia"), team.url("mia")), create_demo=False) as mia:
        saved = save_card(mia.library, mia.library_service, CARD, status="published")
        assert [h.actor for h in mia.publishing.history(saved.item_id)] == [team.name("mia")]
        hits = mia.search.search("dormouse", log=False, correct=False).hits
        assert {h.item for h in hits} == {saved.item_id}
        from enablement.preview.service import PreviewService

        loaded = load_card(mia.library, saved.item_id, original=PreviewService(mia.library).original_path)
        loaded.card.strengths = ["A big booth at every fair."]
        again = save_card(
            mia.library, mia.library_service, loaded.card, item_id=saved.item_id, base_version=1
        )
        assert again.version == 2

    with build_services(Settings.resolve(str(tmp_path / "sam"), team.url("sam")), create_demo=False) as sam:
        for item_id in (None, saved.item_id):
            with pytest.raises(PermissionDenied) as caught:
                save_card(sam.library, sam.library_service, CARD, item_id=item_id, base_version=2)
            assert str(caught.value).startswith(
                f"Only marketing can save battle cards; '{team.name('sam')}' is"
            )
        # Round the app's check, the database is the wall.
        with pytest.raises(PermissionDenied) as caught, sam.library.transaction() as conn:
            repo.touch_source(conn, "/tmp/x.md", -1, -1, "", saved.item_id)
        assert "The team database does not allow this for your account" in str(caught.value)

    with Library(tmp_path / "owner", team.owner_url) as owner, owner.reading() as conn:
        assert repo.get_item(conn, saved.item_id).version == 2


def test_two_marketers_on_the_team_server_save_one_card_at_once(team: Team, tmp_path: Path) -> None:
    """Mia and the admin (a marketer too) both opened version 1 and press Save at the same moment,
    as two logins on two threads: one save goes through, the other is told and writes nothing. The
    claim needs marketing's rights on card_saves, and sellers have none."""
    mia_settings = Settings.resolve(str(tmp_path / "mia"), team.url("mia"))
    admin_settings = Settings.resolve(str(tmp_path / "admin"), team.url("admin"))
    with (
        build_services(mia_settings, create_demo=False) as mia,
        build_services(admin_settings, create_demo=False) as admin,
    ):
        first = save_card(mia.library, mia.library_service, CARD)
        start = threading.Barrier(2)
        outcomes: dict[str, object] = {}

        def save(who: str, services: object, word: str) -> None:
            card = dataclasses.replace(CARD, strengths=[f"{word} at every fair."])
            start.wait()
            try:
                outcomes[who] = save_card(
                    services.library, services.library_service, card,  # type: ignore[attr-defined]
                    item_id=first.item_id, base_version=1,
                )  # fmt: skip
            except CardConflict as exc:
                outcomes[who] = exc

        threads = [
            threading.Thread(target=save, args=("mia", mia, "A quince")),
            threading.Thread(target=save, args=("admin", admin, "A medlar")),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(type(o).__name__ for o in outcomes.values()) == ["CardConflict", "SavedCard"], outcomes
        refused = next(o for o in outcomes.values() if isinstance(o, CardConflict))
        winner = next(who for who, o in outcomes.items() if not isinstance(o, CardConflict))
        assert team.name(winner) in str(refused)
    with Library(tmp_path / "owner", team.owner_url) as owner, owner.reading() as conn:
        assert repo.get_item(conn, first.item_id).version == 2
        assert owner.engine.dialect.name == "postgresql"
        assert conn.execute(sa.text("SELECT count(*) FROM card_saves")).scalar() == 0
    with team.connect("sam") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM card_saves")


def test_a_marketer_plans_a_gap_as_a_draft_card_and_a_seller_is_refused(team: Team, tmp_path: Path) -> None:
    """Issue 11 review: planning a gap makes its draft battle card, on the team server as the
    marketer's login; a seller is refused before any card is written."""
    from enablement.search.keys import query_key
    from enablement.workbench.gap_cards import plan_gap_card

    key = query_key("Initech SLA terms")
    with Library(tmp_path / "owner", team.owner_url) as owner, owner.transaction() as conn:
        for who in ("ann", "bob", "cid"):
            repo.log_search(conn, query="Initech SLA terms", hits=0, took_ms=1.0, user=who, query_key=key)
    sam_settings = Settings.resolve(str(tmp_path / "sam"), team.url("sam"))
    refused = pytest.raises(PermissionDenied, match="Only marketing decides about content gaps")
    with build_services(sam_settings, create_demo=False) as sam, refused:
        plan_gap_card(sam.library, sam.library_service, sam.insights.gaps, sam.user, key)
    with build_services(Settings.resolve(str(tmp_path / "mia"), team.url("mia")), create_demo=False) as mia:
        planned = plan_gap_card(mia.library, mia.library_service, mia.insights.gaps, mia.user, key, "weekly")
        assert planned.created and planned.title == "Initech SLA terms"
        again = plan_gap_card(mia.library, mia.library_service, mia.insights.gaps, mia.user, key)
        assert (again.item_id, again.created) == (planned.item_id, False)
    with Library(tmp_path / "owner", team.owner_url) as owner, owner.reading() as conn:
        item = repo.get_item(conn, planned.item_id)
        assert (item.title, str(item.status)) == ("Initech SLA terms", "draft")
        titles = [i.title for i in repo.list_items(conn)]
        assert titles.count("Initech SLA terms") == 1
    with build_services(Settings.resolve(str(tmp_path / "sam2"), team.url("sam")), create_demo=False) as sam:
        decision = sam.insights.gaps.decision(key)  # everyone reads the decisions
        assert decision is not None and decision.item_id == planned.item_id
