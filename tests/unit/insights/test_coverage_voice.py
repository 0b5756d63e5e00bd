"""Coverage and voice per week, exact against hand-built histories (SQLite and PostgreSQL).

Six weeks back from NOW; index j of a trend is week k = 5 - j, [NOW - (k+1) weeks, NOW - k weeks].
"""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.insights.export import HIDDEN, export_csv
from enablement.insights.figures import Dashboard, InsightsService
from enablement.insights.gaps import GapService
from enablement.store import Library, schema
from enablement.store.repository import record_status_change
from tests.unit.insights.test_insights import NOW, ago, person, search

WEEKS = 6


@pytest.fixture
def lib(library: Library) -> Library:
    return library


def week_ago(j: int, days: float = 3.5) -> datetime:
    """An instant `days` into trend index j (0 the oldest of WEEKS)."""
    return NOW - timedelta(weeks=WEEKS - j) + timedelta(days=days)


def add_item(
    conn: Any, title: str, *, kind: str, status: str, competitors: list[str], created: datetime
) -> int:
    result = conn.execute(
        sa.insert(schema.items).values(
            title=title,
            kind=kind,
            status=status,
            language="en",
            competitors=competitors,
            products=[],
            tags=[],
            owner="",
            created_at=created,
            updated_at=created,
            review_by=None,
            source_name=f"{title}.md",
            sha256="0" * 64,
            current_version=1,
        )
    )
    return int(result.inserted_primary_key[0])


def move(conn: Any, item_id: int, old: str | None, new: str, at: datetime) -> None:
    record_status_change(conn, item_id, actor="mia", from_status=old, to_status=new, at=at)
    conn.execute(sa.update(schema.items).where(schema.items.c.id == item_id).values(status=new))


def board(lib: Library) -> Dashboard:
    return InsightsService(lib, gaps=GapService(lib)).dashboard(weeks=WEEKS, now=NOW)


def values(weeks: list[Any]) -> list[float | None]:
    return [w.value for w in weeks]


def test_a_battle_card_published_in_week_three_covers_its_competitor_from_week_three(lib: Library) -> None:
    with lib.transaction() as conn:
        add_item(conn, "About Beta", kind="deck", status="published", competitors=["Beta"], created=ago(80))
        card = add_item(
            conn, "Acme card", kind="battlecard", status="draft", competitors=["Acme"], created=ago(80)
        )
        move(conn, card, None, "draft", ago(80))  # created as a draft (the card editor's line)
        move(conn, card, "draft", "published", week_ago(2))
        move(conn, card, "published", "archived", week_ago(4))  # archived: Acme is named by nothing else
        add_item(conn, "Gamma", kind="deck", status="published", competitors=["Gamma"], created=week_ago(1))
        # Published at import, never moved: covered since it was created, in week 5 only.
        add_item(
            conn,
            "Beta card",
            kind="battlecard",
            status="published",
            competitors=["Beta"],
            created=week_ago(5),
        )
    trend = board(lib).coverage_trend
    assert values(trend.weekly_share_with_battlecard) == [0.0, 0.0, 0.3333, 0.3333, 0.0, 0.5]
    assert [w.start for w in trend.weekly_share_with_battlecard] == [
        (NOW - timedelta(weeks=WEEKS - j)).date() for j in range(WEEKS)
    ]


def test_a_card_archived_and_published_again_counts_as_its_history_says(lib: Library) -> None:
    with lib.transaction() as conn:
        card = add_item(
            conn, "Card", kind="battlecard", status="published", competitors=["Acme"], created=ago(80)
        )
        # Before its first line it was in that line's from-status (published).
        move(conn, card, "published", "archived", week_ago(3))
        move(conn, card, "archived", "published", week_ago(5, days=1))
    trend = board(lib).coverage_trend
    assert values(trend.weekly_share_with_battlecard) == [1.0, 1.0, 1.0, None, None, 1.0]


