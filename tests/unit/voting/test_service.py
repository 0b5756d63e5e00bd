"""Voting rules on SQLite and PostgreSQL: one vote per person, close, audience, hidden totals, roles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.domain import ItemStatus
from enablement.errors import NotFound, PermissionDenied, VotingError
from enablement.store import Library, repository
from enablement.store.schema import votes
from enablement.voting import BallotSpec, Outcome, Product, Role, Status, VotingService


def _open(voting: VotingService, **kw: object) -> int:
    return voting.create_ballot("mia", BallotSpec(title=kw.pop("title", "Router X1"), **kw)).id  # type: ignore[arg-type]


def _vote_rows(library: Library, ballot_id: int) -> list[tuple[int, str]]:
    with library.reading() as conn:
        return [
            (r.person_id, r.option)
            for r in conn.execute(sa.select(votes).where(votes.c.ballot_id == ballot_id))
        ]


def test_double_vote_changes_the_vote_and_never_duplicates(voting: VotingService, library: Library) -> None:
    ballot = _open(voting, hide_totals=False)
    voting.vote("sam", ballot, "Will sell it")
    voting.vote("sam", ballot, "will-sell-it")  # the same vote again: no change
    voting.vote("sam", ballot, "Won't sell it", "clients will ask about SLA terms")
    assert len(_vote_rows(library, ballot)) == 1
    results = voting.results("sam", ballot)
    assert results.tally == {"Will sell it": 0, "Needs changes": 0, "Won't sell it": 1}
    assert voting.my_vote("sam", ballot).option == "Won't sell it"  # type: ignore[union-attr]


def test_unique_constraint_guards_the_table(voting: VotingService, library: Library) -> None:
    ballot = _open(voting)
    voting.vote("sam", ballot, "Will sell it")
    person_id = voting.get_person("sam").id
    with pytest.raises(sa.exc.IntegrityError), library.transaction() as conn:
        now = voting.now()
        conn.execute(
            sa.insert(votes).values(
                ballot_id=ballot,
                person_id=person_id,
                option="Needs changes",
                reason="x",
                team="",
                cast_at=now,
                updated_at=now,
            )
        )


def test_change_before_close_and_rejected_after(voting: VotingService, clock: Any) -> None:
    ballot = voting.create_ballot("mia", BallotSpec(title="X1", closes_at=clock.now.replace(hour=17))).id
    voting.vote("sue", ballot, "Needs changes", "needs a price slide")
    clock.advance(hours=1)
    voting.vote("sue", ballot, "Will sell it")  # still open: changed
    clock.advance(hours=8)  # past 17:00, closed by the clock
    assert voting.get_ballot(ballot).status is Status.CLOSED
    with pytest.raises(VotingError, match="closed"):
        voting.vote("sue", ballot, "Won't sell it", "too late")
    with pytest.raises(VotingError, match="closed"):
        voting.vote("nick", ballot, "Will sell it")
    assert voting.my_vote("sue", ballot).option == "Will sell it"  # type: ignore[union-attr]


def test_vote_after_explicit_close_is_rejected(voting: VotingService) -> None:
    ballot = _open(voting)
    voting.vote("sam", ballot, "1")
    closed = voting.close_ballot("mia", ballot)
    assert closed.status is Status.CLOSED and closed.votes == 1
    with pytest.raises(VotingError, match="can no longer be cast or changed"):
        voting.vote("sam", ballot, "Needs changes", "reason")
    with pytest.raises(VotingError, match="already closed"):
        voting.close_ballot("mia", ballot)


def test_scheduled_ballot_opens_later(voting: VotingService, clock: Any) -> None:
    ballot = voting.create_ballot(
        "mia", BallotSpec(title="Q3 bundle", opens_at=clock.now.replace(hour=12))
    ).id
    with pytest.raises(VotingError, match="opens at"):
        voting.vote("sam", ballot, "Will sell it")
    clock.advance(hours=4)
    voting.vote("sam", ballot, "Will sell it")


def test_outsider_vote_is_rejected(voting: VotingService) -> None:
    ballot = _open(voting, audience=["north"])  # team names match case-insensitively
    voting.vote("sam", ballot, "Will sell it")
    with pytest.raises(VotingError, match="outside its audience"):
        voting.vote("sue", ballot, "Will sell it")
    assert [b.id for b in voting.list_ballots("sue")] == []
    assert [b.id for b in voting.list_ballots("sam")] == [ballot]
    results = voting.results("mia", ballot)
    assert (results.votes, results.audience_size, results.turnout) == (1, 2, 0.5)


def test_hidden_totals_until_close(voting: VotingService) -> None:
    ballot = _open(voting)  # hidden by default
    voting.vote("sam", ballot, "Will sell it")
    voting.vote("sue", ballot, "Won't sell it", "no budget in the South this year")
    for who in ("sam", "mia"):
        hidden = voting.results(who, ballot)
        assert hidden.visible is False and hidden.tally is None and hidden.reasons is None
        assert hidden.votes == 2
        assert voting.show(who, ballot)["tally"] is None
    with pytest.raises(PermissionDenied, match="hides its totals"):
        voting.audit_trail("sam", ballot)
    voting.close_ballot("mia", ballot)
    shown = voting.results("sam", ballot)
    assert shown.tally == {"Will sell it": 1, "Needs changes": 0, "Won't sell it": 1}
    assert shown.by_team == {
        "North": {"Will sell it": 1, "Needs changes": 0, "Won't sell it": 0},
        "South": {"Will sell it": 0, "Needs changes": 0, "Won't sell it": 1},
    }
    assert [r.text for r in shown.reasons["Won't sell it"]] == ["no budget in the South this year"]  # type: ignore[index]
    assert shown.turnout == 0.5  # 2 of 4 people


def test_live_totals_when_not_hidden(voting: VotingService) -> None:
    ballot = _open(voting, hide_totals=False)
    voting.vote("nick", ballot, "Needs changes", "add a TCO slide")
    assert voting.results("sue", ballot).tally == {"Will sell it": 0, "Needs changes": 1, "Won't sell it": 0}


def test_reason_required_for_negative_votes(voting: VotingService) -> None:
    ballot = _open(voting)
    with pytest.raises(VotingError, match="Say why"):
        voting.vote("sam", ballot, "wont-sell-it")
    voting.vote("sam", ballot, "Will sell it")  # positive: no reason needed
    relaxed = _open(voting, title="Relaxed", reason_required=False)
    voting.vote("sam", relaxed, "Won't sell it")


def test_custom_options_and_score(voting: VotingService) -> None:
    custom = _open(voting, options=["Bundle A", "Bundle B", "bundle a"], negative_options=["Bundle B"])
    assert voting.get_ballot(custom).options == ["Bundle A", "Bundle B"]
    voting.vote("sam", custom, "2", "B lacks the VPN option")  # by number
    assert voting.my_vote("sam", custom).option == "Bundle B"  # type: ignore[union-attr]
    with pytest.raises(VotingError, match="not an option"):
        voting.vote("sam", custom, "Bundle C")
    score = _open(voting, title="Rate the deck", score=True, hide_totals=False)
    voting.vote("sam", score, "5")
    voting.vote("sue", score, "2", "too long")
    assert voting.results("mia", score).mean_score == 3.5


def test_role_checks(voting: VotingService) -> None:
    with pytest.raises(PermissionDenied, match="Only marketing can create"):
        voting.create_ballot("sam", BallotSpec(title="Mine"))
    with pytest.raises(PermissionDenied, match="no profile"):
        voting.create_ballot("stranger", BallotSpec(title="Mine"))
    ballot = _open(voting)
    with pytest.raises(PermissionDenied):
        voting.close_ballot("sam", ballot)
    voting.close_ballot("mia", ballot)
    with pytest.raises(PermissionDenied):
        voting.decide("sue", ballot, Outcome.GO, "because")
    # marketing votes too:
    other = _open(voting, title="Other")
    voting.vote("mia", other, "Will sell it")


def test_unknown_voter_gets_a_sales_profile(voting: VotingService) -> None:
    ballot = _open(voting)
    voting.vote("newbie", ballot, "Will sell it")
    person = voting.get_person("newbie")
    assert person.role is Role.SALES and person.team == ""


def test_people_admin_once_an_admin_exists(voting: VotingService) -> None:
    voting.add_person("sam", "ann", "sales", "West")  # no admin yet: open
    voting.add_person("sam", "ada", "admin")
    with pytest.raises(PermissionDenied, match="Only an admin"):
        voting.add_person("mia", "eve", "marketing")
    voting.add_person("ada", "eve", "marketing", "HQ")
    assert voting.update_person("sam", "sam", team="West").team == "West"  # own team: allowed
    with pytest.raises(PermissionDenied):
        voting.update_person("sam", "sam", role="marketing")
    with pytest.raises(VotingError, match="Unknown role"):
        voting.add_person("ada", "bob", "boss")
    assert [p.name for p in voting.list_people()] == ["ada", "ann", "eve", "mia", "nick", "sam", "sue"]


def test_nonexistent_ballot(voting: VotingService) -> None:
    for call in (
        lambda: voting.vote("sam", 999, "Will sell it"),
        lambda: voting.close_ballot("mia", 999),
        lambda: voting.decide("mia", 999, "go", "r"),
        lambda: voting.results("sam", 999),
        lambda: voting.show("sam", 999),
        lambda: voting.comment_unit("sam", 999, 1, "hm"),
    ):
        with pytest.raises(NotFound, match="no ballot 999"):
            call()


def test_audit_trail_keeps_every_change(voting: VotingService) -> None:
    ballot = _open(voting)
    voting.vote("sam", ballot, "Will sell it")
    voting.vote("sam", ballot, "Will sell it")  # no change: no entry
    voting.vote("sam", ballot, "Needs changes", "clients will ask about the warranty")
    voting.close_ballot("mia", ballot)
    voting.decide("mia", ballot, "go with changes", "add the warranty slide")
    trail = voting.audit_trail("sam", ballot)
    assert [(e.actor, e.action, e.old_value, e.new_value) for e in trail] == [
        ("mia", "create", None, "Router X1"),
        ("sam", "vote", None, "Will sell it"),
        ("sam", "vote", "Will sell it", "Needs changes"),
        ("mia", "close", "open", "closed"),
        ("mia", "decide", None, "Go with changes"),
    ]
    assert trail[2].reason == "clients will ask about the warranty"
    assert all(e.at.tzinfo is not None for e in trail)
    assert trail == sorted(trail, key=lambda e: e.at)


def test_decision_go_publishes_the_draft(
    voting: VotingService, library: Library, make_draft: Callable[..., int]
) -> None:
    item_id = make_draft()
    ballot = voting.create_ballot("mia", BallotSpec(title="Ship the X1 deck?", item_id=item_id)).id
    assert [u.number for u in voting.ballot_units(ballot)] == [1, 2, 3]
    voting.vote("sam", ballot, "Will sell it")
    with pytest.raises(VotingError, match="close it first"):
        voting.decide("mia", ballot, "Go", "sales likes it")
    voting.close_ballot("mia", ballot)
    with pytest.raises(VotingError, match="rationale"):
        voting.decide("mia", ballot, "Go", "  ")
    decided = voting.decide("mia", ballot, "GO", "sales likes it")
    assert decided.status is Status.DECIDED and decided.decision.outcome is Outcome.GO  # type: ignore[union-attr]
    with library.reading() as conn:
        item = repository.get_item(conn, item_id)
        assert item.status is ItemStatus.PUBLISHED
        assert item_id in repository.stale_item_ids(conn)  # the index will pick it up
    with pytest.raises(VotingError, match="was decided"):
        voting.decide("mia", ballot, "No go", "changed my mind")
    with pytest.raises(VotingError, match="only drafts"):
        voting.create_ballot("mia", BallotSpec(title="Again", item_id=item_id))


def test_no_go_keeps_the_draft_and_postponed_can_be_revisited(
    voting: VotingService, library: Library, make_draft: Callable[..., int]
) -> None:
    item_id = make_draft("Battle card draft")
    ballot = voting.create_ballot("mia", BallotSpec(title="Card", item_id=item_id)).id
    voting.close_ballot("mia", ballot)
    voting.decide("mia", ballot, "postponed", "wait for pricing")
    voting.decide("mia", ballot, "no-go", "pricing killed it")
    with library.reading() as conn:
        assert repository.get_item(conn, item_id).status is ItemStatus.DRAFT


def test_decision_notifies_voters(voting: VotingService) -> None:
    ballot = _open(voting, audience=["North"])
    assert [n.kind for n in voting.notifications("sam")] == ["ballot"]
    assert voting.notifications("sue") == []  # not in the audience
    voting.vote("sam", ballot, "Will sell it")
    voting.close_ballot("mia", ballot)
    voting.decide("mia", ballot, Outcome.NO_GO, "the price point is wrong")
    notes = voting.notifications("sam", unread_only=True)
    text = str(notes[0].message)
    assert notes[0].kind == "decision" and "No go" in text and "price point" in text
    assert voting.unread_count("sam") == 2
    assert voting.mark_read("sam") == 2
    assert voting.unread_count("sam") == 0
    assert voting.unread_count("mia") == 0  # the decider is not told about her own decision


def test_slide_comments_make_a_heat_map(
    voting: VotingService, library: Library, make_draft: Callable[..., int]
) -> None:
    item_id = make_draft(slides=4)
    ballot = voting.create_ballot("mia", BallotSpec(title="Deck", item_id=item_id)).id
    voting.comment_unit("sam", ballot, 2, "pricing slide is unclear")
    voting.comment_unit("sue", ballot, 2, "needs a competitor column")
    voting.comment_unit("sue", ballot, 4, "typo")
    assert voting.heat_map(ballot) == {2: 2, 4: 1}
    with pytest.raises(NotFound, match="no slide or section 9"):
        voting.comment_unit("sam", ballot, 9, "?")
    product = _open(voting, title="Product", product=Product(name="X2", description="A router"))
    with pytest.raises(VotingError, match="about a product"):
        voting.comment_unit("sam", product, 1, "?")


def test_editing_a_ballot(voting: VotingService, clock: Any) -> None:
    ballot = _open(voting)
    edited = voting.update_ballot("mia", ballot, BallotSpec(title="Router X1 (v2)", options=["Yes", "No"]))
    assert edited.options == ["Yes", "No"] and edited.title == "Router X1 (v2)"
    voting.vote("sam", ballot, "Yes")
    with pytest.raises(VotingError, match="options can no"):
        voting.update_ballot("mia", ballot, BallotSpec(title="X", options=["A", "B"]))
    later = clock.now.replace(hour=20)
    assert (
        voting.update_ballot(
            "mia", ballot, BallotSpec(title="X", options=["Yes", "No"], closes_at=later)
        ).closes_at
        == later
    )
    with pytest.raises(VotingError, match="not in the future"):
        voting.create_ballot("mia", BallotSpec(title="Past", closes_at=clock.now.replace(hour=8)))


def test_go_makes_the_draft_searchable_as_published(library: Library, make_draft: Callable[..., int]) -> None:
    from enablement.search.service import SearchService

    search = SearchService(library)
    try:
        voting = VotingService(library, on_items_changed=search.sync)
        voting.add_person("setup", "mia", "marketing", "HQ")
        other = make_draft("Wombat switch deck")  # a published neighbour, so the index is not empty
        with library.transaction() as conn:
            repository.update_item(conn, other, status="published")
        item_id = make_draft("Quokka router deck")
        search.sync()
        assert search.search("quokka", status="published", log=False).total == 0
        ballot = voting.create_ballot("mia", BallotSpec(title="Quokka?", item_id=item_id)).id
        voting.close_ballot("mia", ballot)
        voting.decide("mia", ballot, "go", "ship it")
        found = search.search("quokka", status="published", log=False)
        assert {hit.item for hit in found.hits} == {item_id}
    finally:
        search.close()


def test_product_attachments_go_into_the_blob_store(
    voting: VotingService, library: Library, tmp_path: Any
) -> None:
    sheet = tmp_path / "x2-datasheet.pdf"
    sheet.write_bytes(b"%PDF-1.4 router x2")
    record = voting.attach(sheet)
    assert record["name"] == "x2-datasheet.pdf" and library.blobs.has(record["sha256"])
    product = Product(name="Router X2", description="Wi-Fi 7", attachments=[record])
    ballot = voting.create_ballot("mia", BallotSpec(title="X2", product=product))
    assert voting.get_ballot(ballot.id).product.attachments == [record]
    with pytest.raises(VotingError, match="Cannot read the attachment"):
        voting.attach(tmp_path / "missing.pdf")


def test_made_up_names_cannot_vote_once_an_admin_runs_the_team(voting: VotingService) -> None:
    ballot = voting.create_ballot("mia", BallotSpec(title="X1")).id
    voting.vote("walk-in", ballot, "Will sell it")  # before any admin: first use creates a sales profile
    assert voting.get_person("walk-in").role == Role.SALES
    voting.add_person("setup", "ada", "admin")
    with pytest.raises(PermissionDenied, match="has no profile"):
        voting.vote("sock-puppet", ballot, "Will sell it")
    with pytest.raises(NotFound):
        voting.get_person("sock-puppet")
    assert voting.results("mia", ballot).votes == 1
