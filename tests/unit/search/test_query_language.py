"""Every query-language form, correction type and bad-syntax path, asserting the hits."""

from __future__ import annotations

import pytest

from enablement.search.service import SearchService
from enablement.store import Library
from tests.unit.search.conftest import slide, store_item


def units(response: object) -> list[tuple[str, str, int]]:
    return [(h.source, h.unit, h.number) for h in response.hits]  # type: ignore[attr-defined]


def first(search: SearchService, query: str, **kw: object) -> tuple[str, str, int]:
    response = search.search(query, log=False, **kw)  # type: ignore[arg-type]
    assert response.hits, f"nothing for {query!r}"
    return units(response)[0]


# ------------------------------------------------------------------ analysis through search


@pytest.mark.parametrize("query", ["конкурентов", "конкуренты", "конкурентам", "Конкурент"])
def test_russian_inflections_find_the_same_slide(search: SearchService, query: str) -> None:
    assert first(search, query) == ("alfa-pitch.pptx", "slide", 1)


@pytest.mark.parametrize("query", ["ёлка", "елка", "ЁЛКУ"])
def test_yo_and_ye_are_one_letter(search: SearchService, query: str) -> None:
    assert first(search, query) == ("alfa-pitch.pptx", "slide", 4)


@pytest.mark.parametrize("query", ["PX-200", "px200", "PX 200", "Px-200", "px 200"])
def test_product_code_spellings_find_the_row(search: SearchService, query: str) -> None:
    assert first(search, query) == ("price.xlsx", "row", 1)


def test_code_parts_stay_findable(search: SearchService) -> None:
    assert ("price.xlsx", "row", 1) in units(search.search("PX", log=False))


def test_english_stemming(search: SearchService) -> None:
    assert first(search, "outage") == ("globex.md", "section", 2)
    assert first(search, "migration") == ("globex.md", "section", 2)


def test_speaker_notes_are_searchable(search: SearchService) -> None:
    assert first(search, "бюджет") == ("alfa-pitch.pptx", "slide", 1)


def test_snippet_marks_inflected_forms(search: SearchService) -> None:
    hit = search.search("конкурент", log=False).hits[0]
    assert "**конкурентами**" in hit.snippet
    assert "<b>конкурентами</b>" in hit.snippet_html


# ------------------------------------------------------------------ operators


def test_all_words_must_match(search: SearchService) -> None:
    assert units(search.search("скидка контракт", log=False)) == [("alfa-pitch.pptx", "slide", 2)]


def test_partial_matches_when_no_unit_has_every_word(search: SearchService) -> None:
    response = search.search("скидка маршрутизатор", log=False)
    assert response.partial
    assert {("alfa-pitch.pptx", "slide", 2), ("price.xlsx", "row", 1)} <= set(units(response))


def test_phrase(search: SearchService) -> None:
    assert units(search.search('"годовом контракте"', log=False)) == [("alfa-pitch.pptx", "slide", 2)]
    assert search.search('"годовом прайс"', log=False).total == 0  # both words are there, not together


def test_exclusion(search: SearchService) -> None:
    found = set(units(search.search("маршрутизатор -PX-300", log=False)))
    assert ("price.xlsx", "row", 1) in found
    assert ("price.xlsx", "row", 2) not in found


def test_or(search: SearchService) -> None:
    found = set(units(search.search("коммутатор OR ФСТЭК", log=False)))
    assert found == {("price.xlsx", "row", 3), ("alfa-pitch.pptx", "slide", 3)}


def test_prefix(search: SearchService) -> None:
    found = set(units(search.search("маршрутиз*", log=False)))
    assert {("price.xlsx", "row", 1), ("price.xlsx", "row", 2)} <= found


def test_fuzzy_operator(search: SearchService) -> None:
    assert first(search, "коммутатар~", correct=False) == ("price.xlsx", "row", 3)


@pytest.mark.parametrize(
    ("query", "options", "expected"),
    [
        ("kind:catalog", {}, {("price.xlsx", "row", 1), ("price.xlsx", "row", 2), ("price.xlsx", "row", 3)}),
        ("support competitor:Globex", {}, {("globex.md", "section", 2)}),
        ("support", {"competitor": "globex"}, {("globex.md", "section", 2)}),
        ("PX product:маршрутизаторы", {}, {("price.xlsx", "row", 1), ("price.xlsx", "row", 2)}),
        ("скидка tag:продажи", {}, {("alfa-pitch.pptx", "slide", 2)}),
        ("connector lang:en", {}, {("guide.pdf", "page", 1)}),
        ("kind:slide бюджет", {}, {("alfa-pitch.pptx", "slide", 1)}),
        ("прайс", {"kind": "deck"}, {("alfa-pitch.pptx", "slide", 2)}),
        ('competitor:"Альфа-Софт" скидка', {}, {("alfa-pitch.pptx", "slide", 2)}),
    ],
)
def test_filters(search: SearchService, query: str, options: dict[str, str], expected: set[object]) -> None:
    assert set(units(search.search(query, log=False, **options))) == expected  # type: ignore[arg-type]


def test_excluded_filter(search: SearchService) -> None:
    found = set(units(search.search("прайс -kind:catalog", log=False)))
    assert found == {("alfa-pitch.pptx", "slide", 2)}


def test_archived_hidden_unless_asked(search: SearchService) -> None:
    assert ("old.pptx", "slide", 1) not in units(search.search("Globex", log=False))
    assert ("old.pptx", "slide", 1) in units(search.search("Globex", include_archived=True, log=False))
    assert units(search.search("устаревшие status:archived", log=False)) == [("old.pptx", "slide", 1)]


def test_drafts_never_found(search: SearchService) -> None:
    assert search.search("черновик секретный", log=False).total == 0
    assert search.search("секретный status:draft", log=False).total == 0


