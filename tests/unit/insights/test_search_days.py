"""search_days (migration 0009), search_weeks / search_key_weeks (0012), usage_days (0013) and
search_queries / search_query_days (0014) agree with the raw logs, and the demand, coverage and
usage figures equal what the SQL they replaced (reading every row of the window) gives.

The history is written the ways rows arrive (one-row inserts as the app logs, multi-row inserts as
a bulk load; usage events naming searches, several for one search, some for searches that found
nothing), then the table is compared with a recomputation from search_log and usage_events, and
the aggregates with the raw-log SQL they replaced, over windows that start and end at any time of
day (midnight included) and over several weeks.
"""

from __future__ import annotations

import importlib.util
import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.store import Library, schema
from enablement.store.aggregates import AGGREGATES, Aggregate, render
from tests.unit.insights.conftest import store_item

START = datetime(2026, 9, 1, tzinfo=UTC)
USERS = [f"user{n}" for n in range(12)]
TEAMS = {u: ("North", "North", "South", "South", "South", "East", "")[n % 7] for n, u in enumerate(USERS)}
ACTIONS = ["preview", "preview", "open", "copy", "link"]
QUERIES = [
    ("цена роутера", "роутер цен"),
    ("Роутер цены", "роутер цен"),
    ("globex", "globex"),
    ("Globex", "globex"),
    ("huawei", "huawei"),
    ("лизинг", None),  # logged before query keys existed: grouped by lower(query)
    ("Лизинг", None),
    ("", None),
    ("sla", "sla"),
    ("Acme pricing", "acme pric"),  # names a competitor; its typo below does not, though keyed the same
    ("Acm pricing", "acme pric"),
]
# Many more keys, Zipf-like: the first ones searched by anyone, the next by their own few people;
# "burst" is searched often, every week, by three people only (its weekly people add up far above
# its three: counted exactly, it falls below the bar); and many rare keys, a few searches each,
# below the bar: the ranking leaves them out without counting their people.
TOPICS = [
    (f"topic {n}", f"topic {n}", USERS if n < 25 else USERS[: 1 + n % 5], 1 / (n + 1)) for n in range(50)
]
TOPICS.append(("burst", "burst", USERS[:3], 0.5))
TOPICS += [(f"rare {n}", f"rare {n}", USERS, 0.02) for n in range(150)]
# Needs the library never meets: every search of them finds nothing, so everyone who searched them
# is unserved (the gap list's top, a bar most keys cannot reach).
NEVER_FOUND = {"huawei", "", *(f"topic {n}" for n in range(1, 24, 2))}

# The raw-log SQL of the figures before migration 0009 (commit 730abf4), the reference.
_KEY = "coalesce(s.query_key, lower(s.query))"
_ZERO = "sum(CASE WHEN s.hits = 0 THEN 1 ELSE 0 END)"
_WINDOW = "s.at >= :since AND s.at <= :now"
_PER = f"SELECT {_KEY} AS key, max(s.query) AS example, count(*) AS n, {_ZERO} AS zero"
_GUARD = "CASE WHEN count(DISTINCT {0}) >= 3 THEN {1} END"
# A key's zero hits: made by 3 people or more, and its other searches by none or 3 or more.
_ZERO_HITS = (
    "CASE WHEN sum(CASE WHEN p.zero > 0 THEN 1 ELSE 0 END) >= 3 "
    "AND sum(CASE WHEN p.n > p.zero THEN 1 ELSE 0 END) NOT IN (1, 2) THEN CAST(sum(p.zero) AS bigint) END"
)


# Usage: the window's raw events per group, person and action; the minimum-group and subtraction
# rules are applied to them in Python (`_usage_reference`), apart from the SQL under test.
_WINDOW_U = "u.at >= :since AND u.at <= :now"
_RAW_USAGE = {
    "usage_weekly": "WEEK(u.at)",
    "usage_items": "u.item_id",
    "usage_teams": "CAST(u.team AS text)",
    "usage_competitors": "CAST(c.value AS text)",
}


