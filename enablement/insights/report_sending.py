"""Sending reports: field intel (with an optional attachment) and content feedback on one unit.

Part of `ReportService` (enablement.insights.reports): anyone who acts may send; the checks of
what is sent (texts, choices, the unit, the attachment) live here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.domain import ItemStatus, UnitKind
from enablement.errors import NotFound, ReportError
from enablement.insights._report_values import MAX_TEXT_CHARS as MAX_TEXT_CHARS  # the UI's limit
from enablement.insights._report_values import (
    _match,
    _normalise,
    check_text,
    parse_choice,
    suggest,
)
from enablement.insights.attachments import ATTACHMENT_SUFFIXES, content_problem
from enablement.insights.feedback_versions import feedback_shown_on
from enablement.insights.labels import label, unit_label, with_comment
from enablement.insights.models import (
    DealOutcome,
    IntelKind,
    KnownValues,
    Report,
    ReportType,
    SizeBand,
    Verdict,
)
from enablement.insights.report_base import ReportBase
from enablement.messages import QT_TRANSLATE_NOOP, Arg, Message
from enablement.store.schema import items, units

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024  # the import's cap (enablement.ingest.safety.MAX_FILE_BYTES)
_DEAL_OUTCOMES = {IntelKind.DEAL_WON: DealOutcome.WON, IntelKind.DEAL_LOST: DealOutcome.LOST}
_NEEDS_COMMENT = frozenset({Verdict.WRONG, Verdict.MISSING})


class ReportSending(ReportBase):
    """known_values, suggestions, add_intel and add_feedback."""

    def known_values(self) -> KnownValues:
        """The competitors and products the library's items carry (first spelling seen wins); a
        draft's or an item in review's are marketing's work in progress, not the library's yet."""
        competitors: dict[str, str] = {}
        products: dict[str, str] = {}
        reached = items.c.status.in_((ItemStatus.PUBLISHED.value, ItemStatus.ARCHIVED.value))
        with self._library.reading() as conn:
            query = sa.select(items.c.competitors, items.c.products).where(reached).order_by(items.c.id)
            for row in conn.execute(query):
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
                kind=label(intel.value),
                outcome=label(deal.value if deal else ""),
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
            if item is None:
                raise NotFound(
                    with_comment(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "There is no item {item} in this library (it may have been removed).",
                            ),
                            {"item": item_id},
                        ),
                        body,
                    )
                )
            title = str(item.title)
            self._check_unit(conn, item_id, title, kind, unit_number, body)
            self._check_once(conn, actor, item_id, title, kind, unit_number, body)
            report_id = self._insert(
                conn,
                actor,
                now,
                type=ReportType.FEEDBACK.value,
                kind=said.value,
                text=body,
                item_id=item_id,
                item_title=title,
                unit_kind=kind.value,
                unit_number=unit_number,
                item_version=int(item.current_version),
            )
            return self._report(conn, report_id)

    def _check_unit(
        self, conn: Connection, item_id: int, title: str, kind: UnitKind, number: int, body: str
    ) -> None:
        """NotFound (quoting `body` back) unless the item's current version has the unit."""
        found = conn.execute(
            sa.select(units.c.id).where(
                units.c.item_id == item_id, units.c.kind == kind.value, units.c.number == number
            )
        ).first()
        if found is not None:
            return
        kinds = sorted(
            {
                str(k)
                for k in conn.execute(sa.select(units.c.kind).where(units.c.item_id == item_id)).scalars()
            }
        )
        if kinds and kind.value not in kinds:  # a deck has slides, not sections: say so rather than "removed"
            problem = Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{title!r} has no {unit} at all: give feedback on its {kinds}."
                ),
                {"title": title, "unit": kind.value, "kinds": ", ".join(kinds)},
            )
        else:
            problem = Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{title!r} has no {unit} {number} in its current version; "
                    "it may have been removed since.",
                ),
                {"title": title, "unit": kind.value, "number": number},
            )
        raise NotFound(with_comment(problem, body))

    def _check_once(
        self, conn: Connection, actor: str, item_id: int, title: str, kind: UnitKind, number: int, body: str
    ) -> None:
        """A person's feedback counts once per unit: refused when `actor` already gave feedback
        that shows on this unit (on this version, or on an earlier one where the unit had the same
        content), naming that report and quoting `body` back so nothing is lost.

        Checked where the report is written, inside its transaction; on PostgreSQL an advisory
        lock per (person, item) keeps two desktops of the same person from both passing.
        """
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtext(actor), item_id)))
        shown = feedback_shown_on(conn, actor, item_id, kind.value, number)
        if not shown:
            return
        earlier = shown[0]
        args: dict[str, Arg] = {
            "unit": unit_label(kind.value, number),
            "title": title,
            "report": int(earlier.id),
            "verdict": label(earlier.kind),
            "state": label(earlier.state),
        }
        if body:
            args["comment"] = body
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "You already gave feedback on {unit} of «{title}»: report {report} ({verdict}, {state}); "
                "a person's feedback counts once per unit. Your new comment was not saved: «{comment}»",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "You already gave feedback on {unit} of «{title}»: report {report} ({verdict}, {state}); "
                "a person's feedback counts once per unit.",
            )
        raise ReportError(Message(template, args))

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
