"""Near-copy decks and slides by shingles and MinHash, confirmed by exact Jaccard."""

from __future__ import annotations

from enablement.workbench.near_duplicates import DeckText, find_near_duplicates, jaccard, shingles

BASE = [
    (1, "Серверы PX для филиалов: компактные, тихие, со склада за пять дней"),
    (2, "Коммутаторы NW-500 для ядра сети с резервированием питания и вентиляторов"),
    (3, "Цены на 2026 год: PX-200 стоит 485 000 рублей без НДС, доставка включена"),
    (4, "Следующие шаги: пилот на тридцать дней и встреча с инженером заказчика"),
]


def deck(item_id: int, slides: list[tuple[int, str]], title: str = "") -> DeckText:
    return DeckText(item_id, title or f"Deck {item_id}", "published", tuple(slides))


def test_shingles_ignore_case_punctuation_and_yo() -> None:
    assert shingles("Ещё раз: PX-200, со склада!") == shingles("еще раз px 200 со склада")
    assert jaccard(shingles("a b c d"), shingles("a b c d")) == 1.0
    assert shingles("") == frozenset()


def test_a_near_copy_is_grouped_with_its_original_and_a_different_deck_is_not() -> None:
    copy = [*BASE[:3], (4, "Следующие шаги: пилот на тридцать дней и встреча с инженером")]
    other = [(1, "Партнёрская программа: скидки, обучение, маркетинговые фонды и сертификация")] * 3
    report = find_near_duplicates([deck(1, BASE), deck(2, copy), deck(3, other)], threshold=0.8)
    assert [[d.item_id for d in g.decks] for g in report.decks] == [[1, 2]]
    assert 0.8 <= report.decks[0].similarity < 1.0
    # Slides 1-3 are word for word the same; slide 4 lost its last word (Jaccard 8/9).
    assert [[(s.item_id, s.slide) for s in g.slides] for g in report.slides] == [
        [(1, n), (2, n)] for n in (1, 2, 3, 4)
    ]
    assert [round(g.similarity, 2) for g in report.slides] == [1.0, 1.0, 1.0, 0.89]
    assert report.to_json()["decks"][0]["decks"][1] == {"id": 2, "title": "Deck 2", "status": "published"}


def test_a_lower_threshold_catches_more_drift() -> None:
    drifted = [BASE[0], BASE[1], (3, "Цены уточняйте у менеджера"), (4, "Вопросы?")]
    decks = [deck(1, BASE), deck(2, drifted)]
    assert not find_near_duplicates(decks, threshold=0.8).decks
    assert find_near_duplicates(decks, threshold=0.4).decks


def test_a_slide_shared_by_three_decks_is_one_group_and_repeats_inside_a_deck_are_left_out() -> None:
    shared = BASE[1][1]
    decks = [deck(1, [(1, shared), (2, shared)]), deck(2, [(5, shared)]), deck(3, [(7, shared), (8, "x")])]
    groups = find_near_duplicates(decks).slides
    assert len(groups) == 1
    assert {(s.item_id, s.slide) for s in groups[0].slides} == {(1, 1), (1, 2), (2, 5), (3, 7)}


def test_short_slides_are_not_sprawl() -> None:
    decks = [deck(1, [(1, "Спасибо! Вопросы?")]), deck(2, [(9, "Спасибо! Вопросы?")])]
    assert find_near_duplicates(decks).slides == ()
