"""What the voting widgets load in one background task: plain data, gathered off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from enablement.domain import Unit
from enablement.voting import Ballot, Notification, Person, Results, Status, UnitComment, Vote, VotingService


@dataclass(slots=True)
class BoardData:
    me: Person
    ballots: list[Ballot]
    my_votes: dict[int, str]
    notifications: list[Notification]
    unread: int
    now: datetime
    results: dict[int, Results] = field(default_factory=dict)

    @property
    def awaiting(self) -> int:
        """Open ballots `me` may vote on and has not: what the top bar's Voting badge counts.

        Not the unread notifications: those include answers to the person's field intel (the
        Inbox's badge counts them) and decisions on closed ballots, nothing to do on Voting.
        """
        return sum(
            1
            for b in self.ballots
            if b.status is Status.OPEN and b.id not in self.my_votes and b.admits(self.me.team or "")
        )


@dataclass(slots=True)
class PageData:
    ballot: Ballot
    results: Results
    mine: Vote | None
    units: list[Unit] = field(default_factory=list)
    comments: list[UnitComment] = field(default_factory=list)
    heat: dict[int, int] = field(default_factory=dict)
    now: datetime | None = None


def load_board(voting: VotingService, user: str, *, team: bool = False) -> BoardData:
    """The board as `user` sees it; creates their profile (role sales) on first run.

    On a team library the admin creates profiles (a seller may not), so it is only read there.
    """
    me = voting.get_person(user) if team else voting.ensure_person(user)
    ballots = voting.list_ballots(user)
    return BoardData(
        me=me,
        results={b.id: voting.results(user, b.id) for b in ballots},
        ballots=ballots,
        my_votes=voting.my_votes(user),
        notifications=voting.notifications(user, limit=30),
        unread=voting.unread_count(user),
        now=voting.now(),
    )


def load_page(voting: VotingService, user: str, ballot_id: int) -> PageData:
    ballot = voting.get_ballot(ballot_id)
    data = PageData(
        ballot=ballot,
        results=voting.results(user, ballot_id),
        mine=voting.my_vote(user, ballot_id),
        now=voting.now(),
    )
    if ballot.item_id is not None:
        data.units = voting.ballot_units(ballot_id)
        data.comments = voting.unit_comments(ballot_id)
        data.heat = voting.heat_map(ballot_id)
    return data
