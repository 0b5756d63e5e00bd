"""Validation of what a marketer asks for (`BallotSpec`) into the values of a `ballots` row."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Connection

from enablement.domain import ItemStatus
from enablement.errors import VotingError
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store import repository
from enablement.voting import _rows
from enablement.voting._rows import utc
from enablement.voting.models import (
    DEFAULT_NEGATIVE,
    DEFAULT_OPTIONS,
    SCORE_NEGATIVE,
    SCORE_OPTIONS,
    BallotSpec,
    Product,
    Subject,
)


def spec_values(
    conn: Connection, spec: BallotSpec, now: datetime, keep_opens: datetime | None = None
) -> dict[str, Any]:
    title = spec.title.strip()
    if not title:
        raise VotingError(QT_TRANSLATE_NOOP("Messages", "A ballot needs a title."))
    product = spec.product or Product()
    item_id = spec.item_id
    if item_id is not None:
        item = repository.get_item(conn, item_id)
        if item.status is not ItemStatus.DRAFT:
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Item {item} ({title!r}) is not a draft; only drafts are put to a vote."
                ),
                item=item_id,
                title=item.title,
            )
        subject = Subject.ITEM
    else:
        subject = Subject.PRODUCT
        if not product.name.strip():
            product = replace(product, name=title)
    if spec.score:
        options, negative = SCORE_OPTIONS, SCORE_NEGATIVE
    elif spec.options:
        options = _rows.clean_list(spec.options)
        if len(options) < 2:
            raise VotingError(QT_TRANSLATE_NOOP("Messages", "A ballot needs at least two different options."))
        negative = [o for o in DEFAULT_NEGATIVE if o in options]
    else:
        options, negative = DEFAULT_OPTIONS, DEFAULT_NEGATIVE
    if spec.negative_options is not None:
        lookup = {o.casefold(): o for o in options}
        unknown = [o for o in spec.negative_options if o.strip().casefold() not in lookup]
        if unknown:
            raise VotingError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Negative option(s) {unknown} are not among the options {options}."
                ),
                unknown=", ".join(repr(o) for o in unknown),
                options=", ".join(repr(o) for o in options),
            )
        negative = [lookup[o.strip().casefold()] for o in spec.negative_options]
    opens_at = utc(spec.opens_at) if spec.opens_at else (keep_opens or now)
    closes_at = utc(spec.closes_at) if spec.closes_at else None
    if closes_at is not None and closes_at <= max(now, opens_at):
        raise VotingError(
            QT_TRANSLATE_NOOP("Messages", "The closing time {time} is not in the future."),
            time=closes_at,
        )
    return {
        "title": title,
        "question": spec.question.strip(),
        "subject": subject.value,
        "item_id": item_id,
        "product": product.to_json(),
        "options": list(options),
        "scale": "score" if spec.score else "options",
        "negative_options": list(negative),
        "reason_required": spec.reason_required,
        "hide_totals": spec.hide_totals,
        "audience": _rows.clean_list(spec.audience),
        "opens_at": opens_at,
        "closes_at": closes_at,
    }
