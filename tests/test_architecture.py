"""The house plan from STYLE.md ("Architecture"), checked mechanically.

The rules live as import-linter contracts in pyproject.toml; these tests run all
of them and make sure none is quietly dropped.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# One line per rule of the plan; removing a contract from pyproject.toml must be a decision.
CONTRACTS = {
    "Only enablement.ui imports Qt",
    "The store knows nothing above it (search and ingest read it, never the other way round)",
    "Ingest does not import search (the index follows the database through LibraryService.sync)",
    "Domain packages and services import neither the front ends nor the composition root",
    "Layers: front ends > composition root > services > domain > store > plain data",
    "enablement.team stands on the store alone (the services and front ends use it, not the reverse)",
    "Only the folder watch imports watchdog (its threads and events stay behind FolderWatchService)",
}


def test_import_contracts_all_hold() -> None:
    """`lint-imports` runs every contract in pyproject.toml (Qt only in ui, the store below search and
    ingest, ingest without search, no domain package importing cli/ui/app, and the layers) and all hold."""
    linter = Path(sys.executable).with_name("lint-imports")
    if not linter.exists():
        pytest.fail("import-linter is not installed (pip install '.[test]')")
    result = subprocess.run([str(linter)], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in result.stdout, result.stdout


def test_every_layer_rule_has_its_contract() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    names = {c["name"] for c in config["tool"]["importlinter"]["contracts"]}
    assert names == CONTRACTS


def test_headless_import_does_not_load_qt() -> None:
    """The command line with all its verbs, the composition root and the services import without Qt."""
    code = (
        "import json, sys, enablement.cli, enablement.app, enablement.services, enablement.ingest.pipeline,"
        " enablement.search.service, enablement.voting.service, enablement.insights;"
        "enablement.cli.build_parser();"
        "print(json.dumps([sorted(m for m in sys.modules if m.startswith('enablement.cli.')),"
        " 'PySide6' in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    verbs, qt_loaded = json.loads(out)
    areas = ("library", "search", "voting", "intel", "bench", "desktop")
    expected = {f"enablement.cli.{area}" for area in areas}
    assert expected <= set(verbs)
    assert qt_loaded is False


def test_missing_command_module_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """COMMAND_MODULES may name a verb module that is not there yet (enablement.cli.team)."""
    import enablement.cli as cli

    assert "enablement.cli.team" in cli.COMMAND_MODULES
    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "enablement.cli.no_such_area"))
    parser = cli.build_parser()
    assert parser.parse_args(["search", "x"]).command == "search"
