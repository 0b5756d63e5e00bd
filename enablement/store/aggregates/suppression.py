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
"""

from __future__ import annotations

from enablement.store.aggregates.template import MIN_GROUP


def _apart(difference: str) -> str:
    """Whether `difference` (people a shown count leaves out) is none or at least MIN_GROUP: a count
    of 1 or 2 people would be told by subtracting one shown figure from another."""
    return f"(({difference}) = 0 OR ({difference}) >= MIN_GROUP)"


_PLURALS = (("preview", "previews"), ("open", "opens"), ("copy", "copies"), ("link", "links"))


def listed_all() -> str:
    """`listed`: every group of `per` has a row (those under MIN_GROUP people with their counts NULL)."""
    return "listed AS (SELECT DISTINCT p.grp AS grp FROM per p)"


def listed_top(limit: int) -> str:
    """`listed`: the `limit` groups of MIN_GROUP people or more with most events; the rest have no row."""
    return f"""listed AS (
            SELECT g.grp AS grp FROM (
                SELECT p.grp AS grp, sum(p.n) AS n FROM per p GROUP BY p.grp
                HAVING count(DISTINCT p.person) >= {MIN_GROUP}) g
            ORDER BY g.n DESC, g.grp LIMIT {limit})"""


def usage_breakdown() -> str:
    """The CTEs that follow `per` (the window's usage events per `grp`, person and action, one row
    each, as `n` events) and `listed` (the groups that have a row), ending in `shown_groups`: per
    listed group its `events, people, previews, opens, copies, links`, each NULL when withheld.

    A group's action is withheld under MIN_GROUP people (or in an unlisted group); per action, when
    its withheld cells cover 1 or 2 people, its smallest shown cell too. A group's events are
    withheld under MIN_GROUP people, when 1 or 2 people took its withheld actions (the events less
    the shown actions), or when one of its actions was withheld for another row's sake; its people
    when 1 or 2 of them took withheld actions only. Across the rows: when the withheld actions of the
    rows whose events are withheld cover 1 or 2 people, the row with fewest events shown is withheld
    whole; when the rows whose people are withheld cover 1 or 2 people, the row with fewest people
    shown has its people withheld.
    """
    everyone = "count(DISTINCT p.person)"
    only_hidden = f"{everyone} - count(DISTINCT CASE WHEN p.shown = 1 THEN p.person END)"
    any_hidden = "count(DISTINCT CASE WHEN p.shown = 0 THEN p.person END)"
    listed = "p.grp IN (SELECT l.grp FROM listed l)"
    actions = ",\n".join(
        f"CAST(sum(CASE WHEN p.action = '{a}' THEN p.n ELSE 0 END) AS bigint) AS {plural}, "
        f"max(CASE WHEN p.action = '{a}' THEN p.shown ELSE 0 END) AS {plural}_shown"
        for a, plural in _PLURALS
    )
    outs = ", ".join(
        f"CASE WHEN g.{plural}_shown = 1 AND g.grp NOT IN (SELECT s.grp FROM sacrificed s) "
        f"THEN g.{plural} END AS {plural}"
        for _, plural in _PLURALS
    )
    return f"""
        cells AS MATERIALIZED (  -- per group and action: its people (rows of per), shown or withheld
            SELECT p.grp AS grp, p.action AS action, count(*) AS people, sum(p.n) AS n,
                   CASE WHEN count(*) >= {MIN_GROUP} AND {listed} THEN 1 ELSE 0 END AS shown
            FROM per p GROUP BY p.grp, p.action),
        left_out AS (  -- per action, the people of its withheld cells
            SELECT p.action AS action, count(DISTINCT p.person) AS people
            FROM per p JOIN cells c ON c.grp = p.grp AND c.action = p.action
            WHERE c.shown = 0 GROUP BY p.action),
        also_hidden AS (  -- per action whose withheld cells cover 1 or 2 people: its smallest shown cell
            SELECT x.grp AS grp, x.action AS action FROM (
                SELECT c.grp AS grp, c.action AS action,
                       row_number() OVER (PARTITION BY c.action ORDER BY c.people, c.n, c.grp) AS k
                FROM cells c JOIN left_out o ON o.action = c.action
                WHERE c.shown = 1 AND o.people < {MIN_GROUP}) x
            WHERE x.k = 1),
        marked AS MATERIALIZED (
            SELECT p.grp AS grp, p.person AS person, p.action AS action, p.n AS n,
                   CASE WHEN a.grp IS NULL THEN c.shown ELSE 0 END AS shown,
                   CASE WHEN a.grp IS NULL THEN 0 ELSE 1 END AS also
            FROM per p JOIN cells c ON c.grp = p.grp AND c.action = p.action
            LEFT JOIN also_hidden a ON a.grp = p.grp AND a.action = p.action),
        groups AS MATERIALIZED (
            SELECT p.grp AS grp, {everyone} AS people, CAST(sum(p.n) AS bigint) AS events,
                   CASE WHEN {everyone} >= {MIN_GROUP} AND {listed} AND max(p.also) = 0
                        AND {_apart(any_hidden)} THEN 1 ELSE 0 END AS events_shown,
                   CASE WHEN {everyone} >= {MIN_GROUP} AND {listed} AND {_apart(only_hidden)}
                        THEN 1 ELSE 0 END AS people_shown,
                   {actions}
            FROM marked p GROUP BY p.grp),
        sacrificed AS (  -- the withheld actions of rows with withheld events cover 1 or 2 people
            SELECT g.grp AS grp FROM groups g
            CROSS JOIN (SELECT count(DISTINCT p.person) AS people FROM marked p
                        JOIN groups h ON h.grp = p.grp WHERE h.events_shown = 0 AND p.shown = 0) o
            WHERE g.events_shown = 1 AND o.people > 0 AND o.people < {MIN_GROUP}
            ORDER BY g.events, g.grp LIMIT 1),
        people_cut AS (  -- the rows with withheld people cover 1 or 2 people
            SELECT g.grp AS grp FROM groups g
            CROSS JOIN (SELECT count(DISTINCT p.person) AS people FROM marked p
                        JOIN groups h ON h.grp = p.grp WHERE h.people_shown = 0) o
            WHERE g.people_shown = 1 AND o.people > 0 AND o.people < {MIN_GROUP}
            ORDER BY g.people, g.grp LIMIT 1),
        shown_groups AS (
            SELECT g.grp AS grp,
                   CASE WHEN g.events_shown = 1 AND g.grp NOT IN (SELECT s.grp FROM sacrificed s)
                        THEN g.events END AS events,
                   CASE WHEN g.people_shown = 1 AND g.grp NOT IN (SELECT s.grp FROM people_cut s)
                        THEN g.people END AS people,
                   {outs}, g.events AS ranked_by
            FROM groups g WHERE g.grp IN (SELECT l.grp FROM listed l))"""
