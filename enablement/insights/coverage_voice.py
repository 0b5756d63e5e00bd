"""Coverage and voice, two figures of the shared numbers (figures.py), with their weekly trends.

Coverage, per competitor the library's published items name (a draft or an item in review is
marketing's work in progress, and an archived one is out of sellers' reach: neither adds a
competitor): whether a published battle card covers it, the age of the newest one, the searches
that found something and named it, the usage of items about it. Its
trend (`CoverageTrend`), per week of the window, oldest first:

* `weekly_share_with_battlecard`: of the competitors named by the items that were published at
  the end of the week, the share named by a battle card that was published then. An
  item's status at an instant is rebuilt from `item_status_history` (migration 0011), which every
  writer of items.status fills (enablement.store.repository.record_status_change): the `to_status`
  of its last move at or before the instant; before its first move, that move's `from_status` (or
  its `to_status` when the move created it); an item never moved has had its status since
  `items.created_at`. Exact for every status move the app makes. Two things have no history and
  are taken as they are now: the competitors an item names, and its kind; and a re-import whose
  front matter sets another status leaves no line (the importer does not record one). None for a
  week in which the library named no competitor (nothing to cover, not 0%).
* `weekly_searches`: searches that found something and named any competitor (a search naming two
  counts once), and per competitor in `competitors`; from the search_competitors_weekly aggregate
  (search_query_days, 0014), None for a week with fewer than three people behind the count.

Voice: ballot turnout per team, the share of decisions that went with the majority of votes, and
every decision against it with its rationale. Its weekly trends, by the week a ballot ended
(decided, else closed, else its closing time: the one the window uses):

* `weekly_turnout`: the votes the sellers asked cast over the seller-ballot pairs asked (the
  voice_weekly aggregate); None for a week whose ballots asked fewer than three sellers (or with
  no ballot);
* `weekly_share_with_majority`: decisions that went with the majority of votes over decisions with
  a clear majority (ties and postponements left out, as in the window's figure); None for a week
  with none. Decisions and vote totals of ended ballots are everyone's to see (vote_counts).

People's rows (searches, votes) are read only through enablement.store.aggregates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.insights._aggregates import totals_withheld
from enablement.insights._window import WeekValue, Window
from enablement.store import schema
from enablement.store.aggregates import MIN_GROUP

__all__ = [
    "AgainstMajority",
    "CompetitorCoverage",
    "CompetitorWeekly",
    "CoverageTrend",
    "TeamTurnout",
    "Voice",
    "coverage",
    "coverage_trend",
    "voice",
]

Aggregate = Callable[[str], list[dict[str, Any]]]  # name -> rows over the window (read once)

_POSITIVE = ("Go", "Go with changes")
_NEGATIVE = ("No go",)


@dataclass(frozen=True, slots=True)
class CompetitorCoverage:
    competitor: str
    battlecard: bool
    newest_age_days: int | None  # of the newest published battle card; None without one
    searches: int | None  # searches that found something and named the competitor (hidden under 3 people)
    usage: int | None  # usage events on items about the competitor (hidden under 3 people)
    # `usage` None although 3 or more people used items about the competitor: withheld so that a
    # smaller hidden count cannot be worked out by subtraction (False: under 3 people, or no usage).
    usage_withheld: bool = False


@dataclass(frozen=True, slots=True)
class CompetitorWeekly:
    """One competitor's searches per week (that found something and named it; None under 3 people)."""

    competitor: str
    weekly_searches: list[WeekValue]


@dataclass(frozen=True, slots=True)
class CoverageTrend:
    weekly_share_with_battlecard: list[WeekValue]  # None: no competitor named at the week's end
    weekly_searches: list[WeekValue]  # naming any competitor; None under 3 people
    competitors: list[CompetitorWeekly]


@dataclass(frozen=True, slots=True)
class TeamTurnout:
    team: str
    eligible: int | None  # seller-ballot pairs; None when the team has fewer than 3 sellers asked
    votes: int | None
    turnout: float | None


@dataclass(frozen=True, slots=True)
class AgainstMajority:
    ballot_id: int
    title: str
    outcome: str
    majority: str  # "for" | "against"
    rationale: str
    missing_rationale: bool


