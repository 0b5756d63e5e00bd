"""Each selling rule on decks built with python-pptx, in Russian and in English."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from enablement.search.analysis import normalise_code
from enablement.workbench.deck_check import check_deck, deck_from_file
from enablement.workbench.deck_rules import RULES, Finding, LibraryFacts, Severity
from tests.unit.workbench.decks import NOTE, Slide, make_deck

TODAY = date(2026, 6, 1)
CLOSING: Slide = ("Следующие шаги", ["Пилот на 30 дней", "sales@nordwind.example"], NOTE)
CATALOG = frozenset(normalise_code(c) for c in ("PX-200", "PX-300G", "NW-48T", "K-300R", "OD30"))


def lint(tmp_path: Path, slides: list[Slide], **facts: Any) -> list[Finding]:
    deck = deck_from_file(make_deck(tmp_path / "deck.pptx", slides))
    return list(check_deck(deck, LibraryFacts(today=TODAY, **facts), source="test").findings)


def only(found: list[Finding], rule: str) -> list[Finding]:
    return [f for f in found if f.rule == rule]


def test_every_rule_has_a_docstring_saying_why() -> None:
    for rule in RULES:
        assert rule.__doc__ and len(rule.__doc__.split()) > 15, rule.__name__


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Цены", ["Цена по запросу", "Гибкие условия для партнёров"]),
        ("Стоимость владения", ["Ниже, чем у конкурентов"]),
        ("Тарифы на 2026 год", ["Базовый", "Расширенный"]),
        ("Pricing", ["Contact us for a quote"]),
        ("Price list", ["Competitive prices for PX-200"]),
    ],
)
def test_pricing_slide_without_a_number(tmp_path: Path, title: str, body: list[str]) -> None:
    found = only(lint(tmp_path, [(title, body, NOTE), CLOSING]), "pricing-without-number")
    assert [(f.slide, f.severity) for f in found] == [(1, Severity.ERROR)]
    assert found[0].evidence.startswith(title)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Цены", ["PX-200: 485 000 ₽ без НДС"]),
        ("Pricing", ["From $4,900 per node per year"]),
        ("Тарифы", ["Базовый тариф — бесплатно"]),
        ("Handling objections", ["Too expensive: compare five-year cost"]),  # not a pricing slide
    ],
)
def test_pricing_slide_with_a_price_is_fine(tmp_path: Path, title: str, body: list[str]) -> None:
    assert not only(lint(tmp_path, [(title, body, NOTE), CLOSING]), "pricing-without-number")


@pytest.mark.parametrize(
    "closing",
    [
        ("Следующие шаги", ["Пилот"], ""),
        ("Спасибо!", ["Свяжитесь с нами"], ""),
        ("Закажите демо", [], ""),
        ("Next steps", ["Pilot in May"], ""),
        ("Thank you", ["Book a demo"], ""),
        ("Thank you", ["www.nordwind.example"], ""),
    ],
)
def test_a_call_to_action_on_the_last_slides(tmp_path: Path, closing: Slide) -> None:
    slides: list[Slide] = [("О компании", ["Серверы и коммутаторы с 2011 года"], NOTE), closing]
    assert not only(lint(tmp_path, slides), "no-call-to-action")


def test_a_call_to_action_one_slide_before_the_last_counts(tmp_path: Path) -> None:
    slides: list[Slide] = [("Intro", ["Why us"], NOTE), CLOSING, ("Спасибо!", ["Вопросы?"], NOTE)]
    assert not only(lint(tmp_path, slides), "no-call-to-action")


@pytest.mark.parametrize(
    "closing", [("Спасибо за внимание!", ["Итоги квартала"], ""), ("Summary", ["Fast"], "")]
)
def test_no_call_to_action(tmp_path: Path, closing: Slide) -> None:
    slides: list[Slide] = [("Next steps", ["Sign the order"], NOTE), ("Итоги", ["Мы лучшие"], NOTE), closing]
    found = only(lint(tmp_path, slides), "no-call-to-action")
    assert [(f.slide, f.severity) for f in found] == [(3, Severity.ERROR)]
    assert found[0].message.args == {"count": 2}


@pytest.mark.parametrize(
    ("text", "competitor", "named"),
    [
        ("Мы надёжнее, чем Стрелец", "Strelets", "Стрелец"),
        ("В отличие от Стрельца, мы поставляем со склада", "Стрелец", "Стрельца"),
        ("Globex is slow to ship", "Globex", "Globex"),
        ("Альфа-Софта проще внедрить", "Alfa-Soft", "Альфа-Софта"),
    ],
)
def test_competitor_named_without_proof(tmp_path: Path, text: str, competitor: str, named: str) -> None:
    found = only(
        lint(tmp_path, [("Сравнение", [text], NOTE), CLOSING], competitors=(competitor,)),
        "competitor-without-proof",
    )
    assert [f.slide for f in found] == [1]
    assert found[0].message.args == {"competitor": competitor}
    assert named in found[0].evidence


@pytest.mark.parametrize(
    "proof",
    ["на 30% быстрее", "поставка за 5 дней", "кейс: Сбер перешёл за квартал", "source: IDC",
     "Источник: Gartner", "customer reference: Acme Bank"],
)  # fmt: skip
def test_competitor_with_a_proof_point(tmp_path: Path, proof: str) -> None:
    slides: list[Slide] = [("Против Globex", [proof], NOTE), CLOSING]
    assert not only(lint(tmp_path, slides, competitors=("Globex",)), "competitor-without-proof")


def test_a_product_code_is_not_a_proof_point(tmp_path: Path) -> None:
    slides: list[Slide] = [("Против Globex", ["GX-4800 устарел"], NOTE), CLOSING]
    assert only(lint(tmp_path, slides, competitors=("Globex",)), "competitor-without-proof")


def test_the_deck_metadata_names_competitors_too(tmp_path: Path) -> None:
    from enablement.workbench.deck_rules import DeckSlides, SlideText

    deck = DeckSlides("d", (SlideText(1, "Vs Acme", "Acme is slow", NOTE),), competitors=("Acme",))
    found = check_deck(deck, LibraryFacts(today=TODAY), source="test").findings
    assert [f.slide for f in found if f.rule == "competitor-without-proof"] == [1]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Цены 2021 года", 2021),
        ("Прайс-лист от 15.03.2022", 2022),
        ("Benchmark, 2019–2020", 2019),
        ("As of 2023", 2023),
    ],
)
def test_stale_years(tmp_path: Path, text: str, year: int) -> None:
    found = only(lint(tmp_path, [("Факты", [text, "и ещё немного текста"], NOTE), CLOSING]), "stale-date")
    assert [f.slide for f in found] == [1]
    assert found[0].message.args == {"year": year, "years": 2}
    assert str(year) in found[0].evidence


@pytest.mark.parametrize(
    "text",
    ["Цены 2024 года", "Основана в 2011 году", "Since 2009", "GX-2019 снят с производства", "2000 ₽ за порт",
     "2048 GB RAM", "Дорожная карта 2027"],
)  # fmt: skip
def test_recent_years_history_and_quantities_are_not_stale(tmp_path: Path, text: str) -> None:
    assert not only(lint(tmp_path, [("Факты", [text], NOTE), CLOSING]), "stale-date")


def test_the_age_threshold_is_a_setting(tmp_path: Path) -> None:
    slides: list[Slide] = [("Факты", ["Данные 2023 года"], NOTE), CLOSING]
    assert only(lint(tmp_path, slides, max_age_years=2), "stale-date")
    assert not only(lint(tmp_path, slides, max_age_years=3), "stale-date")


def test_a_stale_price_is_called_a_price(tmp_path: Path) -> None:
    found = only(lint(tmp_path, [("Price list 2020", ["PX-200: $5,000"], NOTE), CLOSING]), "stale-date")
    assert "price" in str(found[0].message)


def test_unknown_product_codes_of_our_families(tmp_path: Path) -> None:
    slides: list[Slide] = [
        (
            "Линейка",
            ["PX-200, PX 300G, PX-250 и NW-48T", "Замена для GX-4800 (Globex)"],
            "Спросите про K-300R и K-310",
        ),
        ("OD30 и OD31", ["ISO 9001"], NOTE),
        CLOSING,
    ]
    found = only(lint(tmp_path, slides, catalog_codes=CATALOG), "unknown-product-code")
    assert [(f.slide, f.message.args["codes"]) for f in found] == [(1, "PX-250, K-310"), (2, "OD31")]
    assert found[0].severity is Severity.ERROR
    assert "PX-250" in found[0].evidence


def test_without_a_catalog_codes_are_not_checked(tmp_path: Path) -> None:
    deck = deck_from_file(make_deck(tmp_path / "d.pptx", [("PX-999", ["Новинка"], NOTE), CLOSING]))
    report = check_deck(deck, LibraryFacts(today=TODAY), source="test")
    assert not only(list(report.findings), "unknown-product-code")
    assert "no catalog" in str(report.skipped[0])


def test_nothing_to_say(tmp_path: Path) -> None:
    slides: list[Slide] = [
        ("Наша миссия", [], ""),  # a slogan and no notes
        ("Vision", ["Fast"], "Say: we ship in five days from our own warehouse."),  # notes: fine
        ("О компании", ["850 сотрудников, 320 инженеров, собственное производство в Санкт-Петербурге"], ""),
        CLOSING,
    ]
    found = only(lint(tmp_path, slides), "nothing-to-say")
    assert [(f.slide, f.severity, f.message.args) for f in found] == [(1, Severity.INFO, {"words": 2})]


def test_duplicated_slides(tmp_path: Path) -> None:
    slides: list[Slide] = [
        ("Почему мы", ["Склад в Москве", "Поддержка 24×7"], NOTE),
        ("Pricing", ["$5,000"], NOTE),
        ("ПОЧЕМУ МЫ", ["Склад в Москве.", "Поддержка 24×7!"], "другие заметки"),
        CLOSING,
    ]
    found = only(lint(tmp_path, slides), "duplicated-slide")
    assert [(f.slide, f.message.args) for f in found] == [(3, {"first": 1})]


def test_a_clean_deck_has_no_findings(tmp_path: Path) -> None:
    slides: list[Slide] = [
        ("Серверы PX для филиалов", ["PX-200 со склада за 5 дней", "Гарантия 3 года"], NOTE),
        ("Цены 2026", ["PX-200: 485 000 ₽", "PX-300G: 1 390 000 ₽"], NOTE),
        ("Против Globex", ["Поставка в 3 раза быстрее (кейс: Банк Север, 2025)"], NOTE),
        CLOSING,
    ]
    assert lint(tmp_path, slides, competitors=("Globex",), catalog_codes=CATALOG) == []


def test_findings_come_in_slide_order_and_serialise(tmp_path: Path) -> None:
    slides: list[Slide] = [("Тарифы", ["по запросу"], ""), ("Спасибо", [], "")]
    found = lint(tmp_path, slides)
    assert [(f.slide, f.rule) for f in found] == [
        (1, "pricing-without-number"),
        (1, "nothing-to-say"),
        (2, "no-call-to-action"),
        (2, "nothing-to-say"),
    ]
    data = found[0].to_json()
    assert data["template"] == "A pricing slide with no price or number on it."
    assert data["message"] == data["template"] and data["args"] == {} and data["severity"] == "error"
