"""Benchmark: 200 voters in separate processes vote and change votes on one ballot, SQLite and PostgreSQL.

    python benchmarks/bench_votes.py [--voters 200] [--rounds 5] [--pg postgresql://postgres@127.0.0.1:5432/test]

Prints votes per second for each backend and checks integrity (no vote lost or
duplicated, tally equals every voter's last choice, every change audited).
PostgreSQL runs in a private schema that is dropped afterwards. Never run in CI.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from enablement.store.library import normalise_db_url
from enablement.voting import stress


def _bench(name: str, root: Path, url: str | None, args: argparse.Namespace, sessions: int | None) -> bool:
    report = stress.run(root, url, voters=args.voters, rounds=args.rounds, sessions=sessions)
    ok = "ok" if report.consistent else "INCONSISTENT"
    print(
        f"{name:<10} {report.voters} voters x {report.rounds} votes = {report.votes_cast} votes "
        f"in {report.seconds:.2f} s: {report.votes_per_second:,.0f} votes/s "
        f"(retries {report.retries}; rows {report.vote_rows}; audited {report.audit_votes}; integrity {ok})"
    )
    print(f"{'':<10} tally {report.tally}")
    return report.consistent


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--voters", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5, help="votes per voter (first vote, then changes)")
    parser.add_argument("--pg", default=os.environ.get("ENABLEMENT_TEST_PG_URL"), help="PostgreSQL URL")
    parser.add_argument("--sessions", type=int, default=80, help="PostgreSQL sessions shared by the voters")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="bench-votes-") as tmp:
        ok &= _bench("sqlite", Path(tmp) / "sqlite", None, args, None)
        if args.pg:
            schema = f"bench_{uuid.uuid4().hex[:10]}"
            engine = sa.create_engine(normalise_db_url(args.pg))
            with engine.begin() as conn:
                conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
            sep = "&" if "?" in args.pg else "?"
            try:
                url = f"{args.pg}{sep}options=-csearch_path%3D{schema}"
                ok &= _bench("postgresql", Path(tmp) / "pg", url, args, args.sessions)
            finally:
                with engine.begin() as conn:
                    conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
                engine.dispose()
        else:
            print("postgresql skipped: give --pg URL or set ENABLEMENT_TEST_PG_URL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
