"""BM25F top-k over a bitset of matching documents, reading whole posting lists at once.

Why not Whoosh's collector: it scores one document at a time through a tree of matcher objects
(about 10 µs a document); on 100,000 units a common word visits thousands of documents, which
alone broke our 50 ms budget. Here each query term's postings (docnum, weight) come from the
DocSets cache as two flat lists, the sum of the terms' BM25 contributions is accumulated in one
dict for the documents in the match bitset, and heapq picks the top k.

The model is Whoosh's own BM25F (same idf, K1, B, average length), applied to the one weighted
`text` field, so the weight of each token already carries its part's boost (see schema.py).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from math import log
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length

from enablement.search.docsets import DocSets

__all__ = ["positive_terms", "top_k"]

K1 = 1.2
B = 0.75
# Length normalisation stops at this multiple of the average length: a PDF page or a long slide
# holds the answer as often as a short card section does, and past a point its length says
# more about the page layout than about how much of it is on the subject.
LENGTH_CAP = 2.5
FIELD = "text"
KIND_BLEND = 0.5  # share of the unit kind's own average in the reference length (see _kind_averages)
_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


def positive_terms(q: Any, out: dict[str, float] | None = None) -> dict[str, float]:
    """Text terms that add to a document's score (not the excluded ones), with their boosts."""
    out = {} if out is None else out
    if isinstance(q, wq.Term):
        if q.fieldname == FIELD:
            out[q.text] = max(out.get(q.text, 0.0), q.boost)
    elif isinstance(q, wq.AndNot):
        positive_terms(q.a, out)
    elif isinstance(q, wq.Phrase):
        for word in q.words:
            out[word] = max(out.get(word, 0.0), q.boost)
    elif isinstance(q, wq.CompoundQuery):
        for sub in q.subqueries:
            positive_terms(sub, out)
    return out


def _lengths(sets: DocSets) -> list[int]:
    """Every document's `text` length (decoded from Whoosh's one-byte length column), cached."""
    cached: list[int] | None = getattr(sets, "_lengths", None)
    if cached is not None:
        return cached
    lengths = [0] * sets.size
    for leaf, offset in sets.searcher.reader().leaf_readers():
        perdoc = getattr(leaf, "_perdoc", None)
        column = perdoc._cached_reader(_lenfield(FIELD), LENGTHS_COLUMN) if perdoc is not None else None
        if column is not None and hasattr(column, "_dbfile"):
            raw = bytes(column._dbfile.get(column._basepos, column._count))
            lengths[offset : offset + len(raw)] = [_LENGTH_OF_BYTE[b] for b in raw]
        else:  # another codec: the slow, public way
            for d in range(leaf.doc_count_all()):
                lengths[offset + d] = leaf.doc_field_length(d, FIELD, 0) or 0
    sets._lengths = lengths  # type: ignore[attr-defined]
    return lengths


def _kind_averages(sets: DocSets, lengths: list[int], avg: float) -> list[float]:
    """Each document's reference length: the average length of its unit kind, blended with `avg`.

    Why (issue 13): a PDF page is five times the length of a card section and a price-list row a
    little shorter, so normalising every unit by one average sank pages below cards in general and
    lifted rows, whatever they said. Normalising each unit against units of its own kind (pages
    against pages, rows against rows), as BM25F does per field, compares how much of a unit is
    on the subject, not what kind of unit it is. KIND_BLEND keeps a little of the global average:
    a long unit still needs its terms more often than a short one.
    """
    refs = [avg] * len(lengths)
    try:
        lexicon = sets.searcher.reader().lexicon("unit")
        kinds = [k.decode("utf-8") if isinstance(k, bytes) else k for k in lexicon]
    except KeyError:
        return refs
    for kind in kinds:
        ids, _ = sets.postings("unit", kind)
        live = [d for d in ids if d < len(lengths)]
        if not live:
            continue
        kind_avg = max(1.0, sum(lengths[d] for d in live) / len(live))
        ref = kind_avg**KIND_BLEND * avg ** (1.0 - KIND_BLEND)
        for d in live:
            refs[d] = ref
    return refs


def _norms(sets: DocSets, avg: float) -> list[float]:
    """Every document's BM25 length term K1 * (1 - B + B * length / ref), length capped, cached.

    `ref` is the average length of the document's unit kind (see _kind_averages).
    """
    cached: tuple[float, list[float]] | None = getattr(sets, "_norms", None)
    if cached is not None and cached[0] == avg:
        return cached[1]
    lengths = _lengths(sets)
    refs = _kind_averages(sets, lengths, avg)
    norms = [K1 * (1 - B + B * min(n, ref * LENGTH_CAP) / ref) for n, ref in zip(lengths, refs, strict=True)]
    sets._norms = (avg, norms)  # type: ignore[attr-defined]
    return norms


def _add_term(
    sets: DocSets,
    text: str,
    boost: float,
    match: int,
    allow: bytes,
    n_match: int,
    n_docs: int,
    norms: list[float],
    scores: dict[int, float],
) -> None:
    """Add one term's BM25 contribution to `scores` for the documents of `match`."""
    ids, weights = sets.postings(FIELD, text)
    if not ids:
        return
    idf = (log(n_docs / (len(ids) + 1)) + 1) * boost
    factor = idf * (K1 + 1)
    if n_match * 8 < len(ids):  # few matches, long list: binary-search the (sorted) docnums
        last = len(ids)
        for d in sets.ids(match):
            i = bisect_left(ids, d)
            if i < last and ids[i] == d:
                w = weights[i]
                scores[d] = scores.get(d, 0.0) + factor * w / (w + norms[d])
        return
    for d, w in zip(ids, weights, strict=True):
        if allow[d >> 3] & (1 << (d & 7)):
            scores[d] = scores.get(d, 0.0) + factor * w / (w + norms[d])


def top_k(
    sets: DocSets, q: Any, match: int, k: int, related: dict[str, str] | None = None
) -> list[tuple[int, float]]:
    """The k best (docnum, score) among the documents of `match`, by BM25F over the query's terms.

    `related` maps a term added for a query word (a synonym, a derived form, a name in the other
    script) to that word's stem: a word and its related terms count once, by the best of them,
    so a unit saying both «клиент» and «заказчик» is not scored for the word twice.
    """
    terms = positive_terms(q)
    related = related or {}
    reader = sets.searcher.reader()
    n_docs = max(1, sets.size)
    avg = max(1.0, reader.field_length(FIELD) / max(1, reader.doc_count_all()))
    norms = _norms(sets, avg)
    allow = match.to_bytes((sets.size >> 3) + 1, "little")
    n_match = match.bit_count()
    scores: dict[int, float] = {}
    families: dict[str, list[str]] = {}
    for text in terms:
        families.setdefault(related.get(text, text), []).append(text)
    for members in families.values():
        if len(members) == 1:
            _add_term(sets, members[0], terms[members[0]], match, allow, n_match, n_docs, norms, scores)
            continue
        best: dict[int, float] = {}
        for text in members:
            part: dict[int, float] = {}
            _add_term(sets, text, terms[text], match, allow, n_match, n_docs, norms, part)
            for d, v in part.items():
                if v > best.get(d, 0.0):
                    best[d] = v
        for d, v in best.items():
            scores[d] = scores.get(d, 0.0) + v
    if len(scores) < min(k, n_match):  # matches with no scored term (filters only): still listed
        for d in sets.ids(match):
            if len(scores) >= k:
                break
            scores.setdefault(d, 0.0)
    return heapq.nlargest(k, scores.items(), key=lambda kv: kv[1])
