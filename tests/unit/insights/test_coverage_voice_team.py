"""On a team server a seller reads the coverage and voice trends through the SECURITY DEFINER
functions, which hold the minimum group whatever the seller asks; never anyone's votes or searches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.store.library import Library
from enablement.store.repository import log_search
from enablement.team import generate_password, login_url
from enablement.voting import VotingService
from enablement.voting.models import BallotSpec, Product
from tests.helpers.team import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()

WINDOW = "now() + interval '1 hour', now() - interval '7 days'"


def _search(team: Team, tmp_path: Path, who: str, query: str) -> None:
    with Library(tmp_path / who, team.url(who)) as lib, lib.transaction() as conn:
        log_search(conn, query=query, hits=2, took_ms=1.0, user=team.name(who))


def _ballot_with_votes(team: Team, tmp_path: Path, voters: list[str]) -> None:
    """A ballot for North and South, voted "Will sell it" by each of `voters`, closed and decided Go."""
    mia = team.name("mia")
    with Library(tmp_path / "mia", team.url("mia")) as lib:
        spec = BallotSpec(title="Router X2", product=Product(name="Router X2"), audience=["North", "South"])
        ballot = VotingService(lib).create_ballot(mia, spec).id
    for who in voters:
        with Library(tmp_path / who, team.url(who)) as lib:
            VotingService(lib).vote(team.name(who), ballot, "Will sell it")
    with Library(tmp_path / "mia", team.url("mia")) as lib:
        VotingService(lib).close_ballot(mia, ballot)
        VotingService(lib).decide(mia, ballot, "Go", "the field agreed")


def test_a_seller_reads_the_trends_through_the_functions(team: Team, tmp_path: Path) -> None:
    with team.owner() as conn:
        conn.execute(
            "INSERT INTO items (title, kind, status, language, competitors, products, tags, owner, "
            "created_at, updated_at, source_name, sha256, current_version, indexed_version) "
            "VALUES ('Acme card', 'battlecard', 'published', 'en', '[\"Acme\"]', '[]', '[]', '', "
            "now() - interval '30 days', "
            "now() - interval '30 days', 'a.md', repeat('0', 64), 1, 1)"
        )
    for who in ("sam", "sue"):
        _search(team, tmp_path, who, "acme pricing")
    _ballot_with_votes(team, tmp_path, ["sam"])
    with team.connect("sam") as conn:
        rows = conn.execute(
            "SELECT competitor, week, searches, people "
            f"FROM enablement_insights_search_competitors_weekly({WINDOW})"
        ).fetchall()
        assert sorted(rows, key=str) == sorted(
            [("Acme", 0, None, None), ("Acme", -1, None, None), (None, 0, None, None)], key=str
        )
        # Two sellers asked: the week's turnout is withheld in SQL, not by the caller.
        assert conn.execute(f"SELECT * FROM enablement_insights_voice_weekly({WINDOW})").fetchall() == [
            (0, None, None, None)
        ]
        assert conn.execute("SELECT count(*) FROM votes").fetchone() == (1,)  # his own vote only
        config = conn.execute(
            "SELECT proconfig FROM pg_proc WHERE proname = 'enablement_insights_search_competitors_weekly'"
        ).fetchone()
        assert config is not None and "jit=off" in config[0]  # seconds of JIT compiling otherwise
    password = generate_password()
    with team.admin() as admin:
        admin.add(team.name("tom"), "sales", "North", password)
    team.logins["tom"] = (login_url(team.owner_url, team.name("tom"), password), password)
    _search(team, tmp_path, "tom", "Acme vs others")
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        board = InsightsService(lib, gaps=GapService(lib)).dashboard(
            weeks=2, now=datetime.now(UTC) + timedelta(minutes=5)
        )
    assert [w.value for w in board.coverage_trend.weekly_searches] == [None, 3]
    assert [w.value for w in board.coverage_trend.weekly_share_with_battlecard] == [1.0, 1.0]
    assert [
        (c.competitor, [w.value for w in c.weekly_searches]) for c in board.coverage_trend.competitors
    ] == [("Acme", [None, 3])]
    # Three sellers asked now (tom joined North): one vote of three pairs.
    assert [w.value for w in board.voice.weekly_turnout] == [None, 0.3333]
    assert [w.value for w in board.voice.weekly_share_with_majority] == [None, 1.0]
