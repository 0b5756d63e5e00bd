"""Plain data shared by ingest, store, search, voting and the UI.

These types cross process boundaries (extraction runs in worker processes) and
thread boundaries (the UI gets them back from the task runner), so they are
frozen-ish dataclasses of built-in types only: picklable, Qt-free, cheap.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


class ItemKind(enum.StrEnum):
    BATTLECARD = "battlecard"
    DECK = "deck"
    CATALOG = "catalog"
    DOCUMENT = "document"


class ItemStatus(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    ARCHIVED = "archived"


# What the search index holds: published items, and archived ones (masked unless asked for, and
# always for sellers). Drafts and items in review are the marketer's work in progress: never in
# anyone's search (the workbench lists them; voting previews drafts from the database).
INDEXED_STATUSES = frozenset({ItemStatus.PUBLISHED, ItemStatus.ARCHIVED})


class UnitKind(enum.StrEnum):
    SLIDE = "slide"
    PAGE = "page"
    ROW = "row"
    SECTION = "section"
    ITEM = "item"


class SectionType(enum.StrEnum):
    """Typed battle-card sections; anything else is GENERAL."""

    STRENGTHS = "strengths"
    WEAKNESSES = "weaknesses"
    HOW_WE_WIN = "how_we_win"
    LANDMINES = "landmines"
    OBJECTIONS = "objections"
    PRICING = "pricing"
    OVERVIEW = "overview"
    GENERAL = "general"


@dataclass(slots=True)
class ExtractedUnit:
    """One findable piece of a file: a slide, a PDF page, a row, a section.

    Attributes:
        kind: the unit kind.
        number: 1-based position (slide number, page, data row without header, section index).
        heading: slide title, section heading, or the row's name column.
        text: the body text (for rows: "Header: value" lines).
        notes: speaker notes (slides only), kept apart so search can weight them lower.
        fields: for rows, header -> cell value as text; for slides, optional layout data.
        codes: product codes (SKU/article) found in an exact-match column.
        section_type: typed battle-card section, if any.
        hidden: a hidden slide.
        sheet: for spreadsheet rows, the worksheet name.
    """

    kind: UnitKind
    number: int
    heading: str = ""
    text: str = ""
    notes: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    codes: list[str] = field(default_factory=list)
    section_type: str = ""
    hidden: bool = False
    sheet: str = ""


@dataclass(slots=True)
class ExtractedDoc:
    """What an extractor returns for one file.

    `meta` carries what the file says about itself (YAML front matter, core
    properties): keys among title, kind, competitors, products, tags, review_by,
    language, owner, status. The import pipeline merges it with CLI options.
    """

    title: str
    kind: ItemKind
    units: list[ExtractedUnit]
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ItemMeta:
    """Metadata options given at import time (CLI flags, drop dialog)."""

    kind: ItemKind | None = None
    status: ItemStatus | None = None
    competitors: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    owner: str | None = None


@dataclass(slots=True)
class Item:
    id: int
    title: str
    kind: ItemKind
    status: ItemStatus
    language: str
    competitors: list[str]
    products: list[str]
    tags: list[str]
    owner: str
    created_at: datetime
    updated_at: datetime
    review_by: date | None
    source_name: str
    sha256: str
    version: int
    unit_count: int = 0


@dataclass(slots=True)
class Version:
    number: int
    sha256: str
    size: int
    source_name: str
    source_path: str
    imported_at: datetime
    imported_by: str
    restored_from: int | None = None  # the older version this one re-published (a restore)


@dataclass(slots=True)
class Unit:
    """A stored unit, with its database id."""

    id: int
    item_id: int
    kind: UnitKind
    number: int
    heading: str
    text: str
    notes: str
    fields: dict[str, str]
    codes: list[str]
    section_type: str
    hidden: bool
    sheet: str = ""
