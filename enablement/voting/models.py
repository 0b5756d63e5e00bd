"""Plain data of the voting domain: people, ballots, votes, results, decisions, notifications.

Built-in types only (no SQLAlchemy rows, no Qt), so results cross thread
boundaries to the UI and serialise to JSON for the CLI unchanged.
"""

from __future__ import annotations

import enum
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from enablement.errors import VotingError
from enablement.messages import QT_TRANSLATE_NOOP, Message

# Stored as the ballot's options (keys); marked so a message can name them in the UI language.
DEFAULT_OPTIONS = [
    QT_TRANSLATE_NOOP("Messages", "Will sell it"),
    QT_TRANSLATE_NOOP("Messages", "Needs changes"),
    QT_TRANSLATE_NOOP("Messages", "Won't sell it"),
]
DEFAULT_NEGATIVE = ["Needs changes", "Won't sell it"]
SCORE_OPTIONS = ["1", "2", "3", "4", "5"]
SCORE_NEGATIVE = ["1", "2"]


def option_text(option: str) -> str | Message:
    """An option as a message argument: a default option is translated, anything else is the user's text."""
    return Message(option) if option in DEFAULT_OPTIONS else option


class Role(enum.StrEnum):
    SALES = "sales"
    MARKETING = "marketing"
    ADMIN = "admin"

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls(text.strip().casefold())
        except ValueError:
            raise VotingError(
                QT_TRANSLATE_NOOP("Messages", "Unknown role {text!r}: use sales, marketing or admin."),
                text=text,
            ) from None

    @property
    def label(self) -> Message:
        """The role as people read it, translatable."""
        return Message(_ROLE_LABELS[self])


class Status(enum.StrEnum):
    """Where a ballot stands; derived from its times and decision, never stored."""

    SCHEDULED = "scheduled"
    OPEN = "open"
    CLOSED = "closed"
    DECIDED = "decided"

    @property
    def label(self) -> Message:
        return Message(_STATUS_LABELS[self])


class Outcome(enum.StrEnum):
    GO = "Go"
    GO_WITH_CHANGES = "Go with changes"
    NO_GO = "No go"
    POSTPONED = "Postponed"

    @classmethod
    def parse(cls, text: str) -> Outcome:
        """Accept "Go with changes", "go-with-changes", "GO_WITH_CHANGES", "nogo" and the like."""
        key = re.sub(r"[\s_\-]+", "", text.casefold())
        for outcome in cls:
            if outcome.value.replace(" ", "").casefold() == key:
                return outcome
        choices = ", ".join(o.value for o in cls)
        raise VotingError(
            QT_TRANSLATE_NOOP("Messages", "Unknown outcome {text!r}: use one of {choices}."),
            text=text,
            choices=choices,
        )

    @property
    def label(self) -> Message:
        """The outcome as people read it, translatable ("Go" is «Запускаем» in Russian)."""
        return Message(_OUTCOME_LABELS[self])

    @property
    def slug(self) -> str:
        return self.value.casefold().replace(" ", "-")


