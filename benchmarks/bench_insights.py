"""Benchmark: the shared-numbers dashboard on 1,000,000 logged searches, SQLite and PostgreSQL.

    python benchmarks/bench_insights.py [--searches 1000000] [--pg postgresql://postgres@127.0.0.1:5432/postgres]
                                        [--no-pg] [--no-team] [--runs 3] [--json]

Builds a library on SQLite (a temporary folder) and on PostgreSQL (a fresh database, dropped
afterwards), fills it with a seeded, realistic history, then times through the services exactly
as the app and the CLI use them:

  load        bulk load of the history (SQLite: executemany in large transactions with
              synchronous=OFF during the load only; PostgreSQL: COPY, then ANALYZE)
  dashboard   InsightsService.dashboard(weeks=8): each figure's own timing as it reports it and
              the total; `--runs` runs, median and worst                   target: every figure <= 1 s
  gaps        GapService.open_gaps() (the dashboard's 8 weeks, as the Gaps tab), and over 26 weeks (the
              longest period the app offers; `insights gap` looks a typed key up in it)
  export      the CLI's `insights export --csv`: dashboard + export_csv into a temporary folder
  team        on PostgreSQL, the same dashboard as a seller signed in with a password, through the
              team server's SECURITY DEFINER functions (TeamAdmin.init secures the loaded database)

History (scaled by --searches; defaults): 300 items (decks, battle cards, catalogs; competitors,
review-by dates), 60 people in 6 teams, 1,000,000 search_log rows over 26 weeks (a Zipf-like
spread of 4,000 distinct queries with query_key, ~8% zero-hit, some corrected; every search that
found something names the 5-10 items its first page showed, 3% of the published items never), 400,000
usage_events (a third linked to the search that led there), 100,000 reports (feedback on units
and field intel, a share answered), 50 ballots with votes, 40 gap decisions. Never run in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from enablement.bench.scratch_db import scratch_database
from enablement.insights.export import export_csv
from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.store import Library
from enablement.store.library import normalise_db_url

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
HISTORY = timedelta(weeks=26)
FIGURES = ("freshness", "coverage", "response", "voice", "demand", "usage")
COMPETITORS = [
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella IT",
    "Альфа-Софт",
    "Бета Системс",
    "Hooli",
    "Vandelay",
]
TEAMS = ["North", "South", "East", "West", "Enterprise", "Partners"]
_VOCABULARY = (
    "price pricing discount router switch firewall license support sla migration cloud backup security audit "
    "partner reseller onboarding demo roadmap integration api storage cluster "
    "цена скидка роутер лицензия поддержка миграция облако партнёр интеграция хранилище кластер"
)
WORDS = _VOCABULARY.split()
ACTIONS = ["preview", "open", "copy", "link"]
DEFAULT_PG = os.environ.get("ENABLEMENT_TEST_PG_URL") or "postgresql://postgres@127.0.0.1:5432/postgres"


# ============================================================ the history, as plain rows


class History:
    """Every row of the seeded history, with Python values (the loaders format them)."""

    def __init__(self, searches: int, seed: int = 11) -> None:
        rnd = random.Random(seed)
        scale = searches / 1_000_000
        n_usage, n_reports = max(1, int(400_000 * scale)), max(1, int(100_000 * scale))
        start = NOW - HISTORY
        span = HISTORY.total_seconds()

        def at() -> datetime:
            return start + timedelta(seconds=rnd.random() * span)

        self.people: list[dict[str, Any]] = []
        for n in range(60):
            role = "marketing" if n % 10 == 0 else ("admin" if n == 1 else "sales")
            self.people.append(
                {"name": f"person{n:02d}", "role": role, "team": TEAMS[n % 6], "created_at": start}
            )
        sellers = [p for p in self.people if p["role"] == "sales"]
        marketers = [p["name"] for p in self.people if p["role"] != "sales"]

        self.items: list[dict[str, Any]] = []
        for n in range(300):
            kind = rnd.choices(["deck", "battlecard", "catalog"], [5, 3, 2])[0]
            created = start - timedelta(days=rnd.randint(0, 400)) + timedelta(days=rnd.randint(0, 180))
            status = rnd.choices(["published", "draft", "archived"], [85, 10, 5])[0]
            self.items.append(
                {
                    "id": n + 1,
                    "title": f"{kind.title()} {n}: {' '.join(rnd.sample(WORDS, 3))}",
                    "kind": kind,
                    "status": status,
                    "language": rnd.choice(["en", "ru"]),
                    "competitors": [] if kind == "catalog" else rnd.sample(COMPETITORS, rnd.randint(0, 2)),
                    "products": [],
                    "tags": [rnd.choice(["pricing", "security", "onboarding", "partners"])],
                    "owner": rnd.choice(marketers),
                    "created_at": created,
                    "updated_at": created + timedelta(days=rnd.randint(0, 60)),
                    "review_by": (created + timedelta(days=rnd.randint(60, 365))).date()
                    if rnd.random() < 0.8
                    else None,
                    "source_name": f"file{n}.pptx",
                    "sha256": f"{n:064x}",
                    "current_version": 1,
                    "indexed_version": 1,
                }
            )

        # A few thousand distinct queries, Zipf-like; some of them never find anything (gaps).
        queries: list[tuple[str, str, bool]] = []
        seen: set[str] = set()
        while len(queries) < 4000:
            n = len(queries)
            words = rnd.sample(WORDS + COMPETITORS[:4], rnd.choice([1, 1, 2, 2, 2, 3]))
            tail = [] if n < 600 else [f"q{n}"]
            key = " ".join(sorted({w.lower() for t in words for w in t.split()} | set(tail)))
            if key not in seen:
                seen.add(key)
                queries.append((" ".join(words + tail), key, rnd.random() < 0.05))
        weights = [1 / (k + 1) ** 1.05 for k in range(len(queries))]
        picks = rnd.choices(range(len(queries)), weights=weights, k=searches)
        # What each search's first page showed (0016): every query its own dozen published items,
        # most of them from the popular half; a search shows 5 to 10 of them. The last 3% of the
        # published items are in no query's list (never found). A generator of its own, so the
        # other tables are the rows they were before this column.
        shows = random.Random(seed + 16)
        published = [i["id"] for i in self.items if i["status"] == "published"]
        findable = published[: int(len(published) * 0.97)]
        popular = findable[: len(findable) // 2]
        pages = [shows.sample(popular, 8) + shows.sample(findable, 4) for _ in range(len(queries))]
        self.search_log: list[tuple[Any, ...]] = []
        found: list[int] = []
        for sid, q in enumerate(picks, 1):
            text, key, never = queries[q]
            who = rnd.choice(self.people)["name"]
            hits = 0 if never or rnd.random() < 0.04 else rnd.randint(1, 60)
            corrected = rnd.random() < 0.04
            typed = text[:-1] if corrected and len(text) > 4 else text
            self.search_log.append(
                (
                    sid,
                    at(),
                    who,
                    typed,
                    "{}",
                    hits,
                    round(rnd.uniform(5, 80), 1),
                    text if corrected else None,
                    "typo" if corrected else None,
                    key if rnd.random() < 0.97 else None,  # a few lines logged before 0007
                    _page(shows, pages[q]) if hits else None,
                )
            )
            if hits:
                found.append(sid)

        self.usage_events: list[tuple[Any, ...]] = []
        item_ids = [i["id"] for i in self.items if i["status"] == "published"]
        hot = item_ids[: int(len(item_ids) * 0.8)]  # the rest: never used
        for uid in range(1, n_usage + 1):
            seller = rnd.choice(sellers) if rnd.random() < 0.9 else rnd.choice(self.people)
            search_id = rnd.choice(found) if found and rnd.random() < 0.35 else None
            when = (
                self.search_log[search_id - 1][1] + timedelta(seconds=rnd.randint(2, 300))
                if search_id
                else at()
            )
            self.usage_events.append(
                (
                    uid,
                    min(when, NOW),
                    seller["name"],
                    seller["team"],
                    rnd.choices(ACTIONS, [50, 30, 15, 5])[0],
                    rnd.choice(hot),
                    "slide",
                    rnd.randint(1, 30),
                    search_id,
                )
            )

        self.reports: list[tuple[Any, ...]] = []
        for rid in range(1, n_reports + 1):
            who = rnd.choice(sellers)
            when = at()
            feedback = rnd.random() < 0.6
            item = rnd.choice(self.items) if feedback else None
            answered = rnd.random() < 0.55 and when < NOW - timedelta(hours=2)
            answered_at = min(NOW, when + timedelta(hours=rnd.expovariate(1 / 40))) if answered else None
            state = rnd.choice(["accepted", "planned", "done", "declined"]) if answered else "new"
            self.reports.append(
                (
                    rid,
                    when,
                    who["name"],
                    who["team"],
                    "feedback" if feedback else "intel",
                    rnd.choice(["helped", "outdated", "wrong", "missing"])
                    if feedback
                    else rnd.choice(["price", "claim", "objection", "deal_won", "deal_lost", "request"]),
                    "" if feedback else rnd.choice(COMPETITORS),
                    "",
                    None,
                    None,
                    "Slide needs an update" if feedback else "Seen at a customer",
                    None,
                    None,
                    item["id"] if item else None,
                    item["title"] if item else None,
                    "slide" if item else None,
                    rnd.randint(1, 30) if item else None,
                    state,
                    rnd.choice(marketers) if answered else None,
                    "Thanks, on it" if answered else None,
                    answered_at,
                    rnd.choice(marketers) if answered else None,
                    None,
                    None,
                    answered_at or when,
                )
            )

        self.ballots: list[dict[str, Any]] = []
        self.votes: list[tuple[Any, ...]] = []
        person_id = {p["name"]: n + 1 for n, p in enumerate(self.people)}
        for bid in range(1, 51):
            opens = at()
            closes = opens + timedelta(days=7)
            ended = closes < NOW
            audience = rnd.sample(TEAMS, rnd.randint(1, 3)) if rnd.random() < 0.5 else []
            outcome = rnd.choice(["Go", "Go with changes", "No go", "Postponed"]) if ended else None
            self.ballots.append(
                {
                    "id": bid,
                    "title": f"Ballot {bid}",
                    "question": "Ship it?",
                    "subject": "item",
                    "item_id": rnd.choice(self.items)["id"],
                    "product": [],
                    "options": ["Go", "Go with changes", "No go"],
                    "scale": "options",
                    "negative_options": ["No go"],
                    "reason_required": True,
                    "hide_totals": True,
                    "audience": audience,
                    "opens_at": opens,
                    "closes_at": closes,
                    "created_by": marketers[0],
                    "created_at": opens,
                    "closed_at": closes if ended else None,
                    "closed_by": marketers[0] if ended else None,
                    "outcome": outcome,
                    "rationale": "" if outcome and rnd.random() < 0.3 else ("Decided" if outcome else None),
                    "decided_by": marketers[0] if outcome else None,
                    "decided_at": closes + timedelta(days=1) if outcome else None,
                }
            )
            asked = [s for s in sellers if not audience or s["team"] in audience]
            for s in rnd.sample(asked, int(len(asked) * rnd.uniform(0.3, 0.9))):
                cast = opens + timedelta(hours=rnd.randint(1, 150))
                option = rnd.choices(["Go", "Go with changes", "No go"], [4, 2, 3])[0]
                self.votes.append(
                    (len(self.votes) + 1, bid, person_id[s["name"]], option, "", s["team"], cast, cast)
                )

        self.gap_decisions = [
            {
                "query_key": queries[k][1],
                "state": rnd.choice(["card_planned", "answered", "dismissed"]),
                "item_id": None,
                "note": "",
                "decided_by": marketers[0],
                "decided_at": NOW - timedelta(days=rnd.randint(1, 60)),
            }
            for k in rnd.sample(range(300), 40)
        ]

        # Status history (coverage's weekly share is rebuilt from it): half the items went through
        # review to their status inside the history; its own generator leaves the rows above as they were.
        moves = random.Random(seed + 1)
        self.status_history: list[dict[str, Any]] = []
        for item in self.items:
            if moves.random() < 0.5:
                continue
            first = max(item["created_at"], start) + timedelta(days=moves.randint(0, 120))
            path = [("draft", "in_review"), ("in_review", "published")]
            if item["status"] == "archived":
                path.append(("published", "archived"))
            elif item["status"] == "draft":
                path = [("draft", "in_review"), ("in_review", "draft")]
            for n, (old, new) in enumerate(path):
                self.status_history.append(
                    {
                        "item_id": item["id"],
                        "action": "move",
                        "from_status": old,
                        "to_status": new,
                        "actor": marketers[0],
                        "at": min(first + timedelta(days=7 * n), NOW),
                        "note": "",
                        "review_by": None,
                    }
                )

    def counts(self) -> dict[str, int]:
        return {
            "items": len(self.items),
            "people": len(self.people),
            "search_log": len(self.search_log),
            "usage_events": len(self.usage_events),
            "reports": len(self.reports),
            "ballots": len(self.ballots),
            "votes": len(self.votes),
            "gap_decisions": len(self.gap_decisions),
            "item_status_history": len(self.status_history),
        }


SEARCH_COLUMNS = [
    "id",
    "at",
    "user",
    "query",
    "filters",
    "hits",
    "took_ms",
    "correction",
    "correction_type",
    "query_key",
    "found_items",
]
USAGE_COLUMNS = ["id", "at", "person", "team", "action", "item_id", "unit_kind", "unit_number", "search_id"]
REPORT_COLUMNS = [
    "id", "at", "author", "team", "type", "kind", "competitor", "product", "outcome", "size_band", "text",
    "attachment_sha", "attachment_name", "item_id", "item_title", "unit_kind", "unit_number", "state",
    "owner", "answer", "answered_at", "answered_by", "led_to_kind", "led_to_id", "updated_at",
]  # fmt: skip
VOTE_COLUMNS = ["id", "ballot_id", "person_id", "option", "reason", "team", "cast_at", "updated_at"]
BULK = {"search_log": SEARCH_COLUMNS, "usage_events": USAGE_COLUMNS, "reports": REPORT_COLUMNS}


def _page(rnd: random.Random, candidates: list[int]) -> str:
    """A first page: 5 to 10 of the query's items, distinct, as a JSON array."""
    return json.dumps(rnd.sample(candidates, rnd.randint(5, 10)))


