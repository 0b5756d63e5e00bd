"""Search aggregates: searches per week and per competitor named, and the items searches showed."""

from __future__ import annotations

from enablement.store.aggregates.template import _DAYS, _WEEK_EDGES, Aggregate, _edges, _guard


def _n_people(t: str) -> str:
    """`searches, people` of `t.n` per `t.who`, each NULL under MIN_GROUP people."""
    people = _guard(f"{t}.who", f"count(DISTINCT {t}.who)")
    return f"{_guard(f'{t}.who', f'CAST(sum({t}.n) AS bigint)')} AS searches, {people} AS people"


# Each query ever typed (search_queries, 0014) that names a competitor of the library's published
# items, with that name: lower() once per query (materialised), not once per query and name. A
# draft's competitor (a content gap's draft card, a deck on the voting board) is no competitor of
# the library yet: creating one must not rewrite past weeks' searches naming a competitor.
_NAMED = """queries AS MATERIALIZED (
            SELECT q.query AS query, lower(q.query) AS lowered FROM search_queries q),
        named AS (
            SELECT k.name AS name, q.query AS query FROM queries q
            JOIN (SELECT DISTINCT CAST(c.value AS text) AS name FROM items i EACH_COMPETITOR
                  WHERE i.status = 'published') k
              ON q.lowered LIKE '%' || lower(k.name) || '%')"""


def _zero_people(source: str) -> str:
    """Over `source` (per person `who`: `n` searches, `zero` of them found nothing): the people who
    made a search that found nothing, those who made one that found something, and the zero hits."""
    return (
        "SELECT count(DISTINCT CASE WHEN z.zero > 0 THEN z.who END) AS zero_people, "
        "count(DISTINCT CASE WHEN z.n > z.zero THEN z.who END) AS hit_people, "
        f"coalesce(sum(z.zero), 0) AS zero FROM {source} z"
    )


# Zero hits of a row `{w}` shown: made by MIN_GROUP people, and the row's searches less them (those
# that found something) made by none or MIN_GROUP people too.
_ZERO_SHOWN = "{w}.zero_people >= MIN_GROUP AND ({w}.hit_people = 0 OR {w}.hit_people >= MIN_GROUP)"
# The weeks of searches_weekly with the window's total beside them: per column (searches and people;
# zero hits), when the withheld weeks cover 1 or 2 people, the smallest shown week is withheld too
# (secondary suppression, as enablement.store.aggregates.suppression explains).
_WEEKS_SHOWN = f"""weeks AS MATERIALIZED (
            SELECT p.week AS week, count(DISTINCT p.who) AS people, sum(p.n) AS n, sum(p.zero) AS zero,
                   count(DISTINCT CASE WHEN p.zero > 0 THEN p.who END) AS zero_people,
                   count(DISTINCT CASE WHEN p.n > p.zero THEN p.who END) AS hit_people
            FROM per p GROUP BY p.week),
        cut_all AS (
            SELECT w.week AS week FROM weeks w
            CROSS JOIN (SELECT count(DISTINCT p.who) AS people FROM per p
                        JOIN weeks h ON h.week = p.week WHERE h.people < MIN_GROUP) o
            WHERE w.people >= MIN_GROUP AND o.people > 0 AND o.people < MIN_GROUP
            ORDER BY w.people, w.n, w.week LIMIT 1),
        cut_zero AS (
            SELECT w.week AS week FROM weeks w
            CROSS JOIN (SELECT count(DISTINCT p.who) AS people FROM per p JOIN weeks h ON h.week = p.week
                        WHERE p.zero > 0 AND NOT ({_ZERO_SHOWN.format(w="h")})) o
            WHERE {_ZERO_SHOWN.format(w="w")} AND o.people > 0 AND o.people < MIN_GROUP
            ORDER BY w.zero_people, w.zero, w.week LIMIT 1)"""


# A competitor's weeks beside its window (week -1), and a week's competitors beside the week's searches
# naming any: secondary suppression along both (enablement.store.aggregates.suppression). Per
# competitor whose withheld weeks cover 1 or 2 people its smallest shown week is withheld too; then
# per week whose withheld competitors (those withheld so far included) cover 1 or 2 people, its
# smallest shown competitor. Each adds a cell of MIN_GROUP people or more, so neither pass leaves a
# competitor or a week with 1 or 2 people withheld.
_COMPETITOR_WEEKS = """cells AS MATERIALIZED (
            SELECT p.name AS name, p.week AS week, count(DISTINCT p.who) AS people, sum(p.n) AS n
            FROM per p GROUP BY p.name, p.week),
        row_cut AS (
            SELECT x.name AS name, x.week AS week FROM (
                SELECT c.name AS name, c.week AS week,
                       row_number() OVER (PARTITION BY c.name ORDER BY c.people, c.n, c.week) AS k
                FROM cells c JOIN (
                    SELECT p.name AS name, count(DISTINCT p.who) AS people FROM per p
                    JOIN cells h ON h.name = p.name AND h.week = p.week
                    WHERE h.people < MIN_GROUP GROUP BY p.name) o ON o.name = c.name
                WHERE c.people >= MIN_GROUP AND o.people < MIN_GROUP) x
            WHERE x.k = 1),
        cells1 AS MATERIALIZED (
            SELECT c.name AS name, c.week AS week, c.people AS people, c.n AS n,
                   CASE WHEN c.people >= MIN_GROUP AND r.name IS NULL THEN 1 ELSE 0 END AS shown
            FROM cells c LEFT JOIN row_cut r ON r.name = c.name AND r.week = c.week),
        col_cut AS (
            SELECT x.name AS name, x.week AS week FROM (
                SELECT c.name AS name, c.week AS week,
                       row_number() OVER (PARTITION BY c.week ORDER BY c.people, c.n, c.name) AS k
                FROM cells1 c JOIN (
                    SELECT p.week AS week, count(DISTINCT p.who) AS people FROM per p
                    JOIN cells1 h ON h.name = p.name AND h.week = p.week
                    WHERE h.shown = 0 GROUP BY p.week) o ON o.week = c.week
                WHERE c.shown = 1 AND o.people < MIN_GROUP) x
            WHERE x.k = 1)"""


