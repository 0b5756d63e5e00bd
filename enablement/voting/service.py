"""Ballots on drafts and upcoming products: marketing asks, sales votes with reasons, marketing decides.

Rules live here, not in the UI or the CLI, so both enforce the same ones:

* roles: only marketing and admin create, edit, close and decide ballots; everyone
  with a profile votes. A person unknown to the people table gets a `sales` profile
  on first use (the desktop app does this for the OS user); an admin edits it later.
* people management is open until the first admin exists, then admin-only.
* integrity: one vote per person per ballot is a UNIQUE constraint; a vote is an
  insert-or-update that re-reads under a row lock, so concurrent processes can
  neither duplicate nor lose a vote; every change goes to `ballot_audit`; tallies
  are computed from `votes` on every read.
* a vote locks its ballot row for share (PostgreSQL; SQLite serialises writers with
  BEGIN IMMEDIATE) and a close locks it for update, so no vote slips in after close.
* team mode (`library.is_team`, enablement.team): the database enforces the roles too.
  Nobody gets a profile by acting; a seller reads other people's votes only through
  `enablement_ballot_votes` (hidden totals stay hidden) and counts them through
  `enablement_ballot_turnout`; the vote trigger takes the ballot's share lock, which a
  seller may not take with SELECT … FOR SHARE.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from enablement.domain import Item, ItemStatus, Unit
from enablement.errors import EnablementError, NotFound, PermissionDenied, VotingError, marketing_only
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store import repository
from enablement.store.library import Library
from enablement.store.schema import (
    ballot_audit,
    ballot_comments,
    ballots,
    items,
    notifications,
    people,
    votes,
)
from enablement.voting import _rows
from enablement.voting._json import show_json
from enablement.voting._rows import utc
from enablement.voting._spec import spec_values
from enablement.voting._tally import tally_results
from enablement.voting.models import (
    AuditEntry,
    Ballot,
    BallotSpec,
    Notification,
    Outcome,
    Person,
    Results,
    Role,
    Status,
    UnitComment,
    Vote,
    option_text,
)

log = logging.getLogger(__name__)


class VotingService:
    """People, ballots, votes, results, decisions and notifications over one library.

    Every method that acts takes `actor`, the acting person's name; the role check
    happens here. Methods open their own short transaction, so the service is safe
    to call from worker threads (the engine gives each thread its own connection).
    """

    def __init__(
        self,
        library: Library,
        *,
        clock: Callable[[], datetime] = repository.utcnow,
        on_items_changed: Callable[[], object] | None = None,
    ) -> None:
        """Serve `library`; the voting service never touches the search index itself.

        Args:
            library: the library whose people, ballots and draft items this service manages.
            clock: the current time (tests pass a fake one).
            on_items_changed: called after a decision changed library items (a draft was
                published), so that whoever keeps the search index wires it to an index sync
                (`enablement.app` does). An `EnablementError` from it is logged, not raised:
                the decision stands and the index catches up on the next sync.
        """
        self._library = library
        self._clock = clock
        self._on_items_changed = on_items_changed

    def now(self) -> datetime:
        return utc(self._clock())

    # ------------------------------------------------------------ people

    def ensure_person(self, name: str) -> Person:
        """The profile of `name`, created with role sales on first use."""
        with self._library.reading() as conn:  # the common case: no write lock needed
            person = _rows.find_person(conn, name.strip())
        if person is not None:
            return person
        with self._write() as conn:
            return self._ensure(conn, name)

    def get_person(self, name: str) -> Person:
        with self._library.reading() as conn:
            person = _rows.find_person(conn, name)
        if person is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages", "There is no person named {name!r} (see `enablement user list`)."
                ),
                name=name,
            )
        return person

    def list_people(self) -> list[Person]:
        with self._library.reading() as conn:
            rows = conn.execute(sa.select(people).order_by(people.c.name))
            return [_rows.person_from_row(r) for r in rows]

    def add_person(self, actor: str, name: str, role: Role | str, team: str = "") -> Person:
        """Create or update a profile. Open to anyone until an admin exists, then admin-only."""
        name, team, role = name.strip(), team.strip(), Role.parse(str(role))
        if not name:
            raise VotingError(QT_TRANSLATE_NOOP("Messages", "A person needs a name."))
        self._check_not_team(name)
        with self._write() as conn:
            self._check_people_admin(conn, actor)
            existing = _rows.find_person(conn, name)
            if existing is None:
                conn.execute(
                    sa.insert(people).values(name=name, role=role.value, team=team, created_at=self.now())
                )
            else:
                conn.execute(
                    sa.update(people).where(people.c.id == existing.id).values(role=role.value, team=team)
                )
            person = _rows.find_person(conn, name)
            assert person is not None
            return person

    def update_person(
        self, actor: str, name: str, *, role: Role | str | None = None, team: str | None = None
    ) -> Person:
        """Edit a profile: anyone may change their own team; roles need people-admin rights."""
        self._check_not_team(name)
        with self._write() as conn:
            person = _rows.find_person(conn, name) or self._ensure(conn, name)
            if role is not None or actor != name:
                self._check_people_admin(conn, actor)
            values: dict[str, Any] = {}
            if role is not None:
                values["role"] = Role.parse(str(role)).value
            if team is not None:
                values["team"] = team.strip()
            if values:
                conn.execute(sa.update(people).where(people.c.id == person.id).values(**values))
            updated = _rows.find_person(conn, name)
            assert updated is not None
            return updated

    def _check_not_team(self, name: str) -> None:
        """On a team server a profile comes with its login: `enablement team`, never a bare profile."""
        if self._library.is_team:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "On a team server people come with their login: an admin adds {name!r} with "
                    "`enablement team add {name} --role ROLE --team TEAM` and changes a role or team "
                    "with `enablement team set-role {name} --role ROLE --team TEAM`.",
                ),
                name=name,
            )

    def _ensure(self, conn: Connection, name: str) -> Person:
        name = name.strip()
        if not name:
            raise VotingError(QT_TRANSLATE_NOOP("Messages", "Say who is acting (`--user NAME`)."))
        person = _rows.find_person(conn, name)
        if person is None and self._library.is_team:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name!r} has no profile in this team library; ask your admin to add you "
                    "with `enablement team add`.",
                ),
                name=name,
            )
        if person is None:
            # Once an admin runs the team, profiles are theirs to hand out: a made-up
            # --user must not become a voter (one person, several votes).
            if conn.execute(sa.select(people.c.id).where(people.c.role == Role.ADMIN.value).limit(1)).first():
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{name!r} has no profile in this library. An admin adds people: "
                        "enablement user add {name!r} --role sales --team TEAM",
                    ),
                    name=name,
                )
            insert = _rows.insert_for(conn)
            conn.execute(
                insert(people)
                .values(name=name, role=Role.SALES.value, team="", created_at=self.now())
                .on_conflict_do_nothing(index_elements=["name"])
            )
            person = _rows.find_person(conn, name)
            assert person is not None
        return person

    def _check_people_admin(self, conn: Connection, actor: str) -> None:
        admins = set(
            conn.execute(sa.select(people.c.name).where(people.c.role == Role.ADMIN.value)).scalars()
        )
        if admins and actor not in admins:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Only an admin can add people or change roles ({actor!r} is not one; admins: {admins}).",
                ),
                actor=actor,
                admins=", ".join(sorted(admins)),
            )

    def _manager(self, conn: Connection, actor: str, doing: str) -> Person:
        """`actor`, who must be marketing (or an admin) to do `doing` (a marked template)."""
        person = _rows.find_person(conn, actor)
        if person is None or not person.can_manage_ballots:
            role = person.role.label if person else Message(QT_TRANSLATE_NOOP("Messages", "no profile"))
            raise marketing_only(doing, actor, role, team=self._library.is_team)
        return person

    # ------------------------------------------------------------ ballots

    def create_ballot(self, actor: str, spec: BallotSpec) -> Ballot:
        """Open a ballot about a draft item or an upcoming product; notifies its audience."""
        now = self.now()
        with self._write() as conn:
            creator = self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "create ballots"))
            values = spec_values(conn, spec, now)
            values.update(created_by=creator.name, created_at=now)
            ballot_id = conn.execute(sa.insert(ballots).values(**values).returning(ballots.c.id)).scalar_one()
            _rows.audit(conn, now, ballot_id, actor, "create", None, values["title"], None)
            ballot = self._ballot(conn, ballot_id, now)
            if ballot.closes_at:
                news = Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "New ballot: “{title}” — your vote is asked, closes {time}."
                    ),
                    {"title": ballot.title, "time": ballot.closes_at},
                )
            else:
                news = Message(
                    QT_TRANSLATE_NOOP("Messages", "New ballot: “{title}” — your vote is asked."),
                    {"title": ballot.title},
                )
            _rows.notify(
                now, conn, self._audience_ids(conn, ballot) - {creator.id}, ballot_id, "ballot", news
            )
            return ballot

    def update_ballot(self, actor: str, ballot_id: int, spec: BallotSpec) -> Ballot:
        """Edit an open or scheduled ballot; subject and options are fixed once someone voted."""
        now = self.now()
        with self._write() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "edit ballots"))
            row = self._row(conn, ballot_id, lock="update")
            current = _rows.ballot_from_row(row, now)
            if current.status in (Status.CLOSED, Status.DECIDED):
                raise VotingError(
                    QT_TRANSLATE_NOOP("Messages", "Ballot {ballot} is {status}; it can no longer be edited."),
                    ballot=ballot_id,
                    status=current.status.label,
                )
            values = spec_values(conn, spec, now, keep_opens=current.opens_at)
            has_votes = conn.execute(
                sa.select(sa.func.count()).where(votes.c.ballot_id == ballot_id)
            ).scalar_one()
            if has_votes and (values["options"] != current.options or values["item_id"] != current.item_id):
                raise VotingError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Ballot {ballot} already has {votes} vote(s); its subject and options can no "
                        "longer change. Close it and open a new one.",
                    ),
                    ballot=ballot_id,
                    votes=has_votes,
                )
            conn.execute(sa.update(ballots).where(ballots.c.id == ballot_id).values(**values))
            _rows.audit(conn, now, ballot_id, actor, "edit", current.title, values["title"], None)
            return self._ballot(conn, ballot_id, now)

    def attach(self, path: Path) -> dict[str, Any]:
        """Copy a product attachment into the library's blob store; returns its record for `Product`."""
        import hashlib

        path = Path(path)
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            raise VotingError(
                QT_TRANSLATE_NOOP("Messages", "Cannot read the attachment {path}: {error}"),
                path=str(path),
                error=str(exc.strerror),
            ) from exc
        self._library.blobs.put_file(path, digest)
        return {"name": path.name, "sha256": digest, "size": path.stat().st_size}

    def get_ballot(self, ballot_id: int) -> Ballot:
        with self._library.reading() as conn:
            return self._ballot(conn, ballot_id, self.now())

    def list_ballots(self, actor: str | None = None, *, status: Status | str | None = None) -> list[Ballot]:
        """Ballots newest first; for a salesperson only those whose audience includes them."""
        now = self.now()
        with self._library.reading() as conn:
            viewer = _rows.find_person(conn, actor) if actor else None
            counts = self._turnouts(conn)
            rows = conn.execute(
                sa.select(ballots, items.c.title.label("item_title"))
                .select_from(ballots.outerjoin(items, items.c.id == ballots.c.item_id))
                .order_by(ballots.c.id.desc())
            )
            result = []
            for row in rows:
                ballot = _rows.ballot_from_row(
                    row, now, votes=counts.get(row.id, 0), item_title=row.item_title or ""
                )
                if status and ballot.status != Status(status):
                    continue
                manager = viewer is not None and viewer.can_manage_ballots
                if actor and not manager and not _rows.in_audience(ballot, viewer.team if viewer else ""):
                    continue
                result.append(ballot)
            return result

    def close_ballot(self, actor: str, ballot_id: int) -> Ballot:
        with self._write() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "close ballots"))
            row = self._row(conn, ballot_id, lock="update")
            # The time of the close is read once the row lock is held: votes still running when
            # the close began commit first (the close waits for them) and were stamped earlier,
            # so no vote is ever recorded later than the close.
            now = self.now()
            ballot = _rows.ballot_from_row(row, now)
            if ballot.status in (Status.CLOSED, Status.DECIDED):
                raise VotingError(
                    QT_TRANSLATE_NOOP("Messages", "Ballot {ballot} is already {status}."),
                    ballot=ballot_id,
                    status=ballot.status.label,
                )
            conn.execute(
                sa.update(ballots).where(ballots.c.id == ballot_id).values(closed_at=now, closed_by=actor)
            )
            _rows.audit(conn, now, ballot_id, actor, "close", ballot.status.value, Status.CLOSED.value, None)
            return self._ballot(conn, ballot_id, now)

    def decide(self, actor: str, ballot_id: int, outcome: Outcome | str, rationale: str) -> Ballot:
        """Record marketing's decision; voters are notified; Go on a draft item publishes it."""
        outcome = outcome if isinstance(outcome, Outcome) else Outcome.parse(outcome)
        rationale = rationale.strip()
        if not rationale:
            raise VotingError(
                QT_TRANSLATE_NOOP("Messages", "Give a rationale with the decision: voters see why.")
            )
        published = False
        with self._write() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "decide ballots"))
            row = self._row(conn, ballot_id, lock="update")
            now = self.now()  # after the lock, like close_ballot
            ballot = _rows.ballot_from_row(row, now)
            if ballot.status in (Status.OPEN, Status.SCHEDULED):
                raise VotingError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Ballot {ballot} is still {status}; close it first "
                        "(enablement poll close {ballot}) so that every voter is heard.",
                    ),
                    ballot=ballot_id,
                    status=ballot.status.label,
                )
            old = ballot.decision
            if old is not None and old.outcome is not Outcome.POSTPONED:
                raise VotingError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Ballot {ballot} was decided “{outcome}” by {person} on {day}; "
                        "only a Postponed decision can be revisited.",
                    ),
                    ballot=ballot_id,
                    outcome=old.outcome.label,
                    person=old.decided_by,
                    day=f"{old.decided_at:%Y-%m-%d}",
                )
            conn.execute(
                sa.update(ballots)
                .where(ballots.c.id == ballot_id)
                .values(outcome=outcome.value, rationale=rationale, decided_by=actor, decided_at=now)
            )
            _rows.audit(
                conn,
                now,
                ballot_id,
                actor,
                "decide",
                old.outcome.value if old else None,
                outcome.value,
                rationale,
            )
            if outcome is Outcome.GO and ballot.item_id is not None:
                item = repository.get_item(conn, ballot.item_id)
                if item.status in (ItemStatus.DRAFT, ItemStatus.IN_REVIEW):
                    repository.update_item(conn, ballot.item_id, status=ItemStatus.PUBLISHED)
                    repository.record_status_change(
                        conn,
                        ballot.item_id,
                        actor=actor,
                        from_status=item.status,
                        to_status=ItemStatus.PUBLISHED,
                        note=f"ballot {ballot_id}: go",
                        at=now,
                    )
                    published = True
            voters = set(
                conn.execute(sa.select(votes.c.person_id).where(votes.c.ballot_id == ballot_id)).scalars()
            )
            me = _rows.find_person(conn, actor)
            recipients = (voters | self._audience_ids(conn, ballot)) - ({me.id} if me else set())
            _rows.notify(
                now,
                conn,
                recipients,
                ballot_id,
                "decision",
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Decision on “{title}”: {outcome}. {rationale}"),
                    {"title": ballot.title, "outcome": outcome.label, "rationale": rationale},
                ),
            )
            decided = self._ballot(conn, ballot_id, now)
        if published and self._on_items_changed is not None:
            try:
                self._on_items_changed()
            except EnablementError as exc:  # the decision stands; the index catches up on the next sync
                log.warning("published item %s but the search index did not refresh: %s", ballot.item_id, exc)
        return decided

    # ------------------------------------------------------------ votes

    def vote(self, actor: str, ballot_id: int, option: str, reason: str = "") -> Vote:
        """Cast or change `actor`'s vote; repeating the same vote changes nothing."""
        reason = reason.strip()
        try:
            return self._cast(actor, ballot_id, option, reason)
        except PermissionDenied:
            # In team mode the database's vote trigger has the last word: a close that committed
            # after this service's check makes it refuse the vote (insufficient_privilege). Say
            # what happened (the ballot closed), not "the database does not allow this".
            if self._library.is_team:
                with self._library.reading() as conn:
                    voter = _rows.find_person(conn, actor.strip())
                    if voter is not None:
                        self._check_can_vote(conn, ballot_id, voter, self.now())
            raise

    def _cast(self, actor: str, ballot_id: int, option: str, reason: str) -> Vote:
        now = self.now()
        with self._write() as conn:
            voter = self._ensure(conn, actor)
            ballot = self._check_can_vote(conn, ballot_id, voter, now)
            choice = _rows.match_option(ballot, option)
            if ballot.needs_reason(choice) and not reason:
                raise VotingError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Say why you chose “{choice}”: what clients will ask about, what is missing.",
                    ),
                    choice=option_text(choice),
                )
            insert = _rows.insert_for(conn)
            mine = (votes.c.ballot_id == ballot_id) & (votes.c.person_id == voter.id)
            while True:
                existing = conn.execute(sa.select(votes).where(mine).with_for_update()).first()
                if existing is not None:
                    break
                new = conn.execute(
                    insert(votes)
                    .values(
                        ballot_id=ballot_id,
                        person_id=voter.id,
                        option=choice,
                        reason=reason,
                        team=voter.team,
                        cast_at=now,
                        updated_at=now,
                    )
                    .on_conflict_do_nothing(index_elements=["ballot_id", "person_id"])
                    .returning(votes.c.cast_at, votes.c.updated_at, votes.c.team)
                ).first()
                if new is not None:
                    # In the same transaction: on a team server a vote without its audit line is refused.
                    _rows.audit(conn, now, ballot_id, voter.name, "vote", None, choice, reason, None)
                    break
                # Another process of the same person inserted first; re-read its row under lock.
            if existing is None:
                assert new is not None
                # The times as stored: on a team server the database's clock sets them, not this one.
                cast_at, updated_at = _rows.utc(new.cast_at), _rows.utc(new.updated_at)
                return Vote(ballot_id, voter.name, choice, reason, new.team, cast_at, updated_at)
            if (existing.option, existing.reason) == (choice, reason):
                return _rows.vote_from_row(existing, voter.name)
            changed = conn.execute(
                sa.update(votes)
                .where(votes.c.id == existing.id)
                .values(option=choice, reason=reason, team=voter.team, updated_at=now)
                .returning(votes.c.cast_at, votes.c.updated_at, votes.c.team)
            ).one()
            _rows.audit(
                conn,
                self.now(),
                ballot_id,
                voter.name,
                "vote",
                existing.option,
                choice,
                reason,
                existing.reason,
            )
            return Vote(
                ballot_id,
                voter.name,
                choice,
                reason,
                changed.team,
                _rows.utc(changed.cast_at),
                _rows.utc(changed.updated_at),
            )

    def _check_can_vote(self, conn: Connection, ballot_id: int, voter: Person, now: datetime) -> Ballot:
        ballot = _rows.ballot_from_row(self._row(conn, ballot_id, lock="share"), now)
        if ballot.status is Status.SCHEDULED:
            raise VotingError(
                QT_TRANSLATE_NOOP("Messages", "Ballot {ballot} opens at {time}; vote then."),
                ballot=ballot_id,
                time=ballot.opens_at,
            )
        if ballot.status is not Status.OPEN:
            if ballot.closed_at:
                raise VotingError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Ballot {ballot} closed at {time}; votes can no longer be cast or changed.",
                    ),
                    ballot=ballot_id,
                    time=ballot.closed_at,
                )
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Ballot {ballot} closed; votes can no longer be cast or changed."
                ),
                ballot=ballot_id,
            )
        if not _rows.in_audience(ballot, voter.team):
            team: str | Message = voter.team or Message(QT_TRANSLATE_NOOP("Messages", "no team"))
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Ballot {ballot} is for {audience}; {person} is in {team}, outside its audience.",
                ),
                ballot=ballot_id,
                audience=", ".join(ballot.audience),
                person=voter.name,
                team=team,
            )
        return ballot

    def my_vote(self, actor: str, ballot_id: int) -> Vote | None:
        with self._library.reading() as conn:
            self._row(conn, ballot_id)
            row = conn.execute(
                sa.select(votes)
                .join(people, people.c.id == votes.c.person_id)
                .where(votes.c.ballot_id == ballot_id, people.c.name == actor)
            ).first()
            return None if row is None else _rows.vote_from_row(row, actor)

    def my_votes(self, actor: str) -> dict[int, str]:
        """`actor`'s option on every ballot they voted on, in one query (the board shows them)."""
        with self._library.reading() as conn:
            rows = conn.execute(
                sa.select(votes.c.ballot_id, votes.c.option)
                .join(people, people.c.id == votes.c.person_id)
                .where(people.c.name == actor)
            )
            return {r.ballot_id: r.option for r in rows}

    def results(self, actor: str, ballot_id: int) -> Results:
        """Turnout always; distribution, team breakdown and reasons once totals are visible."""
        now = self.now()
        with self._library.reading() as conn:
            ballot = self._ballot(conn, ballot_id, now)
            if self._library.is_team:  # the database hands out only what the caller may see
                rows = conn.execute(
                    sa.text(
                        "SELECT option, reason, team, name, person_id AS id "
                        "FROM enablement_ballot_votes(:ballot)"
                    ),
                    {"ballot": ballot_id},
                ).all()
            else:
                rows = conn.execute(
                    sa.select(votes.c.option, votes.c.reason, votes.c.team, people.c.name, people.c.id)
                    .join(people, people.c.id == votes.c.person_id)
                    .where(votes.c.ballot_id == ballot_id)
                    .order_by(votes.c.updated_at, votes.c.id)
                ).all()
            audience = self._audience_ids(conn, ballot) | {r.id for r in rows}
        results = tally_results(ballot, rows, len(audience), visible=self.totals_visible(ballot))
        if len(rows) < ballot.votes:  # team mode, totals hidden: the database gave only our own vote
            results.votes = ballot.votes
            results.turnout = round(ballot.votes / len(audience), 4) if audience else 0.0
        return results

    @staticmethod
    def totals_visible(ballot: Ballot) -> bool:
        return not ballot.hide_totals or ballot.status in (Status.CLOSED, Status.DECIDED)

    def audit_trail(self, actor: str, ballot_id: int) -> list[AuditEntry]:
        """Every change on the ballot; marketing sees it any time, everyone once totals are visible."""
        now = self.now()
        with self._library.reading() as conn:
            ballot = self._ballot(conn, ballot_id, now)
            person = _rows.find_person(conn, actor)
            if not self.totals_visible(ballot) and not (person and person.can_manage_ballots):
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Ballot {ballot} hides its totals until close, and the audit trail would show them.",
                    ),
                    ballot=ballot_id,
                )
            rows = conn.execute(
                sa.select(ballot_audit)
                .where(ballot_audit.c.ballot_id == ballot_id)
                .order_by(ballot_audit.c.id)
            )
            return [
                AuditEntry(utc(r.at), r.actor, r.action, r.old_value, r.new_value, r.old_reason, r.reason)
                for r in rows
            ]

    # ------------------------------------------------------------ slides and comments

    def draft_items(self) -> list[Item]:
        """Library items in draft status: what a marketer can put to a vote."""
        with self._library.reading() as conn:
            return repository.list_items(conn, status=ItemStatus.DRAFT)

    def ballot_units(self, ballot_id: int) -> list[Unit]:
        """The draft's slides, pages or sections that voters look at (empty for a product)."""
        with self._library.reading() as conn:
            row = self._row(conn, ballot_id)
            return repository.get_units(conn, row.item_id) if row.item_id is not None else []

    def comment_unit(self, actor: str, ballot_id: int, unit_number: int, text: str) -> UnitComment:
        text = text.strip()
        if not text:
            raise VotingError(
                QT_TRANSLATE_NOOP("Messages", "An empty comment says nothing; write what should change.")
            )
        now = self.now()
        with self._write() as conn:
            person = self._ensure(conn, actor)
            ballot = self._check_can_vote(conn, ballot_id, person, now)
            if ballot.item_id is None:
                raise VotingError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Ballot {ballot} is about a product; only drafts have slides to comment on.",
                    ),
                    ballot=ballot_id,
                )
            numbers = {u.number for u in repository.get_units(conn, ballot.item_id)}
            if unit_number not in numbers:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The draft of ballot {ballot} has no slide or section {number}."
                    ),
                    ballot=ballot_id,
                    number=unit_number,
                )
            new_id = conn.execute(
                sa.insert(ballot_comments)
                .values(ballot_id=ballot_id, person_id=person.id, unit_number=unit_number, text=text, at=now)
                .returning(ballot_comments.c.id)
            ).scalar_one()
            return UnitComment(new_id, ballot_id, unit_number, person.name, text, now)

    def unit_comments(self, ballot_id: int) -> list[UnitComment]:
        with self._library.reading() as conn:
            self._row(conn, ballot_id)
            rows = conn.execute(
                sa.select(ballot_comments, people.c.name)
                .join(people, people.c.id == ballot_comments.c.person_id)
                .where(ballot_comments.c.ballot_id == ballot_id)
                .order_by(ballot_comments.c.unit_number, ballot_comments.c.id)
            )
            return [UnitComment(r.id, r.ballot_id, r.unit_number, r.name, r.text, utc(r.at)) for r in rows]

    def heat_map(self, ballot_id: int) -> dict[int, int]:
        """Comments per slide/section number: what the marketer paints over the thumbnails."""
        heat: dict[int, int] = {}
        for comment in self.unit_comments(ballot_id):
            heat[comment.unit_number] = heat.get(comment.unit_number, 0) + 1
        return heat

    # ------------------------------------------------------------ notifications

    def notifications(self, actor: str, *, unread_only: bool = False, limit: int = 50) -> list[Notification]:
        with self._library.reading() as conn:
            query = (
                sa.select(notifications)
                .join(people, people.c.id == notifications.c.person_id)
                .where(people.c.name == actor)
                .order_by(notifications.c.id.desc())
                .limit(limit)
            )
            if unread_only:
                query = query.where(notifications.c.read_at.is_(None))
            return [
                Notification(
                    r.id,
                    r.ballot_id,
                    r.kind,
                    Message.stored(r.message, r.message_data),
                    utc(r.at),
                    r.read_at is not None,
                )
                for r in conn.execute(query)
            ]

    def unread_count(self, actor: str) -> int:
        with self._library.reading() as conn:
            return int(
                conn.execute(
                    sa.select(sa.func.count())
                    .select_from(notifications.join(people, people.c.id == notifications.c.person_id))
                    .where(people.c.name == actor, notifications.c.read_at.is_(None))
                ).scalar_one()
            )

    def mark_read(self, actor: str, ids: list[int] | None = None) -> int:
        """Mark some (or all) of `actor`'s notifications read; returns how many changed."""
        with self._write() as conn:
            person = _rows.find_person(conn, actor)
            if person is None:
                return 0
            query = sa.update(notifications).where(
                notifications.c.person_id == person.id, notifications.c.read_at.is_(None)
            )
            if ids is not None:
                query = query.where(notifications.c.id.in_(ids))
            return int(conn.execute(query.values(read_at=self.now())).rowcount)

    # ------------------------------------------------------------ JSON view for the CLI

    def show(self, actor: str, ballot_id: int) -> dict[str, Any]:
        """Everything `poll show --json` prints: the ballot, what `actor` may see of results, their vote."""
        ballot = self.get_ballot(ballot_id)
        return show_json(
            ballot,
            self.results(actor, ballot_id),
            self.my_vote(actor, ballot_id),
            self.heat_map(ballot_id),
            self.now(),
        )

    # ------------------------------------------------------------ internals

    def _write(self) -> AbstractContextManager[Connection]:
        return _rows.write_transaction(self._library)

    def _row(self, conn: Connection, ballot_id: int, lock: str | None = None) -> Row[Any]:
        query = sa.select(ballots).where(ballots.c.id == ballot_id)
        if lock == "update":
            query = query.with_for_update()
        elif lock == "share" and not self._library.is_team:  # team mode: the vote trigger locks
            query = query.with_for_update(read=True)
        row = conn.execute(query).first()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "There is no ballot {ballot} (see `enablement poll list`)."),
                ballot=ballot_id,
            )
        return row

    def _ballot(self, conn: Connection, ballot_id: int, now: datetime) -> Ballot:
        row = self._row(conn, ballot_id)
        if self._library.is_team:
            count = conn.execute(
                sa.text("SELECT enablement_ballot_turnout(:b)"), {"b": ballot_id}
            ).scalar_one()
        else:
            count = conn.execute(
                sa.select(sa.func.count()).where(votes.c.ballot_id == ballot_id)
            ).scalar_one()
        title = ""
        if row.item_id is not None:
            title = conn.execute(sa.select(items.c.title).where(items.c.id == row.item_id)).scalar() or ""
        return _rows.ballot_from_row(row, now, votes=count, item_title=title)

    def _turnouts(self, conn: Connection) -> dict[int, int]:
        """Votes per ballot (in team mode counted by the database: a seller sees only their own)."""
        if self._library.is_team:
            query: Any = sa.text("SELECT ballot_id, votes FROM enablement_turnouts()")
        else:
            query = sa.select(votes.c.ballot_id, sa.func.count()).group_by(votes.c.ballot_id)
        return {ballot_id: count for ballot_id, count in conn.execute(query).all()}

    def _audience_ids(self, conn: Connection, ballot: Ballot) -> set[int]:
        query = sa.select(people.c.id)
        if ballot.audience:
            query = query.where(sa.func.lower(people.c.team).in_([t.casefold() for t in ballot.audience]))
        return set(conn.execute(query).scalars())