def _usage_reference(
    library: Library, conn: sa.Connection, name: str, now: datetime, since: datetime
) -> list[Any]:
    """Per group: events, people, previews, opens, copies, links; an action's count shown when 3
    people or more took it, the events when 0 or 3+ people took hidden actions, the people when 0
    or 3+ people took hidden actions only (and 3 or more in all)."""
    source = "usage_events u" + (
        " JOIN items i ON i.id = u.item_id EACH_COMPETITOR" if name == "usage_competitors" else ""
    )
    group = _RAW_USAGE[name]
    raw = _rows(
        library,
        conn,
        f"SELECT {group}, u.person, u.action, count(*) FROM {source} WHERE {_WINDOW_U} "
        f"GROUP BY {group}, u.person, u.action",
        now,
        since,
    )
    groups: dict[Any, list[tuple[str, str, int]]] = defaultdict(list)
    for grp, person, action, n in raw:
        groups[grp].append((person, action, int(n)))
    out = _suppressed(groups, name)
    if name == "usage_weekly":  # the window, its own rules only, beside its weeks
        window: dict[Any, list[tuple[str, str, int]]] = defaultdict(list)
        for _, person, action, n in raw:
            window[-1].append((person, action, int(n)))
        out += _suppressed(window, "usage_window")
    return out


def _suppressed(groups: dict[Any, list[tuple[str, str, int]]], name: str) -> list[Any]:
    """Each group's row with its counts of fewer than 3 people withheld (and, within the row, the
    totals that would give them away), then secondary suppression across the rows: per action, when
    the withheld cells cover 1 or 2 people, the shown cell of fewest people (then events, then
    group) too, and its row's events; when the withheld actions of the rows with withheld events
    cover 1 or 2 people, the row of fewest events shown whole; when the rows with withheld people
    cover 1 or 2 people, the people of the row of fewest people shown."""
    actions = ("preview", "open", "copy", "link")
    cells = {(g, a): {p for p, act, _ in rows if act == a} for g, rows in groups.items() for a in actions}
    sums = {(g, a): sum(n for _, act, n in rows if act == a) for g, rows in groups.items() for a in actions}
    events = {g: sum(n for _, _, n in rows) for g, rows in groups.items()}
    people = {g: {p for p, _, _ in rows} for g, rows in groups.items()}
    listed = {g for g in groups if len(people[g]) >= 3}
    big = sorted(listed, key=lambda g: (-events[g], g))
    listed = set(big[:50]) if name == "usage_items" else set(groups)
    shown = {c: len(who) >= 3 and c[0] in listed for c, who in cells.items() if who}
    also = set()
    for a in actions if name != "usage_window" else ():
        left = set().union(*(cells[c] for c, ok in shown.items() if c[1] == a and not ok))
        if 0 < len(left) < 3:
            candidates = [c for c, ok in shown.items() if c[1] == a and ok]
            if candidates:
                smallest = min(candidates, key=lambda c: (len(cells[c]), sums[c], c[0]))
                shown[smallest] = False
                also.add(smallest[0])

    def hidden_people(g: Any) -> set[str]:
        return set().union(*(cells[c] for c, ok in shown.items() if c[0] == g and not ok))

    def apart(n: int) -> bool:
        return n not in (1, 2)

    events_ok = {
        g for g in groups
        if len(people[g]) >= 3 and g in listed and g not in also and apart(len(hidden_people(g)))
    }  # fmt: skip
    people_ok = {
        g for g in groups if len(people[g]) >= 3 and g in listed
        and apart(len(people[g] - set().union(*(cells[c] for c, ok in shown.items() if c[0] == g and ok))))
    }  # fmt: skip
    sacrificed = set()
    if name != "usage_window":
        left = set().union(*(hidden_people(g) for g in groups if g not in events_ok))
        if 0 < len(left) < 3 and events_ok:
            sacrificed.add(min(events_ok, key=lambda g: (events[g], g)))
        left = set().union(*(people[g] for g in groups if g not in people_ok))
        if 0 < len(left) < 3 and people_ok:
            people_ok.discard(min(people_ok, key=lambda g: (len(people[g]), g)))
    out = [
        (
            g,
            events[g] if g in events_ok and g not in sacrificed else None,
            len(people[g]) if g in people_ok else None,
            *(sums[g, a] if shown.get((g, a)) and g not in sacrificed else None for a in actions),
            events[g],
        )
        for g in groups
        if g in listed
    ]
    if name == "usage_items":  # listed for 3 people or more, by events, at most 50
        out.sort(key=lambda r: (-r[-1], r[0]))
    return [r[:-1] for r in out]


