"""`enablement intel …`, `enablement feedback …` and `enablement inbox …`: the feedback loop headless.

Sales sends intel (`intel add`) and feedback on a unit of content (`feedback add`) and sees
their fate (`intel mine`: state, owner, answer, what it led to and every change on the way);
`intel attachment` saves the file a report carries. Marketing triages (`inbox`, `inbox
state|assign|answer|link`) and reads the feedback on an item per unit (`feedback show`).
Every verb acts as the global `--user NAME` (on a team library: the login) and takes
`--json`; the rules are ReportService's, so the CLI refuses what the app refuses.
"""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from enablement.cli import emit, positive_int
from enablement.cli import json_flag as json_parent
from enablement.errors import EnablementError, ReportError
from enablement.insights.labels import gone_label, label, unit_label
from enablement.insights.models import (
    DealOutcome,
    EarlierFeedback,
    FeedbackComment,
    IntelKind,
    LinkKind,
    LinkTarget,
    Placement,
    Report,
    ReportEvent,
    ReportState,
    ReportType,
    SizeBand,
    Verdict,
)
from enablement.store import repository as repo

if TYPE_CHECKING:
    from enablement.cli import Context
    from enablement.insights.reports import ReportService


def _service(ctx: Context) -> ReportService:
    return ctx.services().reports


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    json_flag = json_parent()

    intel = subparsers.add_parser("intel", help="field intel: what sales meets (prices, claims, deals, …)")
    intel_sub = intel.add_subparsers(dest="intel_command", metavar="VERB", required=True)
    p = intel_sub.add_parser("add", parents=[json_flag], help="record what you met; prints its id")
    p.add_argument("--kind", required=True, choices=[k.value for k in IntelKind])
    p.add_argument("--competitor", default="", help="as the library spells it (a new one is accepted)")
    p.add_argument("--product", default="", help="as the library spells it")
    p.add_argument("--outcome", choices=[o.value for o in DealOutcome], help="deal outcome")
    p.add_argument("--size", choices=[s.value for s in SizeBand], help="deal size band")
    p.add_argument("--attach", metavar="FILE", type=Path, help="a document, spreadsheet, PDF or picture")
    p.add_argument("text", nargs="+", help="what you met")
    p.set_defaults(handler=_intel_add, trailing_words="text")
    p = intel_sub.add_parser(
        "mine", parents=[json_flag], help="everything you sent: its fate, the answer and its history"
    )
    p.set_defaults(handler=_intel_mine)
    p = intel_sub.add_parser(
        "attachment", help="save the file a report carries (its author's, or any for marketing)"
    )
    p.add_argument("id", type=int, metavar="REPORT_ID")
    p.add_argument("--out", required=True, metavar="PATH", help="a file to write, or a folder (ending in /)")
    p.set_defaults(handler=_intel_attachment)

    feedback = subparsers.add_parser("feedback", help="say how a slide, page, row or section served you")
    feedback_sub = feedback.add_subparsers(dest="feedback_command", metavar="VERB", required=True)
    p = feedback_sub.add_parser("add", parents=[json_flag], help="feedback on one unit; prints its id")
    p.add_argument("item", type=int, help="item id")
    p.add_argument("--unit", required=True, metavar="KIND:N", help="e.g. slide:7, page:2, row:15, section:3")
    p.add_argument("--verdict", required=True, choices=[v.value for v in Verdict])
    p.add_argument("comment", nargs="*", help="what helped, is outdated, wrong or missing")
    p.set_defaults(handler=_feedback_add, trailing_words="comment")
    p = feedback_sub.add_parser(
        "show", parents=[json_flag], help="the feedback on an item per unit: counts and comments (marketing)"
    )
    p.add_argument("item", type=int, help="item id")
    p.set_defaults(handler=_feedback_show)

    inbox = subparsers.add_parser(
        "inbox", parents=[json_flag], help="marketing's triage of intel and feedback (newest first)"
    )
    inbox.add_argument("--state", choices=[s.value for s in ReportState])
    inbox.add_argument("--type", choices=[t.value for t in ReportType])
    inbox.add_argument("--owner")
    inbox.add_argument("--limit", type=positive_int, default=200)
    inbox.set_defaults(handler=_inbox_list)
    inbox_sub = inbox.add_subparsers(dest="inbox_command", metavar="VERB")
    p = inbox_sub.add_parser("state", parents=[json_flag], help="move a report on (declined needs --reason)")
    p.add_argument("id", type=int)
    p.add_argument("new_state", metavar="STATE", choices=[s.value for s in ReportState])
    p.add_argument("--reason", help="why; the author is notified of it")
    p.set_defaults(handler=_inbox_state)
    p = inbox_sub.add_parser("assign", parents=[json_flag], help="make someone the report's owner")
    p.add_argument("id", type=int)
    p.add_argument("new_owner", metavar="OWNER")
    p.set_defaults(handler=_inbox_assign)
    p = inbox_sub.add_parser("answer", parents=[json_flag], help="answer the author (who is notified)")
    p.add_argument("id", type=int)
    p.add_argument("text", nargs="+")
    p.set_defaults(handler=_inbox_answer, trailing_words="text")
    p = inbox_sub.add_parser(
        "link",
        parents=[json_flag],
        help="what the report led to: item:N (a battle card is an item), ballot:N, "
        "or version:ITEM/N (version N of item ITEM)",
    )
    p.add_argument("id", type=int)
    p.add_argument("target", metavar="item:N|ballot:N|version:ITEM/N")
    p.set_defaults(handler=_inbox_link)


