"""Search results as plain, Qt-free dataclasses; `to_json()` is the CLI's `--json` contract.

    {"query", "correction": null | {"type": "layout"|"spelling"|"translit", "query"}, "total", "took_ms",
     "hits": [{"item", "kind", "title", "source", "unit", "number", "heading", "score", "snippet",
               "partial"?: true, "more_count"?: n, "more"?: [hit, …]}],
     "facets": {"kind": {}, "competitor": {}, "product": {}, "tag": {}, "language": {}}}

A hit with "partial" lacks some of the query's words (it is listed below all full matches); "more"
holds the further hits of the same item, collapsed under its last shown hit.
The UI reads the extra attributes (snippet_html, unit_id, updated, …) directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

__all__ = ["FACET_NAMES", "FOUND_ITEMS", "SearchGroup", "SearchHit", "SearchResponse", "shown_items"]

FACET_NAMES = ("kind", "competitor", "product", "tag", "language")


@dataclass(slots=True)
class SearchHit:
    """One unit-level hit.

    Attributes:
        item: item id. kind: item kind. title: item title. source: imported file name.
        unit: unit kind (slide/page/row/section/item). number: 1-based unit number.
        heading: slide title / section heading / row name. score: final ranking score.
        snippet: text with matches marked `**like this**`. snippet_html: escaped, matches in <b>.
        unit_id: the unit's database id. section_type: typed battle-card section, if any.
        snippet_field: which field the snippet came from (body, notes, heading, title).
        partial: the unit lacks some of the query's words (listed below every full match).
        more: further hits of the same item collapsed under this one, its last shown hit (the
            list shows at most a few hits of one item; see ranking.py), the first few of them.
        more_count: how many further hits the item has in this answer (>= len(more)).
    """

    item: int
    kind: str
    title: str
    source: str
    unit: str
    number: int
    heading: str
    score: float
    snippet: str
    unit_id: int = 0
    snippet_html: str = ""
    snippet_field: str = ""
    competitors: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    language: str = ""
    status: str = ""
    updated: datetime | None = None
    review_by: date | None = None
    section_type: str = ""
    hidden: bool = False
    partial: bool = False
    more: list[SearchHit] = field(default_factory=list)
    more_count: int = 0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "item": self.item,
            "kind": self.kind,
            "title": self.title,
            "source": self.source,
            "unit": self.unit,
            "number": self.number,
            "heading": self.heading,
            "score": round(self.score, 4),
            "snippet": self.snippet,
        }
        if self.partial:
            out["partial"] = True
        if self.more:
            out["more_count"] = max(self.more_count, len(self.more))
            out["more"] = [h.to_json() for h in self.more]
        return out

    @property
    def label(self) -> str:
        """ "Slide 7", "Row 12", "Page 3", "Section 2" or "Item"."""
        return self.unit.capitalize() if self.unit == "item" else f"{self.unit.capitalize()} {self.number}"


@dataclass(slots=True)
class SearchGroup:
    """Hits of one item, best first (response.groups when searching with group=True)."""

    item: int
    title: str
    kind: str
    source: str
    hits: list[SearchHit]

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "title": self.title,
            "kind": self.kind,
            "source": self.source,
            "hits": [h.to_json() for h in self.hits],
        }


@dataclass(slots=True)
class SearchResponse:
    """What a search returns.

    Attributes:
        query: the query as typed. original_query: the same (kept for the UI's "search for X instead").
        searched_query: what was actually searched (the corrected query, if any).
        correction: None or {"type": ..., "query": ...}.
        total: matching units (after filters). partial: no unit had all the words; these are the
        best partial matches. groups: per-item groups when grouping was asked for.
        search_id: the search-log line of this search (None when not logged, or logged later
        because the team server was away); usage events name it so content gaps can tell
        searches that led somewhere from those that did not.
    """

    query: str
    correction: dict[str, str] | None
    total: int
    took_ms: float
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]]
    partial: bool = False
    searched_query: str = ""
    groups: list[SearchGroup] = field(default_factory=list)
    search_id: int | None = None

    @property
    def original_query(self) -> str:
        return self.query

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "query": self.query,
            "correction": dict(self.correction) if self.correction else None,
            "total": self.total,
            "took_ms": round(self.took_ms, 2),
            "hits": [h.to_json() for h in self.hits],
            "facets": {name: dict(self.facets.get(name, {})) for name in FACET_NAMES},
        }
        if self.partial:
            out["partial"] = True
        if self.groups:
            out["groups"] = [g.to_json() for g in self.groups]
        return out


# How many distinct items of a search's first page its log line names (the UI shows 20 results).
FOUND_ITEMS = 20


def shown_items(hits: Iterable[SearchHit], cap: int = FOUND_ITEMS) -> list[int]:
    """The distinct items of the hits a search showed, in their order, at most `cap`: what its log
    line records so the shared numbers can tell which published items no search ever showed."""
    shown: list[int] = []
    for hit in hits:
        if hit.item not in shown:
            shown.append(int(hit.item))
            if len(shown) == cap:
                break
    return shown
