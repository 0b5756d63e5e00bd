"""Near-duplicate decks and slides: the version sprawl a marketer cleans up.

Copies of a deck drift apart ("Обзор_v3_final", "Обзор для партнёров"), and sellers keep
finding the stale one. Two decks are near copies when the word 3-grams (shingles) of their
slide text overlap by at least a Jaccard threshold; two slides likewise.

How: each text's shingles are hashed (blake2b, so the same text gives the same hashes in
every process, unlike `hash()`), reduced to a MinHash signature, and signatures are banded
(LSH) so only texts sharing a band are compared; a candidate pair is then confirmed with the
exact Jaccard of the shingle sets, so a reported similarity is never an estimate. Groups are
the connected pairs (union-find).

Hand-written rather than `datasketch`: it is some sixty lines, keeps the desktop install
free of another dependency (and of numpy, which datasketch needs), and a library holds
thousands of decks, not millions, so the pure-Python signatures are fast enough.
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.domain import ItemKind, ItemStatus, UnitKind
from enablement.errors import EnablementError
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store.schema import items, units
from enablement.workbench.deck_rules import normalised

if TYPE_CHECKING:
    from enablement.store import Library

__all__ = [
    "DeckGroup",
    "DeckText",
    "DuplicateReport",
    "ItemArchiver",
    "KeepError",
    "KeepResult",
    "SlideGroup",
    "SlideRef",
    "find_near_duplicates",
    "keep_current",
    "library_decks",
]

SHINGLE_WORDS = 3
PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs from about Jaccard 0.5 up become candidates
MIN_SLIDE_SHINGLES = 4  # "Спасибо! Вопросы?" slides are alike everywhere, not sprawl
_PRIME = (1 << 61) - 1
_RANDOM = random.Random(20_26)  # fixed: the same permutations in every run
_PERMS = [(_RANDOM.randrange(1, _PRIME), _RANDOM.randrange(0, _PRIME)) for _ in range(PERMUTATIONS)]


@dataclass(frozen=True, slots=True)
class DeckText:
    """A deck as the comparison sees it: id, title, status and each slide's shown text.

    `version` and `updated_at` (the item's current version and last change) let a marketer
    tell the copies apart when choosing the one to keep; a test's deck may leave them out.
    """

    item_id: int
    title: str
    status: str
    slides: tuple[tuple[int, str], ...]  # (slide number, title + body)
    version: int = 0
    updated_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"id": self.item_id, "title": self.title, "status": self.status}
        if self.version:
            found["version"] = self.version
        if self.updated_at is not None:
            found["updated_at"] = self.updated_at.isoformat()
        return found


@dataclass(frozen=True, slots=True)
class SlideRef:
    item_id: int
    title: str
    slide: int


@dataclass(frozen=True, slots=True)
class DeckGroup:
    """Decks that are near copies of each other, and the least similar pair's Jaccard."""

    decks: tuple[DeckText, ...]
    similarity: float

    def to_json(self) -> dict[str, Any]:
        return {
            "similarity": round(self.similarity, 3),
            "decks": [d.to_json() for d in self.decks],
        }


@dataclass(frozen=True, slots=True)
class SlideGroup:
    """Slides (of different decks) that are near copies, with an excerpt of the first one."""

    slides: tuple[SlideRef, ...]
    similarity: float
    excerpt: str

    def to_json(self) -> dict[str, Any]:
        return {
            "similarity": round(self.similarity, 3),
            "excerpt": self.excerpt,
            "slides": [{"id": s.item_id, "title": s.title, "slide": s.slide} for s in self.slides],
        }


@dataclass(frozen=True, slots=True)
class DuplicateReport:
    threshold: float
    decks: tuple[DeckGroup, ...]
    slides: tuple[SlideGroup, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "decks": [g.to_json() for g in self.decks],
            "slides": [g.to_json() for g in self.slides],
        }


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """Hashed word `size`-grams of `text` (folded, punctuation dropped); short texts: the whole text."""
    words = normalised(text).split()
    if not words:
        return frozenset()
    grams = [" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))]
    return frozenset(
        int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams
    )


def signature(hashed: Iterable[int]) -> tuple[int, ...]:
    """The MinHash signature: per permutation, the smallest permuted hash."""
    values = list(hashed)
    return tuple(min((a * v + b) % _PRIME for v in values) for a, b in _PERMS)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _similar_pairs(sets: Sequence[frozenset[int]], threshold: float) -> dict[tuple[int, int], float]:
    """Index pairs of `sets` whose exact Jaccard reaches `threshold`, found through LSH bands."""
    rows = PERMUTATIONS // BANDS
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for i, hashed in enumerate(sets):
        if hashed:
            sig = signature(hashed)
            for band in range(BANDS):
                buckets[(band, sig[band * rows : (band + 1) * rows])].append(i)
    pairs: dict[tuple[int, int], float] = {}
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) not in pairs:
                    pairs[(i, j)] = jaccard(sets[i], sets[j])
    return {pair: sim for pair, sim in pairs.items() if sim >= threshold}


def _groups(count: int, pairs: dict[tuple[int, int], float]) -> list[tuple[list[int], float]]:
    """Connected components of `pairs` (union-find), each with its lowest pair similarity."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in sorted({k for pair in pairs for k in pair}):
        members[root(i)].append(i)
    lowest: dict[int, float] = {}
    for (i, _), sim in pairs.items():
        r = root(i)
        lowest[r] = min(lowest.get(r, 1.0), sim)
    return sorted(((m, lowest[r]) for r, m in members.items()), key=lambda g: g[0][0])


def find_near_duplicates(decks: Sequence[DeckText], *, threshold: float = 0.8) -> DuplicateReport:
    """Groups of near-copy decks, and of near-copy slides across different decks."""
    deck_sets = [shingles("\n".join(text for _, text in d.slides)) for d in decks]
    deck_groups = [
        DeckGroup(tuple(decks[i] for i in members), sim)
        for members, sim in _groups(len(decks), _similar_pairs(deck_sets, threshold))
    ]
    slides = [(d, number, text) for d in decks for number, text in d.slides]
    slide_sets = [shingles(text) for _, _, text in slides]
    slide_sets = [s if len(s) >= MIN_SLIDE_SHINGLES else frozenset() for s in slide_sets]
    pairs = {
        (i, j): sim
        for (i, j), sim in _similar_pairs(slide_sets, threshold).items()
        if slides[i][0].item_id != slides[j][0].item_id  # repeats inside a deck: the deck check's job
    }
    slide_groups = []
    for members, sim in _groups(len(slides), pairs):
        refs = tuple(SlideRef(slides[i][0].item_id, slides[i][0].title, slides[i][1]) for i in members)
        slide_groups.append(SlideGroup(refs, sim, " ".join(slides[members[0]][2].split())[:120]))
    return DuplicateReport(threshold, tuple(deck_groups), tuple(slide_groups))


def library_decks(conn: Connection, *, include_archived: bool = False) -> list[DeckText]:
    """Every deck of the library with its slides' title and body (current version)."""
    query = (
        sa.select(
            items.c.id,
            items.c.title,
            items.c.status,
            items.c.current_version,
            items.c.updated_at,
            units.c.number,
            units.c.heading,
            units.c.text,
        )
        .join(units, units.c.item_id == items.c.id)
        .where(items.c.kind == ItemKind.DECK.value, units.c.kind == UnitKind.SLIDE.value)
        .order_by(items.c.id, units.c.number)
    )
    if not include_archived:
        query = query.where(items.c.status != ItemStatus.ARCHIVED.value)
    found: dict[int, tuple[Any, list[tuple[int, str]]]] = {}
    for row in conn.execute(query):
        entry = found.setdefault(row.id, (row, []))
        entry[1].append((row.number, f"{row.heading}\n{row.text}".strip()))
    return [
        DeckText(i, row.title, row.status, tuple(slides), row.current_version, row.updated_at)
        for i, (row, slides) in found.items()
    ]


# ---------------------------------------------------------------- keep one, archive the rest


class KeepError(EnablementError):
    """The deck to keep has no near copies to archive (or is no deck of the library)."""


class ItemArchiver(Protocol):
    """What archives items: `LibraryService` (it checks who may, and brings the index along)."""

    def archive_items(self, item_ids: Sequence[int]) -> Sequence[object]: ...


@dataclass(frozen=True, slots=True)
class KeepResult:
    """The deck marked current and the near copies archived in its favour."""

    kept: DeckText
    archived: tuple[DeckText, ...]
    similarity: float

    def to_json(self) -> dict[str, Any]:
        return {
            "kept": self.kept.to_json(),
            "archived": [d.to_json() for d in self.archived],
            "similarity": round(self.similarity, 3),
        }


def keep_current(
    library: Library,
    keep_id: int,
    *,
    archiver: ItemArchiver,
    threshold: float = 0.8,
    only: Iterable[int] | None = None,
) -> KeepResult:
    """Mark deck `keep_id` as the current one: archive the other decks of its near-copy group.

    The group is found again from the library as it is now, not taken from an older report,
    so a deck changed meanwhile is judged on its new text. `only` narrows what may be
    archived to the decks a person confirmed (the app's dialog lists them before asking):
    a deck that joined the group since is left alone. Archived decks keep their versions and
    leave sellers' search; `archiver` refuses a seller on a team library (PermissionDenied).

    Raises:
        KeepError: `keep_id` is no (unarchived) deck of the library, or has no near copies.
    """
    with library.reading() as conn:
        decks = library_decks(conn)
    keep = next((d for d in decks if d.item_id == keep_id), None)
    if keep is None:
        raise KeepError(
            QT_TRANSLATE_NOOP("Messages", "#{item} is not a deck of this library (or it is archived)."),
            item=keep_id,
        )
    report = find_near_duplicates(decks, threshold=threshold)
    group = next((g for g in report.decks if keep in g.decks), None)
    if group is None:
        raise KeepError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "#{item} {title!r} has no near copies at similarity {threshold}; nothing to archive.",
            ),
            item=keep_id,
            title=keep.title,
            threshold=f"{threshold:.0%}",
        )
    allowed = None if only is None else set(only)
    others = tuple(d for d in group.decks if d is not keep and (allowed is None or d.item_id in allowed))
    if others:
        archiver.archive_items([d.item_id for d in others])
    return KeepResult(keep, others, group.similarity)
