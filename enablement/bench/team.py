"""`enablement bench team`: many desktops on one team server; change propagation and votes/s.

What it does, on a database of its own (created on the server given, dropped afterwards):

1. `team init` with an admin, then a marketer and one seller login per desktop, each with a
   password.
2. One desktop agent process per seller (`enablement.bench.desktop_agent`: the app's services,
   following the server's change log), each with its own index folder; and one for the marketer.
3. Propagation: the marketer imports small files one at a time, each with a word no other file
   has. Every desktop watches for the word in its own local index; the latency of a desktop × file
   pair is the wall time its local search first found the word minus the wall time the import
   committed (one machine, one clock). A file is imported once every desktop found the one before,
   or the timeout passed (then the missing pairs are counted, not hidden).
4. Votes: the marketer opens several ballots; every seller votes on each, all desktops at once,
   under row-level security (their own logins). Votes/s is votes answered over wall time; then the
   owner counts the votes in the database and compares them, ballot by ballot and option by
   option, with what the desktops were told was stored: any difference is a lost vote.
5. No desktop may have rebuilt its index during the run (SearchService.rebuilds).

Each desktop holds two connections (its pool and its LISTEN), so the server needs
`max_connections` of about twice the desktops plus some; the bench checks that first.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from enablement.bench.agents import AgentFailed, AgentProcess, desktop_url
from enablement.bench.scratch_db import drop_database
from enablement.store.library import normalise_db_url
from enablement.team import TeamAdmin, generate_password
from enablement.voting.models import DEFAULT_OPTIONS

__all__ = ["BenchError", "TeamBenchConfig", "format_report", "run_team_bench"]

DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
CONNECTIONS_PER_DESKTOP = 2  # the pool's connection and the LISTEN connection
POLL_S = 0.3  # how often the bench collects what the desktops found (they time it themselves)


class BenchError(Exception):
    """The bench cannot run as asked (server unreachable, too few connections allowed, ...)."""


@dataclass
class TeamBenchConfig:
    """What `run_team_bench` does.

    Attributes:
        server_url: a superuser URL of the server; the bench creates its own database there.
        desktops: simulated desktops (seller logins, one process each).
        files: files the marketer imports, one at a time.
        ballots: ballots every seller votes on.
        timeout_s: how long one file may take to reach every desktop.
        work_dir: where the desktops' folders go (default: a temporary folder, removed).
        seed: for the vote options.
    """

    server_url: str = DEFAULT_SERVER
    desktops: int = 50
    files: int = 20
    ballots: int = 5
    timeout_s: float = 30.0
    work_dir: Path | None = None
    seed: int = 1


@dataclass
class _Run:
    latencies: list[float] = field(default_factory=list)
    missed: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def run_team_bench(config: TeamBenchConfig, *, say: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run the bench and return its figures (see `format_report`)."""
    say = say or (lambda text: print(text, file=sys.stderr))
    suffix = uuid.uuid4().hex[:8]
    load_before = os.getloadavg()[0]
    work = Path(config.work_dir) if config.work_dir else Path(tempfile.mkdtemp(prefix="enablement-team-"))
    with _bench_database(config, suffix) as db_url:
        say(f"database {sa.engine.make_url(db_url).database}; {config.desktops} desktops in {work}")
        try:
            people = _create_people(db_url, suffix, config.desktops)
            with _agents(db_url, people, work, say) as (marketer, desktops, started_s):
                run = _Run(timings={"start_desktops_s": started_s})
                before = _call_all(desktops, "state")
                connections = _connections(config.server_url, db_url)
                _propagation(config, work, marketer, desktops, run, say)
                votes = _votes(config, db_url, marketer, desktops, run, say)
                after = _call_all(desktops, "state")
                rebuilt = sum(a["rebuilds"] != b["rebuilds"] for a, b in zip(after, before, strict=True))
                offline = sum(not a["online"] for a in after)
        finally:
            if config.work_dir is None:
                shutil.rmtree(work, ignore_errors=True)
    lat = sorted(run.latencies)
    return {
        "date": date.today().isoformat(),
        "cores": os.cpu_count(),
        "load_1m_before": round(load_before, 1),  # other work on the machine skews the figures
        "desktops": config.desktops,
        "files": config.files,
        "pairs": len(lat) + run.missed,
        "missed": run.missed,
        "propagation_p50_s": _pct(lat, 50),
        "propagation_p95_s": _pct(lat, 95),
        "propagation_max_s": round(lat[-1], 3) if lat else None,
        **votes,
        "desktops_rebuilt": rebuilt,
        "desktops_offline": offline,
        "server_connections": connections,
        **{k: round(v, 1) for k, v in run.timings.items()},
    }


