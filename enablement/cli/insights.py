"""Insights verbs: the shared numbers, content gaps and usage from the command line.

enablement insights dashboard [--weeks N] [--json]
enablement insights gaps [--weeks N] [--json]
enablement insights gap plan KEY [--note TEXT] [--json]   (KEY: as `insights gaps` prints it, or the
enablement insights gap answer KEY ITEM_ID [--note TEXT]  query as people typed it; plan makes a
                                                          draft battle card, once, and names it)
enablement insights gap dismiss KEY --note TEXT
enablement insights coverage [--weeks N] [--json]   (per competitor, and per week)
enablement insights voice [--weeks N] [--json]      (turnout, decisions with the majority, per week)
enablement insights usage [--weeks N] [--json]      (aggregated, with the published items nobody
                                                    used and those no search showed; --mine for your own)
enablement insights usage --item N [--weeks N] [--json]  (per slide, page, row or section of item N)
enablement insights export --csv DIR [--weeks N]
enablement insights report FILE.pdf|FILE.png [--weeks N] [--lang en|ru]   (the Numbers page's one-page report)
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enablement.cli import positive_int, print_json
from enablement.insights.figures import WEEK_CHOICES
from enablement.insights.gaps import DEFAULT_WEEKS, GAP_MIN_UNSERVED, GAP_UNSERVED_PERCENT
from enablement.search.keys import query_key

if TYPE_CHECKING:
    from enablement.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("insights", help="the shared numbers: dashboard, content gaps, usage")
    verbs = p.add_subparsers(dest="insights_verb", required=True, metavar="VERB")

    d = verbs.add_parser("dashboard", help="every figure, with weekly trends")
    d.add_argument("--weeks", type=positive_int, default=DEFAULT_WEEKS, metavar="N")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_dashboard)

    g = verbs.add_parser(
        "gaps",
        help=f"open content gaps: queries at least {GAP_MIN_UNSERVED} people searched in vain (found or "
        f"opened nothing), at least {GAP_UNSERVED_PERCENT}%% of everyone who searched them",
    )
    g.add_argument("--weeks", type=positive_int, default=DEFAULT_WEEKS, metavar="N")
    g.add_argument("--json", action="store_true")
    g.set_defaults(handler=cmd_gaps)

    gap = verbs.add_parser("gap", help="decide about a content gap (marketing)")
    decide = gap.add_subparsers(dest="gap_verb", required=True, metavar="DECISION")
    plan = decide.add_parser(
        "plan", help="a card is planned for the gap: a draft battle card titled after the query is made"
    )
    plan.add_argument("key")
    plan.add_argument("--note", default="")
    plan.add_argument("--json", action="store_true")
    plan.set_defaults(handler=cmd_gap_plan)
    answer = decide.add_parser("answer", help="an existing item answers the gap")
    answer.add_argument("key")
    answer.add_argument("item_id", type=int)
    answer.add_argument("--note", default="")
    answer.set_defaults(handler=cmd_gap_answer)
    dismiss = decide.add_parser("dismiss", help="not a gap worth filling")
    dismiss.add_argument("key")
    dismiss.add_argument("--note", required=True)
    dismiss.set_defaults(handler=cmd_gap_dismiss)

    for name, text in (
        ("coverage", "battle cards and searches per competitor, with weekly trends"),
        ("voice", "ballot turnout and decisions against the majority, with weekly trends"),
    ):
        f = verbs.add_parser(name, help=text)
        f.add_argument("--weeks", type=positive_int, default=DEFAULT_WEEKS, metavar="N")
        f.add_argument("--json", action="store_true")
        f.set_defaults(handler=cmd_figure)

    u = verbs.add_parser("usage", help="usage per item, team and competitor (groups of 3+ people)")
    u.add_argument("--weeks", type=positive_int, default=DEFAULT_WEEKS, metavar="N")
    which = u.add_mutually_exclusive_group()
    which.add_argument("--mine", action="store_true", help="your own activity instead (only you see it)")
    which.add_argument(
        "--item",
        type=positive_int,
        metavar="N",
        help="per unit (slide, page, row, section) of item N: the people who previewed, opened, "
        "copied, linked it",
    )
    u.add_argument("--json", action="store_true")
    u.set_defaults(handler=cmd_usage)

    e = verbs.add_parser("export", help="one CSV file per figure")
    e.add_argument("--csv", type=Path, required=True, metavar="DIR")
    e.add_argument("--weeks", type=positive_int, default=DEFAULT_WEEKS, metavar="N")
    e.set_defaults(handler=cmd_export)

    r = verbs.add_parser("report", help="the one-page PDF or PNG report of the Numbers page, for a meeting")
    r.add_argument("file", type=Path, metavar="FILE", help="a .pdf (one A4 page) or a .png (A4, 150 dpi)")
    r.add_argument("--weeks", type=positive_int, default=DEFAULT_WEEKS, metavar="N")
    r.add_argument("--lang", choices=("en", "ru"), default="en", help="the report's language (default en)")
    r.set_defaults(handler=cmd_report)


def _shown(value: Any) -> str:
    if value is None:
        return "hidden"
    if isinstance(value, float):
        return f"{value:.1%}" if value <= 1 else f"{value:.1f}"
    return str(value)


_FLAG_NOTES = {
    "empty_library": "The library is empty: import material and the numbers fill in as people use it.",
    "searches_hidden_fewer_than_3_people": "Searches are hidden: fewer than {n} people searched.",
    "usage_hidden_fewer_than_3_people": "Usage is hidden: fewer than {n} people opened or used items.",
    "response_hidden_fewer_than_3_people": "Response times are hidden: fewer than {n} people sent reports.",
}


# A total of 3 or more people left out because it would give a hidden smaller count away by
# subtraction; "hidden" says fewer than 3 people.
_WITHHELD = "withheld (3+ people; a smaller group could be worked out)"


def _total(row: dict[str, Any], key: str) -> str:
    """A usage total ("events", "people") of a figure's JSON: "hidden" under 3 people, "withheld"
    (or "3 or more" people) when 3 or more people are behind it (`withheld`, see UsageCount)."""
    if row[key] is not None or not row.get("withheld"):
        return _shown(row[key])
    return _at_least(None) if key == "people" else _WITHHELD


def _at_least(people: int | None) -> str:
    """People of a group known to be 3 or more, whose number may be withheld (it would give a
    smaller count away by subtraction)."""
    return "3 or more" if people is None else str(people)


def _duration(hours: float | None) -> str:
    """A median time in one unit a reader takes in at a glance: minutes, hours, or days from two days."""
    if hours is None:
        return "hidden"
    if hours < 1:
        return f"{hours * 60:.0f} min"
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} d"


def _trend(weeks: list[Any], *, unknown: str = "hidden") -> str:
    """A weekly trend on one line, oldest first: "10 Oct 40% · 17 Oct hidden · …"."""
    return " · ".join(f"{w.start:%d %b} {unknown if w.value is None else _shown(w.value)}" for w in weeks)


def _print_coverage(rows: list[Any], trend: Any) -> None:
    print("Coverage:" if rows else "Coverage: no competitor is named in the library yet")
    for c in rows:
        card = f"battle card {c.newest_age_days} days old" if c.battlecard else "NO battle card"
        uses = _WITHHELD if c.usage is None and c.usage_withheld else _shown(c.usage)
        print(f"  {c.competitor}: {card}; found in {_shown(c.searches)} searches, {uses} uses")
    if rows:  # "-": no competitor named yet at that week's end
        shares = _trend(trend.weekly_share_with_battlecard, unknown="-")
        print("  with a battle card, end of each week: " + shares)
        print("  searches naming a competitor, per week: " + _trend(trend.weekly_searches))


def _print_voice(v: Any) -> None:
    if v.decisions:
        majority = _shown(v.share_with_majority)
        print(f"Voice: {v.with_majority} of {v.decisions} decisions went with the majority ({majority})")
    else:
        print("Voice: no ballot decided in these weeks")
    for t in v.turnout:
        print(f"  turnout {t.team or '(no team)'}: {_shown(t.turnout)}")
    for a in v.against_majority:
        why = a.rationale or "NO RATIONALE"
        print(f"  against the majority: #{a.ballot_id} {a.title} ({a.outcome}): {why}")
    if v.turnout or v.decisions:  # "hidden": fewer than 3 sellers asked, or no ballot ended; "-": no decision
        print("  turnout per week: " + _trend(v.weekly_turnout))
        print("  decisions with the majority, per week: " + _trend(v.weekly_share_with_majority, unknown="-"))


def cmd_figure(args: argparse.Namespace, ctx: Context) -> int:
    """`insights coverage` and `insights voice`: computes only that figure (not the whole dashboard)."""
    from enablement.insights.figures import MIN_GROUP, as_json

    insights = ctx.services().insights
    data: Any
    if args.insights_verb == "coverage":
        rows, trend = insights.coverage(weeks=args.weeks)
        data, hidden = {"competitors": rows, "trend": trend}, f"counts under {MIN_GROUP} people are hidden"
        show = partial(_print_coverage, rows, trend)
    else:
        voice = insights.voice(weeks=args.weeks)
        data, hidden = voice, f"turnout of fewer than {MIN_GROUP} sellers is hidden"
        show = partial(_print_voice, voice)
    if args.json:
        print_json(as_json(data))
        return 0
    print(f"Last {args.weeks} weeks ({hidden})")
    show()
    return 0


def cmd_dashboard(args: argparse.Namespace, ctx: Context) -> int:
    board = ctx.services().insights.dashboard(weeks=args.weeks)
    if args.json:
        print_json(board.to_json())
        return 0
    f, r = board.freshness, board.response
    hidden = f"hidden (fewer than {board.min_group} people)"
    print(f"Dashboard, last {board.weeks} weeks (counts under {board.min_group} people are hidden)")
    for flag in board.flags:  # sentences, not codes (the codes are in --json)
        print("Note: " + _FLAG_NOTES.get(flag, flag.replace("_", " ")).format(n=board.min_group))
    if f.published:
        stale = _shown(f.share_past_review)
        print(f"Freshness: {f.past_review} of {f.published} published items past review ({stale})")
    else:
        print("Freshness: nothing published yet")
    _print_coverage(board.coverage, board.coverage_trend)
    if r.reports is None:
        print(f"Response: {hidden}")
    elif not r.reports:
        print("Response: no reports in these weeks")
    else:
        answered, share = _shown(r.answered), _shown(r.share_answered)
        median = _duration(r.median_hours)
        print(f"Response: {answered} of {r.reports} reports answered ({share}), median answer in {median}")
    _print_voice(board.voice)
    searches, gaps = board.demand.top_searches[:10], board.demand.top_gaps
    print("Demand:" if searches or gaps else f"Demand: no search made by {board.min_group} or more people")
    for s in searches:
        print(f"  {s.example!r}: {s.searches} searches by {s.people} people")
    for g in gaps:
        print(f"  gap {g.key!r} (e.g. {g.example!r}): {g.people} of {g.searchers_shown} people")
    if board.usage.never_used is None:
        print(f"Usage: {hidden}")
    else:  # a total is withheld where it would give a count of fewer than 3 people away
        events = _WITHHELD if board.usage.events is None else str(board.usage.events)
        print(f"Usage: {events} events by {_at_least(board.usage.people)} people")
    if board.usage.never_found is not None:
        print(f"Published items no search showed: {len(board.usage.never_found)}")
    return 0


def cmd_gaps(args: argparse.Namespace, ctx: Context) -> int:
    gaps = ctx.services().insights.gaps.open_gaps(weeks=args.weeks)
    if args.json:
        print_json([g.to_json() for g in gaps])
        return 0
    rule = (
        f"a gap: at least {GAP_MIN_UNSERVED} people found or opened nothing, "
        f"at least {GAP_UNSERVED_PERCENT}% of everyone who searched it"
    )
    print(
        f"Last {args.weeks} weeks ({rule})"
        if gaps
        else f"No open content gaps in the last {args.weeks} weeks ({rule})."
    )
    for g in gaps:
        last = f", last on {g.last_seen.isoformat()}" if g.last_seen else ""  # a day, never a time
        counts = f"{g.people} of {g.searchers_shown} people, {g.searches} searches{last}"
        print(f"{g.key}\t{counts}, e.g. {g.example!r}")
    return 0


def _gap_key(services: Any, text: str) -> str:
    """The gap key a decision is about: `text` itself when it is an open gap's key (as `insights
    gaps` prints it, over any period the app offers: a gap open over 8 weeks may be served over
    26), else the key the search log files `text` under ("Wi-Fi 7 точки доступа" -> "7 wifi
    доступ точк"), with any spelling of a name: two words typed apart also join when an open or
    decided gap's key has their joined form as a word ("альфа софт" -> "альфасофт"). A decision
    stored under the query as typed would match no gap and leave it open. A key no open gap has
    is still recorded (people may search it later), with a note."""
    typed = " ".join(text.split())
    open_keys = {g.key for weeks in WEEK_CHOICES for g in services.insights.gaps.open_gaps(weeks=weeks)}
    if typed in open_keys:
        return typed
    key = services.search.query_key(typed) or typed
    if key not in open_keys:
        keys = open_keys | {d.key for d in services.insights.gaps.decisions()}
        known = {word for k in keys for word in k.split()}
        joined = query_key(typed, known)
        if joined in keys:
            key = joined
    if key not in open_keys:
        print(
            f"note: no open content gap has the key {key!r} (see `enablement insights gaps`); "
            "the decision is kept for when people search it",
            file=sys.stderr,
        )
    return key


def _decided(ctx: Context, decision: Any) -> int:
    print(f"Gap {decision.key!r}: {decision.state.value}")
    return 0


def cmd_gap_plan(args: argparse.Namespace, ctx: Context) -> int:
    """Plan a card: a draft battle card titled after the query is made (once) and named."""
    from enablement.workbench.gap_cards import plan_gap_card

    services = ctx.services()
    key = _gap_key(services, args.key)
    planned = plan_gap_card(
        services.library, services.library_service, services.insights.gaps, services.user, key, args.note
    )
    if args.json:
        print_json(planned.to_json())
        return 0
    made = "draft battle card made" if planned.created else "its draft battle card is still"
    print(f"Gap {key!r}: card_planned; {made}: #{planned.item_id} «{planned.title}»")
    print(f"  edit it with `enablement card show {planned.item_id} -o FILE.md`, then `enablement card save`")
    return 0


def cmd_gap_answer(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    key = _gap_key(services, args.key)
    return _decided(ctx, services.insights.gaps.answered_by(services.user, key, args.item_id, args.note))


def cmd_gap_dismiss(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    key = _gap_key(services, args.key)
    return _decided(ctx, services.insights.gaps.dismiss(services.user, key, args.note))


def cmd_usage(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    if args.mine:
        mine = services.usage.my_usage(services.user, weeks=args.weeks)
        if args.json:
            print_json([m.to_json() for m in mine])
            return 0
        print(
            f"Your activity, last {args.weeks} weeks (only you see it)"
            if mine
            else f"No activity of yours in the last {args.weeks} weeks."
        )
        for m in mine:
            print(f"{m.at:%Y-%m-%d %H:%M}\t{m.action}\t{m.item_title or m.item_id}")
        return 0
    if args.item is not None:
        return _unit_usage(services, args)
    usage = services.insights.dashboard(weeks=args.weeks).to_json()["usage"]
    if args.json:
        print_json(usage)
        return 0
    print(f"Usage: {_total(usage, 'events')} events by {_total(usage, 'people')} people")
    for label in ("items", "teams", "competitors"):
        for row in usage[label]:
            events, people = _total(row, "events"), _total(row, "people")
            found = f", found by {_shown(row['found'])} searches" if label == "items" else ""
            print(f"  {label[:-1]} {row['name']}: {events} events, {people} people{found}")
    if usage["never_used"] is None:
        print("Published items nobody used: hidden (usage by fewer than 3 people)")
    else:
        print(f"Published items nobody used: {len(usage['never_used'])}")
        _titles(usage, "never_used")
    never_found = usage["never_found"]
    if never_found is None:
        print("Published items no search showed: hidden (searches by fewer than 3 people)")
    else:
        print(f"Published items no search showed: {len(never_found)}")
        _titles(usage, "never_found")
    return 0


def _titles(usage: dict[str, Any], key: str, cap: int = 20) -> None:
    """The titles of a list of items (the first `cap`, then how many more)."""
    ids = usage[key] or []
    for item_id in ids[:cap]:
        print(f"  #{item_id} {usage['titles'].get(item_id) or ''}".rstrip())
    if len(ids) > cap:
        print(f"  ... and {len(ids) - cap} more")


def _people(count: int | None) -> str:
    return "<3 people" if count is None else f"{count} {'person' if count == 1 else 'people'}"


def _unit_usage(services: Any, args: argparse.Namespace) -> int:
    """`insights usage --item N`: one line per unit; counts of fewer than 3 people read "<3 people"."""
    units = services.insights.unit_usage(args.item, weeks=args.weeks)
    if args.json:
        print_json([u.to_json() for u in units])
        return 0
    weeks = args.weeks
    version = f" (version {units[0].version}: earlier versions' usage is not counted)" if units else ""
    print(
        f"Usage of item {args.item} per unit{version}, last {weeks} weeks "
        "(distinct people; fewer than 3 hidden)"
    )
    if not units:
        print("  The item has no slides, pages, rows or sections.")
    for u in units:
        heading = f" {u.heading!r}" if u.heading else ""
        gone = " (no longer in the item)" if not u.present else ""
        if u.hidden:
            line = "nobody, or fewer than 3 people"
        else:
            verbs = ("previewed", "opened", "copied", "linked")
            done = ", ".join(f"{verb} by {_people(getattr(u, verb))}" for verb in verbs)
            # 3 or more people whose number would give a hidden count away: see UnitUsage.withheld
            everyone = "3 or more people (number withheld)" if u.withheld else _people(u.people)
            line = f"{everyone}: {done}"
        print(f"  {u.unit_kind} {u.unit_number}{heading}{gone}: {line}")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.insights.export import export_csv

    written = export_csv(ctx.services().insights.dashboard(weeks=args.weeks), args.csv)
    print(f"Wrote {len(written)} CSV files to {args.csv}")
    return 0


def cmd_report(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.cli.report import write_report

    print(write_report(ctx.settings, args.file, weeks=args.weeks, language=args.lang))
    return 0
