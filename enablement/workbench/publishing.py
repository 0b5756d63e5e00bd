"""The publishing workflow: draft → in review → published → archived, with who and when.

Why a state machine and not a free status field: sellers' search holds only published items
(enablement.domain.INDEXED_STATUSES, and archived ones are masked for sellers), so a status move
is the act of publishing or withdrawing, and each one is kept in `item_status_history` with the
marketer who made it. The allowed moves:

    draft ──► in_review ──► published ──► archived
      ▲  └──────────┼────────►  ▲  ◄────────┘      (archived → published un-archives)
      └─────────────┘  (send back)                 (draft and in_review may be archived too)

A marketer may publish a draft straight away (a single-user library has no second reviewer).
"Still valid" (`verify`, as in Guru) keeps a published item where it is and moves its
review-by date forward; `needs_review` lists published items whose date has passed.

Who may move: on a team library only marketing (and admin); the database refuses anyone else
anyway (items are not writable by sales, and the history is append-only: team/security.py),
this refuses first with a clear message. A single-user library has no roles.

Errors: `PublishingError` for a move the rules refuse, `PermissionDenied` for a seller,
`NotFound` for an unknown item. Qt-free; built once by enablement.app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from enablement.domain import Item, ItemStatus
from enablement.errors import EnablementError, PermissionDenied
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store import repository as repo
from enablement.store.schema import item_status_history, items
from enablement.voting.models import Role

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from enablement.store.library import Library

__all__ = [
    "MOVES",
    "OwnedItem",
    "PublishingError",
    "PublishingService",
    "ReviewEntry",
    "StatusChange",
    "apply_move",
    "may_publish",
]

DEFAULT_REVIEW_DAYS = 90
MAX_REVIEW_DAYS = 3650

# Where an item may go from each status (the diagram above).
MOVES: dict[ItemStatus, tuple[ItemStatus, ...]] = {
    ItemStatus.DRAFT: (ItemStatus.IN_REVIEW, ItemStatus.PUBLISHED, ItemStatus.ARCHIVED),
    ItemStatus.IN_REVIEW: (ItemStatus.DRAFT, ItemStatus.PUBLISHED, ItemStatus.ARCHIVED),
    ItemStatus.PUBLISHED: (ItemStatus.ARCHIVED,),
    ItemStatus.ARCHIVED: (ItemStatus.PUBLISHED,),
}
_EDITORS = frozenset({Role.MARKETING.value, Role.ADMIN.value})


class PublishingError(EnablementError):
    """A status move or verify the workflow refuses (nothing was changed)."""


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One line of an item's history: a move between statuses, or a "still valid".

    Attributes:
        action: "move" or "verify".
        from_status: the status before (None for a line with no earlier status).
        review_by: for a verify, the new review-by date.
    """

    item_id: int
    action: str
    from_status: str | None
    to_status: str
    actor: str
    at: datetime
    note: str
    review_by: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item_id,
            "action": self.action,
            "from": self.from_status,
            "to": self.to_status,
            "actor": self.actor,
            "at": self.at.isoformat(),
            "note": self.note,
            "review_by": self.review_by.isoformat() if self.review_by else None,
        }


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """A published item past its review-by date (the "needs review" queue)."""

    item_id: int
    title: str
    kind: str
    owner: str
    review_by: date
    days_overdue: int

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item_id,
            "title": self.title,
            "kind": self.kind,
            "owner": self.owner,
            "review_by": self.review_by.isoformat(),
            "days_overdue": self.days_overdue,
        }


@dataclass(frozen=True, slots=True)
class OwnedItem:
    """An item a marketer owns, with the moves open to it now."""

    item_id: int
    title: str
    kind: str
    status: str
    review_by: date | None
    updated_at: datetime
    moves: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item_id,
            "title": self.title,
            "kind": self.kind,
            "status": self.status,
            "review_by": self.review_by.isoformat() if self.review_by else None,
            "updated_at": self.updated_at.isoformat(),
            "moves": list(self.moves),
        }


