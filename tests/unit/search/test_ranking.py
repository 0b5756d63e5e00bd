"""The order of a result list (ranking.py): full matches, then partial ones by how many words they
have; at most a few hits of one item, the rest collapsed under it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from enablement.domain import ExtractedUnit, ItemKind, UnitKind
from enablement.search import ranking, scoring
from enablement.search.ranking import coverage_tiers
from enablement.search.service import SearchService
from enablement.store import Library
from tests.unit.search.conftest import section, slide, store_item


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
        ],
        source="compressors.pptx",
    )
    store_item(
        sqlite_library,
        "Логистика",
        [slide(1, "Доставка", "Доставка из Китая за шесть недель")],
        source="delivery.pptx",
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
    # two of the three words (slide 2) rank above one of them (slide 3, the delivery, the pump)
    assert found[1] == ("compressors.pptx", "slide", 2)
    assert set(found[2:]) == {
        ("compressors.pptx", "slide", 3),
        ("delivery.pptx", "slide", 1),
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


def test_battle_card_sections_do_not_fill_the_list(sqlite_library: Library) -> None:
    store_item(
        sqlite_library,
        "Карточка: Ханвэй",
        [section(n, f"Раздел {n}", f"Ханвэй: довод номер {n}") for n in range(1, 9)],
        kind=ItemKind.BATTLECARD,
        competitors=["Ханвэй"],
        source="hanwei.md",
    )
    for name in ("tender", "service", "price"):
        store_item(
            sqlite_library,
            f"Ханвэй: {name}",
            [section(1, "Обзор", "Ханвэй в тендерах и сервисе")],
            kind=ItemKind.BATTLECARD,
            competitors=["Ханвэй"],
            source=f"hanwei-{name}.md",
        )
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        for query in ("Ханвэй", "competitor:Ханвэй"):
            response = service.search(query, limit=10, log=False)
            sources = [h.source for h in response.hits]
            assert sources.count("hanwei.md") == 3, query  # at most three hits of one item ...
            assert {"hanwei-tender.md", "hanwei-service.md", "hanwei-price.md"} <= set(sources), query
            last = [h for h in response.hits if h.source == "hanwei.md"][-1]
            assert len(last.more) == 5, query  # ... the other five collapsed under its last one
            assert {h.number for h in last.more}.isdisjoint(
                h.number for h in response.hits if h.source == "hanwei.md"
            )
            shown = [h for h in response.to_json()["hits"] if h["source"] == "hanwei.md"]
            assert shown[-1]["more_count"] == 5 and len(shown[-1]["more"]) == 5
            assert "more" not in shown[0]
    finally:
        service.close()


def test_a_code_finds_its_row_slide_and_page_before_cards_that_name_it(sqlite_library: Library) -> None:
    store_item(
        sqlite_library,
        "Battle card: Globex",
        [
            section(1, "Overview", "Globex ProServer competes with our servers in tenders"),
            section(2, "How we win", "Our KX-300 ships from stock; Globex needs eight weeks"),
        ],
        kind=ItemKind.BATTLECARD,
        language="en",
        competitors=["Globex"],
        products=["KX-300"],  # every section of the card carries the product name
        source="globex.md",
    )
    store_item(
        sqlite_library,
        "KX series",
        [slide(1, "KX-300: the virtualization workhorse", "2U, two CPUs, 12 drive bays")],
        language="en",
        products=["KX-300"],
        source="kx-series.pptx",
    )
    page = "Model | Price, RUB | Delivery\nKX-200 | 485 000 | stock\nKX-300 | 1 190 000 | stock\n" * 6
    store_item(
        sqlite_library,
        "Price list 2026",
        [ExtractedUnit(UnitKind.PAGE, 1, heading="Servers", text=page)],
        kind=ItemKind.DOCUMENT,
        language="en",
        source="pricelist.pdf",
    )
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        found = units(service.search("KX-300", log=False))
        assert found[0] == ("kx-series.pptx", "slide", 1)  # its heading names the code
        about = {("kx-series.pptx", "slide", 1), ("pricelist.pdf", "page", 1)}
        assert set(found[:2]) == about
        assert found.index(("globex.md", "section", 2)) < found.index(("globex.md", "section", 1))
    finally:
        service.close()


def test_words_said_together_outrank_words_scattered(
    sqlite_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neighbouring query words standing together in a unit lift it (ranking.Near)."""
    store_item(
        sqlite_library,
        "Battle card: Hanwei",
        [
            section(
                1,
                "Terms",
                "Warranty claims go through the portal; support answers in one day; contracts run a year.",
            ),
            section(
                2,
                "Weaknesses",
                "Hanwei gives a one year warranty only, and spare parts "
                "travel from abroad with long customs clearance for every order.",
            ),
        ],
        kind=ItemKind.BATTLECARD,
        language="en",
        source="hanwei.md",
    )
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        assert units(service.search("warranty one year", log=False))[0] == ("hanwei.md", "section", 2)
        monkeypatch.setattr(ranking, "NEAR_BOOST", 0.0)  # without the lift, the shorter section 1 wins
        assert units(service.search("warranty one year", log=False))[0] == ("hanwei.md", "section", 1)
    finally:
        service.close()


