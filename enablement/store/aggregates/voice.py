"""Ballot and report aggregates: votes per option and team, turnout, answer times, report authors."""

from __future__ import annotations

from enablement.store.aggregates.template import Aggregate, _guard

VOICE: tuple[Aggregate, ...] = (
    Aggregate(
        # Per option and team of ballots whose totals everyone may see (closed or decided).
        "vote_counts",
        """
        SELECT v.ballot_id AS ballot_id, CAST(v.team AS text) AS team, v.option AS option,
               count(*) AS votes
        FROM votes v JOIN ballots b ON b.id = v.ballot_id
        WHERE coalesce(b.decided_at, b.closed_at, b.closes_at) >= :since
          AND coalesce(b.decided_at, b.closed_at, b.closes_at) <= :now
          AND (b.outcome IS NOT NULL OR b.closed_at IS NOT NULL)
        GROUP BY v.ballot_id, v.team, v.option""",
        "ballot_id integer, team text, option text, votes bigint",
    ),
    Aggregate(
        # Per week a ballot ended (closed or decided) in the window: the seller-ballot pairs asked
        # (sellers of the audience's teams; an empty audience is everyone), the votes those sellers
        # cast, and the distinct sellers asked; all NULL when fewer than MIN_GROUP sellers were asked.
        "voice_weekly",
        f"""
        WITH ended AS (
            SELECT x.id AS id, x.audience AS audience, WEEK(x.at) AS week
            FROM (SELECT b.id AS id, b.audience AS audience,
                         coalesce(b.decided_at, b.closed_at, b.closes_at) AS at
                  FROM ballots b WHERE b.outcome IS NOT NULL OR b.closed_at IS NOT NULL) x
            WHERE x.at >= :since AND x.at <= :now),
        asked AS (
            SELECT e.week AS week, e.id AS ballot_id, p.id AS person
            FROM ended e JOIN people p ON p.role = 'sales'
            WHERE NOT EXISTS (SELECT 1 FROM EACH_AUDIENCE(e.audience))
               OR EXISTS (SELECT 1 FROM EACH_AUDIENCE(e.audience) WHERE lower(a.value) = lower(p.team))),
        per AS (
            SELECT a.week AS week, a.person AS person, count(*) AS asked, count(v.id) AS voted
            FROM asked a LEFT JOIN votes v ON v.ballot_id = a.ballot_id AND v.person_id = a.person
            GROUP BY a.week, a.person)
        SELECT p.week AS week, {_guard("p.person", "CAST(sum(p.asked) AS bigint)")} AS asked,
               {_guard("p.person", "CAST(sum(p.voted) AS bigint)")} AS votes,
               {_guard("p.person", "count(DISTINCT p.person)")} AS people
        FROM per p GROUP BY p.week""",
        "week integer, asked bigint, votes bigint, people bigint",
    ),
    Aggregate(
        # One row per report (no author): its week and the hours it waited for an answer. Nothing
        # at all when the window's reports come from fewer than MIN_GROUP people, and no week on a
        # report whose week does (its hours still count in the window's figures): whatever window
        # a caller picks, no answer time can be told apart as one or two people's.
        "response_times",
        """
        WITH own AS (
            SELECT WEEK(r.at) AS week, r.author AS author, HOURS(r.at, r.answered_at) AS hours
            FROM reports r WHERE r.at >= :since AND r.at <= :now),
        shown AS (
            SELECT o.week AS week FROM own o GROUP BY o.week HAVING count(DISTINCT o.author) >= MIN_GROUP)
        SELECT CASE WHEN o.week IN (SELECT s.week FROM shown s) THEN o.week END AS week, o.hours AS hours
        FROM own o WHERE (SELECT count(DISTINCT a.author) FROM own a) >= MIN_GROUP""",
        "week integer, hours double precision",
    ),
    Aggregate(
        # Distinct authors per week and in the window (-1); NULL under MIN_GROUP.
        "report_authors",
        f"""
        SELECT WEEK(r.at) AS week, {_guard("r.author", "count(DISTINCT r.author)")} AS authors
        FROM reports r WHERE r.at >= :since AND r.at <= :now GROUP BY WEEK(r.at)
        UNION ALL
        SELECT -1, {_guard("r.author", "count(DISTINCT r.author)")}
        FROM reports r WHERE r.at >= :since AND r.at <= :now""",
        "week integer, authors bigint",
    ),
)
