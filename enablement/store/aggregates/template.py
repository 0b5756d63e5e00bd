"""The template language of the aggregates (enablement.store.aggregates), and the fragments they share.

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

MIN_GROUP = 3


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


_WINDOW_U = "u.at >= :since AND u.at <= :now"
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


# The days a week boundary cuts through, from the window's last day back past its first (the
# weekly aggregates read them from the log, the whole days between them from the day tables).
_WEEK_EDGES = """RECURSIVE edge(day) AS (
            SELECT WEEK_BACK(DAYOF(:now))
            UNION ALL SELECT WEEK_BACK(e.day) FROM edge e WHERE e.day > DAYOF(:since))"""

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
