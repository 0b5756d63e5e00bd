"""The team rules through the services: a seller's and a marketer's own `Library` and `VotingService`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from enablement.app import build_services
from enablement.config import Settings
from enablement.domain import ItemStatus
from enablement.errors import PermissionDenied
from enablement.search.service import SearchService
from enablement.store import repository
from enablement.store.library import Library
from enablement.voting import BallotSpec, Status, VotingService
from tests.unit.team.conftest import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()


@pytest.fixture
def as_user(team: Team, tmp_path: Path) -> Iterator[object]:
    opened: list[Library] = []

    def open_as(who: str) -> tuple[VotingService, str]:
        lib = Library(tmp_path / who, team.url(who))
        opened.append(lib)
        return VotingService(lib), team.name(who)

    yield open_as
    for lib in opened:
        lib.close()


def test_vote_results_close_and_decide(team: Team, as_user, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Library(tmp_path / "owner", team.owner_url) as owner:
        item_id = store_draft(owner, title="Switch S5 deck")
    mia_svc, mia = as_user("mia")
    sam_svc, sam = as_user("sam")
    sue_svc, sue = as_user("sue")
    ballot = mia_svc.create_ballot(mia, BallotSpec(title="Ship S5?", item_id=item_id, hide_totals=True))

    sam_svc.vote(sam, ballot.id, "Will sell it")
    sue_svc.vote(sue, ballot.id, "Won't sell it", "too dear")
    sam_svc.vote(sam, ballot.id, "Needs changes", "add pricing")  # a change of mind is an update

    hidden = sam_svc.results(sam, ballot.id)
    assert not hidden.visible and hidden.tally is None
    assert hidden.votes == 2  # turnout is always visible, counted by the database
    assert sam_svc.get_ballot(ballot.id).votes == 2
    assert {b.id: b.votes for b in sam_svc.list_ballots(sam)}[ballot.id] == 2
    my_vote = sam_svc.my_vote(sam, ballot.id)
    assert my_vote is not None and my_vote.option == "Needs changes"

    # Sellers may not close or decide, neither by the service's rule nor by the database's.
    with pytest.raises(PermissionDenied):
        sam_svc.close_ballot(sam, ballot.id)
    with pytest.raises(PermissionDenied):
        sam_svc.decide(sam, ballot.id, "Go", "because")
    # Nor vote as someone else: the profile is sue's, the login sam's.
    with pytest.raises(PermissionDenied):
        sam_svc.vote(sue, ballot.id, "Will sell it")
    assert sue_svc.my_vote(sue, ballot.id).option == "Won't sell it"  # type: ignore[union-attr]

    mia_svc.close_ballot(mia, ballot.id)
    shown = sam_svc.results(sam, ballot.id)
    assert shown.visible and shown.votes == 2
    assert shown.tally == {"Will sell it": 0, "Needs changes": 1, "Won't sell it": 1}
    assert {r.voter for rs in (shown.reasons or {}).values() for r in rs} == {sam, sue}

    decided = mia_svc.decide(mia, ballot.id, "Go", "Enough support")
    assert decided.status is Status.DECIDED
    with mia_svc._library.reading() as conn:
        assert repository.get_item(conn, item_id).status is ItemStatus.PUBLISHED  # marketing publishes
    assert any(n.ballot_id == ballot.id for n in sam_svc.notifications(sam))
    assert sam_svc.mark_read(sam) >= 1 and sam_svc.unread_count(sam) == 0


def test_seller_flows_under_row_security(team: Team, as_user, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Library(tmp_path / "owner", team.owner_url) as owner:
        item_id = store_draft(owner, title="Firewall F2 deck", slides=2)
    mia_svc, mia = as_user("mia")
    sam_svc, sam = as_user("sam")
    ballot = mia_svc.create_ballot(mia, BallotSpec(title="F2?", item_id=item_id))
    comment = sam_svc.comment_unit(sam, ballot.id, 2, "Slide 2 needs a price")
    assert [c.id for c in mia_svc.unit_comments(ballot.id)] == [comment.id]
    assert sam_svc.heat_map(ballot.id) == {2: 1}
    assert [u.number for u in sam_svc.ballot_units(ballot.id)] == [1, 2]
    sam_svc.vote(sam, ballot.id, "Will sell it")
    assert sam_svc.my_votes(sam)[ballot.id] == "Will sell it"
    trail = mia_svc.audit_trail(mia, ballot.id)
    assert [e.action for e in trail] == ["create", "vote"]
    assert sam_svc.show(sam, ballot.id)["votes"] == 1


def test_no_profile_no_vote(team: Team, as_user, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mia_svc, mia = as_user("mia")
    ballot = mia_svc.create_ballot(mia, BallotSpec(title="Anyone?"))
    with pytest.raises(PermissionDenied, match="enablement team add"):
        mia_svc.vote(team.name("ghost"), ballot.id, "Will sell it")


def test_search_sync_as_a_seller_leaves_items_alone(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        item_id = store_draft(owner, title="Search me")
        with owner.transaction() as conn:
            repository.update_item(conn, item_id, status=ItemStatus.PUBLISHED)
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        search = SearchService(lib, user=team.name("sam"))
        try:
            assert search.sync() >= 1  # indexes locally; indexed_version is not written (no right to)
            assert search.search("slide").total > 0  # and logs the search as sam (own row)
        finally:
            search.close()


CARD = """---
title: Globex battle card
competitor: Globex
---
# Strengths
Globex has a large partner network.
"""


def test_seller_import_and_remove_are_refused_before_the_database_wall(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        item_id = store_draft(owner, title="Keep me")
    card = tmp_path / "card.md"
    card.write_text(CARD, encoding="utf-8")

    # Through the service: a sentence that says why, before any file is read.
    with build_services(Settings.resolve(str(tmp_path / "sam"), team.url("sam")), create_demo=False) as sam:
        with pytest.raises(PermissionDenied, match="Only marketing can import into the team library") as err:
            sam.library_service.import_paths([card], workers=1)
        assert team.name("sam") in str(err.value) and "permission denied for table" not in str(err.value)
        with pytest.raises(PermissionDenied, match="Only marketing can remove items from the team library"):
            sam.library_service.remove_item(item_id)
        with sam.library.reading() as conn:
            assert repository.get_item(conn, item_id).title == "Keep me"
            assert repository.person_role(conn, team.name("sam")) == "sales"
            assert repository.person_role(conn, team.name("ghost")) is None

    # Behind it, the wall: the same login's plain SQL is refused by the database.
    with team.connect("sam") as conn:
        for statement in (
            f"DELETE FROM items WHERE id = {item_id}",
            f"UPDATE items SET status = 'published' WHERE id = {item_id}",
            "INSERT INTO blobs (sha256, size, data, added_at, added_by) VALUES ('x', 0, '', now(), 'me')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()

    # Marketing may do both, through the same service.
    with build_services(Settings.resolve(str(tmp_path / "mia"), team.url("mia")), create_demo=False) as mia:
        report = mia.library_service.import_paths([card], workers=1)
        assert report.imported == 1
        assert mia.library_service.remove_item(item_id).title == "Keep me"


def test_marketer_creates_a_ballot_for_a_one_person_audience(team: Team, as_user) -> None:  # type: ignore[no-untyped-def]
    """One notification is a one-row INSERT: no RETURNING (the read policy would refuse it)."""
    mia, mia_name = as_user("mia")
    ballot = mia.create_ballot(mia_name, BallotSpec(title="North only", audience=["North"]))  # sam alone
    sam, sam_name = as_user("sam")
    assert any(n.ballot_id == ballot.id for n in sam.notifications(sam_name))
    with team.owner() as conn:
        rows = conn.execute(
            "SELECT count(*) FROM notifications WHERE ballot_id = %s", (ballot.id,)
        ).fetchone()
    assert rows == (1,)


def test_people_are_managed_with_team_verbs_and_hints_say_so(team: Team, as_user, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin, admin_name = as_user("admin")
    with pytest.raises(PermissionDenied, match="enablement team add") as caught:
        admin.add_person(admin_name, "bob", "sales")
    assert "team set-role" in str(caught.value)
    with pytest.raises(PermissionDenied, match="team set-role"):
        admin.update_person(admin_name, team.name("sam"), role="marketing")
    sam, sam_name = as_user("sam")
    with pytest.raises(PermissionDenied) as refused:
        sam.create_ballot(sam_name, BallotSpec(title="Mine?"))
    assert f"enablement team set-role {sam_name} --role marketing" in str(refused.value)
    assert "enablement user add" not in str(refused.value)
    from enablement.insights.gaps import GapService

    with Library(tmp_path / "gaps", team.url("sam")) as lib, pytest.raises(PermissionDenied) as gap:
        GapService(lib).dismiss(sam_name, "some gap", "")
    assert "enablement team set-role" in str(gap.value)
