"""Three desktops on one team server, each a real process with its own index folder.

Desktop 1 is a marketer, desktop 2 a seller, desktop 3 a second marketer who reaches the server
through a TCP proxy the test can cut: that takes desktop 3 offline while the shared PostgreSQL
server stays up for everyone else. The desktops are `enablement.bench.desktop_agent` processes
built exactly as the app builds its services, so what is checked here is what a desktop sees:
changes arrive through the change log (no rebuild), a decision publishes a draft everywhere, an
offline desktop keeps searching its own copy and catches up when the server is back.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from enablement.bench.agents import AgentProcess, desktop_url
from enablement.store.library import normalise_db_url
from enablement.team import TeamAdmin, generate_password
from tests.conftest import PG_ENV, pg_url
from tests.helpers.tcp_proxy import TcpProxy
from tests.helpers.team import drop_logins, fresh_database, skip_without_pg

pytestmark = [pytest.mark.pg, pytest.mark.slow]
skip_without_pg()

SOON_S = 10.0  # "within seconds": a change must be findable on every desktop by then


@dataclass
class Desktops:
    marketer: AgentProcess  # desktop 1
    seller: AgentProcess  # desktop 2
    remote: AgentProcess  # desktop 3, a marketer behind the proxy
    proxy: TcpProxy
    files: Path

    @property
    def all(self) -> list[AgentProcess]:
        return [self.marketer, self.seller, self.remote]

    def write(self, name: str, text: str) -> str:
        """A file to import, in the test's folder; returns its path."""
        path = self.files / name
        path.write_text(text, encoding="utf-8")
        return str(path)


@pytest.fixture(scope="module")
def team_url() -> Iterator[str]:
    """The owner's URL of a fresh database (created here, so an unreachable server fails the test)."""
    assert pg_url() is not None, PG_ENV
    with fresh_database("desks") as url:
        yield url


@pytest.fixture(scope="module")
def desktops(team_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktops]:
    suffix = uuid.uuid4().hex[:8]
    root = tmp_path_factory.mktemp("desktops")
    owner = sa.engine.make_url(normalise_db_url(team_url))
    with ExitStack() as stack:
        stack.callback(drop_logins, team_url, suffix)
        TeamAdmin.init(team_url, f"ada_{suffix}", generate_password(), team="HQ")
        passwords = {who: generate_password() for who in ("mia", "sam", "max")}
        with TeamAdmin(team_url) as admin:
            admin.add(f"mia_{suffix}", "marketing", "HQ", passwords["mia"])
            admin.add(f"sam_{suffix}", "sales", "North", passwords["sam"])
            admin.add(f"max_{suffix}", "marketing", "HQ", passwords["max"])
        proxy = stack.enter_context(TcpProxy((owner.host or "127.0.0.1", owner.port or 5432)))
        agents = []
        for n, who, port in [(1, "mia", None), (2, "sam", None), (3, "max", proxy.port)]:
            url = desktop_url(team_url, f"{who}_{suffix}", port=port)
            agent = AgentProcess(
                f"desktop {n}", folder=root / f"desk{n}", db_url=url, password=passwords[who]
            )
            agents.append(agent)
            stack.callback(agent.stop)  # before the proxy closes: desktop 3 quits while online
            agent.start()
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(lambda a: a.wait_ready(90.0), agents))
        files = root / "files"
        files.mkdir()
        yield Desktops(*agents, proxy=proxy, files=files)


