"""Markdown/text battle cards: front matter, sections, typed section names, encodings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from enablement.domain import ItemKind, SectionType, UnitKind
from enablement.errors import Rejected
from enablement.ingest.registry import extract_file

CARD = """---
title: Конкурент Бета — батл-карта
competitor: Бета Софт
products: [Hub Pro, Hub Lite]
tags: ценообразование, enterprise
review_by: 2026-03-01
language: ru
status: draft
owner: ivanova
---
# Бета Софт

Кратко о конкуренте.

## Сильные стороны
- Низкая цена входа

## Слабые места
- Нет офлайн-режима

## Как мы выигрываем
Показываем офлайн-поиск.

## Вопросы-ловушки
Спросите про экспорт данных.

## Возражения и ответы
«Дорого» — считаем TCO.

## Ценообразование
От 500 ₽ за пользователя.

### Обзор
Рынок растёт.

```
# not a heading inside code
```
"""


def test_battle_card_front_matter_and_sections(tmp_path: Path) -> None:
    path = tmp_path / "beta.md"
    path.write_text(CARD, encoding="utf-8")
    doc = extract_file(path)
    assert doc.kind is ItemKind.BATTLECARD
    assert doc.title == "Конкурент Бета — батл-карта"
    assert doc.meta == {
        "title": "Конкурент Бета — батл-карта",
        "competitors": ["Бета Софт"],
        "products": ["Hub Pro", "Hub Lite"],
        "tags": ["ценообразование", "enterprise"],
        "review_by": dt.date(2026, 3, 1),
        "language": "ru",
        "status": "draft",
        "owner": "ivanova",
    }
    types = {u.heading: u.section_type for u in doc.units}
    assert types["Бета Софт"] == ""
    assert types["Сильные стороны"] == SectionType.STRENGTHS
    assert types["Слабые места"] == SectionType.WEAKNESSES
    assert types["Как мы выигрываем"] == SectionType.HOW_WE_WIN
    assert types["Вопросы-ловушки"] == SectionType.LANDMINES
    assert types["Возражения и ответы"] == SectionType.OBJECTIONS
    assert types["Ценообразование"] == SectionType.PRICING
    assert types["Обзор"] == SectionType.OVERVIEW
    assert [u.number for u in doc.units] == list(range(1, len(doc.units) + 1))
    assert all(u.kind is UnitKind.SECTION for u in doc.units)
    overview = next(u for u in doc.units if u.heading == "Обзор")
    assert "# not a heading inside code" in overview.text
    assert "Низкая цена входа" in next(u for u in doc.units if u.heading == "Сильные стороны").text


def test_english_sections_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "acme.markdown"
    path.write_text(
        "# Acme\n\n## 1. Strengths:\nFast.\n\n## Weaknesses\nSlow support.\n\n"
        "## How we win\nOffline.\n\n## Landmines\nAsk about SSO.\n\n## Objections and answers\nPrice.\n",
        encoding="utf-8",
    )
    doc = extract_file(path)
    assert doc.kind is ItemKind.BATTLECARD
    assert doc.meta == {}
    assert [u.section_type for u in doc.units if u.section_type] == [
        "strengths",
        "weaknesses",
        "how_we_win",
        "landmines",
        "objections",
    ]


def test_markdown_without_competitive_sections_is_a_document(corpus: Path) -> None:
    doc = extract_file(corpus / "other/text/tika_testMARKDOWN.md")
    assert doc.kind is ItemKind.DOCUMENT
    assert doc.title == "Title"
    text = doc.units[0].text
    assert "Some bold and italic and struck text" in text
    assert "|:--|" not in text


def test_data_uri_images_are_dropped(corpus: Path) -> None:
    doc = extract_file(corpus / "other/text/tika_testMARKDOWN_dataURI.md")
    assert "base64" not in "".join(u.text for u in doc.units)


def test_txt_without_headings_is_one_item(corpus: Path) -> None:
    doc = extract_file(corpus / "other/text/tika_testTXT.txt")
    assert [u.kind for u in doc.units] == [UnitKind.ITEM]
    assert doc.units[0].text == "Test d'indexation de Txt\nhttp://www.apache.org"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("tika_russian.cp866.txt", "Однажды, в студеную зимнюю пору,"),
        ("tika_testTXT_win-1252.txt", "this is a “windows” encoding"),
        ("tika_testTXTNonASCIIUTF8.txt", "Le renard brun"),
        ("tika_english.cp500.txt", "IntelliStation POWER"),
        ("tika_multi-language.txt", "Port ABC não contabil"),
    ],
)
def test_text_encodings(corpus: Path, name: str, expected: str) -> None:
    assert expected in extract_file(corpus / "other/text" / name).units[0].text


def test_cp1251_battle_card(tmp_path: Path) -> None:
    path = tmp_path / "card.txt"
    path.write_bytes("# Гамма\n\n## Слабые стороны\nДолгое внедрение и дорогая поддержка.\n".encode("cp1251"))
    doc = extract_file(path)
    assert doc.kind is ItemKind.BATTLECARD
    assert doc.units[-1].section_type == SectionType.WEAKNESSES
    assert doc.units[-1].text == "Долгое внедрение и дорогая поддержка."


def test_bad_front_matter_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody text\n", encoding="utf-8")
    doc = extract_file(path)
    assert doc.units[0].text == "Body text"
    assert doc.warnings and "front matter" in doc.warnings[0]


def test_bad_review_date_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "date.md"
    path.write_text("---\nreview_by: someday\ncompetitors: [A, B]\n---\nText\n", encoding="utf-8")
    doc = extract_file(path)
    assert "review_by" not in doc.meta
    assert doc.meta["competitors"] == ["A", "B"]
    assert doc.kind is ItemKind.BATTLECARD


def test_front_matter_only_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "only.md"
    path.write_text("---\ntitle: Nothing\n---\n\n", encoding="utf-8")
    with pytest.raises(Rejected, match="no text"):
        extract_file(path)