REFERENCE = {
    "search_competitors": f"""
        WITH per AS (
            SELECT s.query AS query, s."user" AS who, count(*) AS n FROM search_log s
            WHERE {_WINDOW} AND s.hits > 0 GROUP BY s.query, s."user"),
        named AS (
            SELECT k.name AS name, t.query AS query FROM (SELECT DISTINCT query FROM per) t
            JOIN (SELECT DISTINCT CAST(c.value AS text) AS name FROM items i EACH_COMPETITOR) k
              ON lower(t.query) LIKE '%' || lower(k.name) || '%')
        SELECT m.name AS competitor, {_GUARD.format("p.who", "CAST(sum(p.n) AS bigint)")} AS searches,
               {_GUARD.format("p.who", "count(DISTINCT p.who)")} AS people
        FROM named m JOIN per p ON p.query = m.query GROUP BY m.name""",
    "search_competitors_weekly": f"""
        WITH per AS (
            SELECT s.query AS query, WEEK(s.at) AS week, s."user" AS who, count(*) AS n FROM search_log s
            WHERE {_WINDOW} AND s.hits > 0 GROUP BY s.query, WEEK(s.at), s."user"),
        named AS (
            SELECT k.name AS name, t.query AS query FROM (SELECT DISTINCT query FROM per) t
            JOIN (SELECT DISTINCT CAST(c.value AS text) AS name FROM items i EACH_COMPETITOR) k
              ON lower(t.query) LIKE '%' || lower(k.name) || '%'),
        pn AS (SELECT m.name AS name, p.week AS week, p.who AS who, sum(p.n) AS n
               FROM named m JOIN per p ON p.query = m.query GROUP BY m.name, p.week, p.who),
        pa AS (SELECT p.week AS week, p.who AS who, sum(p.n) AS n FROM per p
               WHERE p.query IN (SELECT m.query FROM named m) GROUP BY p.week, p.who)
        SELECT name, week, who, n FROM pn
        UNION ALL
        SELECT NULL, week, who, n FROM pa""",
    # Per week and person; the weeks' rules are applied in Python (`_searches_weekly`).
    "searches_weekly": f"""
        SELECT WEEK(s.at) AS week, s."user" AS who, count(*) AS n, {_ZERO} AS zero
        FROM search_log s WHERE {_WINDOW} GROUP BY WEEK(s.at), s."user\"""",
    "top_searches": f"""
        SELECT p.key AS key, max(p.example) AS example, CAST(sum(p.n) AS bigint) AS searches,
               count(*) AS people, {_ZERO_HITS} AS zero_hits
        FROM ({_PER} FROM search_log s WHERE {_WINDOW} AND s.query <> '' GROUP BY {_KEY}, s."user") p
        GROUP BY p.key HAVING count(*) >= 3
        ORDER BY people DESC, searches DESC, key LIMIT 20""",
    # Per key and person: their searches that found nothing or were left unopened (n) of all
    # their searches (total); unserved when n = total. A gap: at least 3 unserved people, and at
    # least half of everyone who searched the key.
    "gaps": f"""
        SELECT p.key AS key, max(p.example) AS example, CAST(sum(p.n) AS bigint) AS searches,
               sum(CASE WHEN p.n = p.total THEN 1 ELSE 0 END) AS people,
               CASE WHEN count(*) - sum(CASE WHEN p.n = p.total THEN 1 ELSE 0 END) NOT IN (1, 2)
                    THEN count(*) END AS searchers,  -- 1 or 2 served: withheld
               {_ZERO_HITS} AS zero_hits, DAYOF(max(p.last_seen)) AS last_seen
        FROM (SELECT x.key AS key, x.who AS who, max(CASE WHEN x.unopened = 1 THEN x.query END) AS example,
                     sum(x.unopened) AS n, count(*) AS total, sum(x.zero) AS zero,
                     max(CASE WHEN x.unopened = 1 THEN x.at END) AS last_seen
              FROM (SELECT {_KEY} AS key, s."user" AS who, s.query AS query, s.at AS at,
                           CASE WHEN s.hits = 0 THEN 1 ELSE 0 END AS zero,
                           CASE WHEN s.hits = 0 OR NOT EXISTS (
                               SELECT 1 FROM usage_events o WHERE o.search_id = s.id)
                           THEN 1 ELSE 0 END AS unopened
                    FROM search_log s WHERE {_WINDOW} AND s.query <> '') x
              GROUP BY x.key, x.who) p
        WHERE NOT EXISTS (SELECT 1 FROM gap_decisions d WHERE d.query_key = p.key)
        GROUP BY p.key
        HAVING sum(CASE WHEN p.n = p.total THEN 1 ELSE 0 END) >= 3
           AND 2 * sum(CASE WHEN p.n = p.total THEN 1 ELSE 0 END) >= count(*)
        ORDER BY people DESC, searches DESC, key LIMIT 200""",
}


