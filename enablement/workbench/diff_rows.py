"""The rows of a version diff: which slide or section became which, and the words that changed.

Slides (and PDF pages) are matched by content, not by position: the longest run of identical
slides in order (difflib over the slides' contents) is unchanged, identical slides outside that
run are moved, the remaining slides are paired by the words they share (changed), and what is
left is added or removed. Sections of a battle card are matched by type and heading, then by
type alone (a renamed section), then by heading alone. Changed texts are marked word by word.
Pure functions over `Unit`s: enablement.workbench.diff loads the versions and calls them.
"""

from __future__ import annotations

import bisect
import difflib
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from enablement.domain import Unit

__all__ = ["ChangeStatus", "FieldDiff", "RowDiff", "Segment", "diff_sections", "diff_slides", "word_diff"]

_SIMILAR = 0.45  # share of words two slides must have in common to be "the same slide, changed"
_WORDS = re.compile(r"\s+|\w+|[^\w\s]")
_SPACE = re.compile(r"\s+")
_REPLACED = 0.25  # below this share of common words a text is shown as replaced, not edited


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


# ---------------------------------------------------------------- words


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """`old` → `new` as runs of same, removed and added words (whitespace kept as written).

    Changes separated only by spaces or by one short word are shown as one removed run and one
    added run, so a rewritten sentence reads as "this became that", not as a comb of marks; a
    text that shares almost nothing with the other is shown as wholly replaced.
    """
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if old.strip() and new.strip() and matcher.ratio() < _REPLACED:
        return tuple(s for s in (Segment("removed", old), Segment("added", new)) if s.text)
    # (op, old text, new text) per opcode; a short equal run between two changes joins them.
    runs: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag != "equal" and not (removed.strip() or added.strip()):
            tag = "equal"  # whitespace alone is not a change worth colouring
        runs.append(("same" if tag == "equal" else "change", removed, added))
    for k in range(1, len(runs) - 1):
        op, removed, added = runs[k]
        short = len(removed.split()) <= 1 and len(removed.strip()) <= 3
        if op == "same" and short and runs[k - 1][0] == runs[k + 1][0] == "change":
            runs[k] = ("change", removed, added)
    segments: list[Segment] = []
    pending_removed, pending_added = "", ""

    def flush() -> None:
        nonlocal pending_removed, pending_added
        for op, text in (("removed", pending_removed), ("added", pending_added)):
            if text:
                segments.append(Segment(op, text))
        pending_removed = pending_added = ""

    for op, removed, added in runs:
        if op == "change":
            pending_removed += removed
            pending_added += added
            continue
        flush()
        if segments and segments[-1].op == "same":
            segments[-1] = Segment("same", segments[-1].text + added)
        elif added:
            segments.append(Segment("same", added))
    flush()
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


def diff_slides(old: list[Unit], new: list[Unit]) -> list[RowDiff]:
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
    return _rows_in_new_order(old, new, pairs, used_old, with_notes=True)


def _rows_in_new_order(
    old: Sequence[Any],
    new: Sequence[Any],
    pairs: dict[int, tuple[int, ChangeStatus]],
    used_old: set[int],
    *,
    with_notes: bool,
) -> list[RowDiff]:
    """Rows in the new version's order, each removed old unit placed before the next one kept in
    order after it; a pair out of order is marked moved. Shared by the slide and the section diff."""
    in_order = _in_order(pairs)
    rows: list[RowDiff] = []
    next_old = 0

    def flush_removed(upto: int) -> None:
        nonlocal next_old
        while next_old < upto:
            if next_old not in used_old:
                rows.append(_row(ChangeStatus.REMOVED, old[next_old], None, with_notes=with_notes))
            next_old += 1

    for j, unit in enumerate(new):
        if j not in pairs:
            rows.append(_row(ChangeStatus.ADDED, None, unit, with_notes=with_notes))
            continue
        i, status = pairs[j]
        if j in in_order:
            flush_removed(i)
            next_old = max(next_old, i + 1)
        rows.append(_row(status, old[i], unit, with_notes=with_notes, moved=j not in in_order))
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


def diff_sections(old: list[Unit], new: list[Unit]) -> list[RowDiff]:
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
    return _rows_in_new_order(old, new, pairs, used_old, with_notes=False)
