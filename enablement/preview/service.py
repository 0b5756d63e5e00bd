"""What the preview pane needs about one item, read off the UI thread.

Parsing a deck takes a fraction of a second and a salesperson flips between
the hits of one deck, so parsed decks are kept in a small LRU keyed by the
file's content hash (a re-import with new content gets a new key).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from enablement.domain import Item, Unit, Version
from enablement.errors import DatabaseUnavailable, NotFound
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.preview.layout import DeckLayout
from enablement.preview.pdf import PageImage, render_page
from enablement.preview.slides import read_deck
from enablement.store import repository as repo
from enablement.store.library import Library
from enablement.store.schema import units

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(slots=True)
class ItemBundle:
    """An item with its units and versions, as the preview pane shows it."""

    item: Item
    units: list[Unit]
    versions: list[Version] = field(default_factory=list)
    original: Path | None = None

    def unit(self, kind: str, number: int) -> Unit | None:
        for unit in self.units:
            if unit.kind == kind and unit.number == number:
                return unit
        return None

    @property
    def source_path(self) -> str:
        return self.versions[-1].source_path if self.versions else ""


class PreviewService:
    """Loads items, slide layouts and PDF pages for previews (thread-safe)."""

    def __init__(
        self, library: Library, *, cache_size: int = 6, offline: Callable[[], bool] | None = None
    ) -> None:
        self.library = library
        # Whether the team server is out of reach (the index follower knows): an original this
        # desktop never downloaded cannot be fetched then, which is not the same as missing.
        self._offline = offline or (lambda: False)
        self._decks: OrderedDict[str, DeckLayout] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._export_dir: Path | None = None

    # ------------------------------------------------------------------ items

    def bundle(self, item_id: int, *, only: tuple[str, int] | None = None) -> ItemBundle:
        """The item with its units; `only=(kind, number)` loads just that unit.

        A catalog can hold tens of thousands of rows and its preview shows one of them.
        """
        with self.library.reading() as conn:
            item = repo.get_item(conn, item_id)
            if only is not None:
                units = [repo.get_unit(conn, item_id, only[0], only[1])]
            else:
                units = repo.get_units(conn, item_id)
            versions = repo.get_versions(conn, item_id)
        # On a team library another desktop may have imported it: fetch it once into our cache.
        original = self.library.blobs.fetch(item.sha256) if item.sha256 else None
        return ItemBundle(item, units, versions, original)

    def original_path(self, item: Item) -> Path:
        offline = not self.library.is_sqlite and self._offline()
        local = self.library.blobs.path_for(item.sha256)
        path = (local if local.exists() else None) if offline else self.library.blobs.fetch(item.sha256)
        if path is None and (offline or (not self.library.is_sqlite and self._offline())):
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The original file of “{title}” is not on this computer yet, and it cannot be "
                    "fetched while the team server is out of reach.",
                ),
                title=item.title,
            )
        if path is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "The original file of “{title}” is missing from the library."),
                title=item.title,
            )
        return path

    # ------------------------------------------------------------------ decks

    def deck(self, item: Item) -> DeckLayout:
        with self._lock:
            cached = self._decks.get(item.sha256)
            if cached is not None:
                self._decks.move_to_end(item.sha256)
                return cached
        deck = read_deck(self.original_path(item))
        with self._lock:
            self._decks[item.sha256] = deck
            while len(self._decks) > self._cache_size:
                self._decks.popitem(last=False)
        return deck

    # ------------------------------------------------------------------ pdf

    def pdf_page(self, item: Item, number: int, *, width_px: int = 900) -> PageImage:
        return render_page(self.original_path(item), number, width_px=width_px)

    # ------------------------------------------------------------------ files

    def export_copy(self, item: Item) -> Path:
        """A temporary copy named like the source file, to open in its default application.

        The blob store names originals by hash; an application opened on such a
        file would show a meaningless name and could write into the library.
        """
        with self._lock:
            if self._export_dir is None or not self._export_dir.exists():
                self._export_dir = Path(tempfile.mkdtemp(prefix="enablement-open-"))
            base = self._export_dir
        name = _UNSAFE.sub("_", item.source_name or f"item-{item.id}").strip(" .") or f"item-{item.id}"
        folder = base / f"{item.id}-v{item.version}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        if not target.exists():
            tmp = folder / f".{name}.part"
            shutil.copyfile(self.original_path(item), tmp)
            tmp.replace(target)
        return target

    def cleanup(self) -> None:
        with self._lock:
            folder, self._export_dir = self._export_dir, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def unit_totals(library: Library, item_ids: list[int]) -> dict[int, int]:
    """Units per item (for "Slide 7 of 24"), one grouped query for all the items of an answer."""
    ids = sorted(set(item_ids))
    if not ids:
        return {}
    with library.reading() as conn:
        rows = conn.execute(
            sa.select(units.c.item_id, sa.func.count())
            .where(units.c.item_id.in_(ids))
            .group_by(units.c.item_id)
        )
        return {int(r[0]): int(r[1]) for r in rows}
