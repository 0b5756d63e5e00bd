"""Battle cards in the library: open one for editing, save it as a new version, start from a template,
pull a seller's field intel into a section.

Saving is an import. The card's Markdown is written to a file in the library folder
(`cards/`, named after the card's title: `card_files`) and imported through the library service
like any `.md` (passed in as `importer`: the workbench sits below the services and does not build
them), so an authored card is stored, indexed and searched exactly like an imported one. For an
existing item the file's path is first recorded as a source of that item, which is how the
importer knows to add version n+1 to it instead of creating a new item.

Two marketers editing one card: the editor carries the version it was opened at
(`base_version`); a save when the item has moved on since is refused with `CardConflict`, naming
who saved the newer version and when. Nothing is written then, and the caller keeps the text
(the app offers to save it as a new card, or to reopen the newest version). The check and the
save are one step in the database: before anything is written, one transaction checks the
version and claims the card in `card_saves` (one row per card, its primary key the lock), and
the claim is let go when the save ends. Two saves from the same version, even at the same
moment from two desktops, are one save and one refusal ("… is saving it right now"), on SQLite
and on PostgreSQL alike. A claim left by a save that died is ignored after `CLAIM_EXPIRES`.

Errors (all `EnablementError`: the CLI prints them, the UI shows them translated):

CardError           the card cannot be opened or saved as asked
├── CardInvalid     the card fails validation; `problems` lists every `CardProblem`
├── CardConflict    someone saved a newer version since the editor opened it; `newer` says who
└── NotABattleCard  the item is a deck, a catalog or a plain document
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from enablement.domain import Item, ItemKind, ItemMeta, ItemStatus, Unit, Version
from enablement.errors import EnablementError, Rejected, marketing_only
from enablement.ingest.pipeline import file_sha256
from enablement.insights.models import Report, ReportType
from enablement.messages import QT_TRANSLATE_NOOP, Arg, Message
from enablement.store import repository as repo
from enablement.store.library import Library
from enablement.store.schema import card_saves, items
from enablement.voting.models import Role
from enablement.workbench.card_files import card_file_name, drop_old_copies
from enablement.workbench.cards import (
    BULLET_SECTIONS,
    BattleCard,
    CardProblem,
    Objection,
    section_heading,
)

__all__ = [
    "CLAIM_EXPIRES",
    "NEW_CARD_STATUSES",
    "CardConflict",
    "CardError",
    "CardImporter",
    "CardInvalid",
    "IntelReader",
    "LoadedCard",
    "NotABattleCard",
    "SavedCard",
    "append_intel",
    "card_template",
    "intel_for",
    "known_competitors",
    "load_card",
    "save_card",
]

MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
CARDS_FOLDER = "cards"
TEMPLATE_REVIEW_DAYS = 90
# A save claims its card for its few seconds of import; a claim older than this was left by a
# save that died (a crash, a lost connection) and no longer stops anyone.
CLAIM_EXPIRES = dt.timedelta(minutes=10)
# Where a card written in the app or `enablement card save` may start (a draft by default).
NEW_CARD_STATUSES = (ItemStatus.DRAFT, ItemStatus.IN_REVIEW, ItemStatus.PUBLISHED)
_NO_PROFILE = QT_TRANSLATE_NOOP("Messages", "no profile")


class CardError(EnablementError):
    pass


class CardInvalid(CardError):
    """The card fails validation. Attributes: problems: every problem, in the editor's field order."""

    def __init__(self, problems: Sequence[CardProblem]) -> None:
        super().__init__(problems[0].message)
        self.problems = list(problems)


class CardConflict(CardError):
    """Someone saved a newer version after the editor opened its version.

    Attributes:
        item_id: the card's item.
        base_version: the version the editor started from.
        newer: the item's current version (who saved it and when); None when the other save is
            still under way.
        saving_by: who is saving the card right now ("" when `newer` says it all).
    """

    def __init__(
        self,
        template: str,
        *,
        item_id: int,
        base_version: int,
        newer: Version | None,
        saving_by: str = "",
        **args: Arg,
    ) -> None:
        super().__init__(template, **args)
        self.item_id = item_id
        self.base_version = base_version
        self.newer = newer
        self.saving_by = saving_by