def allowed_moves(status: ItemStatus | str) -> tuple[ItemStatus, ...]:
    """The statuses an item in `status` may move to."""
    return MOVES.get(ItemStatus(status), ())


def parse_status(value: str) -> ItemStatus:
    """A status from user input ("in review", "in-review", "in_review" alike)."""
    key = value.strip().casefold().replace(" ", "_").replace("-", "_")
    try:
        return ItemStatus(key)
    except ValueError:
        raise PublishingError(
            QT_TRANSLATE_NOOP("Messages", "{status!r} is not a status; use one of: {statuses}."),
            status=value,
            statuses=", ".join(s.value for s in ItemStatus),
        ) from None


def apply_move(
    conn: Connection, actor: str, item: Item, to_status: ItemStatus, note: str = "", *, at: datetime
) -> StatusChange:
    """Check and make one move inside the caller's transaction, with its history line.

    The one place that writes a status move: `PublishingService.move` and
    `LibraryService.archive_items` both come here.
    """
    if to_status not in allowed_moves(item.status):
        if to_status == item.status:
            raise PublishingError(
                QT_TRANSLATE_NOOP("Messages", "Item {item} ({title!r}) is already {status}."),
                item=item.id,
                title=item.title,
                status=_status_label(item.status),
            )
        raise PublishingError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Item {item} ({title!r}) cannot go from {old} to {new}; from {old} it can go to: {allowed}.",
            ),
            item=item.id,
            title=item.title,
            old=_status_label(item.status),
            new=_status_label(to_status),
            allowed=", ".join(s.value for s in allowed_moves(item.status)) or "-",
        )
    repo.update_item(conn, item.id, status=to_status)
    repo.record_status_change(
        conn, item.id, actor=actor, from_status=item.status, to_status=to_status, note=note, at=at
    )
    return StatusChange(item.id, "move", str(item.status), str(to_status), actor, at, note, None)


def may_publish(library: Library, actor: str) -> bool:
    """Whether `actor` may move statuses: anyone on a single-user library, marketing on a team one."""
    if not library.is_team:
        return True
    with library.reading() as conn:
        return repo.person_role(conn, actor) in _EDITORS


