"""Smoke test of `enablement bench team`: three desktops and two files, all measured, nothing lost.

The real run (50 desktops) is a benchmark, not a test: see README "Team server benchmark".
"""

from __future__ import annotations

import pytest

from enablement.bench.team import TeamBenchConfig, format_report, run_team_bench
from tests.conftest import pg_url
from tests.unit.team.conftest import skip_without_pg

pytestmark = [pytest.mark.pg, pytest.mark.slow]
skip_without_pg()


def test_bench_team_small_run() -> None:
    server = pg_url()
    assert server is not None
    result = run_team_bench(
        TeamBenchConfig(server_url=server, desktops=3, files=2, ballots=2), say=lambda _text: None
    )
    assert (result["pairs"], result["missed"]) == (6, 0)
    assert result["propagation_max_s"] is not None and result["propagation_max_s"] < 10.0
    assert result["votes_stored"] == result["votes_in_db"] == 6
    assert result["votes_lost"] == result["votes_unexpected"] == 0
    assert result["desktops_rebuilt"] == result["desktops_offline"] == 0
    assert "propagation p95" in format_report(result)
