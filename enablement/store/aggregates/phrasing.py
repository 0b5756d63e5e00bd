"""How people typed a normalised query, handed out only when enough people typed it.

A gap's key ("роутер цен": corrected, folded and stemmed) makes a poor card title; the way people
typed it ("Роутер цены") makes a good one. But a typed query is one person's words, and a key only
one or two people searched would tell who looked for what. So the phrasing (the latest search of
the key) is given only when at least MIN_GROUP distinct people searched the key; otherwise NULL,
and the caller uses the key itself.

One text for every database: a single-user library (SQLite, or PostgreSQL without team rules) runs
it with `:key` bound; a team server installs it as the SECURITY DEFINER function
`enablement_gap_example(p_key)` (enablement.team.security), so a marketer planning a card reads no
search_log row but their own.
"""

from __future__ import annotations

from enablement.store.aggregates.template import MIN_GROUP

GAP_EXAMPLE_FUNCTION = "enablement_gap_example"

# Counting stops at MIN_GROUP people (DISTINCT … LIMIT), so a popular key is not counted in full.
_GAP_EXAMPLE = """
    SELECT CASE
        WHEN (SELECT count(*) FROM (SELECT DISTINCT s."user" FROM search_log s
                                    WHERE s.query_key = :key LIMIT MIN_GROUP) AS p) >= MIN_GROUP
        THEN (SELECT s.query FROM search_log s WHERE s.query_key = :key
              ORDER BY s.at DESC, s.id DESC LIMIT 1)
    END AS example"""


def gap_example_sql(*, function: bool = False) -> str:
    """The query (bound `:key`), or with `function` the body of `enablement_gap_example(p_key text)`."""
    sql = _GAP_EXAMPLE.replace("MIN_GROUP", str(MIN_GROUP))
    return sql.replace(":key", "p_key") if function else sql