class NotABattleCard(CardError):
    pass


class CardImporter(Protocol):
    """What saving needs of the library service (`enablement.services.LibraryService`)."""

    def import_paths(
        self, paths: Sequence[Path | str], meta: ItemMeta | None = None, *, sync: bool = True
    ) -> Any: ...

    def sync(self) -> int: ...


class IntelReader(Protocol):
    """What pulling field intel needs of the report service (`enablement.insights.ReportService`)."""

    def inbox(
        self, actor: str, *, type: ReportType | str | None = None, limit: int = 200
    ) -> list[Report]: ...


@dataclass(frozen=True)
class LoadedCard:
    """A card opened for editing: the item and version it came from, and its content."""

    item_id: int
    version: int
    card: BattleCard
    from_markdown: bool  # False: rebuilt from the stored sections of a .docx/.pdf card
    status: str = ItemStatus.PUBLISHED.value  # the item's status: a save keeps it

    def to_json(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "version": self.version,
            "status": self.status,
            "from_markdown": self.from_markdown,
            "card": self.card.to_json(),
        }


@dataclass(frozen=True)
class SavedCard:
    """The outcome of a save.

    Attributes:
        item_id: the card's item (new or existing).
        version: the item's version now.
        created: a new item was made.
        unchanged: the text was the same as the current version's, so no version was added.
        status: the card's status now (a new card's is the one it was saved with).
        path: the Markdown file imported (kept in the library folder's `cards/`).
    """

    item_id: int
    version: int
    title: str
    created: bool
    unchanged: bool
    path: Path
    status: str = ItemStatus.DRAFT.value

    def to_json(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "version": self.version,
            "title": self.title,
            "created": self.created,
            "unchanged": self.unchanged,
            "path": str(self.path),
            "status": self.status,
        }


# ---------------------------------------------------------------------- opening


def load_card(library: Library, item_id: int, *, original: Callable[[Item], Path]) -> LoadedCard:
    """The current version of a battle card, ready to edit.

    Args:
        library: the library.
        item_id: the card's item.
        original: where the item's original file is (`PreviewService.original_path`: on a team
            library it fetches the file once). A Markdown card is read from it; a card imported
            from Word or PDF is rebuilt from its stored sections.

    Raises:
        NotFound: no such item. NotABattleCard: the item is no battle card.
    """
    with library.reading() as conn:
        item = repo.get_item(conn, item_id)
        units = repo.get_units(conn, item_id) if item.kind == ItemKind.BATTLECARD else []
    if item.kind != ItemKind.BATTLECARD:
        raise NotABattleCard(
            QT_TRANSLATE_NOOP(
                "Messages", "“{title}” is a {kind}, not a battle card: the card editor cannot open it."
            ),
            title=item.title,
            kind=item.kind.value,
        )
    if Path(item.source_name).suffix.lower() in MARKDOWN_SUFFIXES:
        path = original(item)
        card = BattleCard.from_markdown(path.read_bytes().decode("utf-8", errors="replace"))
        return LoadedCard(item.id, item.version, _with_item_meta(card, item), True, str(item.status))
    units_card = _with_item_meta(_card_from_units(units), item)
    return LoadedCard(item.id, item.version, units_card, False, str(item.status))


def _with_item_meta(card: BattleCard, item: Item) -> BattleCard:
    """The library's metadata wins over the file's: it is what sellers filter by, and a marketer may
    have changed it in the app since the file was imported."""
    competitors = list(item.competitors) or card.competitors
    card.competitor = competitors[0] if competitors else card.competitor
    card.other_competitors = competitors[1:]
    card.title = item.title or card.title
    card.products = list(item.products)
    card.tags = list(item.tags)
    card.owner = item.owner
    card.review_by = item.review_by
    card.language = item.language if item.language in ("ru", "en") else card.language or "ru"
    return card


