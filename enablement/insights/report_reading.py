"""Reading reports: what a seller sent and its history, and marketing's feedback roll-ups.

Part of `ReportService` (enablement.insights.reports).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row

from enablement.errors import NotFound, ReportError
from enablement.insights._report_values import MAX_TEXT_CHARS as MAX_TEXT_CHARS  # the UI's limit
from enablement.insights._report_values import (
    report_from_row,
    utc,
)
from enablement.insights.attachments import stored_problem
from enablement.insights.feedback_versions import (
    Placed,
    earlier_rollup,
    feedback_shown_on,
    mark_gone,
    place_feedback,
    unit_rollup,
)
from enablement.insights.models import (
    EarlierFeedback,
    FeedbackSummary,
    Report,
    ReportEvent,
    ReportState,
    ReportType,
    UnitFeedback,
    Verdict,
)
from enablement.insights.report_base import ReportBase
from enablement.insights.report_sending import MAX_ATTACHMENT_BYTES
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store.schema import (
    report_events,
    reports,
)


class ReportReading(ReportBase):
    """my_reports, get_report, history, attachment and the feedback roll-ups."""

    def my_reports(self, actor: str) -> list[Report]:
        """Everything `actor` sent, newest first, with its state, owner, answer and link."""
        with self._library.reading() as conn:
            rows = conn.execute(
                sa.select(reports)
                .where(reports.c.author == actor)
                .order_by(reports.c.at.desc(), reports.c.id.desc())
            )
            return mark_gone(conn, [report_from_row(r) for r in rows])

    def my_unit_feedback(self, actor: str, item_id: int, unit_kind: str, unit_number: int) -> list[Report]:
        """The feedback `actor` sent that shows on one unit of the item's current version, newest
        first: given on this version, or on an earlier one where the unit had the same content."""
        with self._library.reading() as conn:
            rows = feedback_shown_on(conn, actor, item_id, unit_kind, unit_number)
        return [report_from_row(r) for r in rows]

    def get_report(self, actor: str, report_id: int) -> Report:
        """One report: its author's, or anyone's for marketing."""
        with self._library.reading() as conn:
            report = self._report(conn, report_id)
            if report.author != actor:
                self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "read other people's reports"))
            return mark_gone(conn, [report])[0]

    def history(self, actor: str, report_id: int) -> list[ReportEvent]:
        """Every change on a report, oldest first (its author's, or anyone's for marketing)."""
        self.get_report(actor, report_id)
        with self._library.reading() as conn:
            rows = conn.execute(
                sa.select(report_events)
                .where(report_events.c.report_id == report_id)
                .order_by(report_events.c.id)
            )
            return [
                ReportEvent(r.id, r.report_id, utc(r.at), r.actor, r.action, r.old_value, r.new_value)
                for r in rows
            ]

    def my_history(self, actor: str) -> dict[int, list[ReportEvent]]:
        """The history of everything `actor` sent, per report, oldest event first (one query)."""
        with self._library.reading() as conn:
            rows = conn.execute(
                sa.select(report_events)
                .join(reports, reports.c.id == report_events.c.report_id)
                .where(reports.c.author == actor)
                .order_by(report_events.c.report_id, report_events.c.id)
            )
            out: dict[int, list[ReportEvent]] = {}
            for r in rows:
                out.setdefault(r.report_id, []).append(
                    ReportEvent(r.id, r.report_id, utc(r.at), r.actor, r.action, r.old_value, r.new_value)
                )
            return out

    def attachment(self, actor: str, report_id: int) -> tuple[str, Path]:
        """The file a report carries: (its name as sent, the local path of the original).

        Its author's or marketing's, as for the report itself (on a team server the database
        hides another seller's report, so it is "no report N" there). On a team library the
        original is fetched from the server when this desktop does not have it yet. The upload's
        checks run again (name and content, `attachments.stored_problem`): a row written round
        the app is refused ("attachment refused: …"), not handed to whoever opens or saves it.
        """
        report = self.get_report(actor, report_id)
        if not report.attachment_sha:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "Report {report} has no attachment."), report=report_id
            )
        path = self._library.blobs.fetch(report.attachment_sha)
        if path is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The attachment {name} of report {report} is not in this library's store "
                    "(on a team library: the server is not reachable, try again).",
                ),
                name=report.attachment_name or "",
                report=report_id,
            )
        name = Path(report.attachment_name or report.attachment_sha).name
        try:
            problem = stored_problem(path, name, MAX_ATTACHMENT_BYTES)
        except OSError as exc:
            raise ReportError(
                QT_TRANSLATE_NOOP("Messages", "Cannot read the attachment {name}: {error}"),
                name=name,
                error=str(exc.strerror),
            ) from exc
        if problem is not None:
            raise ReportError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Attachment refused: report {report} carries {name}, which the app would not "
                    "have accepted, so it is not handed out: {problem}",
                ),
                report=report_id,
                name=name,
                problem=problem,
            )
        return name, path

    def item_feedback(self, actor: str, item_id: int) -> list[UnitFeedback]:
        """Per unit of the item's current version: counts per verdict and the latest comments, in
        unit order. Feedback given on an earlier version counts on a unit only where that unit had
        the same content; the rest is `earlier_feedback`'s."""
        return unit_rollup(*self._feedback(actor, item_id))

    def earlier_feedback(self, actor: str, item_id: int) -> list[EarlierFeedback]:
        """Feedback on units of earlier versions that are not in the current version as they were
        (changed, removed, or not known), per version and unit: newest version first."""
        return earlier_rollup(*self._feedback(actor, item_id))

    def _feedback(self, actor: str, item_id: int) -> tuple[list[Row[Any]], dict[int, Placed]]:
        """The item's feedback rows, newest first, and where each stands (marketing only)."""
        with self._library.reading() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "read content feedback"))
            rows = conn.execute(
                sa.select(reports)
                .where(reports.c.type == ReportType.FEEDBACK.value, reports.c.item_id == item_id)
                .order_by(reports.c.at.desc(), reports.c.id.desc())
            ).all()
            return list(rows), place_feedback(conn, item_id, rows)

    def item_feedback_summary(self, actor: str, item_ids: Sequence[int]) -> dict[int, FeedbackSummary]:
        """Per item (for lists): counts per verdict over all units and how many are not yet done
        or declined. Items without feedback are left out."""
        if not item_ids:
            return {}
        with self._library.reading() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "read content feedback"))
            # A person counts once per unit: their newest feedback on it (ROW_NUMBER, both databases).
            # Per version too: slide 5 of version 1 and of version 2 may be different slides; the
            # same content on two versions is refused when written (ReportSending._check_once).
            newest = (
                sa.select(
                    reports.c.item_id,
                    reports.c.kind,
                    reports.c.state,
                    sa.func.row_number()
                    .over(
                        partition_by=(
                            reports.c.item_id,
                            reports.c.author,
                            reports.c.unit_kind,
                            reports.c.unit_number,
                            reports.c.item_version,
                        ),
                        order_by=(reports.c.at.desc(), reports.c.id.desc()),
                    )
                    .label("rank"),
                )
                .where(reports.c.type == ReportType.FEEDBACK.value, reports.c.item_id.in_(list(item_ids)))
                .subquery()
            )
            rows = conn.execute(
                sa.select(newest.c.item_id, newest.c.kind, newest.c.state, sa.func.count())
                .where(newest.c.rank == 1)
                .group_by(newest.c.item_id, newest.c.kind, newest.c.state)
            ).all()
        out: dict[int, FeedbackSummary] = {}
        for item_id, kind, state, count in rows:
            summary = out.setdefault(item_id, FeedbackSummary(item_id, {v.value: 0 for v in Verdict}, 0))
            summary.counts[kind] = summary.counts.get(kind, 0) + int(count)
            if not ReportState(state).is_final:
                out[item_id] = FeedbackSummary(item_id, summary.counts, summary.open + int(count))
        return out