def _split_ref(text: str, what: str, example: str) -> tuple[str, int]:
    """KIND:N read from `text`; refused with `what` and an `example` of a form this very option
    accepts (an --unit once suggested item:12, which --unit refuses)."""
    kind, sep, number = text.partition(":")
    if not sep or not number.strip().isdigit():
        raise ReportError(f"Cannot read {text!r}: write {what}, e.g. {example}.")
    return kind.strip(), int(number)


def _unit_examples(text: str) -> str:
    """Units to suggest for an unreadable --unit, with the number typed in it if any ("slide7",
    "7" -> slide:7), so following the first suggestion names a unit of a deck."""
    digits = "".join(c for c in text if c.isdigit()).lstrip("0") or "1"
    return f"slide:{digits} (a document: page:{digits}, a sheet: row:{digits}, a card: section:{digits})"


def _target_names(ctx: Context, found: list[Report]) -> dict[tuple[str, int], str]:
    """What the reports led to, named: «Acme» is "battle card «Acme»", a version "version 3 of
    «Router deck»", not "item 31" or "version 40"."""
    targets = _service(ctx).link_targets(found)
    return {(kind.value, ref): _named(t) for (kind, ref), t in targets.items() if t.title is not None}


def _named(target: LinkTarget) -> str:
    """'item 12 «Router deck»', 'battle card 31 «Acme»', 'ballot 3 «…»', 'version 2 of «Router deck»'."""
    if target.kind is LinkKind.VERSION:
        return target.describe()
    kind = "battle card" if target.is_card else target.kind.value
    return f"{kind} {target.id} «{target.title}»"


def _ref(value: str | None) -> tuple[LinkKind, int] | None:
    """A history value "item:31" as a link reference (None for anything else)."""
    kind, _, ref = (value or "").partition(":")
    if not ref.isdigit() or kind not in {k.value for k in LinkKind}:
        return None
    return LinkKind(kind), int(ref)