_ROLE_LABELS = {
    Role.SALES: QT_TRANSLATE_NOOP("Messages", "sales"),
    Role.MARKETING: QT_TRANSLATE_NOOP("Messages", "marketing"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Messages", "admin"),
}
_STATUS_LABELS = {
    Status.SCHEDULED: QT_TRANSLATE_NOOP("Messages", "scheduled"),
    Status.OPEN: QT_TRANSLATE_NOOP("Messages", "open"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Messages", "closed"),
    Status.DECIDED: QT_TRANSLATE_NOOP("Messages", "decided"),
}
_OUTCOME_LABELS = {
    Outcome.GO: QT_TRANSLATE_NOOP("Messages", "Go"),
    Outcome.GO_WITH_CHANGES: QT_TRANSLATE_NOOP("Messages", "Go with changes"),
    Outcome.NO_GO: QT_TRANSLATE_NOOP("Messages", "No go"),
    Outcome.POSTPONED: QT_TRANSLATE_NOOP("Messages", "Postponed"),
}


class Subject(enum.StrEnum):
    ITEM = "item"
    PRODUCT = "product"


@dataclass(slots=True)
class Person:
    id: int
    name: str
    role: Role
    team: str
    created_at: datetime

    @property
    def can_manage_ballots(self) -> bool:
        return self.role in (Role.MARKETING, Role.ADMIN)


@dataclass(slots=True)
class Product:
    """An upcoming product put to a vote before it reaches the shelf.

    Attributes:
        attachments: files copied into the library's blob store: {"name", "sha256", "size"}.
    """

    name: str = ""
    description: str = ""
    segment: str = ""
    price: str = ""
    launch: date | None = None
    attachments: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["launch"] = self.launch.isoformat() if self.launch else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Product:
        data = dict(data or {})
        launch = data.get("launch")
        return cls(
            name=data.get("name", ""),
            description=data.get("description", ""),
            segment=data.get("segment", ""),
            price=data.get("price", ""),
            launch=date.fromisoformat(launch) if launch else None,
            attachments=list(data.get("attachments") or []),
        )


@dataclass(slots=True)
class BallotSpec:
    """What a marketer fills in to open a ballot.

    Attributes:
        options: None picks the default three options (or 1–5 when `score`).
        negative_options: options that need a reason when `reason_required`;
            None picks the default ("Needs changes", "Won't sell it"; scores 1–2).
        opens_at / closes_at: timezone-aware; opens_at None means now, closes_at None means
            open until a marketer closes it.
        audience: team names; empty means everyone.
    """

    title: str
    question: str = ""
    item_id: int | None = None
    product: Product | None = None
    options: list[str] | None = None
    score: bool = False
    negative_options: list[str] | None = None
    reason_required: bool = True
    hide_totals: bool = True
    audience: list[str] = field(default_factory=list)
    opens_at: datetime | None = None
    closes_at: datetime | None = None


@dataclass(slots=True)
class Decision:
    outcome: Outcome
    rationale: str
    decided_by: str
    decided_at: datetime


@dataclass(slots=True)
class Ballot:
    """A stored ballot as of `now` (its status and vote count are read at load time)."""

    id: int
    title: str
    question: str
    subject: Subject
    item_id: int | None
    item_title: str
    product: Product
    options: list[str]
    scale: str
    negative_options: list[str]
    reason_required: bool
    hide_totals: bool
    audience: list[str]
    opens_at: datetime
    closes_at: datetime | None
    created_by: str
    created_at: datetime
    closed_at: datetime | None
    closed_by: str | None
    decision: Decision | None
    status: Status
    votes: int = 0

    @property
    def is_score(self) -> bool:
        return self.scale == "score"

    def admits(self, team: str) -> bool:
        """Whether someone of `team` is in the audience (an empty audience is everyone)."""
        if not self.audience:
            return True
        return team.strip().casefold() in {t.casefold() for t in self.audience}

    def seconds_left(self, now: datetime) -> float | None:
        """Seconds until the closing time, None when the ballot has none or is not open."""
        if self.status is not Status.OPEN or self.closes_at is None:
            return None
        return max(0.0, (self.closes_at - now).total_seconds())

    def needs_reason(self, option: str) -> bool:
        return self.reason_required and option in self.negative_options


@dataclass(slots=True)
class Vote:
    ballot_id: int
    voter: str
    option: str
    reason: str
    team: str
    cast_at: datetime
    updated_at: datetime


@dataclass(slots=True)
class AuditEntry:
    """One change on a ballot: a vote cast or changed, the ballot created, closed or decided."""

    at: datetime
    actor: str
    action: str
    old_value: str | None
    new_value: str | None
    old_reason: str | None
    reason: str | None


@dataclass(slots=True)
class Reason:
    voter: str
    team: str
    text: str


@dataclass(slots=True)
class Results:
    """What a caller may see of a ballot's votes.

    `visible` False means totals are hidden until close: tally, by_team, reasons
    and mean are None; votes and turnout are always shown.
    """

    ballot_id: int
    visible: bool
    votes: int
    audience_size: int
    turnout: float
    tally: dict[str, int] | None
    by_team: dict[str, dict[str, int]] | None
    reasons: dict[str, list[Reason]] | None
    mean_score: float | None = None


@dataclass(slots=True)
class UnitComment:
    id: int
    ballot_id: int
    unit_number: int
    author: str
    text: str
    at: datetime


@dataclass(slots=True)
class Notification:
    id: int
    ballot_id: int | None
    kind: str
    message: Message
    at: datetime
    read: bool


def slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-")
