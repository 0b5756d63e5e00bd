"""The index schema and the mapping from a stored (Item, Unit) to one index document.

Why here and nowhere else: the index is a cache of the database, so its layout can change at
will. Bumping SCHEMA_VERSION makes every library rebuild its index on next open, which is how an
analyzer change reaches users without a migration.

Searchable text fields (all analysed by RuEnAnalyzer, weighted at query time, see query.py):
title (item title), heading (slide title / section heading / row name), body, notes (speaker
notes), meta (competitor, product and tag names), codes (normalised product codes), and raw (the
same words unstemmed, for prefix, fuzzy and spelling). Filter fields are ID/KEYWORD terms.
A compact `facets` column packs what ranking and facet counts read for every matching document.
"""

from __future__ import annotations

from typing import Any

from whoosh import columns
from whoosh.fields import COLUMN, ID, KEYWORD, STORED, TEXT, Schema

from enablement.domain import Item, Unit
from enablement.search.analysis import CodeAnalyzer, RuEnAnalyzer, fold

__all__ = ["FACET_SEP", "SCHEMA_VERSION", "build_schema", "document_for", "pack_facets", "unpack_facets"]

SCHEMA_VERSION = 3
FACET_SEP = "\x1f"
_LIST_SEP = "\x1e"

STEMMED = RuEnAnalyzer(stemming=True)
RAW = RuEnAnalyzer(stemming=False, joined=True)


def build_schema() -> Schema:
    return Schema(
        uid=ID(stored=True, unique=True),
        item=ID(stored=True),
        version=STORED(),
        kind=ID(stored=True),
        unit=ID(stored=True),
        section=ID(stored=True),
        status=ID(stored=True),
        lang=ID(stored=True),
        competitor=KEYWORD(commas=True, lowercase=True, stored=True),
        product=KEYWORD(commas=True, lowercase=True, stored=True),
        tag=KEYWORD(commas=True, lowercase=True, stored=True),
        title=TEXT(analyzer=STEMMED, stored=True),
        heading=TEXT(analyzer=STEMMED, stored=True),
        body=TEXT(analyzer=STEMMED, stored=True),
        notes=TEXT(analyzer=STEMMED, stored=True),
        meta=TEXT(analyzer=STEMMED),
        codes=TEXT(analyzer=CodeAnalyzer(), phrase=False, stored=True),
        raw=TEXT(analyzer=RAW, phrase=False),
        number=STORED(),
        source=STORED(),
        hidden=STORED(),
        updated=STORED(),
        review_by=STORED(),
        facets=COLUMN(columns.VarBytesColumn()),
    )


def _keyword(values: list[str]) -> str:
    return ",".join(fold(v).replace(",", " ").strip() for v in values if v.strip())


def pack_facets(item: Item) -> bytes:
    """kind, competitors, products, tags, language and update time, for facets and freshness."""
    parts = [
        str(item.kind),
        _LIST_SEP.join(item.competitors),
        _LIST_SEP.join(item.products),
        _LIST_SEP.join(item.tags),
        item.language or "",
        f"{item.updated_at.timestamp():.0f}",
    ]
    return FACET_SEP.join(parts).encode("utf-8")


def unpack_facets(data: bytes) -> tuple[str, list[str], list[str], list[str], str, float]:
    if not data:
        return "", [], [], [], "", 0.0
    kind, comp, prod, tags, lang, updated = data.decode("utf-8").split(FACET_SEP)
    split = lambda s: s.split(_LIST_SEP) if s else []  # noqa: E731
    return kind, split(comp), split(prod), split(tags), lang, float(updated or 0)


def document_for(item: Item, unit: Unit) -> dict[str, Any]:
    """The index document for one unit: its text plus its item's metadata."""
    names = [*item.competitors, *item.products, *item.tags]
    body = unit.text
    if unit.fields and not body:
        body = "\n".join(f"{k}: {v}" for k, v in unit.fields.items() if v)
    heading = unit.heading
    raw = "\n".join(s for s in (item.title, heading, body, unit.notes, " ".join(names)) if s)
    return {
        "uid": str(unit.id),
        "item": str(item.id),
        "version": item.version,
        "kind": str(item.kind),
        "unit": str(unit.kind),
        "section": unit.section_type or "",
        "status": str(item.status),
        "lang": item.language or "",
        "competitor": _keyword(item.competitors),
        "product": _keyword(item.products),
        "tag": _keyword(item.tags),
        "title": item.title,
        "heading": heading,
        "body": body,
        "notes": unit.notes,
        "meta": "\n".join(names),
        "codes": "\n".join(unit.codes),
        "raw": raw,
        "number": unit.number,
        "source": item.source_name,
        "hidden": bool(unit.hidden),
        "updated": item.updated_at.timestamp(),
        "review_by": item.review_by.isoformat() if item.review_by else None,
        "facets": pack_facets(item),
    }
