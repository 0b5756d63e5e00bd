"""The ranked lists of normalised queries: the top searches and the content gaps.

Both rank keys by distinct people without grouping most of the window's searches (`_ranked`).
"""

from __future__ import annotations

from dataclasses import dataclass

from enablement.store.aggregates.template import _BOUNDS, _DAYS, MIN_GROUP, Aggregate, _edges

# A normalised query is a content gap when at least GAP_MIN_UNSERVED people met it unserved (their
# searches of it in the window found nothing, or they opened none of the results) and they are at
# least GAP_UNSERVED_PERCENT % of everyone who searched it (enablement.insights.gaps explains why).
GAP_MIN_UNSERVED = MIN_GROUP
GAP_UNSERVED_PERCENT = 50
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


# A key's searches that found nothing, over its per-person rows `g`: shown when MIN_GROUP people made
# them, and the key's searches less them (those that found something) come from none or MIN_GROUP people.
_HIT_PEOPLE = "sum(CASE WHEN g.n > g.zero THEN 1 ELSE 0 END)"
_ZERO_HITS = (
    f"CASE WHEN sum(CASE WHEN g.zero > 0 THEN 1 ELSE 0 END) >= {MIN_GROUP} "
    f"AND ({_HIT_PEOPLE} = 0 OR {_HIT_PEOPLE} >= {MIN_GROUP}) THEN CAST(sum(g.zero) AS bigint) END"
)


@dataclass(frozen=True, slots=True)
class _Ranking:
    """What a ranked list of query keys counts: the columns its template reads from each source.

    Per person and key the sources give `n` (the searches the list counts), `total` (all their
    searches of the key), `zero`, `example` (and `last`). A person counts for the list when
    `counts` holds of their summed row `g`; the list keeps a key when `keeps` holds of its
    counted row `f` (people, and searchers: everyone who searched it)."""

    weekly: tuple[str, str, str, str]  # search_weeks w (per week and key): searches, people,
    # least searchers, least people served
    person: str  # search_key_weeks w, per person: key, who, n, total, zero, example[, last]
    day: str  # search_days d, the same columns
    edge: str  # search_log s (the partial days), the same columns; `example` and `last` whatever
    # n is (part keeps them only where n > 0), so an expression in n is worked out once per search
    open_only: str  # a condition on a key `{key}` (decided gaps leave the list)
    last: bool  # a last_seen column: the (UTC) day of the latest search counted
    counts: str  # whether a person's summed row `g` counts for the key
    keeps: str  # whether the key's counted row `f` is listed
    searchers: bool  # a searchers column (everyone who searched the key)
    columns: str


