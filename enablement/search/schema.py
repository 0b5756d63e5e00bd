"""The index schema and the mapping from a stored (Item, Unit) to one index document.

Why here and nowhere else: the index is a cache of the database, so its layout can change at
will. Bumping SCHEMA_VERSION makes every library rebuild its index on next open, which is how an
analyzer change reaches users without a migration.

One searchable field, `text`, holds every part of a unit, each token carrying its part's weight
(SECTION_WEIGHTS: heading and title above metadata names, those above body, body above speaker
notes; product codes highest). Whoosh sums token boosts into the posting weight, so BM25 over it
is BM25F with field weights, at the cost of one posting list per word instead of six: that is
what keeps queries fast on 100,000 units. `raw` keeps the unstemmed words (existence only) for
prefix, fuzzy and spelling work. Filter fields are ID/KEYWORD terms; the display text is stored.
A compact `facets` column packs what ranking and facet counts read for every matching document;
`itemnum` holds the item id, which the result list reads for every candidate (at most a few hits
per item) without unpacking the stored fields.
"""

from __future__ import annotations

from typing import Any

from whoosh import columns
from whoosh.fields import COLUMN, ID, KEYWORD, STORED, TEXT, Schema

from enablement.domain import Item, Unit
from enablement.search.analysis import SECTION_WEIGHTS, RuEnAnalyzer, section_text

__all__ = ["FACET_SEP", "SCHEMA_VERSION", "build_schema", "document_for", "pack_facets", "unpack_facets"]

SCHEMA_VERSION = 9  # 9: the `itemnum` column
FACET_SEP = "\x1f"
_LIST_SEP = "\x1e"

TEXT_ANALYZER = RuEnAnalyzer(stemming=True, weights=SECTION_WEIGHTS)


def build_schema() -> Schema:
    return Schema(
        uid=ID(stored=True, unique=True),
        item=ID(stored=True),
        version=STORED(),
        kind=ID(stored=True),
        unit=ID(stored=True),
        section=STORED(),
        status=ID(stored=True),
        lang=ID(stored=True),
        competitor=KEYWORD(commas=True, scorable=False),
        product=KEYWORD(commas=True, scorable=False),
        tag=KEYWORD(commas=True, scorable=False),
        text=TEXT(analyzer=TEXT_ANALYZER),
        title=STORED(),
        heading=STORED(),
        body=STORED(),
        notes=STORED(),
        codes=STORED(),
        number=STORED(),
        source=STORED(),
        hidden=STORED(),
        updated=STORED(),
        review_by=STORED(),
        facets=COLUMN(columns.VarBytesColumn()),
        itemnum=COLUMN(columns.NumericColumn("I")),
    )


def _keyword(values: list[str]) -> str:
    return ",".join(v.replace(",", " ").strip() for v in values if v.strip())


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
    return kind, _split(comp), _split(prod), _split(tags), lang, float(updated or 0)


def _split(packed: str) -> list[str]:
    return packed.split(_LIST_SEP) if packed else []


def document_for(item: Item, unit: Unit) -> dict[str, Any]:
    """The index document for one unit: its text plus its item's metadata."""
    names = " ".join([*item.competitors, *item.products, *item.tags])
    body = unit.text
    if unit.fields and not body:
        body = "\n".join(f"{k}: {v}" for k, v in unit.fields.items() if v)
    heading = unit.heading
    codes = "\n".join(unit.codes)
    parts = [("t", item.title), ("m", names), ("h", heading), ("c", codes), ("b", body), ("n", unit.notes)]
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
        "text": section_text(parts),
        "title": item.title,
        "heading": heading,
        "body": body,
        "notes": unit.notes,
        "codes": codes,
        "number": unit.number,
        "source": item.source_name,
        "hidden": bool(unit.hidden),
        "updated": item.updated_at.timestamp(),
        "review_by": item.review_by.isoformat() if item.review_by else None,
        "facets": pack_facets(item),
        "itemnum": item.id,
    }
