"""`enablement user …` and `enablement poll …`: people and ballots from the command line.

Every verb acts as the global `--user NAME` (default: the OS user) and takes
`--json`; the rules are the service's, so the CLI refuses exactly what the app refuses.
"""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enablement.cli import emit
from enablement.cli import json_flag as json_parent
from enablement.errors import VotingError
from enablement.voting._json import ballot_json, person_json
from enablement.voting.models import BallotSpec, Outcome, Product, Role, Status

if TYPE_CHECKING:
    from enablement.cli import Context
    from enablement.voting.service import VotingService

_RELATIVE = re.compile(r"^\+(\d+(?:\.\d+)?)\s*([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_time(text: str, *, now: datetime | None = None, end_of_day: bool = False) -> datetime:
    """ISO date or time (naive means local time), or relative `+30m`, `+12h`, `+3d`, `+1w`; returns UTC."""
    now = now or datetime.now(UTC)
    text = text.strip()
    rel = _RELATIVE.match(text)
    if rel:
        return now + timedelta(**{_UNITS[rel.group(2)]: float(rel.group(1))})
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            value = datetime.combine(day, time(23, 59, 59) if end_of_day else time(0, 0))
        else:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise VotingError(
            f"Cannot read the time {text!r}: use ISO (2026-12-01, 2026-12-01T17:00, …+03:00) or +3d, +12h."
        ) from None
    if value.tzinfo is None:
        value = value.astimezone()  # the user's local time
    return value.astimezone(UTC)


def _split(text: str | None, sep: str) -> list[str]:
    return [part.strip() for part in (text or "").split(sep) if part.strip()]


def _voting(ctx: Context) -> VotingService:
    return ctx.services().voting


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    json_flag = json_parent()

    user = subparsers.add_parser("user", help="people and their roles")
    user_sub = user.add_subparsers(dest="user_command", metavar="VERB", required=True)
    p = user_sub.add_parser("add", parents=[json_flag], help="add or update a person")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--team", default="", help="team or region (ballot audiences name teams)")
    p.set_defaults(handler=_user_add)
    p = user_sub.add_parser("list", parents=[json_flag], help="list people")
    p.set_defaults(handler=_user_list)

    poll = subparsers.add_parser("poll", help="ballots on drafts and upcoming products")
    poll_sub = poll.add_subparsers(dest="poll_command", metavar="VERB", required=True)
    p = poll_sub.add_parser("create", parents=[json_flag], help="open a ballot (marketing); prints its id")
    p.add_argument("--title", required=True)
    p.add_argument("--question", default="", help="what voters are asked")
    p.add_argument(
        "--options", help='custom options, "A|B|C" (default: Will sell it|Needs changes|Won\'t sell it)'
    )
    p.add_argument("--score", action="store_true", help="a 1–5 score instead of options")
    p.add_argument("--negative", help='options that need a reason, "B|C"')
    p.add_argument("--no-reason-required", action="store_true", help="negative votes need no reason")
    p.add_argument("--opens", help="opening time (ISO or +2h); default now")
    p.add_argument("--closes", help="closing time (ISO, local unless an offset is given, or +3d)")
    p.add_argument(
        "--show-totals", action="store_true", help="show live totals (default: hidden until close)"
    )
    p.add_argument("--audience", help="teams allowed to vote, comma separated (default: everyone)")
    p.add_argument("--item", type=int, help="a draft library item to vote on")
    p.add_argument("--product-name", help="upcoming product: name (default: the title)")
    p.add_argument("--description", default="", help="upcoming product: description")
    p.add_argument("--segment", default="", help="upcoming product: target segment")
    p.add_argument("--price", default="", help="upcoming product: planned price")
    p.add_argument("--launch", help="upcoming product: planned launch date (YYYY-MM-DD)")
    p.add_argument(
        "--attach", action="append", default=[], metavar="FILE", help="upcoming product: attachment"
    )
    p.set_defaults(handler=_poll_create)
    p = poll_sub.add_parser("list", parents=[json_flag], help="ballots you can see")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.set_defaults(handler=_poll_list)
    p = poll_sub.add_parser("vote", parents=[json_flag], help="cast or change your vote")
    p.add_argument("id", type=int)
    p.add_argument("option", help="option text, slug (wont-sell-it) or number")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=_poll_vote)
    p = poll_sub.add_parser("comment", parents=[json_flag], help="comment on one slide or section of a draft")
    p.add_argument("id", type=int)
    p.add_argument("slide", type=int)
    p.add_argument("text")
    p.set_defaults(handler=_poll_comment)
    p = poll_sub.add_parser("close", parents=[json_flag], help="close a ballot (marketing)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=_poll_close)
    p = poll_sub.add_parser("decide", parents=[json_flag], help="record the decision (marketing)")
    p.add_argument("id", type=int)
    p.add_argument("outcome", help="Go | Go with changes | No go | Postponed (or go, go-with-changes, …)")
    p.add_argument("--rationale", required=True)
    p.set_defaults(handler=_poll_decide)
    p = poll_sub.add_parser("show", parents=[json_flag], help="a ballot with what you may see of its results")
    p.add_argument("id", type=int)
    p.set_defaults(handler=_poll_show)
    p = poll_sub.add_parser("audit", parents=[json_flag], help="every change on a ballot")
    p.add_argument("id", type=int)
    p.set_defaults(handler=_poll_audit)
    p = poll_sub.add_parser("inbox", parents=[json_flag], help="your notifications")
    p.add_argument("--unread", action="store_true")
    p.add_argument("--mark-read", action="store_true")
    p.set_defaults(handler=_poll_inbox)


# ------------------------------------------------------------------ user


def _user_add(args: argparse.Namespace, ctx: Context) -> None:
    person = _voting(ctx).add_person(ctx.user(), args.name, args.role, args.team)
    team = f" ({person.team})" if person.team else ""
    emit(args, person_json(person), f"{person.name}: {person.role.value}{team}")


def _user_list(args: argparse.Namespace, ctx: Context) -> None:
    people = _voting(ctx).list_people()
    lines = [f"{p.name:<24} {p.role.value:<10} {p.team}" for p in people] or ["(nobody yet)"]
    emit(args, [person_json(p) for p in people], "\n".join(lines))


# ------------------------------------------------------------------ poll


def _poll_create(args: argparse.Namespace, ctx: Context) -> None:
    voting = _voting(ctx)
    now = voting.now()
    product = None
    if args.item is None:
        product = Product(
            name=args.product_name or "",
            description=args.description,
            segment=args.segment,
            price=args.price,
            launch=_launch(args.launch),
            attachments=[voting.attach(Path(f)) for f in args.attach],
        )
    spec = BallotSpec(
        title=args.title,
        question=args.question,
        item_id=args.item,
        product=product,
        options=_split(args.options, "|") or None,
        score=args.score,
        negative_options=_split(args.negative, "|") if args.negative is not None else None,
        reason_required=not args.no_reason_required,
        hide_totals=not args.show_totals,
        audience=_split(args.audience, ","),
        opens_at=parse_time(args.opens, now=now) if args.opens else None,
        closes_at=parse_time(args.closes, now=now, end_of_day=True) if args.closes else None,
    )
    ballot = voting.create_ballot(ctx.user(), spec)
    emit(args, ballot_json(ballot, now), str(ballot.id))


def _launch(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise VotingError(f"Cannot read the launch date {text!r}: use YYYY-MM-DD.") from None


def _countdown(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes = int(seconds // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    return f"{days}d {hours}h left" if days else f"{hours}h {mins:02d}m left"


def _poll_list(args: argparse.Namespace, ctx: Context) -> None:
    voting = _voting(ctx)
    now = voting.now()
    found = voting.list_ballots(ctx.user(), status=args.status)
    lines = [
        f"{b.id:>4}  {b.status.value:<9} {b.votes:>4} votes  {_countdown(b.seconds_left(now)):<14} {b.title}"
        for b in found
    ] or ["(no ballots)"]
    emit(args, [ballot_json(b, now) for b in found], "\n".join(lines))


def _poll_vote(args: argparse.Namespace, ctx: Context) -> None:
    vote = _voting(ctx).vote(ctx.user(), args.id, args.option, args.reason)
    data = {"ballot_id": vote.ballot_id, "voter": vote.voter, "option": vote.option, "reason": vote.reason}
    emit(args, data, f"{vote.voter} voted {vote.option!r} on ballot {vote.ballot_id}")


def _poll_comment(args: argparse.Namespace, ctx: Context) -> None:
    c = _voting(ctx).comment_unit(ctx.user(), args.id, args.slide, args.text)
    data = {"id": c.id, "ballot_id": c.ballot_id, "slide": c.unit_number, "author": c.author, "text": c.text}
    emit(args, data, f"comment {c.id} on slide {c.unit_number} of ballot {c.ballot_id}")


def _poll_close(args: argparse.Namespace, ctx: Context) -> None:
    voting = _voting(ctx)
    ballot = voting.close_ballot(ctx.user(), args.id)
    emit(args, ballot_json(ballot, voting.now()), f"ballot {ballot.id} closed with {ballot.votes} vote(s)")


def _poll_decide(args: argparse.Namespace, ctx: Context) -> None:
    voting = _voting(ctx)
    ballot = voting.decide(ctx.user(), args.id, Outcome.parse(args.outcome), args.rationale)
    assert ballot.decision is not None
    emit(args, ballot_json(ballot, voting.now()), f"ballot {ballot.id}: {ballot.decision.outcome.value}")


def _poll_show(args: argparse.Namespace, ctx: Context) -> None:
    data = _voting(ctx).show(ctx.user(), args.id)
    emit(args, data, _show_text(data))


def _show_text(d: dict[str, Any]) -> str:
    lines = [f"#{d['id']} {d['title']}  [{d['status']}]"]
    if d["question"]:
        lines.append(d["question"])
    if d["item_id"] is not None:
        lines.append(f"draft item {d['item_id']}: {d['item_title']}")
    elif d["product"] and d["product"]["description"]:
        lines.append(d["product"]["description"])
    if d["closed_at"]:
        lines.append(f"closed {d['closed_at'][:16].replace('T', ' ')} UTC")
    elif d["closes_at"]:
        lines.append(f"closes {d['closes_at'][:16].replace('T', ' ')} UTC, {_countdown(d['seconds_left'])}")
    lines.append(f"votes: {d['votes']} of {d['audience_size']} (turnout {d['turnout']:.0%})")
    if d["tally"] is None:
        lines.append("totals hidden until the ballot closes")
    else:
        width = max(len(o) for o in d["options"])
        for option, count in d["tally"].items():
            lines.append(f"  {option:<{width}}  {count:>4}  {'█' * count}")
            for r in (d["reasons"] or {}).get(option, []):
                lines.append(f"      {r['voter']}: {r['reason']}")
    if d["my_vote"]:
        lines.append(f"your vote: {d['my_vote']['option']}")
    if d["decision"]:
        dec = d["decision"]
        lines.append(f"decision: {dec['outcome']} by {dec['decided_by']}: {dec['rationale']}")
    return "\n".join(lines)


def _poll_audit(args: argparse.Namespace, ctx: Context) -> None:
    trail = _voting(ctx).audit_trail(ctx.user(), args.id)
    data = [
        {
            "at": e.at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "old": e.old_value,
            "new": e.new_value,
            "old_reason": e.old_reason,
            "reason": e.reason,
        }
        for e in trail
    ]
    lines = [
        f"{e.at:%Y-%m-%d %H:%M:%S}  {e.actor:<16} {e.action:<7} {e.old_value or '—'} -> {e.new_value or '—'}"
        for e in trail
    ]
    emit(args, data, "\n".join(lines))


def _poll_inbox(args: argparse.Namespace, ctx: Context) -> None:
    voting = _voting(ctx)
    notes = voting.notifications(ctx.user(), unread_only=args.unread)
    if args.mark_read:
        voting.mark_read(ctx.user(), [n.id for n in notes])
    data = [
        {
            "id": n.id,
            "ballot_id": n.ballot_id,
            "kind": n.kind,
            "message": str(n.message),
            "at": n.at.isoformat(),
            "read": n.read,
        }
        for n in notes
    ]
    lines = [f"{'  ' if n.read else '• '}{n.at:%Y-%m-%d %H:%M}  {n.message}" for n in notes] or [
        "(no notifications)"
    ]
    emit(args, data, "\n".join(lines))
