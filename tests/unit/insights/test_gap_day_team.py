"""A gap's last_seen is a day, never a moment, on a team server too: the latest unserved search is one
person's, so the SECURITY DEFINER function a seller can call returns its (UTC) date, and a server
secured by an older version (whose function returned the timestamp) gets the date from
`enablement team secure` (real logins)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from enablement.insights.gaps import GapService
from enablement.search.keys import query_key
from enablement.store.aggregates import AGGREGATES, function_signature, render
from enablement.store.library import Library
from enablement.store.repository import log_search
from enablement.team.accounts import TeamAdmin
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

WIDE = "now() + interval '1 day', now() - interval '2 weeks'"
_GAPS = next(a for a in AGGREGATES if a.name == "gaps")


def _as_before(conn: object) -> None:
    """Put back the gaps function as an older version installed it: the exact latest search time."""
    old = replace(
        _GAPS,
        template=_GAPS.template.replace("DAYOF(max(g.last))", "max(g.last)"),
        columns=_GAPS.columns.replace("last_seen date", "last_seen timestamptz"),
    )
    assert old.template != _GAPS.template
    signature = function_signature(old)
    conn.execute(f"DROP FUNCTION {signature}")  # type: ignore[attr-defined]
    conn.execute(  # type: ignore[attr-defined]
        f"CREATE FUNCTION {signature} RETURNS TABLE ({old.columns}) LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public, pg_temp "
        f"AS $fn${render(old, 'postgresql', function=True)}$fn$"
    )
    conn.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO enablement_sales")  # type: ignore[attr-defined]


def test_a_seller_reads_the_day_of_a_gaps_last_search_not_its_time(team: Team, tmp_path: Path) -> None:
    last = datetime.now(UTC) - timedelta(days=2, minutes=17)
    with Library(tmp_path / "owner", team.owner_url) as owner:
        store_draft(owner, slides=1)
        with owner.transaction() as conn:
            for n, who in enumerate(("a", "b", "c")):  # three people found nothing; c searched last
                log_search(
                    conn,
                    query="router mesh",
                    hits=0,
                    took_ms=1.0,
                    user=who,
                    at=last - timedelta(days=2 - n),
                    query_key=query_key("router mesh"),
                )
    query = f"SELECT key, last_seen, pg_typeof(last_seen)::text FROM enablement_insights_gaps({WIDE})"
    with team.connect("sue") as conn:
        assert conn.execute(query).fetchall() == [(query_key("router mesh"), last.date(), "date")]

    with team.owner() as conn:  # a server secured before day precision
        _as_before(conn)
        conn.commit()
    with team.connect("sue") as conn:
        [(_, moment, kind)] = conn.execute(query).fetchall()
    assert kind == "timestamp with time zone" and moment == last
    with Library(tmp_path / "sue", team.url("sue")) as lib:  # the app shows the day even so
        [gap] = GapService(lib).open_gaps(weeks=2)
    assert gap.last_seen == last.date()

    with TeamAdmin(team.owner_url) as owner:  # `enablement team secure`, as after an upgrade
        owner.secure()
    with team.connect("sue") as conn:
        assert conn.execute(query).fetchall() == [(query_key("router mesh"), last.date(), "date")]
    with Library(tmp_path / "sue", team.url("sue")) as lib:
        [gap] = GapService(lib).open_gaps(weeks=2)
    assert type(gap.last_seen) is date and gap.to_json()["last_seen"] == last.date().isoformat()
