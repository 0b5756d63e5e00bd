"""Version sprawl for the keep-one tests: two near-copy decks and a different one, made with
python-pptx and imported into a real library (SQLite or PostgreSQL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.workbench.decks import NOTE, Slide, make_deck

OVERVIEW: list[Slide] = [
    ("Серверы PX для филиалов", ["Компактные и тихие серверы PX-200 со склада за пять дней"], NOTE),
    ("Коммутаторы для ядра сети", ["NW-500 с резервированием питания и вентиляторов"], NOTE),
    ("Цены на серверы", ["PX-200 стоит 485 000 рублей без НДС, доставка включена"], NOTE),
    ("Следующие шаги", ["Пилот на тридцать дней и встреча с инженером заказчика"], NOTE),
]
OTHER: list[Slide] = [
    ("Партнёрская программа", ["Скидки, обучение, маркетинговые фонды и сертификация партнёров"], NOTE),
    ("Как стать партнёром", ["Заявка на сайте, договор за неделю, первый проект с нашим инженером"], NOTE),
]
TITLES = ("Обзор серверов", "Обзор серверов v2 final", "Партнёрам")


def make_sprawl(folder: Path) -> Path:
    """The three decks in `folder`: the overview, its near copy (one slide more), another deck."""
    folder.mkdir(parents=True, exist_ok=True)
    make_deck(folder / "overview.pptx", OVERVIEW, title=TITLES[0])
    make_deck(folder / "overview_v2_final.pptx", [*OVERVIEW, ("Спасибо!", [], "")], title=TITLES[1])
    make_deck(folder / "partners.pptx", OTHER, title=TITLES[2])
    return folder


def import_sprawl(services: Any, folder: Path) -> dict[str, int]:
    """Import the sprawl (published) into `services`' library; title -> item id."""
    from enablement.domain import ItemMeta, ItemStatus

    report = services.library_service.import_paths(
        [make_sprawl(folder)], ItemMeta(status=ItemStatus.PUBLISHED), workers=1
    )
    assert not report.rejected, report.rejected
    with services.library.reading() as conn:
        from enablement.store import repository as repo

        return {item.title: item.id for item in repo.list_items(conn) if item.title in TITLES}