# ------------------------------------------------------------------ bad syntax degrades


@pytest.mark.parametrize(
    "query",
    ['"годовом контракте', '"скидка прайс', 'скидка "прайс январе',
     "скидка OR", "OR скидка", "((скидка", "скидка)", "- скидка", "скидка -",
     'скидка "', "foo:скидка", "скидка**", "kind: скидка", "скидка ~", "AND скидка", "::скидка::"],
)  # fmt: skip
def test_bad_syntax_degrades_to_words(search: SearchService, query: str) -> None:
    assert ("alfa-pitch.pptx", "slide", 2) in units(search.search(query, log=False))


@pytest.mark.parametrize("query", ["", "   ", '"', "-", "*", "OR", "kind:", '""', "-нет"])
def test_degenerate_queries_return_nothing_without_error(search: SearchService, query: str) -> None:
    response = search.search(query, log=False)
    assert response.hits == [] or response.total >= 0


# ------------------------------------------------------------------ corrections


@pytest.mark.parametrize(
    ("query", "corrected", "expected"),
    [
        ("rjyrehtyn", "конкурент", ("alfa-pitch.pptx", "slide", 1)),
        ("ghfqc", "прайс", None),
        ("ыгззщке", "support", ("globex.md", "section", 2)),
    ],
)
def test_wrong_layout(search: SearchService, query: str, corrected: str, expected: object) -> None:
    response = search.search(query, log=False)
    assert response.correction == {"type": "layout", "query": corrected}
    assert response.query == query and response.searched_query == corrected
    if expected:
        assert units(response)[0] == expected
    assert search.search(query, correct=False, log=False).total == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [("конкурентв", ("alfa-pitch.pptx", "slide", 1)), ("скидкк", ("alfa-pitch.pptx", "slide", 2)),
     ("outeges", ("globex.md", "section", 2))],
)  # fmt: skip
def test_typos(search: SearchService, query: str, expected: object) -> None:
    response = search.search(query, log=False)
    assert response.correction is not None and response.correction["type"] == "spelling"
    assert units(response)[0] == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [("skidka", ("alfa-pitch.pptx", "slide", 2)), ("kasperskogo", ("alfa-pitch.pptx", "slide", 3)),
     ("суппорт", ("globex.md", "section", 2))],
)  # fmt: skip
def test_transliteration(search: SearchService, query: str, expected: object) -> None:
    response = search.search(query, log=False)
    assert response.correction is not None and response.correction["type"] == "translit"
    assert expected in units(response)[:2]


def test_names_match_across_scripts_without_correction(search: SearchService) -> None:
    found = set(units(search.search("Касперский", log=False)))
    assert {("alfa-pitch.pptx", "slide", 3), ("guide.pdf", "page", 1)} <= found
    assert ("globex.md", "section", 1) in units(search.search("Глобекс", log=False))


def test_known_words_are_not_corrected(search: SearchService) -> None:
    assert search.search("скидка", log=False).correction is None
    assert search.search("PX-300", log=False).correction is None


# ------------------------------------------------------------------ results


def test_json_contract(search: SearchService) -> None:
    data = search.search("скидка", log=False).to_json()
    assert set(data) == {"query", "correction", "total", "took_ms", "hits", "facets"}
    hit = data["hits"][0]
    assert set(hit) == {"item", "kind", "title", "source", "unit", "number", "heading", "score", "snippet"}
    assert (hit["source"], hit["unit"], hit["number"], hit["kind"]) == ("alfa-pitch.pptx", "slide", 2, "deck")
    assert set(data["facets"]) == {"kind", "competitor", "product", "tag", "language"}
    assert data["facets"]["competitor"] == {"Альфа-Софт": 1}


def test_facets_count_every_match(search: SearchService) -> None:
    facets = search.search("маршрутизатор OR коммутатор OR globex", log=False).facets
    assert facets["kind"] == {"catalog": 3, "battlecard": 3}
    assert facets["language"] == {"ru": 3, "en": 3}


def test_grouping(search: SearchService) -> None:
    response = search.search("маршрутизатор OR коммутатор OR скидка", group=True, log=False)
    assert [g.source for g in response.groups] == [h.source for h in response.hits]
    assert len({g.item for g in response.groups}) == len(response.groups)
    catalog = next(g for g in response.groups if g.source == "price.xlsx")
    assert len(catalog.hits) == 3


def test_limit(search: SearchService) -> None:
    assert len(search.search("kind:catalog", limit=2, log=False).hits) == 2


def test_suggest(search: SearchService) -> None:
    assert any(s.startswith("маршрутизатор") for s in search.suggest("марш"))
    assert search.suggest("цены и марш")[0].startswith("цены и ")


@pytest.mark.parametrize(
    ("a", "b"), [("Стрелец", "Стрельца"), ("стрельцом", "стрелец"), ("образец", "образцы"), ("отец", "отца")]
)
def test_fleeting_vowel_forms_share_a_stem(a: str, b: str) -> None:
    from enablement.search.analysis import fold, stem

    assert stem(fold(a)) == stem(fold(b))


def test_fleeting_vowel_does_not_break_transliteration() -> None:
    from enablement.search.analysis import skeleton

    assert skeleton("Стрелец") == skeleton("Strelets")


def test_a_russian_word_is_not_transliterated_into_a_different_english_stem(sqlite_library: Library) -> None:
    """ "кейс" spelt in Latin is "keys", whose English stem "key" is another word: no correction, so
    the search that found nothing stays a content gap instead of hitting "Key takeaways"."""
    store_item(sqlite_library, "Training", [slide(1, "Key takeaways", "Keys to a good demo")])
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        response = service.search("кейс", log=False)
        assert response.correction is None and response.total == 0
    finally:
        service.close()
