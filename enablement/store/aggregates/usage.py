"""Usage aggregates: previews, opens, copies and links per week, item, team, competitor and unit."""

from __future__ import annotations

from enablement.store.aggregates.suppression import _PLURALS, listed_all, listed_top, usage_breakdown
from enablement.store.aggregates.template import (
    _DAYS,
    _WEEK_EDGES,
    _WINDOW_U,
    Aggregate,
    _guard,
    _usage_edges,
)

# The actions a unit's usage counts, and the column naming the people who did each.
UNIT_ACTIONS = (("preview", "previewed"), ("open", "opened"), ("copy", "copied"), ("link", "linked"))


def _apart(difference: str) -> str:
    """Whether `difference` (people a shown count leaves out) is none or at least MIN_GROUP: a count
    of 1 or 2 people would be told by subtracting one shown figure from another."""
    return f"(({difference}) = 0 OR ({difference}) >= MIN_GROUP)"


def _marked(group: str, source: str = "per") -> str:
    """`source`'s rows (one per `group`, person and action) with `shown`: 1 when the row's action in its
    group was taken by MIN_GROUP people or more, so that its own count is shown (a window function:
    the rows are unique per group, person and action, so counting rows counts people)."""
    return (
        f"SELECT p.*, CASE WHEN count(*) OVER (PARTITION BY {group}, p.action) >= MIN_GROUP "
        f"THEN 1 ELSE 0 END AS shown FROM {source} p"
    )


def _who(action: str) -> str:
    return f"CASE WHEN p.action = '{action}' THEN p.person END"


_EVERYONE = "count(DISTINCT p.person)"
# People whose every action in the group is hidden (taken by fewer than MIN_GROUP people in it).
_ONLY_HIDDEN = f"{_EVERYONE} - count(DISTINCT CASE WHEN p.shown = 1 THEN p.person END)"
# People with any hidden action: the events of hidden actions are the total less the shown counts.
_ANY_HIDDEN = "count(DISTINCT CASE WHEN p.shown = 0 THEN p.person END)"


def _action(action: str) -> str:
    plural = {"copy": "copies"}.get(action, f"{action}s")
    count = f"CAST(sum(CASE WHEN p.action = '{action}' THEN p.n ELSE 0 END) AS bigint)"
    return _guard(_who(action), count) + f" AS {plural}"


# Usage counts over `marked p` (per's rows, events per group, person and action: a few thousand
# rows where the window has a hundred thousand events), so each count(DISTINCT person) sorts the few.
# Besides each count's own group of MIN_GROUP people, no total may give away a hidden count by
# subtraction: the events are withheld when the events of hidden actions (total less the shown
# actions' events) come from 1 or 2 people, and the people when 1 or 2 of them took hidden actions only.
_USAGE_COLUMNS = ", ".join(
    [
        f"CASE WHEN {_EVERYONE} >= MIN_GROUP AND {_apart(_ANY_HIDDEN)} "
        "THEN CAST(sum(p.n) AS bigint) END AS events",
        f"CASE WHEN {_EVERYONE} >= MIN_GROUP AND {_apart(_ONLY_HIDDEN)} THEN {_EVERYONE} END AS people",
        *(_action(a) for a in ("preview", "open", "copy", "link")),
    ]
)


# A breakdown's columns (enablement.store.aggregates.suppression): beside the window's total, no row
# set withheld leaves out only 1 or 2 people.
_SHOWN = "g.events AS events, g.people AS people, g.previews, g.opens, g.copies, g.links"


def _people_who(action: str) -> str:
    """Distinct people who did `action` (in `marked p`), NULL when fewer than MIN_GROUP did."""
    return _guard(_who(action), f"count(DISTINCT {_who(action)})")


