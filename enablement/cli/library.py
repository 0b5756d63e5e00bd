"""Library verbs: init, import, list, show, remove, reindex, doctor.

The handlers parse, call the library service (`Services.library_service`) and print;
what import, remove, reindex and doctor do is the service's, so the desktop app
and the command line cannot drift apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from enablement.cli import print_json
from enablement.domain import ItemKind, ItemMeta, ItemStatus
from enablement.ingest.pipeline import NO_SUCH_PATH
from enablement.store import repository as repo

if TYPE_CHECKING:
    from enablement.cli import Context
    from enablement.ingest.pipeline import ImportProgress


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create (or open) a library; --demo fills it with the demo library")
    p.add_argument("--demo", action="store_true", help="import the demo library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("import", help="import files and folders (recursively)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--kind", choices=[k.value for k in ItemKind])
    p.add_argument("--status", choices=[s.value for s in ItemStatus])
    p.add_argument("--competitor", action="append", default=[], metavar="NAME")
    p.add_argument("--product", action="append", default=[], metavar="NAME")
    p.add_argument("--tag", action="append", default=[], metavar="TAG")
    p.add_argument("--workers", type=int, default=None, help="extraction processes (default: all cores)")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("list", help="list items")
    p.add_argument("--kind", choices=[k.value for k in ItemKind])
    p.add_argument("--status", choices=[s.value for s in ItemStatus])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="an item's metadata, versions and units with their text")
    p.add_argument("item", type=int, metavar="ITEM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("remove", help="remove an item (its originals stay in the file store)")
    p.add_argument("item", type=int, metavar="ITEM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_remove)

    p = sub.add_parser("reindex", help="rebuild the search index from the database")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reindex)

    p = sub.add_parser("doctor", help="check that database, file store and index agree; repair the index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_doctor)


# ---------------------------------------------------------------- handlers


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    report = None
    if args.demo:
        from enablement.services.demo import create_demo_library

        report = create_demo_library(
            services.library_service, services.voting, search=services.search, user=services.user
        )
    if args.json:
        print_json({"library": str(services.library.root), "demo": report.to_json() if report else None})
    else:
        print(f"Library ready at {services.library.root}")
        if report is not None:
            print(
                f"Demo library: {report.imported} imported, {report.unchanged} unchanged, "
                f"{report.units} units"
            )
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    meta = ItemMeta(
        kind=ItemKind(args.kind) if args.kind else None,
        status=ItemStatus(args.status) if args.status else None,
        competitors=args.competitor,
        products=args.product,
        tags=args.tag,
    )
    bar = _Progress(sys.stderr)
    try:
        report = services.library_service.import_paths(
            args.paths, meta, progress=bar.update, workers=args.workers
        )
    finally:
        bar.finish()
    # A path that does not exist is a mistake in the command, not a file to skip: say so by exit code.
    status = 1 if any(reason == NO_SUCH_PATH for _path, reason in report.rejected) else 0
    if args.json:
        print_json(report.to_json())
        return status
    print(
        f"Imported {report.imported}, updated {report.updated}, unchanged {report.unchanged}, "
        f"rejected {len(report.rejected)}; {report.units} units in {report.seconds:.1f} s"
    )
    for path, reason in report.rejected:
        print(f"  rejected {path}: {reason}")
    for path, warning in report.warnings:
        print(f"  warning {path}: {warning}")
    if report.still_rejected:
        print(
            f"  {len(report.still_rejected)} unchanged file(s) were refused by an earlier import "
            "(--json lists them)"
        )
    return status


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    library = services.library
    with library.reading() as conn:
        found = repo.list_items(conn, kind=args.kind, status=args.status)
    if not services.publishing.may_publish(services.user):
        # A seller finds and previews published items only (README, Publishing and review):
        # drafts, items in review and archived ones are marketing's.
        found = [i for i in found if i.status is ItemStatus.PUBLISHED]
    if args.json:
        print_json([_item_json(i) for i in found])
        return 0
    if not found:
        print("The library is empty. Import files with `enablement import PATH`.")
    for i in found:
        print(
            f"{i.id:>5}  {i.kind.value:<10} {i.status.value:<9} v{i.version:<3} "
            f"{i.unit_count:>6} units  {i.title}"
        )
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    library = ctx.services().library
    with library.reading() as conn:
        item = repo.get_item(conn, args.item)
        versions = repo.get_versions(conn, item.id)
        units = repo.get_units(conn, item.id)
    if args.json:
        data = _item_json(item)
        data["versions"] = [
            {
                "number": v.number,
                "sha256": v.sha256,
                "size": v.size,
                "source": v.source_name,
                "path": v.source_path,
                "imported_at": v.imported_at.isoformat(),
                "imported_by": v.imported_by,
            }
            for v in versions
        ]
        data["units"] = [{"unit": values.pop("kind"), **values} for values in map(repo.unit_values, units)]
        print_json(data)
        return 0
    print(f"#{item.id} {item.title}")
    print(
        f"  kind {item.kind.value}, status {item.status.value}, language {item.language}, owner {item.owner}"
    )
    for label, values in (
        ("competitors", item.competitors),
        ("products", item.products),
        ("tags", item.tags),
    ):
        if values:
            print(f"  {label}: {', '.join(values)}")
    if item.review_by:
        print(f"  review by {item.review_by.isoformat()}")
    for v in versions:
        print(f"  version {v.number}: {v.source_name} {v.size} bytes, {v.imported_at:%Y-%m-%d %H:%M} UTC")
    for u in units:
        head = f"{u.kind.value} {u.number}" + (f" [{u.sheet}]" if u.sheet else "")
        print(f"\n--- {head}: {u.heading}" + (" (hidden)" if u.hidden else ""))
        if u.text:
            print(u.text)
        if u.notes:
            print(f"[notes] {u.notes}")
    return 0


def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    item = ctx.services().library_service.remove_item(args.item)
    if args.json:
        print_json({"removed": item.id, "title": item.title})
    else:
        print(f"Removed #{item.id} {item.title}")
    return 0


def cmd_reindex(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    started = time.monotonic()
    count = services.library_service.reindex()
    seconds = time.monotonic() - started
    if args.json:
        print_json({"units": count, "seconds": round(seconds, 3)})
    else:
        print(f"Rebuilt the search index: {count} units in {seconds:.1f} s")
    return 0


def cmd_doctor(args: argparse.Namespace, ctx: Context) -> int:
    report = ctx.services().library_service.doctor()
    if report.orphaned_originals:  # kept on purpose: removing an item keeps its originals
        print(
            f"note: {report.orphaned_originals} original(s) in the file store belong to removed items",
            file=sys.stderr,
        )
    if args.json:
        print_json({"ok": report.ok, "problems": report.problems, "repaired": report.repaired})
    else:
        for p in report.problems:
            print(("repaired: " if p in report.repaired else "problem: ") + p)
        print("The library is consistent." if report.ok else "The library has problems that need attention.")
    return 0 if report.ok else 1


def _item_json(item: Any) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "kind": item.kind.value,
        "status": item.status.value,
        "language": item.language,
        "competitors": item.competitors,
        "products": item.products,
        "tags": item.tags,
        "owner": item.owner,
        "created": item.created_at.isoformat(),
        "updated": item.updated_at.isoformat(),
        "review_by": item.review_by.isoformat() if item.review_by else None,
        "source": item.source_name,
        "sha256": item.sha256,
        "version": item.version,
        "units": item.unit_count,
    }


class _Progress:
    """A one-line progress bar on a terminal; plain lines every few seconds otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.last = 0.0
        self.shown = False

    def update(self, p: ImportProgress) -> None:
        now = time.monotonic()
        final = p.done == p.total
        if self.tty:
            if now - self.last < 0.1 and not final:
                return
            width = 30
            filled = int(width * p.done / max(1, p.total))
            name = Path(p.path).name[:40]
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {p.done}/{p.total} {name:<40}")
            self.stream.flush()
            self.shown = True
        elif now - self.last >= 2.0 or final:
            self.stream.write(f"import: {p.done}/{p.total} files\n")
            self.stream.flush()
        self.last = now

    def finish(self) -> None:
        if self.tty and self.shown:
            self.stream.write("\n")
            self.stream.flush()
