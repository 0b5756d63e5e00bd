"""The aggregate queries over people's private rows, written once for SQLite and PostgreSQL.

Search-log lines, usage events, votes and reports belong to people. The shared numbers
(enablement.insights) read them only through the queries below, which group the rows and blank
every count that covers fewer than `MIN_GROUP` distinct people, so no result row says what one
person did. On a single-user library (or a PostgreSQL library without team rules) the insights
service runs them directly; on a team database `enablement.team.security` installs each one as a
SECURITY DEFINER function `enablement_insights_<name>(p_now, p_since)` with the very same text,
so a seller reads the numbers without reading anyone's rows, and cannot lower the threshold.

A template is plain SQL with a few markers, rendered per dialect by `render`:

* `:now`, `:since`: the window (bound parameters; `p_now`, `p_since` inside a function);
* `WEEK(expr)`: whole weeks between `expr` and `:now` (0 = the last seven days);
* `HOURS(a, b)`: hours from timestamp `a` to timestamp `b`;
* `DAYOF(ts)`: the (UTC) day of a timestamp; `DAY_START(day)`, `DAY_END(day)`: the timestamps
  where a day starts and the next one starts; `NOON(day)`; `DAYS(a, b)`: whole days from day `b`
  to day `a`; `WEEK_BACK(day)`: seven days earlier (search_days, migration 0009);
  `MONDAY(day)`: the Monday on or before it, `WEEK_ON(day)`: seven days later (search_weeks, 0012);
* `EACH_COMPETITOR`: joins `c.value`, each competitor name of the item `i`;
* `EACH_FOUND`: joins `f.value`, each item id of `e.found` (a search's `found_items`), which
  `FOUND_ID` reads as an integer;
* `EACH_AUDIENCE(json)`: a FROM item `a` whose `a.value` are the team names of a ballot's audience;
* `MIN_GROUP`: the threshold;
* `:item` (and any other name in `Aggregate.params`): a further bound parameter (`p_item` inside a
  function, which then takes it after the window: `enablement_insights_usage_units(p_now, p_since,
  p_item)`).

Every result has a `week` column where it has trends; the row with week -1 covers the window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "AGGREGATES",
    "GAP_MIN_UNSERVED",
    "GAP_UNSERVED_PERCENT",
    "MIN_GROUP",
    "UNIT_ACTIONS",
    "Aggregate",
    "function_name",
    "function_signature",
    "render",
]

MIN_GROUP = 3
# A normalised query is a content gap when at least GAP_MIN_UNSERVED people met it unserved (their
# searches of it in the window found nothing, or they opened none of the results) and they are at
# least GAP_UNSERVED_PERCENT % of everyone who searched it (enablement.insights.gaps explains why).
GAP_MIN_UNSERVED = MIN_GROUP
GAP_UNSERVED_PERCENT = 50
# The actions a unit's usage counts, and the column naming the people who did each.
UNIT_ACTIONS = (("preview", "previewed"), ("open", "opened"), ("copy", "copied"), ("link", "linked"))


@dataclass(frozen=True, slots=True)
class Aggregate:
    """One query: its name, its template, its PostgreSQL result columns (for RETURNS TABLE), and the
    parameters it takes besides the window, as (name, PostgreSQL type) pairs. `jit=False`: run with
    PostgreSQL's JIT off, where CTE row estimates far above the real rows make it compile for seconds."""

    name: str
    template: str
    columns: str
    params: tuple[tuple[str, str], ...] = ()
    jit: bool = True


def _guard(people: str, value: str) -> str:
    """`value` when the rows it counts cover at least MIN_GROUP distinct `people`, else NULL."""
    return f"CASE WHEN count(DISTINCT {people}) >= MIN_GROUP THEN {value} END"


def _n_people(t: str) -> str:
    """`searches, people` of `t.n` per `t.who`, each NULL under MIN_GROUP people."""
    people = _guard(f"{t}.who", f"count(DISTINCT {t}.who)")
    return f"{_guard(f'{t}.who', f'CAST(sum({t}.n) AS bigint)')} AS searches, {people} AS people"


def _action(action: str) -> str:
    people = f"CASE WHEN p.action = '{action}' THEN p.person END"
    plural = {"copy": "copies"}.get(action, f"{action}s")
    count = f"CAST(sum(CASE WHEN p.action = '{action}' THEN p.n ELSE 0 END) AS bigint)"
    return _guard(people, count) + f" AS {plural}"


# Usage counts over `per` (events per group, person and action: a few thousand rows where the
# window has a hundred thousand events), so each count(DISTINCT person) sorts the few.
_USAGE_COLUMNS = ", ".join(
    [
        _guard("p.person", "CAST(sum(p.n) AS bigint)") + " AS events",
        _guard("p.person", "count(DISTINCT p.person)") + " AS people",
        *(_action(a) for a in ("preview", "open", "copy", "link")),
    ]
)


_USAGE_BY_COMPETITOR = "usage_events u JOIN items i ON i.id = u.item_id EACH_COMPETITOR"


def _people_who(action: str) -> str:
    """Distinct people who did `action` (in `per p`), NULL when fewer than MIN_GROUP did."""
    who = f"CASE WHEN p.action = '{action}' THEN p.person END"
    return _guard(who, f"count(DISTINCT {who})")