# A unit's people: each action's people shown, and the unit's people too unless a shown action's
# people fall 1 or 2 short of them ("5 people, previewed by 3": 2 did something else, which a
# hidden count would not say), or 1 or 2 people took hidden actions only.
_UNIT_PEOPLE = " AND ".join(
    [
        f"{_EVERYONE} >= MIN_GROUP",
        _apart(_ONLY_HIDDEN),
        *(
            f"(count(DISTINCT {_who(a)}) < MIN_GROUP OR {_apart(f'{_EVERYONE} - count(DISTINCT {_who(a)})')})"
            for a, _ in UNIT_ACTIONS
        ),
    ]
)
_UNIT_COLUMNS = ", ".join(
    [
        f"CASE WHEN {_UNIT_PEOPLE} THEN {_EVERYONE} END AS people",
        *(f"{_people_who(a)} AS {done}" for a, done in UNIT_ACTIONS),
    ]
)


def _usage_per(group: str, source: str = "usage_events u") -> str:
    """The window's usage events counted per `group` (as `grp`), person and action."""
    return (
        f"SELECT {group} AS grp, u.person AS person, u.action AS action, count(*) AS n "
        f"FROM {source} WHERE u.at >= :since AND u.at <= :now GROUP BY {group}, u.person, u.action"
    )


# Whether an item's cell of the action `p.action` is shown in its row `s` of item_shown_groups.
_CELL_SHOWN = " ".join(f"WHEN p.action = '{a}' AND s.{plural} IS NOT NULL THEN 1" for a, plural in _PLURALS)

# The items breakdown (as usage_items shows it, top list included) beside the competitors' `per`
# (derived from the items' own: a competitor's events are those of the items naming it, each item
# once per name), and the competitor cells that subtracting the shown item cells would narrow
# down to 1 or 2 people: per action, the people of the withheld or unlisted cells of the items
# naming the competitor (`crossed_cells`); for its events, those of the items whose events are
# withheld too (`crossed_events`); for its people, its people who used no item naming it whose
# people are shown (`crossed_people`).
_ITEMS_BESIDE = f"""item_per AS MATERIALIZED ({_usage_per("u.item_id")}),
        {listed_top(50, per="item_per", name="item_listed")},
        {usage_breakdown(prefix="item_", per="item_per", listed="item_listed")},
        named AS MATERIALIZED (
            SELECT DISTINCT i.id AS item_id, CAST(c.value AS text) AS grp FROM items i EACH_COMPETITOR
            WHERE i.id IN (SELECT p.grp FROM item_per p)),
        per AS MATERIALIZED (
            SELECT m.grp AS grp, p.person AS person, p.action AS action, sum(p.n) AS n
            FROM item_per p JOIN named m ON m.item_id = p.grp GROUP BY m.grp, p.person, p.action),
        item_rows AS MATERIALIZED (  -- per competitor, item, person and action: is the item cell shown
            SELECT m.grp AS grp, p.person AS person, p.action AS action,
                   CASE {_CELL_SHOWN}
                        ELSE 0 END AS cell_shown,
                   CASE WHEN s.events IS NOT NULL THEN 1 ELSE 0 END AS events_shown,
                   CASE WHEN s.people IS NOT NULL THEN 1 ELSE 0 END AS people_shown
            FROM item_per p JOIN named m ON m.item_id = p.grp
            LEFT JOIN item_shown_groups s ON s.grp = p.grp),
        crossed_cells AS MATERIALIZED (
            SELECT r.grp AS grp, r.action AS action FROM item_rows r WHERE r.cell_shown = 0
            GROUP BY r.grp, r.action HAVING count(DISTINCT r.person) < MIN_GROUP),
        crossed_events AS MATERIALIZED (
            SELECT r.grp AS grp FROM item_rows r WHERE r.cell_shown = 0 AND r.events_shown = 0
            GROUP BY r.grp HAVING count(DISTINCT r.person) < MIN_GROUP),
        crossed_people AS MATERIALIZED (
            SELECT x.grp AS grp FROM (
                SELECT r.grp AS grp, r.person AS person FROM item_rows r
                GROUP BY r.grp, r.person HAVING max(r.people_shown) = 0) x
            GROUP BY x.grp HAVING count(*) < MIN_GROUP)"""

_USAGE_TYPES = "events bigint, people bigint, previews bigint, opens bigint, copies bigint, links bigint"