def test_a_long_page_is_measured_against_pages_not_card_sections(
    sqlite_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """BM25 length normalisation per unit kind (scoring._kind_averages): a catalogue page that
    names a word twice beats a short card section naming it once, as pages go."""
    filler = " ".join(f"позиция{n} модель{n} размер{n}" for n in range(90))
    pages = [ExtractedUnit(UnitKind.PAGE, n, heading="", text=f"{filler} страница {n}") for n in range(1, 5)]
    pages.append(
        ExtractedUnit(UnitKind.PAGE, 5, heading="", text=f"{filler} Термостат ТР-1, термостат для камер")
    )
    store_item(sqlite_library, "Каталог", pages, kind=ItemKind.DOCUMENT, source="catalog.pdf")
    points = " ".join(f"довод{n} ответ{n}" for n in range(25))
    store_item(
        sqlite_library,
        "Карточка: Ханвэй",
        [section(n, f"Раздел {n}", f"Ханвэй: {points} номер {n}") for n in range(1, 6)]
        + [section(6, "Комплектация", f"{points} У Ханвэй термостат в комплекте")],
        kind=ItemKind.BATTLECARD,
        source="hanwei.md",
    )
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        assert units(service.search("термостат", log=False))[0] == ("catalog.pdf", "page", 5)
    finally:
        service.close()
    monkeypatch.setattr(scoring, "KIND_BLEND", 0.0)  # one average for every kind, as before
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        assert units(service.search("термостат", log=False))[0] == ("hanwei.md", "section", 6)
    finally:
        service.close()


def test_a_cards_section_brings_its_twin_in_the_other_language(
    sqlite_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same section of the competitor's card in the other language is listed too (ranking.Twins)."""
    sections = [("overview", "Обзор"), ("weaknesses", "Слабые места"), ("pricing", "Цены")]
    store_item(
        sqlite_library,
        "Карточка: Ханвэй",
        [
            section(n, heading, f"Ханвэй: {text}", section_type=kind)
            for n, ((kind, heading), text) in enumerate(
                zip(sections, ["крупный игрок", "гарантия один год", "дешевле на треть"], strict=True), 1
            )
        ],
        kind=ItemKind.BATTLECARD,
        competitors=["Ханвэй"],
        source="hanwei_ru.md",
    )
    store_item(
        sqlite_library,
        "Battle card: Hanwei",
        [
            section(n, heading, f"Hanwei: {text}", section_type=kind)
            for n, ((kind, heading), text) in enumerate(
                zip(sections, ["big player", "one-year warranty", "a third cheaper"], strict=True), 1
            )
        ],
        kind=ItemKind.BATTLECARD,
        language="en",
        competitors=["Ханвэй"],
        source="hanwei_en.md",
    )
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        found = units(service.search("крупный игрок", log=False))
        assert found == [("hanwei_ru.md", "section", 1), ("hanwei_en.md", "section", 1)]  # no shared word
        filtered = units(service.search("крупный игрок", lang="ru", log=False))
        assert filtered == [("hanwei_ru.md", "section", 1)]  # never outside the query's filters
    finally:
        service.close()
    monkeypatch.setattr(ranking, "TWIN_SCAN", 0)  # no twins looked for: the Russian section alone
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        assert units(service.search("крупный игрок", log=False)) == [("hanwei_ru.md", "section", 1)]
    finally:
        service.close()
