"""Decks: slides in order, titles, every kind of text frame, notes apart, hidden slides."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from enablement.domain import ItemKind, UnitKind
from enablement.ingest.registry import extract_file


def _slide_text(unit: object) -> str:
    return f"{unit.heading}\n{unit.text}"  # type: ignore[attr-defined]


def test_basic_deck_titles_bullets_and_order(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/tika_testPPT.pptx")
    assert doc.kind is ItemKind.DECK
    assert [u.number for u in doc.units] == [1, 2, 3]
    assert all(u.kind is UnitKind.SLIDE for u in doc.units)
    assert doc.title == "Attachment Test"


@pytest.mark.parametrize("name", ["tika_testPPT.pptm", "tika_testPPT.ppsx", "tika_testPPT_macros.pptm"])
def test_macro_and_slideshow_content_types_open(corpus: Path, name: str) -> None:
    """python-pptx refuses these content types; we read the parts directly."""
    doc = extract_file(corpus / "pptx" / name)
    assert doc.units and any(u.text or u.heading for u in doc.units)


def test_pptm_has_same_text_as_pptx(corpus: Path) -> None:
    plain = extract_file(corpus / "pptx/tika_testPPT.pptx")
    macro = extract_file(corpus / "pptx/tika_testPPT.pptm")
    assert [(u.heading, u.text) for u in plain.units] == [(u.heading, u.text) for u in macro.units]


def test_grouped_shapes_wordart_smartart_and_tables(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/tika_testPPT_groups.pptx")
    text = _slide_text(doc.units[1])
    for expected in (
        "Text box1",
        "Text box5 tika link",
        "WordArt1",
        "Ungrouped text box",
        "smart1",
        "Smart5",
    ):
        assert expected in text
    assert doc.units[1].heading == "MyTitle"


def test_nested_group_table_and_chart_title(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/markitdown_test.pptx")
    by_number = {u.number: u for u in doc.units}
    assert "ColA | ColB | ColC" in by_number[3].text
    assert "1b92870d-e3b5-4e65-8153-919f4ff45592" in by_number[3].text
    assert by_number[4].heading == "A chart to test parsing:"
    assert "a3f6004b-6f4f-4ea8-bee3-3741f4dc385f" in by_number[4].text  # the chart's title
    assert "This is a nested shape with content in 2 shapes" in by_number[5].text


def test_hidden_slide_notes_tables_and_charts(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/tika_testPPT_various2.pptx")
    by_number = {u.number: u for u in doc.units}
    assert by_number[9].hidden is True
    assert "This slide is hidden" in by_number[9].text
    assert not any(u.hidden for n, u in by_number.items() if n != 9)
    slide2 = by_number[2]
    assert slide2.heading == "Slide2Header"
    assert "R1c1 | R1c2 | r1c3" in slide2.text
    assert "NotesForSlide2" in slide2.notes
    assert "NotesTableSlide2" in slide2.notes
    assert "NotesForSlide2" not in slide2.text  # notes are kept apart from the slide text
    assert "SLIDE3ChartTitle" in by_number[3].text


def test_speaker_notes_on_a_real_deck(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/poi_2411-Performance_Up.pptx")
    assert len(doc.units) == 48
    assert doc.units[0].heading == "Apache Performance Tuning"
    assert "Hello crowd, welcome" in doc.units[0].notes
    assert sum(1 for u in doc.units if u.notes) >= 8


def test_python_pptx_notes_deck(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/pythonpptx_prs-notes.pptx")
    assert doc.units[0].notes == "Notes"


def test_russian_and_rtl_text(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/poi_PPTWithAttachments.pptm")
    assert doc.units[0].heading == "биргина ўзи, один, ahold"
    assert "тринадцать" in doc.units[0].text
    rtl = extract_file(corpus / "pptx/poi_stress021.pptx")
    assert len(rtl.units) == 41
    assert rtl.title == "מבנה בחינת הבגרות במעבדה"


def test_text_only_on_the_layout_is_used_when_slides_are_empty(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/tika_testPPT_masterText.pptx")
    assert "Text that I added to the master slide" in doc.units[0].text
    assert doc.warnings


def test_missing_relationship_item_is_tolerated(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/pythonpptx_missing_rels_item.pptx")
    assert doc.units[0].heading == "Presentation Title Text"


def test_slide_numbers_follow_presentation_order_not_part_names(corpus: Path) -> None:
    doc = extract_file(corpus / "pptx/poi_customGeo.pptx")
    assert [u.number for u in doc.units] == list(range(1, 49))


STRICT = [
    (
        b"http://schemas.openxmlformats.org/presentationml/2006/main",
        b"http://purl.oclc.org/ooxml/presentationml/main",
    ),
    (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
    (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    ),
    (
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    ),
]


@pytest.mark.parametrize("relpath", ["pptx/tika_testPPT_various2.pptx", "docx/tika_testWORD.docx"])
def test_strict_ooxml_namespaces(corpus: Path, tmp_path: Path, relpath: str) -> None:
    """A Strict OOXML copy (purl.oclc.org namespaces, made in tmp_path) reads like the original."""
    src = corpus / relpath
    dst = tmp_path / src.name
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name.endswith((".xml", ".rels")) and name != "[Content_Types].xml":
                for transitional, strict in STRICT:
                    data = data.replace(transitional, strict)
            zout.writestr(name, data)
    original, converted = extract_file(src), extract_file(dst)
    assert converted.units
    assert [(u.heading, u.text, u.notes) for u in converted.units] == [
        (u.heading, u.text, u.notes) for u in original.units
    ]


def test_text_typed_into_a_date_placeholder_is_kept_but_automatic_fields_are_not(corpus: Path) -> None:
    first = extract_file(corpus / "pptx/poi_PPTWithAttachments.pptm").units[0]
    assert "четырнадцать" in first.text, "the author's words in the date placeholder"
    assert "тринадцать" in first.text, "the footer"
    assert not any(line.strip() == "1" for line in first.text.splitlines()), "the slide-number field"
