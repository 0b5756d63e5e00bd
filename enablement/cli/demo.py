"""Demo verbs: `enablement demo remove` takes the demo library out of a library, with its history.

What is removed is `enablement.services.demo_removal`'s to say; the desktop app's File → Remove
the demo library… does the same. Asks before removing unless `--yes` is given; without a
terminal to ask on, it refuses and says to add `--yes`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from enablement.cli import print_json

if TYPE_CHECKING:
    from enablement.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="the demo library: remove it (its items and its history)")
    verbs = p.add_subparsers(dest="demo_command", metavar="VERB", required=True)
    r = verbs.add_parser("remove", help="remove the demo library's items and the history it came with")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    r.add_argument("--json", action="store_true", help="print what was removed as JSON")
    r.set_defaults(handler=cmd_demo_remove)


def cmd_demo_remove(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.services.demo_removal import has_demo, remove_demo_library

    services = ctx.services()
    if not has_demo(services.library):
        print(
            f"enablement: {services.library.root} has no demo library to remove; nothing was changed.",
            file=sys.stderr,
        )
        return 2
    if not args.yes:
        if not sys.stdin.isatty():
            print("enablement: removing the demo library needs a confirmation: add --yes.", file=sys.stderr)
            return 2
        answer = input(
            f"Remove the demo library from {services.library.root}: its items and its history (searches, "
            "usage, reports, ballots and votes, the demo's people)? Your own files stay. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes", "д", "да"):
            print("Nothing was removed.")
            return 1
    result = remove_demo_library(services.library_service, user=services.user)
    if args.json:
        print_json(result.to_json())
    else:
        rows = sum(result.removed.values())
        print(
            f"Removed the demo library: {result.items} items, {rows} rows of history, {result.files} files."
        )
    return 0
