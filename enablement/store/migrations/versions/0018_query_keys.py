"""Query keys that bring spelling variants of one name together: stored keys recomputed.

Why: the search log's key (`search_log.query_key`) kept a hyphenated word's parts beside its joined
form, so "Wi-Fi 7", "wifi 7" and "wi fi 7", or "Альфа-Софт", "АльфаСофт" and "альфа софт", had
different keys: three people who typed three variants never met under one key and their content
gap never reached three people. enablement.search.keys now keys a compound by its joined form,
spells look-alike Cyrillic letters of a code in Latin ("к-300r" = "K300R") and joins two words typed
apart when their joined form is a known compound (its docstring says exactly when).

What changes here: every keyed search-log line gets its new key (enablement.search.rekey: in
Python, batched by id, with the key's two indexes made again afterwards; lines logged before
0007 keep no key); the gap decisions follow their
searches to the new keys, duplicates merged, the newest decision winning; and the summaries that
group by key (`search_days` of 0009, `search_key_weeks` and `search_weeks` of 0012) are rebuilt
from the log with the statements those revisions backfilled them with (copied here as they wrote
them). Nothing is rebuilt when no key changed. The insert triggers are untouched: new lines
arrive with new keys. Downgrade keeps the new keys (the old ones cannot be told back apart).

The import of enablement.search from the store is the one exception to the store's layer rule
(pyproject.toml, import-linter): the key is what the search service logs, and a copy here would
drift from it.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

from alembic import op

from enablement.search.rekey import rekey_decisions, rekey_search_log

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_KEY = "coalesce(s.query_key, lower(s.query))"
_UNOPENED = "(s.hits = 0 OR NOT EXISTS (SELECT 1 FROM usage_events o WHERE o.search_id = s.id))"
_PG_DAY = "CAST(timezone('UTC', s.at) AS date)"
_SQLITE_DAY = "date(s.at)"
_PG_WEEK = f"({_PG_DAY} - CAST(extract(isodow FROM {_PG_DAY}) AS integer) + 1)"
_SQLITE_WEEK = "date(s.at, 'weekday 0', '-6 days')"
_SUMS = f"""count(*), sum(CASE WHEN s.hits = 0 THEN 1 ELSE 0 END), max(s.query),
            sum(CASE WHEN {_UNOPENED} THEN 1 ELSE 0 END), max(CASE WHEN {_UNOPENED} THEN s.query END),
            max(CASE WHEN {_UNOPENED} THEN s.at END)"""
_COLUMNS = "searches, zero_hits, example, unopened, unopened_example, unopened_last"


def _rebuild(day: str, week: str) -> list[str]:
    """The statements that empty and refill the keyed summaries from the log (0009, 0012)."""
    return [
        "DELETE FROM search_days",
        f"""INSERT INTO search_days (day, key, "user", {_COLUMNS})
            SELECT {day}, {_KEY}, s."user", {_SUMS} FROM search_log s GROUP BY {day}, {_KEY}, s."user\"""",
        "DELETE FROM search_weeks",
        "DELETE FROM search_key_weeks",
        f"""INSERT INTO search_key_weeks (key, week, "user", {_COLUMNS})
            SELECT {_KEY}, {week}, s."user", {_SUMS} FROM search_log s GROUP BY {_KEY}, {week}, s."user\"""",
        """INSERT INTO search_weeks (week, key, searches, people, unopened, unopened_people)
           SELECT w.week, w.key, sum(w.searches), count(*), sum(w.unopened),
                  sum(CASE WHEN w.unopened > 0 THEN 1 ELSE 0 END)
           FROM search_key_weeks w GROUP BY w.week, w.key""",
    ]


# The search log's indexes that hold the key (0007, 0008): dropped while the lines are re-keyed
# and made again after (a million updated lines take 7 s instead of 40 s on SQLite).
_KEY_INDEXES = (
    ("ix_search_log_window", ["at", "user", "hits", "query_key", "query"]),
    ("ix_search_log_key", ["query_key"]),
)


def upgrade() -> None:
    bind = op.get_bind()
    for name, _ in _KEY_INDEXES:
        op.drop_index(name, "search_log")
    rekeyed = rekey_search_log(bind)
    for name, columns in _KEY_INDEXES:
        op.create_index(name, "search_log", columns)
    rekey_decisions(bind, rekeyed.moved)
    if not rekeyed.lines:
        return
    postgres = bind.dialect.name == "postgresql"
    for statement in _rebuild(*((_PG_DAY, _PG_WEEK) if postgres else (_SQLITE_DAY, _SQLITE_WEEK))):
        op.execute(statement)


def downgrade() -> None:
    """Nothing to undo in the schema; the keys stay as 0018 made them (the old ones are lost)."""
