"""The order of a result list: full matches, then the best partial matches, at most a few per item.

Why this order (issue 13): a query whose words all occur together in one or two units used to
return just those, though other units held most of the words; and a broad or filter-only query
filled the top ten with the sections of one battle card. So the list is built in tiers: every
unit that has all the query's parts, by score; below them the units that have all but one part,
then all but two, and so on (each tier by score, its scores scaled under the tier above so the
order reads from the numbers too). While the list is filled, an item shows at most PER_ITEM hits;
its further hits are collapsed under its last shown one (`SearchHit.more`), so four battle cards
about one competitor all reach the top ten instead of one card's sections.

Qt-free and index-agnostic apart from the DocSets bitsets and top_k scorer it is handed.
"""

from __future__ import annotations

import heapq
import itertools
import math
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from whoosh.reading import TermNotFound

from enablement.search.analysis import normalise_code, pieces
from enablement.search.docsets import DocSets
from enablement.search.results import SearchGroup, SearchHit
from enablement.search.schema import unpack_facets
from enablement.search.scoring import top_k

__all__ = [
    "PER_ITEM",
    "Diversifier",
    "FacetColumns",
    "Near",
    "Twins",
    "batches",
    "candidates",
    "coverage_tiers",
    "exact_codes_first",
    "group_by_item",
    "newest",
    "rerank",
    "tiered",
    "with_twins",
]

PER_ITEM = 3  # hits of one item shown in the list before the rest collapse under its last one
FRESHNESS_DAYS = 180.0
CODE_BOOST = 1.5  # a row whose code column holds the code typed
HEADING_CODE_BOOST = 1.4  # a unit whose heading names it (the slide about the product)
BODY_CODE_BOOST = 1.15  # a unit whose own text names it (more when named again)
TIER_GAP = 0.9  # a tier's best score is at most this share of the lowest score above it
MORE_CAP = 5  # collapsed hits kept (with snippets) under one item's last shown hit; more are counted
NEAR_WINDOW = 2  # positions apart at most for two query words to count as said together
NEAR_BOOST = 0.25  # the lift when every pair of neighbouring query words stands together
NEAR_TOP = 30  # candidates looked at (the head of a ranked list; the rest cannot reach the top ten)

Ranked = list[tuple[int, float]]


class FacetColumns:
    """Decoded `facets` column rows of one searcher, cached (kind, competitors, …, updated),
    and each document's item id from the `itemnum` column."""

    def __init__(self, searcher: Any) -> None:
        reader = searcher.reader()
        try:
            self._column: Any = reader.column_reader("facets")
        except NotImplementedError:  # an empty index has no columns
            self._column = None
        try:
            self._items: Any = reader.column_reader("itemnum")
        except (NotImplementedError, KeyError):
            self._items = None
        self._searcher = searcher
        self._rows: dict[int, tuple[str, list[str], list[str], list[str], str, float]] = {}

    def item(self, docnum: int) -> int:
        """The item id of a document (the stored fields only for an index without the column)."""
        if self._items is not None:
            return int(self._items[docnum])
        return int(self._searcher.stored_fields(docnum)["item"])

    def row(self, docnum: int) -> tuple[str, list[str], list[str], list[str], str, float]:
        found = self._rows.get(docnum)
        if found is None:
            data = self._column[docnum] if self._column is not None else b""
            found = self._rows[docnum] = unpack_facets(data)
        return found


def group_by_item(hits: list[SearchHit]) -> list[SearchGroup]:
    """Hits gathered per item, in the order each item first appears (search(group=True))."""
    groups: dict[int, SearchGroup] = {}
    for hit in hits:
        g = groups.get(hit.item)
        if g is None:
            groups[hit.item] = SearchGroup(hit.item, hit.title, hit.kind, hit.source, [hit])
        else:
            g.hits.append(hit)
    return list(groups.values())


class Columns(Protocol):
    def row(self, docnum: int) -> tuple[str, list[str], list[str], list[str], str, float]: ...