USAGE: tuple[Aggregate, ...] = (
    Aggregate(
        # Whole days inside one week from usage_days (0013); the days a week boundary cuts through
        # (and the window's partial first and last days) from usage_events, as searches_weekly does.
        "usage_weekly",
        f"""
        WITH {_WEEK_EDGES},
        raw AS (
            {_usage_edges("u.at AS at, u.person AS person, u.action AS action")}
            UNION ALL
            SELECT u.at, u.person, u.action FROM edge e
            JOIN usage_events u ON u.at >= DAY_START(e.day) AND u.at < DAY_END(e.day)
            WHERE e.day > DAYOF(:since)),
        per AS MATERIALIZED (
            SELECT x.grp AS grp, x.person AS person, x.action AS action, sum(x.n) AS n
            FROM (SELECT WEEK(NOON(d.day)) AS grp, d.person AS person, d.action AS action, d.events AS n
                  FROM usage_days d WHERE {_DAYS} AND DAYS(DAYOF(:now), d.day) % 7 <> 0
                  UNION ALL
                  SELECT WEEK(r.at), r.person, r.action, 1 FROM raw r) x
            GROUP BY x.grp, x.person, x.action),
        whole AS (  -- the window (week -1), whose actions are shown or withheld on their own
            SELECT -1 AS grp, p.person AS person, p.action AS action, sum(p.n) AS n FROM per p
            GROUP BY p.person, p.action),
        whole_marked AS ({_marked("p.grp", "whole")}),
        {listed_all()},{usage_breakdown()}
        SELECT g.grp AS week, {_SHOWN} FROM shown_groups g
        UNION ALL
        SELECT p.grp, {_USAGE_COLUMNS} FROM whole_marked p GROUP BY p.grp""",
        f"week integer, {_USAGE_TYPES}",
    ),
    Aggregate(
        "usage_items",
        f"""
        WITH per AS MATERIALIZED ({_usage_per("u.item_id")}), {listed_top(50)},{usage_breakdown()}
        SELECT g.grp AS item_id, {_SHOWN} FROM shown_groups g ORDER BY g.ranked_by DESC, g.grp""",
        f"item_id integer, {_USAGE_TYPES}",
    ),
    Aggregate(
        # Whole days from usage_days (0013), the window's partial first and last days from usage_events.
        "usage_teams",
        f"""
        WITH per AS MATERIALIZED (
            SELECT coalesce(x.grp, '') AS grp, x.person AS person, x.action AS action, sum(x.n) AS n
            FROM (SELECT d.team AS grp, d.person AS person, d.action AS action, d.events AS n
                  FROM usage_days d WHERE {_DAYS}
                  UNION ALL
                  {_usage_edges("u.team, u.person, u.action, 1")}) x
            GROUP BY coalesce(x.grp, ''), x.person, x.action),
        {listed_all()},{usage_breakdown()}
        SELECT CAST(g.grp AS text) AS team, {_SHOWN} FROM shown_groups g""",
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
            GROUP BY coalesce(u.unit_kind, ''), u.unit_number, u.person, u.action),
        marked AS ({_marked("p.kind, p.num")})
        SELECT CAST(p.kind AS text) AS unit_kind, CAST(p.num AS integer) AS unit_number, {_UNIT_COLUMNS}
        FROM marked p GROUP BY p.kind, p.num HAVING count(DISTINCT p.person) >= MIN_GROUP""",
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
        # A competitor's row is checked against the items breakdown too (computed here as
        # usage_items computes it): enablement.store.aggregates.suppression, "Across breakdowns".
        "usage_competitors",
        f"""
        WITH {_ITEMS_BESIDE},
        {listed_all()},{usage_breakdown(crossed=True)}
        SELECT CAST(g.grp AS text) AS competitor, {_SHOWN} FROM shown_groups g""",
        f"competitor text, {_USAGE_TYPES}",
        jit=False,  # 0.2 s of JIT compiling for 0.15 s of work (100 k searches)
    ),
)
