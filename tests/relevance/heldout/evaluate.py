"""Measure search on the held-out judged set (issue 13): MRR@10, recall@10, answer found, nDCG@10.

The set (`judgments.tsv`) was written and judged from the ArcticTherm documents alone and committed
before this file existed; never edit a judgment to match a result (a genuine judging error is fixed
in its own commit that says why).

The library is built with `make_library.build_library` into a temporary folder and imported with the
real importer (`LibraryService.import_paths`), the generated files' metadata (kind, competitors,
products, tags) is set the way `enablement.services.demo` sets the demo's, and every query goes
through the real `SearchService.search` with the options its row names.

Metrics per query (top 10 hits, a hit = a (file, unit kind, number) triple; grades from the row):
  RR@10          1 / rank of the first judged hit (grade 1 or 2), 0 if none in the top 10
  answer@10      1 if any grade-2 unit is in the top 10, else 0
  recall@10      judged units in the top 10 / min(judged units, 10): a query with more than ten
                 relevant units counts as fully recalled when its top 10 are all relevant
  nDCG@10        DCG with gain = grade (2 or 1) and discount 1/log2(rank + 1), divided by the DCG
                 of the ideal order (all grade-2 units, then grade 1, cut at 10)
Each is averaged over all queries and over the queries of each kind (a query counts in every kind
it is tagged with).

    python -m tests.relevance.heldout.evaluate          # overall and per-kind figures, then the misses
"""

from __future__ import annotations

import json
import math
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.relevance.heldout.make_library import build_library

JUDGMENTS = Path(__file__).with_name("judgments.tsv")
K = 10

Unit = tuple[str, str, int]  # (source file, unit kind, number)


@dataclass(frozen=True)
class Query:
    id: str
    kinds: tuple[str, ...]
    query: str
    options: dict[str, Any]
    grades: dict[Unit, int]  # judged unit -> 2 (the answer) or 1 (also useful)


@dataclass
class Result:
    query: Query
    top: list[Unit]
    rr: float
    answer: float
    recall: float
    ndcg: float
    metrics: dict[str, float] = field(init=False)

    def __post_init__(self) -> None:
        self.metrics = {"MRR@10": self.rr, "answer@10": self.answer, "R@10": self.recall}
        self.metrics["nDCG@10"] = self.ndcg


def _unit(text: str) -> Unit:
    source, _, rest = text.strip().partition("#")
    kind, _, number = rest.partition(" ")
    return source, kind, int(number)