SEARCHES: tuple[Aggregate, ...] = (
    Aggregate(
        # Whole days inside one week from search_user_days; the days a week boundary cuts through (the
        # window's first and last among them) from search_log. Per week and person first, then the
        # weeks and the window.
        "searches_weekly",
        f"""
        WITH {_WEEK_EDGES},
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
        per AS MATERIALIZED (SELECT p.week AS week, p.who AS who, sum(p.n) AS n, sum(p.zero) AS zero
                FROM parts p GROUP BY p.week, p.who),
        {_WEEKS_SHOWN}
        SELECT w.week AS week,
               CASE WHEN w.people >= MIN_GROUP AND w.week NOT IN (SELECT c.week FROM cut_all c)
                    THEN CAST(w.n AS bigint) END AS searches,
               CASE WHEN w.people >= MIN_GROUP AND w.week NOT IN (SELECT c.week FROM cut_all c)
                    THEN CAST(w.people AS bigint) END AS people,
               CASE WHEN {_ZERO_SHOWN.format(w="w")} AND w.week NOT IN (SELECT c.week FROM cut_zero c)
                    THEN CAST(w.zero AS bigint) END AS zero_hits
        FROM weeks w
        UNION ALL
        SELECT -1, {_guard("who", "CAST(sum(n) AS bigint)")}, {_guard("who", "count(DISTINCT who)")},
               (SELECT CASE WHEN {_ZERO_SHOWN.format(w="t")} THEN CAST(t.zero AS bigint) END
                FROM ({_zero_people("per")}) t)
        FROM per""",
        "week integer, searches bigint, people bigint, zero_hits bigint",
    ),
    Aggregate(
        # Each query ever typed (search_queries, 0014) is matched against the names once; only the
        # matching queries' whole days are read from search_query_days (by query), and the
        # window's partial first and last days from search_log.
        "search_competitors",
        f"""
        WITH {_NAMED},
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
        WITH {_WEEK_EDGES},
        {_NAMED},
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
        per AS MATERIALIZED (
            SELECT m.name AS name, h.week AS week, h.who AS who, sum(h.n) AS n
            FROM named m JOIN hits h ON h.query = m.query GROUP BY m.name, h.week, h.who),
        anyone AS MATERIALIZED (
            SELECT h.week AS week, h.who AS who, sum(h.n) AS n FROM hits h GROUP BY h.week, h.who),
        any_cells AS MATERIALIZED (
            SELECT a.week AS week, count(DISTINCT a.who) AS people, sum(a.n) AS n
            FROM anyone a GROUP BY a.week),
        any_cut AS (  -- the weeks of searches naming any competitor add up to the competitors' windows
            SELECT c.week AS week FROM any_cells c
            CROSS JOIN (SELECT count(DISTINCT a.who) AS people FROM anyone a
                        JOIN any_cells h ON h.week = a.week WHERE h.people < MIN_GROUP) o
            WHERE c.people >= MIN_GROUP AND o.people > 0 AND o.people < MIN_GROUP
            ORDER BY c.people, c.n, c.week LIMIT 1),
        {_COMPETITOR_WEEKS}
        SELECT c.name AS competitor, c.week AS week,
               CASE WHEN c.shown = 1 AND c.cut = 0 THEN CAST(c.n AS bigint) END AS searches,
               CASE WHEN c.shown = 1 AND c.cut = 0 THEN CAST(c.people AS bigint) END AS people
        FROM (SELECT c.name AS name, c.week AS week, c.n AS n, c.people AS people, c.shown AS shown,
                     CASE WHEN k.name IS NULL THEN 0 ELSE 1 END AS cut
              FROM cells1 c LEFT JOIN col_cut k ON k.name = c.name AND k.week = c.week) c
        UNION ALL
        SELECT p.name, -1, {_n_people("p")} FROM per p GROUP BY p.name
        UNION ALL
        SELECT NULL, c.week,
               CASE WHEN c.people >= MIN_GROUP AND c.week NOT IN (SELECT k.week FROM any_cut k)
                    THEN CAST(c.n AS bigint) END,
               CASE WHEN c.people >= MIN_GROUP AND c.week NOT IN (SELECT k.week FROM any_cut k)
                    THEN CAST(c.people AS bigint) END
        FROM any_cells c""",
        "competitor text, week integer, searches bigint, people bigint",
        jit=False,  # estimated 2 M rows for a few thousand: 2.8 s of JIT for 0.25 s of work (200 k searches)
    ),
)
