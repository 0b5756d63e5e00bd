"""The order of a result list (ranking.py): full matches, then partial ones by how many words they
have; at most a few hits of one item, the rest collapsed under it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from enablement.search.ranking import coverage_tiers
from enablement.search.service import SearchService
from enablement.store import Library
from tests.unit.search.conftest import slide, store_item


def units(response: object) -> list[tuple[str, str, int]]:
    return [(h.source, h.unit, h.number) for h in response.hits]  # type: ignore[attr-defined]


@pytest.fixture
def ranked(sqlite_library: Library) -> Iterator[SearchService]:
    store_item(
        sqlite_library,
        "Компрессоры",
        [
            slide(1, "Винтовой компрессор", "Винтовой компрессор из Китая, сервис в Казани"),
            slide(2, "Поршневой компрессор", "Компрессор из Китая для холодильных камер"),
            slide(3, "Сервис", "Сервис компрессоров по всей России"),
            slide(4, "Доставка", "Доставка из Китая за шесть недель"),
        ],
        source="compressors.pptx",
    )
    store_item(
        sqlite_library,
        "Винтовые решения",
        [slide(1, "Обзор", "Винтовой насос для водоканала")],
        source="screws.pptx",
    )
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        yield service
    finally:
        service.close()


def test_coverage_tiers_count_the_parts_each_document_has() -> None:
    a, b, c = 0b0111, 0b0011, 0b1001  # doc 0 in all three, doc 1 in a and b, doc 2 in a, doc 3 in c
    two, one = coverage_tiers([a, b, c], scope=0b1111)
    assert (two, one) == (0b0010, 0b1100)


def test_partial_matches_fill_the_list_below_the_full_ones(ranked: SearchService) -> None:
    response = ranked.search("винтовой компрессор Китай", log=False)
    assert not response.partial  # some unit has every word
    assert response.total == 1  # the total counts the full matches
    found = units(response)
    assert found[0] == ("compressors.pptx", "slide", 1)
    assert not response.hits[0].partial
    assert all(h.partial for h in response.hits[1:])
    # two of the three words (slide 2) rank above one of them (slides 3, 4 and the pump)
    assert found[1] == ("compressors.pptx", "slide", 2)
    assert set(found[2:]) == {
        ("compressors.pptx", "slide", 3),
        ("compressors.pptx", "slide", 4),
        ("screws.pptx", "slide", 1),
    }
    scores = [h.score for h in response.hits]
    assert scores == sorted(scores, reverse=True)  # a partial hit never scores above a fuller one
    hits = response.to_json()["hits"]
    assert "partial" not in hits[0] and all(h["partial"] is True for h in hits[1:])


def test_partial_matches_keep_excluded_words_out(ranked: SearchService) -> None:
    found = set(units(ranked.search("винтовой компрессор -насос", log=False)))
    assert ("screws.pptx", "slide", 1) not in found
    assert ("compressors.pptx", "slide", 2) in found


def test_no_full_match_says_partial(ranked: SearchService) -> None:
    response = ranked.search("поршневой насос", log=False)
    assert response.partial and response.total == 2
    assert all(h.partial for h in response.hits)


def test_one_word_has_no_partial_fill(ranked: SearchService) -> None:
    response = ranked.search("насос", log=False)
    assert units(response) == [("screws.pptx", "slide", 1)]
