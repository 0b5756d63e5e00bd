"""SearchService: full-text search over the library, and the upkeep of its index.

The index is a cache of the database: `sync()` brings it up to date from `items.indexed_version`
(after an import batch, at start-up, after a draft is published), `rebuild()` builds a new one
aside and swaps it in, `check()` compares the two. Deleting the index loses nothing.

Searching: parse (query.py) -> correct (corrections.py) -> BM25F over weighted fields with
filters and the archived/draft mask -> re-rank the top candidates (freshness, hidden slides)
-> snippets, facets, groups -> search log. When no unit has all the words, the best partial
matches are returned with `partial=True`.

Threads: search() may be called from many threads at once (each gets its own Whoosh searcher);
index writes are serialised inside IndexStore.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from whoosh import query as wq

from enablement.domain import ItemStatus
from enablement.errors import EnablementError
from enablement.search.analysis import fold
from enablement.search.corrections import Correction, Corrector
from enablement.search.index import IndexStore
from enablement.search.query import ParsedQuery, QueryBuilder, parse
from enablement.search.results import SearchGroup, SearchHit, SearchResponse
from enablement.search.schema import document_for, unpack_facets
from enablement.search.snippets import make_snippet
from enablement.store import Library
from enablement.store import repository as repo

__all__ = ["SearchGroup", "SearchHit", "SearchResponse", "SearchService"]

log = logging.getLogger(__name__)

CANDIDATES = 60  # top documents re-ranked per search
FACET_CAP = 20_000  # matching documents counted into facets at most (the total stays exact)
FRESHNESS_DAYS = 180.0


class SearchService:
    """Search and index upkeep for one library.

    Args:
        library: the opened library (database and index location).
        user: who searches (stored in the search log).
    """

    def __init__(self, library: Library, *, user: str = "") -> None:
        self.library = library
        self.user = user
        self.store = IndexStore(library.index_dir)
        self._facet_cache: dict[tuple[int, int], tuple[str, list[str], list[str], list[str], str, float]] = {}
        self._facet_gen = -1
        self._facet_lock = threading.Lock()
        self.store.open()
        if self.store.created:
            self._forget_indexed()

    def close(self) -> None:
        self.store.close()

    # ================================================================ index upkeep

    def _forget_indexed(self) -> None:
        """A new, empty index holds nothing: make every item stale so sync() indexes it."""
        with self.library.transaction() as conn:
            repo.mark_all_unindexed(conn)
        self.store.created = False

    def sync(self) -> int:
        """Index every item whose indexed version lags; drop items gone from the database."""
        try:
            return self._sync()
        except EnablementError:
            raise
        except Exception as exc:  # a corrupt index: recreate it and index everything once
            log.warning("search index update failed (%s); recreating the index", exc)
            self.store.reset()
            self._forget_indexed()
            return self._sync()

    def _sync(self) -> int:
        with self.store._write_lock:
            with self.library.reading() as conn:
                stale = repo.stale_item_ids(conn)
                present = repo.item_ids(conn)
            reader = self.store.searcher().reader()
            indexed_ids = {int(t) for t in _terms(reader, "item")}
            gone = indexed_ids - present
            if not stale and not gone:
                return 0
            versions: dict[int, int] = {}
            with self.store.writer() as writer:
                for item_id in gone:
                    writer.delete_by_term("item", str(item_id))
                for item_id in stale:
                    writer.delete_by_term("item", str(item_id))
                if stale:
                    with self.library.reading() as conn:
                        for item, unit in repo.iter_index_records(conn, stale):
                            versions[item.id] = item.version
                            if item.status != ItemStatus.DRAFT:
                                writer.add_document(**document_for(item, unit))
            self._mark(stale, versions)
            return len(stale)

    def _mark(self, item_ids: Iterable[int], versions: dict[int, int]) -> None:
        """Mark items indexed, unless a newer version landed while we were indexing."""
        ids = list(item_ids)
        if not ids:
            return
        with self.library.transaction() as conn:
            current = {i.id: i.version for i in (_get_item(conn, i) for i in ids) if i is not None}
            repo.mark_indexed(
                conn, [i for i in ids if i in current and versions.get(i, current[i]) == current[i]]
            )

    def remove_items(self, item_ids: Iterable[int]) -> None:
        ids = [str(i) for i in item_ids]
        if not ids:
            return
        with self.store.writer() as writer:
            for item_id in ids:
                writer.delete_by_term("item", item_id)

    def rebuild(self, *, procs: int = 1) -> int:
        """Build a new index from the database in a folder beside the index, then swap it in."""
        with self.store._write_lock:
            built = self.store.build_aside()
            count = 0
            versions: dict[int, int] = {}
            try:
                from whoosh import index as whoosh_index

                ix = whoosh_index.open_dir(str(built))
                kwargs: dict[str, Any] = {"limitmb": 512}
                if procs > 1:
                    kwargs.update(procs=procs, multisegment=True)
                writer = ix.writer(**kwargs)
                try:
                    with self.library.reading() as conn:
                        all_ids = sorted(repo.item_ids(conn))
                        for item, unit in repo.iter_index_records(conn, all_ids):
                            versions[item.id] = item.version
                            if item.status != ItemStatus.DRAFT:
                                writer.add_document(**document_for(item, unit))
                                count += 1
                except BaseException:
                    writer.cancel()
                    raise
                writer.commit()
                ix.close()
                self.store.swap_in(built)
            except BaseException:
                import shutil

                shutil.rmtree(built, ignore_errors=True)
                raise
            self._mark(all_ids, versions)
            return count

    def check(self, *, repair: bool = False) -> list[str]:
        """Problems between index and database: missing, extra and stale documents."""
        problems: list[str] = []
        expected: dict[int, tuple[int, int]] = {}
        with self.library.reading() as conn:
            stale = repo.stale_item_ids(conn)
            for item, unit in repo.iter_index_records(conn):
                if item.status != ItemStatus.DRAFT:
                    expected[unit.id] = (item.id, item.version)
        found: dict[int, tuple[int, int]] = {}
        reader = self.store.searcher().reader()
        for stored in reader.all_stored_fields():
            found[int(stored["uid"])] = (int(stored["item"]), int(stored.get("version") or 0))
        missing = sorted(set(expected) - set(found))
        extra = sorted(set(found) - set(expected))
        outdated = sorted(u for u in set(found) & set(expected) if found[u] != expected[u])
        if stale:
            problems.append(f"{len(stale)} item(s) wait to be indexed: {_ids(stale)}")
        if missing:
            items = sorted({expected[u][0] for u in missing})
            problems.append(f"{len(missing)} unit(s) missing from the index, of item(s) {_ids(items)}")
        if extra:
            items = sorted({found[u][0] for u in extra})
            problems.append(
                f"{len(extra)} index document(s) with no unit in the database, item(s) {_ids(items)}"
            )
        if outdated:
            items = sorted({expected[u][0] for u in outdated})
            problems.append(f"{len(outdated)} index document(s) of an old version, item(s) {_ids(items)}")
        if repair and problems:
            if missing or extra or outdated:
                self.rebuild()
            else:
                self.sync()
        return problems

    # ================================================================ searching

    def search(
        self,
        query: str,
        *,
        kind: str | None = None,
        competitor: str | None = None,
        product: str | None = None,
        tag: str | None = None,
        lang: str | None = None,
        status: str | None = None,
        limit: int = 20,
        group: bool = False,
        include_archived: bool = False,
        correct: bool = True,
        log: bool = True,
    ) -> SearchResponse:
        started = time.perf_counter()
        extra = {"kind": kind, "competitor": competitor, "product": product, "tag": tag, "lang": lang}
        extra["status"] = status
        extra_filters = {k: [v] for k, v in extra.items() if v}
        searcher = self.store.searcher()
        reader = searcher.reader()
        builder = QueryBuilder(reader)
        correction: Correction | None = None
        searched = query
        if correct and query.strip():
            correction = Corrector(reader, builder).correct(query)
            if correction is not None:
                searched = correction.query
        run = self._run(searcher, builder, searched, extra_filters, include_archived, limit, group)
        if run.total == 0 and correct and query.strip():
            respelled = Corrector(reader, builder).respell_rare(searched)
            if respelled is not None and fold(respelled) != fold(searched):
                retry = self._run(searcher, builder, respelled, extra_filters, include_archived, limit, group)
                if retry.total:
                    run, searched = retry, respelled
                    correction = Correction(correction.type if correction else "spelling", respelled)
        took = (time.perf_counter() - started) * 1000
        response = SearchResponse(
            query=query,
            correction={"type": correction.type, "query": correction.query} if correction else None,
            total=run.total,
            took_ms=took,
            hits=run.hits,
            facets=run.facets,
            partial=run.partial,
            searched_query=searched,
            groups=run.groups,
        )
        if log:
            self._log(response, extra_filters)
        return response

    def _run(
        self,
        searcher: Any,
        builder: QueryBuilder,
        text: str,
        extra_filters: dict[str, list[str]],
        include_archived: bool,
        limit: int,
        group: bool,
    ) -> _Run:
        parsed: ParsedQuery = parse(text)
        for name, values in extra_filters.items():
            parsed.filters.setdefault(name, []).extend(values)
        built = builder.build(parsed, include_archived=include_archived)
        out = _Run()
        if built.query is None:
            return out
        q = built.query
        results = searcher.search(
            q, limit=max(CANDIDATES, limit * 3) if not group else max(200, limit * 10),
            filter=built.filter, mask=built.mask, terms=False,
        )  # fmt: skip
        if results.scored_length() == 0 and built.partial is not None:
            q = built.partial
            results = searcher.search(
                q, limit=max(CANDIDATES, limit * 3), filter=built.filter, mask=built.mask
            )
            out.partial = results.scored_length() > 0
        if results.scored_length() == 0:
            return out
        docnums = self._matching(searcher, q, built.filter, built.mask)
        out.total = len(docnums)
        out.facets = self._facets(searcher, docnums)
        ranked = self._rerank(searcher, results)
        hits = [
            self._hit(searcher, docnum, score, built)
            for docnum, score in ranked[: max(limit, 1) * (10 if group else 1)]
        ]
        if group:
            out.groups = _group(hits)[:limit]
            out.hits = [g.hits[0] for g in out.groups]
        else:
            out.hits = hits[:limit]
        return out

    def _matching(
        self, searcher: Any, q: wq.Query, filt: wq.Query | None, mask: wq.Query | None
    ) -> list[int]:
        full = q if filt is None else wq.And([q, filt])
        if mask is not None:
            full = wq.AndNot(full, mask)
        return list(searcher.docs_for_query(full))

    def _facet_row(
        self, searcher: Any, docnum: int
    ) -> tuple[str, list[str], list[str], list[str], str, float]:
        key = (id(searcher.reader()), docnum)
        row = self._facet_cache.get(key)
        if row is None:
            row = unpack_facets(self._facet_column(searcher)[docnum])
            self._facet_cache[key] = row
        return row

    def _facet_column(self, searcher: Any) -> Any:
        local = self.store._local
        if getattr(local, "facet_gen", None) != (self.store.generation, id(searcher)):
            local.facet_column = searcher.reader().column_reader("facets")
            local.facet_gen = (self.store.generation, id(searcher))
            with self._facet_lock:
                if self._facet_gen != self.store.generation:
                    self._facet_cache = {}
                    self._facet_gen = self.store.generation
        return local.facet_column

    def _facets(self, searcher: Any, docnums: list[int]) -> dict[str, dict[str, int]]:
        counters: dict[str, Counter[str]] = {
            n: Counter() for n in ("kind", "competitor", "product", "tag", "language")
        }
        for docnum in docnums[:FACET_CAP]:
            kind, comps, prods, tags, lang, _ = self._facet_row(searcher, docnum)
            counters["kind"][kind] += 1
            counters["competitor"].update(comps)
            counters["product"].update(prods)
            counters["tag"].update(tags)
            if lang:
                counters["language"][lang] += 1
        return {name: dict(c.most_common()) for name, c in counters.items()}

    def _rerank(self, searcher: Any, results: Any) -> list[tuple[int, float]]:
        """Final order: BM25F score, nudged by freshness (which also breaks ties) and hidden slides."""
        now = time.time()
        ranked = []
        for hit in results:
            docnum, score = hit.docnum, hit.score
            updated = self._facet_row(searcher, docnum)[5]
            age_days = max(0.0, (now - updated) / 86400.0)
            score *= 1.0 + 0.03 * math.exp(-age_days / FRESHNESS_DAYS)
            ranked.append((docnum, score, updated))
        ranked.sort(key=lambda x: (-round(x[1], 6), -x[2]))
        return [(d, s) for d, s, _ in ranked]

    def _hit(self, searcher: Any, docnum: int, score: float, built: Any) -> SearchHit:
        doc = searcher.stored_fields(docnum)
        heading, body, notes = doc.get("heading", ""), doc.get("body", ""), doc.get("notes", "")
        fields = [("body", body), ("notes", notes), ("heading", heading), ("codes", doc.get("codes", ""))]
        if not any(v for _, v in fields):
            fields.append(("title", doc.get("title", "")))
        snip = make_snippet(fields, built.stems, built.words)
        kind, comps, prods, tags, lang, updated = self._facet_row(searcher, docnum)
        review = doc.get("review_by")
        return SearchHit(
            item=int(doc["item"]),
            kind=doc.get("kind", kind),
            title=doc.get("title", ""),
            source=doc.get("source", ""),
            unit=doc.get("unit", ""),
            number=int(doc.get("number") or 0),
            heading=heading,
            score=score,
            snippet=snip.text,
            unit_id=int(doc["uid"]),
            snippet_html=snip.html,
            snippet_field=snip.field,
            competitors=comps,
            products=prods,
            tags=tags,
            language=lang,
            status=doc.get("status", ""),
            updated=datetime.fromtimestamp(float(doc.get("updated") or updated), UTC),
            review_by=date.fromisoformat(review) if review else None,
            section_type=doc.get("section", ""),
            hidden=bool(doc.get("hidden")),
        )

    def _log(self, response: SearchResponse, filters: dict[str, list[str]]) -> None:
        try:
            with self.library.transaction() as conn:
                repo.log_search(
                    conn,
                    query=response.query,
                    hits=response.total,
                    took_ms=response.took_ms,
                    user=self.user,
                    filters={k: v[0] for k, v in filters.items()},
                    correction=response.correction["query"] if response.correction else None,
                    correction_type=response.correction["type"] if response.correction else None,
                )
        except EnablementError as exc:  # never lose a search over its log line
            log.warning("search log not written: %s", exc)

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        """Completions for the last word of `prefix`, most frequent indexed words first."""
        head, _, last = prefix.rpartition(" ")
        last_folded = fold(last)
        if len(last_folded) < 2:
            return []
        builder = QueryBuilder(self.store.searcher().reader())
        words = builder.prefix_words(last_folded, limit=limit)
        lead = f"{head} " if head else ""
        return [lead + w for w in words]


class _Run:
    """One execution of a query string: total, facets, ranked hits."""

    def __init__(self) -> None:
        self.total = 0
        self.hits: list[SearchHit] = []
        self.facets: dict[str, dict[str, int]] = {
            n: {} for n in ("kind", "competitor", "product", "tag", "language")
        }
        self.partial = False
        self.groups: list[SearchGroup] = []


def _group(hits: list[SearchHit]) -> list[SearchGroup]:
    groups: dict[int, SearchGroup] = {}
    for hit in hits:
        g = groups.get(hit.item)
        if g is None:
            groups[hit.item] = SearchGroup(hit.item, hit.title, hit.kind, hit.source, [hit])
        else:
            g.hits.append(hit)
    return list(groups.values())


def _terms(reader: Any, fieldname: str) -> list[str]:
    try:
        return [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(fieldname)]
    except KeyError:
        return []


def _get_item(conn: Any, item_id: int) -> Any:
    try:
        return repo.get_item(conn, item_id)
    except EnablementError:
        return None


def _ids(ids: list[int], cap: int = 12) -> str:
    shown = ", ".join(str(i) for i in ids[:cap])
    return shown + (f" and {len(ids) - cap} more" if len(ids) > cap else "")