# ---------------------------------------------------------------- the team


@contextmanager
def _bench_database(config: TeamBenchConfig, suffix: str) -> Iterator[str]:
    """A new database on the server (checked for room first), dropped with its logins afterwards."""
    name = f"enablement_bench_{suffix}"
    engine = sa.create_engine(normalise_db_url(config.server_url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            allowed = int(conn.exec_driver_sql("SHOW max_connections").scalar_one())
            used = int(conn.exec_driver_sql("SELECT count(*) FROM pg_stat_activity").scalar_one())
            needed = CONNECTIONS_PER_DESKTOP * (config.desktops + 1) + 5
            if allowed - used < needed:
                raise BenchError(
                    f"{config.desktops} desktops need about {needed} connections; the server allows "
                    f"{allowed} and {used} are in use. Use fewer --desktops or a server with a larger "
                    "max_connections."
                )
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise BenchError(f"cannot reach the server: {str(exc).splitlines()[0]}") from None
    except BaseException:
        engine.dispose()
        raise
    db_url = sa.engine.make_url(normalise_db_url(config.server_url)).set(database=name)
    try:
        yield db_url.render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            drop_database(conn, name)
            roles = conn.execute(
                sa.text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": f"%\\_{suffix}"}
            ).scalars()
            for role in list(roles):
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        engine.dispose()


def _create_people(db_url: str, suffix: str, desktops: int) -> list[tuple[str, str]]:
    """(login, password): the marketer first, then one seller per desktop."""
    TeamAdmin.init(db_url, f"benchadmin_{suffix}", generate_password(), team="HQ")
    people = [(f"benchmkt_{suffix}", generate_password())]
    people += [(f"seller{n:03d}_{suffix}", generate_password()) for n in range(1, desktops + 1)]
    with TeamAdmin(db_url) as admin:
        admin.add(people[0][0], "marketing", "HQ", people[0][1])
        for n, (login, password) in enumerate(people[1:]):
            admin.add(login, "sales", f"Team {n % 5 + 1}", password)
    return people


@contextmanager
def _agents(
    db_url: str, people: list[tuple[str, str]], work: Path, say: Callable[[str], None]
) -> Iterator[tuple[AgentProcess, list[AgentProcess], float]]:
    """Start every desktop at once and wait until all follow the server."""
    agents = [
        AgentProcess(
            "marketer" if n == 0 else f"desktop {n}",
            folder=work / f"desk{n:03d}",
            db_url=desktop_url(db_url, login),
            password=password,
        )
        for n, (login, password) in enumerate(people)
    ]
    started = time.monotonic()
    try:
        for agent in agents:
            agent.start()
        for agent in agents:
            agent.wait_ready(timeout=300.0)
        seconds = time.monotonic() - started
        say(f"{len(agents)} desktops ready in {seconds:.1f} s")
        yield agents[0], agents[1:], seconds
    finally:
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(lambda a: a.stop(), agents))


# ---------------------------------------------------------------- measuring


def _propagation(
    config: TeamBenchConfig,
    work: Path,
    marketer: AgentProcess,
    desktops: list[AgentProcess],
    run: _Run,
    say: Callable[[str], None],
) -> None:
    files = work / "files"
    files.mkdir(exist_ok=True)
    rng = random.Random(config.seed)
    started = time.monotonic()
    for k in range(config.files):
        word = "zq" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(10))  # in no other file
        _call_all(desktops, "watch", words=[word])
        path = files / f"note{k:03d}.md"
        path.write_text(f"# Bench note {k}\n\nThe {word} offer, note {k}.\n", encoding="utf-8")
        committed = marketer.call("import", paths=[str(path)])["committed_at"]
        if committed is None:
            raise BenchError(f"the marketer's import of {path.name} stored nothing")
        found: dict[str, float] = {}
        deadline = time.monotonic() + config.timeout_s
        while True:
            for agent, reply in zip(desktops, _call_all(desktops, "watched"), strict=True):
                if word in reply["found"]:
                    found[agent.name] = reply["found"][word]
            if len(found) == len(desktops) or time.monotonic() > deadline:
                break
            time.sleep(POLL_S)
        run.latencies += [max(0.0, at - committed) for at in found.values()]
        run.missed += len(desktops) - len(found)
        worst = max(found.values()) - committed if found else float("nan")
        say(
            f"file {k + 1}/{config.files}: on {len(found)}/{len(desktops)} desktops, last after {worst:.2f} s"
        )
    run.timings["propagation_phase_s"] = time.monotonic() - started


