"""The deck check: run the selling rules (`deck_rules`) on a library deck or a .pptx file.

A front end names a deck the way a person does: an item id (`12`, `#12`), the path or file
name it was imported from, its title, or a .pptx file on disk that is not in the library
yet (read with ingest's extractor, nothing is imported). `check_reference` resolves that
and returns a `DeckReport`; the app, which already holds an item id, calls `check_item`.
The library supplies what the rules compare with (`library_facts`): the competitors it
knows and its catalogs' product codes.

Errors: `DeckCheckError` (an EnablementError) for input that cannot be checked (a missing
file, a PDF, a catalog, a damaged .pptx, an unknown or ambiguous name); its message says
which and is translatable. Front ends report it and exit 2 / keep what the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.domain import ItemKind, UnitKind
from enablement.errors import EnablementError, NotFound, Rejected
from enablement.ingest.registry import PPTX_SUFFIXES, SUPPORTED_SUFFIXES, extract_file
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.search.analysis import normalise_code
from enablement.store import Library
from enablement.store import repository as repo
from enablement.store.schema import items, units, versions
from enablement.workbench.deck_rules import RULES, DeckSlides, Finding, LibraryFacts, SlideText, find_codes

__all__ = [
    "DeckCheckError",
    "DeckReport",
    "check_deck",
    "check_file",
    "check_item",
    "check_reference",
    "library_facts",
]

_ITEM_ID = re.compile(r"#?(\d+)\Z")


class DeckCheckError(EnablementError):
    """The deck named cannot be checked: missing, not a deck, unreadable, unknown or ambiguous."""


@dataclass(frozen=True, slots=True)
class DeckReport:
    """The findings on one deck, in slide order, and what was not checked.

    Attributes:
        title: the deck's title.
        source: where it came from: "#12 v3" for a library item, else the file's path.
        item_id: the library item, or None for a file on disk.
        slide_count: how many slides were read.
        findings: what to fix, ordered by slide (deck-wide findings carry their slide too).
        skipped: rules that had nothing to compare with (no catalog in the library, ...).
    """

    title: str
    source: str
    item_id: int | None
    slide_count: int
    findings: tuple[Finding, ...]
    skipped: tuple[Message, ...] = field(default_factory=tuple)

    @property
    def clean(self) -> bool:
        return not self.findings

    def by_slide(self) -> list[tuple[int | None, list[Finding]]]:
        """Findings grouped per slide, slides in order, deck-wide findings (None) last."""
        groups: dict[int | None, list[Finding]] = {}
        for f in self.findings:
            groups.setdefault(f.slide, []).append(f)
        return sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "source": self.source,
            "item_id": self.item_id,
            "slides": self.slide_count,
            "clean": self.clean,
            "findings": [f.to_json() for f in self.findings],
            "skipped": [str(m) for m in self.skipped],
        }


def check_deck(
    deck: DeckSlides, facts: LibraryFacts, *, source: str, item_id: int | None = None
) -> DeckReport:
    """Run every rule on `deck`; findings sorted by slide, then by the rules' order."""
    found = [f for rule in RULES for f in rule(deck, facts)]
    found.sort(key=lambda f: f.slide if f.slide is not None else 10**9)  # stable: rule order per slide
    skipped: list[Message] = []
    if not facts.catalog_codes:
        skipped.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Product codes were not checked: the library has no catalog with codes."
                )
            )
        )
    return DeckReport(deck.title, source, item_id, len(deck.slides), tuple(found), tuple(skipped))


def library_facts(conn: Connection, *, today: date, max_age_years: int = 2) -> LibraryFacts:
    """The competitors every item names and the product codes every catalog row carries."""
    competitors: dict[str, None] = {}
    for (names,) in conn.execute(sa.select(items.c.competitors)):
        for name in names or []:
            if isinstance(name, str) and name.strip():
                competitors[name.strip()] = None
    codes: set[str] = set()
    query = (
        sa.select(units.c.codes, units.c.heading, units.c.text)
        .join(items, items.c.id == units.c.item_id)
        .where(items.c.kind == ItemKind.CATALOG.value)
    )
    for row_codes, heading, text in conn.execute(query):
        # A spreadsheet's code column fills `codes`; a PDF catalog only has the codes in its text.
        written = [*(row_codes or []), *find_codes(heading or ""), *find_codes(text or "")]
        codes.update(filter(None, map(normalise_code, written)))
    return LibraryFacts(
        today=today,
        max_age_years=max_age_years,
        competitors=tuple(competitors),
        catalog_codes=frozenset(codes),
    )


def check_item(library: Library, item_id: int, *, today: date, max_age_years: int = 2) -> DeckReport:
    """Check the current version of library item `item_id` (a deck)."""
    with library.reading() as conn:
        deck, source = _deck_from_item(conn, item_id)
        facts = library_facts(conn, today=today, max_age_years=max_age_years)
    return check_deck(deck, facts, source=source, item_id=item_id)


