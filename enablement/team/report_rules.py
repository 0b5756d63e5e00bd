"""The team server's rules for reports, their history and usage events: the app's own rules, held by
PostgreSQL whatever client a login uses (the app, the CLI or plain psql).

Installed by `install_security` (enablement.team.security), which creates these trigger functions
and triggers with the rest. For every team login (sales, marketing, admin; the owner, a superuser,
writes rows as given):

* a report is sent with the server's clock (`at`, `updated_at`), only with values the app can read
  back, and an attachment only with a name whose suffix the app accepts (ATTACHMENT_SUFFIXES, as
  enablement.insights.attachments has it) and whose blob is on the server.
* triage (an UPDATE of a report) follows the app's moves (REPORT_MOVES: done and declined are final),
  writes only known states and link targets that exist, and never removes a link; an answer is
  the answerer's (`answered_by := session_user`, `answered_at := now()`, however the UPDATE names
  them) and has a text; `updated_at := now()`.
* at commit (a deferred constraint trigger), every change of a report's state, owner, answer or link
  has its `report_events` line by the same login in the same transaction (`at = now()`, which the
  history trigger writes), saying the same old and new value; an answer has its notification to the
  author (a `notifications` row of the same transaction, as the app words it); a decline has its
  reason (an answer given in the same transaction).
* a history line takes the server's clock. The `create` line is the report's author's, written with
  the report, once, naming its type and kind; a triage line (state, assign, answer, link) is
  marketing's and describes a change the login made in this transaction: the report was changed in
  it and now holds the line's new value (a state line also makes one of the app's moves). The value
  before the change is gone by then, so a line's old value is checked from the other side only: each
  change needs a line with its exact old and new value, and an extra line about it is not refused.
* a state the app cannot read (left by a server secured before these rules) may move to any state.
* a usage event takes the server's clock, counts for the recorder's own team as `people` has it, and
  only as an action the app records.

So the app's triage passes as it is (it changes one field per UPDATE and writes the line, and for an
answer the notification, in the same transaction), and a psql session does the same or is refused.
Several changes of the same field in one transaction each need their line.

The values are the app's (enablement.insights): the team package stands on the store alone and
cannot import them, so tests/unit/team compares the two.
"""

from __future__ import annotations

from enablement.store.aggregates.usage import UNIT_ACTIONS
from enablement.team.roles import MARKETER_SQL, TEAM_LOGIN_SQL

__all__ = [
    "ATTACHMENT_SUFFIXES",
    "LINK_TABLES",
    "REPORT_CONSTRAINT_TRIGGERS",
    "REPORT_MOVES",
    "REPORT_TEXT_LIMIT",
    "REPORT_TRIGGERS",
    "REPORT_TRIGGER_FUNCTIONS",
    "REPORT_VALUES",
]

# The values a report's columns may hold, as enablement.insights.models has them.
REPORT_VALUES: dict[str, tuple[str, ...]] = {
    "type": ("intel", "feedback"),
    "intel": ("price", "claim", "objection", "deal_won", "deal_lost", "request"),
    "feedback": ("helped", "outdated", "wrong", "missing"),
    "outcome": ("won", "lost", "open"),
    "size_band": ("lt1m", "1-5m", "5-20m", "gt20m"),
    "unit_kind": ("slide", "page", "row", "section", "item"),
    "state": ("new", "accepted", "planned", "done", "declined"),
}
REPORT_TEXT_LIMIT = 10_000
# Where a report may go from each state (enablement.insights.report_triage.NEXT_STATES); a state
# with nowhere to go is final.
REPORT_MOVES: dict[str, tuple[str, ...]] = {
    "new": ("accepted", "planned", "done", "declined"),
    "accepted": ("planned", "done", "declined"),
    "planned": ("done", "declined"),
    "done": (),
    "declined": (),
}
# What a report may lead to (enablement.insights.models.LinkKind) and the table its id is in.
LINK_TABLES: dict[str, str] = {"item": "items", "ballot": "ballots", "version": "versions"}
# The files a report may carry (enablement.insights.attachments.ATTACHMENT_SUFFIXES).
ATTACHMENT_SUFFIXES: frozenset[str] = frozenset(
    {
        *(".pptx", ".pptm", ".ppsx", ".ppsm", ".potx", ".potm", ".docx", ".docm", ".dotx", ".dotm"),
        *(".xlsx", ".xlsm", ".xltx", ".xltm"),
        *(".md", ".markdown", ".txt", ".csv", ".tsv"),
        ".pdf",
        *(".png", ".jpg", ".jpeg", ".gif", ".webp"),
    }
)
# The lines of a report's history other than `create`, and the column each records.
_TRIAGE_LINES = ("state", "assign", "answer", "link")


