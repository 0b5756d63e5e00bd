"""Layering rules from STYLE.md, checked mechanically."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_only_ui_imports_qt() -> None:
    """import-linter's contract in pyproject.toml: Qt stays inside enablement.ui."""
    linter = Path(sys.executable).with_name("lint-imports")
    if not linter.exists():
        pytest.fail("import-linter is not installed (pip install '.[test]')")
    result = subprocess.run([str(linter)], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_headless_import_does_not_load_qt() -> None:
    code = (
        "import sys, enablement.cli, enablement.app, enablement.ingest.pipeline, enablement.search.service;"
        "enablement.cli.build_parser();"
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