_UNIT_COLUMNS = ", ".join(
    [
        _guard("p.person", "count(DISTINCT p.person)") + " AS people",
        *(f"{_people_who(a)} AS {done}" for a, done in UNIT_ACTIONS),
    ]
)


def _usage_per(group: str, source: str = "usage_events u") -> str:
    """The window's usage events counted per `group` (as `grp`), person and action."""
    return (
        f"SELECT {group} AS grp, u.person AS person, u.action AS action, count(*) AS n "
        f"FROM {source} WHERE u.at >= :since AND u.at <= :now GROUP BY {group}, u.person, u.action"
    )


_USAGE_TYPES = "events bigint, people bigint, previews bigint, opens bigint, copies bigint, links bigint"
_WINDOW_U = "u.at >= :since AND u.at <= :now"
_KEY = "coalesce(s.query_key, lower(s.query))"
# A search that found nothing, or whose results nobody opened (no usage event names it): 1, else 0.
# Read only on the window's partial first and last days (the rest is summed in search_days and
# search_key_weeks): a probe of ix_usage_events_search per search. Not NOT EXISTS: PostgreSQL
# hashes that subplan, reading every usage event of the library for each use of it.
_UNOPENED = (
    "CASE WHEN s.hits = 0 OR (SELECT o.search_id FROM usage_events o WHERE o.search_id = s.id LIMIT 1) "
    "IS NULL THEN 1 ELSE 0 END"
)
_IS_ZERO = "CASE WHEN s.hits = 0 THEN 1 ELSE 0 END"
# The whole days of the window, read from search_days (migration 0009), and the rest of the window
# (its first and last, partial, days), read from search_log; together exactly [since, now].
_DAYS = "d.day > DAYOF(:since) AND d.day < DAYOF(:now)"
# One bound on each side of s.at per edge: given two lower (or upper) bounds, SQLite ranges its index
# on one of them and filters the rest, and may pick the one that reads the whole window.
_EDGES = (
    "s.at >= :since AND s.at < DAY_END(DAYOF(:since)) AND DAYOF(:since) < DAYOF(:now)",
    "s.at >= (CASE WHEN DAYOF(:since) < DAYOF(:now) THEN DAY_START(DAYOF(:now)) ELSE :since END) "
    "AND s.at <= :now",
)


def _usage_edges(columns: str) -> str:
    """`SELECT columns` over the window's partial days in usage_events (two index ranges)."""
    return " UNION ALL ".join(
        f"SELECT {columns} FROM usage_events u WHERE {edge.replace('s.at', 'u.at')}" for edge in _EDGES
    )


def _edges(columns: str, where: str) -> str:
    """`SELECT columns` over the window's partial days in search_log (two index ranges)."""
    return " UNION ALL ".join(
        f"SELECT {columns} FROM search_log s WHERE {edge} AND {where}" for edge in _EDGES
    )


# The window's days and weeks (migration 0012): `d_since`, `d_now` its first and last (partial)
# day; whole ISO weeks `[fw, lm)` (none when fw >= lm); whole days outside them in
# `(d_since, head_end)` and `[tail, d_now)`. With the partial days from search_log, exactly [since, now].
_BOUNDS = """
        b0 AS (SELECT DAYOF(:since) AS d_since, DAYOF(:now) AS d_now),
        b1 AS (SELECT b0.d_since AS d_since, b0.d_now AS d_now, MONDAY(b0.d_since) AS m,
                      MONDAY(b0.d_now) AS lm FROM b0),
        b2 AS (SELECT b1.d_since AS d_since, b1.d_now AS d_now, WEEK_ON(b1.m) AS fw, b1.lm AS lm FROM b1),
        bounds AS (
            SELECT b2.d_since AS d_since, b2.d_now AS d_now, b2.fw AS fw, b2.lm AS lm,
                   CASE WHEN b2.fw < b2.d_now THEN b2.fw ELSE b2.d_now END AS head_end,
                   CASE WHEN b2.fw > b2.lm THEN b2.fw ELSE b2.lm END AS tail
            FROM b2)"""


@dataclass(frozen=True, slots=True)
class _Ranking:
    """What a ranked list of query keys counts: the columns its template reads from each source.

    Per person and key the sources give `n` (the searches the list counts), `total` (all their
    searches of the key), `zero`, `example` (and `last`). A person counts for the list when
    `counts` holds of their summed row `g`; the list keeps a key when `keeps` holds of its
    counted row `f` (people, and searchers: everyone who searched it)."""

    weekly: str  # search_weeks w (per week and key): searches, people, searchers, people served
    weekly_where: str
    person: str  # search_key_weeks w, per person: key, who, n, total, zero, example[, last]
    person_where: str
    day: str  # search_days d, the same columns
    day_where: str
    edge: str  # search_log s (the partial days), the same columns
    edge_where: str
    open_only: str  # a condition on a key `k` (decided gaps leave the list)
    last: bool  # a last_seen column
    counts: str  # whether a person's summed row `g` counts for the key
    keeps: str  # whether the key's counted row `f` is listed
    searchers: bool  # a searchers column (everyone who searched the key)
    columns: str


