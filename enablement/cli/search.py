"""Search verbs: `enablement search QUERY …` (the CLI contract of issue 3).

`--json` prints one object (see results.py); without it, one line per hit:
"Slide 7 — title — snippet", plus the correction and facet summary. A partial match (not all the
words) says so; an item's hits beyond the first few are one line, "+ N more from this item".
"""

from __future__ import annotations

import argparse
import shutil
import sys
from typing import TYPE_CHECKING, TextIO

from enablement.cli import positive_int, print_json

if TYPE_CHECKING:
    from enablement.cli import Context
    from enablement.search.results import SearchResponse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "search",
        help="search the library",
        description='Words must all match; "phrase", -exclude, a OR b, prefix*, competitor:X product:X '
        "kind:X tag:X lang:X status:X. Wrong keyboard layout, typos and transliteration are corrected.",
    )
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument(
        "--kind", help="item kind (battlecard, deck, catalog, document) or unit kind (slide, row, …)"
    )
    p.add_argument("--competitor", metavar="NAME")
    p.add_argument("--product", metavar="NAME")
    p.add_argument("--tag", metavar="TAG")
    p.add_argument("--lang", metavar="LANG", help="ru or en")
    p.add_argument("--status", metavar="STATUS", help="published or archived")
    p.add_argument("--limit", type=positive_int, default=20, metavar="N")
    p.add_argument("--group", action="store_true", help="one entry per item, its best unit first")
    p.add_argument("--archived", action="store_true", help="include archived content")
    p.add_argument("--no-correct", action="store_true", help="search exactly what was typed")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_search)

    s = sub.add_parser(
        "synonyms",
        help="show or set up the library's editable synonym list",
        description="Search also finds a word's synonyms and related words from a plain text file: one "
        "group of equivalent terms a line, separated by commas (ТЗ, техзадание, technical "
        "specification). The library folder's synonyms.txt is used when present, else the default "
        "shipped with the app. Edit the file in any text editor; the next search reads it.",
    )
    s.add_argument("--init", action="store_true", help="copy the default list into the library to edit")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(handler=cmd_synonyms)


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    response = services.search.search(
        " ".join(args.query),
        kind=args.kind,
        competitor=args.competitor,
        product=args.product,
        tag=args.tag,
        lang=args.lang,
        status=args.status,
        limit=max(1, args.limit),
        group=args.group,
        include_archived=args.archived,
        correct=not args.no_correct,
    )
    if args.json:
        print_json(response.to_json())
    else:
        print_human(response)
    return 0


def cmd_synonyms(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.search.related import SynonymSource, default_synonyms_path

    source = SynonymSource(ctx.settings.library_dir)
    if args.init:
        if source.library_file.exists():
            print(f"The library already has its own list: {source.library_file} (left as it is).")
        else:
            source.library_file.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(default_synonyms_path(), source.library_file)
            print(f"Copied the default list to {source.library_file}; edit it there.")
    found = source.current()
    own = source.path == source.library_file
    if args.json:
        data = {"path": str(source.path), "own": own, "groups": len(found.groups), "problems": found.problems}
        print_json(data)
        return 1 if found.problems else 0
    if not args.init:
        whose = "the library's own list" if own else "the default shipped with the app"
        print(f"Synonym list: {source.path} ({whose}), {len(found.groups)} group(s).")
        if not own:
            print("To edit it for this library: enablement synonyms --init")
    for problem in found.problems:
        print(f"  skipped {problem}")
    return 1 if found.problems else 0


def print_human(response: SearchResponse, out: TextIO | None = None) -> None:
    write = (out or sys.stdout).write
    if response.correction:
        write(
            f'Showing results for "{response.correction["query"]}" ({response.correction["type"]} fix). '
            f'Search exactly with --no-correct "{response.query}".\n'
        )
    if response.partial:
        write("No unit has all the words; showing the best partial matches.\n")
    if not response.hits:
        write(f'Nothing found for "{response.query}".\n')
        return
    write(f"{response.total} match(es), {response.took_ms:.0f} ms\n")
    groups = response.groups or None
    if groups:
        for g in groups:
            write(f"\n#{g.item} {g.title} ({g.kind}, {g.source})\n")
            for h in g.hits[:5]:
                write(f"  {h.label} — {h.heading or h.title} — {h.snippet}\n")
        return
    for h in response.hits:
        mark = "(partial) " if h.partial else ""
        write(f"{h.label} — {h.title} — {mark}{h.snippet}\n")
        write(f"    #{h.item} {h.kind}, {h.source}{' — ' + h.heading if h.heading else ''}\n")
        if h.more:  # the item's further hits, collapsed under its last shown one
            labels = ", ".join(m.label for m in h.more[:6]) + (", …" if len(h.more) > 6 else "")
            write(f"    + {len(h.more)} more from this item ({labels})\n")