def _sql_list(values: tuple[str, ...] | list[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


_V = {k: _sql_list(vs) for k, vs in REPORT_VALUES.items()}
_FINAL = _sql_list([s for s, moves in REPORT_MOVES.items() if not moves])
# Every move as (from_state, to_state, rank): rank orders the choices as the app lists them.
_MOVES = (
    "(VALUES "
    + ", ".join(
        f"('{a}', '{b}', {REPORT_VALUES['state'].index(b)})"
        for a, moves in REPORT_MOVES.items()
        for b in moves
    )
    + ") AS m(from_state, to_state, rank)"
)
# Python's Path.suffix: the last dot's part, neither the name's first character nor its last.
_SUFFIX = r"lower(substring(NEW.attachment_name from '^.+(\.[^.]+)$'))"
_LINK = "{row}.led_to_kind || ':' || {row}.led_to_id"  # as the app writes it ('item:12'); NULL if none
_LINK_EXISTS = " OR ".join(
    f"(NEW.led_to_kind = '{kind}' AND EXISTS (SELECT 1 FROM {table} t WHERE t.id = NEW.led_to_id))"
    for kind, table in LINK_TABLES.items()
)
_ANSWER_TOUCHED = (
    "(NEW.answer IS DISTINCT FROM OLD.answer OR NEW.answered_at IS DISTINCT FROM OLD.answered_at "
    "OR NEW.answered_by IS DISTINCT FROM OLD.answered_by)"
)

_REPORT_SENT = f"""
        DECLARE
            suffix text;
        BEGIN
            -- Reports count per team: the author's team as the people table has it, not as typed.
            NEW.team := coalesce((SELECT p.team FROM people p WHERE p.name = NEW.author), '');
            IF {TEAM_LOGIN_SQL} THEN
                -- The server's clock (a backdated report would skew response times and trends), and
                -- only values the app can read back: one bad row must not break marketing's inbox.
                NEW.at := now();
                NEW.updated_at := now();
                IF NEW.type NOT IN {_V["type"]}
                   OR (NEW.type = 'intel' AND NEW.kind NOT IN {_V["intel"]})
                   OR (NEW.type = 'feedback' AND NEW.kind NOT IN {_V["feedback"]})
                   OR NEW.outcome NOT IN {_V["outcome"]}
                   OR NEW.size_band NOT IN {_V["size_band"]}
                   OR NEW.unit_kind NOT IN {_V["unit_kind"]}
                   OR length(NEW.text) > {REPORT_TEXT_LIMIT} THEN
                    RAISE EXCEPTION 'report refused: an unknown value or a text over % characters',
                        {REPORT_TEXT_LIMIT}
                        USING ERRCODE = 'check_violation';
                END IF;
                -- The attachment is one the app would take: a name and its blob, or neither; a suffix
                -- it accepts (marketing saves the file under that name); the blob already here.
                IF (NEW.attachment_sha IS NULL) <> (NEW.attachment_name IS NULL) THEN
                    RAISE EXCEPTION 'report refused: an attachment has both a name and a blob '
                        '(attachment_sha), or neither' USING ERRCODE = 'check_violation';
                END IF;
                IF NEW.attachment_sha IS NOT NULL THEN
                    IF strpos(NEW.attachment_name, '/') > 0 THEN
                        RAISE EXCEPTION 'report refused: the attachment''s name % is a path, not a file name',
                            quote_literal(NEW.attachment_name) USING ERRCODE = 'check_violation';
                    END IF;
                    suffix := {_SUFFIX};
                    IF suffix IS NULL OR suffix NOT IN {_sql_list(sorted(ATTACHMENT_SUFFIXES))} THEN
                        RAISE EXCEPTION 'report refused: % cannot be attached: % files are not accepted',
                            quote_literal(NEW.attachment_name), coalesce(suffix, '(no suffix)')
                            USING ERRCODE = 'check_violation',
                            HINT = 'Accepted: {", ".join(sorted(ATTACHMENT_SUFFIXES))}.';
                    END IF;
                    IF NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = NEW.attachment_sha) THEN
                        RAISE EXCEPTION 'report refused: its attachment % is not on the server',
                            NEW.attachment_sha USING ERRCODE = 'check_violation',
                            HINT = 'Add the file to blobs first (the app does).';
                    END IF;
                END IF;
            END IF;
            RETURN NEW;
        END"""

_REPORT_TRIAGED = f"""
        BEGIN
            IF NOT {TEAM_LOGIN_SQL} THEN
                RETURN NEW;
            END IF;
            IF NEW.state NOT IN {_V["state"]} THEN
                RAISE EXCEPTION 'report %: unknown report state %: choose one of %', NEW.id,
                    quote_literal(NEW.state), '{", ".join(REPORT_VALUES["state"])}'
                    USING ERRCODE = 'check_violation';
            END IF;
            -- The app's moves; a state the app cannot read (left by an older server) may be repaired.
            IF NEW.state <> OLD.state AND OLD.state IN {_V["state"]} THEN
                IF OLD.state IN {_FINAL} THEN
                    RAISE EXCEPTION 'report % is %; its state is final', NEW.id, OLD.state
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM {_MOVES}
                               WHERE m.from_state = OLD.state AND m.to_state = NEW.state) THEN
                    RAISE EXCEPTION 'report % is %; it can move to %, not to %', NEW.id, OLD.state,
                        (SELECT string_agg(m.to_state, ', ' ORDER BY m.rank) FROM {_MOVES}
                         WHERE m.from_state = OLD.state), NEW.state
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            IF NEW.led_to_kind IS DISTINCT FROM OLD.led_to_kind
               OR NEW.led_to_id IS DISTINCT FROM OLD.led_to_id THEN
                IF NEW.led_to_kind IS NULL OR NEW.led_to_id IS NULL THEN
                    RAISE EXCEPTION 'report %: what a report led to is replaced by another link, '
                        'never removed', NEW.id USING ERRCODE = 'check_violation';
                END IF;
                IF NEW.led_to_kind NOT IN {_sql_list(list(LINK_TABLES))} THEN
                    RAISE EXCEPTION 'report %: unknown link target %: choose one of %', NEW.id,
                        quote_literal(NEW.led_to_kind), '{", ".join(LINK_TABLES)}'
                        USING ERRCODE = 'check_violation';
                END IF;
                IF NOT ({_LINK_EXISTS}) THEN
                    RAISE EXCEPTION 'there is no % % to link report % to', NEW.led_to_kind, NEW.led_to_id,
                        NEW.id USING ERRCODE = 'check_violation';
                END IF;
            END IF;
            -- An answer is the answerer's, given now: no crediting a colleague, no backdating.
            IF {_ANSWER_TOUCHED} THEN
                IF coalesce(NEW.answer, '') !~ '\\S' THEN
                    RAISE EXCEPTION 'report %: an answer needs a text', NEW.id
                        USING ERRCODE = 'check_violation';
                END IF;
                IF length(NEW.answer) > {REPORT_TEXT_LIMIT} THEN
                    RAISE EXCEPTION 'report %: the answer is over % characters', NEW.id, {REPORT_TEXT_LIMIT}
                        USING ERRCODE = 'check_violation';
                END IF;
                NEW.answered_by := session_user;
                NEW.answered_at := now();
            END IF;
            NEW.updated_at := now();
            RETURN NEW;
        END"""

# At commit: each change has its history line (and an answer its notification, a decline its reason).
_REPORT_TRIAGE_LOGGED = f"""
        DECLARE
            change record;
            answered record;
        BEGIN
            IF NOT {TEAM_LOGIN_SQL} THEN
                RETURN NULL;
            END IF;
            FOR change IN
                SELECT c.action, c.old_value, c.new_value FROM (VALUES
                    ('state', OLD.state::text, NEW.state::text, OLD.state IS DISTINCT FROM NEW.state),
                    ('assign', OLD.owner::text, NEW.owner::text, OLD.owner IS DISTINCT FROM NEW.owner),
                    ('answer', OLD.answer, NEW.answer,
                     OLD.answer IS DISTINCT FROM NEW.answer
                     OR OLD.answered_at IS DISTINCT FROM NEW.answered_at),
                    ('link', {_LINK.format(row="OLD")}, {_LINK.format(row="NEW")},
                     {_LINK.format(row="OLD")} IS DISTINCT FROM {_LINK.format(row="NEW")})
                ) AS c(action, old_value, new_value, changed)
                WHERE c.changed
            LOOP
                IF NOT EXISTS (
                    SELECT 1 FROM report_events e
                    WHERE e.report_id = NEW.id AND e.actor = session_user AND e.action = change.action
                      AND e.old_value IS NOT DISTINCT FROM change.old_value
                      AND e.new_value IS NOT DISTINCT FROM change.new_value
                      AND e.at = now()
                ) THEN
                    RAISE EXCEPTION 'report %: % % -> % has no line in its history', NEW.id, change.action,
                        coalesce(quote_literal(change.old_value), 'NULL'),
                        coalesce(quote_literal(change.new_value), 'NULL')
                        USING ERRCODE = 'insufficient_privilege',
                        HINT = 'Write its report_events row (actor you, this action, old_value, new_value) '
                               'in the same transaction, as the app does.';
                END IF;
            END LOOP;
            IF (OLD.answer IS DISTINCT FROM NEW.answer OR OLD.answered_at IS DISTINCT FROM NEW.answered_at)
               AND EXISTS (SELECT 1 FROM people p WHERE p.name = NEW.author)
               AND NOT EXISTS (
                   SELECT 1 FROM notifications n JOIN people p ON p.id = n.person_id
                   WHERE p.name = NEW.author AND n.kind = 'report'
                     AND n.xmin = (SELECT r.xmin FROM reports r WHERE r.id = NEW.id)
                     AND starts_with(n.message, session_user || ' answered your report ' || NEW.id || ' (')
               ) THEN
                RAISE EXCEPTION 'report %: the answer was not sent to its author %', NEW.id, NEW.author
                    USING ERRCODE = 'insufficient_privilege',
                    HINT = 'Insert their notification (kind report, "<you> answered your report <id> (…") '
                           'in the same transaction, as the app does.';
            END IF;
            IF NEW.state = 'declined' AND OLD.state IS DISTINCT FROM 'declined' THEN
                SELECT r.answer, r.answered_at INTO answered FROM reports r WHERE r.id = NEW.id;
                IF answered.answered_at IS DISTINCT FROM now() OR coalesce(answered.answer, '') !~ '\\S' THEN
                    RAISE EXCEPTION 'report % is declined without a reason', NEW.id
                        USING ERRCODE = 'check_violation',
                        HINT = 'Answer its author with the reason in the same transaction, as the app does.';
                END IF;
            END IF;
            RETURN NULL;
        END"""

_REPORT_EVENT_WRITTEN = f"""
        DECLARE
            report record;
            holds text;
        BEGIN
            IF NOT {TEAM_LOGIN_SQL} THEN
                RETURN NEW;
            END IF;
            NEW.at := now();  -- "this transaction" for the check at commit; no backdated line either
            SELECT * INTO report FROM reports WHERE id = NEW.report_id;
            IF NOT FOUND THEN
                RETURN NEW;  -- the foreign key refuses it
            END IF;
            IF NEW.action = 'create' THEN
                IF report.author IS DISTINCT FROM session_user THEN
                    RAISE EXCEPTION 'only its author writes the create line of report %', NEW.report_id
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF EXISTS (SELECT 1 FROM report_events e
                           WHERE e.report_id = NEW.report_id AND e.action = 'create') THEN
                    RAISE EXCEPTION 'report % already has its create line', NEW.report_id
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF report.at IS DISTINCT FROM now() THEN
                    RAISE EXCEPTION 'the create line of report % is written with the report, in the same '
                        'transaction', NEW.report_id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.old_value IS NOT NULL
                   OR NEW.new_value IS DISTINCT FROM report.type || ':' || report.kind THEN
                    RAISE EXCEPTION 'the create line of report % names %: the report is %', NEW.report_id,
                        coalesce(quote_literal(NEW.new_value), 'NULL'),
                        quote_literal(report.type || ':' || report.kind) USING ERRCODE = 'check_violation';
                END IF;
            ELSIF NEW.action IN {_sql_list(_TRIAGE_LINES)} THEN
                IF NOT {MARKETER_SQL} THEN
                    RETURN NEW;  -- the policy refuses it: triage lines are marketing's
                END IF;
                IF report.updated_at IS DISTINCT FROM now() THEN
                    RAISE EXCEPTION 'report % was not changed in this transaction: its history records only '
                        'the changes made with it', NEW.report_id USING ERRCODE = 'insufficient_privilege';
                END IF;
                holds := CASE NEW.action
                    WHEN 'state' THEN report.state
                    WHEN 'assign' THEN report.owner
                    WHEN 'answer' THEN report.answer
                    ELSE {_LINK.format(row="report")}
                END;
                IF NEW.new_value IS DISTINCT FROM holds
                   OR (NEW.action = 'answer' AND report.answered_at IS DISTINCT FROM now()) THEN
                    RAISE EXCEPTION 'the % line of report % says %, but this transaction left it %',
                        NEW.action, NEW.report_id, coalesce(quote_literal(NEW.new_value), 'NULL'),
                        coalesce(quote_literal(holds), 'NULL') USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.action = 'state' AND (NEW.old_value IS NULL OR (NEW.old_value IN {_V["state"]}
                   AND NOT EXISTS (SELECT 1 FROM {_MOVES}
                                   WHERE m.from_state = NEW.old_value AND m.to_state = NEW.new_value))) THEN
                    RAISE EXCEPTION 'report %: % -> % is not a move of its state', NEW.report_id,
                        coalesce(quote_literal(NEW.old_value), 'NULL'), quote_literal(NEW.new_value)
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            ELSE
                RAISE EXCEPTION 'unknown history line %: one of create, {", ".join(_TRIAGE_LINES)}',
                    quote_literal(NEW.action) USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END"""

_USAGE_SENT = f"""
        BEGIN
            -- A team login's usage (a seller's, a marketer's, an admin's) counts when it happened on the
            -- server's clock (backdated usage would rewrite past weeks), for their own team as the
            -- people table has it (typing another team's name would inflate that team's numbers) and
            -- only as an action the app records.
            IF {TEAM_LOGIN_SQL} THEN
                NEW.at := now();
                NEW.team := coalesce((SELECT p.team FROM people p WHERE p.name = NEW.person), '');
                IF NEW.action NOT IN {_sql_list([a for a, _ in UNIT_ACTIONS])} THEN
                    RAISE EXCEPTION 'usage refused: % is not an action the app records',
                        quote_literal(NEW.action)
                        USING ERRCODE = 'check_violation';
                END IF;
            END IF;
            RETURN NEW;
        END"""

# (signature, body) of trigger functions; security.py creates them SECURITY DEFINER, search_path pinned.
REPORT_TRIGGER_FUNCTIONS: list[tuple[str, str]] = [
    ("enablement_report_sent()", _REPORT_SENT),
    ("enablement_report_triaged()", _REPORT_TRIAGED),
    ("enablement_report_triage_logged()", _REPORT_TRIAGE_LOGGED),
    ("enablement_report_event_written()", _REPORT_EVENT_WRITTEN),
    ("enablement_usage_sent()", _USAGE_SENT),
]
# (table, trigger, events, level, function without its enablement_ prefix); keep_rows is security.py's.
REPORT_TRIGGERS: list[tuple[str, str, str, str, str]] = [
    ("reports", "enablement_reports_kept", "BEFORE DELETE", "ROW", "keep_rows"),
    ("reports", "enablement_reports_no_truncate", "BEFORE TRUNCATE", "STATEMENT", "keep_rows"),
    ("reports", "enablement_report_sent", "BEFORE INSERT", "ROW", "report_sent"),
    ("reports", "enablement_report_triaged", "BEFORE UPDATE", "ROW", "report_triaged"),
    ("report_events", "enablement_report_events_kept", "BEFORE UPDATE OR DELETE", "ROW", "keep_rows"),
    ("report_events", "enablement_report_events_no_truncate", "BEFORE TRUNCATE", "STATEMENT", "keep_rows"),
    ("report_events", "enablement_report_event_written", "BEFORE INSERT", "ROW", "report_event_written"),
    ("usage_events", "enablement_usage_sent", "BEFORE INSERT", "ROW", "usage_sent"),
]
# (table, trigger, events, function): DEFERRABLE INITIALLY DEFERRED constraint triggers, run at commit.
REPORT_CONSTRAINT_TRIGGERS: list[tuple[str, str, str, str]] = [
    ("reports", "enablement_report_triage_logged", "AFTER UPDATE", "report_triage_logged"),
]