_TOP = _Ranking(
    weekly="w.searches, w.people, w.people, 0",
    weekly_where="1 = 1",
    person=(
        'w.key AS key, w."user" AS who, w.searches AS n, w.searches AS total, w.zero_hits AS zero, '
        "w.example AS example"
    ),
    person_where="1 = 1",
    day='d.key, d."user", d.searches, d.searches, d.zero_hits, d.example',
    day_where="1 = 1",
    edge=f'{_KEY}, s."user", 1, 1, {_IS_ZERO}, s.query',
    edge_where="s.query <> ''",
    open_only="1 = 1",
    last=False,
    counts="1 = 1",
    keeps="f.people >= MIN_GROUP",
    searchers=False,
    columns="key text, example text, searches bigint, people bigint, zero_hits bigint",
)
# Gaps read every searcher of a key (not only those with a failed search): a person with failed
# searches who also opened a result is served, and still counts among the key's searchers.
_GAPS = _Ranking(
    weekly="w.unopened, w.unopened_people, w.people, w.people - w.unopened_people",
    weekly_where="1 = 1",
    person=(
        'w.key AS key, w."user" AS who, w.unopened AS n, w.searches AS total, w.zero_hits AS zero, '
        "w.unopened_example AS example, w.unopened_last AS last"
    ),
    person_where="1 = 1",
    day='d.key, d."user", d.unopened, d.searches, d.zero_hits, d.unopened_example, d.unopened_last',
    day_where="1 = 1",
    edge=(
        f'{_KEY}, s."user", {_UNOPENED}, 1, {_IS_ZERO}, CASE WHEN {_UNOPENED} = 1 THEN s.query END, '
        f"CASE WHEN {_UNOPENED} = 1 THEN s.at END"
    ),
    edge_where="s.query <> ''",
    open_only="NOT EXISTS (SELECT 1 FROM gap_decisions g WHERE g.query_key = k)",
    last=True,
    counts="g.n = g.total",  # unserved: every search of theirs found nothing or was left unopened
    keeps=f"f.people >= {GAP_MIN_UNSERVED} AND 100 * f.people >= {GAP_UNSERVED_PERCENT} * f.searchers",
    searchers=True,
    columns=(
        "key text, example text, searches bigint, people bigint, searchers bigint, zero_hits bigint, "
        "last_seen timestamptz"
    ),
)


