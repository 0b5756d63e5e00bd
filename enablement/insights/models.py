"""Plain data of the feedback loop: reports from the field, their triage and feedback roll-ups."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class ReportType(enum.StrEnum):
    INTEL = "intel"  # what a seller met in the field
    FEEDBACK = "feedback"  # what a seller says about one unit of content


class IntelKind(enum.StrEnum):
    PRICE = "price"
    CLAIM = "claim"
    OBJECTION = "objection"
    DEAL_WON = "deal_won"
    DEAL_LOST = "deal_lost"
    REQUEST = "request"


class Verdict(enum.StrEnum):
    HELPED = "helped"
    OUTDATED = "outdated"
    WRONG = "wrong"
    MISSING = "missing"


class DealOutcome(enum.StrEnum):
    WON = "won"
    LOST = "lost"
    OPEN = "open"


class SizeBand(enum.StrEnum):
    LT1M = "lt1m"
    M1_5 = "1-5m"
    M5_20 = "5-20m"
    GT20M = "gt20m"


class ReportState(enum.StrEnum):
    NEW = "new"
    ACCEPTED = "accepted"
    PLANNED = "planned"
    DONE = "done"
    DECLINED = "declined"

    @property
    def is_final(self) -> bool:
        return self in (ReportState.DONE, ReportState.DECLINED)


class LinkKind(enum.StrEnum):
    """What a report led to: an item (a battle card when the item is one), a ballot, or a new
    version of an item (`led_to` holds versions.id, which names the item and the number)."""

    ITEM = "item"
    BALLOT = "ballot"
    VERSION = "version"


@dataclass(frozen=True, slots=True)
class Report:
    """One piece of field intel or content feedback, with its triage so far.

    Attributes:
        kind: an `IntelKind` value for intel, a `Verdict` value for feedback.
        item_id: the item feedback was about; None for intel, or once the item was removed
            (`item_title` still names it).
        item_version: the item's version the feedback was given on (None: intel, or feedback
            sent before versions were recorded, on an earlier version not known).
        gone: feedback whose item or unit was removed since (`mark_gone` sets it when read).
        led_to: what the report led to, e.g. ("item", 12), ("ballot", 3) or ("version", 40)
            (a versions.id), if marketing linked it; `ReportService.link_targets` names it.
    """

    id: int
    at: datetime
    author: str
    team: str
    type: ReportType
    kind: str
    text: str
    state: ReportState
    updated_at: datetime
    competitor: str = ""
    product: str = ""
    outcome: DealOutcome | None = None
    size_band: SizeBand | None = None
    attachment_sha: str | None = None
    attachment_name: str | None = None
    item_id: int | None = None
    item_title: str | None = None
    unit_kind: str | None = None
    unit_number: int | None = None
    item_version: int | None = None
    owner: str | None = None
    answer: str | None = None
    answered_at: datetime | None = None
    answered_by: str | None = None
    led_to: tuple[LinkKind, int] | None = None
    gone: bool = False  # feedback whose item or unit was removed since (read, not stored)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "author": self.author,
            "team": self.team,
            "type": self.type.value,
            "kind": self.kind,
            "competitor": self.competitor,
            "product": self.product,
            "outcome": self.outcome.value if self.outcome else None,
            "size_band": self.size_band.value if self.size_band else None,
            "text": self.text,
            "attachment": (
                {"name": self.attachment_name, "sha256": self.attachment_sha} if self.attachment_sha else None
            ),
            "item_id": self.item_id,
            "item_title": self.item_title,
            "unit_kind": self.unit_kind,
            "unit_number": self.unit_number,
            "item_version": self.item_version,
            "state": self.state.value,
            "owner": self.owner,
            "answer": self.answer,
            "answered_at": self.answered_at.isoformat() if self.answered_at else None,
            "answered_by": self.answered_by,
            "led_to": {"kind": self.led_to[0].value, "id": self.led_to[1]} if self.led_to else None,
            "updated_at": self.updated_at.isoformat(),
            "gone": self.gone,
        }


@dataclass(frozen=True, slots=True)
class ReportEvent:
    """One line of a report's history: who changed what, when."""

    id: int
    report_id: int
    at: datetime
    actor: str
    action: str  # create, state, assign, answer, link
    old_value: str | None
    new_value: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "old": self.old_value,
            "new": self.new_value,
        }