def _searches_weekly(raw: list[Any]) -> list[Any]:
    """searches_weekly from (week, who, n, zero): per week and the window (-1) the searches and
    people of 3 people or more, the zero hits of 3 or more with the rest by none or 3 or more; and
    across the weeks, when the withheld ones cover 1 or 2 people, the smallest shown week too (its
    searches and people, by people, searches, week; its zero hits by their people, zero hits, week)."""
    weeks: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for week, who, n, zero in raw:
        weeks[week].append((who, int(n), int(zero)))

    def row(rows: list[tuple[str, int, int]]) -> tuple[set[str], int, set[str], int, bool]:
        zeroes = {w for w, _, z in rows if z > 0}
        hits = {w for w, n, z in rows if n > z}
        zero_ok = len(zeroes) >= 3 and len(hits) not in (1, 2)
        return (
            {w for w, _, _ in rows},
            sum(n for _, n, _ in rows),
            zeroes,
            sum(z for _, _, z in rows),
            zero_ok,
        )

    rows = {week: row(r) for week, r in weeks.items()}
    cut_all = cut_zero = None
    left = set().union(*(r[0] for r in rows.values() if len(r[0]) < 3))
    if 0 < len(left) < 3:
        big = [w for w, r in rows.items() if len(r[0]) >= 3]
        cut_all = None if not big else min(big, key=lambda w: (len(rows[w][0]), rows[w][1], w))
    left = set().union(*(r[2] for r in rows.values() if not r[4]))
    if 0 < len(left) < 3:
        zero_ok = [w for w, r in rows.items() if r[4]]
        cut_zero = None if not zero_ok else min(zero_ok, key=lambda w: (len(rows[w][2]), rows[w][3], w))
    out = [
        (
            w,
            r[1] if len(r[0]) >= 3 and w != cut_all else None,
            len(r[0]) if len(r[0]) >= 3 and w != cut_all else None,
            r[3] if r[4] and w != cut_zero else None,
        )
        for w, r in rows.items()
    ]
    whole = row([x for r in weeks.values() for x in r])
    window = (whole[1], len(whole[0])) if len(whole[0]) >= 3 else (None, None)
    return [*out, (-1, *window, whole[3] if whole[4] else None)]


