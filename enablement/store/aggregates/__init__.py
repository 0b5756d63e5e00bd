"""The aggregate queries over people's private rows, written once for SQLite and PostgreSQL.

Search-log lines, usage events, votes and reports belong to people. The shared numbers
(enablement.insights) read them only through the queries below, which group the rows and blank
every count that covers fewer than `MIN_GROUP` distinct people, so no result row says what one
person did. On a single-user library (or a PostgreSQL library without team rules) the insights
service runs them directly; on a team database `enablement.team.security` installs each one as a
SECURITY DEFINER function `enablement_insights_<name>(p_now, p_since)` with the very same text,
so a seller reads the numbers without reading anyone's rows, and cannot lower the threshold.

The queries live by subject: searches (`searches`), the ranked query lists (`ranking`), usage
(`usage`), ballots and reports (`voice`); `template` holds the markers they are written in and
renders them per dialect. `phrasing` is the one query over search_log that hands out typed text
(how a gap's key was typed, only when enough people typed it); it is no window aggregate, so it
stands apart (the function `enablement_gap_example(p_key)` on a team server).
"""

from __future__ import annotations

from enablement.store.aggregates.phrasing import GAP_EXAMPLE_FUNCTION, gap_example_sql
from enablement.store.aggregates.ranking import GAP_MIN_UNSERVED, GAP_UNSERVED_PERCENT, RANKINGS
from enablement.store.aggregates.searches import SEARCHES
from enablement.store.aggregates.template import (
    MIN_GROUP,
    Aggregate,
    function_name,
    function_signature,
    render,
)
from enablement.store.aggregates.usage import UNIT_ACTIONS, USAGE
from enablement.store.aggregates.voice import VOICE

__all__ = [
    "AGGREGATES",
    "GAP_EXAMPLE_FUNCTION",
    "GAP_MIN_UNSERVED",
    "GAP_UNSERVED_PERCENT",
    "MIN_GROUP",
    "UNIT_ACTIONS",
    "Aggregate",
    "function_name",
    "function_signature",
    "gap_example_sql",
    "render",
]

AGGREGATES: tuple[Aggregate, ...] = SEARCHES + RANKINGS + USAGE + VOICE