def test_searches_naming_a_competitor_per_week_exact_and_hidden_under_three(lib: Library) -> None:
    with lib.transaction() as conn:
        add_item(
            conn, "Acme card", kind="battlecard", status="published", competitors=["Acme"], created=ago(80)
        )
        add_item(conn, "Beta deck", kind="deck", status="published", competitors=["Beta"], created=ago(80))
        for who in ("a", "b", "c"):
            person(conn, who)
            # Week index 1 (k = 4): whole days, read from search_query_days.
            search(conn, who, "Acme price", 2, days=4 * 7 + 3)
            # A week boundary's day (7 days back from NOW's day): before NOW's time of day it is week
            # 1, after it week 0; read from search_log.
            search(conn, who, "acme vs beta", 1, days=7.2)
            search(conn, who, "beta", 4, days=6.9)
        search(conn, "a", "acme", 0, days=6.9)  # found nothing: not counted
        search(conn, "a", "router", 3, days=6.9)  # names no competitor
        for who in ("a", "b"):  # two people only: hidden
            search(conn, who, "Beta rollout", 3, days=2 * 7 + 3)
    b = board(lib)
    trend = b.coverage_trend
    # The two people of "Beta rollout" are withheld; the week beside them with fewest people and
    # searches (then the latest) goes too, or the window less the shown weeks would tell
    # theirs (test_cross_row_suppression).
    assert values(trend.weekly_searches) == [None, 3, None, None, 3, None]
    per = {c.competitor: values(c.weekly_searches) for c in trend.competitors}
    assert per == {"Acme": [None, 3, None, None, 3, None], "Beta": [None, None, None, None, 3, None]}
    # The window's figure per competitor is the same aggregate's window row.
    assert {c.competitor: c.searches for c in b.coverage} == {"Acme": 6, "Beta": 8}


def _ballot(conn: Any, title: str, outcome: str, ended: datetime, audience: list[str]) -> int:
    result = conn.execute(
        sa.insert(schema.ballots).values(
            title=title,
            question="",
            subject="item",
            product=[],
            options=["Yes", "No"],
            negative_options=["No"],
            scale="three",
            reason_required=False,
            hide_totals=False,
            audience=audience,
            opens_at=ended - timedelta(days=5),
            created_by="mia",
            created_at=ended - timedelta(days=5),
            closed_at=ended,
            outcome=outcome,
            rationale="",
            decided_at=ended,
        )
    )
    return int(result.inserted_primary_key[0])


def _vote(conn: Any, ballot: int, who: str, option: str) -> None:
    pid = conn.execute(sa.select(schema.people.c.id).where(schema.people.c.name == who)).scalar_one()
    team = conn.execute(sa.select(schema.people.c.team).where(schema.people.c.name == who)).scalar_one()
    conn.execute(
        sa.insert(schema.votes).values(
            ballot_id=ballot,
            person_id=pid,
            option=option,
            team=team,
            cast_at=NOW - timedelta(weeks=7),
            updated_at=NOW - timedelta(weeks=7),
        )
    )


def test_turnout_and_decisions_with_the_majority_per_week(lib: Library) -> None:
    with lib.transaction() as conn:
        for who in ("n1", "n2", "n3", "n4"):
            person(conn, who, team="North")
        for who in ("s1", "s2"):
            person(conn, who, team="South")
        person(conn, "mia", role="marketing", team="HQ")
        # Week index 1: two ballots for North (4 sellers asked twice: 8 pairs), 5 votes; both decided.
        agreed = _ballot(conn, "Agreed", "Go", week_ago(1), ["north"])
        overruled = _ballot(conn, "Overruled", "No go", week_ago(1, days=5), ["North"])
        for who in ("n1", "n2", "n3"):
            _vote(conn, agreed, who, "Yes")
        for who in ("n1", "n2"):
            _vote(conn, overruled, who, "Yes")
        _vote(conn, agreed, "mia", "No")  # marketing is not asked: not in the turnout
        # Week index 3: a ballot for South only (2 sellers asked): turnout hidden; decided with the majority.
        south = _ballot(conn, "South only", "No go", week_ago(3), ["South"])
        _vote(conn, south, "s1", "No")
        # Week index 4: everyone asked (6 sellers), 4 voted, a tie: no decision counted.
        tie = _ballot(conn, "Tie", "Go", week_ago(4), [])
        _vote(conn, tie, "n1", "Yes")
        _vote(conn, tie, "s1", "No")
        _vote(conn, tie, "s2", "Yes")
        _vote(conn, tie, "n4", "No")
    v = board(lib).voice
    assert values(v.weekly_turnout) == [None, 0.625, None, None, 0.6667, None]
    assert values(v.weekly_share_with_majority) == [None, 0.5, None, 1.0, None, None]
    assert (v.decisions, v.with_majority) == (3, 2)


