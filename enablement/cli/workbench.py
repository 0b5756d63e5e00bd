"""Workbench verbs: the marketer's checks on decks.

enablement lint DECK [--json] [--max-age-years N]
enablement duplicates-decks [--json] [--threshold J] [--archived] [--keep ID]

DECK is an item id (12 or #12), the path or file name a deck was imported from, its title,
or a .pptx file on disk (checked without importing it). Exit status: 0 when the deck has no
findings, 1 when it has some, 2 when DECK cannot be checked (missing, a PDF, not a deck,
damaged): scripts and CI can gate on it.

duplicates-decks groups decks whose slide text overlaps by at least J (Jaccard over word
3-grams, default 0.8), and slides of different decks that do: the version sprawl to archive.
--keep ID marks deck ID as the current one and archives the other decks of its group (they
leave sellers' search and keep their versions); on a team library only marketing may.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from enablement.cli import json_flag, print_json
from enablement.errors import EnablementError
from enablement.workbench.deck_check import DeckCheckError, DeckReport, check_reference
from enablement.workbench.near_duplicates import (
    DuplicateReport,
    KeepResult,
    find_near_duplicates,
    keep_current,
    library_decks,
)

if TYPE_CHECKING:
    from enablement.cli import Context

EXIT_CLEAN, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "lint",
        parents=[json_flag()],
        help="check a deck sells: prices, a call to action, proof points, stale dates, codes, notes",
        description=__doc__.split("\n\n")[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("deck", metavar="DECK", help="item id, imported path or file name, title, or a .pptx file")
    p.add_argument(
        "--max-age-years",
        type=_non_negative_int,
        default=2,
        metavar="N",
        help="a year older than N years before today is stale (default 2)",
    )
    p.set_defaults(handler=cmd_lint)

    p = sub.add_parser(
        "duplicates-decks",
        parents=[json_flag()],
        help="near-copy decks and slides (version sprawl), grouped",
        description=__doc__.split("\n\n")[3],
    )
    p.add_argument(
        "--threshold", type=_jaccard, default=0.8, metavar="J", help="Jaccard from 0.1 to 1 (default 0.8)"
    )
    p.add_argument("--archived", action="store_true", help="include archived decks")
    p.add_argument(
        "--keep",
        type=_item_id,
        metavar="ID",
        help="keep deck ID as the current one and archive the other decks of its group",
    )
    p.set_defaults(handler=cmd_duplicates)


def _jaccard(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.1 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be from 0.1 to 1, not {value}")
    return value


def _item_id(text: str) -> int:
    try:
        return int(text.strip().lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an item id (12 or #12)") from None


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def cmd_lint(args: argparse.Namespace, ctx: Context) -> int:
    try:
        report = check_reference(
            ctx.services().library, args.deck, today=date.today(), max_age_years=args.max_age_years
        )
    except DeckCheckError as exc:
        print(f"enablement: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        print_json(report.to_json())
    else:
        print_checklist(report)
    return EXIT_CLEAN if report.clean else EXIT_FINDINGS


def print_checklist(report: DeckReport) -> None:
    """The findings as a checklist, one group per slide, in slide order."""
    count = len(report.findings)
    print(f"{report.title} ({report.source}, {report.slide_count} slides): ", end="")
    print("no findings, the deck sells." if report.clean else f"{count} finding{'s' * (count != 1)}")
    for slide, findings in report.by_slide():
        print()
        print(f"Slide {slide}" if slide is not None else "Whole deck")
        for f in findings:
            print(f"  [ ] {f.severity.value:<7} {f.rule}: {f.message}")
            if f.evidence:
                print(f"        «{f.evidence}»")
    for note in report.skipped:
        print(f"\nNote: {note}")


def cmd_duplicates(args: argparse.Namespace, ctx: Context) -> int:
    if args.keep is not None:
        return cmd_keep(args, ctx)
    with ctx.services().library.reading() as conn:
        decks = library_decks(conn, include_archived=args.archived)
    report = find_near_duplicates(decks, threshold=args.threshold)
    if args.json:
        print_json(report.to_json())
    else:
        print_duplicates(report, len(decks))
    return 0


def print_duplicates(report: DuplicateReport, deck_count: int) -> None:
    print(
        f"{deck_count} decks compared at Jaccard >= {report.threshold:g}: "
        f"{len(report.decks)} groups of near-copy decks, {len(report.slides)} groups of near-copy slides"
    )
    for group in report.decks:
        print(f"\nDecks, similarity {group.similarity:.0%}:")
        for d in group.decks:
            print(f"  #{d.item_id} {d.title} ({d.status})")
    for slides in report.slides:
        print(f"\nSlides, similarity {slides.similarity:.0%}: «{slides.excerpt}»")
        for s in slides.slides:
            print(f"  #{s.item_id} slide {s.slide}: {s.title}")


def cmd_keep(args: argparse.Namespace, ctx: Context) -> int:
    """`--keep ID`: archive the near copies of deck ID; exit 2 (nothing changed) when refused."""
    services = ctx.services()
    try:
        result = keep_current(
            services.library, args.keep, archiver=services.library_service, threshold=args.threshold
        )
    except EnablementError as exc:
        print(f"enablement: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        print_json(result.to_json())
    else:
        print_kept(result)
    return 0


def print_kept(result: KeepResult) -> None:
    kept = result.kept
    count = len(result.archived)
    copies = "near copy" if count == 1 else "near copies"
    print(f"Kept #{kept.item_id} {kept.title} as the current deck; archived {count} {copies}:")
    for d in result.archived:
        print(f"  #{d.item_id} {d.title}")