def rerank(columns: Columns, results: Ranked) -> Ranked:
    """BM25F score nudged by freshness (which also breaks ties)."""
    now = time.time()
    ranked = []
    for docnum, score in results:
        updated = columns.row(docnum)[5]
        age_days = max(0.0, (now - updated) / 86400.0)
        score *= 1.0 + 0.03 * math.exp(-age_days / FRESHNESS_DAYS)
        ranked.append((docnum, score, updated))
    ranked.sort(key=lambda x: (-round(x[1], 6), -x[2]))
    return [(d, sc) for d, sc, _ in ranked]


def exact_codes_first(searcher: Any, ranked: Ranked, codes: set[str]) -> Ranked:
    """Units about the code typed outrank units that merely name it.

    Where the code stands in the unit itself decides: a row's exact-match code column (the
    catalog row) most, then the unit's heading (the slide titled with it), then its body (a
    price-list page's table, a card's sentence), a little more when named again. A unit whose
    only mention is its item's metadata (a battle card tagged with the product, every section
    of it) or title gets no lift, so a product code finds its row, slide and price-list page
    before the cards that merely mention it.
    """
    out = []
    for docnum, score in ranked:
        doc = searcher.stored_fields(docnum)
        stored = doc.get("codes") or ""
        if stored and codes & {normalise_code(c) for c in stored.split("\n")}:
            score *= CODE_BOOST
        elif codes & _codes_in(doc.get("heading") or ""):
            score *= HEADING_CODE_BOOST
        else:
            named = sum(1 for p in pieces(doc.get("body") or "") if p.joined and p.text in codes)
            if named:
                score *= BODY_CODE_BOOST + 0.05 * min(named - 1, 3)
        out.append((docnum, score))
    out.sort(key=lambda x: -x[1])
    return out


class Near:
    """Units where neighbouring query words stand together outrank units that scatter them.

    Why (issue 13): BM25 scores each word alone, so a section that says "one-year warranty"
    and one that says "one" in its first line and "warranty" in its last tie; people type the
    words of the answer's phrase ("warranty one year", "API rate limit"). For each pair of
    neighbouring parts of the query (a part being a word with its related terms), a unit of the
    head of a ranked list where the two occur within NEAR_WINDOW positions gets its share of
    NEAR_BOOST. Positions come from the index (phrase positions of the `text` field), so the
    title, names, heading, body and notes never join across their gaps; they are read once per
    query and unit (a query ranks several lists: batches, partial tiers).
    """

    def __init__(self, reader: Any, groups: list[set[str]]) -> None:
        self._reader = reader
        self._groups = groups
        self._pairs = list(itertools.pairwise(groups))
        self._terms = sorted(set().union(*groups)) if groups else []
        self._where: dict[str, dict[int, list[int]]] = {t: {} for t in self._terms}
        self._read: set[int] = set()

    def __call__(self, ranked: Ranked) -> Ranked:
        if not self._pairs or not ranked:
            return ranked
        head = ranked[:NEAR_TOP]
        fresh = sorted(d for d, _ in head if d not in self._read)
        if fresh:
            for term in self._terms:
                self._where[term].update(_positions(self._reader, term, fresh))
            self._read.update(fresh)
        lifted = []
        for docnum, score in head:
            near = sum(1 for a, b in self._pairs if _close(self._at(a, docnum), self._at(b, docnum)))
            lifted.append((docnum, score * (1.0 + NEAR_BOOST * near / len(self._pairs))))
        out = lifted + ranked[NEAR_TOP:]
        out.sort(key=lambda x: -x[1])
        return out

    def _at(self, terms: set[str], docnum: int) -> list[int]:
        return sorted(p for t in terms for p in self._where[t].get(docnum, ()))


def _positions(reader: Any, term: str, docs: list[int]) -> dict[int, list[int]]:
    """{docnum: positions of `term`} for the (ascending) `docs` that hold it."""
    found: dict[int, list[int]] = {}
    try:
        m = reader.postings("text", term)
    except TermNotFound:
        return found
    for d in docs:
        if not m.is_active():
            break
        if m.id() < d:
            m.skip_to(d)
            if not m.is_active():
                break
        if m.id() == d:
            found[d] = list(m.value_as("positions"))
    return found


def _close(a: list[int], b: list[int]) -> bool:
    """Some position of `a` and some of `b` are 1..NEAR_WINDOW apart (either order)."""
    i = j = 0
    while i < len(a) and j < len(b):
        gap = abs(a[i] - b[j])
        if 0 < gap <= NEAR_WINDOW:
            return True
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return False


