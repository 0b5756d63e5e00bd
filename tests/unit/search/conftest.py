"""Fixtures: a small real library (SQLite, or PostgreSQL via `db_url`) with a search service.

Items are stored through the repository exactly as the importer stores them, so the index is
built from the database the way it is in the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, ItemStatus, UnitKind
from enablement.search.service import SearchService
from enablement.store import Library
from enablement.store import repository as repo

AddItem = Callable[..., int]


def store_item(
    library: Library,
    title: str,
    units: list[ExtractedUnit],
    *,
    kind: ItemKind = ItemKind.DECK,
    status: ItemStatus = ItemStatus.PUBLISHED,
    language: str = "ru",
    competitors: list[str] | None = None,
    products: list[str] | None = None,
    tags: list[str] | None = None,
    source: str = "",
    item_id: int | None = None,
) -> int:
    name = source or f"{title.lower().replace(' ', '-')}.pptx"
    new = repo.NewVersion(
        path=f"/src/{name}",
        name=name,
        size=1,
        mtime_ns=1,
        sha256=f"{abs(hash((title, len(units), item_id, tuple(u.text for u in units)))):064d}"[:64],
        doc=ExtractedDoc(title=title, kind=kind, units=units),
        language=language,
        kind=kind,
        status=status,
        competitors=competitors or [],
        products=products or [],
        tags=tags or [],
        owner="anna",
        review_by=date(2027, 1, 1),
        title=title,
    )
    with library.transaction() as conn:
        return repo.store_version(conn, new, item_id=item_id, user="anna")


def slide(number: int, heading: str, text: str = "", notes: str = "", **kw: Any) -> ExtractedUnit:
    return ExtractedUnit(UnitKind.SLIDE, number, heading=heading, text=text, notes=notes, **kw)


def row(number: int, name: str, fields: dict[str, str], codes: list[str]) -> ExtractedUnit:
    text = "\n".join(f"{k}: {v}" for k, v in fields.items())
    return ExtractedUnit(UnitKind.ROW, number, heading=name, text=text, fields=fields, codes=codes)


def section(number: int, heading: str, text: str, section_type: str = "general") -> ExtractedUnit:
    return ExtractedUnit(UnitKind.SECTION, number, heading=heading, text=text, section_type=section_type)


def build_fixture_library(library: Library) -> dict[str, int]:
    """A small library covering every unit kind, both languages, codes, notes and statuses."""
    ids = {}
    ids["deck"] = store_item(
        library,
        "Продажи против Альфа-Софт",
        [
            slide(
                1, "Почему мы", "Наши преимущества перед конкурентами", notes="Начните с вопроса о бюджете"
            ),
            slide(2, "Цены и скидки", "Скидка 15% при годовом контракте. Прайс обновлён в январе."),
            slide(
                3,
                "Безопасность",
                "Сертификация ФСТЭК и шифрование данных",
                notes="Упомяните аудит Касперского",
            ),
            slide(
                4,
                "Интеграция",
                "Готовые коннекторы к 1С и SAP",
                notes="Клиенты просят выгрузку в ёлку отчётов",
            ),
            slide(5, "Итоги", "Ещё раз о главном: конкурентные цены и поддержка 24/7"),
        ],
        competitors=["Альфа-Софт"],
        products=["NordWind CRM"],
        tags=["продажи"],
        source="alfa-pitch.pptx",
    )
    ids["card"] = store_item(
        library,
        "Battle card: Globex",
        [
            section(1, "Strengths", "Globex has a large partner network and cheap licenses", "strengths"),
            section(2, "Weaknesses", "Slow support and frequent outages during migrations", "weaknesses"),
            section(3, "How we win", "Offer a free pilot and highlight our uptime guarantees", "how_we_win"),
        ],
        kind=ItemKind.BATTLECARD,
        language="en",
        competitors=["Globex"],
        source="globex.md",
    )
    ids["catalog"] = store_item(
        library,
        "Прайс-лист 2026",
        [
            row(1, "Маршрутизатор PX-200", {"Артикул": "PX-200", "Цена": "45 000"}, ["PX-200"]),
            row(2, "Маршрутизатор PX-300", {"Артикул": "PX-300", "Цена": "65 000"}, ["PX-300"]),
            row(3, "Коммутатор SW-48", {"Артикул": "SW-48", "Цена": "120 000"}, ["SW-48"]),
        ],
        kind=ItemKind.CATALOG,
        products=["Маршрутизаторы"],
        source="price.xlsx",
    )
    ids["archived"] = store_item(
        library,
        "Старая презентация Globex",
        [slide(1, "Устаревшие цены", "Прайс 2020 года для Globex")],
        status=ItemStatus.ARCHIVED,
        competitors=["Globex"],
        source="old.pptx",
    )
    ids["draft"] = store_item(
        library,
        "Черновик Касперский",
        [slide(1, "Черновик", "Секретный прайс Касперского")],
        status=ItemStatus.DRAFT,
        source="draft.pptx",
    )
    ids["doc"] = store_item(
        library,
        "Kaspersky integration guide",
        [
            ExtractedUnit(
                UnitKind.PAGE, 1, heading="Setup", text="Installing the Kaspersky connector for routers"
            )
        ],
        kind=ItemKind.DOCUMENT,
        language="en",
        competitors=["Kaspersky"],
        source="guide.pdf",
    )
    return ids


@pytest.fixture
def search_env(library: Library) -> Iterator[tuple[SearchService, dict[str, int]]]:
    ids = build_fixture_library(library)
    service = SearchService(library, user="tester")
    service.sync()
    try:
        yield service, ids
    finally:
        service.close()


@pytest.fixture
def sqlite_library(tmp_path: Path) -> Iterator[Library]:
    lib = Library(tmp_path / "lib")
    try:
        yield lib
    finally:
        lib.close()


@pytest.fixture
def search(sqlite_library: Library) -> Iterator[SearchService]:
    """Searching only (no database differences matter): SQLite, the fixture library, synced."""
    build_fixture_library(sqlite_library)
    service = SearchService(sqlite_library, user="tester")
    service.sync()
    try:
        yield service
    finally:
        service.close()
