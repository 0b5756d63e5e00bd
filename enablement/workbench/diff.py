"""Versions you can compare: a side-by-side diff of two versions of one item, and a restore.

A deck's slides are matched by content, not by position, so a slide inserted in the middle
shows as one added slide and the rest as unchanged; a battle card's sections are matched by
type and heading; changed text is marked word by word (how: enablement.workbench.diff_rows).

The units of older versions come from `version_units` (kept since revision 0010); a version
replaced before that is extracted again from its original, which the content-addressed file
store keeps. A restore re-publishes an older original as the newest version through the
importer (`Importer.import_version`), so the index follows like after any import.

Errors (all EnablementError): NotFound (no such item or version), DiffRefused (the two sides
cannot be compared: two items, a deck and a PDF, catalogs), PermissionDenied (a restore by a
seller on a team library), Rejected (the original cannot be read any more).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enablement.domain import Item, Unit, UnitKind, Version
from enablement.errors import EnablementError, NotFound
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store import repository as repo
from enablement.workbench.diff_rows import (
    ChangeStatus,
    FieldDiff,
    RowDiff,
    Segment,
    diff_sections,
    diff_slides,
    word_diff,
)

if TYPE_CHECKING:
    from enablement.ingest.pipeline import Importer
    from enablement.store.library import Library

__all__ = [
    "ChangeStatus",
    "DiffRefused",
    "FieldDiff",
    "RestoreResult",
    "RowDiff",
    "Segment",
    "VersionContent",
    "VersionDiff",
    "compare",
    "diff_versions",
    "load_version",
    "may_restore",
    "restore_version",
    "word_diff",
]

_EDITORS = frozenset({"marketing", "admin"})
_ORIGINAL_UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The original file of version {version} of “{title}” is not in the library any more (or not on "
    "this computer while the team server is out of reach), so that version cannot be shown.",
)


class DiffRefused(EnablementError):
    """Two versions that cannot be compared (two items, a deck and a PDF, catalog rows)."""


@dataclass(slots=True)
class VersionContent:
    """One version of an item: its record and its units (`source`: current, kept or original)."""

    item: Item
    version: Version
    units: list[Unit]
    source: str = "current"

    @property
    def family(self) -> str:
        """What the units are: "deck", "pdf", "sections" or "table" (mixed: the most common)."""
        kinds = [u.kind for u in self.units]
        if not kinds:
            return "sections"
        kind = max(set(kinds), key=kinds.count)
        return {
            UnitKind.SLIDE: "deck",
            UnitKind.PAGE: "pdf",
            UnitKind.ROW: "table",
        }.get(kind, "sections")

    def side_json(self) -> dict[str, Any]:
        v = self.version
        return {
            "version": v.number,
            "imported_at": v.imported_at.isoformat(),
            "imported_by": v.imported_by,
            "source_name": v.source_name,
            "restored_from": v.restored_from,
            "units": len(self.units),
            "source": self.source,
        }


@dataclass(slots=True)
class VersionDiff:
    """Two versions of one item compared; rows in reading order of the newer one."""

    old: VersionContent
    new: VersionContent
    family: str
    rows: list[RowDiff] = field(default_factory=list)

    @property
    def item(self) -> Item:
        return self.new.item

    def counts(self) -> dict[str, int]:
        totals = {status.value: 0 for status in ChangeStatus}
        for row in self.rows:
            totals[row.status.value] += 1
        return totals

    @property
    def identical(self) -> bool:
        return all(row.status == ChangeStatus.UNCHANGED for row in self.rows)

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item.id,
            "title": self.item.title,
            "family": self.family,
            "from": self.old.side_json(),
            "to": self.new.side_json(),
            "counts": self.counts(),
            "rows": [r.to_json() for r in self.rows],
        }


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """A restore done: `version` of `item_id` re-publishes `restored_from`, by `by` at `at`."""

    item_id: int
    title: str
    restored_from: int
    version: int
    by: str
    at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item_id,
            "title": self.title,
            "restored_from": self.restored_from,
            "version": self.version,
            "by": self.by,
            "at": self.at.isoformat(),
        }


# ================================================================ loading versions


def load_version(library: Library, item_id: int, number: int | None = None) -> VersionContent:
    """Version `number` of an item (None: the current one) with its units.

    Raises NotFound for an unknown item or version, Rejected when an old original is gone.
    """
    with library.reading() as conn:
        item = repo.get_item(conn, item_id)
        versions = repo.get_versions(conn, item_id)
        number = item.version if number is None else number
        version = next((v for v in versions if v.number == number), None)
        if version is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages", "“{title}” (item {item}) has no version {version}; it has versions {known}."
                ),
                title=item.title,
                item=item.id,
                version=number,
                known=", ".join(str(v.number) for v in versions) or "—",
            )
        if number == item.version:
            return VersionContent(item, version, repo.get_units(conn, item_id), "current")
        kept = repo.get_version_units(conn, item_id, number)
    if kept is not None:
        return VersionContent(item, version, kept, "kept")
    return VersionContent(item, version, _extract_original(library, item, version), "original")


def _extract_original(library: Library, item: Item, version: Version) -> list[Unit]:
    """Units of a version replaced before revision 0010, read again from its original."""
    from enablement.errors import Rejected
    from enablement.ingest.registry import extract_file

    with _original_copy(library, item, version) as path:
        doc = extract_file(path)
    if not doc.units:
        raise Rejected(_ORIGINAL_UNREADABLE, version=version.number, title=item.title)
    return [
        Unit(0, item.id, u.kind, u.number, u.heading, u.text, u.notes, dict(u.fields), list(u.codes),
             u.section_type, u.hidden, u.sheet)
        for u in doc.units
    ]  # fmt: skip


@contextmanager
def _original_copy(library: Library, item: Item, version: Version) -> Iterator[Path]:
    """The original of a version, copied under its source name (extraction goes by the suffix)."""
    from enablement.errors import Rejected

    try:
        blob = library.blobs.fetch(version.sha256)
    except EnablementError:
        blob = None
    if blob is None:
        raise Rejected(_ORIGINAL_UNREADABLE, version=version.number, title=item.title)
    folder = Path(tempfile.mkdtemp(prefix="enablement-version-"))
    try:
        target = folder / (Path(version.source_name or item.source_name).name or "original")
        shutil.copyfile(blob, target)
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ================================================================ comparing


def diff_versions(
    library: Library, item_id: int, old: int | None = None, new: int | None = None
) -> VersionDiff:
    """Compare two versions of an item; by default the previous one with the current one.

    Raises DiffRefused when the item has only one version and none was named.
    """
    with library.reading() as conn:
        item = repo.get_item(conn, item_id)
    new_number = item.version if new is None else new
    if old is None:
        if new_number <= 1:
            raise DiffRefused(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{title}” (item {item}) has only version {version}: there is nothing to compare "
                    "it with yet.",
                ),
                title=item.title,
                item=item.id,
                version=new_number,
            )
        old = new_number - 1
    return compare(load_version(library, item_id, old), load_version(library, item_id, new_number))


def compare(old: VersionContent, new: VersionContent) -> VersionDiff:
    """Compare two loaded versions of one item (pure: no library needed)."""
    if old.item.id != new.item.id:
        raise DiffRefused(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{old}” (item {old_id}) and “{new}” (item {new_id}) are two different items; only two "
                "versions of the same item can be compared.",
            ),
            old=old.item.title,
            old_id=old.item.id,
            new=new.item.title,
            new_id=new.item.id,
        )
    if old.family != new.family:
        raise DiffRefused(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Version {old} of “{title}” is {old_family} and version {new} is {new_family}: "
                "only versions of the same kind can be compared (a deck with a deck, a card with a card).",
            ),
            title=new.item.title,
            old=old.version.number,
            new=new.version.number,
            old_family=_FAMILY_LABELS[old.family],
            new_family=_FAMILY_LABELS[new.family],
        )
    if new.family == "table":
        raise DiffRefused(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{title}” is a table (catalog rows); versions of decks, PDFs and battle cards can be "
                "compared, tables not yet.",
            ),
            title=new.item.title,
        )
    if new.family == "sections":
        rows = diff_sections(old.units, new.units)
    else:
        rows = diff_slides(old.units, new.units)
    return VersionDiff(old, new, new.family, rows)


_FAMILY_LABELS = {
    "deck": Message(QT_TRANSLATE_NOOP("Messages", "a deck")),
    "pdf": Message(QT_TRANSLATE_NOOP("Messages", "a PDF document")),
    "sections": Message(QT_TRANSLATE_NOOP("Messages", "a text document")),
    "table": Message(QT_TRANSLATE_NOOP("Messages", "a table")),
}


# ================================================================ restoring


def restore_version(
    library: Library,
    importer: Importer,
    item_id: int,
    number: int,
    *,
    on_restored: Callable[[], object] | None = None,
) -> RestoreResult:
    """Re-publish version `number` of an item as its newest version (N+1), by `importer.user`.

    The old original goes through the importer like any file, so its units are extracted
    afresh, the older units are kept and `on_restored` (wire it to the index sync) makes the
    restored text findable. Refused for a seller on a team library (the database refuses too).
    """
    _check_may_restore(library, importer.user)
    with library.reading() as conn:
        item = repo.get_item(conn, item_id)
        versions = repo.get_versions(conn, item_id)
    version = next((v for v in versions if v.number == number), None)
    if version is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Messages", "“{title}” (item {item}) has no version {version}; it has versions {known}."
            ),
            title=item.title,
            item=item.id,
            version=number,
            known=", ".join(str(v.number) for v in versions) or "—",
        )
    if number == item.version:
        raise DiffRefused(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Version {version} of “{title}” is already the newest; there is nothing to restore.",
            ),
            version=number,
            title=item.title,
        )
    with _original_copy(library, item, version) as path:
        new_number = importer.import_version(
            path, item_id, source_path=version.source_path, restored_from=number
        )
    if on_restored is not None:
        on_restored()
    with library.reading() as conn:
        stored = next(v for v in repo.get_versions(conn, item_id) if v.number == new_number)
    return RestoreResult(item_id, item.title, number, new_number, stored.imported_by, stored.imported_at)


def may_restore(library: Library) -> bool:
    """Whether the person signed in may restore versions (anyone on a single-user library)."""
    if not library.is_team:
        return True
    with library.reading() as conn:
        return repo.person_role(conn, library.current_user()) in _EDITORS


def _check_may_restore(library: Library, user: str) -> None:
    """On a team library only marketing restores; say so before any work (the grants say it too)."""
    if may_restore(library):
        return
    from enablement.errors import marketing_only
    from enablement.voting.models import Role

    login = library.current_user()
    with library.reading() as conn:
        role = repo.person_role(conn, login)
    label = Role(role).label if role in set(Role) else Message(QT_TRANSLATE_NOOP("Messages", "no profile"))
    raise marketing_only(
        QT_TRANSLATE_NOOP("Messages", "restore an older version"), login or user, label, team=True
    )