def _codes_in(text: str) -> set[str]:
    return {p.text for p in pieces(text) if p.joined}


def newest(sets: DocSets, columns: Columns, match: int, want: int, cap: int) -> Ranked:
    """Filter-only queries: newest first (looking at the last `cap` documents at most)."""
    ids = sets.ids(match)[-cap:]
    ids.sort(key=lambda d: -columns.row(d)[5])
    return [(d, 1.0) for d in ids[:want]]


def coverage_tiers(parts: list[int], scope: int) -> list[int]:
    """Bitsets of the documents in `scope` matching exactly n-1, n-2, …, 1 of the n `parts`.

    Counted with one running "at least k" bitset per k, so the cost is n² big-int operations
    whatever the number of documents.
    """
    n = len(parts)
    at_least = [scope] + [0] * n
    for bits in parts:
        for k in range(n, 0, -1):
            at_least[k] |= at_least[k - 1] & bits
    return [at_least[k] & ~at_least[k + 1] for k in range(n - 1, 0, -1)]


def batches(
    rank: Callable[[int], Ranked], room: Callable[[], int], first: int
) -> Iterator[tuple[int, float]]:
    """The best of `rank(k)` in order, asking for four times as many while the list has room.

    A list that shows at most a few hits per item may need many more candidates than hits (one
    catalog's rows can fill the first hundred); this asks for them only when they are needed.
    """
    k, done, seen = max(first, room()), 0, set()
    while True:
        ranked = rank(k)
        for docnum, score in ranked[done:]:
            if docnum not in seen:
                seen.add(docnum)
                yield docnum, score
        done = len(ranked)
        if done < k or room() <= 10:
            return
        k *= 4


def candidates(
    full: Iterator[tuple[int, float]],
    sets: DocSets,
    partial_query: Any,
    tiers: list[int],
    room: Callable[[], int],
    order: Callable[[Ranked], Ranked],
    related: dict[str, str] | None = None,
) -> Iterator[tuple[int, float, bool]]:
    """(docnum, score, partial): the full matches, then the partial ones tier by tier."""
    floor = math.inf
    for docnum, score in full:
        floor = score
        yield docnum, score, False
    if partial_query is None:
        return
    for docnum, score in tiered(sets, partial_query, tiers, room, order, floor, related):
        yield docnum, score, True


def tiered(
    sets: DocSets,
    score_query: Any,
    tiers: list[int],
    k: Callable[[], int],
    order: Callable[[Ranked], Ranked],
    floor: float,
    related: dict[str, str] | None = None,
) -> Iterator[tuple[int, float]]:
    """(docnum, score) tier after tier, each tier's best k() by BM25F, scaled under the tier above.

    `k` is asked again before each tier (the caller's list may already be full); `order` re-ranks a
    tier (freshness, exact codes). Lazy, so tiers nobody reaches are never scored.
    """
    for bits in tiers:
        if not bits:
            continue
        want = k()
        if want <= 0:
            return
        ranked = order(top_k(sets, score_query, bits, want, related))
        if not ranked:
            continue
        top = max(s for _, s in ranked)
        scale = 1.0 if top <= 0 or top < floor * TIER_GAP else floor * TIER_GAP / top
        for docnum, score in ranked:
            yield docnum, score * scale
        floor = min(floor, min(s for _, s in ranked) * scale) or floor


TWIN_SCAN = 200  # sections of the other cards about the competitor looked at, at most
TWIN_SHARE = 0.5  # a translated twin's score: this share of the score of the unit it translates