def load() -> list[Query]:
    """The judged queries, in file order."""
    out = []
    lines = [line for line in JUDGMENTS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    for line in lines[1:]:  # the column header
        qid, kinds, query, options, grade2, grade1 = line.split("\t")
        grades = {_unit(u): 1 for u in grade1.split(" ; ") if u.strip()}
        grades.update({_unit(u): 2 for u in grade2.split(" ; ") if u.strip()})
        out.append(Query(qid, tuple(kinds.split(",")), query, json.loads(options) if options else {}, grades))
    return out


def score(query: Query, top: list[Unit]) -> Result:
    """The four figures of one query from its top hits (only the first K count)."""
    top = top[:K]
    grades = query.grades
    rank = next((i for i, u in enumerate(top, 1) if u in grades), None)
    found = sum(1 for u in set(top) if u in grades)
    dcg = sum(grades.get(u, 0) / math.log2(i + 1) for i, u in enumerate(top, 1))
    ideal = sorted(grades.values(), reverse=True)[:K]
    idcg = sum(g / math.log2(i + 1) for i, g in enumerate(ideal, 1))
    return Result(
        query,
        top,
        rr=1.0 / rank if rank else 0.0,
        answer=1.0 if any(grades.get(u) == 2 for u in top) else 0.0,
        recall=found / min(len(grades), K),
        ndcg=dcg / idcg,
    )


def evaluate(search: Any, queries: list[Query]) -> list[Result]:
    """Run every query through `search.search` (a SearchService) and score its top 10."""
    results = []
    for q in queries:
        response = search.search(q.query, limit=K, log=False, **q.options)
        results.append(score(q, [(h.source, h.unit, h.number) for h in response.hits[:K]]))
    return results


def summary(results: list[Result]) -> dict[str, dict[str, float]]:
    """kind -> {"queries", "MRR@10", "answer@10", "R@10", "nDCG@10"}; "overall" first."""
    groups: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        groups["overall"].append(r)
        for kind in r.query.kinds:
            groups[kind].append(r)
    out: dict[str, dict[str, float]] = {}
    for kind, rs in sorted(groups.items(), key=lambda kv: (kv[0] != "overall", kv[0])):
        out[kind] = {"queries": len(rs)}
        for name in ("MRR@10", "answer@10", "R@10", "nDCG@10"):
            out[kind][name] = sum(r.metrics[name] for r in rs) / len(rs)
    return out


def table(results: list[Result]) -> str:
    lines = [f"{'kind':<12}{'queries':>8}{'MRR@10':>9}{'answer@10':>11}{'R@10':>8}{'nDCG@10':>9}"]
    for kind, m in summary(results).items():
        lines.append(
            f"{kind:<12}{int(m['queries']):>8}{m['MRR@10']:>9.3f}{m['answer@10']:>11.3f}"
            f"{m['R@10']:>8.3f}{m['nDCG@10']:>9.3f}"
        )
    return "\n".join(lines)


def misses(results: list[Result]) -> str:
    """Queries whose first hit is not judged or whose answer is missing, with what came back."""
    lines = []
    for r in results:
        if r.rr < 1.0 or not r.answer:
            q = r.query
            want = [u for u, g in q.grades.items() if g == 2][:2]
            head = f"  {q.id} rr={r.rr:.2f} R={r.recall:.2f} {q.query!r} {q.options or ''}"
            lines.append(f"{head} want {want} got {r.top[:3]}")
    return "\n".join(lines)


@contextmanager
def heldout_library(root: Path) -> Iterator[Any]:
    """Services over the held-out library built and imported under `root`; closed on exit."""
    from enablement.app import build_services
    from enablement.config import Settings
    from enablement.domain import ItemKind
    from enablement.store import repository as repo

    services = build_services(Settings.resolve(str(root / "lib"), None, None), create_demo=False)
    try:
        library = services.library_service
        files = build_library(root / "files")
        report = library.import_paths([path for path, _ in files], sync=False)
        assert not report.rejected, report.rejected
        with library.library.transaction() as conn:
            for path, meta in files:
                source = repo.get_source(conn, str(path.resolve()))
                assert source is not None and source.item_id is not None, path
                item = repo.get_item(conn, source.item_id)
                updates: dict[str, Any] = {}
                if item.kind != ItemKind(meta.kind):
                    updates["kind"] = ItemKind(meta.kind)
                for key in ("competitors", "products", "tags"):
                    wanted = list(getattr(meta, key))
                    merged = wanted + [v for v in getattr(item, key) if v not in wanted]
                    if wanted and merged != list(getattr(item, key)):
                        updates[key] = merged
                if updates:
                    repo.update_item(conn, source.item_id, **updates)
        library.sync()
        yield services
    finally:
        services.close()


def run(*, synonyms: bool = True) -> list[Result]:
    """Build the library in a temporary folder, run the whole set, return the scored results
    (`synonyms=False`: without the editable synonym list, to report what it adds)."""
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp, heldout_library(Path(tmp)) as services:
        if not synonyms:
            services.search.synonyms = None
        return evaluate(services.search, load())


def main() -> None:  # pragma: no cover - a manual report
    results = run()
    print(f"held-out set: {len(results)} queries over the ArcticTherm library")
    print(table(results))
    print("first hit not judged, or no answer in the top 10:")
    print(misses(results))


if __name__ == "__main__":
    main()