def _small_tables(conn: sa.Connection, h: History) -> None:
    """Items, people, ballots and decisions: few rows, through SQLAlchemy Core like the app."""
    from enablement.store import schema

    conn.execute(sa.insert(schema.items), h.items)
    conn.execute(sa.insert(schema.people), h.people)
    conn.execute(sa.insert(schema.ballots), h.ballots)
    conn.execute(sa.insert(schema.gap_decisions), h.gap_decisions)
    conn.execute(sa.insert(schema.item_status_history), h.status_history)


def load_sqlite(library: Library, h: History) -> None:
    with library.transaction() as conn:
        _small_tables(conn, h)
    raw = library.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous=OFF")
        rows = {"search_log": h.search_log, "usage_events": h.usage_events, "reports": h.reports}
        for table, columns in [*BULK.items(), ("votes", VOTE_COLUMNS)]:
            data = h.votes if table == "votes" else rows[table]
            names = ", ".join(f'"{c}"' for c in columns)
            sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
            for n in range(0, len(data), 200_000):
                cur.execute("BEGIN")
                cur.executemany(sql, [tuple(_sqlite(v) for v in r) for r in data[n : n + 200_000]])
                cur.execute("COMMIT")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()
    finally:
        raw.close()


def _sqlite(value: Any) -> Any:
    """The text SQLAlchemy's SQLite DateTime stores (UTC, no offset)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def load_postgresql(library: Library, h: History) -> None:
    with library.transaction() as conn:
        _small_tables(conn, h)
    raw = library.engine.raw_connection()
    try:
        with raw.cursor() as cur:  # type: ignore[attr-defined]
            rows = {"search_log": h.search_log, "usage_events": h.usage_events, "reports": h.reports}
            for table, columns in [*BULK.items(), ("votes", VOTE_COLUMNS)]:
                data = h.votes if table == "votes" else rows[table]
                names = ", ".join(f'"{c}"' for c in columns)
                with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in data:
                        copy.write_row(row)
            for table in ("search_log", "usage_events", "reports", "votes", "items", "ballots", "people"):
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
        raw.commit()
    finally:
        raw.close()
    # What autovacuum does on its own shortly after a bulk insert (statistics, visibility map).
    with library.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


# ============================================================ timing


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return (time.perf_counter() - started) * 1000, result


def measure(library: Library, runs: int, *, full: bool = True) -> tuple[dict[str, dict[str, float]], Any]:
    """Per figure (its own timing as the dashboard reports it) and the total: median and worst ms;
    and the dashboard itself (without timings), to compare across backends."""
    insights = InsightsService(library, gaps=GapService(library))
    samples: dict[str, list[float]] = {}
    board: Any = None
    for _ in range(runs):
        total, board = _timed(lambda: insights.dashboard(weeks=8, now=NOW))
        for name in FIGURES:
            samples.setdefault(name, []).append(board.timings_ms[name])
        samples.setdefault("dashboard total", []).append(total)
        if full:
            for weeks in (8, 26):
                ms, _ = _timed(lambda weeks=weeks: insights.gaps.open_gaps(weeks=weeks, now=NOW))
                samples.setdefault(f"open_gaps ({weeks} weeks)", []).append(ms)
            with tempfile.TemporaryDirectory(prefix="bench-insights-csv-") as out:
                ms, _ = _timed(lambda: export_csv(insights.dashboard(weeks=8, now=NOW), Path(out)))
            samples.setdefault("export --csv", []).append(ms)
    figures = {
        k: {"median": round(statistics.median(v), 1), "worst": round(max(v), 1)} for k, v in samples.items()
    }
    shown = board.to_json()
    shown.pop("timings_ms")
    return figures, shown


def team_seller(
    url: str, root: Path, runs: int, logins: list[str]
) -> tuple[dict[str, dict[str, float]], Any]:
    """Secure the loaded database, add a seller login, and time the dashboard as that seller.

    The logins made are appended to `logins`: they are cluster-wide, so the caller drops them once
    their database (and its grants) is gone."""
    from enablement.team import TeamAdmin, generate_password, login_url

    suffix = uuid.uuid4().hex[:8]
    admin_name, seller = f"bench_admin_{suffix}", f"bench_seller_{suffix}"
    try:
        admin_password, seller_password = generate_password(), generate_password()
        TeamAdmin.init(url, admin_name, admin_password, team="HQ")
        with TeamAdmin(login_url(url, admin_name, admin_password)) as admin:
            admin.add(seller, "sales", TEAMS[0], seller_password)
        with Library(root, login_url(url, seller, seller_password)) as library:
            assert library.is_team
            return measure(library, runs, full=False)
    finally:
        logins.extend([admin_name, seller])


def _drop_logins(base: str, logins: list[str]) -> None:
    engine = sa.create_engine(normalise_db_url(base), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for name in logins:
            conn.execute(
                sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"),
                {"n": name},
            )
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    engine.dispose()


# ============================================================ main


def run(args: argparse.Namespace) -> dict[str, Any]:
    started, h = _timed(lambda: History(args.searches, seed=args.seed))
    report: dict[str, Any] = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "rows": h.counts(),
        "generate_s": round(started / 1000, 1),
        "figures": {},
        "load_s": {},
    }
    boards: dict[str, Any] = {}
    tmp = Path(tempfile.mkdtemp(prefix="bench-insights-"))
    try:
        with Library(tmp / "sqlite") as library:
            ms, _ = _timed(lambda: load_sqlite(library, h))
            report["load_s"]["sqlite"] = round(ms / 1000, 1)
            report["figures"]["sqlite"], boards["sqlite"] = measure(library, args.runs)
        if args.pg:
            logins: list[str] = []
            try:
                with scratch_database(args.pg, "bench_insights") as url:
                    with Library(tmp / "pg", url) as library:
                        ms, _ = _timed(lambda: load_postgresql(library, h))
                        report["load_s"]["postgresql"] = round(ms / 1000, 1)
                        report["figures"]["postgresql"], boards["postgresql"] = measure(library, args.runs)
                    if args.team:
                        figures, boards["team seller"] = team_seller(url, tmp / "seller", args.runs, logins)
                        report["figures"]["team seller"] = figures
            finally:
                _drop_logins(args.pg, logins)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # The same numbers whoever computes them: SQLite, PostgreSQL, a seller through the functions.
    # (The seller's own login is one more seller the ballots asked: turnout, per team and per week,
    # differs by design.)
    differ = [b for b in ("postgresql",) if b in boards and boards[b] != boards["sqlite"]]
    if "team seller" in boards:
        seller, owner = (
            dict(boards[b], voice=dict(boards[b]["voice"], turnout=None, weekly_turnout=None))
            for b in ("team seller", "sqlite")
        )
        differ += ["team seller"] if seller != owner else []
    report["same_dashboard"] = differ or "all"
    return report


def print_table(report: dict[str, Any]) -> None:
    rows = report["rows"]
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
    print(
        "load: "
        + ", ".join(f"{k} {v} s" for k, v in report["load_s"].items())
        + f" (generate {report['generate_s']} s)"
    )
    backends = list(report["figures"])
    names = list(dict.fromkeys(n for b in backends for n in report["figures"][b]))
    print(f"{'figure (ms)':<22}" + "".join(f"{b + ' median':>20}{'worst':>9}" for b in backends))
    for name in names:
        cells = ""
        for b in backends:
            cell = report["figures"][b].get(name)
            cells += f"{cell['median']:>20.1f}{cell['worst']:>9.1f}" if cell else f"{'-':>20}{'-':>9}"
        print(f"{name:<22}{cells}")
    slow = [
        f"{b}: {n} {c['worst']:.0f} ms"
        for b in backends
        for n, c in report["figures"][b].items()
        if n in FIGURES and c["worst"] > 1000
    ]
    print("every figure <= 1 s" if not slow else "above 1 s: " + "; ".join(slow))
    same = report["same_dashboard"]
    print("same dashboard on every backend" if same == "all" else f"DASHBOARD DIFFERS from sqlite on: {same}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--searches", type=int, default=1_000_000, help="search_log rows (the rest scales with it)"
    )
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--pg", default=DEFAULT_PG, help="PostgreSQL server URL (a fresh database is created)")
    ap.add_argument("--no-pg", dest="pg", action="store_const", const=None, help="SQLite only")
    ap.add_argument("--no-team", dest="team", action="store_false", help="skip the team-seller path")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report = run(args)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
