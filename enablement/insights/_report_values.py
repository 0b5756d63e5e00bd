"""The values of reports: enum choices, texts and names checked, rows read back, history lines.

Split from `enablement.insights.reports` (which re-exports what others import) so that the rules
of the service stay in one readable file; these helpers hold no rule of who may do what.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from enablement.domain import UnitKind
from enablement.errors import ReportError
from enablement.insights.models import (
    DealOutcome,
    IntelKind,
    LinkKind,
    Report,
    ReportState,
    ReportType,
    SizeBand,
    Verdict,
)
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store.schema import report_events

MAX_TEXT_CHARS = 10_000
MAX_NAME_CHARS = 200  # competitor, product, owner: the columns' width

_E = TypeVar("_E", IntelKind, Verdict, DealOutcome, SizeBand, ReportState, ReportType, LinkKind, UnitKind)

_WHAT = {
    IntelKind: QT_TRANSLATE_NOOP("Messages", "kind of intel"),
    Verdict: QT_TRANSLATE_NOOP("Messages", "verdict"),
    DealOutcome: QT_TRANSLATE_NOOP("Messages", "deal outcome"),
    SizeBand: QT_TRANSLATE_NOOP("Messages", "deal size band"),
    ReportState: QT_TRANSLATE_NOOP("Messages", "report state"),
    ReportType: QT_TRANSLATE_NOOP("Messages", "report type"),
    LinkKind: QT_TRANSLATE_NOOP("Messages", "link target"),
    UnitKind: QT_TRANSLATE_NOOP("Messages", "unit kind"),
}


def utc(value: datetime) -> datetime:
    """SQLite hands datetimes back naive (they were stored in UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def parse_choice(cls: type[_E], value: object) -> _E:
    """`value` as a member of the enum `cls` (any case; '-' for '_'), or a clear ReportError."""
    if isinstance(value, cls):
        return value
    text = str(value).strip().casefold().replace("-", "_") if value is not None else ""
    for member in cls:
        if text in (member.value.casefold(), member.value.casefold().replace("-", "_")):
            return member
    raise ReportError(
        QT_TRANSLATE_NOOP("Messages", "Unknown {what} {value!r}: choose one of {choices}."),
        what=Message(_WHAT[cls]),
        value=str(value),
        choices=", ".join(m.value for m in cls),
    )


# C0 controls but tab and line breaks, DEL and C1 controls: never meant in a report's text.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def check_text(text: str | None, *, required: Message | None = None) -> str:
    """`text` stripped of control characters (a pasted terminal escape would otherwise reach
    marketing's terminal as a command) and of outer space; refused when empty (with `required`
    as the reason) or over the cap. Line breaks and tabs stay."""
    text = _CONTROL_CHARS.sub("", text or "").strip()
    if not text and required is not None:
        raise ReportError(required)
    if len(text) > MAX_TEXT_CHARS:
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The text is too long: {count} characters (limit {limit}). Shorten it or attach a file.",
            ),
            count=len(text),
            limit=MAX_TEXT_CHARS,
        )
    return text


def suggest(value: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """Known values close to `value` (a typo, a prefix or a part of the name), best first."""
    wanted = " ".join(value.split()).casefold()
    if not wanted:
        return []
    by_fold = {k.casefold(): k for k in known}
    close = difflib.get_close_matches(wanted, list(by_fold), n=limit, cutoff=0.6)
    partial = [f for f in by_fold if f not in close and (wanted in f or f in wanted)]
    return [by_fold[f] for f in [*close, *partial][:limit]]


def event(
    conn: Connection, at: datetime, report_id: int, actor: str, action: str, old: str | None, new: str | None
) -> None:
    """One line of a report's history."""
    conn.execute(
        sa.insert(report_events).values(
            report_id=report_id, at=at, actor=actor, action=action, old_value=old, new_value=new
        )
    )


def report_from_row(row: Row[Any]) -> Report:
    return Report(
        id=row.id,
        at=utc(row.at),
        author=row.author,
        team=row.team or "",
        type=ReportType(row.type),
        kind=row.kind,
        text=row.text or "",
        state=ReportState(row.state),
        updated_at=utc(row.updated_at),
        competitor=row.competitor or "",
        product=row.product or "",
        outcome=DealOutcome(row.outcome) if row.outcome else None,
        size_band=SizeBand(row.size_band) if row.size_band else None,
        attachment_sha=row.attachment_sha,
        attachment_name=row.attachment_name,
        item_id=row.item_id,
        item_title=row.item_title,
        unit_kind=row.unit_kind,
        unit_number=row.unit_number,
        item_version=row.item_version,
        owner=row.owner,
        answer=row.answer,
        answered_at=utc(row.answered_at) if row.answered_at else None,
        answered_by=row.answered_by,
        led_to=(LinkKind(row.led_to_kind), int(row.led_to_id)) if row.led_to_kind else None,
    )


def _match(value: str, known: Iterable[str]) -> str | None:
    wanted = " ".join(value.split()).casefold()
    return next((k for k in known if k.casefold() == wanted), None)


def _normalise(value: str, known: Sequence[str]) -> str:
    """`value` in the library's spelling when the library knows it, else as typed (tidied)."""
    value = " ".join((value or "").split())
    if len(value) > MAX_NAME_CHARS:
        raise ReportError(
            QT_TRANSLATE_NOOP("Messages", "{value!r}… is too long for a name (limit {limit} characters)."),
            value=value[:40],
            limit=MAX_NAME_CHARS,
        )
    return _match(value, known) or value


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
