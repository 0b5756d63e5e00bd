"""Browse: the library's items grouped the way a salesperson looks for them. Qt-free.

Battle cards by competitor, decks, catalogs, other documents; filtered by product
and tag, sorted by last update or title.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from enablement.domain import Item, ItemStatus

__all__ = ["BrowseGroups", "group_items", "load_items"]


@dataclass(slots=True)
class BrowseGroups:
    by_competitor: list[tuple[str, list[Item]]] = field(default_factory=list)
    decks: list[Item] = field(default_factory=list)
    catalogs: list[Item] = field(default_factory=list)
    documents: list[Item] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    total: int = 0


def load_items(library: Any) -> list[Item]:
    """Every item that is not archived (worker thread); `group_items` keeps the published ones."""
    from enablement.store import repository as repo

    with library.reading() as conn:
        return repo.list_items(conn, include_archived=False)


def _sort(items: list[Item], sort: str) -> list[Item]:
    if sort == "title":
        return sorted(items, key=lambda i: i.title.casefold())
    return sorted(items, key=lambda i: i.updated_at, reverse=True)


def group_items(
    items: list[Item], *, product: str = "", tag: str = "", sort: str = "updated"
) -> BrowseGroups:
    """Filter by product and tag (case-insensitive), then group and sort."""
    out = BrowseGroups()
    published = [i for i in items if i.status == ItemStatus.PUBLISHED]
    out.products = sorted({p for i in published for p in i.products}, key=str.casefold)
    out.tags = sorted({t for i in published for t in i.tags}, key=str.casefold)
    chosen = [
        i
        for i in published  # drafts are for review (Voting), not for selling
        if (not product or product.casefold() in (p.casefold() for p in i.products))
        and (not tag or tag.casefold() in (t.casefold() for t in i.tags))
    ]
    out.total = len(chosen)
    competitors: dict[str, list[Item]] = {}
    for item in chosen:
        if item.kind == "battlecard":
            for name in item.competitors or ["—"]:
                competitors.setdefault(name, []).append(item)
        elif item.kind == "deck":
            out.decks.append(item)
        elif item.kind == "catalog":
            out.catalogs.append(item)
        else:
            out.documents.append(item)
    out.by_competitor = [
        (name, _sort(cards, sort))
        for name, cards in sorted(competitors.items(), key=lambda kv: kv[0].casefold())
    ]
    out.decks = _sort(out.decks, sort)
    out.catalogs = _sort(out.catalogs, sort)
    out.documents = _sort(out.documents, sort)
    return out