def _line(r: Report, names: dict[tuple[str, int], str] | None = None, *, answer: bool = True) -> str:
    if r.type is ReportType.FEEDBACK:
        on = f" (version {r.item_version})" if r.item_version is not None else ""
        gone = f" {gone_label(r.unit_kind)}" if r.gone else ""
        about = f"{r.item_title} {unit_label(r.unit_kind, r.unit_number)}{on}{gone}"
    else:
        about = " / ".join(v for v in (r.competitor, r.product) if v)
    text = " ".join(r.text.split())
    text = text if len(text) <= 60 else text[:59] + "…"
    owner = f" owner {r.owner}" if r.owner else ""
    # "Acme / Router X1: text"; without a competitor or a text, the part left out, not a "-" or a
    # dangling colon ("-: real pdf" read as a negative or a typo)
    said = ": ".join(part for part in (about, text) if part)
    kind = str(label(r.kind))
    line = f"{r.id:>4}  {r.state.value:<8} {r.type.value:<8} {kind:<13} {r.author:<12} {said}{owner}".rstrip()
    if r.answer and answer:
        line += f"\n      answer ({r.answered_by}): {r.answer}"
    if r.led_to:
        kind, ref = r.led_to[0].value, r.led_to[1]
        named = (names or {}).get((kind, ref))
        line += f"\n      led to {named}" if named else f"\n      led to {kind} {ref}"
    return line


def _list(args: argparse.Namespace, ctx: Context, found: list[Report], empty: str) -> None:
    if args.json:
        emit(args, [r.to_json() for r in found], "")
        return
    names = _target_names(ctx, found)
    emit(args, [r.to_json() for r in found], "\n".join(_line(r, names) for r in found) or empty)


def _intel_add(args: argparse.Namespace, ctx: Context) -> None:
    service = _service(ctx)
    report = service.add_intel(
        ctx.user(),
        args.kind,
        competitor=args.competitor,
        product=args.product,
        outcome=args.outcome,
        size_band=args.size,
        text=" ".join(args.text),
        attachment=args.attach,
    )
    hints = service.suggestions(report.competitor, report.product)
    data = report.to_json() | {"suggestions": hints}
    notes = [
        f"note: the library has no {key} {value!r}; did you mean {', '.join(map(repr, hints[key]))}?"
        for key, value in (("competitor", report.competitor), ("product", report.product))
        if hints[key]
    ]
    emit(args, data, "\n".join([str(report.id), *notes]))


_ACTIONS = {"create": "sent", "state": "state", "assign": "owner", "answer": "answered", "link": "led to"}


def _event_line(e: ReportEvent, names: dict[tuple[str, int], str] | None = None) -> str:
    """One change on a report, for its author: "2026-03-02 14:05 mia: state new -> accepted";
    a link names its target and the one it replaced ("led to battle card 31 «Acme» (replacing
    item 12 «Deck»)")."""
    what = _ACTIONS.get(e.action, e.action)
    if e.action == "create":
        change = ""
    elif e.action == "answer":
        change = " " + " ".join((e.new_value or "").split())
    elif e.action == "assign":
        change = f" {e.new_value}" if e.new_value else " cleared"
    elif e.action == "state":
        change = f" {e.old_value} -> {e.new_value}"
    elif e.action == "link":
        change = f" {_ref_name(e.new_value, names) or '-'}"
        if e.old_value:
            change += f" (replacing {_ref_name(e.old_value, names)})"
    else:
        change = f" {e.new_value or '-'}"
    return f"      {e.at:%Y-%m-%d %H:%M} {e.actor}: {what}{change}"


def _ref_name(value: str | None, names: dict[tuple[str, int], str] | None) -> str:
    ref = _ref(value)
    if ref is None:
        return value or ""
    return (names or {}).get((ref[0].value, ref[1])) or f"{ref[0].value} {ref[1]} (removed since)"


def _answers(events: list[ReportEvent]) -> list[str]:
    """Every answer the author got, oldest first, a decline's reason called so: a later answer or
    reason does not hide an earlier one."""
    lines = []
    declined_at = None
    for e in events:
        if e.action == "state" and e.new_value == "declined":
            declined_at = e.at
        elif e.action == "answer":
            said = " ".join((e.new_value or "").split())
            what = "declined, reason" if declined_at == e.at else "answer"
            lines.append(f"      {what} ({e.actor}, {e.at:%Y-%m-%d %H:%M}): {said}")
    return lines