_TOP = _Ranking(
    weekly=("w.searches", "w.people", "w.people", "0"),
    person=(
        'w.key AS key, w."user" AS who, w.searches AS n, w.searches AS total, w.zero_hits AS zero, '
        "w.example AS example"
    ),
    day='d.key, d."user", d.searches, d.searches, d.zero_hits, d.example',
    edge=f'{_KEY}, s."user", 1, 1, {_IS_ZERO}, s.query',
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
    weekly=("w.unopened", "w.unopened_people", "w.people", "w.people - w.unopened_people"),
    person=(
        'w.key AS key, w."user" AS who, w.unopened AS n, w.searches AS total, w.zero_hits AS zero, '
        "w.unopened_example AS example, w.unopened_last AS last"
    ),
    day='d.key, d."user", d.unopened, d.searches, d.zero_hits, d.unopened_example, d.unopened_last',
    edge=f'{_KEY}, s."user", {_UNOPENED}, 1, {_IS_ZERO}, s.query, s.at',
    open_only="NOT EXISTS (SELECT 1 FROM gap_decisions g WHERE g.query_key = {key})",
    last=True,
    counts="g.n = g.total",  # unserved: every search of theirs found nothing or was left unopened
    keeps=f"f.people >= {GAP_MIN_UNSERVED} AND 100 * f.people >= {GAP_UNSERVED_PERCENT} * f.searchers",
    searchers=True,
    columns=(
        "key text, example text, searches bigint, people bigint, searchers bigint, zero_hits bigint, "
        "last_seen date"
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
    # The day of the key's latest unserved search, not its moment: that search is one person's, and
    # its time to the second would say when they searched (the team functions return the same day).
    last_out = ", DAYOF(max(g.last)) AS last_seen" if r.last else ""
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
                   {_ZERO_HITS} AS zero_hits{last_out}
            FROM (SELECT x.key AS key, x.who AS who, max(x.example) AS example, sum(x.n) AS n,
                         sum(x.total) AS total, sum(x.zero) AS zero{last_per}
                  FROM (SELECT {r.person} FROM {keys} k JOIN search_key_weeks w ON w.key = k.key
                        JOIN bounds b ON w.week >= b.fw AND w.week < b.lm
                        UNION ALL
                        SELECT {names} FROM part p WHERE p.key IN (SELECT k.key FROM {keys} k)) x
                  GROUP BY x.key, x.who) g
            GROUP BY g.key"""

    # A gap's searchers less its unserved people are its served people: withheld when 1 or 2.
    served = "f.searchers - f.people"
    out = (
        "f.key, f.example, f.searches, f.people, "
        f"CASE WHEN {served} = 0 OR {served} >= MIN_GROUP THEN f.searchers END AS searchers, "
        "f.zero_hits, f.last_seen"
        if r.searchers
        else "*"
    )
    ending = (
        f"""
        SELECT {out} FROM found f WHERE {r.keeps}
        ORDER BY f.people DESC, f.searches DESC, f.key LIMIT {limit}"""
        if r.searchers
        else _beside_total(limit)
    )
    kept = ", CASE WHEN e.n > 0 THEN e.example END" + (
        ", CASE WHEN e.n > 0 THEN e.last END" if r.last else ""
    )
    return f"""
        WITH {_BOUNDS},
        edge({names}) AS MATERIALIZED (  -- the partial days' searches, each probed once
            {_edges(r.edge, "s.query <> ''")}),
        part({names}) AS (  -- per person, outside the whole weeks: whole days, then partial days
            SELECT {r.day} FROM bounds b JOIN search_days d ON d.day > b.d_since AND d.day < b.head_end
            WHERE d.key <> ''
            UNION ALL
            SELECT {r.day} FROM bounds b JOIN search_days d ON d.day >= b.tail AND d.day < b.d_now
            WHERE d.key <> ''
            UNION ALL
            SELECT e.key, e.who, e.n, e.total, e.zero{kept} FROM edge e),
        everyone AS (  -- whoever searched on the window's days, partial ones whole: a cap on any key's people
            SELECT count(*) AS n FROM (
                SELECT u."user" AS who FROM bounds b
                JOIN search_user_days u ON u.day >= b.d_since AND u.day <= b.d_now GROUP BY u."user") e),
        totals AS (  -- exact searches; people bounded by a sum of people (weeks) and of rows (the rest);
                     -- searchers and served people at least a whole week's
            SELECT t.key AS key, sum(t.n) AS searches, sum(t.people) AS bound, max(t.least) AS least,
                   max(t.served) AS served
            FROM (SELECT w.key AS key, {r.weekly[0]} AS n, {r.weekly[1]} AS people, {r.weekly[2]} AS least,
                         {r.weekly[3]} AS served
                  FROM bounds b JOIN search_weeks w ON w.week >= b.fw AND w.week < b.lm
                  WHERE w.key <> ''
                  UNION ALL
                  SELECT p.key, p.n, CASE WHEN p.n > 0 THEN 1 ELSE 0 END, 0, 0 FROM part p) t
            GROUP BY t.key),
        ranked AS (
            SELECT t.key AS key, t.searches AS searches,
                   CASE WHEN t.bound < e.n THEN t.bound ELSE e.n END AS bound
            FROM totals t CROSS JOIN everyone e
            WHERE t.bound >= MIN_GROUP AND {share} AND {r.open_only.format(key="t.key")}),
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
        found AS (SELECT * FROM counted UNION ALL {exact("more_keys")}){ending}"""


def _beside_total(limit: int) -> str:
    """The end of the top searches, whose window total (searches_weekly) is shown too: the total less
    the listed keys' searches is everyone else's, so when it comes from 1 or 2 people the listed key
    with fewest people (then searches) leaves the list, its MIN_GROUP or more people joining them; and
    when the zero hits outside the listed keys' shown ones come from 1 or 2 people, the shown zero hits
    of fewest searches are withheld (secondary suppression, enablement.store.aggregates.suppression).
    Each person's searches of the window are read per day (search_user_days, 0009) and, on the
    partial first and last days, from search_log; the listed keys' per person as `exact` reads them."""
    per_day = 'SELECT d."user" AS who, d.searches AS n, d.zero_hits AS zero FROM search_user_days d'
    return f"""
        , listed0 AS MATERIALIZED (
            SELECT f.key AS key, f.example AS example, f.searches AS searches, f.people AS people,
                   f.zero_hits AS zero_hits
            FROM found f WHERE f.people >= MIN_GROUP
            ORDER BY f.people DESC, f.searches DESC, f.key LIMIT {limit}),
        listed_rows AS MATERIALIZED (  -- per listed key and person
            SELECT w.key AS key, w."user" AS who, w.searches AS n, w.zero_hits AS zero
            FROM listed0 k JOIN search_key_weeks w ON w.key = k.key
            JOIN bounds b ON w.week >= b.fw AND w.week < b.lm
            UNION ALL
            SELECT p.key, p.who, p.n, p.zero FROM part p WHERE p.key IN (SELECT k.key FROM listed0 k)),
        searched AS MATERIALIZED (  -- per person: the window's searches and zero hits, every query
            SELECT x.who AS who, sum(x.n) AS n, sum(x.zero) AS zero FROM (
                {per_day} WHERE {_DAYS}
                UNION ALL
                {_edges('s."user", 1, CASE WHEN s.hits = 0 THEN 1 ELSE 0 END', "1 = 1")}) x
            GROUP BY x.who),
        dropped AS (
            SELECT l.key AS key FROM listed0 l
            CROSS JOIN (SELECT count(*) AS people FROM searched s
                        LEFT JOIN (SELECT o.who AS who, sum(o.n) AS n FROM listed_rows o GROUP BY o.who) t
                          ON t.who = s.who
                        WHERE s.n > coalesce(t.n, 0)) e
            WHERE e.people > 0 AND e.people < MIN_GROUP
            ORDER BY l.people, l.searches, l.key DESC LIMIT 1),
        listed AS (SELECT * FROM listed0 l WHERE l.key NOT IN (SELECT d.key FROM dropped d)),
        zero_cut AS (
            SELECT l.key AS key FROM listed l
            CROSS JOIN (SELECT count(*) AS people FROM searched s
                        LEFT JOIN (SELECT o.who AS who, sum(o.zero) AS zero FROM listed_rows o
                                   JOIN listed k ON k.key = o.key WHERE k.zero_hits IS NOT NULL
                                   GROUP BY o.who) t ON t.who = s.who
                        WHERE s.zero > coalesce(t.zero, 0)) e
            WHERE l.zero_hits IS NOT NULL AND e.people > 0 AND e.people < MIN_GROUP
            ORDER BY l.zero_hits, l.searches, l.key LIMIT 1)
        SELECT l.key AS key, l.example AS example, l.searches AS searches, l.people AS people,
               CASE WHEN l.key NOT IN (SELECT c.key FROM zero_cut c) THEN l.zero_hits END AS zero_hits
        FROM listed l ORDER BY l.people DESC, l.searches DESC, l.key"""


RANKINGS: tuple[Aggregate, ...] = (
    Aggregate("top_searches", _ranked(_TOP, 20), _TOP.columns),
    Aggregate("gaps", _ranked(_GAPS, 200), _GAPS.columns),
    # The dashboard's first ten of the same list: the threshold of ten prunes far more keys.
    Aggregate("top_gaps", _ranked(_GAPS, 10), _GAPS.columns),
)
