"""Three people who type three spellings of one name make one content gap: the search service
logs one key for them (enablement.search.keys), so the gap reaches the three-people threshold.
Through the real search service and gap list, on SQLite and PostgreSQL."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from enablement.cli.insights import _gap_key
from enablement.insights.gaps import GapService
from enablement.search.service import SearchService


def test_three_spellings_by_three_people_are_one_gap(
    search_env: tuple[SearchService, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    service, _ = search_env
    typed = {
        "anna": ("Альфа-Софт", "K-900Z"),  # the library names Альфа-Софт; nothing has K900Z
        "sam": ("АльфаСофт", "K900Z"),
        "sue": ("альфа софт", "к-900z"),  # typed apart; a Cyrillic к
    }
    for who, queries in typed.items():
        service.user = who
        for query in queries:
            service.search(query)
    gaps = {g.key: g for g in GapService(service.library).open_gaps()}
    assert {k: g.people for k, g in gaps.items()} == {"альфасофт": 3, "k900z": 3}
    assert gaps["k900z"].zero_hits == 3
    # The CLI's gap commands take any spelling and find the gap's key.
    services = SimpleNamespace(search=service, insights=SimpleNamespace(gaps=GapService(service.library)))
    assert {_gap_key(services, t) for t in ("альфа софт", "Альфа-Софта", "альфасофт")} == {"альфасофт"}
    assert _gap_key(services, "K 900Z") == "k900z"  # the gap's own word joins the pair
    assert "note:" not in capsys.readouterr().err
