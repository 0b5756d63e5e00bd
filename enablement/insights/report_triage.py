"""Triage of reports, marketing's: the inbox, states, owner, answer and what a report led to.

Part of `ReportService` (enablement.insights.reports).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.errors import NotFound, ReportError
from enablement.insights._report_values import MAX_TEXT_CHARS as MAX_TEXT_CHARS  # the UI's limit
from enablement.insights._report_values import (
    _clip,
    check_text,
    event,
    parse_choice,
    report_from_row,
)
from enablement.insights.feedback_versions import mark_gone
from enablement.insights.links import link_targets_in, targets_named, versions_in
from enablement.insights.models import (
    LinkKind,
    LinkTarget,
    Report,
    ReportState,
    ReportType,
)
from enablement.insights.report_base import ReportBase
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store import repository
from enablement.store.schema import (
    ballots,
    items,
    notifications,
    people,
    reports,
    versions,
)

# Where a report may go from each state; DONE and DECLINED are final. A team server holds the
# same moves (enablement.team.report_rules.REPORT_MOVES; tests/unit/team compares the two).
NEXT_STATES: dict[ReportState, frozenset[ReportState]] = {
    ReportState.NEW: frozenset(
        {ReportState.ACCEPTED, ReportState.PLANNED, ReportState.DONE, ReportState.DECLINED}
    ),
    ReportState.ACCEPTED: frozenset({ReportState.PLANNED, ReportState.DONE, ReportState.DECLINED}),
    ReportState.PLANNED: frozenset({ReportState.DONE, ReportState.DECLINED}),
    ReportState.DONE: frozenset(),
    ReportState.DECLINED: frozenset(),
}


class ReportTriage(ReportBase):
    """inbox, set_state, assign, answer, link and the link targets."""

    def inbox(
        self,
        actor: str,
        *,
        state: ReportState | str | None = None,
        type: ReportType | str | None = None,
        owner: str | None = None,
        limit: int = 200,
    ) -> list[Report]:
        """Intel and feedback for marketing to triage, newest first."""
        with self._library.reading() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "read the reports inbox"))
            query = sa.select(reports).order_by(reports.c.at.desc(), reports.c.id.desc()).limit(limit)
            if state not in (None, ""):
                query = query.where(reports.c.state == parse_choice(ReportState, state).value)
            if type not in (None, ""):
                query = query.where(reports.c.type == parse_choice(ReportType, type).value)
            if owner not in (None, ""):
                query = query.where(reports.c.owner == owner)
            return mark_gone(conn, [report_from_row(r) for r in conn.execute(query)])

    def set_state(
        self, actor: str, report_id: int, state: ReportState | str, reason: str | None = None
    ) -> Report:
        """Move a report on. A decline needs a reason; a reason (any state) is also the answer
        the author is notified of."""
        target = parse_choice(ReportState, state)
        required = None
        if target is ReportState.DECLINED:
            required = Message(
                QT_TRANSLATE_NOOP("Messages", "Say why: a report is declined only with a reason.")
            )
        why = check_text(reason, required=required)
        now = self.now()
        with self._library.transaction() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "triage reports"))
            report = self._report(conn, report_id, lock=True)
            if target not in NEXT_STATES[report.state]:
                if report.state.is_final:
                    raise ReportError(
                        QT_TRANSLATE_NOOP("Messages", "Report {report} is {state}; its state is final."),
                        report=report_id,
                        state=report.state.value,
                    )
                raise ReportError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Report {report} is {state}; it can move to {choices}, not to {target}."
                    ),
                    report=report_id,
                    state=report.state.value,
                    choices=", ".join(s.value for s in ReportState if s in NEXT_STATES[report.state]),
                    target=target.value,
                )
            self._update(conn, report_id, now, state=target.value)
            event(conn, now, report_id, actor, "state", report.state.value, target.value)
            if why:
                self._set_answer(conn, report, actor, why, now)
            return mark_gone(conn, [self._report(conn, report_id)])[0]

    def assign(self, actor: str, report_id: int, owner: str | None) -> Report:
        """Make `owner` responsible; None or "" clears the owner.

        The owner is a marketer (or an admin): triage is marketing's, and a seller named owner
        could neither move the report on nor answer it. On a team server the reports policy
        refuses a seller owner too (enablement.team.security).
        """
        owner = (owner or "").strip() or None
        now = self.now()
        with self._library.transaction() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "triage reports"))
            report = self._report(conn, report_id, lock=True)
            role = repository.person_role(conn, owner) if owner is not None else None
            if owner is not None and role is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages", "There is no person named {name!r} (see `enablement user list`)."
                    ),
                    name=owner,
                )
            if owner is not None and role not in ("marketing", "admin"):
                raise ReportError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{name!r} is {role}: the owner of a report is a marketer, who can move it on "
                        "and answer it. Choose someone from marketing.",
                    ),
                    name=owner,
                    role=str(role),
                )
            self._update(conn, report_id, now, owner=owner)
            event(conn, now, report_id, actor, "assign", report.owner, owner)
            return mark_gone(conn, [self._report(conn, report_id)])[0]

    def answer(self, actor: str, report_id: int, text: str) -> Report:
        """Answer the author, who is notified (a later answer replaces the earlier one)."""
        body = check_text(text, required=Message(QT_TRANSLATE_NOOP("Messages", "An answer needs a text.")))
        now = self.now()
        with self._library.transaction() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "triage reports"))
            report = self._report(conn, report_id, lock=True)
            self._set_answer(conn, report, actor, body, now)
            return mark_gone(conn, [self._report(conn, report_id)])[0]

    def link(self, actor: str, report_id: int, kind: LinkKind | str, ref_id: int) -> Report:
        """Record what the report led to: an item (a battle card is one), a ballot, or a new
        version of an item (`ref_id`: the versions.id; `version_id` finds it by number)."""
        target = parse_choice(LinkKind, kind)
        now = self.now()
        with self._library.transaction() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "triage reports"))
            report = self._report(conn, report_id, lock=True)
            table = {LinkKind.ITEM: items, LinkKind.BALLOT: ballots, LinkKind.VERSION: versions}[target]
            if conn.execute(sa.select(table.c.id).where(table.c.id == ref_id)).first() is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "There is no {kind} {id} to link report {report} to."),
                    kind=target.value,
                    id=ref_id,
                    report=report_id,
                )
            self._update(conn, report_id, now, led_to_kind=target.value, led_to_id=ref_id)
            old = f"{report.led_to[0].value}:{report.led_to[1]}" if report.led_to else None
            event(conn, now, report_id, actor, "link", old, f"{target.value}:{ref_id}")
            return mark_gone(conn, [self._report(conn, report_id)])[0]

    def version_id(self, item_id: int, number: int) -> int:
        """The versions.id of version `number` of item `item_id` (what `link` takes), or NotFound."""
        with self._library.reading() as conn:
            found = conn.execute(
                sa.select(versions.c.id).where(versions.c.item_id == item_id, versions.c.number == number)
            ).scalar()
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "Item {item} has no version {number}."),
                item=item_id,
                number=number,
            )
        return int(found)

    def link_targets(self, found: Iterable[Report]) -> dict[tuple[LinkKind, int], LinkTarget]:
        """What `found` reports led to, named: (kind, id) -> target (title None: removed since)."""
        with self._library.reading() as conn:
            return link_targets_in(conn, found)

    def targets_named(self, refs: Iterable[tuple[LinkKind, int]]) -> dict[tuple[LinkKind, int], LinkTarget]:
        """`refs` named, e.g. every link in a report's history (replaced ones too)."""
        with self._library.reading() as conn:
            return targets_named(conn, refs)

    def versions_to_link(self, item_ids: Sequence[int] | None = None) -> list[LinkTarget]:
        """Versions a report may be linked to (of `item_ids`, or of every item), newest first."""
        with self._library.reading() as conn:
            return versions_in(conn, item_ids)

    def _set_answer(self, conn: Connection, report: Report, actor: str, text: str, now: datetime) -> None:
        self._update(conn, report.id, now, answer=text, answered_at=now, answered_by=actor)
        event(conn, now, report.id, actor, "answer", report.answer, text)
        author_id = conn.execute(sa.select(people.c.id).where(people.c.name == report.author)).scalar()
        if author_id is None:  # no profile (a single-user library's made-up name): my_reports shows it
            return
        subject = report.item_title or report.text
        news = Message(
            QT_TRANSLATE_NOOP("Messages", "{who} answered your report {report} ({subject}): {answer}"),
            {"who": actor, "report": report.id, "subject": _clip(subject, 60), "answer": _clip(text, 300)},
        )
        # inline(): no RETURNING, since marketing may not read back another person's notification.
        conn.execute(
            sa.insert(notifications)
            .inline()
            .values(
                person_id=author_id,
                ballot_id=None,
                kind="report",
                message=str(news),
                message_data=news.to_json(),
                at=now,
            )
        )