def _card_from_units(units: list[Unit]) -> BattleCard:
    """A card from stored sections (the importer's plain text): headings become Markdown again."""
    parts = [f"## {u.heading or section_heading('overview', 'en')}\n\n{u.text}" for u in units]
    return BattleCard.from_markdown("\n\n".join(parts))


# ---------------------------------------------------------------------- templates and intel


def known_competitors(library: Library) -> list[str]:
    """Every competitor the library's items name (first spelling wins), for the editor's combo."""
    seen: dict[str, str] = {}
    with library.reading() as conn:
        for item in repo.list_items(conn):
            for name in item.competitors:
                seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=str.casefold)


def card_template(
    library: Library, competitor: str, *, language: str = "ru", owner: str = "", today: dt.date | None = None
) -> BattleCard:
    """A new card for `competitor`: every typed section as an empty heading, the products the
    library's items about that competitor name, a review date a quarter ahead."""
    wanted = competitor.strip().casefold()
    products: list[str] = []
    spelled = competitor.strip()
    with library.reading() as conn:
        for item in repo.list_items(conn):
            names = {c.casefold(): c for c in item.competitors}
            if wanted and wanted in names:
                spelled = names[wanted]
                products.extend(p for p in item.products if p not in products)
    return BattleCard(
        competitor=spelled,
        products=products,
        owner=owner,
        review_by=(today or dt.date.today()) + dt.timedelta(days=TEMPLATE_REVIEW_DAYS),
        language=language,
        overview="",
        strengths=[],
        weaknesses=[],
        how_we_win=[],
        landmines=[],
        objections=[],
        pricing=[],
    )


def intel_for(reports: IntelReader, actor: str, competitor: str, *, limit: int = 500) -> list[Report]:
    """Field intel sellers sent about `competitor` (any state), newest first. Marketing only: the
    report service refuses others with `PermissionDenied`."""
    wanted = competitor.strip().casefold()
    found = reports.inbox(actor, type=ReportType.INTEL, limit=limit)
    return [r for r in found if not wanted or r.competitor.strip().casefold() == wanted]


def append_intel(card: BattleCard, section: str, report: Report) -> BattleCard:
    """A copy of `card` with the report's text added to `section` as a bullet, with a source note
    ("field intel #12, Ivan Petrov, 2026-03-02"). In objections it becomes an objection whose
    answer the marketer still has to write."""
    text = " ".join(report.text.split())
    note = f"field intel #{report.id}, {report.author}, {report.at.date().isoformat()}"
    if section == "objections":
        pairs = [*(card.objections or []), Objection(f"{text} ({note})", "")]
        return _replace(card, objections=pairs)
    if section == "overview":
        overview = "\n\n".join(p for p in (card.overview or "", f"{text} ({note})") if p.strip())
        return _replace(card, overview=overview)
    if section not in BULLET_SECTIONS:
        raise ValueError(f"not a card section: {section}")
    return card.with_bullets(section, [*(card.bullets(section) or []), f"{text} ({note})"])


def _replace(card: BattleCard, **changes: Any) -> BattleCard:
    return dataclasses.replace(card, **changes)


# ---------------------------------------------------------------------- saving