def _ranked(r: _Ranking, limit: int) -> str:
    """The `limit` keys with most people, then most searches (then by key), exactly as grouping the
    window's searches per key and person would rank them, without grouping most of them.

    Every key's searches are summed exactly from the weekly totals, and its people bounded from
    above by the sum of its weekly people, capped by everyone who searched in the window; its
    searchers are bounded from below by its busiest week. People are counted exactly (their
    per-person rows read by key) first for the keys with the highest bounds (`limit` of them; for a
    gap list more, and more again when too few of those are gaps); the `limit`-th of those the list
    keeps, by people and searches, is a bar no key below it in bound can pass, so only the keys that
    still reach the bar are counted as well (all of them when fewer than `limit` are kept). A gap
    list leaves out at once the keys whose bound of unserved people is under GAP_UNSERVED_PERCENT of
    their least searchers, or under their least served people (well-answered queries). On a
    Zipf-like log that is a few dozen to a few hundred keys of thousands.
    """
    last = ", last" if r.last else ""
    last_out = ", max(g.last) AS last_seen" if r.last else ""
    last_per = ", max(x.last) AS last" if r.last else ""
    searchers_out = ", count(*) AS searchers" if r.searchers else ""
    names = f"key, who, n, total, zero, example{last}"
    # Unserved people U <= bound, served S >= served (a week's people who opened whatever they
    # searched), U + S >= least: U can reach the share only if it does at U = bound.
    # How many keys the first pass counts, and the second when fewer than `limit` of those were kept:
    # a gap list keeps few of the keys with the highest bounds (frequent queries, mostly answered), so
    # it counts more than `limit` before it has a bar (on the 100,000-search bench its top ten lie
    # within the first 32 keys by bound over 8 weeks, 110 over 26; its 200 within 230 and 307).
    first, second = (2 * limit + 20, 8 * limit + 100) if r.searchers else (limit, limit)
    share = (
        f"100 * t.bound >= {GAP_UNSERVED_PERCENT} * t.least "
        f"AND (100 - {GAP_UNSERVED_PERCENT}) * t.bound >= {GAP_UNSERVED_PERCENT} * t.served"
        if r.searchers
        else "1 = 1"
    )

    def exact(keys: str) -> str:
        return f"""
            SELECT g.key AS key, max(g.example) AS example, CAST(sum(g.n) AS bigint) AS searches,
                   CAST(sum(CASE WHEN {r.counts} THEN 1 ELSE 0 END) AS bigint) AS people{searchers_out},
                   CAST(sum(g.zero) AS bigint) AS zero_hits{last_out}
            FROM (SELECT x.key AS key, x.who AS who, max(x.example) AS example, sum(x.n) AS n,
                         sum(x.total) AS total, sum(x.zero) AS zero{last_per}
                  FROM (SELECT {r.person} FROM {keys} k JOIN search_key_weeks w ON w.key = k.key
                        JOIN bounds b ON w.week >= b.fw AND w.week < b.lm WHERE {r.person_where}
                        UNION ALL
                        SELECT {names} FROM part p WHERE p.key IN (SELECT k.key FROM {keys} k)) x
                  GROUP BY x.key, x.who) g
            GROUP BY g.key"""

    weekly = r.weekly.split(", ")
    return f"""
        WITH {_BOUNDS},
        part({names}) AS (  -- per person, outside the whole weeks: whole days, then partial days
            SELECT {r.day} FROM bounds b JOIN search_days d ON d.day > b.d_since AND d.day < b.head_end
            WHERE d.key <> '' AND {r.day_where}
            UNION ALL
            SELECT {r.day} FROM bounds b JOIN search_days d ON d.day >= b.tail AND d.day < b.d_now
            WHERE d.key <> '' AND {r.day_where}
            UNION ALL
            {_edges(r.edge, r.edge_where)}),
        everyone AS (  -- whoever searched on the window's days, partial ones whole: a cap on any key's people
            SELECT count(*) AS n FROM (
                SELECT u."user" AS who FROM bounds b
                JOIN search_user_days u ON u.day >= b.d_since AND u.day <= b.d_now GROUP BY u."user") e),
        totals AS (  -- exact searches; people bounded by a sum of people (weeks) and of rows (the rest);
                     -- searchers and served people at least a whole week's
            SELECT t.key AS key, sum(t.n) AS searches, sum(t.people) AS bound, max(t.least) AS least,
                   max(t.served) AS served
            FROM (SELECT w.key AS key, {weekly[0]} AS n, {weekly[1]} AS people, {weekly[2]} AS least,
                         {weekly[3]} AS served
                  FROM bounds b JOIN search_weeks w ON w.week >= b.fw AND w.week < b.lm
                  WHERE w.key <> '' AND {r.weekly_where}
                  UNION ALL
                  SELECT p.key, p.n, CASE WHEN p.n > 0 THEN 1 ELSE 0 END, 0, 0 FROM part p) t
            GROUP BY t.key),
        ranked AS (
            SELECT t.key AS key, t.searches AS searches,
                   CASE WHEN t.bound < e.n THEN t.bound ELSE e.n END AS bound
            FROM totals t CROSS JOIN everyone e
            WHERE t.bound >= MIN_GROUP AND {share} AND {r.open_only.replace("= k", "= t.key")}),
        top_keys AS (
            SELECT r.key AS key FROM ranked r ORDER BY r.bound DESC, r.searches DESC, r.key LIMIT {first}),
        counted1 AS ({exact("top_keys")}),
        bar1 AS (SELECT f.people AS people FROM counted1 f WHERE {r.keeps}
                 ORDER BY f.people DESC, f.searches DESC, f.key LIMIT 1 OFFSET {limit - 1}),
        next_keys AS (  -- only when fewer than `limit` of the first were kept: the next ones by bound
            SELECT x.key AS key FROM (
                SELECT r.key AS key FROM ranked r ORDER BY r.bound DESC, r.searches DESC, r.key
                LIMIT {second - first} OFFSET {first}) x
            WHERE NOT EXISTS (SELECT 1 FROM bar1)),
        counted AS (SELECT * FROM counted1 UNION ALL {exact("next_keys")}),
        bar AS (SELECT f.people AS people, f.searches AS searches FROM counted f WHERE {r.keeps}
                ORDER BY f.people DESC, f.searches DESC, f.key LIMIT 1 OFFSET {limit - 1}),
        more_keys AS (  -- with no bar (fewer than `limit` kept still), every key still ranked
            SELECT r.key AS key FROM ranked r LEFT JOIN bar ON 1 = 1
            WHERE (bar.people IS NULL OR r.bound > bar.people
                   OR (r.bound = bar.people AND r.searches >= bar.searches))
              AND r.key NOT IN (SELECT f.key FROM top_keys f)
              AND r.key NOT IN (SELECT f.key FROM next_keys f)),
        found AS (SELECT * FROM counted UNION ALL {exact("more_keys")})
        SELECT * FROM found f WHERE {r.keeps}
        ORDER BY f.people DESC, f.searches DESC, f.key LIMIT {limit}"""