def check_file(
    path: Path, *, today: date, max_age_years: int = 2, library: Library | None = None
) -> DeckReport:
    """Check a .pptx file on disk; the library (if given) supplies competitors and catalog codes."""
    deck = deck_from_file(path)
    if library is None:
        facts = LibraryFacts(today=today, max_age_years=max_age_years)
    else:
        with library.reading() as conn:
            facts = library_facts(conn, today=today, max_age_years=max_age_years)
    return check_deck(deck, facts, source=str(path))


def check_reference(library: Library, ref: str, *, today: date, max_age_years: int = 2) -> DeckReport:
    """Check the deck `ref` names: a .pptx file, an item id, an imported path or file name, a title."""
    text = ref.strip()
    path = Path(text).expanduser()
    if text and path.exists():
        return check_file(path, today=today, max_age_years=max_age_years, library=library)
    found = _ITEM_ID.match(text)
    if found:
        return check_item(library, int(found.group(1)), today=today, max_age_years=max_age_years)
    with library.reading() as conn:
        item_id = _item_named(conn, text)
    if item_id is None:
        if path.suffix.lower() in SUPPORTED_SUFFIXES or "/" in text or "\\" in text:
            raise DeckCheckError(QT_TRANSLATE_NOOP("Messages", "No such file: {path}"), path=text)
        raise DeckCheckError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "No deck in the library has the id, title, file name or path {ref!r} "
                "(see `enablement list --kind deck`).",
            ),
            ref=text,
        )
    return check_item(library, item_id, today=today, max_age_years=max_age_years)


def deck_from_file(path: Path) -> DeckSlides:
    """The slides of a PowerPoint file, read by ingest's extractor (nothing is imported)."""
    if not path.is_file():
        raise DeckCheckError(QT_TRANSLATE_NOOP("Messages", "No such file: {path}"), path=str(path))
    suffix = path.suffix.lower()
    if suffix not in PPTX_SUFFIXES:
        raise DeckCheckError(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} is not a PowerPoint deck (.pptx); the deck check reads slides."
            ),
            name=path.name,
        )
    try:
        doc = extract_file(path)
    except Rejected as exc:
        raise DeckCheckError(
            QT_TRANSLATE_NOOP("Messages", "{name} cannot be read: {reason}"),
            name=path.name,
            reason=exc.reason,
        ) from None
    slides = [
        SlideText(u.number, u.heading, u.text, u.notes, u.hidden)
        for u in doc.units
        if u.kind == UnitKind.SLIDE
    ]
    return DeckSlides(doc.title, tuple(slides), tuple(_names(doc.meta.get("competitors"))))


def _deck_from_item(conn: Connection, item_id: int) -> tuple[DeckSlides, str]:
    try:
        item = repo.get_item(conn, item_id)
    except NotFound as exc:
        raise DeckCheckError(exc.message) from None
    if item.kind != ItemKind.DECK:
        raise DeckCheckError(
            QT_TRANSLATE_NOOP("Messages", "#{item} {title!r} is a {kind}, not a deck."),
            item=item.id,
            title=item.title,
            kind=item.kind.value,
        )
    stored = repo.get_units(conn, item_id)
    slides = [
        SlideText(u.number, u.heading, u.text, u.notes, u.hidden) for u in stored if u.kind == UnitKind.SLIDE
    ]
    if not slides:
        raise DeckCheckError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "#{item} {title!r} has pages, not slides (a PDF?); the deck check reads .pptx decks.",
            ),
            item=item.id,
            title=item.title,
        )
    return DeckSlides(item.title, tuple(slides), tuple(item.competitors)), f"#{item.id} v{item.version}"


def _item_named(conn: Connection, ref: str) -> int | None:
    """The one deck whose imported path, file name or title is `ref` (case-insensitive)."""
    folded = ref.casefold()
    by_path = {
        row.item_id
        for row in conn.execute(sa.select(versions.c.item_id, versions.c.source_path, versions.c.source_name))
        if folded in (row.source_path.casefold(), row.source_name.casefold())
    }
    by_title = {
        row.id
        for row in conn.execute(
            sa.select(items.c.id, items.c.title).where(items.c.kind == ItemKind.DECK.value)
        )
        if row.title.casefold() == folded
    }
    found = sorted(by_path or by_title)
    if len(found) > 1:
        raise DeckCheckError(
            QT_TRANSLATE_NOOP("Messages", "{ref!r} names several items ({ids}); give the id instead."),
            ref=ref,
            ids=", ".join(f"#{i}" for i in found),
        )
    return found[0] if found else None


def _names(value: Any) -> Sequence[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value if str(v).strip()]
    return []