@dataclass(frozen=True, slots=True)
class Voice:
    turnout: list[TeamTurnout]
    decisions: int  # decided with a clear majority of votes (ties and postponements left out)
    with_majority: int
    share_with_majority: float | None
    against_majority: list[AgainstMajority]
    weekly_turnout: list[WeekValue]  # None under 3 sellers asked, or no ballot ended that week
    weekly_share_with_majority: list[WeekValue]  # None with no decision that week


# ------------------------------------------------------------------ coverage


def coverage(conn: Connection, w: Window, agg: Aggregate) -> list[CompetitorCoverage]:
    i = schema.items
    rows = conn.execute(
        sa.select(i.c.kind, i.c.competitors, i.c.updated_at).where(i.c.status == "published")
    ).all()
    newest: dict[str, datetime | None] = {}
    for r in rows:
        for name in r.competitors or []:
            newest.setdefault(name, None)
            if r.kind == "battlecard":
                at = _aware(r.updated_at)
                current = newest[name]
                newest[name] = at if current is None or at > current else current
    searched = {
        r["competitor"]: r["searches"]
        for r in agg("search_competitors_weekly")
        if r["week"] == -1 and r["competitor"] is not None
    }
    usage_rows = {r["competitor"]: r for r in agg("usage_competitors")}
    return [
        CompetitorCoverage(
            competitor=name,
            battlecard=at is not None,
            newest_age_days=(w.now - at).days if at is not None else None,
            searches=_int(searched.get(name)),
            usage=_int(usage_rows.get(name, {}).get("events")),
            usage_withheld=totals_withheld(usage_rows.get(name, {})),
        )
        for name, at in sorted(newest.items(), key=lambda kv: kv[0].casefold())
    ]


def coverage_trend(conn: Connection, w: Window, agg: Aggregate, names: Sequence[str]) -> CoverageTrend:
    """The weekly trend of coverage; `names`: the competitors of the window's coverage list, in its order."""
    searches: dict[str | None, dict[int, dict[str, Any]]] = defaultdict(dict)
    for r in agg("search_competitors_weekly"):
        if r["week"] >= 0:
            searches[r["competitor"]][r["week"]] = r
    return CoverageTrend(
        weekly_share_with_battlecard=_covered_weekly(conn, w),
        weekly_searches=w.trend(searches.get(None, {}), "searches"),
        competitors=[CompetitorWeekly(name, w.trend(searches.get(name, {}), "searches")) for name in names],
    )


def _covered_weekly(conn: Connection, w: Window) -> list[WeekValue]:
    i, h = schema.items, schema.item_status_history
    items = conn.execute(sa.select(i.c.id, i.c.kind, i.c.status, i.c.competitors, i.c.created_at)).all()
    moves: dict[int, list[tuple[datetime, str | None, str]]] = defaultdict(list)
    for m in conn.execute(
        sa.select(h.c.item_id, h.c.from_status, h.c.to_status, h.c.at)
        .where(h.c.action == "move")
        .order_by(h.c.item_id, h.c.at, h.c.id)
    ):
        moves[m.item_id].append((_aware(m.at), m.from_status, m.to_status))
    weekly = []
    for start, end in w.weeks_list():
        named: set[str] = set()
        covered: set[str] = set()
        for item in items:
            status = _status_at(_aware(item.created_at), item.status, moves.get(item.id, []), end)
            if status != "published":  # a draft or one in review is marketing's, not the library's yet
                continue
            named.update(item.competitors or [])
            if item.kind == "battlecard" and status == "published":
                covered.update(item.competitors or [])
        weekly.append(WeekValue(start.date(), round(len(covered) / len(named), 4) if named else None))
    return weekly


def _status_at(
    created: datetime, current: str, moves: list[tuple[datetime, str | None, str]], at: datetime
) -> str | None:
    """An item's status at `at` from its moves (at, from, to; oldest first); None before it existed."""
    if created > at:
        return None
    before = [to for moved, _, to in moves if moved <= at]
    if before:
        return before[-1]
    if moves:  # moved only later: it was in the first move's from-status (the move created it: None)
        return moves[0][1] or moves[0][2]
    return current


