"""The feedback loop's reports: field intel and content feedback from sales, triage by marketing.

Rules live here, not in the UI or the CLI, so both enforce the same ones:

* anyone who acts may send intel (what they met in the field) and feedback (a verdict on one
  slide, page, row or section of an item's current version); the report keeps the item's
  title, so it survives the item's removal.
* triage is marketing's (and admin's): the role comes from `people.role` for the actor, as
  in voting. Marketing sees one inbox, moves a report new → accepted → planned → done (steps
  may be skipped) or declines it with a reason, assigns an owner, answers, and links the
  report to what it led to (an item, a battle card being an item, a ballot, or a new version
  of an item). Every change writes a `report_events` row;
  an answer (a decline's reason is one) notifies the author.
* the author sees the fate of everything they sent (`my_reports`).
* feedback records the item's version it was given on; it shows on a current unit only when
  given on the current version or on an earlier one whose unit has the same content, and is
  otherwise listed per item as given on an earlier version (enablement.insights.feedback_versions).
* team mode (enablement.team): the database enforces the same split with row-level security,
  so a seller inserts only their own reports and reads no one else's; feedback roll-ups are
  marketing's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from enablement.domain import UnitKind
from enablement.errors import NotFound, ReportError, marketing_only
from enablement.insights._report_values import MAX_TEXT_CHARS as MAX_TEXT_CHARS  # the UI's limit
from enablement.insights._report_values import (
    _clip,
    _match,
    _normalise,
    check_text,
    event,
    parse_choice,
    report_from_row,
    suggest,
    utc,
)
from enablement.insights.attachments import ATTACHMENT_SUFFIXES, content_problem
from enablement.insights.feedback_versions import (
    Placed,
    earlier_rollup,
    place_feedback,
    unit_rollup,
)
from enablement.insights.links import link_targets_in, versions_in
from enablement.insights.models import (
    DealOutcome,
    EarlierFeedback,
    FeedbackSummary,
    IntelKind,
    KnownValues,
    LinkKind,
    LinkTarget,
    Report,
    ReportEvent,
    ReportState,
    ReportType,
    SizeBand,
    UnitFeedback,
    Verdict,
)
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store import repository
from enablement.store.library import Library
from enablement.store.schema import (
    ballots,
    items,
    notifications,
    people,
    report_events,
    reports,
    units,
    versions,
)

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024  # the import's cap (enablement.ingest.safety.MAX_FILE_BYTES)

# Where a report may go from each state; DONE and DECLINED are final.
_NEXT: dict[ReportState, frozenset[ReportState]] = {
    ReportState.NEW: frozenset(
        {ReportState.ACCEPTED, ReportState.PLANNED, ReportState.DONE, ReportState.DECLINED}
    ),
    ReportState.ACCEPTED: frozenset({ReportState.PLANNED, ReportState.DONE, ReportState.DECLINED}),
    ReportState.PLANNED: frozenset({ReportState.DONE, ReportState.DECLINED}),
    ReportState.DONE: frozenset(),
    ReportState.DECLINED: frozenset(),
}
_DEAL_OUTCOMES = {IntelKind.DEAL_WON: DealOutcome.WON, IntelKind.DEAL_LOST: DealOutcome.LOST}
_NEEDS_COMMENT = frozenset({Verdict.WRONG, Verdict.MISSING})


class ReportService:
    """Field intel, content feedback and their triage over one library.

    Every method that acts takes `actor`, the acting person's name; role checks happen
    here. Methods open their own short transaction, so the service is safe to call from
    worker threads.
    """

    def __init__(self, library: Library, *, clock: Callable[[], datetime] = repository.utcnow) -> None:
        """Serve `library`.

        Args:
            library: the library whose items the feedback is about and whose blob store keeps
                attachments (shared through the server on a team library).
            clock: the current time (tests pass a fake one).
        """
        self._library = library
        self._clock = clock

    def now(self) -> datetime:
        return utc(self._clock())

    # ------------------------------------------------------------ sending

    def known_values(self) -> KnownValues:
        """The competitors and products the library's items carry (first spelling seen wins)."""
        competitors: dict[str, str] = {}
        products: dict[str, str] = {}
        with self._library.reading() as conn:
            for row in conn.execute(sa.select(items.c.competitors, items.c.products).order_by(items.c.id)):
                for value in row.competitors or []:
                    competitors.setdefault(str(value).casefold(), str(value))
                for value in row.products or []:
                    products.setdefault(str(value).casefold(), str(value))
        return KnownValues(
            competitors=sorted(competitors.values(), key=str.casefold),
            products=sorted(products.values(), key=str.casefold),
        )

    def suggestions(self, competitor: str = "", product: str = "") -> dict[str, list[str]]:
        """For a competitor or product the library does not know: the known values it may mean.

        Returns {"competitor": [...], "product": [...]}, empty lists for known or empty values.
        """
        known = self.known_values()
        out: dict[str, list[str]] = {"competitor": [], "product": []}
        for key, value, values in (
            ("competitor", competitor, known.competitors),
            ("product", product, known.products),
        ):
            if value.strip() and _match(value, values) is None:
                out[key] = suggest(value, values)
        return out

    def add_intel(
        self,
        actor: str,
        kind: IntelKind | str,
        *,
        competitor: str = "",
        product: str = "",
        outcome: DealOutcome | str | None = None,
        size_band: SizeBand | str | None = None,
        text: str,
        attachment: Path | None = None,
    ) -> Report:
        """Record what `actor` met in the field.

        A competitor or product the library knows is stored in the library's spelling; a new
        one is accepted as typed (sales meets new competitors first) and `suggestions` offers
        the known values it may mean. A deal's outcome follows from deal_won/deal_lost.
        The attachment goes to the library's blob store before the report is written.
        """
        actor = self._actor(actor)
        intel = parse_choice(IntelKind, kind)
        body = check_text(
            text, required=Message(QT_TRANSLATE_NOOP("Messages", "Say what you met: the intel needs a text."))
        )
        deal = parse_choice(DealOutcome, outcome) if outcome not in (None, "") else None
        implied = _DEAL_OUTCOMES.get(intel)
        if implied is not None and deal not in (None, implied):
            raise ReportError(
                QT_TRANSLATE_NOOP("Messages", "A {kind} report cannot have the outcome {outcome}."),
                kind=intel.value,
                outcome=str(deal),
            )
        deal = deal or implied
        band = parse_choice(SizeBand, size_band) if size_band not in (None, "") else None
        known = self.known_values()
        competitor = _normalise(competitor, known.competitors)
        product = _normalise(product, known.products)
        sha, name = self._store_attachment(attachment) if attachment is not None else (None, None)
        now = self.now()
        with self._library.transaction() as conn:
            report_id = self._insert(
                conn,
                actor,
                now,
                type=ReportType.INTEL.value,
                kind=intel.value,
                competitor=competitor,
                product=product,
                outcome=deal.value if deal else None,
                size_band=band.value if band else None,
                text=body,
                attachment_sha=sha,
                attachment_name=name,
            )
            return self._report(conn, report_id)

    def add_feedback(
        self,
        actor: str,
        item_id: int,
        unit_kind: UnitKind | str,
        unit_number: int,
        verdict: Verdict | str,
        comment: str = "",
    ) -> Report:
        """Say how one unit of an item's current version served `actor`.

        "wrong" and "missing" need a comment (what is wrong, what is missing); "helped" and
        "outdated" may come without one. A unit that is not in the current version (removed
        since, or never there) is a NotFound. The report records the version it is about.
        """
        actor = self._actor(actor)
        kind = parse_choice(UnitKind, unit_kind)
        said = parse_choice(Verdict, verdict)
        required = None
        if said in _NEEDS_COMMENT:
            required = Message(
                QT_TRANSLATE_NOOP("Messages", "Say what is {verdict}: this feedback needs a comment."),
                {"verdict": said.value},
            )
        body = check_text(comment, required=required)
        now = self.now()
        with self._library.transaction() as conn:
            item = conn.execute(
                sa.select(items.c.title, items.c.current_version).where(items.c.id == item_id)
            ).first()
            title = item.title if item is not None else None
            if item is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages", "There is no item {item} in this library (it may have been removed)."
                    ),
                    item=item_id,
                )
            found = conn.execute(
                sa.select(units.c.id).where(
                    units.c.item_id == item_id, units.c.kind == kind.value, units.c.number == unit_number
                )
            ).first()
            kinds = sorted(
                {
                    str(k)
                    for k in conn.execute(sa.select(units.c.kind).where(units.c.item_id == item_id)).scalars()
                }
            )
            if found is None and kinds and kind.value not in kinds:
                raise NotFound(  # a deck has slides, not sections: say so rather than "removed"
                    QT_TRANSLATE_NOOP(
                        "Messages", "{title!r} has no {unit} at all: give feedback on its {kinds}."
                    ),
                    title=str(title),
                    unit=kind.value,
                    kinds=", ".join(kinds),
                )
            if found is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{title!r} has no {unit} {number} in its current version; "
                        "it may have been removed since.",
                    ),
                    title=str(title),
                    unit=kind.value,
                    number=unit_number,
                )
            report_id = self._insert(
                conn,
                actor,
                now,
                type=ReportType.FEEDBACK.value,
                kind=said.value,
                text=body,
                item_id=item_id,
                item_title=str(title),
                unit_kind=kind.value,
                unit_number=unit_number,
                item_version=int(item.current_version),
            )
            return self._report(conn, report_id)

    # ------------------------------------------------------------ what sellers see

    def my_reports(self, actor: str) -> list[Report]:
        """Everything `actor` sent, newest first, with its state, owner, answer and link."""
        with self._library.reading() as conn:
            rows = conn.execute(
                sa.select(reports)
                .where(reports.c.author == actor)
                .order_by(reports.c.at.desc(), reports.c.id.desc())
            )
            return [report_from_row(r) for r in rows]

    def my_unit_feedback(self, actor: str, item_id: int, unit_kind: str, unit_number: int) -> list[Report]:
        """The feedback `actor` sent that shows on one unit of the item's current version, newest
        first: given on this version, or on an earlier one where the unit had the same content."""
        with self._library.reading() as conn:
            rows = conn.execute(
                sa.select(reports)
                .where(
                    reports.c.author == actor,
                    reports.c.type == ReportType.FEEDBACK.value,
                    reports.c.item_id == item_id,
                )
                .order_by(reports.c.at.desc(), reports.c.id.desc())
            ).all()
            placed = place_feedback(conn, item_id, rows)
        return [report_from_row(r) for r in rows if placed[r.id].current == (unit_kind, unit_number)]

    def get_report(self, actor: str, report_id: int) -> Report:
        """One report: its author's, or anyone's for marketing."""
        with self._library.reading() as conn:
            report = self._report(conn, report_id)
            if report.author != actor:
                self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "read other people's reports"))
            return report

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
        original is fetched from the server when this desktop does not have it yet.
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
        return report.attachment_name or report.attachment_sha, path

    # ------------------------------------------------------------ triage (marketing)

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
            return [report_from_row(r) for r in conn.execute(query)]

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
            if target not in _NEXT[report.state]:
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
                    choices=", ".join(s.value for s in ReportState if s in _NEXT[report.state]),
                    target=target.value,
                )
            self._update(conn, report_id, now, state=target.value)
            event(conn, now, report_id, actor, "state", report.state.value, target.value)
            if why:
                self._set_answer(conn, report, actor, why, now)
            return self._report(conn, report_id)

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
            return self._report(conn, report_id)

    def answer(self, actor: str, report_id: int, text: str) -> Report:
        """Answer the author, who is notified (a later answer replaces the earlier one)."""
        body = check_text(text, required=Message(QT_TRANSLATE_NOOP("Messages", "An answer needs a text.")))
        now = self.now()
        with self._library.transaction() as conn:
            self._manager(conn, actor, QT_TRANSLATE_NOOP("Messages", "triage reports"))
            report = self._report(conn, report_id, lock=True)
            self._set_answer(conn, report, actor, body, now)
            return self._report(conn, report_id)

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
            return self._report(conn, report_id)

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

    def versions_to_link(self, item_ids: Sequence[int] | None = None) -> list[LinkTarget]:
        """Versions a report may be linked to (of `item_ids`, or of every item), newest first."""
        with self._library.reading() as conn:
            return versions_in(conn, item_ids)

    # ------------------------------------------------------------ feedback roll-ups (marketing)

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
            rows = conn.execute(
                sa.select(reports.c.item_id, reports.c.kind, reports.c.state, sa.func.count())
                .where(reports.c.type == ReportType.FEEDBACK.value, reports.c.item_id.in_(list(item_ids)))
                .group_by(reports.c.item_id, reports.c.kind, reports.c.state)
            ).all()
        out: dict[int, FeedbackSummary] = {}
        for item_id, kind, state, count in rows:
            summary = out.setdefault(item_id, FeedbackSummary(item_id, {v.value: 0 for v in Verdict}, 0))
            summary.counts[kind] = summary.counts.get(kind, 0) + int(count)
            if not ReportState(state).is_final:
                out[item_id] = FeedbackSummary(item_id, summary.counts, summary.open + int(count))
        return out

    # ------------------------------------------------------------ internals

    def _actor(self, actor: str) -> str:
        actor = (actor or "").strip()
        if not actor:
            raise ReportError(QT_TRANSLATE_NOOP("Messages", "Say who is acting (`--user NAME`)."))
        return actor

    def _manager(self, conn: Connection, actor: str, doing: str) -> None:
        role = repository.person_role(conn, actor)
        if role not in ("marketing", "admin"):
            no_profile = QT_TRANSLATE_NOOP("Messages", "no profile")
            raise marketing_only(doing, actor, Message(role or no_profile), team=self._library.is_team)

    def _store_attachment(self, path: Path) -> tuple[str, str]:
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in ATTACHMENT_SUFFIXES:
            raise ReportError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} cannot be attached: {suffix} files are not accepted. "
                    "Attach a document, a spreadsheet, a PDF or a picture ({accepted}).",
                ),
                name=path.name,
                suffix=suffix or "(no suffix)",
                accepted=" ".join(sorted(ATTACHMENT_SUFFIXES)),
            )
        try:
            if not path.is_file():
                raise ReportError(
                    QT_TRANSLATE_NOOP("Messages", "Cannot attach {path}: it is not a file."), path=str(path)
                )
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise ReportError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{name} is too large to attach: {size} MB (limit {limit} MB)."
                    ),
                    name=path.name,
                    size=round(size / 1048576, 1),
                    limit=MAX_ATTACHMENT_BYTES // 1048576,
                )
            problem = content_problem(path, suffix, size)
            if problem is not None:
                raise ReportError(problem)
            digest = hashlib.sha256()
            with open(path, "rb") as source:
                while chunk := source.read(1 << 20):
                    digest.update(chunk)
        except OSError as exc:
            raise ReportError(
                QT_TRANSLATE_NOOP("Messages", "Cannot read the attachment {path}: {error}"),
                path=str(path),
                error=str(exc.strerror),
            ) from exc
        sha = digest.hexdigest()
        self._library.blobs.put_file(path, sha)
        return sha, path.name

    def _insert(self, conn: Connection, actor: str, now: datetime, **values: Any) -> int:
        team = conn.execute(sa.select(people.c.team).where(people.c.name == actor)).scalar() or ""
        report_id = int(
            conn.execute(
                sa.insert(reports)
                .values(
                    at=now, author=actor, team=team, state=ReportState.NEW.value, updated_at=now, **values
                )
                .returning(reports.c.id)
            ).scalar_one()
        )
        event(conn, now, report_id, actor, "create", None, f"{values['type']}:{values['kind']}")
        return report_id

    def _report(self, conn: Connection, report_id: int, *, lock: bool = False) -> Report:
        query = sa.select(reports).where(reports.c.id == report_id)
        if lock and conn.dialect.name == "postgresql":
            query = query.with_for_update()
        row = conn.execute(query).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "There is no report {report}."), report=report_id)
        return report_from_row(row)

    def _update(self, conn: Connection, report_id: int, now: datetime, **values: Any) -> None:
        conn.execute(sa.update(reports).where(reports.c.id == report_id).values(updated_at=now, **values))

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
