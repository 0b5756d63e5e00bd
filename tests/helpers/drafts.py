"""A draft deck stored straight through the repository, shared by the voting and team tests."""

from __future__ import annotations

import hashlib

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, ItemStatus, UnitKind
from enablement.store import Library, repository


def store_draft(library: Library, title: str = "Router X1 launch deck", slides: int = 3) -> int:
    """A draft deck stored straight through the repository, as the importer would store it."""
    doc = ExtractedDoc(
        title=title,
        kind=ItemKind.DECK,
        units=[
            ExtractedUnit(kind=UnitKind.SLIDE, number=n, heading=f"Slide {n}", text=f"Body of slide {n}")
            for n in range(1, slides + 1)
        ],
    )
    new = repository.NewVersion(
        path=f"/decks/{title}.pptx",
        name=f"{title}.pptx",
        size=1234,
        mtime_ns=0,
        sha256=hashlib.sha256(title.encode()).hexdigest(),
        doc=doc,
        language="en",
        kind=ItemKind.DECK,
        status=ItemStatus.DRAFT,
        competitors=[],
        products=["Router X1"],
        tags=[],
        owner="mia",
        review_by=None,
        title=title,
    )
    with library.transaction() as conn:
        return repository.store_version(conn, new, item_id=None, user="mia")


def store_slides(
    library: Library,
    slides: list[tuple[str, str]],
    *,
    item_id: int | None = None,
    title: str = "Router X1 launch deck",
) -> int:
    """A deck whose slides have the given (heading, text), as a new item or as the next version
    of `item_id` (a re-import: the replaced slides go to version_units)."""
    with library.transaction() as conn:
        return repository.store_version(conn, slides_version(slides, title), item_id=item_id, user="mia")


def slides_version(
    slides: list[tuple[str, str]], title: str = "Router X1 launch deck"
) -> repository.NewVersion:
    """What the importer would store for a deck of these (heading, text) slides."""
    doc = ExtractedDoc(
        title=title,
        kind=ItemKind.DECK,
        units=[
            ExtractedUnit(kind=UnitKind.SLIDE, number=n, heading=heading, text=text)
            for n, (heading, text) in enumerate(slides, start=1)
        ],
    )
    return repository.NewVersion(
        path=f"/decks/{title}.pptx",
        name=f"{title}.pptx",
        size=1234,
        mtime_ns=0,
        sha256=hashlib.sha256(repr((title, slides)).encode()).hexdigest(),
        doc=doc,
        language="en",
        kind=ItemKind.DECK,
        status=ItemStatus.DRAFT,
        competitors=[],
        products=["Router X1"],
        tags=[],
        owner="mia",
        review_by=None,
        title=title,
    )
