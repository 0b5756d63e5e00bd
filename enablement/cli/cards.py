"""Battle-card verbs (issue 12): `enablement card new|show|save`.

A card is the Markdown the importer reads (front matter and typed `##` sections), so the
command line edits cards with any text editor: `card new` writes a template, `card show` the
current version, and `card save` validates the file and stores it as a new version through the
same path as the app's editor. `--base-version` is the version the edit started from: when
someone saved since, the save is refused and nothing is overwritten.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from enablement.cli import json_flag, positive_int, print_json
from enablement.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from enablement.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("card", help="write, show and save battle cards (Markdown with typed sections)")
    verbs = p.add_subparsers(dest="card_command", metavar="VERB", required=True)
    n = verbs.add_parser(
        "new",
        parents=[json_flag()],
        help="a new card for a competitor: every section as an empty heading",
        description="With --from-template the card lists the products the library's items about "
        "that competitor name.",
    )
    n.add_argument("--competitor", required=True, help="as the library spells it")
    n.add_argument("--from-template", action="store_true", help="fill in the competitor's known products")
    n.add_argument("--language", choices=["ru", "en"], default="ru", help="language of the headings")
    n.add_argument("-o", "--output", type=Path, metavar="FILE.md", help="write here (default: stdout)")
    n.set_defaults(handler=cmd_new)

    s = verbs.add_parser("show", parents=[json_flag()], help="the current version of a battle card")
    s.add_argument("item", type=positive_int, metavar="ITEM")
    s.add_argument("-o", "--output", type=Path, metavar="FILE.md", help="write here (default: stdout)")
    s.set_defaults(handler=cmd_show)

    v = verbs.add_parser(
        "save",
        parents=[json_flag()],
        help="save a card file as a new version (or a new card)",
        description="Without --item the card becomes a new item. With --item, give --base-version (the "
        "version `card show` printed) so that a newer version saved meanwhile is not overwritten.",
    )
    v.add_argument("file", type=Path, metavar="FILE.md")
    v.add_argument("--item", type=positive_int, metavar="ID", help="the card's item id")
    v.add_argument(
        "--base-version", type=positive_int, metavar="N", help="the version your edit started from"
    )
    v.add_argument(
        "--status",
        choices=["draft", "in_review", "published"],
        help="where a new card starts (default: draft, in nobody's search until published); "
        "an existing card keeps its status (move it with `enablement status`)",
    )
    v.set_defaults(handler=cmd_save)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def cmd_new(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.workbench.card_library import card_template

    services = ctx.services()
    if args.from_template:
        card = card_template(services.library, args.competitor, language=args.language, owner=ctx.user())
    else:
        card = card_template(services.library, "", language=args.language, owner=ctx.user())
        card.competitor = args.competitor.strip()
    text = card.to_markdown()
    if args.json:
        print_json({"card": card.to_json(), "markdown": text})
        if args.output:
            _write(text, args.output)
        return 0
    _write(text, args.output)
    if args.output:
        print(
            f"Wrote {args.output}: fill in the sections, remove those you do not need, then "
            f"`enablement card save {args.output}`"
        )
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.preview.service import PreviewService
    from enablement.workbench.card_library import load_card

    services = ctx.services()
    preview = PreviewService(services.library, offline=lambda: services.search.offline)
    loaded = load_card(services.library, args.item, original=preview.original_path)
    if args.json:
        print_json({**loaded.to_json(), "markdown": loaded.card.to_markdown()})
        return 0
    _write(loaded.card.to_markdown(), args.output)
    print(
        f"item {loaded.item_id}, version {loaded.version}: save your edit with "
        f"`enablement card save FILE --item {loaded.item_id} --base-version {loaded.version}`",
        file=sys.stderr if args.output is None else sys.stdout,
    )
    return 0


def cmd_save(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.errors import EnablementError
    from enablement.workbench.card_library import CardInvalid, save_card
    from enablement.workbench.cards import BattleCard

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {error}"), path=str(args.file), error=str(exc)
        ) from exc
    card = BattleCard.from_markdown(text)
    if args.status and args.item:
        raise EnablementError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "--status is for a new card; item {item} keeps its status. Move it with "
                "`enablement status {item} STATUS`.",
            ),
            item=args.item,
        )
    services = ctx.services()
    try:
        saved = save_card(
            services.library,
            services.library_service,
            card,
            item_id=args.item,
            base_version=args.base_version,
            actor=ctx.user(),
            status=args.status or "draft",
        )
    except CardInvalid as exc:
        if args.json:
            print_json({"saved": False, "problems": [p.to_json() for p in exc.problems]})
        for problem in exc.problems:
            print(f"enablement: {problem.message}", file=sys.stderr)
        print(f"enablement: nothing was saved; {args.file} is unchanged", file=sys.stderr)
        return 1
    if args.json:
        print_json({"saved": True, **saved.to_json()})
    elif saved.unchanged:
        print(f"#{saved.item_id} “{saved.title}” is unchanged (version {saved.version})")
    else:
        what = "new card" if saved.created else "new version"
        print(f"Saved {what}: #{saved.item_id} “{saved.title}”, version {saved.version}, {saved.status}")
        if saved.created and saved.status != "published":
            print(f"Sellers find it once published: `enablement publish {saved.item_id}`")
    return 0
