"""`enablement watch`: keep the library following folders, in the foreground, until Ctrl-C.

The watch list lives in the library folder (watched.json), so the desktop app watches the same
folders; `--list` shows it and `--stop FOLDER` takes one off. The work is the library's
`FolderWatchService` (enablement.services.watch); this module only starts it, applies each
settled batch on the main thread (so Ctrl-C interrupts cleanly) and prints what changed.
"""

from __future__ import annotations

import argparse
import queue
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from enablement.cli import Context, print_json
from enablement.errors import EnablementError, PermissionDenied

if TYPE_CHECKING:
    from enablement.services.watch import WatchBatch, WatchReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "watch",
        help="watch folders: new, changed, renamed and deleted files reach the library (Ctrl-C stops)",
        description=(
            "Add FOLDERs to the library's watch list and follow every watched folder in the foreground: "
            "each is re-checked first (what changed while nobody watched), then new, changed, renamed "
            "and deleted files are picked up within seconds. A deleted file's item is archived. "
            "Ctrl-C stops; the list is kept for the next start (and for the desktop app)."
        ),
    )
    p.add_argument("folders", nargs="*", metavar="FOLDER", help="folders to add to the watch list")
    p.add_argument("--list", action="store_true", help="print the watched folders and exit")
    p.add_argument("--stop", action="append", default=[], metavar="FOLDER", help="stop watching FOLDER")
    p.add_argument("--once", action="store_true", help="re-check the watched folders once and exit")
    p.add_argument("--json", action="store_true", help="JSON: the list, or one object per change set")
    p.set_defaults(handler=cmd_watch)


def cmd_watch(args: argparse.Namespace, ctx: Context) -> int:
    watch = ctx.services().watch
    if args.stop:
        status = 0
        for folder in args.stop:
            if watch.remove(folder):
                print(f"Stopped watching {folder}")
            else:
                print(f"enablement: {folder} is not watched (enablement watch --list)", file=sys.stderr)
                status = 1
        if not (args.folders or args.list or args.once):
            return status
    for folder in args.folders:
        added = watch.add(folder)
        if not args.json:
            print(f"Watching {added.path}")
    if args.list:
        return _print_list(args, ctx)
    folders = [f for f in watch.watched() if f.available]
    missing = [f for f in watch.watched() if not f.available]
    for folder in missing:
        print(f"enablement: {folder.path} is missing; it stays on the list", file=sys.stderr)
    if not folders:
        print("enablement: no folder to watch; give one: enablement watch FOLDER", file=sys.stderr)
        return 1
    if args.once:
        _print_report(args, watch.recheck())
        return 0
    batches: queue.Queue[WatchBatch] = queue.Queue()
    watch.start(batches.put)
    if not args.json:
        names = ", ".join(str(f.path) for f in folders)
        print(f"Watching {len(folders)} folder(s): {names}. Ctrl-C stops.", flush=True)
    try:
        while True:
            try:
                batch = batches.get(timeout=0.5)
            except queue.Empty:
                continue
            try:
                _print_report(args, watch.apply(batch))
            except PermissionDenied:
                raise  # a seller on a team library: every batch would be refused
            except EnablementError as exc:  # this batch failed (a disk, the database): say so, go on
                print(f"enablement: {exc}", file=sys.stderr, flush=True)
    except KeyboardInterrupt:
        if not args.json:
            print("Stopped watching (the list is kept).", flush=True)
        return 0
    finally:
        watch.stop()


def _print_list(args: argparse.Namespace, ctx: Context) -> int:
    folders = ctx.services().watch.watched()
    if args.json:
        print_json([f.to_json() for f in folders])
        return 0
    if not folders:
        print("No folder is watched (enablement watch FOLDER adds one).")
    for folder in folders:
        state = "" if folder.available else "  (missing)"
        print(f"{folder.path}  since {folder.since:%Y-%m-%d %H:%M}{state}")
    return 0


def _print_report(args: argparse.Namespace, report: WatchReport) -> None:
    if args.json:
        print_json(report.to_json())
        sys.stdout.flush()
        return
    now = datetime.now().strftime("%H:%M:%S")
    reasons = dict(report.rejected)
    for what, path in report.changes:
        detail = f": {reasons[path]}" if what == "rejected" and path in reasons else ""
        if what == "moved" and path in report.moves:
            detail = f" -> {report.moves[path]}"
        print(f"{now} {what:<8} {path}{detail}")
    if report.changes or report.unchanged:
        print(
            f"{now} {report.imported} new, {report.updated} updated, {report.moved} moved, "
            f"{report.archived} archived, {report.restored} restored, {report.unchanged} unchanged, "
            f"{len(report.rejected)} rejected "
            f"({report.seconds:.1f} s)",
            flush=True,
        )