AGGREGATES: tuple[Aggregate, ...] = (
    Aggregate(
        # Whole days inside one week from search_user_days; the days a week boundary cuts through (the
        # window's first and last among them) from search_log. Per week and person first, then the
        # weeks and the window.
        "searches_weekly",
        f"""
        WITH RECURSIVE edge(day) AS (
            SELECT WEEK_BACK(DAYOF(:now))
            UNION ALL SELECT WEEK_BACK(e.day) FROM edge e WHERE e.day > DAYOF(:since)),
        raw AS (
            {_edges('s.at AS at, s."user" AS who, s.hits AS hits', "1 = 1")}
            UNION ALL
            SELECT s.at, s."user", s.hits FROM edge e
            JOIN search_log s ON s.at >= DAY_START(e.day) AND s.at < DAY_END(e.day)
            WHERE e.day > DAYOF(:since)),
        parts AS (
            SELECT WEEK(NOON(d.day)) AS week, d."user" AS who, sum(d.searches) AS n, sum(d.zero_hits) AS zero
            FROM search_user_days d WHERE {_DAYS} AND DAYS(DAYOF(:now), d.day) % 7 <> 0
            GROUP BY WEEK(NOON(d.day)), d."user"
            UNION ALL
            SELECT WEEK(r.at), r.who, count(*), sum(CASE WHEN r.hits = 0 THEN 1 ELSE 0 END) FROM raw r
            GROUP BY WEEK(r.at), r.who),
        per AS (SELECT p.week AS week, p.who AS who, sum(p.n) AS n, sum(p.zero) AS zero
                FROM parts p GROUP BY p.week, p.who)
        SELECT week, {_guard("who", "CAST(sum(n) AS bigint)")} AS searches,
               {_guard("who", "count(DISTINCT who)")} AS people,
               {_guard("CASE WHEN zero > 0 THEN who END", "CAST(sum(zero) AS bigint)")} AS zero_hits
        FROM per GROUP BY week
        UNION ALL
        SELECT -1, {_guard("who", "CAST(sum(n) AS bigint)")}, {_guard("who", "count(DISTINCT who)")},
               {_guard("CASE WHEN zero > 0 THEN who END", "CAST(sum(zero) AS bigint)")}
        FROM per""",
        "week integer, searches bigint, people bigint, zero_hits bigint",
    ),
    Aggregate("top_searches", _ranked(_TOP, 20), _TOP.columns),
    Aggregate("gaps", _ranked(_GAPS, 200), _GAPS.columns),
    # The dashboard's first ten of the same list: the threshold of ten prunes far more keys.
    Aggregate("top_gaps", _ranked(_GAPS, 10), _GAPS.columns),
    Aggregate(
        # Whole days inside one week from usage_days (0013); the days a week boundary cuts through
        # (and the window's partial first and last days) from usage_events, as searches_weekly does.
        "usage_weekly",
        f"""
        WITH RECURSIVE edge(day) AS (
            SELECT WEEK_BACK(DAYOF(:now))
            UNION ALL SELECT WEEK_BACK(e.day) FROM edge e WHERE e.day > DAYOF(:since)),
        raw AS (
            {_usage_edges("u.at AS at, u.person AS person, u.action AS action")}
            UNION ALL
            SELECT u.at, u.person, u.action FROM edge e
            JOIN usage_events u ON u.at >= DAY_START(e.day) AND u.at < DAY_END(e.day)
            WHERE e.day > DAYOF(:since)),
        per AS (
            SELECT x.grp AS grp, x.person AS person, x.action AS action, sum(x.n) AS n
            FROM (SELECT WEEK(NOON(d.day)) AS grp, d.person AS person, d.action AS action, d.events AS n
                  FROM usage_days d WHERE {_DAYS} AND DAYS(DAYOF(:now), d.day) % 7 <> 0
                  UNION ALL
                  SELECT WEEK(r.at), r.person, r.action, 1 FROM raw r) x
            GROUP BY x.grp, x.person, x.action)
        SELECT p.grp AS week, {_USAGE_COLUMNS} FROM per p GROUP BY p.grp
        UNION ALL
        SELECT -1, {_USAGE_COLUMNS} FROM per p""",
        f"week integer, {_USAGE_TYPES}",
    ),
    Aggregate(
        "usage_items",
        f"""
        WITH per AS ({_usage_per("u.item_id")})
        SELECT p.grp AS item_id, {_USAGE_COLUMNS}
        FROM per p GROUP BY p.grp HAVING count(DISTINCT p.person) >= MIN_GROUP
        ORDER BY events DESC, item_id LIMIT 50""",
        f"item_id integer, {_USAGE_TYPES}",
    ),
    Aggregate(
        # Whole days from usage_days (0013), the window's partial first and last days from usage_events.
        "usage_teams",
        f"""
        WITH per AS (
            SELECT x.grp AS grp, x.person AS person, x.action AS action, sum(x.n) AS n
            FROM (SELECT d.team AS grp, d.person AS person, d.action AS action, d.events AS n
                  FROM usage_days d WHERE {_DAYS}
                  UNION ALL
                  {_usage_edges("u.team, u.person, u.action, 1")}) x
            GROUP BY x.grp, x.person, x.action)
        SELECT CAST(p.grp AS text) AS team, {_USAGE_COLUMNS} FROM per p GROUP BY p.grp""",
        f"team text, {_USAGE_TYPES}",
    ),
    Aggregate(
        # One item's units (slides, pages, rows, sections) in its current version: the distinct
        # people who previewed, opened, copied or linked each, per action. A unit whose events come
        # from fewer than MIN_GROUP people has no row; an action fewer than MIN_GROUP people took on
        # it is NULL. Events on the item as a whole (no unit) are left out, and so are events of
        # an earlier version (slide 5 then may be another slide now) or of an unknown one (0017):
        # the version is the item's current one, never a parameter, so a caller cannot narrow
        # the rows to one version's few viewers.
        "usage_units",
        f"""
        WITH per AS (
            SELECT coalesce(u.unit_kind, '') AS kind, u.unit_number AS num, u.person AS person,
                   u.action AS action
            FROM usage_events u
            WHERE u.item_id = :item AND u.unit_number IS NOT NULL AND {_WINDOW_U}
              AND u.item_version = (SELECT i.current_version FROM items i WHERE i.id = :item)
            GROUP BY coalesce(u.unit_kind, ''), u.unit_number, u.person, u.action)
        SELECT CAST(p.kind AS text) AS unit_kind, CAST(p.num AS integer) AS unit_number, {_UNIT_COLUMNS}
        FROM per p GROUP BY p.kind, p.num HAVING count(DISTINCT p.person) >= MIN_GROUP""",
        "unit_kind text, unit_number integer, people bigint, "
        + ", ".join(f"{done} bigint" for _, done in UNIT_ACTIONS),
        params=(("item", "integer"),),
    ),
    Aggregate(
        # Which items anyone used: only when the window's usage covers MIN_GROUP people, or a
        # window narrowed around one colleague's preview would say what they opened and when.
        "used_items",
        f"""
        SELECT DISTINCT u.item_id AS item_id FROM usage_events u WHERE {_WINDOW_U}
        AND (SELECT count(*) FROM (SELECT DISTINCT v.person FROM usage_events v
                                   WHERE v.at >= :since AND v.at <= :now LIMIT MIN_GROUP) g) >= MIN_GROUP""",
        "item_id integer",
    ),
    Aggregate(
        "usage_competitors",
        f"""
        WITH per AS ({_usage_per("c.value", _USAGE_BY_COMPETITOR)})
        SELECT CAST(p.grp AS text) AS competitor, {_USAGE_COLUMNS} FROM per p GROUP BY p.grp""",
        f"competitor text, {_USAGE_TYPES}",
    ),
    Aggregate(
        # Each query ever typed (search_queries, 0014) is matched against the names once; only the
        # matching queries' whole days are read from search_query_days (by query), and the
        # window's partial first and last days from search_log.
        "search_competitors",
        f"""
        WITH queries AS MATERIALIZED (  -- lower() once per query, not once per query and name
            SELECT q.query AS query, lower(q.query) AS lowered FROM search_queries q),
        named AS (
            SELECT k.name AS name, q.query AS query FROM queries q
            JOIN (SELECT DISTINCT CAST(c.value AS text) AS name FROM items i EACH_COMPETITOR) k
              ON q.lowered LIKE '%' || lower(k.name) || '%'),
        per AS (
            SELECT x.name AS name, x.who AS who, sum(x.n) AS n
            FROM (SELECT m.name AS name, d."user" AS who, d.searches AS n FROM named m
                  JOIN search_query_days d ON d.query = m.query AND {_DAYS}
                  UNION ALL
                  SELECT m.name, e.who, 1 FROM named m
                  JOIN ({_edges('s.query AS query, s."user" AS who', "s.hits > 0")}) e ON e.query = m.query) x
            GROUP BY x.name, x.who)
        SELECT p.name AS competitor, {_guard("p.who", "CAST(sum(p.n) AS bigint)")} AS searches,
               {_guard("p.who", "count(DISTINCT p.who)")} AS people
        FROM per p GROUP BY p.name""",
        "competitor text, searches bigint, people bigint",
    ),
    Aggregate(
        # Per published or draft item, the searches whose first page showed it (0016): whole days from
        # item_found_days, the window's partial first and last days from search_log. The count is
        # NULL unless those searches come from at least MIN_GROUP people (item_found_people keeps
        # enough of them per day to tell). Every item any search showed has a row, but only when the
        # window's searches (that showed anything) come from MIN_GROUP people: otherwise no row at all,
        # or a narrow window would say what one colleague's search showed. The row of item -1 says
        # the list is shown; "never found" is then the published items without a row.
        "found_items",
        f"""
        WITH edge AS ({_edges('s."user" AS who, s.found_items AS found', "s.found_items IS NOT NULL")}),
        raw AS (
            SELECT DISTINCT FOUND_ID AS item_id, e.who AS who, e.search AS search FROM (
                SELECT x.who AS who, x.found AS found, row_number() OVER () AS search FROM edge x) e
            EACH_FOUND),
        shown AS (
            SELECT d.item_id AS item_id, d.searches AS n FROM item_found_days d WHERE {_DAYS}
            UNION ALL
            SELECT r.item_id, 1 FROM raw r),
        seen AS (
            SELECT d.item_id AS item_id, d."user" AS who FROM item_found_people d WHERE {_DAYS}
            UNION ALL
            SELECT r.item_id, r.who FROM raw r),
        people AS (
            SELECT p.item_id AS item_id, count(DISTINCT p.who) AS people FROM seen p GROUP BY p.item_id),
        totals AS (SELECT t.item_id AS item_id, sum(t.n) AS n FROM shown t GROUP BY t.item_id)
        SELECT CAST(t.item_id AS integer) AS item_id,
               CASE WHEN p.people >= MIN_GROUP THEN CAST(t.n AS bigint) END AS searches
        FROM totals t JOIN people p ON p.item_id = t.item_id JOIN items i ON i.id = t.item_id
        WHERE (SELECT count(DISTINCT z.who) FROM seen z) >= MIN_GROUP
        UNION ALL  -- item -1: the list is shown (absent: hidden, so nothing is "never found")
        SELECT CAST(-1 AS integer), CAST(NULL AS bigint)
        WHERE (SELECT count(DISTINCT z.who) FROM seen z) >= MIN_GROUP""",
        "item_id integer, searches bigint",
    ),
    Aggregate(
        # The same per competitor and week (-1: the window, as search_competitors), and per week
        # over all competitors (competitor NULL: a search naming two of them counts once). Whole days
        # inside one week from search_query_days; the days a week boundary cuts through and the
        # window's partial first and last days from search_log, as searches_weekly does.
        "search_competitors_weekly",
        f"""
        WITH RECURSIVE edge(day) AS (
            SELECT WEEK_BACK(DAYOF(:now))
            UNION ALL SELECT WEEK_BACK(e.day) FROM edge e WHERE e.day > DAYOF(:since)),
        queries AS MATERIALIZED (
            SELECT q.query AS query, lower(q.query) AS lowered FROM search_queries q),
        named AS (
            SELECT k.name AS name, q.query AS query FROM queries q
            JOIN (SELECT DISTINCT CAST(c.value AS text) AS name FROM items i EACH_COMPETITOR) k
              ON q.lowered LIKE '%' || lower(k.name) || '%'),
        raw AS (
            {_edges('s.at AS at, s.query AS query, s."user" AS who', "s.hits > 0")}
            UNION ALL
            SELECT s.at, s.query, s."user" FROM edge e
            JOIN search_log s ON s.at >= DAY_START(e.day) AND s.at < DAY_END(e.day)
            WHERE e.day > DAYOF(:since) AND s.hits > 0),
        hits AS (  -- per query, week and person; only the queries that name a competitor
            SELECT d.query AS query, WEEK(NOON(d.day)) AS week, d."user" AS who, d.searches AS n
            FROM (SELECT DISTINCT m.query AS query FROM named m) q
            JOIN search_query_days d ON d.query = q.query AND {_DAYS} AND DAYS(DAYOF(:now), d.day) % 7 <> 0
            UNION ALL
            SELECT r.query, WEEK(r.at), r.who, 1 FROM raw r
            WHERE r.query IN (SELECT m.query FROM named m)),
        per AS (
            SELECT m.name AS name, h.week AS week, h.who AS who, sum(h.n) AS n
            FROM named m JOIN hits h ON h.query = m.query GROUP BY m.name, h.week, h.who),
        anyone AS (SELECT h.week AS week, h.who AS who, sum(h.n) AS n FROM hits h GROUP BY h.week, h.who)
        SELECT p.name AS competitor, p.week AS week, {_n_people("p")} FROM per p GROUP BY p.name, p.week
        UNION ALL
        SELECT p.name, -1, {_n_people("p")} FROM per p GROUP BY p.name
        UNION ALL
        SELECT NULL, a.week, {_n_people("a")} FROM anyone a GROUP BY a.week""",
        "competitor text, week integer, searches bigint, people bigint",
        jit=False,  # estimated 2 M rows for a few thousand: 2.8 s of JIT for 0.25 s of work (200 k searches)
    ),
    Aggregate(
        # Per option and team of ballots whose totals everyone may see (closed or decided).
        "vote_counts",
        """
        SELECT v.ballot_id AS ballot_id, CAST(v.team AS text) AS team, v.option AS option,
               count(*) AS votes
        FROM votes v JOIN ballots b ON b.id = v.ballot_id
        WHERE coalesce(b.decided_at, b.closed_at, b.closes_at) >= :since
          AND coalesce(b.decided_at, b.closed_at, b.closes_at) <= :now
          AND (b.outcome IS NOT NULL OR b.closed_at IS NOT NULL)
        GROUP BY v.ballot_id, v.team, v.option""",
        "ballot_id integer, team text, option text, votes bigint",
    ),
    Aggregate(
        # Per week a ballot ended (closed or decided) in the window: the seller-ballot pairs asked
        # (sellers of the audience's teams; an empty audience is everyone), the votes those sellers
        # cast, and the distinct sellers asked; all NULL when fewer than MIN_GROUP sellers were asked.
        "voice_weekly",
        f"""
        WITH ended AS (
            SELECT x.id AS id, x.audience AS audience, WEEK(x.at) AS week
            FROM (SELECT b.id AS id, b.audience AS audience,
                         coalesce(b.decided_at, b.closed_at, b.closes_at) AS at
                  FROM ballots b WHERE b.outcome IS NOT NULL OR b.closed_at IS NOT NULL) x
            WHERE x.at >= :since AND x.at <= :now),
        asked AS (
            SELECT e.week AS week, e.id AS ballot_id, p.id AS person
            FROM ended e JOIN people p ON p.role = 'sales'
            WHERE NOT EXISTS (SELECT 1 FROM EACH_AUDIENCE(e.audience))
               OR EXISTS (SELECT 1 FROM EACH_AUDIENCE(e.audience) WHERE lower(a.value) = lower(p.team))),
        per AS (
            SELECT a.week AS week, a.person AS person, count(*) AS asked, count(v.id) AS voted
            FROM asked a LEFT JOIN votes v ON v.ballot_id = a.ballot_id AND v.person_id = a.person
            GROUP BY a.week, a.person)
        SELECT p.week AS week, {_guard("p.person", "CAST(sum(p.asked) AS bigint)")} AS asked,
               {_guard("p.person", "CAST(sum(p.voted) AS bigint)")} AS votes,
               {_guard("p.person", "count(DISTINCT p.person)")} AS people
        FROM per p GROUP BY p.week""",
        "week integer, asked bigint, votes bigint, people bigint",
    ),
    Aggregate(
        # One row per report (no author): its week and the hours it waited for an answer. Nothing
        # at all when the window's reports come from fewer than MIN_GROUP people, and no week on a
        # report whose week does (its hours still count in the window's figures): whatever window
        # a caller picks, no answer time can be told apart as one or two people's.
        "response_times",
        """
        WITH own AS (
            SELECT WEEK(r.at) AS week, r.author AS author, HOURS(r.at, r.answered_at) AS hours
            FROM reports r WHERE r.at >= :since AND r.at <= :now),
        shown AS (
            SELECT o.week AS week FROM own o GROUP BY o.week HAVING count(DISTINCT o.author) >= MIN_GROUP)
        SELECT CASE WHEN o.week IN (SELECT s.week FROM shown s) THEN o.week END AS week, o.hours AS hours
        FROM own o WHERE (SELECT count(DISTINCT a.author) FROM own a) >= MIN_GROUP""",
        "week integer, hours double precision",
    ),
    Aggregate(
        # Distinct authors per week and in the window (-1); NULL under MIN_GROUP.
        "report_authors",
        f"""
        SELECT WEEK(r.at) AS week, {_guard("r.author", "count(DISTINCT r.author)")} AS authors
        FROM reports r WHERE r.at >= :since AND r.at <= :now GROUP BY WEEK(r.at)
        UNION ALL
        SELECT -1, {_guard("r.author", "count(DISTINCT r.author)")}
        FROM reports r WHERE r.at >= :since AND r.at <= :now""",
        "week integer, authors bigint",
    ),
)

