"""Pitch verbs: `enablement pitch build ID#N [ID#N …] -o out.pptx` (issue 12).

Each slide is named `ITEM#SLIDE` (`12#3`) or by the link the app copies
(`enablement://item/12#slide=3`). The handler finds originals through the preview
service, as the app does, and prints the slides written and anything left out.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from enablement.cli import json_flag, print_json

if TYPE_CHECKING:
    from enablement.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("pitch", help="build a pitch deck from slides of the library's decks")
    verbs = p.add_subparsers(dest="pitch_command", metavar="VERB", required=True)
    b = verbs.add_parser(
        "build",
        parents=[json_flag()],
        help="one .pptx from the named slides, in the order given",
        description="Slides are ITEM#SLIDE (12#3) or links (enablement://item/12#slide=3); each keeps "
        "its layout, pictures, charts and notes.",
    )
    b.add_argument("slides", nargs="+", metavar="ITEM#SLIDE")
    b.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pptx")
    b.add_argument("--title", default="", help="the title stored in the file's properties")
    b.set_defaults(handler=cmd_build)


def cmd_build(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.preview.service import PreviewService
    from enablement.workbench.pitch import SlidePick, build_pitch

    picks = [SlidePick.parse(text) for text in args.slides]  # a typo fails before the library opens
    services = ctx.services()
    preview = PreviewService(services.library, offline=lambda: services.search.offline)
    result = build_pitch(
        services.library, picks, args.output, original=preview.original_path, title=args.title
    )
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Wrote {result.path} ({len(result.slides)} slides)")
    for slide in result.slides:
        print(f"  {slide.position}. #{slide.item_id} slide {slide.slide}: {slide.heading or slide.title}")
    for loss in result.losses:
        print(f"  note: {loss.message}")
    return 0
