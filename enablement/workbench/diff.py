"""Versions you can compare: a side-by-side diff of two versions of one item, and a restore.

A deck's slides are matched by content, not by position, so a slide inserted in the middle
shows as one added slide and the rest as unchanged: first the longest run of identical slides
in order (difflib over the slides' contents) is unchanged, identical slides out of that order
are moved, then the remaining slides are paired by how many words they share (changed), and
what is left is added or removed. A battle card's sections are matched by type and heading
(the same section renamed is still that section). Changed text is marked word by word for the
title, the body and the notes.

The units of older versions come from `version_units` (kept since revision 0009); a version
replaced before that is extracted again from its original, which the content-addressed file
store keeps. A restore re-publishes an older original as the newest version through the
importer (`Importer.import_version`), so the index follows like after any import.

Errors (all EnablementError): NotFound (no such item or version), DiffRefused (the two sides
cannot be compared: two items, a deck and a PDF, catalogs), PermissionDenied (a restore by a
seller on a team library), Rejected (the original cannot be read any more).
"""

from __future__ import annotations

import bisect
import difflib
import enum
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enablement.domain import Item, Unit, UnitKind, Version
from enablement.errors import EnablementError, NotFound
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store import repository as repo

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
    "restore_version",
    "word_diff",
]

_SIMILAR = 0.45  # share of words two slides must have in common to be "the same slide, changed"
_WORDS = re.compile(r"\s+|\w+|[^\w\s]")
_SPACE = re.compile(r"\s+")
_EDITORS = frozenset({"marketing", "admin"})
_ORIGINAL_UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The original file of version {version} of “{title}” is not in the library any more (or not on "
    "this computer while the team server is out of reach), so that version cannot be shown.",
)


class DiffRefused(EnablementError):
    """Two versions that cannot be compared (two items, a deck and a PDF, catalog rows)."""


class ChangeStatus(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of words of a compared text: `op` is "same", "added" or "removed"."""

    op: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"op": self.op, "text": self.text}


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One text of a unit (`name`: "title", "body" or "notes") in both versions, marked."""

    name: str
    old: str
    new: str
    segments: tuple[Segment, ...]

    @property
    def changed(self) -> bool:
        return _norm(self.old) != _norm(self.new)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "changed": self.changed,
            "old": self.old,
            "new": self.new,
            "segments": [s.to_json() for s in self.segments],
        }


@dataclass(frozen=True, slots=True)
class RowDiff:
    """A slide, page or section of either version, with what happened to it.

    Attributes:
        status: added, removed, changed, moved or unchanged.
        old_number: its number in the older version (None when added).
        new_number: its number in the newer version (None when removed).
        heading: its title (the newer one when both exist).
        section_type: a battle card's typed section ("" otherwise).
        fields: title, body and notes (those non-empty on either side), marked word by word.
        moved: a changed unit whose place among the others changed too.
    """

    status: ChangeStatus
    old_number: int | None
    new_number: int | None
    heading: str
    section_type: str
    fields: tuple[FieldDiff, ...]
    moved: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "old": self.old_number,
            "new": self.new_number,
            "heading": self.heading,
            "section_type": self.section_type,
            "moved": self.moved,
            "fields": [
                f.to_json() for f in self.fields if f.changed or self.status != ChangeStatus.UNCHANGED
            ],
        }


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
    """Units of a version replaced before revision 0009, read again from its original."""
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
        rows = _diff_sections(old.units, new.units)
    else:
        rows = _diff_slides(old.units, new.units)
    return VersionDiff(old, new, new.family, rows)


_FAMILY_LABELS = {
    "deck": Message(QT_TRANSLATE_NOOP("Messages", "a deck")),
    "pdf": Message(QT_TRANSLATE_NOOP("Messages", "a PDF document")),
    "sections": Message(QT_TRANSLATE_NOOP("Messages", "a text document")),
    "table": Message(QT_TRANSLATE_NOOP("Messages", "a table")),
}


