"""The demo library: generated files are real and deterministic; every FACTS.md row names the right unit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from enablement.ingest.demo import build_demo_files, demo_dir, demo_manifest

EXPECTED = {
    "alfa-soft_ru.md", "alfa-soft_en.md", "globex_ru.md", "globex_en.md", "strelets_en.md", "strelec_ru.md",
    "price-objections_ru.md", "vektor_ru.docx", "nordwind-overview_ru.pptx", "px-series_en.pptx",
    "partner-kickoff_mixed.pptx", "q1-promo-draft_ru.pptx", "catalog-2026.pdf", "pricelist-2026.xlsx",
    "service-centers.csv",
}  # fmt: skip
_UNIT = re.compile(r"^(\S+) / (section|slide|page|row) (\d+)$")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    paths = build_demo_files(tmp_path_factory.mktemp("demo"))
    return {p.name: p for p in paths}


@pytest.fixture(scope="module")
def extracted(demo: dict[str, Path]) -> dict[str, object]:
    from enablement.ingest.registry import extract_file

    return {name: extract_file(path) for name, path in demo.items()}


def test_all_manifest_files_are_written(demo: dict[str, Path]) -> None:
    assert set(demo) == EXPECTED
    assert [e.output for e in demo_manifest()] == list(demo)
    assert all(p.stat().st_size > 0 for p in demo.values())


def test_rebuild_is_byte_identical_and_leaves_files_alone(tmp_path: Path, demo: dict[str, Path]) -> None:
    again = build_demo_files(tmp_path / "again")
    for path in again:
        assert path.read_bytes() == demo[path.name].read_bytes(), path.name
    mtimes = {p: p.stat().st_mtime_ns for p in again}
    build_demo_files(tmp_path / "again")
    assert {p: p.stat().st_mtime_ns for p in again} == mtimes


def test_decks_have_fifteen_slides_with_notes_a_table_a_group_and_a_hidden_slide(
    demo: dict[str, Path],
) -> None:
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for name in ("nordwind-overview_ru.pptx", "px-series_en.pptx", "partner-kickoff_mixed.pptx"):
        prs = Presentation(str(demo[name]))
        slides = list(prs.slides)
        assert len(slides) >= 15, name
        with_notes = [s for s in slides if s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip()]
        assert len(with_notes) >= len(slides) - 2, name
        assert any(shape.has_table for s in slides for shape in s.shapes), name
        assert prs.core_properties.title
    overview = list(Presentation(str(demo["nordwind-overview_ru.pptx"])).slides)
    assert any(sh.shape_type == MSO_SHAPE_TYPE.GROUP for sh in overview[8].shapes)
    assert overview[15]._element.get("show") == "0"


def test_pdf_catalog_has_extractable_cyrillic_on_every_page(demo: dict[str, Path]) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(demo["catalog-2026.pdf"]))
    try:
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    assert len(texts) == 8
    assert "Серверы PX" in texts[1] and "485 000 ₽" in texts[1]
    assert all(re.search("[а-яё]{4}", t) for t in texts)


def test_xlsx_price_list_has_header_and_product_rows(demo: dict[str, Path]) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(demo["pricelist-2026.xlsx"], read_only=True)
    rows = list(wb["Прайс-лист"].iter_rows(values_only=True))
    wb.close()
    assert rows[0][:6] == ("Артикул", "Наименование", "Категория", "Цена", "Валюта", "Срок поставки")
    assert len(rows) - 1 >= 60
    assert rows[2][0] == "PX-200" and rows[2][3] == 485000


def test_csv_is_cp1251_with_semicolons(demo: dict[str, Path]) -> None:
    raw = demo["service-centers.csv"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1251")
    assert text.startswith("Город;Сервисный центр;") and "\r\n" in text


def _facts() -> list[tuple[str, str, str, str]]:
    """(id, primary unit, evidence, phenomena) for every FACTS.md table row."""
    rows = []
    for line in (demo_dir() / "FACTS.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if not cells or not re.fullmatch(r"D?\d+", cells[0]):
            continue
        if cells[0].startswith("D"):
            rows.append((cells[0], cells[2], cells[3], "draft"))
        else:
            rows.append((cells[0], cells[2], cells[4], cells[5]))
    return rows


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_facts_list_is_long_enough() -> None:
    assert len([f for f in _facts() if not f[0].startswith("D")]) >= 100


def test_also_relevant_units_exist(extracted: dict) -> None:
    for line in (demo_dir() / "FACTS.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) < 6 or not cells[0].isdigit() or not cells[3]:
            continue
        for ref in cells[3].split(";"):
            match = _UNIT.match(ref.strip())
            assert match, f"fact {cells[0]}: bad reference {ref!r}"
            units = extracted[match.group(1)].units
            assert any(u.kind == match.group(2) and u.number == int(match.group(3)) for u in units), ref


@pytest.mark.parametrize(("fact_id", "unit", "evidence", "tags"), _facts(), ids=[f[0] for f in _facts()])
def test_fact_evidence_is_in_its_unit(
    extracted: dict, fact_id: str, unit: str, evidence: str, tags: str
) -> None:
    match = _UNIT.match(unit)
    assert match, f"fact {fact_id}: bad unit reference {unit!r}"
    name, kind, number = match.group(1), match.group(2), int(match.group(3))
    doc = extracted[name]
    found = [u for u in doc.units if u.kind == kind and u.number == number]
    assert found, f"fact {fact_id}: {name} has no {kind} {number}"
    target = found[0]
    body = _norm(f"{target.heading}\n{target.text}")
    notes = _norm(target.notes)
    wanted = _norm(evidence)
    if "notes-only" in tags:
        assert wanted in notes and wanted not in body, f"fact {fact_id}: not in the notes only"
    else:
        assert wanted in body or wanted in notes, (
            f"fact {fact_id}: {evidence!r} not in {name} {kind} {number}"
        )
    if "hidden" in tags:
        assert target.hidden


def test_create_demo_library_end_to_end(tmp_path: Path) -> None:
    """Through the composition root: all files import, metadata lands, facts are found, drafts stay hidden."""
    from enablement.app import build_services
    from enablement.config import Settings
    from enablement.domain import ItemStatus
    from enablement.services.demo import create_demo_library
    from enablement.store import repository as repo

    settings = Settings(library_dir=tmp_path / "lib", db_url=None, user="tester", is_default_library=False)
    with build_services(settings) as services:
        report = create_demo_library(services.library_service, services.voting)
        assert (report.imported, report.rejected) == (len(EXPECTED), [])
        with services.library.reading() as conn:
            items = {i.source_name: i for i in repo.list_items(conn)}
        assert set(items) == EXPECTED
        assert items["q1-promo-draft_ru.pptx"].status == ItemStatus.DRAFT
        assert items["px-series_en.pptx"].competitors == ["Стрелец", "Globex"]
        assert items["alfa-soft_ru.md"].review_by is not None
        assert items["alfa-soft_ru.md"].competitors == ["Альфа-Софт"]
        assert str(items["vektor_ru.docx"].review_by) == "2026-12-31"

        hits = services.search.search("Redfish roadmap 2028", log=False).hits
        assert (hits[0].source, hits[0].unit, hits[0].number) == ("px-series_en.pptx", "slide", 10)
        draft = services.search.search("двойной trade-in", log=False).hits
        assert not [h for h in draft if h.source == "q1-promo-draft_ru.pptx"]

        again = create_demo_library(services.library_service, services.voting)
        assert (again.imported, again.updated, again.unchanged) == (0, 0, len(EXPECTED))

        # The voting board is not empty on a first run: the draft deck, a product, a decision.
        ballots = {b.title: b for b in services.voting.list_ballots()}
        assert len(ballots) == 4
        deck = next(b for b in ballots.values() if b.item_id == items["q1-promo-draft_ru.pptx"].id)
        assert deck.status.value == "open"
        assert services.voting.heat_map(deck.id) == {4: 2, 5: 1}
        decided = ballots["Переименовать BUNDLE-BRANCH в «Филиал под ключ»?"]
        assert decided.status.value == "decided"
        told = {n.ballot_id for n in services.voting.notifications("Иван Петров")}
        assert decided.id in told, "voters were told of the decision"
        assert len(services.voting.list_ballots()) == 4, "a second run adds no ballots"
