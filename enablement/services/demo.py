"""The demo library in a library: import the generated files, set their metadata, open ballots.

Why here and not in `enablement.ingest.demo`: filling a library takes the library
service (import, then index once the metadata is final) and the voting service
(the demo ballots), and only the services layer may use both. The files
themselves, and the manifest saying what each is, stay in `ingest.demo`.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from enablement.ingest.demo import DemoFile, build_demo_files, demo_manifest
from enablement.services.demo_history import add_demo_history, demo_people
from enablement.services.demo_removal import demo_rows_before, record_demo_rows
from enablement.store import repository as repo
from enablement.voting.models import BallotSpec, Product

if TYPE_CHECKING:
    from enablement.ingest.pipeline import ImportReport
    from enablement.search.service import SearchService
    from enablement.services.library import LibraryService
    from enablement.voting.service import VotingService

__all__ = ["create_demo_library"]

log = logging.getLogger(__name__)


def create_demo_library(
    library_service: LibraryService,
    voting: VotingService,
    *,
    search: SearchService | None = None,
    user: str | None = None,
    now: datetime | None = None,
) -> ImportReport:
    """Build the demo files into `<library>/demo`, import them, and give each its manifest metadata.

    One import call for all files (the importer starts its worker processes
    once per call, which dominates a small import); then the manifest's
    kind/status/competitors/products/tags go onto the generated files' items
    in one transaction; then the search index is brought up to date once. The
    import leaves the index alone (`sync=False`) so nothing is indexed before
    its metadata is final (the draft deck is never searchable, not even for a
    moment). Values already in place are not rewritten, so running it again on
    an imported demo changes nothing.

    Args:
        library_service: the library service of the library to fill.
        voting: the voting service of the same library (for the demo ballots).
        search: the library's search service; with it (and `user`), a library that had no ballots
            also gets the demo's history (enablement.services.demo_history): ten weeks of
            searches, usage, reports and triage, so the dashboard and the inbox are not empty.
        user: the library's single user, who gets a profile and a small history of their own.
        now: where the history ends (tests pass a fixed moment); default: now.
    """
    target = library_service.library.root / "demo"
    before = demo_rows_before(library_service.library)  # what the demo writes can be removed again
    entries = demo_manifest()
    paths = build_demo_files(target)
    # In manifest order, whichever worker finishes first: every build numbers the items alike, so the
    # README's `enablement inbox show 3`-style examples hold for a newcomer's demo.
    report = library_service.import_paths(paths, sync=False, ordered=True)
    with library_service.library.transaction() as conn:
        for entry, path in zip(entries, paths, strict=True):
            source = repo.get_source(conn, str(path.resolve()))
            if source is None or source.item_id is None:
                continue  # rejected: already listed in the report
            updates = _meta_updates(entry, repo.get_item(conn, source.item_id))
            if updates:
                repo.update_item(conn, source.item_id, **updates)
    library_service.sync()
    if _demo_ballots(voting) and search is not None and user:
        started = time.perf_counter()
        counts = add_demo_history(library_service.library, search, user=user, now=now)
        log.info("demo history: %s in %.2f s", counts, time.perf_counter() - started)
    record_demo_rows(library_service.library, before, user=user or "")
    return report


_SELL = ["Буду продавать", "Нужны доработки", "Не буду продавать"]


def _demo_ballots(voting: VotingService) -> bool:
    """A voting board with something on it: a ballot on the draft deck, one on an upcoming
    product and two already decided (one with the majority of votes, one against it), so a first
    run shows how sales is heard.

    Only on a library with no ballots yet, so it never touches real voting; says whether it ran.
    """
    if voting.list_ballots():
        return False
    people = demo_people()
    marketer = people[0][0]
    for name, role, team in people:
        voting.add_person(marketer, name, role, team)
    drafts = voting.draft_items()
    now = voting.now()
    negative = _SELL[1:]
    if drafts:
        deck = voting.create_ballot(
            marketer,
            BallotSpec(
                title="Акция Q1 2027: двойной trade-in — берём в работу?",
                question="Возьмёте ли вы эту акцию к заказчикам в первом квартале? Что поменять?",
                item_id=drafts[0].id,
                options=list(_SELL),
                negative_options=negative,
                closes_at=now + timedelta(days=7),
            ),
        )
        voting.vote("Иван Петров", deck.id, _SELL[0], "Заказчики в Москве давно ждут trade-in на коммутаторы")
        voting.vote("Анна Ким", deck.id, _SELL[1], "Без лизинга в регионах акция не сработает")
        voting.comment_unit("Анна Ким", deck.id, 4, "Добавьте лизинг и пример расчёта для 50 коммутаторов")
        voting.comment_unit("Олег Смирнов", deck.id, 4, "Условия непонятны: что значит «двойной» зачёт?")
        voting.comment_unit("Иван Петров", deck.id, 5, "Эффект завышен, заказчики спросят про источник цифр")
    product = voting.create_ballot(
        marketer,
        BallotSpec(
            title="NW-3000 для филиалов: нужен ли на полке?",
            question="Будете ли вы продавать коммутатор NW-3000 с LTE-резервом в филиальные сети?",
            product=Product(
                name="NW-3000",
                description="Коммутатор доступа на 24 порта с LTE-резервом и облачным управлением.",
                segment="Розничные сети и банки, 20–500 филиалов",
                price="≈ 180 000 ₽",
                launch=(now + timedelta(days=120)).date(),
            ),
            options=list(_SELL),
            negative_options=negative,
            closes_at=now + timedelta(days=10),
        ),
    )
    voting.vote("Олег Смирнов", product.id, _SELL[2], "На Урале у банков свой стандарт, LTE им не нужен")
    voting.vote(
        "Елена Васильева", product.id, _SELL[0], "Два банка из моих клиентов спрашивали про LTE-резерв"
    )
    voting.vote("Алексей Морозов", product.id, _SELL[1], "Нужна цена для партнёров и сроки поставки")
    bundle = voting.create_ballot(
        marketer,
        BallotSpec(
            title="Переименовать BUNDLE-BRANCH в «Филиал под ключ»?",
            options=["Да", "Нет"],
            negative_options=["Нет"],
            hide_totals=False,
        ),
    )
    voting.vote("Иван Петров", bundle.id, "Да", "Так и говорят заказчики")
    voting.vote("Анна Ким", bundle.id, "Да")
    voting.vote("Олег Смирнов", bundle.id, "Нет", "Артикул в договорах менять дорого")
    for name, option, reason in _BUNDLE_VOTES:
        voting.vote(name, bundle.id, option, reason)
    voting.close_ballot(marketer, bundle.id)
    voting.decide(
        marketer,
        bundle.id,
        "go-with-changes",
        "Название меняем в материалах, артикул BUNDLE-BRANCH в договорах остаётся.",
    )
    card = voting.create_ballot(
        marketer,
        BallotSpec(
            title="Отдельная карточка против Стрельца для госзаказчиков?",
            question="Нужна ли вам отдельная карточка против Стрельца для госзаказчиков?",
            options=["Нужна", "Хватит общей карточки"],
            negative_options=["Хватит общей карточки"],
            hide_totals=False,
        ),
    )
    for name, option, reason in _CARD_VOTES:
        voting.vote(name, card.id, option, reason)
    voting.close_ballot(marketer, card.id)
    voting.decide(
        marketer, card.id, "go", "Делаем карточку к концу квартала, черновик покажем на голосовании."
    )
    return True


# Who else voted on the decided demo ballots (the majority was against the renaming).
_BUNDLE_VOTES = (
    ("Дмитрий Волков", "Нет", "Заказчики привыкли к артикулу"),
    ("Екатерина Орлова", "Да", ""),
    ("Сергей Новиков", "Нет", "В тендерной документации везде BUNDLE-BRANCH"),
    ("Алексей Морозов", "Нет", "По телефону проще называть артикул"),
    ("Наталья Лебедева", "Нет", "Путаница в счетах"),
    ("Павел Зайцев", "Да", ""),
    ("Елена Васильева", "Нет", "Ключевые клиенты закупают по артикулу"),
    ("Игорь Козлов", "Нет", "Переименование собьёт закупщиков"),
)
_CARD_VOTES = (
    ("Иван Петров", "Нужна", ""),
    ("Дмитрий Волков", "Нужна", ""),
    ("Анна Ким", "Нужна", ""),
    ("Олег Смирнов", "Хватит общей карточки", "Госзаказчиков у нас мало"),
    ("Сергей Новиков", "Нужна", ""),
    ("Наталья Лебедева", "Нужна", ""),
    ("Елена Васильева", "Нужна", ""),
    ("Игорь Козлов", "Хватит общей карточки", "Отвечаем по общей карточке, хватает"),
    ("Татьяна Попова", "Нужна", ""),
)


def _meta_updates(entry: DemoFile, item: Any) -> dict[str, Any]:
    """What differs between the manifest entry and the stored item (manifest values first in lists)."""
    meta = entry.meta()
    updates: dict[str, Any] = {}
    if meta.kind is not None and item.kind != meta.kind:
        updates["kind"] = meta.kind
    if meta.status is not None and item.status != meta.status:
        updates["status"] = meta.status
    if entry.review_by is not None and item.review_by != entry.review_by:
        updates["review_by"] = entry.review_by
    for key in ("competitors", "products", "tags"):
        wanted = getattr(meta, key)
        merged = wanted + [v for v in getattr(item, key) if v not in wanted]
        if wanted and merged != list(getattr(item, key)):
            updates[key] = merged
    return updates