def save_card(
    library: Library,
    importer: CardImporter,
    card: BattleCard,
    *,
    item_id: int | None = None,
    base_version: int | None = None,
    actor: str = "",
    status: ItemStatus | str = ItemStatus.DRAFT,
    competitor_later: bool = False,
) -> SavedCard:
    """Save `card` as a new version of `item_id` (or as a new item), through the import path.

    Args:
        library: the library.
        importer: the library service (imports the file and keeps the index in step).
        card: the card as edited.
        item_id: the card's item; None for a new card.
        base_version: the version the editor opened; a save is refused with `CardConflict` when
            the item has moved on. None skips the check (a new card, or a deliberate overwrite
            from the CLI).
        actor: who saves (named to a second marketer who tries to save meanwhile, and in the new
            card's status history); on a team library the database's login is used instead.
        status: where a new card starts: a draft (the default: nobody's search has it until it is
            published), in review, or published. An existing card keeps its status; it moves
            through the publishing workflow (enablement.workbench.publishing).
        competitor_later: a new draft may be saved without its competitor (a content gap's draft
            whose search names none the library has: a made-up competitor would enter coverage and
            the trends); the marketer names it while editing, where the editor asks for it.

    Raises:
        CardInvalid: the card fails validation (nothing written).
        CardConflict: a newer version exists, or another save of the card is under way (nothing
            written).
        NotFound / NotABattleCard: the item is gone or is not a card.
        PermissionDenied: a seller on a team library (the database refuses it).
        Rejected: the importer refused the text (it says why).
    """
    card = card.cleaned()
    problems = card.problems()
    if competitor_later and item_id is None and ItemStatus(status) is ItemStatus.DRAFT:
        problems = [p for p in problems if p.field != "competitor"]
    if problems:
        raise CardInvalid(problems)
    _check_may_save(library)
    who = library.current_user() if library.is_team else actor
    if item_id is None:
        start = ItemStatus(status)
        if start not in NEW_CARD_STATUSES:
            raise CardError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A new card starts as a draft, in review or published, not {status}."
                ),
                status=start.value,
            )
        name = card_file_name(library, library.root / CARDS_FOLDER, card.effective_title, None)
        return _store(library, importer, card, None, name, who, start)
    claim = _claim(library, item_id, base_version, who)
    try:
        name = card_file_name(library, library.root / CARDS_FOLDER, card.effective_title, item_id)
        return _store(library, importer, card, item_id, name, who, None)
    finally:
        _release(library, claim)


def _store(
    library: Library,
    importer: CardImporter,
    card: BattleCard,
    item_id: int | None,
    name: str,
    actor: str,
    start: ItemStatus | None,
) -> SavedCard:
    """Write the card's file and import it (for an existing card, only under its claim; a new one
    starts in `start`, with that first line in its status history)."""
    folder = library.root / CARDS_FOLDER
    path = folder / name
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(card.to_markdown(), encoding="utf-8")
    tmp.replace(path)
    if item_id is not None:
        # The path becomes a source of the item with no size or time, so the importer adds a
        # version to that item (never "unchanged" because an earlier save had the same size).
        with library.transaction() as conn:
            repo.touch_source(conn, str(path.resolve()), -1, -1, "", item_id)
    report = importer.import_paths([path], ItemMeta(kind=ItemKind.BATTLECARD, status=start), sync=False)
    if report.rejected:
        _path, reason = report.rejected[0]
        raise Rejected(reason)
    saved_id = report.item_ids[0] if report.item_ids else item_id
    with library.transaction() as conn:
        if saved_id is None:  # the very same text as another item: the importer kept that one
            saved_id = repo.item_id_by_sha(conn, file_sha256(path))
            if saved_id is None:
                raise CardError(QT_TRANSLATE_NOOP("Messages", "The card could not be saved; try again."))
        else:
            # The card says exactly what it is about: the importer merges lists on a re-import,
            # but a marketer who removes a product from the card means it.
            repo.update_item(
                conn,
                saved_id,
                competitors=card.competitors,
                products=card.products,
                tags=card.tags,
                owner=card.owner,
                review_by=card.review_by,
                title=card.effective_title,
            )
            if item_id is None and start is not None and report.imported:
                repo.record_status_change(conn, saved_id, actor=actor, from_status=None, to_status=start)
        item = repo.get_item(conn, saved_id)
    if item_id is not None:
        drop_old_copies(library, library.root / CARDS_FOLDER, item_id, path)
    importer.sync()
    return SavedCard(
        item_id=item.id,
        version=item.version,
        title=item.title,
        created=item_id is None and bool(report.imported),
        unchanged=not (report.imported or report.updated),
        path=path,
        status=str(item.status),
    )


def _check_may_save(library: Library) -> None:
    """On a team library, say up front that only marketing saves cards. The database refuses a
    seller anyway (its grants are the wall), but in its own words and after the file was written."""
    if not library.is_team:
        return
    user = library.current_user()
    with library.reading() as conn:
        role = repo.person_role(conn, user)
    if role in ("marketing", "admin"):
        return
    label = Role(role).label if role in {r.value for r in Role} else Message(_NO_PROFILE)
    raise marketing_only(QT_TRANSLATE_NOOP("Messages", "save battle cards"), user, label, team=True)


