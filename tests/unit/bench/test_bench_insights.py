"""A tiny run of benchmarks/bench_insights.py (SQLite; PostgreSQL when configured): it keeps working."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import pg_url

pytestmark = pytest.mark.slow

_SCRIPT = Path(__file__).resolve().parents[3] / "benchmarks" / "bench_insights.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_insights", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_insights", module)
    spec.loader.exec_module(module)
    return module


def test_smoke_run(capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_url()
    argv = ["--searches", "2000", "--runs", "1", "--json"] + (["--pg", url] if url else ["--no-pg"])
    assert _bench().main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rows"]["search_log"] == 2000
    assert report["same_dashboard"] == "all"
    backends = {"sqlite", "postgresql", "team seller"} if url else {"sqlite"}
    assert set(report["figures"]) == backends
    for figures in report["figures"].values():
        assert {"freshness", "coverage", "response", "voice", "demand", "usage"} <= set(figures)
