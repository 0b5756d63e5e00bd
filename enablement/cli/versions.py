"""Version verbs: `enablement diff ITEM [--from N] [--to M]` and `enablement restore ITEM --version N`.

The diff prints one line per slide, page or section with its fate (+ added, - removed,
~ changed, > moved, = unchanged) and, for a changed one, its changed texts with the words
marked the way wdiff does: [-removed-]{+added+}. `--json` gives the whole diff
(`VersionDiff.to_json`). A restore re-publishes an older version as the newest one and
brings the index up to date, so its text is findable at once.
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING

from enablement.cli import json_flag, positive_int, print_json

if TYPE_CHECKING:
    from enablement.cli import Context
    from enablement.workbench.diff import RowDiff, VersionDiff

_SIGNS = {"added": "+", "removed": "-", "changed": "~", "moved": ">", "unchanged": "="}
_REF = re.compile(r"^(?:(\d+):)?(\d+)$")


def _version_ref(text: str) -> tuple[int | None, int]:
    """--from/--to: a version number N, or ITEM:N for a version of another item (refused)."""
    match = _REF.match(text.strip())
    if not match or int(match.group(2)) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a version number (N, or ITEM:N)")
    return (int(match.group(1)) if match.group(1) else None, int(match.group(2)))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    d = sub.add_parser(
        "diff",
        parents=[json_flag()],
        help="compare two versions of a deck or battle card",
        description="By default the previous version with the current one. Slides are matched by "
        "content (an inserted slide is one added slide), battle-card sections by type and heading.",
    )
    d.add_argument("item", type=positive_int, metavar="ITEM")
    d.add_argument("--from", dest="old", type=_version_ref, metavar="N", help="the older version")
    d.add_argument("--to", dest="new", type=_version_ref, metavar="M", help="the newer version")
    d.add_argument("--all", action="store_true", help="also list the unchanged slides and sections")
    d.set_defaults(handler=cmd_diff)

    r = sub.add_parser(
        "restore",
        parents=[json_flag()],
        help="publish an older version again as the newest one (marketing)",
        description="The older version's original is imported again as version N+1; "
        "every version stays, so a restore can itself be undone by another.",
    )
    r.add_argument("item", type=positive_int, metavar="ITEM")
    r.add_argument("--version", dest="number", type=positive_int, required=True, metavar="N")
    r.set_defaults(handler=cmd_restore)


def cmd_diff(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.workbench.diff import compare, diff_versions, load_version

    library = ctx.services().library
    old_item, old = args.old if args.old else (None, None)
    new_item, new = args.new if args.new else (None, None)
    if old_item is None and new_item is None:
        diff = diff_versions(library, args.item, old, new)
    else:  # a version of another item was named: compare() refuses it with its reason
        left = load_version(library, old_item or args.item, old)
        right = load_version(library, new_item or args.item, new)
        diff = compare(left, right)
    if args.json:
        print_json(diff.to_json())
        return 0
    print(_render(diff, show_all=args.all))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.workbench.diff import restore_version

    services = ctx.services()
    result = restore_version(
        services.library,
        services.importer,
        args.item,
        args.number,
        on_restored=services.library_service.sync,
    )
    if args.json:
        print_json(result.to_json())
        return 0
    print(
        f"Restored #{result.item_id} {result.title}: version {result.restored_from} is now version "
        f"{result.version} (by {result.by or 'you'}, {result.at:%Y-%m-%d %H:%M} UTC)"
    )
    return 0


def _render(diff: VersionDiff, *, show_all: bool) -> str:
    old, new = diff.old.version, diff.new.version
    noun = {"deck": "slide", "pdf": "page"}.get(diff.family, "section")
    lines = [
        f"#{diff.item.id} {diff.item.title}",
        f"  version {old.number} ({old.imported_at:%Y-%m-%d %H:%M}, {old.imported_by or '-'}) -> "
        f"version {new.number} ({new.imported_at:%Y-%m-%d %H:%M}, {new.imported_by or '-'})",
        "  " + ", ".join(f"{n} {status}" for status, n in diff.counts().items() if n),
    ]
    if diff.identical:
        lines.append("  no differences")
    for row in diff.rows:
        if row.status.value == "unchanged" and not show_all:
            continue
        lines.append(f"  {_SIGNS[row.status.value]} {noun} {_numbers(row)}  {row.heading}".rstrip())
        if row.status.value == "changed":
            for field in row.fields:
                if field.changed:
                    marked = "".join(
                        s.text
                        if s.op == "same"
                        else f"[-{s.text}-]"
                        if s.op == "removed"
                        else f"{{+{s.text}+}}"
                        for s in field.segments
                    )
                    lines.append(f"      {field.name}: " + marked.replace("\n", " / "))
    return "\n".join(lines)


def _numbers(row: RowDiff) -> str:
    if row.old_number is None:
        return str(row.new_number)
    if row.new_number is None:
        return str(row.old_number)
    if row.old_number == row.new_number:
        return str(row.new_number)
    return f"{row.old_number}->{row.new_number}"