def _intel_mine(args: argparse.Namespace, ctx: Context) -> None:
    """What the app's "Sent by me" shows: each report with every answer, its owner, what it led to
    (replaced links too, in the history), whether its unit is gone, and its history."""
    service = _service(ctx)
    user = ctx.user()
    found = service.my_reports(user)
    history = service.my_history(user)
    if args.json:
        data = [r.to_json() | {"history": [e.to_json() for e in history.get(r.id, [])]} for r in found]
        emit(args, data, "")
        return
    refs = [
        ref
        for events in history.values()
        for e in events
        if e.action == "link"
        for ref in (_ref(e.new_value), _ref(e.old_value))
        if ref is not None
    ]
    names = {
        (kind.value, ref): _named(t)
        for (kind, ref), t in service.targets_named([*refs, *(r.led_to for r in found if r.led_to)]).items()
        if t.title is not None
    }
    blocks = [
        "\n".join(
            [
                _line(r, names, answer=False),
                *_answers(history.get(r.id, [])),
                *(_event_line(e, names) for e in history.get(r.id, [])),
            ]
        )
        for r in found
    ]
    emit(args, [], "\n".join(blocks) or "(you have sent nothing yet)")


def _intel_attachment(args: argparse.Namespace, ctx: Context) -> None:
    """Copy a report's attachment out of the library's store; never over an existing file."""
    name, source = _service(ctx).attachment(ctx.user(), args.id)
    target = Path(args.out)
    # "out/" names a folder even before it exists (Path drops the slash): the file goes inside.
    if target.is_dir() or args.out.endswith(("/", os.sep)):
        target = target / Path(name).name
    if target.exists():
        raise ReportError(
            "{path} already exists: nothing was written. Choose another --out, or remove it first.",
            path=str(target),
        )
    if not target.parent.is_dir():
        raise ReportError(
            "Cannot write {path}: the folder {folder} does not exist.",
            path=str(target),
            folder=str(target.parent),
        )
    try:
        with open(source, "rb") as src, open(target, "xb") as out:
            shutil.copyfileobj(src, out)
    except FileExistsError:
        raise ReportError("{path} already exists: nothing was written.", path=str(target)) from None
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise ReportError("Cannot write {path}: {error}", path=str(target), error=str(exc.strerror)) from exc
    print(f"Wrote {name} of report {args.id} to {target}")


def _feedback_show(args: argparse.Namespace, ctx: Context) -> None:
    """The app's feedback roll-up for one item: per unit, counts per verdict and the latest
    comments; then the feedback given on units of earlier versions that are not in the current
    one as they were ("On version 1, section 2 «…» (since changed)"), as the app lists it."""
    services = ctx.services()
    units = services.reports.item_feedback(ctx.user(), args.item)
    earlier = services.reports.earlier_feedback(ctx.user(), args.item)
    with services.library.reading() as conn:
        try:
            title = repo.get_item(conn, args.item).title
        except EnablementError:  # removed since: the feedback keeps its title
            title = None
    if args.json:
        data = {
            "item": args.item,
            "title": title,
            "units": [u.to_json() for u in units],
            "earlier": [e.to_json() for e in earlier],
        }
        emit(args, data, "")
        return
    if title is None and not units and not earlier:
        raise ReportError("There is no item {item} and no feedback on it.", item=args.item)
    lines = [f"Feedback on item {args.item}" + (f" «{title}»" if title else " (removed)")]
    if not units and not earlier:
        lines.append("  (no feedback yet)")
    for u in units:
        counts = ", ".join(f"{label(verdict)} {n}" for verdict, n in u.counts.items() if n)
        lines.append(f"  {unit_label(u.unit_kind, u.unit_number)}: {counts}")
        lines += _comment_lines(u.latest)
    for e in earlier:
        counts = ", ".join(f"{label(verdict)} {n}" for verdict, n in e.counts.items() if n)
        lines.append(f"  {_earlier_place(e)}: {counts}")
        lines += _comment_lines(e.latest)
    emit(args, [], "\n".join(lines))