# ---------------------------------------------------------------- words


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """`old` → `new` as runs of same, removed and added words (whitespace kept as written)."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    segments: list[Segment] = []

    def push(op: str, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if segments and segments[-1].op == op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            push("same", b[j1:j2])
        else:
            # Whitespace alone is not a change worth colouring: keep it as "same" text.
            if "".join(a[i1:i2]).strip() or "".join(b[j1:j2]).strip():
                push("removed", a[i1:i2])
                push("added", b[j1:j2])
            else:
                push("same", b[j1:j2])
    return tuple(segments)


def _fields(old: Unit | None, new: Unit | None, *, with_notes: bool) -> tuple[FieldDiff, ...]:
    parts = [("title", "heading"), ("body", "text")] + ([("notes", "notes")] if with_notes else [])
    out: list[FieldDiff] = []
    for name, attr in parts:
        a = getattr(old, attr) if old is not None else ""
        b = getattr(new, attr) if new is not None else ""
        if a or b:
            out.append(FieldDiff(name, a, b, word_diff(a, b)))
    return tuple(out)


def _content_key(unit: Unit) -> tuple[str, str, str, bool]:
    return (_norm(unit.heading), _norm(unit.text), _norm(unit.notes), unit.hidden)


def _words(unit: Unit) -> list[str]:
    return re.findall(r"\w+", f"{unit.heading} {unit.text} {unit.notes}".lower())


def _similarity(a: Unit, b: Unit) -> float:
    wa, wb = _words(a), _words(b)
    if not wa and not wb:
        return 1.0
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    if matcher.real_quick_ratio() < _SIMILAR and not _same_title(a, b):
        return 0.0
    score = matcher.ratio()
    if _same_title(a, b):  # the same title is strong evidence it is the same slide, reworded
        score = max(score, 0.6)
    return score


def _same_title(a: Unit, b: Unit) -> bool:
    return bool(_norm(a.heading)) and _norm(a.heading).lower() == _norm(b.heading).lower()


# ---------------------------------------------------------------- slides and pages


def _diff_slides(old: list[Unit], new: list[Unit]) -> list[RowDiff]:
    pairs: dict[int, tuple[int, ChangeStatus]] = {}  # new index -> (old index, status)
    keys_old = [_content_key(u) for u in old]
    keys_new = [_content_key(u) for u in new]
    matcher = difflib.SequenceMatcher(None, keys_old, keys_new, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            pairs[block.b + k] = (block.a + k, ChangeStatus.UNCHANGED)
    used_old = {i for i, _ in pairs.values()}
    # The same slide, elsewhere in the deck: moved.
    spare: dict[tuple[str, str, str, bool], list[int]] = {}
    for i, key in enumerate(keys_old):
        if i not in used_old:
            spare.setdefault(key, []).append(i)
    for j, key in enumerate(keys_new):
        if j not in pairs and spare.get(key):
            i = spare[key].pop(0)
            pairs[j] = (i, ChangeStatus.MOVED)
            used_old.add(i)
    # The same slide reworded: changed (closest pairs first).
    candidates = sorted(
        (
            (score, -abs(i - j), i, j)
            for i in range(len(old))
            if i not in used_old
            for j in range(len(new))
            if j not in pairs and (score := _similarity(old[i], new[j])) >= _SIMILAR
        ),
        reverse=True,
    )
    for _score, _dist, i, j in candidates:
        if i in used_old or j in pairs:
            continue
        pairs[j] = (i, ChangeStatus.CHANGED)
        used_old.add(i)
    in_order = _in_order(pairs)
    rows: list[RowDiff] = []
    next_old = 0

    def flush_removed(upto: int) -> None:
        nonlocal next_old
        while next_old < upto:
            if next_old not in used_old:
                rows.append(_row(ChangeStatus.REMOVED, old[next_old], None, with_notes=True))
            next_old += 1

    for j, unit in enumerate(new):
        if j not in pairs:
            rows.append(_row(ChangeStatus.ADDED, None, unit, with_notes=True))
            continue
        i, status = pairs[j]
        if j in in_order:
            flush_removed(i)
            next_old = max(next_old, i + 1)
        rows.append(_row(status, old[i], unit, with_notes=True, moved=j not in in_order))
    flush_removed(len(old))
    return rows


def _in_order(pairs: dict[int, tuple[int, ChangeStatus]]) -> set[int]:
    """The new indexes of the longest run of pairs whose old indexes increase (kept in place)."""
    js = sorted(pairs)
    olds = [pairs[j][0] for j in js]
    # Longest increasing subsequence, O(n log n), with back-pointers.
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = [-1] * len(olds)
    for k, value in enumerate(olds):
        pos = bisect.bisect_left(tails, value)
        if pos == len(tails):
            tails.append(value)
            tail_at.append(k)
        else:
            tails[pos] = value
            tail_at[pos] = k
        back[k] = tail_at[pos - 1] if pos else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(js[k])
        k = back[k]
    return keep


def _row(
    status: ChangeStatus, old: Unit | None, new: Unit | None, *, with_notes: bool, moved: bool = False
) -> RowDiff:
    if status == ChangeStatus.UNCHANGED and moved:
        status = ChangeStatus.MOVED
    if status == ChangeStatus.MOVED:
        moved = True
    shown = new if new is not None else old
    assert shown is not None
    return RowDiff(
        status,
        old.number if old is not None else None,
        new.number if new is not None else None,
        shown.heading,
        shown.section_type,
        _fields(old, new, with_notes=with_notes),
        moved,
    )


# ---------------------------------------------------------------- battle-card sections


def _section_keys(unit: Unit) -> list[tuple[str, str]]:
    """How a section is recognised, best first: its type and heading, its type, its heading."""
    heading = _norm(unit.heading).lower()
    keys = [("both", f"{unit.section_type}|{heading}")]
    if unit.section_type and unit.section_type != "general":
        keys.append(("type", unit.section_type))
    if heading:
        keys.append(("heading", heading))
    return keys


def _diff_sections(old: list[Unit], new: list[Unit]) -> list[RowDiff]:
    pairs: dict[int, tuple[int, ChangeStatus]] = {}
    used_old: set[int] = set()
    for level in ("both", "type", "heading"):
        spare: dict[str, list[int]] = {}
        for i, unit in enumerate(old):
            if i not in used_old:
                for kind, key in _section_keys(unit):
                    if kind == level:
                        spare.setdefault(key, []).append(i)
        for j, unit in enumerate(new):
            if j in pairs:
                continue
            for kind, key in _section_keys(unit):
                if kind == level and spare.get(key):
                    i = spare[key].pop(0)
                    same = _content_key(old[i]) == _content_key(unit)
                    pairs[j] = (i, ChangeStatus.UNCHANGED if same else ChangeStatus.CHANGED)
                    used_old.add(i)
                    break
    in_order = _in_order(pairs)
    rows: list[RowDiff] = []
    next_old = 0

    def flush_removed(upto: int) -> None:
        nonlocal next_old
        while next_old < upto:
            if next_old not in used_old:
                rows.append(_row(ChangeStatus.REMOVED, old[next_old], None, with_notes=False))
            next_old += 1

    for j, unit in enumerate(new):
        if j not in pairs:
            rows.append(_row(ChangeStatus.ADDED, None, unit, with_notes=False))
            continue
        i, status = pairs[j]
        if j in in_order:
            flush_removed(i)
            next_old = max(next_old, i + 1)
        rows.append(_row(status, old[i], unit, with_notes=False, moved=j not in in_order))
    flush_removed(len(old))
    return rows


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


def _check_may_restore(library: Library, user: str) -> None:
    """On a team library only marketing restores; say so before any work (the grants say it too)."""
    if not library.is_team:
        return
    from enablement.errors import marketing_only
    from enablement.voting.models import Role

    login = library.current_user()
    with library.reading() as conn:
        role = repo.person_role(conn, login)
    if role in _EDITORS:
        return
    label = Role(role).label if role in set(Role) else Message(QT_TRANSLATE_NOOP("Messages", "no profile"))
    raise marketing_only(
        QT_TRANSLATE_NOOP("Messages", "restore an older version"), login or user, label, team=True
    )