class PublishingService:
    """Status moves, their history, the review queue and a marketer's own items.

    Args:
        library: the opened library.
        on_items_changed: called after a move commits (wired to LibraryService.sync: the index
            follows the status, so a published item appears in search and an archived one leaves).
        today: the date "now" (tests pass a fixed one).
    """

    def __init__(
        self,
        library: Library,
        *,
        on_items_changed: Callable[[], object] | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.library = library
        self._changed = on_items_changed
        self._today = today or date.today

    # ------------------------------------------------------------ moves

    def move(self, actor: str, item_id: int, to_status: ItemStatus | str, note: str = "") -> StatusChange:
        """Move one item to `to_status`; refuses a move the workflow does not allow."""
        return self.move_many(actor, [item_id], to_status, note)[0]

    def move_many(
        self, actor: str, item_ids: Sequence[int], to_status: ItemStatus | str, note: str = ""
    ) -> list[StatusChange]:
        """Move several items in one transaction: all or nothing."""
        target = parse_status(str(to_status))
        self._check_may_publish(actor)
        now = datetime.now(UTC)
        with self.library.transaction() as conn:
            changes = [
                apply_move(conn, actor, repo.get_item(conn, item_id), target, note.strip(), at=now)
                for item_id in item_ids
            ]
        self._notify()
        return changes

    def verify(self, actor: str, item_id: int, days: int = DEFAULT_REVIEW_DAYS) -> StatusChange:
        """ "Still valid": the item stays published and its review-by date moves `days` from today."""
        if not 1 <= days <= MAX_REVIEW_DAYS:
            raise PublishingError(
                QT_TRANSLATE_NOOP("Messages", "Review again in 1 to {most} days, not {days}."),
                most=MAX_REVIEW_DAYS,
                days=days,
            )
        self._check_may_publish(actor)
        now = datetime.now(UTC)
        review_by = self._today() + timedelta(days=days)
        with self.library.transaction() as conn:
            item = repo.get_item(conn, item_id)
            if item.status is not ItemStatus.PUBLISHED:
                raise PublishingError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Item {item} ({title!r}) is {status}; only published items are confirmed "
                        "still valid.",
                    ),
                    item=item.id,
                    title=item.title,
                    status=_status_label(item.status),
                )
            repo.update_item(conn, item.id, review_by=review_by)
            repo.record_status_change(
                conn,
                item.id,
                actor=actor,
                action="verify",
                from_status=item.status,
                to_status=item.status,
                review_by=review_by,
                at=now,
            )
        self._notify()
        return StatusChange(item.id, "verify", str(item.status), str(item.status), actor, now, "", review_by)

    # ------------------------------------------------------------ reading

    def history(self, item_id: int) -> list[StatusChange]:
        """Every move and verify of the item, oldest first."""
        t = item_status_history
        with self.library.reading() as conn:
            rows = conn.execute(sa.select(t).where(t.c.item_id == item_id).order_by(t.c.at, t.c.id))
            return [
                StatusChange(
                    r.item_id,
                    r.action,
                    r.from_status,
                    r.to_status,
                    r.actor,
                    _aware(r.at),
                    r.note,
                    r.review_by,
                )
                for r in rows
            ]

    def needs_review(self, today: date | None = None) -> list[ReviewEntry]:
        """Published items whose review-by date is before `today`: most overdue first."""
        day = today or self._today()
        with self.library.reading() as conn:
            rows = conn.execute(
                sa.select(items.c.id, items.c.title, items.c.kind, items.c.owner, items.c.review_by)
                .where(items.c.status == ItemStatus.PUBLISHED.value)
                .where(items.c.review_by.is_not(None))
                .where(items.c.review_by < day)
                .order_by(items.c.review_by, items.c.id)
            ).all()
        return [
            ReviewEntry(r.id, r.title, r.kind, r.owner, r.review_by, (day - r.review_by).days) for r in rows
        ]

    def owned_by(self, actor: str) -> list[OwnedItem]:
        """The items `actor` owns (items.owner, compared without case), newest change first."""
        name = actor.strip().casefold()
        with self.library.reading() as conn:
            found = [i for i in repo.list_items(conn) if i.owner.strip().casefold() == name]
        found.sort(key=lambda i: i.updated_at, reverse=True)
        return [
            OwnedItem(
                i.id,
                i.title,
                str(i.kind),
                str(i.status),
                i.review_by,
                i.updated_at,
                tuple(s.value for s in allowed_moves(i.status)),
            )
            for i in found
        ]

    def may_publish(self, actor: str) -> bool:
        return may_publish(self.library, actor)

    # ------------------------------------------------------------ helpers

    def _check_may_publish(self, actor: str) -> None:
        if may_publish(self.library, actor):
            return
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only marketing can publish, send back or archive items of the team library; "
                "{user!r} is not. Ask your admin if you need it "
                "(enablement team set-role {user} --role marketing).",
            ),
            user=actor,
        )

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed()


_STATUS_LABELS = {
    ItemStatus.DRAFT: QT_TRANSLATE_NOOP("Messages", "a draft"),
    ItemStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Messages", "in review"),
    ItemStatus.PUBLISHED: QT_TRANSLATE_NOOP("Messages", "published"),
    ItemStatus.ARCHIVED: QT_TRANSLATE_NOOP("Messages", "archived"),
}


def _status_label(status: ItemStatus | str) -> Message:
    return Message(_STATUS_LABELS[ItemStatus(status)])


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