_SQLITE = {
    "WEEK": "CAST((julianday(:now) - julianday({0})) / 7 AS INTEGER)",
    "DAYOF": "date({0})",
    "DAY_START": "{0}",  # text timestamps sort after their day's 'YYYY-MM-DD'
    "DAY_END": "date({0}, '+1 day')",
    "NOON": "({0} || ' 12:00:00')",
    "DAYS": "CAST(round(julianday({0}) - julianday({1})) AS INTEGER)",
    "WEEK_BACK": "date({0}, '-7 days')",
    "HOURS": "((julianday({1}) - julianday({0})) * 24.0)",
    "EACH_COMPETITOR": "JOIN json_each(i.competitors) AS c",
    "EACH_FOUND": "JOIN json_each(e.found) AS f",
    "FOUND_ID": "f.value",
    "EACH_AUDIENCE": "json_each({0}) AS a",
    "MONDAY": "date({0}, 'weekday 0', '-6 days')",
    "WEEK_ON": "date({0}, '+7 days')",
}
_POSTGRESQL = {
    "WEEK": "CAST(floor(extract(epoch FROM (:now - {0})) / 604800) AS integer)",
    "DAYOF": "CAST(timezone('UTC', {0}) AS date)",
    "DAY_START": "timezone('UTC', CAST({0} AS timestamp))",
    "DAY_END": "timezone('UTC', CAST({0} + 1 AS timestamp))",
    "NOON": "timezone('UTC', CAST({0} AS timestamp) + interval '12 hours')",
    "DAYS": "({0} - {1})",
    "WEEK_BACK": "({0} - 7)",
    "HOURS": "CAST(extract(epoch FROM ({1} - {0})) / 3600 AS double precision)",
    "EACH_COMPETITOR": "CROSS JOIN LATERAL json_array_elements_text(i.competitors) AS c(value)",
    "EACH_FOUND": "CROSS JOIN LATERAL json_array_elements_text(e.found) AS f(value)",
    "FOUND_ID": "CAST(f.value AS integer)",
    "EACH_AUDIENCE": "json_array_elements_text({0}) AS a(value)",
    "MONDAY": "({0} - CAST(extract(isodow FROM {0}) AS integer) + 1)",
    "WEEK_ON": "({0} + 7)",
}
_CALL = re.compile(
    r"\b(WEEK|HOURS|DAYOF|DAY_START|DAY_END|NOON|DAYS|WEEK_BACK|MONDAY|WEEK_ON|EACH_AUDIENCE)\(([^()]*(?:\([^()]*\))?[^()]*)\)"
)


