"""`enablement search` as scripts use it: the --json contract and the human output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from enablement.cli import main
from enablement.store import Library
from tests.unit.search.conftest import build_fixture_library


@pytest.fixture
def lib_dir(tmp_path: Path) -> str:
    root = tmp_path / "lib"
    with Library(root) as library:
        build_fixture_library(library)
    return str(root)


def test_json_contract(lib_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--library", lib_dir, "search", "маршрутизатор", "--kind", "catalog", "--limit", "1", "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    # the switch row matches too: its catalog's product is «Маршрутизаторы»
    assert data["query"] == "маршрутизатор" and data["correction"] is None and data["total"] == 3
    assert [(h["source"], h["unit"], h["number"]) for h in data["hits"]] == [("price.xlsx", "row", 1)]
    assert data["facets"]["kind"] == {"catalog": 3}


def test_correction_and_no_correct(lib_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--library", lib_dir, "search", "rjyrehtyn", "--json"])
    assert json.loads(capsys.readouterr().out)["correction"] == {"type": "layout", "query": "конкурент"}
    main(["--library", lib_dir, "search", "rjyrehtyn", "--no-correct", "--json"])
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_human_output_and_grouping(lib_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--library", lib_dir, "search", "PX-200"])
    out = capsys.readouterr().out
    assert "Row 1 — Прайс-лист 2026 — Артикул: **PX-200**" in out
    main(["--library", lib_dir, "search", "Globex", "--group", "--archived"])
    out = capsys.readouterr().out
    assert "#2 Battle card: Globex (battlecard, globex.md)" in out
    assert "old.pptx" in out


def test_an_items_further_hits_are_one_line(lib_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The deck has five slides about Альфа-Софт: three are listed, two collapse under the third."""
    main(["--library", lib_dir, "search", "competitor:Альфа-Софт"])
    out = capsys.readouterr().out
    assert out.count("alfa-pitch.pptx") == 3
    assert "    + 2 more from this item (Slide 4, Slide 5)\n" in out
    main(["--library", lib_dir, "search", "competitor:Альфа-Софт", "--json"])
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [h["number"] for h in hits] == [1, 2, 3]
    assert hits[2]["more_count"] == 2 and [h["number"] for h in hits[2]["more"]] == [4, 5]
    assert "more" not in hits[0]


def test_partial_hits_say_so(lib_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--library", lib_dir, "search", "скидка маршрутизатор"])
    out = capsys.readouterr().out
    assert "No unit has all the words" in out and "(partial) " in out
