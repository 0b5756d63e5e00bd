"""The repository stands on its own: without ../shared the corpus tests skip, in CI they fail.

Runs a real test module (the pptx extractor's, every test of which reads the
real-file corpus) in a pytest subprocess with `ENABLEMENT_SHARED` pointing at an
empty folder, once as a fresh clone would and once as CI does.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, REQUIRE_SHARED_ENV, SHARED_ENV

CORPUS_MODULE = "tests/unit/ingest/test_pptx.py"


def _pytest(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != REQUIRE_SHARED_ENV}
    env.update({SHARED_ENV: str(tmp_path / "nowhere"), "QT_QPA_PLATFORM": "offscreen", **extra})
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", CORPUS_MODULE]
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_without_shared_the_corpus_tests_skip_under_one_line(tmp_path: Path) -> None:
    run = _pytest(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    skipped = [line for line in run.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1, run.stdout
    count = int(re.search(r"SKIPPED \[(\d+)\]", skipped[0]).group(1))  # type: ignore[union-attr]
    assert count > 10 and f"{count} skipped" in run.stdout, run.stdout
    assert "the real-file corpus is not at" in skipped[0] and str(tmp_path / "nowhere") in skipped[0]
    assert f"{REQUIRE_SHARED_ENV}=1 makes this a failure" in skipped[0]
    assert "passed" not in run.stdout.splitlines()[-1] and "failed" not in run.stdout


def test_when_ci_requires_shared_a_missing_corpus_fails(tmp_path: Path) -> None:
    run = _pytest(tmp_path, **{REQUIRE_SHARED_ENV: "1"})
    assert run.returncode == 1, run.stdout + run.stderr
    last = run.stdout.splitlines()[-1]
    assert re.search(r"\d+ (failed|errors?)", last), run.stdout
    assert "skipped" not in last and "passed" not in last, run.stdout
    assert f"and {REQUIRE_SHARED_ENV} is set" in run.stdout


def test_every_test_reaches_shared_through_need_shared() -> None:
    """No test builds a path into ../shared itself (it would fail, not skip, in a fresh clone)."""
    offenders = []
    for path in (REPO / "tests").rglob("*.py"):
        if path.name in {"conftest.py", "test_standalone.py"} and path.parent.name == "tests":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"""/\s*["']shared["']|["'][^"'\n]*/work/shared|REPO\.parent|make_corpus\.py""", text):
            offenders.append(path.relative_to(REPO))
    assert offenders == [], offenders
