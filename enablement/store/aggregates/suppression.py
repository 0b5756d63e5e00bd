"""Secondary suppression: no breakdown shown beside a total may leave out only one or two people.

Each count of a breakdown (usage per week, team, item or competitor here; searches per week and a
competitor's searches per week in `searches`, the top searches in `ranking`, on the same rule) is
shown only when MIN_GROUP people stand behind it, and the window's total is shown beside it. The total less
the shown rows is what the withheld rows hold together: "10 events; North 7" says that South's one
seller made 3. So a breakdown also withholds, per column, more of its shown rows whenever the
withheld ones together cover 1 or 2 people: the smallest shown row (fewest people, then fewest
events, then by name), whose MIN_GROUP or more people bring the withheld rows to at least MIN_GROUP.

Why hide a row, not the total (the other classic choice): one total sits beside several breakdowns
(the window's usage beside its weeks, teams, items and competitors), and a fully shown breakdown adds
up to it again; a withheld total would not stay withheld. Hiding inside each breakdown keeps every
breakdown safe beside any total, in whichever query that total is read, and on a team server inside
the same SECURITY DEFINER functions. The rows hidden are chosen so that they cannot be worked back
either: a usage row one of whose actions is withheld this way has its events withheld too (events
less the shown actions would give that action back), and when the rows whose events are withheld
still leave out only 1 or 2 people, the smallest row with shown events is withheld whole.

Across breakdowns: a competitor's usage is the usage of the items naming it, and the items breakdown
is shown beside it, so "Globex: 38 links" less the shown links of the items naming Globex is what
those items' withheld (or unlisted: the items breakdown is a top list) link cells hold together. A
competitor's cell is therefore withheld too when the items naming it leave out 1 or 2 people: per
action, the people of their withheld or unlisted cells; for its events, the people of the withheld
cells of those of its items whose events are withheld as well; for its people, those of its people
who used none of its items whose people are shown. Such a cell counts as withheld within the
competitor breakdown (its own rule above then applies) and withholds its row's events, as a cell
withheld for another row's sake does. An item naming several competitors is checked in each.

Why withhold the competitor's cell rather than one more item cell (the smallest shown item naming
it): either hides one cell and, with it, that row's events, so the two cost about as many figures;
the items breakdown is the dashboard's primary list (what marketing ranks and acts on) and keeps
every figure, and the rule runs one way: usage_competitors computes the items breakdown as
usage_items does and reads it, while usage_items never depends on the competitors, so the two
functions cannot disagree about which item cells are shown and need no fixed point in SQL.

Still open: a competitor's searches (those that found something and name it) beside the top
searches, whose searches less zero hits can be subtracted from it for the keys naming it
(test_cross_row_suppression_competitors.py, xfail). The items' found counts are no such pair: they
count searches by what they showed, not by the name typed.
"""

from __future__ import annotations

from enablement.store.aggregates.template import MIN_GROUP


def _apart(difference: str) -> str:
    """Whether `difference` (people a shown count leaves out) is none or at least MIN_GROUP: a count
    of 1 or 2 people would be told by subtracting one shown figure from another."""
    return f"(({difference}) = 0 OR ({difference}) >= MIN_GROUP)"


_PLURALS = (("preview", "previews"), ("open", "opens"), ("copy", "copies"), ("link", "links"))


def listed_all(*, per: str = "per", name: str = "listed") -> str:
    """`listed`: every group of `per` has a row (those under MIN_GROUP people with their counts NULL)."""
    return f"{name} AS (SELECT DISTINCT p.grp AS grp FROM {per} p)"


def listed_top(limit: int, *, per: str = "per", name: str = "listed") -> str:
    """`listed`: the `limit` groups of MIN_GROUP people or more with most events; the rest have no row."""
    return f"""{name} AS (
            SELECT g.grp AS grp FROM (
                SELECT p.grp AS grp, sum(p.n) AS n FROM {per} p GROUP BY p.grp
                HAVING count(DISTINCT p.person) >= {MIN_GROUP}) g
            ORDER BY g.n DESC, g.grp LIMIT {limit})"""


