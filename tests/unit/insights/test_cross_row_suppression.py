"""No window total may be subtracted down to one or two people across the rows of a breakdown.

"10 events in the window; team North 7" says South's one seller did 3. Each breakdown beside a total
(usage per week, team, item and competitor; searches per week; the top searches) withholds more of
its rows (secondary suppression, in SQL) so that whatever it leaves out covers no one or at least
three people, and a row's zero-hit searches are shown only when three people made them. On SQLite
and PostgreSQL, through the service and the CLI.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from enablement.search.keys import query_key
from enablement.store import Library, schema
from enablement.store.repository import log_search
from tests.unit.insights.test_insights import NOW, item, lib, search, services, use  # noqa: F401


def test_a_team_total_cannot_be_subtracted_down_to_one_seller(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        deck = item(conn, "Deck")
        for who, times in (("a", 3), ("b", 2), ("c", 2)):  # North: 3 people, 7 previews
            for _ in range(times):
                use(conn, who, deck, "preview")
        for _ in range(3):  # South: d alone, 3 previews
            use(conn, "d", deck, "preview", team="South")
    usage = insights.dashboard(weeks=2, now=NOW).usage
    assert (usage.events, usage.people) == (10, 4)  # 4 people, nothing hidden inside the window's row
    teams = {t.name: (t.events, t.people, t.previews) for t in usage.teams}
    # North's 7 would leave d's 3: North is withheld too, so what is left out covers 4 people.
    assert teams == {"North": (None, None, None), "South": (None, None, None)}


def test_a_team_of_three_beside_larger_ones_is_the_one_withheld(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        deck = item(conn, "Deck")
        for who in "abcde":  # North: 5 people
            use(conn, who, deck, "preview")
        for who in "fgh":  # South: 3 people, the smallest shown row
            use(conn, who, deck, "preview", team="South")
        for who in "ijkl":  # East: 4 people
            use(conn, who, deck, "preview", team="East")
        use(conn, "m", deck, "preview", team="West")  # West: m alone
    usage = insights.dashboard(weeks=2, now=NOW).usage
    teams = {t.name: (t.events, t.people, t.previews) for t in usage.teams}
    assert teams == {
        "East": (4, 4, 4),
        "North": (5, 5, 5),
        "South": (None, None, None),
        "West": (None, None, None),
    }
    assert (usage.events, usage.people) == (13, 13)


def test_a_weekly_trend_cannot_be_subtracted_from_the_window(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        deck = item(conn, "Deck")
        for who in "abc":  # this week: 3 people
            use(conn, who, deck, "open", days=1)
        use(conn, "d", deck, "open", days=9)  # last week: d alone
    usage = insights.dashboard(weeks=2, now=NOW).usage
    assert usage.events == 4
    assert [w.value for w in usage.weekly_events] == [None, None]  # 4 less this week's 3: d's one


def test_items_and_competitors_beside_the_total_are_withheld_as_a_group(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        one = item(conn, "One", competitors=["Acme"])
        two = item(conn, "Two", competitors=["Globex"])
        three = item(conn, "Three", competitors=["Initech"])
        for who in "abcd":
            use(conn, who, one, "open")
        for who in "efg":
            use(conn, who, two, "open")
        use(conn, "h", three, "open")  # Three, Initech: h alone
    usage = insights.dashboard(weeks=2, now=NOW).usage
    assert usage.events == 8
    items = {u.item_id: (u.events, u.opens) for u in usage.items}
    assert items == {one: (4, 4), two: (None, None)}  # Three has no row; Two goes with it
    competitors = {u.name: (u.events, u.opens) for u in usage.competitors}
    assert competitors == {"Acme": (4, 4), "Globex": (None, None), "Initech": (None, None)}


def test_weekly_searches_cannot_be_subtracted_from_the_window(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        for who in "abc":
            search(conn, who, "router", 2, days=1)
            search(conn, who, "router", 0, days=1)
        search(conn, "d", "router", 0, days=9)  # last week: d alone, a search that found nothing
    demand = insights.dashboard(weeks=2, now=NOW).demand
    assert [w.value for w in demand.weekly_searches] == [None, None]
    assert [w.value for w in demand.weekly_zero_hits] == [None, None]


def test_a_top_searchs_zero_hits_need_three_people(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        for who in "abcd":  # "router": 4 people; only d found nothing
            search(conn, who, "router", 2)
        search(conn, "d", "router", 0)
        for who in "abc":  # "mesh": 3 found nothing, d found something: 5 - 4 says d's one
            search(conn, who, "mesh", 0)
        search(conn, "d", "mesh", 3)
        for who in "abcef":  # "wifi": 3 found nothing, 3 others found something: both shown
            search(conn, who, "wifi", 0 if who in "abc" else 2)
        search(conn, "g", "wifi", 2)
    top = {
        t.key: (t.people, t.searches, t.zero_hits)
        for t in insights.dashboard(weeks=2, now=NOW).demand.top_searches
    }
    assert top == {
        query_key("router"): (4, 5, None),
        query_key("mesh"): (4, 4, None),
        query_key("wifi"): (6, 6, 3),
    }


def test_a_gaps_zero_hits_need_three_people(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        deck = item(conn, "Deck")
        for who in "abc":  # "kafka": 3 unserved, their results left unopened; only a's search found nothing
            search(conn, who, "kafka", 2)
        search(conn, "a", "kafka", 0)
        for who in "abc":  # "mqtt": 3 found nothing
            search(conn, who, "mqtt", 0)
        del deck
    gaps = {g.key: (g.people, g.searches, g.zero_hits) for g in insights.gaps.open_gaps(weeks=2, now=NOW)}
    assert gaps == {query_key("kafka"): (3, 4, None), query_key("mqtt"): (3, 3, 3)}


def test_cli_json_says_withheld_not_zero(
    tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    from enablement.cli import main

    path = tmp_path / "cli-lib"
    with Library(path, db_url) as cli_lib, cli_lib.transaction() as conn:
        for who in "abcd":  # "router": 4 people, d's search found nothing: not "0", withheld
            log_search(conn, query="router", hits=2, took_ms=1.0, user=who, query_key=query_key("router"))
        log_search(conn, query="router", hits=0, took_ms=1.0, user="d", query_key=query_key("router"))
        deck = item(conn, "Deck")
        for who, team in (("a", "North"), ("b", "North"), ("c", "North"), ("d", "South")):  # d alone
            conn.execute(
                sa.insert(schema.usage_events).values(
                    at=datetime.now(UTC), person=who, team=team, action="preview", item_id=deck
                )
            )
    base = ["--library", str(path)] + (["--db", db_url] if db_url else [])
    assert main([*base, "insights", "dashboard", "--weeks", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(t["people"], t["searches"], t["zero_hits"]) for t in data["demand"]["top_searches"]] == [
        (4, 5, None)
    ]
    assert data["usage"]["events"] == 4
    assert {t["name"]: t["events"] for t in data["usage"]["teams"]} == {"North": None, "South": None}
    assert main([*base, "insights", "usage", "--weeks", "2"]) == 0
    out = capsys.readouterr().out
    assert "team North: hidden events, hidden people" in out and "North: 3 events" not in out


def test_top_searches_cannot_be_subtracted_from_the_window(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        for who in "abcd":  # "router": 4 people; "mesh": 3 people
            search(conn, who, "router", 2)
        for who in "abc":
            search(conn, who, "mesh", 2)
        search(conn, "d", "kafka", 0)  # d alone searched anything else: the window less the list
    board = insights.dashboard(weeks=2, now=NOW)
    top = {t.key: (t.people, t.searches) for t in board.demand.top_searches}
    assert top == {query_key("router"): (4, 4)}  # "mesh" leaves the list: 8 - 4 - 3 would be d's one
    assert [w.value for w in board.demand.weekly_searches] == [None, 8]
    with lib.transaction() as conn:  # e, f and g search something else too: nothing to tell apart
        for who in "efg":
            search(conn, who, f"lisp {who}", 2)
    top = {t.key: t.people for t in insights.dashboard(weeks=2, now=NOW).demand.top_searches}
    assert top == {query_key("router"): 4, query_key("mesh"): 3}


def test_top_searches_zero_hits_cannot_be_subtracted_from_the_window(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        for who in "abcd":  # "router": 3 zero hits (a, b, c), every one's other search found something
            search(conn, who, "router", 0 if who != "d" else 2)
            search(conn, who, "router", 2)
        for who in "abcd":  # "mesh": found something for everyone, but d found nothing once
            search(conn, who, "mesh", 2)
        search(conn, "d", "mesh", 0)
    board = insights.dashboard(weeks=2, now=NOW)
    top = {t.key: (t.people, t.zero_hits) for t in board.demand.top_searches}
    # mesh's zero hits are withheld (d alone); the window's 4 less router's 3 would say d's one
    assert top == {query_key("router"): (4, None), query_key("mesh"): (4, None)}


def test_a_competitors_weeks_cannot_be_subtracted_from_its_window(lib: Library) -> None:  # noqa: F811
    _, insights = services(lib)
    with lib.transaction() as conn:
        item(conn, "Acme card", kind="battlecard", competitors=["Acme"])
        for who in "abc":  # this week: 3 people searched Acme
            search(conn, who, "acme price", 2, days=1)
        search(conn, "d", "acme price", 2, days=9)  # last week: d alone
    board = insights.dashboard(weeks=2, now=NOW)
    assert {c.competitor: c.searches for c in board.coverage} == {"Acme": 4}
    trend = board.coverage_trend
    assert [w.value for w in trend.competitors[0].weekly_searches] == [None, None]
    assert [w.value for w in trend.weekly_searches] == [None, None]  # any competitor: as Acme
