"""Battle cards on a team server, as real logins: a marketer saves a card as a new version; a seller
cannot, told so in plain words, and the database itself refuses a seller who goes round the app."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from enablement.app import build_services
from enablement.config import Settings
from enablement.errors import PermissionDenied
from enablement.store import repository as repo
from enablement.store.library import Library
from enablement.workbench.card_library import load_card, save_card
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
        saved = save_card(mia.library, mia.library_service, CARD)
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