class Twins:
    """The same battle-card section in the card's other language (Стрелец's «Слабые места» and
    Strelets' "Weaknesses"), to list beside a hit.

    Why (issue 13): a card is often kept in Russian and English, and whoever asks in one language
    can use the other's answer; but the twin shares few of the query's words (names and synonyms
    at best), so it sank to the partial tiers or out of the list. A twin is a section of another
    battle card with the same competitors, another language, the same number and the same
    section type; it is listed at TWIN_SHARE of its twin's score when that is more than its own.
    Only documents in `allowed` (inside the query's filters) count: the twin need not share a word
    with the query, being the same answer in the other language. Twins are cached per index
    generation (on the DocSets).
    """

    def __init__(self, searcher: Any, sets: DocSets, columns: Columns, allowed: int) -> None:
        self._searcher = searcher
        self._sets = sets
        self._columns = columns
        self._allowed = allowed

    def of(self, docnum: int) -> int | None:
        cache: dict[int, int | None] | None = getattr(self._sets, "_twins", None)
        if cache is None:
            cache = self._sets._twins = {}  # type: ignore[attr-defined]
        if docnum not in cache:
            cache[docnum] = self._find(docnum) if self._columns.row(docnum)[0] == "battlecard" else None
        twin = cache[docnum]
        return twin if twin is not None and (self._allowed >> twin) & 1 else None

    def _find(self, docnum: int) -> int | None:
        doc = self._searcher.stored_fields(docnum)
        if doc.get("kind") != "battlecard" or doc.get("unit") != "section" or not doc.get("section"):
            return None
        _, competitors, _, _, lang, _ = self._columns.row(docnum)
        if not competitors or not lang:
            return None
        bits = self._sets.live & self._sets.term("unit", "section") & self._sets.term("kind", "battlecard")
        bits &= ~self._sets.term("lang", lang)
        for name in competitors:
            bits &= self._sets.term("competitor", name)
        for other in self._sets.ids(bits)[:TWIN_SCAN]:
            if other == docnum:
                continue
            row = self._columns.row(other)
            if row[4] == lang or row[4] == "" or sorted(row[1]) != sorted(competitors):
                continue
            twin = self._searcher.stored_fields(other)
            if twin.get("number") == doc.get("number") and twin.get("section") == doc.get("section"):
                return other
        return None


def with_twins(
    stream: Iterator[tuple[int, float]], twin_of: Callable[[int], int | None], share: float | None = None
) -> Iterator[tuple[int, float]]:
    """(docnum, score) of `stream`, each twin (see Twins) slotted in at `share` of its unit's score.

    `twin_of` is asked after the consumer has taken a unit (it may answer None for a unit the
    list did not show); a unit already yielded is never yielded again.
    """
    share = TWIN_SHARE if share is None else share
    pending: list[tuple[float, int]] = []  # (-score, docnum) of twins waiting for their place
    seen: set[int] = set()

    def take(docnum: int, score: float) -> Iterator[tuple[int, float]]:
        seen.add(docnum)
        yield docnum, score
        twin = twin_of(docnum)
        if twin is not None and twin not in seen:
            heapq.heappush(pending, (-score * share, twin))

    for docnum, score in stream:
        while pending and -pending[0][0] > score:
            neg, twin = heapq.heappop(pending)
            if twin not in seen:
                yield from take(twin, -neg)
        if docnum not in seen:
            yield from take(docnum, score)
    while pending:
        neg, twin = heapq.heappop(pending)
        if twin not in seen:
            yield from take(twin, -neg)


class Diversifier:
    """Fills a result list keeping at most `per_item` hits of one item; the rest collapse under it.

    `add(item, hit)` returns True when the hit is shown; a collapsed hit is appended to the
    `more` list of its item's last shown hit (capped at MORE_CAP).
    """

    def __init__(self, per_item: int = PER_ITEM) -> None:
        self.per_item = per_item
        self.shown: list[Any] = []
        self._count: dict[int, int] = {}
        self._last: dict[int, Any] = {}

    def wants(self, item: int) -> bool:
        """A hit of `item` would be kept: there is room in the list, or under its last shown hit."""
        last = self._last.get(item)
        if last is None:
            return True
        return self._count[item] < self.per_item or len(last.more) < MORE_CAP

    def last_shown(self) -> dict[int, Any]:
        """item -> its last shown hit (the one its further hits collapse under)."""
        return dict(self._last)

    def shown_of(self, item: int) -> int:
        return self._count.get(item, 0)

    def add(self, item: int, hit: Any) -> bool:
        count = self._count.get(item, 0)
        if count < self.per_item:
            self._count[item] = count + 1
            self._last[item] = hit
            self.shown.append(hit)
            return True
        last = self._last[item]
        if len(last.more) < MORE_CAP:
            last.more.append(hit)
        return False
