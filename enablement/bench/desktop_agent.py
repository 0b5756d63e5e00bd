"""A headless desktop for tests and benchmarks: the app's services, driven by JSON lines.

    python -m enablement.bench.desktop_agent --library DIR --db URL   (password: ENABLEMENT_PASSWORD)

It builds the services exactly as the desktop app does (`build_services`, no demo library), starts
following the team server, prints one `{"ready": true, ...}` line, then reads one JSON command per
line on stdin and answers one JSON line on stdout. A request may carry an "id", echoed back.

    {"op": "import", "paths": [...], "status": "draft"?}  -> {"imported", "updated", "unchanged",
                                                              "item_ids", "rejected", "committed_at"}
    {"op": "remove", "item": 12}                            -> {"removed": 12, "title"}
    {"op": "search", "q": "...", "limit": 20?}              -> {"total", "items", "titles"}
    {"op": "wait_found", "q": "...", "timeout": 10?}        -> {"found", "seconds", "total"}
    {"op": "wait_gone", "q": "...", "timeout": 10?}         -> {"gone", "seconds", "total"}
    {"op": "watch", "words": [...]}                         -> {"watching"}
    {"op": "watched"}                                       -> {"found": {word: wall time}, "pending"}
    {"op": "create_ballot", "title", "item"?, "question"?, "options"?, "hide_totals"?,
     "reason_required"?, "audience"?}                       -> {"ballot", "status"}
    {"op": "vote", "ballot", "option", "reason"?}           -> {"ballot", "option", "voter"}
    {"op": "close", "ballot"}                               -> {"ballot", "status"}
    {"op": "decide", "ballot", "outcome", "rationale"}      -> {"ballot", "status", "outcome"}
    {"op": "ballot", "id"}                                  -> {"id", "status", "outcome", "votes", "item"}
    {"op": "state"}                                         -> {"online", "feed_position", "user",
                                                              "rebuilds", "problem", "pid"}
    {"op": "quit"}                                          -> {"bye": true}, then the agent exits

`wait_found`/`wait_gone` poll the local index only (never the server), which is the point: they
say when this desktop's own search sees a change. `watch` does the same in the background for
benchmarks: each word is searched after every catch-up of the follower (and every WATCH_POLL_S),
and the wall-clock time (`time.time()`, comparable between processes on one machine) at which the
local search first found it is kept for `watched`. `committed_at` in the import answer is the wall
time just after the import's first transaction committed.

Errors answer `{"error": message, "kind": ClassName}` and the agent keeps going: an
EnablementError (`PermissionDenied`, `NotFound`, `DatabaseUnavailable`, …) is the user's to act on;
`BadRequest` is a malformed command. A bug also answers, and its traceback goes to stderr. Only the
protocol is written to stdout; logging and stray prints go to stderr. A failure to start (wrong
password, server away) prints one error line and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.domain import ItemMeta, ItemStatus
from enablement.errors import EnablementError
from enablement.voting.models import BallotSpec, Outcome

log = logging.getLogger(__name__)

WATCH_POLL_S = 1.0  # a look without a wake-up; each catch-up of the follower wakes the watcher at once
WAIT_POLL_S = 0.05  # how often wait_found / wait_gone search the local index

Reply = dict[str, Any]


class BadRequest(Exception):
    """A command the agent cannot read: not JSON, an unknown op, a missing or wrong argument."""


class DesktopAgent:
    """Answers the JSON commands of one headless desktop.

    Args:
        services: built by `build_services`; the agent starts following with them and closes
            them in `close()`.

    Attributes:
        running: False once `quit` was answered.
    """

    def __init__(self, services: Services) -> None:
        self.services = services
        self.running = True
        self._online = True
        self._problem: str | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._pending: set[str] = set()
        self._found: dict[str, float] = {}
        self._watcher = threading.Thread(target=self._watch_loop, name="agent-watcher", daemon=True)
        self._ops: dict[str, Callable[[dict[str, Any]], Reply]] = {
            "import": self._import,
            "remove": self._remove,
            "search": self._search,
            "wait_found": lambda req: self._wait(req, want_found=True),
            "wait_gone": lambda req: self._wait(req, want_found=False),
            "watch": self._watch,
            "watched": self._watched,
            "create_ballot": self._create_ballot,
            "vote": self._vote,
            "close": self._close,
            "decide": self._decide,
            "ballot": self._ballot,
            "state": self._state,
            "quit": self._quit,
        }

    def start(self) -> None:
        """Follow the team server and start the background watcher."""
        self.services.start_following(self._on_state)
        self._watcher.start()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._watcher.is_alive():
            self._watcher.join(5.0)
        self.services.close()

    # ------------------------------------------------------------ the protocol

    def handle_line(self, line: str) -> Reply:
        """One command line in, one answer out; never raises."""
        request: dict[str, Any] = {}
        try:
            try:
                request = json.loads(line)
            except ValueError as exc:
                raise BadRequest(f"not JSON: {exc}") from None
            if not isinstance(request, dict):
                raise BadRequest("a command is a JSON object")
            op = request.get("op")
            handler = self._ops.get(op) if isinstance(op, str) else None
            if handler is None:
                raise BadRequest(f"unknown op {op!r}; known: {', '.join(sorted(self._ops))}")
            reply = handler(request)
        except (EnablementError, BadRequest) as exc:
            reply = {"error": str(exc), "kind": type(exc).__name__}
        except Exception as exc:  # a bug: answer it, keep running, and leave the traceback on stderr
            log.exception("desktop agent: %s failed", request.get("op"))
            reply = {"error": str(exc) or repr(exc), "kind": type(exc).__name__, "bug": True}
        if "id" in request:
            reply["id"] = request["id"]
        return reply

    def serve(self, lines: IO[str], out: IO[str]) -> None:
        """Answer commands from `lines` until `quit` or end of input."""
        for line in lines:
            if not line.strip():
                continue
            write_line(out, self.handle_line(line))
            if not self.running:
                break

    # ------------------------------------------------------------ library

    def _import(self, req: dict[str, Any]) -> Reply:
        paths = [Path(p) for p in _arg(req, "paths", list)]
        status = req.get("status")
        if status is not None and status not in set(ItemStatus):
            raise BadRequest(f"import: status must be one of {', '.join(ItemStatus)}")
        meta = ItemMeta(status=ItemStatus(status)) if status else None
        committed: list[float] = []

        def progress(p: Any) -> None:
            if not committed and p.outcome in ("imported", "updated"):  # ticked right after the commit
                committed.append(time.time())

        report = self.services.library_service.import_paths(paths, meta, progress=progress, workers=1)
        return {
            "imported": report.imported,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "item_ids": report.item_ids,
            "rejected": [{"path": p, "reason": str(r)} for p, r in report.rejected],
            "committed_at": committed[0] if committed else None,
        }

    def _remove(self, req: dict[str, Any]) -> Reply:
        item = self.services.library_service.remove_item(_arg(req, "item", int))
        return {"removed": item.id, "title": item.title}

    def _search(self, req: dict[str, Any]) -> Reply:
        response = self.services.search.search(_arg(req, "q", str), limit=int(req.get("limit", 20)))
        items: list[int] = []
        titles: list[str] = []
        for hit in response.hits:
            if hit.item not in items:
                items.append(hit.item)
                titles.append(hit.title)
        return {"total": response.total, "items": items, "titles": titles}

    def _wait(self, req: dict[str, Any], *, want_found: bool) -> Reply:
        query = _arg(req, "q", str)
        timeout = float(req.get("timeout", 10.0))
        started = time.monotonic()
        while True:
            total = self._local_total(query)
            if (total > 0) == want_found or time.monotonic() - started >= timeout:
                break
            time.sleep(WAIT_POLL_S)
        key = "found" if want_found else "gone"
        return {
            key: (total > 0) == want_found,
            "seconds": round(time.monotonic() - started, 3),
            "total": total,
        }

    def _local_total(self, query: str) -> int:
        """Hits of `query` in this desktop's own index (not logged: a poll is not a user's search)."""
        return self.services.search.search(query, limit=1, log=False, correct=False).total

    # ------------------------------------------------------------ watching (benchmarks)

    def _watch(self, req: dict[str, Any]) -> Reply:
        words = [str(w) for w in _arg(req, "words", list)]
        with self._lock:
            self._pending.update(w for w in words if w not in self._found)
            watching = len(self._pending)
        self._wake.set()
        return {"watching": watching}

    def _watched(self, req: dict[str, Any]) -> Reply:
        with self._lock:
            return {"found": dict(self._found), "pending": sorted(self._pending)}

    def _watch_loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(WATCH_POLL_S)
            self._wake.clear()
            with self._lock:
                pending = list(self._pending)
            for word in pending:
                try:
                    hit = self._local_total(word) > 0
                except Exception:
                    log.exception("desktop agent: watching %r failed", word)
                    continue
                if hit:
                    at = time.time()
                    with self._lock:
                        self._pending.discard(word)
                        self._found.setdefault(word, at)

    def _on_state(self, state: Any) -> None:
        """The follower's callback (on its thread): remember online/offline, wake the watcher."""
        self._online = state.online
        self._problem = str(state.problem) if state.problem is not None else None
        self._wake.set()

    # ------------------------------------------------------------ voting

    def _create_ballot(self, req: dict[str, Any]) -> Reply:
        spec = BallotSpec(
            title=_arg(req, "title", str),
            question=str(req.get("question", "")),
            item_id=int(req["item"]) if req.get("item") is not None else None,
            options=list(req["options"]) if req.get("options") else None,
            reason_required=bool(req.get("reason_required", True)),
            hide_totals=bool(req.get("hide_totals", True)),
            audience=list(req.get("audience") or []),
        )
        ballot = self.services.voting.create_ballot(self.services.user, spec)
        return {"ballot": ballot.id, "status": ballot.status.value}

    def _vote(self, req: dict[str, Any]) -> Reply:
        vote = self.services.voting.vote(
            self.services.user, _arg(req, "ballot", int), _arg(req, "option", str), str(req.get("reason", ""))
        )
        return {"ballot": vote.ballot_id, "option": vote.option, "voter": vote.voter}

    def _close(self, req: dict[str, Any]) -> Reply:
        ballot = self.services.voting.close_ballot(self.services.user, _arg(req, "ballot", int))
        return {"ballot": ballot.id, "status": ballot.status.value}

    def _decide(self, req: dict[str, Any]) -> Reply:
        ballot = self.services.voting.decide(
            self.services.user,
            _arg(req, "ballot", int),
            Outcome.parse(_arg(req, "outcome", str)),
            str(req.get("rationale", "")),
        )
        return {
            "ballot": ballot.id,
            "status": ballot.status.value,
            "outcome": ballot.decision.outcome.value if ballot.decision else None,
        }

    def _ballot(self, req: dict[str, Any]) -> Reply:
        ballot = self.services.voting.get_ballot(_arg(req, "id", int))
        return {
            "id": ballot.id,
            "status": ballot.status.value,
            "outcome": ballot.decision.outcome.value if ballot.decision else None,
            "votes": ballot.votes,
            "item": ballot.item_id,
        }

    # ------------------------------------------------------------ this desktop

    def _state(self, req: dict[str, Any]) -> Reply:
        follower = self.services.follower
        online = follower.state.online if follower is not None else self._online
        return {
            "online": online,
            "feed_position": self.services.search.feed_position,
            "user": self.services.user,
            "rebuilds": self.services.search.rebuilds,
            "problem": None if online else self._problem,
            "pid": os.getpid(),
        }

    def _quit(self, req: dict[str, Any]) -> Reply:
        self.running = False
        return {"bye": True}