def usage_breakdown(
    *, prefix: str = "", per: str = "per", listed: str = "listed", crossed: bool = False
) -> str:
    """The CTEs that follow `per` (the window's usage events per `grp`, person and action, one row
    each, as `n` events) and `listed` (the groups that have a row), ending in `shown_groups`: per
    listed group its `events, people, previews, opens, copies, links`, each NULL when withheld.
    `prefix` starts the name of each CTE, so that one query can hold two breakdowns (`item_`, for
    the items a competitor's row is checked against). `crossed`: the CTEs `crossed_cells` (grp,
    action), `crossed_events` and `crossed_people` (grp) name cells withheld for another
    breakdown's sake; a crossed cell counts as withheld, and withholds its row's events too (only
    a cell that would otherwise be shown: one under MIN_GROUP people is withheld anyway, and the
    row's own rule keeps its events from giving it away).

    A group's action is withheld under MIN_GROUP people (or in an unlisted group); per action, when
    its withheld cells cover 1 or 2 people, its smallest shown cell too. A group's events are
    withheld under MIN_GROUP people, when 1 or 2 people took its withheld actions (the events less
    the shown actions), or when one of its actions was withheld for another row's sake; its people
    when 1 or 2 of them took withheld actions only. Across the rows: when the withheld actions of the
    rows whose events are withheld cover 1 or 2 people, the row with fewest events shown is withheld
    whole; when the rows whose people are withheld cover 1 or 2 people, the row with fewest people
    shown has its people withheld.

    The small CTEs read from several places are MATERIALIZED and read through joins or IN lists:
    inside the team server's functions PostgreSQL plans for any window and re-ran them per row
    (usage_items took 38 s at 100 k searches), and SQLite ran a NOT IN subquery's CTEs per column.
    """
    n = {
        name: f"{prefix}{name}"
        for name in (
            "cells", "left_out", "also_hidden", "marked", "groups", "left_over", "sacrificed", "people_cut",
            "shown_groups",
        )
    }  # fmt: skip
    everyone = "count(DISTINCT p.person)"
    only_hidden = f"{everyone} - count(DISTINCT CASE WHEN p.shown = 1 THEN p.person END)"
    any_hidden = "count(DISTINCT CASE WHEN p.shown = 0 THEN p.person END)"
    in_listed = f"p.grp IN (SELECT l.grp FROM {listed} l)"
    # A LEFT JOIN, not a correlated EXISTS: SQLite would build crossed_cells again for each cell.
    crossed_join = "LEFT JOIN crossed_cells x ON x.grp = p.grp AND x.action = p.action" if crossed else ""
    crossed_cell = "count(x.grp) > 0" if crossed else "0 = 1"
    crossed_events = "AND p.grp NOT IN (SELECT x.grp FROM crossed_events x)" if crossed else ""
    crossed_people = "AND p.grp NOT IN (SELECT x.grp FROM crossed_people x)" if crossed else ""
    actions = ",\n".join(
        f"CAST(sum(CASE WHEN p.action = '{a}' THEN p.n ELSE 0 END) AS bigint) AS {plural}, "
        f"max(CASE WHEN p.action = '{a}' THEN p.shown ELSE 0 END) AS {plural}_shown"
        for a, plural in _PLURALS
    )
    outs = ", ".join(
        f"CASE WHEN g.{plural}_shown = 1 AND s.grp IS NULL THEN g.{plural} END AS {plural}"
        for _, plural in _PLURALS
    )
    return f"""
        {n["cells"]} AS MATERIALIZED (  -- per group and action: its people (rows of per), shown or withheld
            SELECT p.grp AS grp, p.action AS action, count(*) AS people, sum(p.n) AS n,
                   CASE WHEN count(*) >= {MIN_GROUP} AND {in_listed} AND NOT {crossed_cell}
                        THEN 1 ELSE 0 END AS shown,
                   CASE WHEN {crossed_cell} AND count(*) >= {MIN_GROUP} AND {in_listed}
                        THEN 1 ELSE 0 END AS crossed
            FROM {per} p {crossed_join} GROUP BY p.grp, p.action),
        {n["left_out"]} AS (  -- per action, the people of its withheld cells
            SELECT p.action AS action, count(DISTINCT p.person) AS people
            FROM {per} p JOIN {n["cells"]} c ON c.grp = p.grp AND c.action = p.action
            WHERE c.shown = 0 GROUP BY p.action),
        {n["also_hidden"]} AS MATERIALIZED (  -- per action whose withheld cells cover 1-2 people: smallest
            SELECT x.grp AS grp, x.action AS action FROM (
                SELECT c.grp AS grp, c.action AS action,
                       row_number() OVER (PARTITION BY c.action ORDER BY c.people, c.n, c.grp) AS k
                FROM {n["cells"]} c JOIN {n["left_out"]} o ON o.action = c.action
                WHERE c.shown = 1 AND o.people < {MIN_GROUP}) x
            WHERE x.k = 1),
        {n["marked"]} AS MATERIALIZED (
            SELECT p.grp AS grp, p.person AS person, p.action AS action, p.n AS n,
                   CASE WHEN a.grp IS NULL THEN c.shown ELSE 0 END AS shown,
                   CASE WHEN a.grp IS NULL AND c.crossed = 0 THEN 0 ELSE 1 END AS also
            FROM {per} p JOIN {n["cells"]} c ON c.grp = p.grp AND c.action = p.action
            LEFT JOIN {n["also_hidden"]} a ON a.grp = p.grp AND a.action = p.action),
        {n["groups"]} AS MATERIALIZED (
            SELECT p.grp AS grp, {everyone} AS people, CAST(sum(p.n) AS bigint) AS events,
                   CASE WHEN {everyone} >= {MIN_GROUP} AND {in_listed} AND max(p.also) = 0
                        AND {_apart(any_hidden)} {crossed_events} THEN 1 ELSE 0 END AS events_shown,
                   CASE WHEN {everyone} >= {MIN_GROUP} AND {in_listed} AND {_apart(only_hidden)}
                        {crossed_people} THEN 1 ELSE 0 END AS people_shown,
                   {actions}
            FROM {n["marked"]} p GROUP BY p.grp),
        {n["left_over"]} AS MATERIALIZED (  -- once: the people behind withheld events, withheld people
            -- (IN lists, not joins: PostgreSQL's row estimates of a CTE made it loop over both)
            SELECT count(DISTINCT CASE WHEN p.shown = 0 AND p.grp IN (
                                            SELECT h.grp FROM {n["groups"]} h WHERE h.events_shown = 0)
                                       THEN p.person END) AS events_people,
                   count(DISTINCT CASE WHEN p.grp IN (
                                            SELECT h.grp FROM {n["groups"]} h WHERE h.people_shown = 0)
                                       THEN p.person END) AS people_people
            FROM {n["marked"]} p),
        {n["sacrificed"]} AS MATERIALIZED (  -- withheld actions of rows with withheld events: 1-2 people
            SELECT g.grp AS grp FROM {n["groups"]} g CROSS JOIN {n["left_over"]} o
            WHERE g.events_shown = 1 AND o.events_people > 0 AND o.events_people < {MIN_GROUP}
            ORDER BY g.events, g.grp LIMIT 1),
        {n["people_cut"]} AS MATERIALIZED (  -- the rows with withheld people cover 1 or 2 people
            SELECT g.grp AS grp FROM {n["groups"]} g CROSS JOIN {n["left_over"]} o
            WHERE g.people_shown = 1 AND o.people_people > 0 AND o.people_people < {MIN_GROUP}
            ORDER BY g.people, g.grp LIMIT 1),
        {n["shown_groups"]} AS (
            SELECT g.grp AS grp,
                   CASE WHEN g.events_shown = 1 AND s.grp IS NULL THEN g.events END AS events,
                   CASE WHEN g.people_shown = 1 AND c.grp IS NULL THEN g.people END AS people,
                   {outs}, g.events AS ranked_by
            FROM {n["groups"]} g  -- joins, not NOT IN: SQLite would read the CTEs below once per column
            LEFT JOIN {n["sacrificed"]} s ON s.grp = g.grp LEFT JOIN {n["people_cut"]} c ON c.grp = g.grp
            WHERE g.grp IN (SELECT l.grp FROM {listed} l))"""