def _votes(
    config: TeamBenchConfig,
    db_url: str,
    marketer: AgentProcess,
    desktops: list[AgentProcess],
    run: _Run,
    say: Callable[[str], None],
) -> dict[str, Any]:
    """Every seller votes on every ballot, all desktops at once; then the owner counts."""
    rng = random.Random(config.seed)
    ballots = [
        marketer.call("create_ballot", title=f"Bench ballot {n}", reason_required=False)["ballot"]
        for n in range(config.ballots)
    ]
    plan = [[(b, rng.choice(DEFAULT_OPTIONS)) for b in ballots] for _ in desktops]
    started = time.monotonic()
    for agent, votes in zip(desktops, plan, strict=True):
        for ballot, option in votes:
            agent.send("vote", ballot=ballot, option=option)
    stored: Counter[tuple[int, str]] = Counter()
    errors: Counter[str] = Counter()
    for agent, votes in zip(desktops, plan, strict=True):
        for ballot, option in votes:
            reply = agent.receive(timeout=120.0)
            if "error" in reply:
                errors[reply["kind"]] += 1
            else:
                stored[(ballot, option)] += 1
    seconds = time.monotonic() - started
    cast = sum(stored.values())
    engine = sa.create_engine(normalise_db_url(db_url))
    try:
        with engine.connect() as conn:  # the owner: row-level security does not hide anything
            rows = conn.execute(
                sa.text("SELECT ballot_id, option, count(*) FROM votes GROUP BY ballot_id, option")
            ).all()
    finally:
        engine.dispose()
    in_db: Counter[tuple[int, str]] = Counter({(int(b), str(o)): int(n) for b, o, n in rows})
    lost = sum((stored - in_db).values())
    extra = sum((in_db - stored).values())
    say(f"votes: {cast} stored in {seconds:.2f} s, {sum(errors.values())} refused, {lost} lost")
    run.timings["vote_phase_s"] = seconds
    return {
        "ballots": len(ballots),
        "votes_sent": sum(len(v) for v in plan),
        "votes_stored": cast,
        "votes_refused": dict(errors),
        "votes_in_db": sum(in_db.values()),
        "votes_lost": lost,
        "votes_unexpected": extra,
        "votes_per_s": round(cast / seconds, 1) if seconds > 0 else None,
    }


def _call_all(agents: list[AgentProcess], op: str, **args: Any) -> list[dict[str, Any]]:
    """Send `op` to every agent first, then collect the answers: the desktops work at once."""
    for agent in agents:
        agent.send(op, **args)
    replies = []
    for agent in agents:
        reply = agent.receive(timeout=120.0)
        if "error" in reply:
            raise AgentFailed(f"{agent.name} {op}: {reply['kind']}: {reply['error']}", reply)
        replies.append(reply)
    return replies


def _connections(server_url: str, db_url: str) -> int:
    """Connections to the bench database now (the desktops' pools and LISTENs)."""
    engine = sa.create_engine(normalise_db_url(server_url))
    try:
        with engine.connect() as conn:
            count = conn.execute(
                sa.text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d"),
                {"d": sa.engine.make_url(db_url).database},
            ).scalar_one()
            return int(count)
    finally:
        engine.dispose()


def _pct(values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile of sorted `values`."""
    if not values:
        return None
    rank = max(1, -(-len(values) * pct // 100))  # ceil
    return round(values[int(rank) - 1], 3)


def format_report(result: dict[str, Any]) -> str:
    """The figures as a two-column table."""
    rows = [
        ("desktops × files", f"{result['desktops']} × {result['files']} = {result['pairs']} pairs"),
        ("propagation p50", _secs(result["propagation_p50_s"])),
        ("propagation p95", _secs(result["propagation_p95_s"])),
        ("propagation max", _secs(result["propagation_max_s"])),
        ("pairs missed (timeout)", str(result["missed"])),
        (
            "votes stored / sent",
            f"{result['votes_stored']} / {result['votes_sent']} on {result['ballots']} ballots",
        ),
        ("votes/s (RLS on)", str(result["votes_per_s"])),
        ("votes in DB (owner)", str(result["votes_in_db"])),
        ("votes lost", str(result["votes_lost"])),
        ("desktops rebuilt / offline", f"{result['desktops_rebuilt']} / {result['desktops_offline']}"),
        ("server connections", str(result["server_connections"])),
        ("desktops started in", _secs(result.get("start_desktops_s"))),
        ("cores / load before", f"{result['cores']} / {result['load_1m_before']}"),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def _secs(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f} s"