def _arg(req: dict[str, Any], name: str, kind: type) -> Any:
    """A required argument of the command, of the given JSON type (an int may come as a string)."""
    if name not in req:
        raise BadRequest(f"{req.get('op')}: {name!r} is missing")
    value = req[name]
    if kind is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            raise BadRequest(f"{req.get('op')}: {name!r} must be a whole number") from None
    if not isinstance(value, kind):
        raise BadRequest(f"{req.get('op')}: {name!r} must be a {kind.__name__}")
    return value


def write_line(out: IO[str], reply: Reply) -> None:
    out.write(json.dumps(reply, default=str, ensure_ascii=False) + "\n")
    out.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m enablement.bench.desktop_agent",
        description="A headless desktop answering JSON commands on stdin (tests and benchmarks).",
    )
    parser.add_argument("--library", required=True, help="this desktop's own folder (index, cache)")
    parser.add_argument("--db", required=True, help="the team library's URL (password: ENABLEMENT_PASSWORD)")
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), stream=sys.stderr, format="agent: %(message)s")
    out = sys.stdout
    sys.stdout = sys.stderr  # the protocol owns stdout; anything printed by accident goes to stderr
    try:
        services = build_services(Settings.resolve(args.library, args.db), create_demo=False)
    except EnablementError as exc:
        write_line(out, {"error": str(exc), "kind": type(exc).__name__})
        return 2
    agent = DesktopAgent(services)
    try:
        agent.start()
        write_line(out, {"ready": True, "user": services.user, "pid": os.getpid()})
        agent.serve(sys.stdin, out)
    finally:
        agent.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