def _competitor_weeks(raw: list[Any]) -> list[Any]:
    """search_competitors_weekly from (name or None, week, who, n): cells of 3 people or more; per
    competitor (and for any competitor) when its withheld weeks cover 1 or 2 people its smallest
    shown week too; then per week when its withheld competitors cover 1 or 2 people its smallest
    shown competitor; the competitors' windows (-1) of 3 people or more."""
    cells: dict[tuple[Any, int], dict[str, int]] = defaultdict(dict)
    for name, week, who, n in raw:
        cells[name, week][who] = cells[name, week].get(who, 0) + int(n)

    def size(c: tuple[Any, int]) -> tuple[int, int]:
        return len(cells[c]), sum(cells[c].values())

    shown = {c: len(who) >= 3 for c, who in cells.items()}
    for name in {c[0] for c in cells}:
        mine = [c for c in cells if c[0] == name]
        left = set().union(*(cells[c] for c in mine if not shown[c]))
        big = [c for c in mine if shown[c]]
        if 0 < len(left) < 3 and big:
            shown[min(big, key=lambda c: (*size(c), c[1]))] = False
    cut = set()
    for week in {c[1] for c in cells}:
        mine = [c for c in cells if c[1] == week and c[0] is not None]
        left = set().union(*(cells[c] for c in mine if not shown[c]))
        big = [c for c in mine if shown[c]]
        if 0 < len(left) < 3 and big:
            cut.add(min(big, key=lambda c: (*size(c), c[0])))
    out: list[Any] = [
        (c[0], c[1], *(size(c) if shown[c] and c not in cut else (None, None))[::-1]) for c in cells
    ]
    for name in {c[0] for c in cells if c[0] is not None}:
        who: set[str] = set().union(*(cells[c] for c in cells if c[0] == name))
        n = sum(sum(cells[c].values()) for c in cells if c[0] == name)
        out.append((name, -1, *((n, len(who)) if len(who) >= 3 else (None, None))))
    return out


REFERENCE["top_gaps"] = REFERENCE["gaps"].replace("LIMIT 200", "LIMIT 10")


def _migration(name: str = "0009_search_days") -> Any:
    path = Path(__file__).parents[3] / f"enablement/store/migrations/versions/{name}.py"
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fill(library: Library, rng: random.Random) -> None:
    """About 2,000 searches over six weeks (the first ones one by one), then usage events."""
    rows = []
    for _ in range(2000):
        if rng.random() < 0.5:
            query, key = rng.choice(QUERIES)
            user = rng.choice(USERS)
        else:
            query, key, people, _ = rng.choices(TOPICS, weights=[t[3] for t in TOPICS])[0]
            user = rng.choice(people)
        at = START + timedelta(seconds=rng.randrange(42 * 86400))
        if rng.random() < 0.05:
            at = at.replace(hour=0, minute=0, second=0, microsecond=0)  # on the stroke of midnight
        hits = 0 if query in NEVER_FOUND or rng.random() < 0.1 else rng.randrange(1, 9)
        rows.append(
            {"at": at, "user": user, "query": query, "filters": {}, "hits": hits, "took_ms": 1.0,
             "query_key": key}
        )  # fmt: skip
    with library.transaction() as conn:
        for row in rows[:200]:
            conn.execute(sa.insert(schema.search_log).values(**row))
        conn.execute(sa.insert(schema.search_log), rows[200:1500])
    with library.transaction() as conn:
        conn.execute(sa.insert(schema.search_log), rows[1500:])
        conn.execute(sa.insert(schema.gap_decisions).values(
            query_key="sla", state="dismissed", note="", decided_by="m", decided_at=START))  # fmt: skip
    items = [
        store_item(library, f"Card {n}", competitors=names)
        for n, names in enumerate([["Globex"], ["Globex", "Acme"], ["Acme"], [], ["Initech"]])
    ]
    with library.reading() as conn:
        searches = conn.execute(sa.select(schema.search_log.c.id, schema.search_log.c.at)).all()
    events = []
    for search_id, at in rng.sample(searches, 900) + rng.sample(searches, 300):
        person = rng.choice(USERS)
        events.append(
            {"at": at + timedelta(seconds=30), "person": person, "team": TEAMS[person],
             "action": rng.choice(ACTIONS), "item_id": rng.choice(items),
             "search_id": search_id if rng.random() < 0.8 else None}
        )  # fmt: skip
    with library.transaction() as conn:
        for event in events[:100]:
            conn.execute(sa.insert(schema.usage_events).values(**event))
        conn.execute(sa.insert(schema.usage_events), events[100:800])
    with library.transaction() as conn:
        conn.execute(sa.insert(schema.usage_events), events[800:])


