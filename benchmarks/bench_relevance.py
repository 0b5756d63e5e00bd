"""Both judged relevance sets, side by side: the development suite and the held-out set (issue 13).

    python benchmarks/bench_relevance.py            # overall and per-kind figures for both
    python benchmarks/bench_relevance.py --misses   # and the held-out queries that miss
    python benchmarks/bench_relevance.py --no-synonyms   # both without the editable synonym list

The development suite (`tests/relevance/judged.py`: FACTS.md over the demo library plus derived
queries) has one primary unit per query, so its recall@10 is "the primary is in the top 10" and its
nDCG@10 gives the primary gain 2 and each also-relevant unit gain 1. The held-out set
(`tests/relevance/heldout/`: 211 queries over the ArcticTherm library, judged from the documents
alone) has graded units; its figures are defined in `tests/relevance/heldout/evaluate.py`.
Both run through the real importer and `SearchService` in temporary folders; nothing is kept.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from enablement.app import build_services
from enablement.config import Settings
from enablement.services.demo import create_demo_library
from tests.relevance import judged
from tests.relevance.heldout import evaluate as heldout


def development_suite(*, synonyms: bool = True) -> str:
    with tempfile.TemporaryDirectory(prefix="relevance-") as tmp:
        services = build_services(Settings.resolve(str(Path(tmp) / "lib"), None, None), create_demo=False)
        try:
            create_demo_library(services.library_service, services.voting)
            services.library_service.sync()
            if not synonyms:
                services.search.synonyms = None
            outcomes = judged.evaluate(services.search, judged.all_judged())
        finally:
            services.close()
    n, mrr, recall, ndcg = judged.summary(outcomes)["overall"]
    head = f"development suite (demo library): {n} queries  MRR@10 {mrr:.3f}  R@10 {recall:.3f}"
    head += f"  nDCG@10 {ndcg:.3f}"
    table = judged.report(outcomes).split("\nnot first:")[0]
    return head + "\n" + table


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--misses", action="store_true", help="list the held-out queries that miss")
    parser.add_argument(
        "--no-synonyms", action="store_true", help="search without the synonym list (to see what it adds)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    synonyms = not args.no_synonyms
    print(development_suite(synonyms=synonyms) + ("" if synonyms else "  (without the synonym list)"))
    print()
    results = heldout.run(synonyms=synonyms)
    m = heldout.summary(results)["overall"]
    print(
        f"held-out set (ArcticTherm library): {len(results)} queries  MRR@10 {m['MRR@10']:.3f}  "
        f"answer@10 {m['answer@10']:.3f}  R@10 {m['R@10']:.3f}  nDCG@10 {m['nDCG@10']:.3f}"
    )
    print(heldout.table(results))
    if args.misses:
        print("first hit not judged, or no answer in the top 10:")
        print(heldout.misses(results))
    print(f"\n{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