@dataclass(frozen=True, slots=True)
class KnownValues:
    """The competitors and products the library's items carry, in the library's spelling."""

    competitors: list[str]
    products: list[str]


@dataclass(frozen=True, slots=True)
class FeedbackComment:
    report_id: int
    author: str
    verdict: Verdict
    comment: str
    at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "author": self.author,
            "verdict": self.verdict.value,
            "comment": self.comment,
            "at": self.at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class UnitFeedback:
    """The feedback on one unit of an item: counts per verdict and the latest comments.

    Attributes:
        counts: verdict value -> number of reports (every verdict present, zeros included).
        latest: the newest comments first (at most a handful).
    """

    unit_kind: str
    unit_number: int
    counts: dict[str, int]
    latest: list[FeedbackComment] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "unit_kind": self.unit_kind,
            "unit_number": self.unit_number,
            "counts": dict(self.counts),
            "total": self.total,
            "latest": [c.to_json() for c in self.latest],
        }


class Placement(enum.StrEnum):
    """Where feedback given on some version of an item stands against its current version."""

    CURRENT = "current"  # given on the current version
    SAME = "same"  # given on an earlier version whose unit has the same content (maybe renumbered)
    CHANGED = "changed"  # the unit's number is still there, with other content
    REMOVED = "removed"  # no current unit of that kind and number, and the content is gone
    UNKNOWN = "unknown"  # an earlier version whose content is not stored (or not known which)

    @property
    def shows_on_unit(self) -> bool:
        return self in (Placement.CURRENT, Placement.SAME)


@dataclass(frozen=True, slots=True)
class EarlierFeedback:
    """Feedback given on a unit of an earlier version that is not in the current one as it was:
    listed in the item's roll-up ("on version 2, slide 5 «Pricing» (since removed)"), never on
    a current unit.

    Attributes:
        version: the version it was given on (None: an earlier version, not known which).
        heading: the unit's heading on that version ("" when not stored).
        placement: CHANGED, REMOVED or UNKNOWN.
    """

    version: int | None
    unit_kind: str
    unit_number: int
    heading: str
    placement: Placement
    counts: dict[str, int]
    latest: list[FeedbackComment] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "unit_kind": self.unit_kind,
            "unit_number": self.unit_number,
            "heading": self.heading,
            "placement": self.placement.value,
            "counts": dict(self.counts),
            "total": self.total,
            "latest": [c.to_json() for c in self.latest],  # as a current unit's (UnitFeedback)
        }


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """What a report led to, named (read when shown: a title may change, a target be removed).

    Attributes:
        title: the item's or ballot's title; None when the target was removed since.
        item_kind: for an item (or a version's item): its kind ("battlecard" for a battle card).
        item_id: for a version: its item. number: for a version: its number.
    """

    kind: LinkKind
    id: int
    title: str | None
    item_kind: str = ""
    item_id: int | None = None
    number: int | None = None

    @property
    def is_card(self) -> bool:
        return self.item_kind == "battlecard"

    def describe(self) -> str:
        """In English (the CLI): 'version 3 of «Deck»', 'battle card «Acme»', 'ballot «Q3 deck»'."""
        if self.title is None:
            return f"{self.kind.value} {self.id} (removed since)"
        if self.kind is LinkKind.VERSION:
            return f"version {self.number} of «{self.title}»"
        if self.kind is LinkKind.BALLOT:
            return f"ballot «{self.title}»"
        return f"battle card «{self.title}»" if self.is_card else f"item «{self.title}»"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "id": self.id,
            "title": self.title,
            "item_kind": self.item_kind or None,
            "item_id": self.item_id,
            "number": self.number,
            "text": self.describe(),
        }


@dataclass(frozen=True, slots=True)
class FeedbackSummary:
    """Per item, for lists: counts per verdict over all its units and how many are still open."""

    item_id: int
    counts: dict[str, int]
    open: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())