def _tables(conn: sa.Connection) -> list[tuple[Any, ...]]:
    d, u = schema.search_days, schema.search_user_days
    return [
        *((*r[:8], _moment(r[8])) for r in conn.execute(sa.select(d).order_by(d.c.day, d.c.key, d.c.user))),
        *(tuple(r) for r in conn.execute(sa.select(u).order_by(u.c.day, u.c.user))),
    ]


def _moment(value: Any) -> Any:
    if isinstance(value, str) and value[:2] == "20":  # SQLite's text timestamps
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def _rows(library: Library, conn: sa.Connection, template: str, now: datetime, since: datetime) -> list[Any]:
    dialect = "sqlite" if library.is_sqlite else "postgresql"
    sql = render(Aggregate("x", template, ""), dialect)
    params = {"now": now, "since": since}
    statement = sa.text(sql).bindparams(
        sa.bindparam("now", type_=sa.DateTime(timezone=True)),
        sa.bindparam("since", type_=sa.DateTime(timezone=True)),
    )
    return [tuple(_moment(v) for v in r) for r in conn.execute(statement, params)]


_PASSES = ("ranked", "found", "more_keys")  # keys ranked, counted exactly, counted in the second pass


def _head(template: str) -> str:
    """A ranking's CTEs up to `found`, without what reads it (the top searches' list beside the total)."""
    if ", listed0 AS" in template:
        return template[: template.index(", listed0 AS")]
    return template[: template.rindex("SELECT", 0, template.rindex("FROM found f WHERE"))]


def _cte_size(library: Library, conn: sa.Connection, name: str, cte: str, now: datetime, weeks: int) -> int:
    template = next(a.template for a in AGGREGATES if a.name == name)
    head = _head(template)
    return int(
        _rows(library, conn, f"{head} SELECT count(*) FROM {cte}", now, now - timedelta(weeks=weeks))[0][0]
    )


def test_search_days_agrees_with_a_recomputation_from_the_log(library: Library) -> None:
    _fill(library, random.Random(7))
    with library.transaction() as conn:
        kept = _tables(conn)
        conn.execute(sa.delete(schema.search_days))
        conn.execute(sa.delete(schema.search_user_days))
        day = "date(s.at)" if library.is_sqlite else "CAST(timezone('UTC', s.at) AS date)"
        for statement in _migration()._backfill(day):  # what migration 0009 fills them with
            conn.exec_driver_sql(statement)
        assert _tables(conn) == kept
    days = [r for r in kept if len(r) == 9]
    assert len(days) > 300 and any(r[6] == 0 for r in days) and any(r[6] < r[3] for r in days)
    assert sum(r[3] for r in days) == sum(r[2] for r in kept if len(r) == 4) == 2000
    assert any(r[6] == 0 for r in days if r[4] == 0), "searches were opened"


def _week_tables(conn: sa.Connection) -> list[tuple[Any, ...]]:
    k, w = schema.search_key_weeks, schema.search_weeks
    return [
        *((*r[:8], _moment(r[8])) for r in conn.execute(sa.select(k).order_by(k.c.key, k.c.week, k.c.user))),
        *(tuple(r) for r in conn.execute(sa.select(w).order_by(w.c.week, w.c.key))),
    ]