@dataclass(frozen=True)
class _Claim:
    item_id: int
    actor: str
    started_at: dt.datetime


def _claim(library: Library, item_id: int, base_version: int | None, actor: str) -> _Claim:
    """Check that the card is still at `base_version` and claim it for this save, atomically.

    One transaction: the item's row is locked (PostgreSQL; SQLite's writers are one at a time
    anyway), its version compared, and the claim inserted; a second save of the card meanwhile
    fails on `card_saves`' primary key, or, once the first is done, sees the newer version.
    """
    now = dt.datetime.now(dt.UTC)
    try:
        with library.transaction() as conn:
            conn.execute(
                sa.delete(card_saves).where(
                    card_saves.c.item_id == item_id, card_saves.c.started_at < now - CLAIM_EXPIRES
                )
            )
            current = conn.execute(
                sa.select(items.c.current_version).where(items.c.id == item_id).with_for_update()
            ).scalar()
            item = repo.get_item(conn, item_id)  # NotFound for a removed card
            if item.kind != ItemKind.BATTLECARD:
                raise NotABattleCard(
                    QT_TRANSLATE_NOOP(
                        "Messages", "“{title}” is a {kind}, not a battle card: it was not changed."
                    ),
                    title=item.title,
                    kind=item.kind.value,
                )
            if base_version is not None and current != base_version:
                raise _newer_version(item, base_version, repo.get_versions(conn, item_id))
            conn.execute(
                sa.insert(card_saves).values(
                    item_id=item_id, base_version=current, actor=actor, started_at=now
                )
            )
    except IntegrityError:
        raise _being_saved(library, item_id, base_version) from None
    return _Claim(item_id, actor, now)


def _release(library: Library, claim: _Claim) -> None:
    """Let go of the claim, success or not. If the database is gone, the claim expires."""
    try:
        with library.transaction() as conn:
            conn.execute(
                sa.delete(card_saves).where(
                    card_saves.c.item_id == claim.item_id,
                    card_saves.c.actor == claim.actor,
                    card_saves.c.started_at == claim.started_at,
                )
            )
    except (EnablementError, sa.exc.SQLAlchemyError):
        pass


def _newer_version(item: Item, base_version: int, versions: list[Version]) -> CardConflict:
    newer = versions[-1]
    return CardConflict(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{who} saved a newer version of “{title}” (version {version}, {when}) after you opened "
            "version {base}. Nothing was overwritten and your text is kept: save it as a new card, or "
            "open the newest version and apply your changes to it.",
        ),
        item_id=item.id,
        base_version=base_version,
        newer=newer,
        who=newer.imported_by or Message(QT_TRANSLATE_NOOP("Messages", "someone")),
        title=item.title,
        version=newer.number,
        when=newer.imported_at,
        base=base_version,
    )


def _being_saved(library: Library, item_id: int, base_version: int | None) -> CardConflict:
    """The refusal for a save that met another save of the same card under way."""
    with library.reading() as conn:
        item = repo.get_item(conn, item_id)
        row = conn.execute(sa.select(card_saves).where(card_saves.c.item_id == item_id)).first()
        versions = repo.get_versions(conn, item_id)
    if row is None and base_version is not None and item.version != base_version and versions:
        return _newer_version(item, base_version, versions)  # the other save has just finished
    who = row.actor if row is not None and row.actor else ""
    return CardConflict(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{who} is saving “{title}” right now. Nothing was overwritten and your text is kept: "
            "open the newest version in a moment and apply your changes to it, or save your text "
            "as a new card.",
        ),
        item_id=item_id,
        base_version=base_version if base_version is not None else item.version,
        newer=None,
        saving_by=who,
        who=who or Message(QT_TRANSLATE_NOOP("Messages", "Someone else")),
        title=item.title,
    )
