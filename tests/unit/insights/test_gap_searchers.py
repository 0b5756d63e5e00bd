"""A gap's searchers less its unserved people are its served people: "4 of 5 people" would say one
person opened a result. The gap aggregate withholds the searchers then (1 or 2 served), in SQL, and
readers see "5+" ("more than the unserved"), never a misleading number; on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from pathlib import Path

from enablement.insights.export import export_csv
from enablement.search.keys import query_key
from enablement.store import Library
from tests.unit.insights.test_insights import NOW, item, lib, search, services, use  # noqa: F401


def test_searchers_are_withheld_when_one_or_two_were_served(lib: Library, tmp_path: Path) -> None:  # noqa: F811
    _, insights = services(lib)
    people = [f"p{n}" for n in range(10)]
    with lib.transaction() as conn:
        deck = item(conn, "Deck")
        for who in people[:4]:  # "wifi 7": 4 unserved, 1 served: withheld
            search(conn, who, "wifi 7", 0)
        use(conn, people[4], deck, search_id=search(conn, people[4], "wifi 7", 3))
        for who in people[:5]:  # "mesh": 5 unserved, 2 served: withheld
            search(conn, who, "mesh", 0)
        for who in people[5:7]:
            use(conn, who, deck, search_id=search(conn, who, "mesh", 3))
        for who in people[:3]:  # "vpn sla": 3 unserved, 3 served: shown
            search(conn, who, "vpn sla", 0)
        for who in people[3:6]:
            use(conn, who, deck, search_id=search(conn, who, "vpn sla", 3))
        for who in people[:3]:  # "kafka": 3 unserved, nobody served: shown
            search(conn, who, "kafka", 0)
    gaps = {g.key: g for g in insights.gaps.open_gaps(weeks=2, now=NOW)}
    shown = {k: (g.people, g.searchers, g.searchers_shown) for k, g in gaps.items()}
    assert shown == {
        query_key("mesh"): (5, None, "6+"),
        query_key("wifi 7"): (4, None, "5+"),
        query_key("vpn sla"): (3, 6, "6"),
        query_key("kafka"): (3, 3, "3"),
    }
    assert gaps[query_key("mesh")].to_json()["searchers"] is None
    board = insights.dashboard(weeks=2, now=NOW)
    export_csv(board, tmp_path)
    with (tmp_path / "gaps.csv").open(newline="", encoding="utf-8") as f:
        rows = {r["key"]: r["searchers"] for r in csv.DictReader(f)}
    assert rows[query_key("wifi 7")] == "5+" and rows[query_key("vpn sla")] == "6"