def test_search_weeks_and_usage_days_agree_with_a_recomputation_from_the_logs(library: Library) -> None:
    """What the triggers kept (one-row and multi-row inserts, first and later usage events naming a
    search) is what migrations 0012, 0013 and 0014 compute from the logs in one go."""
    _fill(library, random.Random(5))
    with library.transaction() as conn:
        kept = _week_tables(conn)
        conn.execute(sa.delete(schema.search_key_weeks))
        conn.execute(sa.delete(schema.search_weeks))
        migration = _migration("0012_search_weeks")
        week = migration._SQLITE_WEEK if library.is_sqlite else migration._pg_week("s.at")
        for statement in migration._backfill(week.format("s.at")):
            conn.exec_driver_sql(statement)
        assert _week_tables(conn) == kept
    usage = sa.select(schema.usage_days).order_by(*schema.usage_days.c)
    with library.transaction() as conn:
        kept_usage = [tuple(r) for r in conn.execute(usage)]
        conn.execute(sa.delete(schema.usage_days))
        day = "date(u.at)" if library.is_sqlite else "CAST(timezone('UTC', u.at) AS date)"
        conn.exec_driver_sql(_migration("0013_usage_days")._backfill(day))
        assert [tuple(r) for r in conn.execute(usage)] == kept_usage
    assert sum(r[4] for r in kept_usage) == 1200 and len(kept_usage) < 1200
    queries = (sa.select(schema.search_queries).order_by(*schema.search_queries.c),
               sa.select(schema.search_query_days).order_by(*schema.search_query_days.c))  # fmt: skip
    with library.transaction() as conn:
        kept_queries = [[tuple(r) for r in conn.execute(q)] for q in queries]
        conn.execute(sa.delete(schema.search_queries))
        conn.execute(sa.delete(schema.search_query_days))
        day = "date(s.at)" if library.is_sqlite else "CAST(timezone('UTC', s.at) AS date)"
        for statement in _migration("0014_search_query_days")._backfill(day):
            conn.exec_driver_sql(statement)
        assert [[tuple(r) for r in conn.execute(q)] for q in queries] == kept_queries
        found = conn.execute(sa.select(sa.func.count()).where(schema.search_log.c.hits > 0)).scalar_one()
    assert sum(r[3] for r in kept_queries[1]) == found and len(kept_queries[0]) > 100
    persons = [r for r in kept if len(r) == 9]
    weeks = [r for r in kept if len(r) == 6]
    assert {str(r[0]) for r in weeks} >= {"2026-08-31", "2026-09-07", "2026-10-05"}  # Mondays
    assert sum(r[2] for r in weeks) == sum(r[3] for r in persons) == 2000
    assert any(0 < r[5] < r[3] for r in weeks), "some people's searches were all opened"
    assert any(0 < r[4] < r[2] for r in weeks), "some searches were opened"


@pytest.mark.parametrize(
    ("now", "weeks"),
    [
        (datetime(2026, 10, 9, 13, 17, 5, 250000, tzinfo=UTC), 8),
        (datetime(2026, 10, 9, 0, 0, tzinfo=UTC), 2),  # midnight: no partial day at either end
        (datetime(2026, 10, 1, 23, 59, 59, tzinfo=UTC), 1),
        (datetime(2026, 10, 14, 6, 0, tzinfo=UTC), 5),
    ],
)
def test_demand_and_usage_figures_equal_the_raw_log_sql(library: Library, now: datetime, weeks: int) -> None:
    _fill(library, random.Random(11))
    by_name = {a.name: a for a in AGGREGATES}
    windows = [(now, now - timedelta(weeks=weeks)), (now, now - timedelta(days=10, hours=5)), (now, now)]
    with library.reading() as conn:
        for name in [*_RAW_USAGE, *REFERENCE]:
            found = 0
            for end, since in windows:
                got = _rows(library, conn, by_name[name].template, end, since)
                if name in _RAW_USAGE:
                    want = _usage_reference(library, conn, name, end, since)
                elif name == "search_competitors_weekly":
                    want = _competitor_weeks(_rows(library, conn, REFERENCE[name], end, since))
                elif name == "searches_weekly":
                    want = _searches_weekly(_rows(library, conn, REFERENCE[name], end, since))
                else:
                    want = _rows(library, conn, REFERENCE[name], end, since)
                assert sorted(got, key=repr) == sorted(want, key=repr), (name, end, since)
                unordered = (
                    "searches_weekly",
                    "search_competitors_weekly",
                    "usage_weekly",
                    "usage_teams",
                    "usage_competitors",
                )  # UNION ALL of groups
                assert got == want or name in unordered, "the same order too"
                found += len(want)
            assert found, name  # the windows hold something to compare
        if weeks >= 5:  # the data makes them prune
            ranked, counted, more = (_cte_size(library, conn, "top_searches", c, now, weeks) for c in _PASSES)
            assert more > 0 and counted < ranked, (ranked, counted, more)
            # The gap ranking leaves out, uncounted, keys too well answered to reach the share
            # (their unserved people bounded under half of a week's searchers).
            bounded = _cte_size(library, conn, "top_gaps", "totals t WHERE t.bound >= 3", now, weeks)
            ranked = _cte_size(library, conn, "top_gaps", "ranked", now, weeks)
            assert 0 < ranked < bounded, (ranked, bounded)


