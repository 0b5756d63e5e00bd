"""Which text a hit's snippet shows."""

from __future__ import annotations

from enablement.search.analysis import stem
from enablement.search.snippets import make_snippet


def _stems(*words: str) -> set[str]:
    return {stem(w) for w in words}


def test_the_text_wins_over_a_heading_that_matched_more_words() -> None:
    # «Globex слабые места гарантия» on the "Слабые места" section: the card already shows the
    # heading as the hit's location; the snippet should show the sentence about the warranty.
    snippet = make_snippet(
        [
            ("body", "Официальная гарантия производителя в России не действует с 2022 года."),
            ("notes", ""),
            ("heading", "Слабые места"),
        ],
        _stems("globex", "слабые", "места", "гарантия"),
        set(),
    )
    assert snippet.field == "body"
    assert "**гарантия**" in snippet.text


def test_the_heading_is_the_snippet_when_only_it_matches() -> None:
    snippet = make_snippet(
        [("body", "Сроки поставки — 16–20 недель."), ("notes", ""), ("heading", "Слабые места")],
        _stems("слабые", "места"),
        set(),
    )
    assert snippet.field == "heading"
    assert snippet.text == "**Слабые** **места**"


def test_notes_win_when_the_slide_text_has_no_match() -> None:
    snippet = make_snippet(
        [("body", "Итоги года"), ("notes", "Бюджет на обучение утверждён"), ("heading", "Итоги")],
        _stems("бюджет"),
        set(),
    )
    assert snippet.field == "notes"


def test_list_markers_are_not_shown_in_snippets() -> None:
    snippet = make_snippet(
        [("body", "- Сроки поставки 16–20 недель\n- Гарантия не действует\n-5% для партнёров")],
        _stems("гарантия"),
        set(),
    )
    assert snippet.text == "Сроки поставки 16–20 недель · **Гарантия** не действует · -5% для партнёров"
