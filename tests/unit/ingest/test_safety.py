"""Text cleaning, encodings, limits and language guess."""

from __future__ import annotations

import pytest

from enablement.domain import SectionType
from enablement.errors import Rejected
from enablement.ingest.language import competitor_from_title, detect_language, section_type, useful_title
from enablement.ingest.safety import TextBudget, category, clean_text, decode_text, split_long_text


def test_clean_text_removes_what_utf8_storage_cannot_take() -> None:
    dirty = "a\x00b\x07c\ud83dd\udc00e\ufeff\u00adf\r\ng\rh\ti"
    cleaned = clean_text(dirty)
    assert cleaned == "abcdef\ng\nh\ti"
    cleaned.encode("utf-8")


def test_clean_text_keeps_astral_characters() -> None:
    gothic = "\U00010330\U00010331 Привет"
    assert clean_text(gothic) == gothic


def test_decode_text_encodings() -> None:
    ru = "Прайс-лист: ручка шариковая, цена 25 руб. Тетрадь в клетку, цена 40 руб."
    assert decode_text(ru.encode("cp1251")) == (ru, "cp1251")
    assert decode_text(ru.encode("cp866")) == (ru, "cp866")
    assert decode_text(ru.encode("utf-8")) == (ru, "utf-8")
    assert decode_text(b"\xef\xbb\xbf" + ru.encode("utf-8"))[0] == ru
    assert decode_text(ru.encode("utf-16"))[0] == ru
    latin = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u2013 \u201cquoted\u201d"
    assert decode_text(latin.encode("cp1252"))[0] == latin


def test_decode_text_refuses_binary() -> None:
    with pytest.raises(Rejected, match="binary data"):
        decode_text(bytes(range(256)) * 4)


def test_text_budget_truncates_with_a_warning() -> None:
    budget = TextBudget(max_units=2, max_chars=100)
    assert budget.take("a") and budget.take("b")
    assert not budget.take("c")
    assert budget.warning == "truncated: only the first 2 units were imported"
    chars = TextBudget(max_units=10, max_chars=5)
    assert chars.take("abc") and not chars.take("def")
    assert chars.warning.startswith("truncated: text limit")


def test_rejection_categories() -> None:
    assert category("password-protected; remove the password and import it again") == "encrypted"
    assert category("corrupt or truncated: x") == "corrupt"
    assert category("hostile file refused: x") == "hostile"
    assert category("something else") == "other"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Сравнение тарифов и цены на поддержку"], "ru"),
        (["Pricing comparison and support plans"], "en"),
        (["Сравнение тарифов", "Pricing comparison and plans"], "mixed"),
        (["Прайс-лист на канцелярские товары, артикул AB-100"], "ru"),
        (["12345 — 678"], "en"),
        ([], "en"),
    ],
)
def test_detect_language(texts: list[str], expected: str) -> None:
    assert detect_language(texts) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Strengths", SectionType.STRENGTHS),
        ("Сильные стороны:", SectionType.STRENGTHS),
        ("2. Слабые места", SectionType.WEAKNESSES),
        ("Слабые стороны конкурента", SectionType.WEAKNESSES),
        ("How we win", SectionType.HOW_WE_WIN),
        ("Как выигрывать", SectionType.HOW_WE_WIN),
        ("Landmines", SectionType.LANDMINES),
        ("Ловушки", SectionType.LANDMINES),
        ("Objections and answers", SectionType.OBJECTIONS),
        ("ВОЗРАЖЕНИЯ И ОТВЕТЫ", SectionType.OBJECTIONS),
        ("Цены", SectionType.PRICING),
        ("Overview", SectionType.OVERVIEW),
        ("Обзор", SectionType.OVERVIEW),
        ("Strengthsandmore", ""),
        ("Introduction", ""),
    ],
)
def test_section_names(heading: str, expected: str) -> None:
    assert section_type(heading) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Battle card: Acme Corp", "Acme Corp"),
        ("Боевая карточка: Umbrella IT", "Umbrella IT"),
        ("Батл-карта — Бета Софт", "Бета Софт"),
        ("Quarterly report: Q3", ""),
    ],
)
def test_competitor_from_title(title: str, expected: str) -> None:
    assert competitor_from_title(title) == expected


def test_split_long_text_at_line_breaks() -> None:
    short = "abc\ndef"
    assert split_long_text(short) == [short]
    lines = [f"строка {i} " + "x" * 90 for i in range(1000)]
    parts = split_long_text("\n".join(lines))
    assert len(parts) > 5
    assert all(len(p) <= 8_200 for p in parts)
    assert "\n".join(parts) == "\n".join(lines)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Microsoft Word - offer.doc", ""),
        ("Document1", ""),
        ("Книга1", ""),
        ("PowerPoint Presentation", ""),
        ("Binder1.pdf", ""),
        ("(anonymous)", ""),
        ("  Прайс-лист   2024 ", "Прайс-лист 2024"),
        ("Battle card: Acme", "Battle card: Acme"),
    ],
)
def test_useful_title(title: str, expected: str) -> None:
    assert useful_title(title) == expected