def _fill_answered(library: Library, rng: random.Random) -> None:
    """Keys of every kind for the share rule: frequent ones most of whose searchers opened a result
    (high bounds, no gap), real gaps of a few people, and mixed ones near half."""
    item = store_item(library, "Card")
    rows: list[dict[str, Any]] = []
    opened: list[int] = []
    for n in range(60):
        key = f"need {n}"
        served = 0.9 if n < 30 else (0.0 if n < 45 else 0.5)  # answered, gaps, around half
        for user in rng.sample(USERS, 3 + (9 if n < 30 else n % 9)):
            serve = rng.random() < served
            for k in range(rng.randrange(1, 5) + (3 if n < 30 else 0)):
                hits = 0 if not serve and rng.random() < 0.3 else 3
                at = START + timedelta(seconds=rng.randrange(42 * 86400))
                rows.append({"at": at, "user": user, "query": key, "filters": {}, "hits": hits,
                             "took_ms": 1.0, "query_key": key})  # fmt: skip
                if serve and k == 0:
                    opened.append(len(rows) - 1)
    with library.transaction() as conn:
        conn.execute(sa.insert(schema.search_log), rows)
        log = schema.search_log
        ids = {_moment(r.at): r.id for r in conn.execute(sa.select(log.c.at, log.c.id))}
        conn.execute(
            sa.insert(schema.usage_events),
            [{"at": rows[i]["at"] + timedelta(seconds=5), "person": rows[i]["user"], "team": "",
              "action": "open", "item_id": item, "search_id": ids[rows[i]["at"]]} for i in opened],
        )  # fmt: skip


def test_the_gap_ranking_counts_in_three_passes_and_equals_the_raw_log_sql(library: Library) -> None:
    """The first keys by bound are frequent and answered: too few of them are gaps for a bar, so
    the ranking counts the next ones (and then those still reaching the bar). Whatever pass finds
    them, the gaps are those of the raw-log SQL."""
    from enablement.store.aggregates.ranking import _GAPS, _ranked

    _fill_answered(library, random.Random(3))
    now = datetime(2026, 10, 12, 15, 30, tzinfo=UTC)
    passes: dict[str, int] = {}
    with library.reading() as conn:
        for limit in (1, 2, 3, 5, 8):
            template = _ranked(_GAPS, limit)
            for weeks in (6, 4, 2):
                since = now - timedelta(weeks=weeks)
                got = _rows(library, conn, template, now, since)
                want = _rows(
                    library, conn, REFERENCE["gaps"].replace("LIMIT 200", f"LIMIT {limit}"), now, since
                )
                assert got == want and want, (limit, weeks)
                head = _head(template)
                for cte in ("next_keys", "more_keys"):
                    size = _rows(library, conn, f"{head} SELECT count(*) FROM {cte}", now, since)[0][0]
                    passes[cte] = passes.get(cte, 0) + int(size)
    assert passes["next_keys"] > 0 and passes["more_keys"] > 0, passes
