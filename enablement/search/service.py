"""SearchService: full-text search over the library, and the upkeep of its index.

The index is a cache of the database: `sync()` brings it up to date from `items.indexed_version`
(after an import batch, at start-up, after a draft is published), `rebuild()` builds a new one
aside and swaps it in, `check()` compares the two. Deleting the index loses nothing.

Searching: parse (query.py) -> correct (corrections.py) -> BM25F over weighted fields with
filters and the archived/draft mask -> re-rank the top candidates (freshness, hidden slides)
-> snippets, facets, groups -> search log. Below the units with all the words come the best
partial matches, by how many words they have (ranking.py); when no unit has them all, the
response says `partial=True`.

Threads: search() may be called from many threads at once (each gets its own Whoosh searcher);
index writes are serialised inside IndexStore.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections import deque
from collections.abc import Iterable
from datetime import UTC, date, datetime
from itertools import zip_longest
from pathlib import Path
from typing import Any

from whoosh import query as wq

from enablement.domain import INDEXED_STATUSES
from enablement.errors import EnablementError
from enablement.search.analysis import fold
from enablement.search.build import build_index, default_procs
from enablement.search.bulk import BulkIndexer
from enablement.search.corrections import Correction, Corrector
from enablement.search.docsets import DocSets, evaluate
from enablement.search.feed import FeedCursor, read_cursor, write_cursor
from enablement.search.index import IndexStore, ItemState, write_state
from enablement.search.keys import IndexTerms, query_key
from enablement.search.query import ParsedQuery, QueryBuilder, parse
from enablement.search.ranking import (
    PER_ITEM,
    Diversifier,
    FacetColumns,
    Near,
    Twins,
    batches,
    candidates,
    coverage_tiers,
    exact_codes_first,
    group_by_item,
    newest,
    rerank,
    with_twins,
)
from enablement.search.related import SynonymSource, name_words
from enablement.search.results import SearchGroup, SearchHit, SearchResponse, shown_items
from enablement.search.schema import document_for
from enablement.search.scoring import positive_terms, top_k
from enablement.search.snippets import make_snippet
from enablement.store import Library
from enablement.store import repository as repo

__all__ = ["SearchGroup", "SearchHit", "SearchResponse", "SearchService"]

log = logging.getLogger(__name__)

CANDIDATES = 60  # top documents re-ranked per search
FACET_CAP = 20_000  # matching documents counted into facets at most (the total stays exact)
FEED_BATCH = 5000  # change-log rows read per query
UNLOGGED_MAX = 10_000  # search-log lines kept while the server is away


class SearchService:
    """Search and index upkeep for one library.

    Args:
        library: the opened library (database and index location).
        user: who searches (stored in the search log).

    Attributes:
        offline: set by the index follower while the team server is out of reach.
        rebuilds: how often this service filled the index from scratch instead of following the
            change log (a rebuild, a recreated index, a first fill); benchmarks and tests read it.
    """

    def __init__(self, library: Library, *, user: str = "") -> None:
        self.library = library
        self.user = user
        self.store = IndexStore(library.index_dir)
        self._local = threading.local()
        self._cursor: FeedCursor | None = None
        # Set by the index follower: the team server is out of reach, search from the local index.
        self.offline = False
        # A seller's search (set by the composition root on a team library): archived items stay
        # out whatever the query asks (status:archived included); drafts and items in review are
        # never indexed at all (INDEXED_STATUSES).
        self.published_only = False
        # Times this service filled the index from scratch rather than following the change log:
        # a rebuild, a recreated (corrupt) index, or the first fill of an index with no cursor.
        self.rebuilds = 0
        # The library's editable synonym list (or the shipped default); None searches without one.
        self.synonyms: SynonymSource | None = SynonymSource(library.root)
        # Times a large import's index workers' segments were added (add_built); tests read it.
        self.bulk_commits = 0
        self._log_lock = threading.Lock()
        self._unlogged: deque[dict[str, Any]] = deque(maxlen=UNLOGGED_MAX)
        self.store.open()

    def close(self) -> None:
        self.store.close()

    # ================================================================ index upkeep
    #
    # What the index holds is recorded in the index folder itself (IndexStore.state(): item id ->
    # version and metadata time), not in the database: in team mode every machine keeps its own
    # index over one shared database, so a flag in the database cannot say what a local index holds.
    # items.indexed_version is still kept up to date for single-machine tools (not in team mode).

    def sync(self) -> int:
        """Index every item whose content or metadata changed since it was indexed; drop deleted ones.

        Returns how many items were added, updated or removed in the index.
        """
        try:
            return self._sync()
        except EnablementError:
            raise
        except Exception as exc:  # a corrupt index: recreate it and index everything once
            log.warning("search index update failed (%r); recreating the index", exc, exc_info=True)
            self.store.reset()
            self.rebuilds += 1
            return self._sync()

    def _sync(self) -> int:
        if self.library.is_sqlite:
            return self._sync_items(None)
        return self._follow_feed()

    def _follow_feed(self) -> int:
        """Apply the server's change log above this index's cursor (PostgreSQL libraries).

        A new or recreated index has no cursor: it is filled by one full comparison, and the
        cursor starts at the newest change read before it (later changes are read again, which
        is harmless). Then each call reads only the rows above the cursor.
        """
        with self.store._write_lock:
            cursor = self._feed_cursor()
            count = 0
            if cursor is None:
                with self.library.reading() as conn:
                    top = repo.last_change_seq(conn)
                count = self._sync_items(None)
                cursor = FeedCursor(top)
                self.rebuilds += 1
            else:
                while True:
                    with self.library.reading() as conn:
                        changes = repo.changes_after(conn, cursor.applied, FEED_BATCH)
                    ids = sorted({c.ref_id for c in changes if c.kind == "item"})
                    if ids:
                        count += self._sync_items(ids)
                    before = cursor.applied
                    cursor.advance([c.seq for c in changes])
                    if len(changes) < FEED_BATCH or cursor.applied == before:
                        break
            write_cursor(self.store.path, cursor)
            self._cursor = cursor
            return count

    def _feed_cursor(self) -> FeedCursor | None:
        """The cursor on disk; the one in memory (which knows the open holes) when they agree."""
        saved = read_cursor(self.store.path)
        if saved is None:
            self._cursor = None
            return None
        if self._cursor is not None and self._cursor.applied == saved.applied:
            return self._cursor
        return saved

    @property
    def feed_position(self) -> int | None:
        """The change-log number this index has applied up to (None on SQLite or before a sync)."""
        cursor = read_cursor(self.store.path)
        return None if cursor is None else cursor.applied

    def _sync_items(self, ids: list[int] | None) -> int:
        """(Re)index the given items (all when None) whose version or metadata differ from the index,
        and drop the ones the database no longer has; returns how many items were added, updated
        or removed (so a catch-up that only removed an item still says the library changed)."""

        def held_of(state: ItemState) -> ItemState:
            return state if ids is None else {i: state[i] for i in ids if i in state}

        with self.store._write_lock:
            with self.library.reading() as conn:
                current = _db_items(conn, ids)
            if not any(_changes(current, held_of(self.store.state()))):
                return 0
            indexed: ItemState = {}
            with self.store.writer() as writer:
                held_all = self.store.state()  # again, under the index lock: another process may have indexed
                stale, gone = _changes(current, held_of(held_all))
                self._delete_items(writer, self.store.searcher(), [*gone, *stale])
                if stale:
                    with self.library.reading() as conn:
                        for item, unit in repo.iter_index_records(conn, stale):
                            if item.status in INDEXED_STATUSES:
                                writer.add_document(**document_for(item, unit))
                # The snapshot taken before indexing: the content indexed is that or newer, so at
                # worst an item is indexed once more next time, never skipped.
                indexed = {item_id: current[item_id] for item_id in stale}
            state = {k: v for k, v in held_all.items() if k not in gone}
            state.update(indexed)
            self.store.save_state(state)
            self._mark(indexed)
            return len(stale) + len(gone)

    @staticmethod
    def _delete_items(writer: Any, searcher: Any, item_ids: list[int]) -> None:
        """Delete the items' documents, finding them with our open searcher when it reads the very
        index generation the writer started from (Whoosh's delete_by_term opens a second reader of
        every segment, most of a one-deck update on 100,000 units)."""
        if not item_ids:
            return
        if searcher.reader().generation() != writer.generation - 1:
            for item_id in item_ids:
                writer.delete_by_term("item", str(item_id))
            return
        for item_id in item_ids:
            for docnum in searcher.document_numbers(item=str(item_id)):
                writer.delete_document(docnum)

    def _mark(self, indexed: ItemState) -> None:
        """Keep items.indexed_version current, unless a newer version landed while we indexed.

        Not in team mode: many desktops share the database, each with its own index, and a
        seller may not update items anyway.
        """
        if not indexed or self.library.is_team:
            return
        with self.library.transaction() as conn:
            now = _db_items(conn, list(indexed))
            repo.mark_indexed(conn, [i for i, key in indexed.items() if i in now and now[i][0] == key[0]])

    def remove_items(self, item_ids: Iterable[int]) -> None:
        ids = [int(i) for i in item_ids]
        if not ids:
            return
        with self.store.writer() as writer:
            self._delete_items(writer, self.store.searcher(), ids)

    def rebuild(self, *, procs: int | None = None) -> int:
        """Build a new index from the database in a folder beside the index, then swap it in.

        Searches keep using the old index until the swap; `procs` worker processes index shares
        of the items in parallel (default: the CPU count, at most 4).
        """
        with self.store._write_lock:
            with self.library.reading() as conn:
                top = None if self.library.is_sqlite else repo.last_change_seq(conn)
                current = _db_items(conn)
            built = self.store.build_aside()
            try:
                count = build_index(
                    self.library.db_url, built, sorted(current), default_procs() if procs is None else procs
                )
                indexed = current
                write_state(built, indexed)
                if top is not None:  # changes after `top` are read again from the feed: harmless
                    write_cursor(built, FeedCursor(top))
                self.store.swap_in(built)
                self.rebuilds += 1
            except BaseException:
                shutil.rmtree(built, ignore_errors=True)
                raise
            self._mark(indexed)
            return count

    def bulk_indexer(self) -> BulkIndexer:
        """Index workers for a large import (bulk.py); give what they built to `add_built`."""
        return BulkIndexer(self.library.db_url, self.store.path, procs=default_procs())

    def add_built(self, parts: list[Path], built: ItemState) -> int:
        """Add segments indexed aside (a bulk import's workers) to the index in one commit.

        `built` is the state of the items in them as the workers read it. Documents the index
        already held for those items (older versions of re-imported files) are deleted in the same
        commit, so nothing is found twice; items changed since the workers read them are left
        stale in the state, and the next sync indexes them again. Returns the items added.
        """
        with self.store._write_lock:
            held_all = self.store.state()
            replaced = [i for i in built if i in held_all]

            def drop_older(writer: Any) -> None:
                self._delete_items(writer, self.store.searcher(), replaced)

            self.store.add_segments(parts, before_commit=drop_older)
            state = dict(held_all)
            state.update(built)
            self.store.save_state(state)
            self.bulk_commits += 1
            self._mark(built)
            return len(built)

    def check(self, *, repair: bool = False) -> list[str]:
        """Problems between index and database: missing, extra and stale documents."""
        problems: list[str] = []
        expected: dict[int, tuple[int, int]] = {}
        with self.library.reading() as conn:
            stale, gone = _changes(_db_items(conn), self.store.state())
            for item, unit in repo.iter_index_records(conn):
                if item.status in INDEXED_STATUSES:
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
        if gone:
            problems.append(f"{len(gone)} deleted item(s) still in the index: {_ids(sorted(gone))}")
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
        # One searcher for the whole search: a write elsewhere may close the thread's previous one
        # the next time _context() is asked, and the query builder reads the vocabulary as it goes.
        context = self._context()
        searcher = context[0]
        builder = self._builder(searcher)
        reader = searcher.reader()
        correction: Correction | None = None
        searched = query
        if correct and query.strip():
            correction = Corrector(reader, builder).correct(query)
            if correction is not None:
                searched = correction.query
        run = self._run(context, builder, searched, extra_filters, include_archived, limit, group)
        if run.total == 0 and correct and query.strip():
            respelled = Corrector(reader, builder).respell_rare(searched)
            if respelled is not None and fold(respelled) != fold(searched):
                retry = self._run(context, builder, respelled, extra_filters, include_archived, limit, group)
                if retry.total and not retry.partial:  # respelling known words must earn its keep
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
            self._log(response, extra_filters, query_key(searched, IndexTerms(reader)))
        return response

    def query_key(self, searched: str) -> str | None:
        """The key the search log files the searched query `searched` under (enablement.search.keys):
        two words typed apart join when the local index knows their joined form."""
        return query_key(searched, IndexTerms(self.store.searcher().reader()))

    def _context(self) -> tuple[Any, DocSets, FacetColumns]:
        """This thread's searcher with its bitsets and column cache (rebuilt after each write)."""
        searcher = self.store.searcher()
        local = self._local
        if getattr(local, "searcher", None) is not searcher:
            local.searcher = searcher
            local.docsets = DocSets(searcher)
            local.columns = FacetColumns(searcher)
            local.names = name_words(searcher.reader())
        return searcher, local.docsets, local.columns

    def _builder(self, searcher: Any = None) -> QueryBuilder:
        if searcher is None:
            searcher, _, _ = self._context()
        synonyms = self.synonyms.current() if self.synonyms is not None else None
        return QueryBuilder(searcher.reader(), self._local.names, synonyms)

    def _run(
        self,
        context: tuple[Any, DocSets, FacetColumns],
        builder: QueryBuilder,
        text: str,
        extra_filters: dict[str, list[str]],
        include_archived: bool,
        limit: int,
        group: bool,
    ) -> _Run:
        searcher, sets, columns = context
        parsed: ParsedQuery = parse(text)
        for name, values in extra_filters.items():
            parsed.filters.setdefault(name, []).extend(values)
        built = builder.build(parsed, include_archived=include_archived, published_only=self.published_only)
        out = _Run()
        if built.query is None:
            return out
        scope = sets.live
        if built.filter is not None:
            scope &= evaluate(built.filter, sets)
        if built.mask is not None:
            scope &= ~evaluate(built.mask, sets)
        match = evaluate(built.query, sets) & scope
        parts = [evaluate(g, sets) & scope for g in built.groups] if len(built.groups) > 1 else []
        tiers = coverage_tiers(parts, scope) if parts else []
        counted = match
        if not match:
            counted = 0
            for bits in tiers:
                counted |= bits
            out.partial = bool(counted)
        if not counted:
            return out
        out.total = counted.bit_count()
        out.facets = sets.count_facets(counted)
        want = max(limit, 1) * (10 if group else 1)
        codes = {w for w in built.words if any(ch.isdigit() for ch in w) and any(ch.isalpha() for ch in w)}

        near = Near(searcher.reader(), [set(positive_terms(g)) for g in built.groups])

        def order(ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
            ranked = near(rerank(columns, ranked))
            return exact_codes_first(searcher, ranked, codes) if codes else ranked

        shown = Diversifier(per_item=want if group else PER_ITEM)

        def room() -> int:  # candidates worth scoring for the rest of the list
            return max(0, want - len(shown.shown)) * (PER_ITEM + 1) + 10

        if isinstance(built.query, wq.Every):
            full = batches(lambda k: newest(sets, columns, match, k, FACET_CAP), room, CANDIDATES)
        elif match:
            full = batches(
                lambda k: order(top_k(sets, built.query, match, k, built.related)), room, CANDIDATES
            )
        else:
            full = iter(())
        twins, listed = Twins(searcher, sets, columns, scope), set[int]()
        found = candidates(full, sets, built.partial, tiers, room, order, built.related)
        stream = ((d, s) for d, s, _ in found)
        for docnum, score in with_twins(stream, lambda d: twins.of(d) if d in listed else None):
            if len(shown.shown) >= want:
                break
            item = columns.item(docnum)
            if not shown.wants(item):
                continue  # a fourth and later hit of an item, beyond the few kept with snippets
            hit = self._hit(searcher, columns, docnum, score, built)
            hit.partial = not (match >> docnum) & 1
            shown.add(item, hit)
            listed.add(docnum)
        if not group:  # how many hits each collapsed item has beyond those shown, kept or not
            for item, last in shown.last_shown().items():
                if last.more:
                    of_item = sets.term("item", str(item)) & counted
                    last.more_count = max(len(last.more), of_item.bit_count() - shown.shown_of(item))
        hits = shown.shown
        if group:
            out.groups = group_by_item(hits)[:limit]
            out.hits = [g.hits[0] for g in out.groups]
        else:
            out.hits = hits[:limit]
        return out

    def _hit(self, searcher: Any, columns: FacetColumns, docnum: int, score: float, built: Any) -> SearchHit:
        doc = searcher.stored_fields(docnum)
        heading, body, notes = doc.get("heading", ""), doc.get("body", ""), doc.get("notes", "")
        fields = [("body", body), ("notes", notes), ("heading", heading), ("codes", doc.get("codes", ""))]
        if not any(v for _, v in fields):
            fields.append(("title", doc.get("title", "")))
        snip = make_snippet(fields, built.stems, built.words)
        kind, comps, prods, tags, lang, updated = columns.row(docnum)
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

    def _log(self, response: SearchResponse, filters: dict[str, list[str]], key: str | None) -> None:
        """Write the search-log line; while the team server is away, keep it to write later."""
        entry = {
            "at": repo.utcnow(),
            "query": response.query,
            "hits": response.total,
            "took_ms": response.took_ms,
            "user": self.user,
            "filters": {k: v[0] for k, v in filters.items()},
            "correction": response.correction["query"] if response.correction else None,
            "correction_type": response.correction["type"] if response.correction else None,
            "query_key": key,
            "found_items": shown_items(response.hits),
        }
        with self._log_lock:
            self._unlogged.append(entry)
            if self.offline:  # no 10-second connect timeout per keystroke while offline
                return
            pending = list(self._unlogged)
            self._unlogged.clear()
        try:
            logged = None
            with self.library.transaction() as conn:
                for line in pending:
                    logged = repo.log_search(conn, **line)
            response.search_id = logged  # the last line written is this search's own
        except EnablementError as exc:  # never lose a search over its log line: keep it for later
            with self._log_lock:
                self._unlogged.extendleft(reversed(pending))
            log.warning("search log not written (kept for later): %s", exc)

    def unit_counts(self, item_ids: Iterable[int]) -> dict[int, int]:
        """Units per item as the local index holds them: what a result card shows while offline."""
        searcher = self.store.searcher()
        counts = {i: sum(1 for _ in searcher.document_numbers(item=str(i))) for i in set(item_ids)}
        return {i: n for i, n in counts.items() if n}

    def example_queries(self, limit: int = 5) -> list[str]:
        """Queries this library answers, for an empty search page: its most frequent competitors
        and products, taken in turn (from the local index, so it works offline too)."""
        reader = self.store.searcher().reader()
        ranked: list[list[str]] = []
        for fieldname in ("competitor", "product"):
            try:
                top = reader.most_frequent_terms(fieldname, number=limit)
            except KeyError:
                top = []
            terms = [
                t.decode("utf-8") if isinstance(t, bytes) else str(t) for _, t in sorted(top, reverse=True)
            ]
            ranked.append(terms)
        out: list[str] = []
        for pair in zip_longest(*ranked):
            out.extend(t for t in pair if t and t not in out)
        return out[:limit]

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        """Completions for the last word of `prefix`, most frequent indexed words first."""
        head, _, last = prefix.rpartition(" ")
        last_folded = fold(last)
        if len(last_folded) < 2:
            return []
        words = self._builder().prefix_terms(last_folded, limit=limit)
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


def _db_items(conn: Any, ids: list[int] | None = None) -> ItemState:
    """What the index should hold for the items in the database (all, or `ids`): see
    `repo.item_version_keys`."""
    return repo.item_version_keys(conn, ids)


def _changes(current: ItemState, held: ItemState) -> tuple[list[int], set[int]]:
    """(items to (re)index, items to drop) for the index holding `held` over a database at `current`."""
    stale = sorted(i for i, key in current.items() if held.get(i) != key)
    return stale, set(held) - set(current)


def _ids(ids: list[int], cap: int = 12) -> str:
    shown = ", ".join(str(i) for i in ids[:cap])
    return shown + (f" and {len(ids) - cap} more" if len(ids) > cap else "")