def test_each_figure_alone_is_the_dashboards_figure(lib: Library) -> None:
    """`insights coverage` and `insights voice` compute one figure each: the same numbers as the dashboard."""
    with lib.transaction() as conn:
        add_item(
            conn, "Acme card", kind="battlecard", status="published", competitors=["Acme"], created=ago(80)
        )
        add_item(conn, "Beta deck", kind="deck", status="published", competitors=["Beta"], created=ago(80))
        for who in ("n1", "n2", "n3"):
            person(conn, who, team="North")
            search(conn, who, "acme vs beta", 2, days=4 * 7 + 3)
        agreed = _ballot(conn, "Agreed", "Go", week_ago(1), ["North"])
        for who in ("n1", "n2"):
            _vote(conn, agreed, who, "Yes")
    service = InsightsService(lib, gaps=GapService(lib))
    whole = service.dashboard(weeks=WEEKS, now=NOW)
    rows, trend = service.coverage(weeks=WEEKS, now=NOW)
    assert (rows, trend) == (whole.coverage, whole.coverage_trend)
    assert [c.searches for c in rows] == [3, 3] and values(trend.weekly_searches)[1] == 3  # not all hidden
    voice = service.voice(weeks=WEEKS, now=NOW)
    assert voice == whole.voice and voice.decisions == 1


def test_an_empty_library_and_a_single_user_show_no_misleading_zeros(lib: Library, tmp_path: Path) -> None:
    empty = board(lib)
    assert empty.coverage == [] and empty.coverage_trend.competitors == []
    for trend in (
        empty.coverage_trend.weekly_share_with_battlecard,
        empty.coverage_trend.weekly_searches,
        empty.voice.weekly_turnout,
        empty.voice.weekly_share_with_majority,
    ):
        assert values(trend) == [None] * WEEKS
    json.dumps(empty.to_json())
    with lib.transaction() as conn:
        person(conn, "ann")
        add_item(
            conn, "Acme card", kind="battlecard", status="published", competitors=["Acme"], created=ago(80)
        )
        search(conn, "ann", "acme", 2, days=3)
        ballot = _ballot(conn, "Solo", "Go", ago(3), [])
        _vote(conn, ballot, "ann", "Yes")
    alone = board(lib)
    assert values(alone.coverage_trend.weekly_share_with_battlecard) == [1.0] * WEEKS
    assert values(alone.coverage_trend.weekly_searches) == [None] * WEEKS
    assert values(alone.voice.weekly_turnout) == [None] * WEEKS  # one seller asked: hidden, not 100%
    written = {p.name: p for p in export_csv(alone, tmp_path / "csv")}
    with written["coverage_weekly.csv"].open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["week_start", "share_with_battlecard", "searches", "searches Acme"]
    assert {(r["share_with_battlecard"], r["searches"], r["searches Acme"]) for r in rows} == {
        ("1.0", HIDDEN, HIDDEN)
    }
    with written["voice_weekly.csv"].open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows[-1] == {"week_start": rows[-1]["week_start"], "turnout": HIDDEN, "share_with_majority": "1.0"}


@pytest.mark.parametrize("verb", ["coverage", "voice"])
def test_cli_coverage_and_voice(
    tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    from enablement.cli import main

    base = ["--library", str(tmp_path / "cli-lib")] + (["--db", db_url] if db_url else [])
    assert main([*base, "insights", verb, "--weeks", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    if verb == "coverage":
        assert data["competitors"] == [] and len(data["trend"]["weekly_share_with_battlecard"]) == 3
    else:
        assert [w["value"] for w in data["weekly_turnout"]] == [None] * 3
    assert main([*base, "insights", verb, "--weeks", "3"]) == 0
    assert capsys.readouterr().out.startswith("Last 3 weeks")
