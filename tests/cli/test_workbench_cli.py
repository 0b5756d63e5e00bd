"""`enablement lint DECK` end to end (in-process `main`): library items and files, JSON and the
checklist, exit codes 0/1/2 and the bad inputs, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from enablement.cli import main
from enablement.workbench.deck_check import DeckCheckError, check_file
from tests.conftest import need_shared
from tests.unit.workbench.decks import NOTE, Slide, make_deck

THIS_YEAR = date.today().year
TODAY = date(2026, 6, 1)
CLEAN: list[Slide] = [
    ("Серверы PX", ["PX-200 со склада за 5 дней"], NOTE),
    (f"Цены {THIS_YEAR}", ["PX-200: 485 000 ₽"], NOTE),
    ("Next steps", ["Book a demo: sales@nordwind.example"], NOTE),
]
FLAWED: list[Slide] = [
    ("Тарифы", ["Цена по запросу"], NOTE),
    ("Против Globex", ["Globex медленнее", f"Данные {THIS_YEAR - 5} года"], NOTE),
    ("Серверы", ["PX-250 заменит PX-200"], NOTE),
    ("Спасибо!", [], ""),
]


class Lint:
    def __init__(self, library: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]) -> None:
        self.base = ["--library", str(library)] + (["--db", db_url] if db_url else [])
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main([*self.base, *args])
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def lint(tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]) -> Lint:
    return Lint(tmp_path / "lib", db_url, capsys)


@pytest.fixture
def imported(lint: Lint, tmp_path: Path) -> Path:
    """A library with a price list (codes PX-200, PX-300), the flawed deck and the clean deck."""
    files = tmp_path / "files"
    files.mkdir()
    (files / "pricelist.csv").write_text(
        "Артикул;Наименование;Цена\nPX-200;Сервер;485000\nPX-300;Сервер;1190000\n"
    )
    make_deck(files / "flawed.pptx", FLAWED, title="Flawed deck")
    make_deck(files / "clean.pptx", CLEAN, title="Clean deck")
    code, out, err = lint("import", str(files), "--competitor", "Globex")
    assert code == 0, (out, err)
    return files


def _item_id(lint: Lint, title: str) -> int:
    _, out, _ = lint("list", "--json")
    return next(i["id"] for i in json.loads(out) if i["title"] == title)


def test_lint_a_library_deck_as_json(lint: Lint, imported: Path) -> None:
    item = _item_id(lint, "Flawed deck")
    code, out, err = lint("lint", str(item), "--json")
    assert code == 1, err
    report = json.loads(out)
    assert report["source"] == f"#{item} v1" and report["slides"] == 4 and not report["clean"]
    got = [(f["slide"], f["rule"]) for f in report["findings"]]
    assert got == [
        (1, "pricing-without-number"),
        (2, "competitor-without-proof"),
        (2, "stale-date"),
        (3, "unknown-product-code"),
        (4, "no-call-to-action"),
        (4, "nothing-to-say"),
    ]
    codes = next(f for f in report["findings"] if f["rule"] == "unknown-product-code")
    assert codes["args"] == {"codes": "PX-250"} and "PX-250" in codes["evidence"]
    assert codes["template"] == "Product codes in no catalog of the library: {codes}."


def test_lint_by_title_path_and_file_name(lint: Lint, imported: Path) -> None:
    item = _item_id(lint, "Clean deck")
    for ref in (f"#{item}", "clean deck", "clean.pptx"):
        code, out, err = lint("lint", ref, "--json")
        assert (code, json.loads(out)["item_id"]) == (0, item), (ref, err)


def test_the_checklist_groups_findings_by_slide(lint: Lint, imported: Path) -> None:
    code, out, _ = lint("lint", "Flawed deck")
    assert code == 1
    assert out.splitlines()[0].endswith("4 slides): 6 findings")
    assert (
        "\nSlide 1\n  [ ] error   pricing-without-number: A pricing slide with no price or number on it.\n"
        in out
    )
    assert "        «Тарифы Цена по запросу»" in out
    assert out.index("Slide 2") < out.index("Slide 3") < out.index("Slide 4")
    assert "Names Globex without a proof point" in out


def test_a_clean_deck_exits_zero(lint: Lint, imported: Path) -> None:
    code, out, _ = lint("lint", "Clean deck")
    assert code == 0
    assert "no findings, the deck sells." in out


def test_a_pptx_file_not_in_the_library(lint: Lint, tmp_path: Path) -> None:
    path = make_deck(
        tmp_path / "outside.pptx", [("Pricing", ["Ask us"], NOTE), ("Contact", ["Call us"], NOTE)]
    )
    code, out, _ = lint("lint", str(path), "--json")
    report = json.loads(out)
    assert (code, report["item_id"], report["source"]) == (1, None, str(path))
    assert [f["rule"] for f in report["findings"]] == ["pricing-without-number"]
    assert report["skipped"] == ["Product codes were not checked: the library has no catalog with codes."]


def test_max_age_years(lint: Lint, tmp_path: Path) -> None:
    path = make_deck(tmp_path / "d.pptx", [("Facts", [f"Benchmark {THIS_YEAR - 3}"], NOTE), CLEAN[-1]])
    assert lint("lint", str(path), "--max-age-years", "2")[0] == 1
    assert lint("lint", str(path), "--max-age-years", "3")[0] == 0
    with pytest.raises(SystemExit) as refused:  # argparse's own exit status for a bad option: 2
        lint("lint", str(path), "--max-age-years", "-1")
    assert refused.value.code == 2
    assert "must be 0 or more, not -1" in lint.capsys.readouterr().err


def test_bad_input_exits_two_with_a_clear_message(lint: Lint, imported: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "deck.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    corrupt = tmp_path / "broken.pptx"
    corrupt.write_bytes(b"PK\x03\x04 not really a zip")
    catalog = _item_id(lint, "pricelist")
    cases = {
        str(tmp_path / "missing.pptx"): "No such file:",
        str(pdf): "deck.pdf is not a PowerPoint deck (.pptx)",
        str(corrupt): "broken.pptx cannot be read: corrupt or truncated",
        str(catalog): f"#{catalog} 'pricelist' is a catalog, not a deck.",
        "9999": "There is no item 9999 in this library",
        "No such deck": "No deck in the library has the id, title, file name or path 'No such deck'",
    }
    for ref, says in cases.items():
        code, out, err = lint("lint", ref, "--json")
        assert (code, out) == (2, ""), ref
        assert err.startswith("enablement: ") and says in err, (ref, err)


def test_a_pdf_imported_as_a_deck_is_refused(lint: Lint, tmp_path: Path) -> None:
    from enablement.domain import ItemKind, UnitKind
    from enablement.store import Library
    from tests.unit.insights.conftest import store_item

    with Library(Path(lint.base[1]), lint.base[3] if len(lint.base) > 2 else None) as lib:
        item = store_item(lib, "Scanned deck", unit_kind=UnitKind.PAGE, kind=ItemKind.DECK)
    code, _, err = lint("lint", str(item))
    assert code == 2 and "has pages, not slides (a PDF?)" in err


def _real_decks() -> list[Path]:
    folder = need_shared("corpus/real/pptx")
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in {".pptx", ".pptm", ".potx", ".ppsx"})


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_real_decks_check_without_error_and_stably(lint: Lint) -> None:
    """Every real deck gets a report (or a clear refusal), the same one twice; one through the CLI."""
    outcomes = {}
    for path in _real_decks():
        try:
            first = check_file(path, today=TODAY).to_json()
        except DeckCheckError as exc:
            assert path.name in str(exc)
            outcomes[path.name] = "refused"
            continue
        assert first == check_file(path, today=TODAY).to_json(), path.name
        assert first["slides"] >= 1 and all(f["slide"] for f in first["findings"]), path.name
        outcomes[path.name] = "clean" if first["clean"] else "findings"
    assert sum(v == "findings" for v in outcomes.values()) >= len(outcomes) // 2, outcomes
    code, out, err = lint("lint", str(need_shared("corpus/real/pptx") / "poi_45541_Header.pptx"))
    assert code == 1 and out.startswith("Water Finance (") and "\nSlide 1\n" in out, err


def test_duplicates_decks(lint: Lint, tmp_path: Path) -> None:
    files = tmp_path / "sprawl"
    files.mkdir()
    slides = [
        *FLAWED[:3],
        ("Серверы PX для филиалов", ["Компактные и тихие серверы со склада за пять дней"], NOTE),
    ]
    make_deck(files / "overview.pptx", slides, title="Обзор")
    make_deck(files / "overview_v2_final.pptx", [*slides, ("Спасибо!", [], "")], title="Обзор v2 final")
    make_deck(files / "other.pptx", CLEAN, title="Other")
    assert lint("import", str(files))[0] == 0
    code, out, _ = lint("duplicates-decks", "--json")
    report = json.loads(out)
    assert code == 0 and report["threshold"] == 0.8
    assert [sorted(d["title"] for d in g["decks"]) for g in report["decks"]] == [["Обзор", "Обзор v2 final"]]
    assert [s["slide"] for s in report["slides"][-1]["slides"]] == [4, 4]
    code, out, _ = lint("duplicates-decks")
    assert out.startswith("3 decks compared at Jaccard >= 0.8: 1 groups of near-copy decks")
    for d in report["decks"][0]["decks"]:
        assert f"\n  #{d['id']} {d['title']} ({d['status']})\n" in out