def test_changes_decisions_and_an_offline_desktop(desktops: Desktops) -> None:
    d1, d2, d3 = desktops.all
    before = {a.name: a.call("state") for a in desktops.all}
    assert all(s["online"] for s in before.values())

    # 1. A marketer imports a file: the others find it within seconds, through the change log.
    first = d1.call(
        "import", paths=[desktops.write("alpha.md", "# Alpha brief\n\nThe quokkafirst bundle.\n")]
    )
    assert first["imported"] == 1 and first["committed_at"] is not None
    alpha = first["item_ids"][0]
    for agent in (d2, d3):
        waited = agent.call("wait_found", q="quokkafirst", timeout=SOON_S)
        assert waited["found"], f"{agent.name} did not find the new file within {SOON_S} s"
        assert agent.call("search", q="quokkafirst")["items"] == [alpha]
    for agent in (d2, d3):
        state = agent.call("state")
        assert state["feed_position"] > before[agent.name]["feed_position"]
        assert state["rebuilds"] == before[agent.name]["rebuilds"]  # followed the feed, no rebuild

    # 2. A draft deck is put to a vote: a seller votes, may not decide; another marketer decides Go.
    draft = d1.call(
        "import",
        paths=[desktops.write("draft.md", "# Router launch deck\n\nThe narwhaldraft router.\n")],
        status="draft",
    )
    deck = draft["item_ids"][0]
    assert all(a.call("search", q="narwhaldraft")["total"] == 0 for a in desktops.all)  # drafts hide
    ballot = d1.call("create_ballot", title="Ship the router deck?", item=deck)["ballot"]
    assert d2.call("vote", ballot=ballot, option="Will sell it")["option"] == "Will sell it"
    refused = d2.request("decide", ballot=ballot, outcome="go", rationale="I like it")
    assert refused["kind"] == "PermissionDenied", refused
    assert "Traceback" not in refused["error"]
    assert d2.call("ballot", id=ballot)["status"] == "open"  # the seller's desktop is still serving
    assert d3.call("close", ballot=ballot)["status"] == "closed"
    decided = d3.call("decide", ballot=ballot, outcome="go", rationale="Sales will sell it")
    assert decided == {"ballot": ballot, "status": "decided", "outcome": "Go"}
    for agent in desktops.all:
        assert agent.call("wait_found", q="narwhaldraft", timeout=SOON_S)["found"], agent.name
        assert agent.call("search", q="narwhaldraft")["items"] == [deck]
        seen = agent.call("ballot", id=ballot)
        assert (seen["status"], seen["outcome"], seen["votes"], seen["item"]) == ("decided", "Go", 1, deck)

    # 3. Desktop 3 goes offline: it says so and keeps searching its own copy.
    desktops.proxy.cut()
    assert _wait_state(d3, online=False)["problem"], "desktop 3 did not notice the server went away"
    assert d3.call("search", q="quokkafirst")["items"] == [alpha]
    assert d3.call("search", q="narwhaldraft")["items"] == [deck]
    offline_at = d3.call("state")["feed_position"]

    # Meanwhile the marketer imports another file and removes the first one.
    second = d1.call("import", paths=[desktops.write("beta.md", "# Beta brief\n\nThe wombatsecond kit.\n")])
    beta = second["item_ids"][0]
    assert d1.call("remove", item=alpha)["removed"] == alpha
    assert d2.call("wait_found", q="wombatsecond", timeout=SOON_S)["found"]
    assert d2.call("wait_gone", q="quokkafirst", timeout=SOON_S)["gone"]
    assert d3.call("search", q="wombatsecond")["total"] == 0  # not while offline
    assert d3.call("search", q="quokkafirst")["items"] == [alpha]
    assert d3.call("state")["feed_position"] == offline_at

    # 4. Back online: desktop 3 catches up within seconds, without a rebuild.
    desktops.proxy.restore()
    found = d3.call("wait_found", q="wombatsecond", timeout=SOON_S)
    assert found["found"], "desktop 3 did not catch up after the server came back"
    assert d3.call("wait_gone", q="quokkafirst", timeout=SOON_S)["gone"]
    assert d3.call("search", q="wombatsecond")["items"] == [beta]
    assert _wait_state(d3, online=True)["feed_position"] > offline_at
    for agent in desktops.all:
        assert agent.call("state")["rebuilds"] == before[agent.name]["rebuilds"], agent.name


def test_agent_answers_errors_and_keeps_running(desktops: Desktops) -> None:
    d1, d2, _ = desktops.all
    ballot = d1.call("create_ballot", title="Anything to say?")["ballot"]
    for request, kind in [
        ({"op": "decide", "ballot": ballot, "outcome": "go", "rationale": "no"}, "PermissionDenied"),
        ({"op": "close", "ballot": ballot}, "PermissionDenied"),
        ({"op": "ballot", "id": 999_999}, "NotFound"),
        ({"op": "vote", "ballot": ballot}, "BadRequest"),
        ({"op": "fly"}, "BadRequest"),
    ]:
        op = request.pop("op")
        reply = d2.request(str(op), **request)
        assert reply.get("kind") == kind, (op, reply)
    assert d2.call("state")["user"].startswith("sam_")


def _wait_state(agent: AgentProcess, *, online: bool, timeout: float = 15.0) -> dict[str, object]:
    """Ask the agent for its state until it reports `online` (the follower notices within seconds)."""
    deadline = time.monotonic() + timeout
    while True:
        state = agent.call("state")
        if state["online"] is online or time.monotonic() > deadline:
            assert state["online"] is online, f"{agent.name} still reports online={state['online']}"
            return state
        time.sleep(0.1)
