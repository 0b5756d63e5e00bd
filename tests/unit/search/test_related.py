"""Related words (related.py): Russian noun/adjective derivation and the editable synonym list."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from enablement.cli import main
from enablement.search.related import derived_stems, parse_synonyms
from enablement.search.service import SearchService
from enablement.store import Library
from tests.unit.search.conftest import slide, store_item


def units(response: object) -> list[tuple[str, str, int]]:
    return [(h.source, h.unit, h.number) for h in response.hits]  # type: ignore[attr-defined]


def test_derived_stems_link_a_noun_and_its_sk_adjective() -> None:
    vocabulary = {"кит", "кита", "китайск", "китайц", "росс", "российск", "компрессор"}

    def scan(prefix: str) -> list[str]:
        return sorted(t for t in vocabulary if t.startswith(prefix))

    def has(s: str) -> bool:
        return s in vocabulary

    assert set(derived_stems("китайск", has, scan)) == {"кита", "кит"}  # китайский -> Китай, Китая
    assert derived_stems("кит", has, scan) == ["китайск"]  # Китая -> китайский (not китаец)
    assert derived_stems("росс", has, scan) == ["российск"]
    assert derived_stems("компрессор", has, scan) == []
    assert derived_stems("server", has, scan) == []  # Russian only


def test_synonym_file_format_and_its_problems() -> None:
    found = parse_synonyms("# comment\nТЗ, техзадание, техническое задание\nодно слово\n\nцена; price\n")
    assert len(found.groups) == 2
    assert found.problems == ["line 3: needs two or more terms separated by commas: 'одно слово'"]
    length, others = found.match(["техническ", "задан", "срок"], 0) or (0, [])
    assert length == 2 and ("тз",) in others and ("техзадан",) in others


@pytest.fixture
def related(sqlite_library: Library) -> Iterator[SearchService]:
    store_item(
        sqlite_library,
        "Конкуренты",
        [
            slide(1, "Ханвэй", "Китайский компрессор дешевле на 20%"),
            slide(2, "Тендеры", "Как написать техническое задание на чиллер"),
            slide(3, "Прочее", "Бублик к чаю"),
        ],
        source="rivals.pptx",
    )
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        yield service
    finally:
        service.close()


def test_a_noun_finds_its_adjective_and_back(related: SearchService) -> None:
    for query in ("компрессоры из Китая", "китайские компрессоры", "компрессор Китай"):
        response = related.search(query, log=False)
        assert units(response)[0] == ("rivals.pptx", "slide", 1), query
        assert not response.hits[0].partial, query  # a full match, not a partial one
    assert "**Китайский**" in related.search("компрессоры из Китая", log=False).hits[0].snippet


def test_the_default_list_links_abbreviations_and_languages(related: SearchService) -> None:
    for query in ("ТЗ на чиллер", "техзадание", "technical specification"):
        assert units(related.search(query, log=False))[0] == ("rivals.pptx", "slide", 2), query
    related.synonyms = None  # without the list the abbreviation finds nothing
    assert related.search("ТЗ", log=False).total == 0


def test_the_librarys_own_list_replaces_the_default_and_is_read_again(
    related: SearchService, sqlite_library: Library
) -> None:
    own = sqlite_library.root / "synonyms.txt"
    own.write_text("бублик, тор\n", encoding="utf-8")
    assert units(related.search("тор", log=False)) == [("rivals.pptx", "slide", 3)]
    assert related.search("ТЗ", log=False).total == 0  # the default is no longer read
    own.write_text("бублик, баранка\n", encoding="utf-8")
    os.utime(own, ns=(1, 1))  # a new modification time, whatever the clock's resolution
    assert related.search("тор", log=False).total == 0
    assert units(related.search("баранка", log=False)) == [("rivals.pptx", "slide", 3)]


def test_synonyms_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "synonyms"]) == 0
    out = capsys.readouterr().out
    assert "the default shipped with the app" in out and "enablement synonyms --init" in out
    assert main(["--library", lib, "synonyms", "--init"]) == 0
    own = tmp_path / "lib" / "synonyms.txt"
    assert own.is_file() and f"Copied the default list to {own}" in capsys.readouterr().out
    own.write_text("ТЗ, техзадание\nпросто слово\n", encoding="utf-8")
    assert main(["--library", lib, "synonyms", "--init"]) == 1  # never overwritten; the bad line named
    out = capsys.readouterr().out
    assert "already has its own list" in out and "line 2: needs two or more terms" in out
    assert own.read_text(encoding="utf-8").startswith("ТЗ, техзадание")
    assert main(["--library", lib, "synonyms", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["path"] == str(own) and data["own"] and data["groups"] == 1 and len(data["problems"]) == 1


def test_a_questions_frame_is_not_required(related: SearchService) -> None:
    """'как составить …': the slide says 'написать', not 'составить'; it still matches fully."""
    response = related.search("как составить ТЗ на чиллер?", log=False)
    assert units(response)[0] == ("rivals.pptx", "slide", 2)
    assert not response.partial and not response.hits[0].partial
    # a query of frame words only keeps them: 'написать' alone still finds the slide
    assert units(related.search("написать", log=False)) == [("rivals.pptx", "slide", 2)]
