"""The rules of a team database, enforced by PostgreSQL itself.

`install_security(conn)` turns a migrated library database into a team database:
whoever holds its URL is no longer "anyone" — each person signs in as their own
login, a member of one of three group roles, and the database's grants, row-level
security policies, SECURITY DEFINER functions and triggers decide what they may do,
whatever client they use (the app, the CLI or plain psql).

    enablement_admin      ⊇ enablement_marketing ⊇ enablement_sales    (group roles, NOLOGIN)

* sales reads the library (items, versions, units, older versions' units, source files,
  rejections, blobs, change log), ballots, people and slide comments, and changes none of them (no import,
  publish, archive or removal; no ballot created, closed or decided). A seller casts
  and changes only their own vote (`votes.person_id` is the `people` row named
  `current_user`), deletes none, and reads no other vote directly: the
  SECURITY DEFINER function `enablement_ballot_votes(ballot_id)` hands out all votes of
  a ballot once its totals are visible (not hidden, or closed, or decided) and only
  the caller's own before; `enablement_ballot_turnout(ballot_id)` and
  `enablement_turnouts()` count votes, which is always visible. A vote on a ballot
  that is closed or decided is refused by a trigger, which also takes the
  ballot's row lock (a close waits for running votes, and no vote slips in after it).
  The trigger also refuses a voter outside the ballot's audience and an option that is not
  the ballot's, writes the voter's team from `people` (the team breakdown cannot be forged) and
  stamps `cast_at`/`updated_at` with the server's clock. A deferred constraint trigger refuses,
  at commit, a vote cast or changed without its `ballot_audit` line in the same transaction.
  The service refuses a vote before `opens_at`; the trigger does not, so that a desktop whose
  clock runs a little ahead of the server's is not refused a just-opened ballot.
* marketing also imports, publishes, archives and removes items, creates, edits,
  closes and decides ballots, reads every vote, and notifies anyone.
* admin also adds, changes and removes people (and their logins; see accounts.py), only
  through the SECURITY DEFINER functions `enablement_create_login`, `enablement_set_password`,
  `enablement_set_role`, `enablement_drop_login` (and `enablement_end_sessions`). An admin
  login has no role attribute (NOCREATEROLE) and no ADMIN OPTION on the groups: with
  CREATEROLE it could re-password any non-superuser of the cluster and grant itself
  pg_execute_server_program. The functions touch only logins that are members of the three
  groups, have a profile here and hold nothing else (no attribute, no other role), never a
  superuser or a group, and take only SCRAM verifiers (the password never reaches the server).
* `ballot_audit` is append-only for everyone, the owner included: rows are inserted
  only with `actor = current_user`, and a trigger refuses UPDATE, DELETE and TRUNCATE.
  So a ballot that has audit rows can never be deleted (the foreign key would cascade
  into the audit trail); close it instead.
* `notifications`: a person reads and marks read only their own; marketing writes them.
* `search_log`: each person logs only as themselves and reads only their own lines, marketing and
  admin included (a search is one person's activity). Planning a gap as a card wants how people
  typed its key: `enablement_gap_example(p_key)` (marketing's) hands out the latest phrasing only
  when at least three people searched the key, else NULL (the card takes the key itself).
  `search_days` and `search_user_days` (the log summed per day, migration 0009), `search_weeks`
  and `search_key_weeks` (per week, 0012), `usage_days` (usage per day, 0013), `search_queries`
  and `search_query_days` (0014) and `item_found_days` / `item_found_people` (the items searches
  showed, per day, 0016) follow the logs
  through SECURITY DEFINER triggers on search_log and usage_events: no group has any right on
  them, so a login changes them only by logging a search or a usage event, and reads them only
  through the aggregate functions below.
* `usage_events` (previews, opens, copies, links): each person records and reads only their
  own, marketing included. For every team login (sellers, marketing, admin) a trigger writes the
  server's clock and the recorder's team from `people` and refuses an action the app does not
  record (enablement.team.report_rules); only who is no team
  login (the owner, a superuser seeding a benchmark) writes rows as given. Nobody reads anyone
  else's: the shared numbers come from the SECURITY DEFINER functions
  `enablement_insights_<name>(p_now, p_since)`, the aggregates of enablement.store.aggregates,
  which blank every count covering fewer than three people.
* `gap_decisions`: marketing decides about content gaps; everyone reads the decisions.
* `reports` (field intel and content feedback): a seller inserts reports only as themselves
  (`author = current_user`), in state 'new' with no triage field set, and reads only their own;
  marketing reads all and updates only the triage columns (state, owner, answer, link); the owner
  it names is a marketer or an admin of `people` (a policy's WITH CHECK). Nobody
  deletes a report (a trigger refuses DELETE and TRUNCATE, the owner included); a trigger writes
  the author's team from `people`. For every team login, enablement.team.report_rules holds the
  app's own rules: the server's clock, known values, an attachment the app accepts whose blob is
  here; triage only by the app's moves (done and declined are final), an answer credited to its
  answerer now, and at commit each change with its history line (an answer with its
  notification, a decline with its reason). The item's version a feedback report is about (`item_version`,
  0017) is written with the report and is no triage column, so marketing cannot rewrite it; the
  same column on `usage_events` is the recorder's, and `enablement_insights_usage_units` counts only
  the item's current version, fixed in its text rather than taken as a parameter. Feedback
  roll-ups are marketing's (sellers see their own rows).
* `item_status_history` (publishing: enablement.workbench.publishing) is append-only: marketing
  inserts lines only as themselves, everyone reads them; items.status itself is marketing's.
* `card_saves` (a battle card being saved, enablement.workbench.card_library) is marketing's:
  sellers save no cards, so they have no right on it at all.
* `report_events` is append-only like `ballot_audit`: rows are inserted only with
  `actor = current_user`, by marketing or by the report's author; the author reads their own
  reports' events, marketing all. A line takes the server's clock; the create line is written once,
  with the report; a triage line describes a change made in the same transaction (report_rules).
* `blobs`: sellers may add an original (an intel attachment), and a trigger checks its bytes
  against its sha256 (content addressing cannot be poisoned) and records who added it.
* `items.indexed_version` is one machine's index bookkeeping; in team mode desktops do
  not write it (enablement.search keeps its index state in the index folder).

* CONNECT on the team database is revoked from PUBLIC and granted to each team login (by
  `enablement_create_login`, and on every run to the logins that have a profile here), so a
  login of another team database on the same cluster cannot even connect.

Everything is idempotent (roles are created if missing, grants reset, policies and
functions replaced), so the owner re-runs it after every migration: a table added
later has no grant until then. A row in `team_info` marks the database as a team one.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection

from enablement.store.aggregates import (
    AGGREGATES,
    GAP_EXAMPLE_FUNCTION,
    function_signature,
    gap_example_sql,
    render,
)
from enablement.store.library import team_database
from enablement.team.report_rules import (
    REPORT_CONSTRAINT_TRIGGERS,
    REPORT_TRIGGER_FUNCTIONS,
    REPORT_TRIGGERS,
)
from enablement.team.roles import ADMIN, GROUPS, MARKETING, SALES

__all__ = ["ADMIN", "GROUPS", "MARKETING", "NAME_PATTERN", "SALES", "install_security", "is_team_database"]

# The columns of a report that only triage (marketing) writes.
_TRIAGE = ("state", "owner", "answer", "answered_at", "answered_by", "led_to_kind", "led_to_id", "updated_at")
# Table rights per group; a group also has its parent's (admin ⊇ marketing ⊇ sales).
_LIBRARY = ("items", "versions", "units", "version_units", "source_files", "rejections", "blobs")
_GRANTS: dict[str, list[str]] = {
    SALES: [
        *(f"SELECT ON {t}" for t in _LIBRARY),
        "SELECT ON change_log, ballots, people, ballot_comments, team_info, alembic_version",
        "SELECT, INSERT, UPDATE ON votes",
        "INSERT, UPDATE, DELETE ON ballot_comments",
        "SELECT, INSERT ON ballot_audit",
        "SELECT, UPDATE (read_at) ON notifications",
        "SELECT, INSERT ON search_log",
        "SELECT, INSERT ON usage_events",
        "SELECT ON gap_decisions",
        "SELECT, INSERT ON reports, report_events",
        "SELECT ON item_status_history",
        # Attachments to intel: content-addressed, so a trigger checks the bytes against the hash.
        "INSERT ON blobs",
    ],
    MARKETING: [
        *(f"INSERT, UPDATE, DELETE ON {t}" for t in _LIBRARY),
        "INSERT, UPDATE, DELETE ON ballots",
        "INSERT ON notifications",
        "INSERT, UPDATE, DELETE ON gap_decisions",
        f"UPDATE ({', '.join(_TRIAGE)}) ON reports",
        "INSERT ON item_status_history",  # append-only, as themselves (policy and triggers below)
        "SELECT, INSERT, DELETE ON card_saves",  # a battle card being saved (card_library's claim)
    ],
    ADMIN: ["INSERT, UPDATE, DELETE ON people"],
}
# Tables whose rows belong to people: row-level security, forced even on the owner.
_RLS_TABLES = (
    "votes",
    "ballot_comments",
    "ballot_audit",
    "notifications",
    "search_log",
    "usage_events",
    "reports",
    "report_events",
    "item_status_history",
)
_ME = "(SELECT p.id FROM people p WHERE p.name = current_user)"
_MANAGER = f"pg_has_role(current_user, '{MARKETING}', 'MEMBER')"
_MY_REPORTS = "(SELECT r.id FROM reports r WHERE r.author = current_user)"
_UNTRIAGED = " AND ".join(
    ["state = 'new'", *(f"{c} IS NULL" for c in _TRIAGE if c not in ("state", "updated_at"))]
)
# A report's owner is a marketer or an admin (or nobody): a seller owner could not triage it.
_MARKETING_OWNER = (
    "(owner IS NULL OR owner IN (SELECT p.name FROM people p WHERE p.role IN ('marketing', 'admin')))"
)
_POLICIES = [
    # (table, name, command, USING, WITH CHECK)
    ("votes", "votes_read", "SELECT", f"person_id = {_ME} OR {_MANAGER}", None),
    ("votes", "votes_cast", "INSERT", None, f"person_id = {_ME}"),
    ("votes", "votes_change", "UPDATE", f"person_id = {_ME}", f"person_id = {_ME}"),
    ("ballot_comments", "comments_read", "SELECT", "true", None),
    ("ballot_comments", "comments_write", "INSERT", None, f"person_id = {_ME}"),
    ("ballot_comments", "comments_edit", "UPDATE", f"person_id = {_ME}", f"person_id = {_ME}"),
    ("ballot_comments", "comments_delete", "DELETE", f"person_id = {_ME}", None),
    ("ballot_audit", "audit_read", "SELECT", f"actor = current_user OR {_MANAGER}", None),
    ("ballot_audit", "audit_write", "INSERT", None, "actor = current_user"),
    ("notifications", "notifications_read", "SELECT", f"person_id = {_ME}", None),
    ("notifications", "notifications_mark", "UPDATE", f"person_id = {_ME}", f"person_id = {_ME}"),
    ("notifications", "notifications_send", "INSERT", None, _MANAGER),
    ("search_log", "search_log_read", "SELECT", '"user" = current_user', None),
    ("search_log", "search_log_write", "INSERT", None, '"user" = current_user'),
    ("usage_events", "usage_read", "SELECT", "person = current_user", None),
    ("usage_events", "usage_write", "INSERT", None, "person = current_user"),
    ("reports", "reports_read", "SELECT", f"author = current_user OR {_MANAGER}", None),
    ("reports", "reports_send", "INSERT", None, f"author = current_user AND {_UNTRIAGED}"),
    ("reports", "reports_triage", "UPDATE", _MANAGER, f"{_MANAGER} AND {_MARKETING_OWNER}"),
    ("item_status_history", "status_history_read", "SELECT", "true", None),
    ("item_status_history", "status_history_write", "INSERT", None, f"actor = current_user AND {_MANAGER}"),
    ("report_events", "report_events_read", "SELECT", f"{_MANAGER} OR report_id IN {_MY_REPORTS}", None),
    (
        "report_events",
        "report_events_write",
        "INSERT",
        None,
        # A seller writes only the line that creates their own report; the rest of the history
        # (state, owner, answer, link) is triage's, so nobody forges "marketing answered".
        f"actor = current_user AND ({_MANAGER} OR (report_id IN {_MY_REPORTS} AND action = 'create'))",
    ),
]

# The caller of a SECURITY DEFINER function is its session_user (current_user is the owner there).
_VISIBLE = f"""
    pg_has_role(session_user, '{MARKETING}', 'MEMBER')
    OR NOT b.hide_totals
    OR b.closed_at IS NOT NULL
    OR (b.closes_at IS NOT NULL AND b.closes_at <= now())
    OR b.outcome IS NOT NULL"""

_FUNCTIONS = [
    (
        "enablement_ballot_votes(ballot_id integer)",
        """RETURNS TABLE (option text, reason text, team varchar, name varchar, person_id integer,
                          updated_at timestamptz)
        LANGUAGE plpgsql STABLE""",
        f"""
        DECLARE
            visible boolean;
        BEGIN
            SELECT {_VISIBLE} INTO visible FROM ballots b WHERE b.id = enablement_ballot_votes.ballot_id;
            RETURN QUERY
                SELECT v.option, v.reason, v.team, p.name, p.id, v.updated_at
                FROM votes v JOIN people p ON p.id = v.person_id
                WHERE v.ballot_id = enablement_ballot_votes.ballot_id
                  AND (coalesce(visible, false) OR p.name = session_user)
                ORDER BY v.updated_at, v.id;
        END""",
    ),
    (
        "enablement_ballot_turnout(ballot_id integer)",
        "RETURNS integer LANGUAGE sql STABLE",
        "SELECT count(*)::integer FROM votes v WHERE v.ballot_id = enablement_ballot_turnout.ballot_id",
    ),
    (
        "enablement_turnouts()",
        "RETURNS TABLE (ballot_id integer, votes integer) LANGUAGE sql STABLE",
        "SELECT v.ballot_id, count(*)::integer FROM votes v GROUP BY v.ballot_id",
    ),
    (
        f"{GAP_EXAMPLE_FUNCTION}(p_key text)",
        "RETURNS text LANGUAGE sql STABLE",
        gap_example_sql(function=True),
    ),
]
# Functions only marketing (and admin) may call; the rest are every group's.
_MARKETING_FUNCTIONS = (GAP_EXAMPLE_FUNCTION,)

# Login names, as enablement.team.accounts checks them (and never pg_…, enablement_… or public).
NAME_PATTERN = r"^[a-z_][a-z0-9_.-]{0,62}$"
_GROUP_LIST = ", ".join(f"'{g}'" for g in GROUPS)
_CALLER_IS_ADMIN = f"""
            IF NOT pg_has_role(session_user, '{ADMIN}', 'MEMBER') THEN
                RAISE EXCEPTION 'only a team admin can manage people'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;"""
_VALID_NAME = f"""
            IF p_name IS NULL OR p_name !~ '{NAME_PATTERN}' OR p_name LIKE 'pg\\_%'
               OR p_name LIKE 'enablement\\_%' OR p_name = 'public' THEN
                RAISE EXCEPTION '% cannot be a team login name', quote_literal(p_name)
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;"""
_B64 = "[A-Za-z0-9+/=]+"
_VALID_VERIFIER = f"""
            IF p_verifier IS NULL
               OR p_verifier !~ '^SCRAM-SHA-256\\$[0-9]+:{_B64}\\${_B64}:{_B64}$' THEN
                RAISE EXCEPTION 'a password must arrive as a SCRAM-SHA-256 verifier, never in clear'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;"""
# The target must be a login of this team: in one of the groups, with a profile here, holding nothing
# else (no superuser, no attribute, no other role), so that an admin never takes over another account.
_TEAM_TARGET = f"""
            SELECT r.* INTO target FROM pg_roles r WHERE r.rolname = p_name;
            IF target.oid IS NULL OR target.rolsuper OR NOT target.rolcanlogin
               OR target.rolcreaterole OR target.rolcreatedb OR target.rolreplication OR target.rolbypassrls
               OR p_name IN ({_GROUP_LIST})
               OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                              WHERE m.member = target.oid AND g.rolname IN ({_GROUP_LIST}))
               OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                          WHERE m.member = target.oid AND g.rolname NOT IN ({_GROUP_LIST}))
               OR NOT EXISTS (SELECT 1 FROM people p WHERE p.name = p_name) THEN
                RAISE EXCEPTION '% is not a login of this team', quote_literal(p_name)
                    USING ERRCODE = 'insufficient_privilege';
            END IF;"""
_GROUP_OF = f"""
            grp := CASE p_role WHEN 'sales' THEN '{SALES}' WHEN 'marketing' THEN '{MARKETING}'
                               WHEN 'admin' THEN '{ADMIN}' END;
            IF grp IS NULL THEN
                RAISE EXCEPTION 'unknown role %', quote_literal(p_role)
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;"""
_PEOPLE_FUNCTIONS = [
    (
        "enablement_create_login(p_name text, p_role text, p_team text, p_verifier text)",
        f"""
        DECLARE
            grp text;
        BEGIN{_CALLER_IS_ADMIN}{_VALID_NAME}{_GROUP_OF}{_VALID_VERIFIER}
            IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_name) THEN
                RAISE EXCEPTION 'a login named % already exists', quote_literal(p_name)
                    USING ERRCODE = 'duplicate_object';
            END IF;
            EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                           'NOBYPASSRLS INHERIT PASSWORD %s', p_name, quote_literal(p_verifier));
            EXECUTE format('GRANT %I TO %I', grp, p_name);
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_name);
            INSERT INTO people (name, role, team, created_at)
                VALUES (p_name, p_role, btrim(coalesce(p_team, '')), now())
                ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, team = EXCLUDED.team;
        END""",
    ),
    (
        "enablement_set_password(p_name text, p_verifier text)",
        f"""
        DECLARE
            target record;
        BEGIN{_CALLER_IS_ADMIN}{_VALID_NAME}{_VALID_VERIFIER}{_TEAM_TARGET}
            EXECUTE format('ALTER ROLE %I PASSWORD %s', p_name, quote_literal(p_verifier));
        END""",
    ),
    (
        "enablement_set_role(p_name text, p_role text, p_team text)",
        f"""
        DECLARE
            target record;
            grp text;
            other text;
        BEGIN{_CALLER_IS_ADMIN}{_VALID_NAME}{_GROUP_OF}{_TEAM_TARGET}
            IF p_name = session_user AND grp <> '{ADMIN}' THEN
                RAISE EXCEPTION 'an admin cannot demote themselves; ask another admin'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            FOREACH other IN ARRAY ARRAY[{_GROUP_LIST}] LOOP
                IF other <> grp THEN
                    EXECUTE format('REVOKE %I FROM %I', other, p_name);
                END IF;
            END LOOP;
            EXECUTE format('GRANT %I TO %I', grp, p_name);
            UPDATE people SET role = p_role, team = coalesce(btrim(p_team), team) WHERE name = p_name;
        END""",
    ),
    (
        "enablement_drop_login(p_name text)",
        f"""
        DECLARE
            target record;
        BEGIN{_CALLER_IS_ADMIN}{_VALID_NAME}{_TEAM_TARGET}
            IF p_name = session_user THEN
                RAISE EXCEPTION 'an admin cannot remove their own login; ask another admin'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), p_name);
            EXECUTE format('REVOKE ALL ON DATABASE %I FROM %I', current_database(), p_name);
            EXECUTE format('DROP ROLE %I', p_name);
            PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a
                WHERE a.usesysid = target.oid AND a.pid <> pg_backend_pid();
            RETURN target.oid;
        END""",
    ),
    (
        # After the drop commits no new session can start; this ends the ones that began meanwhile.
        # Only sessions of a role that no longer exists: it can end nobody else's.
        "enablement_end_sessions(p_oid oid)",
        f"""
        BEGIN{_CALLER_IS_ADMIN}
            IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.oid = p_oid) THEN
                RAISE EXCEPTION 'role % still exists', p_oid USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a
                WHERE a.usesysid = p_oid AND a.pid <> pg_backend_pid();
        END""",
    ),
]
_PEOPLE_RETURNS = {"enablement_drop_login": "oid"}

_TRIGGER_FUNCTIONS = [
    (
        "enablement_audit_append_only()",
        """
        BEGIN
            RAISE EXCEPTION 'the ballot audit trail is append-only: % refused'
                , TG_OP USING ERRCODE = 'insufficient_privilege',
                HINT = 'A ballot with an audit trail cannot be deleted; close it instead.';
        END""",
    ),
    (
        "enablement_keep_rows()",
        """
        BEGIN
            RAISE EXCEPTION '% rows are kept: % refused', TG_TABLE_NAME, TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END""",
    ),
    (
        "enablement_blob_added()",
        f"""
        BEGIN
            -- Marketing imports; anyone else (a seller's attachment) adds only honest blobs.
            IF NOT pg_has_role(session_user, '{MARKETING}', 'MEMBER') THEN
                IF encode(sha256(NEW.data), 'hex') <> NEW.sha256 THEN
                    RAISE EXCEPTION 'blob % does not match its sha256', NEW.sha256
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.added_by := session_user;
            END IF;
            RETURN NEW;
        END""",
    ),
    (
        # At commit (a deferred constraint trigger): every vote cast or changed has its line in the
        # audit trail, written in the same transaction (the same xmin), by the voter, saying this.
        "enablement_vote_audited()",
        """
        BEGIN
            IF NOT EXISTS (
                SELECT 1 FROM ballot_audit a JOIN people p ON p.name = a.actor
                WHERE a.ballot_id = NEW.ballot_id AND p.id = NEW.person_id AND a.action = 'vote'
                  AND a.new_value IS NOT DISTINCT FROM NEW.option
                  AND coalesce(a.reason, '') = coalesce(NEW.reason, '')
                  AND a.xmin = (SELECT v.xmin FROM votes v WHERE v.id = NEW.id)
            ) THEN
                RAISE EXCEPTION 'vote % on ballot % changed without its line in the audit trail', NEW.id,
                    NEW.ballot_id USING ERRCODE = 'insufficient_privilege',
                    HINT = 'Write the ballot_audit row (action vote, the new option and reason) '
                           'in the same transaction.';
            END IF;
            RETURN NULL;
        END""",
    ),
    (
        "enablement_vote_open()",
        """
        DECLARE
            b record;
        BEGIN
            -- The share lock orders votes and closes: a close (FOR UPDATE) waits for us, and we
            -- see a close that committed first.
            SELECT * INTO b FROM ballots WHERE id = NEW.ballot_id FOR SHARE;
            IF b.outcome IS NOT NULL OR b.closed_at IS NOT NULL
               OR (b.closes_at IS NOT NULL AND b.closes_at <= now()) THEN
                RAISE EXCEPTION 'ballot % is closed; votes can no longer be cast or changed', NEW.ballot_id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM json_array_elements_text(b.options) AS o(option)
                           WHERE o.option = NEW.option) THEN
                RAISE EXCEPTION '% is not an option of ballot %', quote_literal(NEW.option), NEW.ballot_id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_OP = 'UPDATE' AND NEW.ballot_id <> OLD.ballot_id THEN
                RAISE EXCEPTION 'a vote cannot move to another ballot'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- The server's clock, not the desktop's: when the vote was cast and last changed.
            NEW.cast_at := CASE WHEN TG_OP = 'INSERT' THEN now() ELSE OLD.cast_at END;
            NEW.updated_at := now();
            -- The team breakdown counts the voter's team as the people table has it, not as typed.
            NEW.team := coalesce((SELECT p.team FROM people p WHERE p.id = NEW.person_id), '');
            IF json_array_length(b.audience) > 0 AND NOT EXISTS (
                SELECT 1 FROM json_array_elements_text(b.audience) AS a(team)
                WHERE lower(a.team) = lower(NEW.team)
            ) THEN
                RAISE EXCEPTION 'ballot % is for %; the voter''s team % is outside its audience',
                    NEW.ballot_id, b.audience, NEW.team USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END""",
    ),
]
_TRIGGERS = [
    ("ballot_audit", "enablement_audit_no_change", "BEFORE UPDATE OR DELETE", "ROW", "audit_append_only"),
    ("ballot_audit", "enablement_audit_no_truncate", "BEFORE TRUNCATE", "STATEMENT", "audit_append_only"),
    ("votes", "enablement_vote_open", "BEFORE INSERT OR UPDATE", "ROW", "vote_open"),
    ("item_status_history", "enablement_status_history_kept", "BEFORE UPDATE OR DELETE", "ROW", "keep_rows"),
    (
        "item_status_history",
        "enablement_status_history_no_truncate",
        "BEFORE TRUNCATE",
        "STATEMENT",
        "keep_rows",
    ),
    ("blobs", "enablement_blob_added", "BEFORE INSERT", "ROW", "blob_added"),
    *REPORT_TRIGGERS,
]
# DEFERRABLE INITIALLY DEFERRED constraint triggers (run at commit): (table, trigger, events, function).
_CONSTRAINT_TRIGGERS = [
    ("votes", "enablement_vote_audited", "AFTER INSERT OR UPDATE", "vote_audited"),
    *REPORT_CONSTRAINT_TRIGGERS,
]


def is_team_database(conn: Connection) -> bool:
    """Whether `install_security` ran on this database (always False on SQLite)."""
    return team_database(conn)


def install_security(conn: Connection) -> None:
    """Create the group roles, grants, policies, functions and triggers (idempotent).

    Run by the database owner (a superuser: it creates cluster-wide roles, and owns the
    SECURITY DEFINER functions through which admins manage logins) inside its transaction,
    on a library at the schema head.
    """
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    quote = conn.dialect.identifier_preparer.quote
    s = quote(schema)

    def run(statement: str) -> None:  # straight to psycopg: no parameters, so '%' is just '%'
        with conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(statement)

    for group in GROUPS:
        create = f"CREATE ROLE {group} NOLOGIN"
        run(f"DO $$ BEGIN {create}; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    run(f"GRANT {SALES} TO {MARKETING}")
    run(f"GRANT {MARKETING} TO {ADMIN}")
    # Admins manage people only through the functions below: no CREATEROLE, no ADMIN OPTION on
    # the groups, no pg_signal_backend (what older versions gave them is taken back here).
    run(f"REVOKE pg_signal_backend FROM {ADMIN}")
    run(
        f"""DO $$ DECLARE r record; BEGIN
            FOR r IN SELECT u.rolname AS login, g.rolname AS grp, m.admin_option
                     FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                     JOIN pg_roles u ON u.oid = m.member
                     WHERE g.rolname IN ({_GROUP_LIST}) AND u.rolcanlogin AND NOT u.rolsuper LOOP
                IF r.admin_option THEN
                    EXECUTE format('REVOKE ADMIN OPTION FOR %I FROM %I', r.grp, r.login);
                END IF;
                EXECUTE format('ALTER ROLE %I NOCREATEROLE', r.login);
            END LOOP;
        END $$"""
    )
    # Team databases on one cluster share the group roles: only this team's logins may connect here.
    database = quote(conn.exec_driver_sql("SELECT current_database()").scalar_one())
    run(f"REVOKE CONNECT ON DATABASE {database} FROM PUBLIC")
    run(
        f"""DO $$ DECLARE r record; BEGIN
            FOR r IN SELECT DISTINCT u.rolname AS login
                     FROM {s}.people p JOIN pg_roles u ON u.rolname = p.name
                     JOIN pg_auth_members m ON m.member = u.oid JOIN pg_roles g ON g.oid = m.roleid
                     WHERE g.rolname IN ({_GROUP_LIST}) AND u.rolcanlogin AND NOT u.rolsuper LOOP
                EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), r.login);
            END LOOP;
        END $$"""
    )
    groups = ", ".join(GROUPS)
    run(f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA {s} TO {groups}")

    tables = [
        row[0]
        for row in conn.execute(
            sa.text("SELECT tablename FROM pg_tables WHERE schemaname = :schema"), {"schema": schema}
        )
    ]
    for table in tables:
        run(f"REVOKE ALL ON {s}.{quote(table)} FROM PUBLIC, {groups}")
    for group, grants in _GRANTS.items():
        for grant in grants:
            run(f"GRANT {grant} TO {group}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM PUBLIC")
    run(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {groups}")

    for table in _RLS_TABLES:
        run(f"ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY")
        run(f"ALTER TABLE {s}.{table} FORCE ROW LEVEL SECURITY")
    for table, name, command, using, check in _POLICIES:
        run(f"DROP POLICY IF EXISTS {name} ON {s}.{table}")
        clauses = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
        run(f"CREATE POLICY {name} ON {s}.{table} FOR {command} TO {groups}{clauses}")

    pinned = f"SECURITY DEFINER SET search_path = {s}, pg_temp"
    insights = [
        (
            function_signature(a),
            f"RETURNS TABLE ({a.columns}) LANGUAGE sql STABLE" + ("" if a.jit else " SET jit = off"),
            render(a, "postgresql", function=True),
        )
        for a in AGGREGATES
    ]
    for signature, returns, body in [*_FUNCTIONS, *insights]:
        run(f"DROP FUNCTION IF EXISTS {s}.{signature}")
        run(f"CREATE FUNCTION {s}.{signature} {returns} {pinned} AS $fn${body}$fn$")
        run(f"REVOKE ALL ON FUNCTION {s}.{signature} FROM PUBLIC")
        callers = MARKETING if signature.split("(")[0] in _MARKETING_FUNCTIONS else groups
        run(f"GRANT EXECUTE ON FUNCTION {s}.{signature} TO {callers}")
    for signature, body in _PEOPLE_FUNCTIONS:
        returns = _PEOPLE_RETURNS.get(signature.split("(")[0], "void")
        run(f"DROP FUNCTION IF EXISTS {s}.{signature}")
        run(f"CREATE FUNCTION {s}.{signature} RETURNS {returns} LANGUAGE plpgsql {pinned} AS $fn${body}$fn$")
        run(f"REVOKE ALL ON FUNCTION {s}.{signature} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {s}.{signature} TO {ADMIN}")
    for signature, body in [*_TRIGGER_FUNCTIONS, *REPORT_TRIGGER_FUNCTIONS]:
        returns = "RETURNS trigger LANGUAGE plpgsql"
        run(f"CREATE OR REPLACE FUNCTION {s}.{signature} {returns} {pinned} AS $fn${body}$fn$")
        run(f"REVOKE ALL ON FUNCTION {s}.{signature} FROM PUBLIC")
    for table, name, events, level, function in _TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {name} ON {s}.{table}")
        run(
            f"CREATE TRIGGER {name} {events} ON {s}.{table} FOR EACH {level} "
            f"EXECUTE FUNCTION {s}.enablement_{function}()"
        )
    for table, name, events, function in _CONSTRAINT_TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {name} ON {s}.{table}")
        run(
            f"CREATE CONSTRAINT TRIGGER {name} {events} ON {s}.{table} DEFERRABLE INITIALLY DEFERRED "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.enablement_{function}()"
        )

    head = ",".join(sorted(MigrationContext.configure(conn).get_current_heads()))
    conn.execute(sa.text(f"DELETE FROM {s}.team_info"))
    conn.execute(
        sa.text(
            f"INSERT INTO {s}.team_info (id, installed_at, installed_by, schema_version) "
            "VALUES (1, :at, current_user, :head)"
        ),
        {"at": datetime.now(UTC), "head": head},
    )