def _comment_lines(latest: list[FeedbackComment]) -> list[str]:
    return [f"      {c.at:%Y-%m-%d} {c.author} ({label(c.verdict.value)}): {c.comment}" for c in latest]


def _earlier_place(group: EarlierFeedback) -> str:
    """'On version 1, section 2 «Strengths» (since changed)', as the app's roll-up says it."""
    where = str(unit_label(group.unit_kind, group.unit_number))
    if group.heading:
        where += f" «{group.heading}»"
    if group.version is None:
        return f"On an earlier version, {where} (it may have changed since)"
    since = {Placement.CHANGED: "since changed", Placement.REMOVED: "since removed"}
    return f"On version {group.version}, {where} ({since.get(group.placement, 'it may have changed since')})"


def _feedback_add(args: argparse.Namespace, ctx: Context) -> None:
    kind, number = _split_ref(args.unit, "KIND:N", _unit_examples(args.unit))
    report = _service(ctx).add_feedback(
        ctx.user(), args.item, kind, number, args.verdict, " ".join(args.comment)
    )
    emit(args, report.to_json(), str(report.id))


def _inbox_list(args: argparse.Namespace, ctx: Context) -> None:
    found = _service(ctx).inbox(
        ctx.user(), state=args.state, type=args.type, owner=args.owner, limit=args.limit
    )
    _list(args, ctx, found, "(the inbox is empty)")


def _inbox_state(args: argparse.Namespace, ctx: Context) -> None:
    report = _service(ctx).set_state(ctx.user(), args.id, args.new_state, args.reason)
    emit(args, report.to_json(), f"report {report.id}: {report.state.value}")


def _inbox_assign(args: argparse.Namespace, ctx: Context) -> None:
    report = _service(ctx).assign(ctx.user(), args.id, args.new_owner)
    emit(
        args,
        report.to_json(),
        f"report {report.id}: " + (f"owner {report.owner}" if report.owner else "no owner"),
    )


def _inbox_answer(args: argparse.Namespace, ctx: Context) -> None:
    report = _service(ctx).answer(ctx.user(), args.id, " ".join(args.text))
    emit(args, report.to_json(), f"report {report.id}: answered; {report.author} is notified")


def _inbox_link(args: argparse.Namespace, ctx: Context) -> None:
    """Link a report; replacing a link says which, and that it stays in the report's history."""
    service = _service(ctx)
    before = service.get_report(ctx.user(), args.id).led_to
    kind, _, ref = args.target.partition(":")
    if kind.strip().casefold() == "version":
        item, slash, number = ref.partition("/")
        if not slash or not item.strip().isdigit() or not number.strip().isdigit():
            raise ReportError(
                f"Cannot read {args.target!r}: write version:ITEM/N, e.g. version:12/3 "
                "for version 3 of item 12 (`enablement show ITEM` lists them)."
            )
        report = service.link(ctx.user(), args.id, "version", service.version_id(int(item), int(number)))
    else:
        kind, number = _split_ref(args.target, "item:N, ballot:N or version:ITEM/N", "item:12 or ballot:3")
        report = service.link(ctx.user(), args.id, kind, number)
    target = next(iter(service.link_targets([report]).values()))
    replaced = None
    if before is not None and before != report.led_to:
        replaced = service.targets_named([before])[before]
    text = f"report {report.id}: led to {target.describe()}"
    if replaced is not None:
        text += f" (replacing {replaced.describe()}, which stays in the report's history)"
    emit(
        args,
        report.to_json()
        | {"led_to_target": target.to_json(), "replaced": replaced.to_json() if replaced else None},
        text,
    )