def render(aggregate: Aggregate, dialect: str, *, function: bool = False) -> str:
    """The aggregate's SQL for `dialect` ("sqlite" or "postgresql"); `function`: as a function body."""
    fragments = _SQLITE if dialect == "sqlite" else _POSTGRESQL
    sql, before = aggregate.template, ""
    while sql != before:  # markers inside markers (WEEK(NOON(d.day))): outer first, then inner
        before, sql = (
            sql,
            _CALL.sub(
                lambda m: fragments[m.group(1)].format(*(a.strip() for a in m.group(2).split(","))), sql
            ),
        )
    for marker in ("EACH_COMPETITOR", "EACH_FOUND", "FOUND_ID"):
        sql = sql.replace(marker, fragments[marker])
    sql = sql.replace("MIN_GROUP", str(MIN_GROUP))
    if function:
        sql = sql.replace(":now", "p_now").replace(":since", "p_since")
        for name, _ in aggregate.params:
            sql = sql.replace(f":{name}", f"p_{name}")
    return sql


def function_name(aggregate: Aggregate) -> str:
    return f"enablement_insights_{aggregate.name}"


def function_signature(aggregate: Aggregate) -> str:
    """`name(p_now timestamptz, p_since timestamptz[, p_<param> <type>...])`, as security.py creates it."""
    extra = "".join(f", p_{name} {kind}" for name, kind in aggregate.params)
    return f"{function_name(aggregate)}(p_now timestamptz, p_since timestamptz{extra})"