# ------------------------------------------------------------------ voice


def voice(conn: Connection, w: Window, agg: Aggregate) -> Voice:
    b, p = schema.ballots, schema.people
    ended = sa.func.coalesce(b.c.decided_at, b.c.closed_at, b.c.closes_at)
    ballots = conn.execute(
        sa.select(
            b.c.id,
            b.c.title,
            b.c.audience,
            b.c.negative_options,
            b.c.outcome,
            b.c.rationale,
            ended.label("ended"),
        )
        .where(ended >= w.since, ended <= w.now, sa.or_(b.c.outcome.is_not(None), b.c.closed_at.is_not(None)))
        .order_by(b.c.id)
    ).all()
    sellers = conn.execute(sa.select(p.c.name, p.c.team).where(p.c.role == "sales")).all()
    votes: dict[int, dict[tuple[str, str], int]] = defaultdict(dict)
    for r in agg("vote_counts"):
        votes[r["ballot_id"]][(r["team"], r["option"])] = int(r["votes"])
    eligible: dict[str, int] = defaultdict(int)
    eligible_people: dict[str, set[str]] = defaultdict(set)
    cast: dict[str, int] = defaultdict(int)
    decisions = with_majority = 0
    weekly_decisions: dict[int, list[bool]] = defaultdict(list)
    against: list[AgainstMajority] = []
    for ballot in ballots:
        audience = {t.casefold() for t in (ballot.audience or [])}
        for s in sellers:
            if not audience or s.team.casefold() in audience:
                eligible[s.team] += 1
                eligible_people[s.team].add(s.name)
        for (team, _), n in votes.get(ballot.id, {}).items():
            cast[team] += n
        if ballot.outcome not in (*_POSITIVE, *_NEGATIVE):
            continue
        negative = set(ballot.negative_options or [])
        yes = sum(n for (_, option), n in votes.get(ballot.id, {}).items() if option not in negative)
        no = sum(n for (_, option), n in votes.get(ballot.id, {}).items() if option in negative)
        if yes == no:
            continue
        decisions += 1
        majority_for = yes > no
        went_with = majority_for == (ballot.outcome in _POSITIVE)
        weekly_decisions[w.week_of(_aware(ballot.ended))].append(went_with)
        if went_with:
            with_majority += 1
        else:
            rationale = (ballot.rationale or "").strip()
            against.append(
                AgainstMajority(
                    ballot_id=ballot.id,
                    title=ballot.title,
                    outcome=ballot.outcome,
                    majority="for" if majority_for else "against",
                    rationale=rationale,
                    missing_rationale=not rationale,
                )
            )
    turnout = []
    for team in sorted(set(eligible) | set(cast), key=str.casefold):
        shown = len(eligible_people.get(team, ())) >= MIN_GROUP
        asked, voted = eligible.get(team, 0), cast.get(team, 0)
        turnout.append(
            TeamTurnout(
                team=team,
                eligible=asked if shown else None,
                votes=voted if shown else None,
                turnout=round(voted / asked, 4) if shown and asked else None,
            )
        )
    share = round(with_majority / decisions, 4) if decisions else None
    return Voice(
        turnout,
        decisions,
        with_majority,
        share,
        against,
        weekly_turnout=_weekly_turnout(w, agg),
        weekly_share_with_majority=[
            WeekValue(start.date(), _share(weekly_decisions.get(k, [])))
            for k, (start, _) in zip(w.indexes(), w.weeks_list(), strict=True)
        ],
    )


def _weekly_turnout(w: Window, agg: Aggregate) -> list[WeekValue]:
    rows = {r["week"]: r for r in agg("voice_weekly")}
    weekly = []
    for k, (start, _) in zip(w.indexes(), w.weeks_list(), strict=True):
        r = rows.get(k, {})
        asked, voted = r.get("asked"), r.get("votes")
        value = round(int(voted) / int(asked), 4) if asked and voted is not None else None
        weekly.append(WeekValue(start.date(), value))
    return weekly


def _share(went_with: list[bool]) -> float | None:
    return round(sum(went_with) / len(went_with), 4) if went_with else None


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
