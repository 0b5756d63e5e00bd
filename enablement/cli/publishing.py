"""Publishing verbs: move items through draft → in review → published → archived, keep them current.

enablement publish ITEM [--note TEXT] [--json]
enablement status ITEM [draft|in_review|published|archived] [--note TEXT] [--json]
enablement review queue [--json]
enablement review verify ITEM [--days N] [--json]
enablement mine [--json]

ITEM is an item id (12 or #12). `status ITEM` alone prints the item's status and its history;
with a status it moves the item there (the workflow refuses a move it does not allow, and on a
team library only marketing may move). `publish` is `status ITEM published`.

`review queue` lists published items past their review-by date, most overdue first; `review
verify` says an item is still valid: it stays published and its review-by date moves N days
(default 90) from today. `mine` lists the items you own (their owner field), with their status
and the moves open to each.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from enablement.cli import json_flag, positive_int, print_json
from enablement.domain import ItemStatus
from enablement.store import repository as repo
from enablement.workbench.publishing import DEFAULT_REVIEW_DAYS, StatusChange

if TYPE_CHECKING:
    from enablement.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doc = __doc__.split("\n\n")
    p = sub.add_parser("publish", parents=[json_flag()], help="publish an item: sellers find it in search")
    p.add_argument("item", metavar="ITEM", type=_item_id, help="item id (12 or #12)")
    p.add_argument("--note", default="", help="why (kept in the item's history)")
    p.set_defaults(handler=cmd_publish)

    p = sub.add_parser(
        "status",
        parents=[json_flag()],
        help="show an item's status and history, or move it (draft, in_review, published, archived)",
        description=doc[2],
    )
    p.add_argument("item", metavar="ITEM", type=_item_id, help="item id (12 or #12)")
    p.add_argument("to", nargs="?", metavar="STATUS", choices=[s.value for s in ItemStatus])
    p.add_argument("--note", default="", help="why (kept in the item's history)")
    p.set_defaults(handler=cmd_status)

    review = sub.add_parser("review", help="the needs-review queue and 'still valid'", description=doc[3])
    review_sub = review.add_subparsers(dest="review_command", metavar="VERB", required=True)
    p = review_sub.add_parser(
        "queue", parents=[json_flag()], help="published items past their review-by date"
    )
    p.set_defaults(handler=cmd_queue)
    p = review_sub.add_parser("verify", parents=[json_flag()], help="still valid: move the review-by date")
    p.add_argument("item", metavar="ITEM", type=_item_id, help="item id (12 or #12)")
    p.add_argument(
        "--days",
        type=positive_int,
        default=DEFAULT_REVIEW_DAYS,
        metavar="N",
        help=f"review again in N days (default {DEFAULT_REVIEW_DAYS})",
    )
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("mine", parents=[json_flag()], help="the items you own, with their status")
    p.set_defaults(handler=cmd_mine)


def _item_id(text: str) -> int:
    try:
        return int(text.strip().lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an item id (12 or #12)") from None


def cmd_publish(args: argparse.Namespace, ctx: Context) -> int:
    change = ctx.services().publishing.move(ctx.user(), args.item, ItemStatus.PUBLISHED, args.note)
    _print_change(args, change)
    return 0


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    if args.to:
        _print_change(args, services.publishing.move(ctx.user(), args.item, args.to, args.note))
        return 0
    with services.library.reading() as conn:
        item = repo.get_item(conn, args.item)
    history = services.publishing.history(item.id)
    if args.json:
        print_json(
            {
                "item": item.id,
                "title": item.title,
                "status": str(item.status),
                "review_by": item.review_by.isoformat() if item.review_by else None,
                "history": [h.to_json() for h in history],
            }
        )
        return 0
    review = f", review by {item.review_by.isoformat()}" if item.review_by else ""
    print(f"#{item.id} {item.title}: {item.status}{review}")
    for h in history:
        print("  " + _line(h))
    return 0


def cmd_queue(args: argparse.Namespace, ctx: Context) -> int:
    entries = ctx.services().publishing.needs_review()
    if args.json:
        print_json([e.to_json() for e in entries])
        return 0
    if not entries:
        print("Nothing needs review: every published item is within its review-by date.")
    for e in entries:
        owner = e.owner or "no owner"
        late = f"review by {e.review_by.isoformat()}, {e.days_overdue} days over"
        print(f"#{e.item_id} {e.title} ({owner}): {late}")
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    _print_change(args, ctx.services().publishing.verify(ctx.user(), args.item, args.days))
    return 0


def cmd_mine(args: argparse.Namespace, ctx: Context) -> int:
    user = ctx.user()
    owned = ctx.services().publishing.owned_by(user)
    if args.json:
        print_json([o.to_json() for o in owned])
        return 0
    if not owned:
        print(f"{user} owns no items (an item's owner is set at import or in the card editor).")
    for o in owned:
        review = f", review by {o.review_by.isoformat()}" if o.review_by else ""
        moves = ", ".join(o.moves)
        print(f"#{o.item_id} {o.title} [{o.kind}]: {o.status}{review}; can go to {moves}")
    return 0


def _print_change(args: argparse.Namespace, change: StatusChange) -> None:
    if args.json:
        print_json(change.to_json())
    else:
        print(f"#{change.item_id}: " + _line(change))


def _line(change: StatusChange) -> str:
    when = change.at.astimezone().strftime("%Y-%m-%d %H:%M")
    if change.action == "verify":
        until = change.review_by.isoformat() if change.review_by else "?"
        text = f"{when} {change.actor}: still valid, review by {until}"
    elif change.from_status is None:  # the first line of an item made in the app (a new card)
        text = f"{when} {change.actor}: created as {change.to_status}"
    else:
        text = f"{when} {change.actor}: {change.from_status} -> {change.to_status}"
    return text + (f" ({change.note})" if change.note else "")
