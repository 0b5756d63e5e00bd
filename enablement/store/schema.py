"""The database schema as SQLAlchemy Core tables, the one place that names columns.

Migrations under `migrations/versions/` create exactly these tables; a test
compares the two so they cannot drift.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("language", String(8), nullable=False, default="en"),
    Column("competitors", JSON, nullable=False),
    Column("products", JSON, nullable=False),
    Column("tags", JSON, nullable=False),
    Column("owner", String(200), nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("review_by", Date, nullable=True),
    Column("source_name", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("current_version", Integer, nullable=False),
    # The version the search index holds; differs from current_version after a
    # crash between the database commit and the index commit, and is then repaired.
    Column("indexed_version", Integer, nullable=False, default=0),
    Index("ix_items_sha256", "sha256"),
)

versions = Table(
    "versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("source_name", Text, nullable=False),
    Column("source_path", Text, nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("imported_by", String(200), nullable=False, default=""),
    # The older version this one restored (enablement.workbench.diff); NULL for an import (0010).
    Column("restored_from", Integer, nullable=True),
    UniqueConstraint("item_id", "number", name="uq_versions_item_number"),
)

units = Table(
    "units",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("number", Integer, nullable=False),
    Column("heading", Text, nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("fields", JSON, nullable=False),
    Column("codes", JSON, nullable=False),
    Column("section_type", String(32), nullable=False, default=""),
    Column("hidden", Boolean, nullable=False, default=False),
    Column("sheet", Text, nullable=False, default=""),
    Index("ix_units_item", "item_id", "number"),
)

# The units of an item's older versions: `units` holds the current version's only, and a new
# version moves the replaced units here (0010), so two versions can be compared without the
# originals being read again (enablement.workbench.diff). Versions stored before 0010 have no
# rows here; their units are extracted from the original when asked.
version_units = Table(
    "version_units",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("number", Integer, nullable=False),
    Column("heading", Text, nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("fields", JSON, nullable=False),
    Column("codes", JSON, nullable=False),
    Column("section_type", String(32), nullable=False, default=""),
    Column("hidden", Boolean, nullable=False, default=False),
    Column("sheet", Text, nullable=False, default=""),
    Index("ix_version_units_item", "item_id", "version", "number"),
)

# Every status move and "still valid" of an item, with who and when (0011): items.status is where an
# item is, this is how it got there (enablement.workbench.publishing). No foreign key: the history
# outlives a removed item. Append-only on a team server (security.py).
item_status_history = Table(
    "item_status_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", Integer, nullable=False),
    Column("action", String(16), nullable=False),  # move | verify
    Column("from_status", String(16), nullable=True),
    Column("to_status", String(16), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("review_by", Date, nullable=True),  # the review-by date a verify set
    Index("ix_item_status_history_item", "item_id", "at"),
)

# A battle card being saved right now (0012): the claim that makes "is it still the version I
# opened?" and "my save is the next version" one atomic step for two marketers on one card
# (enablement.workbench.card_library). One row per card; deleted when the save ends.
card_saves = Table(
    "card_saves",
    metadata,
    Column(
        "item_id",
        Integer,
        ForeignKey("items.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("base_version", Integer, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
)

source_files = Table(
    "source_files",
    metadata,
    Column("path", Text, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mtime_ns", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), nullable=True),
)

search_log = Table(
    "search_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("user", String(200), nullable=False, default=""),
    Column("query", Text, nullable=False),
    Column("filters", JSON, nullable=False),
    Column("hits", Integer, nullable=False),
    Column("took_ms", Float, nullable=False),
    Column("correction", Text, nullable=True),
    Column("correction_type", String(16), nullable=True),
    # The searched query (corrections applied) folded, stemmed, unique terms sorted, a compound as its
    # joined word (enablement.search.keys; recomputed by 0018); NULL before 0007.
    Column("query_key", Text, nullable=True),
    # The distinct items of the results the user saw (the first page, up to 20 ids, in their order);
    # NULL before 0016 and when nothing was shown. Summed per day and item below.
    Column("found_items", JSON(none_as_null=True), nullable=True),
    # Every column the insights aggregates read after `at`: a window is one index range scan (0008).
    Index("ix_search_log_window", "at", "user", "hits", "query_key", "query"),
    Index("ix_search_log_key", "query_key"),
    # One person's searches of one day: the day aggregate below is recomputed from them (0009).
    Index("ix_search_log_user", "user", "at"),
)

# The search log per day (UTC), normalised query and person, kept by triggers on search_log and
# usage_events in the transaction that logs the search or the usage (0009), so the dashboard's
# demand figures read a few rows per person and day instead of every search of the window; the
# partial days at the window's ends (and each week's first day) are still read from search_log.
# `key` is the grouping key of enablement.store.aggregates (query_key, or the lower-cased query);
# `unopened*` cover the searches that found nothing or whose results nobody opened (content gaps).
# Private like search_log: on a team server no group has any right on it (the triggers and the
# aggregate functions are SECURITY DEFINER).
search_days = Table(
    "search_days",
    metadata,
    Column("day", Date, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("user", String(200), primary_key=True),
    Column("searches", Integer, nullable=False),
    Column("zero_hits", Integer, nullable=False),
    Column("example", Text, nullable=False),  # max(query)
    Column("unopened", Integer, nullable=False),
    Column("unopened_example", Text, nullable=True),  # max(query) of the unopened searches
    Column("unopened_last", DateTime(timezone=True), nullable=True),  # max(at) of the unopened searches
    sqlite_with_rowid=False,
)

# The same per day and person only (all queries): the weekly search trend reads it (0009).
search_user_days = Table(
    "search_user_days",
    metadata,
    Column("day", Date, primary_key=True),
    Column("user", String(200), primary_key=True),
    Column("searches", Integer, nullable=False),
    Column("zero_hits", Integer, nullable=False),
    sqlite_with_rowid=False,
)

# The search log per ISO week (Monday, UTC), query key and person, and per week and key with its
# distinct people (0012), kept by the same triggers: demand ranks the keys by their weekly totals and
# counts people exactly only for the few keys that can still reach the top, reading their rows by key.
search_key_weeks = Table(
    "search_key_weeks",
    metadata,
    Column("key", Text, primary_key=True),
    Column("week", Date, primary_key=True),
    Column("user", String(200), primary_key=True),
    Column("searches", Integer, nullable=False),
    Column("zero_hits", Integer, nullable=False),
    Column("example", Text, nullable=False),
    Column("unopened", Integer, nullable=False),
    Column("unopened_example", Text, nullable=True),
    Column("unopened_last", DateTime(timezone=True), nullable=True),
    sqlite_with_rowid=False,
)

search_weeks = Table(
    "search_weeks",
    metadata,
    Column("week", Date, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("searches", Integer, nullable=False),
    Column("people", Integer, nullable=False),  # persons with a search of the key that week
    Column("unopened", Integer, nullable=False),
    Column("unopened_people", Integer, nullable=False),  # persons with an unopened one
    sqlite_with_rowid=False,
)


# Every query ever typed, and the searches that found something per query as typed, day (UTC) and
# person (0014), kept by a trigger on search_log: coverage matches competitor names against the
# queries once and reads only the matching queries' days. Private like search_log.
search_queries = Table(
    "search_queries",
    metadata,
    Column("query", Text, primary_key=True),
    sqlite_with_rowid=False,
)

search_query_days = Table(
    "search_query_days",
    metadata,
    Column("query", Text, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("user", String(200), primary_key=True),
    Column("searches", Integer, nullable=False),  # that found something
    sqlite_with_rowid=False,
)


# Per day (UTC) and item, the searches that showed it, and at most MIN_GROUP of the people they came
# from (0016), kept by a trigger on search_log: "never found" and the per-item found counts read a
# few thousand rows instead of unnesting every search of the window. Three people per day and item
# are enough to tell whether a window's showing searches come from three people. Private like
# search_log; a removed item's rows go with it.
item_found_days = Table(
    "item_found_days",
    metadata,
    Column("day", Date, primary_key=True),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
    Column("searches", Integer, nullable=False),
    Index("ix_item_found_days_item", "item_id"),
    sqlite_with_rowid=False,
)

item_found_people = Table(
    "item_found_people",
    metadata,
    Column("day", Date, primary_key=True),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
    Column("user", String(200), primary_key=True),
    Index("ix_item_found_people_item", "item_id"),
    sqlite_with_rowid=False,
)

# Files the importer refused, remembered by path and content so that re-importing
# an unchanged folder neither reads them again nor forgets why they were refused.
rejections = Table(
    "rejections",
    metadata,
    Column("path", Text, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mtime_ns", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    # The reason as a translatable message (enablement.messages, JSON); NULL before 0004.
    Column("reason_message", Text, nullable=True),
)


# ================================================================ voting (owned by enablement.voting)
# People, ballots, votes, their audit trail, slide comments and notifications.
# One vote per person per ballot is a UNIQUE constraint; tallies are always
# computed from `votes`, never kept in counters.

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("team", String(200), nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("name", name="uq_people_name"),
)

ballots = Table(
    "ballots",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text, nullable=False),
    Column("question", Text, nullable=False, default=""),
    Column("subject", String(16), nullable=False),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="SET NULL"), nullable=True),
    Column("product", JSON, nullable=False),
    Column("options", JSON, nullable=False),
    Column("scale", String(16), nullable=False),
    Column("negative_options", JSON, nullable=False),
    Column("reason_required", Boolean, nullable=False, default=True),
    Column("hide_totals", Boolean, nullable=False, default=True),
    Column("audience", JSON, nullable=False),
    Column("opens_at", DateTime(timezone=True), nullable=False),
    Column("closes_at", DateTime(timezone=True), nullable=True),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=True),
    Column("closed_by", String(200), nullable=True),
    Column("outcome", String(32), nullable=True),
    Column("rationale", Text, nullable=True),
    Column("decided_by", String(200), nullable=True),
    Column("decided_at", DateTime(timezone=True), nullable=True),
)

votes = Table(
    "votes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ballot_id", Integer, ForeignKey("ballots.id", ondelete="CASCADE"), nullable=False),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("option", Text, nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("team", String(200), nullable=False, default=""),
    Column("cast_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("ballot_id", "person_id", name="uq_votes_ballot_person"),
)

ballot_audit = Table(
    "ballot_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ballot_id", Integer, ForeignKey("ballots.id", ondelete="CASCADE"), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(16), nullable=False),
    Column("old_value", Text, nullable=True),
    Column("new_value", Text, nullable=True),
    Column("old_reason", Text, nullable=True),
    Column("reason", Text, nullable=True),
    Index("ix_ballot_audit_ballot", "ballot_id", "id"),
)

ballot_comments = Table(
    "ballot_comments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ballot_id", Integer, ForeignKey("ballots.id", ondelete="CASCADE"), nullable=False),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("unit_number", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_ballot_comments_ballot", "ballot_id", "unit_number"),
)

notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("ballot_id", Integer, ForeignKey("ballots.id", ondelete="CASCADE"), nullable=True),
    Column("kind", String(16), nullable=False),
    Column("message", Text, nullable=False),
    # The message as a translatable message (enablement.messages, JSON); NULL before 0004.
    Column("message_data", Text, nullable=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("read_at", DateTime(timezone=True), nullable=True),
    Index("ix_notifications_person", "person_id", "read_at"),
    # Marketing writes notifications for other people and may not read them back (row-level
    # security on a team server), so an INSERT never asks for RETURNING (a one-row insert would).
    implicit_returning=False,
)


# ================================================================ team server (owned by enablement.team)
# On PostgreSQL, triggers append a row to `change_log` for every change of an item or a
# ballot and NOTIFY `enablement_changes` with its seq, so desktops refresh what changed
# (an item's index entry, a ballot's board row) instead of polling everything.

change_log = Table(
    "change_log",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kind", String(16), nullable=False),  # 'item' | 'ballot'
    Column("ref_id", Integer, nullable=False),
    Column("op", String(8), nullable=False),  # 'upsert' | 'delete'
)

# Originals shared through a team server: desktops without the importer's blob folder read them here.
blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=True),
    Column("added_by", String(200), nullable=True),
)

# One row once `enablement team init` secured the database (enablement.team.security); empty otherwise.
team_info = Table(
    "team_info",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("installed_at", DateTime(timezone=True), nullable=False),
    Column("installed_by", String(200), nullable=False),
    Column("schema_version", String(32), nullable=False),
)


# ======================================================= the feedback loop (owned by enablement.insights)
# What sales reports from the field (intel) and says about a unit of content (feedback) is one
# kind of row, a report, so that marketing triages one inbox: state, owner, an answer the author
# is notified of, and what it led to (an item or a ballot). Every state change is a report_event.

reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("author", String(200), nullable=False),
    Column("team", String(200), nullable=False, default=""),
    Column("type", String(16), nullable=False),  # 'intel' | 'feedback'
    # intel: price, claim, objection, deal_won, deal_lost, request; feedback: helped, outdated, wrong, missing
    Column("kind", String(16), nullable=False),
    Column("competitor", String(200), nullable=False, default=""),
    Column("product", String(200), nullable=False, default=""),
    Column("outcome", String(16), nullable=True),  # won | lost | open (deals)
    Column("size_band", String(16), nullable=True),  # deal size band, e.g. 'lt1m', '1-5m', '5-20m', 'gt20m'
    Column("text", Text, nullable=False, default=""),
    Column("attachment_sha", String(64), nullable=True),
    Column("attachment_name", Text, nullable=True),
    # feedback on a unit (the item may be removed later: the report stays, the link goes)
    Column("item_id", Integer, ForeignKey("items.id", ondelete="SET NULL"), nullable=True),
    Column("item_title", Text, nullable=True),
    Column("unit_kind", String(16), nullable=True),
    Column("unit_number", Integer, nullable=True),
    # The item's version the feedback was given on (0017); NULL: intel, or sent before 0017 and
    # not placed by its backfill (an earlier version, which one is not known).
    Column("item_version", Integer, nullable=True),
    # triage
    Column("state", String(16), nullable=False, default="new"),  # new accepted planned done declined
    Column("owner", String(200), nullable=True),
    Column("answer", Text, nullable=True),
    Column("answered_at", DateTime(timezone=True), nullable=True),
    Column("answered_by", String(200), nullable=True),
    Column("led_to_kind", String(16), nullable=True),  # 'item' | 'ballot' | 'version'
    Column("led_to_id", Integer, nullable=True),  # items.id, ballots.id or versions.id
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_reports_state", "state", "at"),
    Index("ix_reports_item", "item_id"),
    Index("ix_reports_author", "author"),
)

report_events = Table(
    "report_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(16), nullable=False),  # create, state, assign, answer, link
    Column("old_value", Text, nullable=True),
    Column("new_value", Text, nullable=True),
    Index("ix_report_events_report", "report_id", "id"),
)

# What people do with content: each preview, open, copy and link of a unit. Private: a person
# sees only their own rows; everyone else sees counts over groups of at least three people.
usage_events = Table(
    "usage_events",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("person", String(200), nullable=False),
    Column("team", String(200), nullable=False, default=""),
    Column("action", String(16), nullable=False),  # preview | open | copy | link
    Column("item_id", Integer, nullable=False),  # no FK: counts outlive a removed item
    Column("unit_kind", String(16), nullable=True),
    Column("unit_number", Integer, nullable=True),
    Column("search_id", BigInteger, nullable=True),  # the search_log row that led here, if any
    # The item's version on show (0017): a unit's usage counts the current version's events only.
    Column("item_version", Integer, nullable=True),
    Index("ix_usage_events_item", "item_id", "at"),
    Index("ix_usage_events_window", "at", "person", "action", "item_id", "team"),  # as above (0008)
    Index("ix_usage_events_search", "search_id"),
    Index("ix_usage_events_person", "person", "at"),
)

# Usage events per day (UTC), person, team and action, kept by a trigger on usage_events (0013):
# the weekly usage trend and usage per team read a few rows per person and day instead of every
# event; the partial days at the window's ends are still read from usage_events. Private like it.
usage_days = Table(
    "usage_days",
    metadata,
    Column("day", Date, primary_key=True),
    Column("person", String(200), primary_key=True),
    Column("team", String(200), primary_key=True),
    Column("action", String(16), primary_key=True),
    Column("events", Integer, nullable=False),
    sqlite_with_rowid=False,
)

# Content gaps: what marketing decided about a normalised query that found nothing (or nothing
# opened). The gap list itself is computed from search_log; this table keeps the decisions.
gap_decisions = Table(
    "gap_decisions",
    metadata,
    Column("query_key", Text, primary_key=True),
    Column("state", String(16), nullable=False),  # card_planned | answered | dismissed
    Column("item_id", Integer, ForeignKey("items.id", ondelete="SET NULL"), nullable=True),
    Column("note", Text, nullable=False, default=""),
    Column("decided_by", String(200), nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=False),
)
