"""The shared numbers: one dashboard that sales and marketing both read, computed in one place.

`InsightsService.dashboard(weeks=DEFAULT_WEEKS)` (8) returns a `Dashboard`, a tree of frozen dataclasses whose
`to_json()` the CLI prints and the UI draws. The figures:

* freshness: the share of published items past their review-by date (and the same share at the
  end of each of the last weeks, for items that existed then);
* coverage: per competitor named by the library, whether a published battle card covers it, the
  age in days of the newest one, how many searches that found something mentioned it, and how
  many usage events touched items about it; and per week the share of competitors covered and
  the searches naming one (enablement.insights.coverage_voice, which says how each is rebuilt);
* response: over reports (field intel, content feedback) made in the window, the share answered
  and the median hours from a report to its answer, overall and per week;
* voice: ballot turnout per team (votes by a team's sellers over the sellers its closed ballots
  were for), the share of decisions that went with the majority of votes, and every decision
  against the majority with its rationale (flagged when it has none); per week, the turnout and
  the share of decisions with the majority (coverage_voice);
* demand: the most searched normalised queries and the open content gaps, and weekly searches;
* usage: events per week, per item, per team and per competitor, and the published items nobody
  used in the window, and those no search showed (`never_found`: the first page of each logged
  search names its items, migration 0016).

Privacy: no figure names a person. Every count over people (searches, usage, reports, turnout)
is shown only when the rows behind it cover at least `MIN_GROUP` (3) distinct people; below that
it is None ("hidden"), never a misleading 0. Nor may a hidden count be worked out by subtraction,
within a row or across the rows shown beside a total: a row of 3 or more people is then None too
(a week, team, item or competitor), or a top search leaves the list (secondary suppression,
enablement.store.aggregates.suppression). The rows of people are read only through
enablement.store.aggregates, which applies the rules in SQL (on a team server inside SECURITY
DEFINER functions). `flags` says why a dashboard is thin: an empty library, nobody searching,
fewer than three people.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.insights._aggregates import aggregate, totals_withheld
from enablement.insights._window import DEFAULT_WEEKS, WEEK_CHOICES, WeekValue
from enablement.insights._window import Window as _Window
from enablement.insights.coverage_voice import (
    AgainstMajority,
    CompetitorCoverage,
    CompetitorWeekly,
    CoverageTrend,
    TeamTurnout,
    Voice,
    coverage,
    coverage_trend,
    voice,
)
from enablement.insights.gaps import Gap, GapService, gaps_in
from enablement.insights.unit_usage import UnitUsage, unit_usage_in
from enablement.store import schema
from enablement.store.aggregates import MIN_GROUP
from enablement.store.library import Library

__all__ = [
    "DEFAULT_WEEKS",
    "MIN_GROUP",
    "WEEK_CHOICES",
    "AgainstMajority",
    "CompetitorCoverage",
    "CompetitorWeekly",
    "CoverageTrend",
    "Dashboard",
    "Demand",
    "Freshness",
    "InsightsService",
    "Response",
    "TeamTurnout",
    "TopSearch",
    "UnitUsage",
    "Usage",
    "UsageCount",
    "Voice",
    "WeekValue",
    "as_json",
]


@dataclass(frozen=True, slots=True)
class Freshness:
    published: int
    past_review: int
    share_past_review: float | None  # None with nothing published
    weekly: list[WeekValue]


@dataclass(frozen=True, slots=True)
class Response:
    reports: int | None  # all None when fewer than 3 people reported
    answered: int | None
    share_answered: float | None
    median_hours: float | None
    weekly_share_answered: list[WeekValue]
    weekly_median_hours: list[WeekValue]


@dataclass(frozen=True, slots=True)
class TopSearch:
    key: str
    example: str
    people: int
    searches: int
    zero_hits: int | None  # None (withheld) unless 3 people made them, and 3 or none found something


@dataclass(frozen=True, slots=True)
class Demand:
    top_searches: list[TopSearch]
    top_gaps: list[Gap]
    weekly_searches: list[WeekValue]
    weekly_zero_hits: list[WeekValue]


@dataclass(frozen=True, slots=True)
class UsageCount:
    """Usage events of one item, team or competitor; counts None under 3 people, or where they
    would tell a hidden count by subtraction (from the window's total too)."""

    name: str
    item_id: int | None
    events: int | None
    people: int | None
    previews: int | None
    opens: int | None
    copies: int | None
    links: int | None
    found: int | None = None  # items only: searches whose first page showed it (hidden under 3 people)
    # True: `events` or `people` is None though 3 or more people are behind the row, withheld so that a
    # smaller hidden count cannot be worked out by subtraction; False: a None total means under 3 people.
    withheld: bool = False


@dataclass(frozen=True, slots=True)
class Usage:
    events: int | None
    people: int | None
    weekly_events: list[WeekValue]
    items: list[UsageCount]
    teams: list[UsageCount]
    competitors: list[UsageCount]
    # Published items nobody previewed, opened, copied or linked in the window; None (hidden) when the
    # window's usage covers fewer than MIN_GROUP people, as the team server's used_items function says.
    never_used: list[int] | None
    # Published items no search showed on its first page in the window; None when the window's
    # searches come from fewer than 3 people (or none).
    never_found: list[int] | None = None
    titles: dict[int, str] = field(default_factory=dict)  # of the items in never_used and never_found
    # `events` or `people` None although the window's usage covers 3 or more people: withheld so that a
    # smaller hidden count cannot be worked out by subtraction (`people` None then reads "3 or more").
    withheld: bool = False


@dataclass(frozen=True, slots=True)
class Dashboard:
    generated_at: datetime
    weeks: int
    min_group: int
    flags: list[str]
    freshness: Freshness
    coverage: list[CompetitorCoverage]
    coverage_trend: CoverageTrend
    response: Response
    voice: Voice
    demand: Demand
    usage: Usage
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return as_json(self)


def as_json(value: Any) -> Any:
    """`value` (a figure, or lists and dicts of them) as plain JSON data: dates as ISO strings."""
    if is_dataclass(value) and not isinstance(value, type):
        return as_json(asdict(value))
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


class InsightsService:
    """Computes the dashboard (and each of its figures) for whoever asks; the same for everyone.

    Attributes:
        gaps: the content gap list and marketing's decisions on it.
    """

    def __init__(self, library: Library, *, gaps: GapService) -> None:
        self.library = library
        self.gaps = gaps

    def dashboard(self, *, weeks: int = DEFAULT_WEEKS, now: datetime | None = None) -> Dashboard:
        import time

        window = _window(weeks, now)
        now, weeks = window.now, window.weeks
        timings: dict[str, float] = {}
        results: dict[str, Any] = {}
        with self.library.reading() as conn:
            for name in ("freshness", "coverage", "response", "voice", "demand", "usage"):
                started = time.perf_counter()
                results[name] = getattr(self, f"_{name}")(conn, window)
                if name == "coverage":  # its trend counts in its time
                    results["coverage_trend"] = self._coverage_trend(conn, window, results[name])
                timings[name] = round((time.perf_counter() - started) * 1000, 1)
            flags = self._flags(conn, window, results)
        return Dashboard(
            generated_at=now, weeks=weeks, min_group=MIN_GROUP, flags=flags, timings_ms=timings, **results
        )

    def coverage(
        self, *, weeks: int = DEFAULT_WEEKS, now: datetime | None = None
    ) -> tuple[list[CompetitorCoverage], CoverageTrend]:
        """The dashboard's coverage and its weekly trend alone (`insights coverage`): the same
        numbers as `dashboard()`, without reading what the other figures need."""
        w = _window(weeks, now)
        with self.library.reading() as conn:
            rows = self._coverage(conn, w)
            return rows, self._coverage_trend(conn, w, rows)

    def voice(self, *, weeks: int = DEFAULT_WEEKS, now: datetime | None = None) -> Voice:
        """The dashboard's voice figure alone (`insights voice`), as `dashboard()` computes it."""
        w = _window(weeks, now)
        with self.library.reading() as conn:
            return self._voice(conn, w)

    def unit_usage(
        self, item_id: int, *, weeks: int = DEFAULT_WEEKS, now: datetime | None = None
    ) -> list[UnitUsage]:
        """Per unit of one item, the distinct people who previewed, opened, copied or linked it in
        the last `weeks` weeks (counts of fewer than MIN_GROUP people None); NotFound for no item."""
        now = now or datetime.now(UTC)
        since = now - timedelta(weeks=max(1, weeks))
        with self.library.reading() as conn:
            return unit_usage_in(self.library, conn, item_id, now=now, since=since)

    # ------------------------------------------------------------ the figures

    def _freshness(self, conn: Connection, w: _Window) -> Freshness:
        i = schema.items
        rows = conn.execute(sa.select(i.c.created_at, i.c.review_by).where(i.c.status == "published")).all()
        today = w.now.date()
        past = sum(1 for r in rows if r.review_by is not None and r.review_by < today)
        weekly = []
        for start, end in w.weeks_list():
            existing = [r for r in rows if _aware(r.created_at) <= end]
            stale = sum(1 for r in existing if r.review_by is not None and r.review_by < end.date())
            weekly.append(WeekValue(start.date(), round(stale / len(existing), 4) if existing else None))
        share = round(past / len(rows), 4) if rows else None
        return Freshness(published=len(rows), past_review=past, share_past_review=share, weekly=weekly)

    def _coverage(self, conn: Connection, w: _Window) -> list[CompetitorCoverage]:
        return coverage(conn, w, lambda name: self._agg(conn, name, w))

    def _coverage_trend(self, conn: Connection, w: _Window, rows: list[CompetitorCoverage]) -> CoverageTrend:
        names = [c.competitor for c in rows]
        return coverage_trend(conn, w, lambda name: self._agg(conn, name, w), names)

    def _response(self, conn: Connection, w: _Window) -> Response:
        authors = {r["week"]: r["authors"] for r in self._agg(conn, "report_authors", w)}
        by_week: dict[int, list[float | None]] = defaultdict(list)
        for r in self._agg(conn, "response_times", w):
            by_week[r["week"]].append(r["hours"])
        everything = [h for hours in by_week.values() for h in hours]

        def summary(hours: list[float | None]) -> tuple[int, int, float | None, float | None]:
            answered = [h for h in hours if h is not None]
            share = round(len(answered) / len(hours), 4) if hours else None
            median = round(statistics.median(answered), 2) if answered else None
            return len(hours), len(answered), share, median

        shown = (authors.get(-1) or 0) >= MIN_GROUP
        reports, answered, share, median = summary(everything)
        weekly_share, weekly_median = [], []
        for k, (start, _) in zip(w.indexes(), w.weeks_list(), strict=True):
            ok = (authors.get(k) or 0) >= MIN_GROUP
            _, _, s, m = summary(by_week.get(k, []))
            weekly_share.append(WeekValue(start.date(), s if ok else None))
            weekly_median.append(WeekValue(start.date(), m if ok else None))
        if not shown:
            return Response(None, None, None, None, weekly_share, weekly_median)
        return Response(reports, answered, share, median, weekly_share, weekly_median)

    def _voice(self, conn: Connection, w: _Window) -> Voice:
        return voice(conn, w, lambda name: self._agg(conn, name, w))

    def _demand(self, conn: Connection, w: _Window) -> Demand:
        top = [
            TopSearch(r["key"], r["example"], int(r["people"]), int(r["searches"]), _int(r["zero_hits"]))
            for r in self._agg(conn, "top_searches", w)
        ]
        gaps = gaps_in(self.library, conn, now=w.now, since=w.since, first_ten=True)
        weekly = {r["week"]: r for r in self._agg(conn, "searches_weekly", w)}
        return Demand(
            top_searches=top,
            top_gaps=gaps,
            weekly_searches=w.trend(weekly, "searches"),
            weekly_zero_hits=w.trend(weekly, "zero_hits"),
        )

    def _usage(self, conn: Connection, w: _Window) -> Usage:
        i = schema.items
        weekly = {r["week"]: r for r in self._agg(conn, "usage_weekly", w)}
        total = weekly.get(-1, {})
        titles = {r.id: r.title for r in conn.execute(sa.select(i.c.id, i.c.title))}
        searchers = {r["week"]: r for r in self._agg(conn, "searches_weekly", w)}.get(-1, {}).get("people")
        found = {r["item_id"]: _int(r["searches"]) for r in self._agg(conn, "found_items", w)}
        found_shown = -1 in found  # no row -1: the window's searches come from under MIN_GROUP people
        found.pop(-1, None)
        unseen = None if searchers is None else 0  # an item no search showed, when searches are shown
        items = [
            _usage_count(
                titles.get(r["item_id"], f"#{r['item_id']}"), r, r["item_id"], found.get(r["item_id"], unseen)
            )
            for r in self._agg(conn, "usage_items", w)
        ]
        teams = [_usage_count(r["team"], r) for r in self._agg(conn, "usage_teams", w)]
        competitors = [_usage_count(r["competitor"], r) for r in self._agg(conn, "usage_competitors", w)]
        used = {r["item_id"] for r in self._agg(conn, "used_items", w)}
        published = list(
            conn.execute(sa.select(i.c.id).where(i.c.status == "published").order_by(i.c.id)).scalars()
        )
        people = _int(total.get("people"))
        # The window's usage covers MIN_GROUP people when any of its counts is shown: the people may
        # be withheld for a larger group (they would give a hidden count away), never all of them.
        covered = any(total.get(k) is not None for k in ("people", "previews", "opens", "copies", "links"))
        never_used = [item_id for item_id in published if item_id not in used] if covered else None
        never_found = (
            None if searchers is None or not found_shown else [i for i in published if i not in found]
        )
        return Usage(
            events=_int(total.get("events")),
            people=people,
            weekly_events=w.trend(weekly, "events"),
            items=items,
            teams=sorted(teams, key=lambda u: u.name.casefold()),
            competitors=sorted(competitors, key=lambda u: u.name.casefold()),
            never_used=never_used,
            never_found=never_found,
            titles={i: titles.get(i, "") for i in sorted({*(never_used or []), *(never_found or [])})},
            withheld=totals_withheld(total),
        )

    def _flags(self, conn: Connection, w: _Window, results: dict[str, Any]) -> list[str]:
        flags = []
        if conn.execute(sa.select(sa.func.count()).select_from(schema.items)).scalar_one() == 0:
            flags.append("empty_library")
        weekly = {r["week"]: r for r in self._agg(conn, "searches_weekly", w)}
        if weekly.get(-1, {}).get("people") is None:
            flags.append("searches_hidden_fewer_than_3_people")
        if results["usage"].never_used is None:  # None only when usage covers fewer than 3 people
            flags.append("usage_hidden_fewer_than_3_people")
        if results["response"].reports is None:
            flags.append("response_hidden_fewer_than_3_people")
        return flags

    def _agg(self, conn: Connection, name: str, w: _Window) -> list[dict[str, Any]]:
        if name not in w.read:  # one dashboard, one read: coverage and usage share usage_competitors
            w.read[name] = aggregate(self.library, conn, name, now=w.now, since=w.since)
        return w.read[name]


def _window(weeks: int, now: datetime | None) -> _Window:
    """The last `weeks` weeks (at least one) up to `now` (default: this instant)."""
    now = now or datetime.now(UTC)
    weeks = max(1, weeks)
    return _Window(now, now - timedelta(weeks=weeks), weeks)


def _usage_count(
    name: str, r: dict[str, Any], item_id: int | None = None, found: int | None = None
) -> UsageCount:
    return UsageCount(
        name=name or "",
        item_id=item_id,
        events=_int(r["events"]),
        people=_int(r["people"]),
        previews=_int(r["previews"]),
        opens=_int(r["opens"]),
        copies=_int(r["copies"]),
        links=_int(r["links"]),
        found=found,
        withheld=totals_withheld(r),
    )


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
