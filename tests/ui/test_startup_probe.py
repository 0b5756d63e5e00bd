"""ENABLEMENT_EXIT_AFTER_FIRST_WINDOW: the real `enablement` process comes up, says so and leaves cleanly.

The bundle's smoke test (tests/bundle) relies on this to see the frozen app open its window and to time
its start; here the same switch runs the app from the source tree in its own process, so a break in
`run_app` or in the probe shows without building a bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from enablement.ui.startup_probe import ENV_EXIT_AFTER, FIRST_WINDOW_LINE, READY_LINE, mode

pytestmark = pytest.mark.slow


def _run_app(tmp_path: Path, value: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        ENV_EXIT_AFTER: value,
    }
    return subprocess.run(
        [sys.executable, "-m", "enablement", "--library", str(tmp_path / "library")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ready_mode_opens_the_library_then_closes_like_a_person(tmp_path: Path) -> None:
    result = _run_app(tmp_path, "ready")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("enablement: ")]
    assert lines == [FIRST_WINDOW_LINE, READY_LINE]
    assert "Traceback" not in result.stderr
    # closed through the window's closeEvent: the settings were saved, the library was created
    conf = (tmp_path / "config" / "EnablementHub" / "Enablement Hub.conf").read_text(encoding="utf-8")
    assert f"last={tmp_path / 'library'}" in conf and "geometry" in conf
    assert (tmp_path / "library" / "library.db").is_file()


def test_window_mode_leaves_after_the_first_paint(tmp_path: Path) -> None:
    result = _run_app(tmp_path, "1")
    assert result.returncode == 0, result.stdout + result.stderr
    said = [line for line in result.stdout.splitlines() if line.startswith("enablement: ")]
    assert said == [FIRST_WINDOW_LINE]


def test_the_switch_is_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = (("", None), ("0", None), ("1", "window"), ("window", "window"), ("READY", "ready"))
    for value, expected in cases:
        monkeypatch.setenv(ENV_EXIT_AFTER, value)
        assert mode() == expected
    monkeypatch.delenv(ENV_EXIT_AFTER)
    assert mode() is None
