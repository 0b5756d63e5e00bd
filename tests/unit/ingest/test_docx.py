"""Word documents: body order, content controls, text boxes, hyperlinks, headings, battle cards."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from enablement.domain import ItemKind, SectionType, UnitKind
from enablement.ingest.registry import extract_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _all_text(doc: object) -> str:
    return "\n".join(f"{u.heading}\n{u.text}" for u in doc.units)  # type: ignore[attr-defined]


def test_content_controls_in_body_and_table(corpus: Path) -> None:
    text = _all_text(extract_file(corpus / "docx/poi_Bug54849.docx"))
    for expected in ("Plain_text_no_newlines", "Rich_text_cell1", "Rich_text_post_table", "Watermelon"):
        assert expected in text


def test_text_boxes_and_content_control_inside_a_text_box(corpus: Path) -> None:
    text = _all_text(extract_file(corpus / "docx/tika_testWORD_text_box.docx"))
    assert "This text is inside of a text box in the body of the document." in text
    inner = _all_text(extract_file(corpus / "docx/tika_testWORD_sdtInTextBox.docx"))
    assert "rich-text-content-control_inside-text-box" in inner


def test_hyperlink_text_is_kept(corpus: Path) -> None:
    text = _all_text(extract_file(corpus / "docx/pythondocx_par-hyperlinks.docx"))
    assert "Three hyperlinks: the first one here, the second one, and the third." in text


def test_tracked_deletions_are_left_out(corpus: Path) -> None:
    text = _all_text(extract_file(corpus / "docx/poi_delins.docx"))
    assert "A Nepalese name for Tilaka" in text
    assert "A pendant worn in place of the red spot" not in text


def test_table_cells_in_body_order(corpus: Path) -> None:
    text = _all_text(extract_file(corpus / "docx/tika_testWORD_missing_text.docx"))
    assert "Cell0 | Rich_text_in_cell | Cell2" in text


def test_headings_start_sections(corpus: Path) -> None:
    doc = extract_file(corpus / "docx/poi_45690.docm")  # also: the macro-enabled content type opens
    assert all(u.kind is UnitKind.SECTION for u in doc.units)
    assert [u.number for u in doc.units] == list(range(1, len(doc.units) + 1))
    assert doc.units[0].heading == "Стрелец A*"
    assert any("История открытия" in u.heading for u in doc.units)
    assert "Райнером Шёделем" in _all_text(doc)


def test_text_before_the_first_heading_is_its_own_section(corpus: Path) -> None:
    doc = extract_file(corpus / "docx/poi_drawing.docx")
    assert doc.units[0].heading == ""
    assert doc.units[0].text.startswith("МОНИТОРИНГ СМИ")
    assert doc.units[1].heading.startswith("ПОЛИТ.РУ: Монитор")


def test_template_and_macro_content_types_open(corpus: Path) -> None:
    template = extract_file(corpus / "docx/tika_testWORD_template.dotx")
    assert [u.heading for u in template.units][:3] == ["Objective", "Experience", "Education"]
    macro = extract_file(corpus / "docx/tika_testWORD_macros.docm")
    assert macro.units[0].text == "The quick brown fox."
    assert macro.units[0].kind is UnitKind.ITEM


def test_charts_smartart_footnotes_and_altchunk(corpus: Path) -> None:
    assert "wants a peach" in _all_text(extract_file(corpus / "docx/tika_testWORD_charts.docx"))
    assert "And then here." in _all_text(extract_file(corpus / "docx/tika_testWORD_diagramData.docx"))
    assert "snoska" in _all_text(extract_file(corpus / "docx/tika_footnotes.docx"))
    assert "Simple paragraph with a" in _all_text(extract_file(corpus / "docx/tika_testAltChunkHTML.docx"))


def test_header_only_document_imports_its_headers(corpus: Path) -> None:
    doc = extract_file(corpus / "docx/poi_EmptyDocumentWithHeaderFooter.docx")
    assert doc.units and doc.warnings


@pytest.mark.parametrize(
    "name",
    [
        "tika_testExternalRefs.docx",
        "tika_testAttachedTemplate.docx",
        "tika_testSubdocument.docx",
        "tika_testFrameset.docx",
        "tika_testHoverAndVml.docx",
        "markitdown_rlink.docx",
    ],
)
def test_external_references_are_never_followed(corpus: Path, name: str) -> None:
    """Remote URLs and local paths referenced by the file stay references: the text is just the body."""
    doc = extract_file(corpus / "docx" / name)
    text = _all_text(doc)
    assert "http" not in text.lower() or name == "tika_testExternalRefs.docx"
    assert "root:" not in text  # nothing read from a local file such as /etc/passwd


def test_field_instructions_are_not_text(corpus: Path) -> None:
    text = _all_text(extract_file(corpus / "docx/tika_testExternalRefs.docx"))
    assert "Testing INCLUDEPICTURE" in text
    assert "INCLUDEPICTURE" not in text.replace("Testing INCLUDEPICTURE", "")


def _docx_with_body(tmp_path: Path, body: str, name: str = "card.docx") -> Path:
    """A minimal but complete .docx, written in the test (headings by style and by outline level)."""
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return path


def _p(text: str, outline: int | None = None) -> str:
    ppr = f'<w:pPr><w:outlineLvl w:val="{outline}"/></w:pPr>' if outline is not None else ""
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_battle_card_sections_in_russian(tmp_path: Path) -> None:
    body = (
        _p("Конкурент Альфа", 0)
        + _p("Вводный текст")
        + _p("Сильные стороны", 1)
        + _p("Быстрое внедрение")
        + _p("Слабые места", 1)
        + _p("Дорогая поддержка")
        + _p("Возражения и ответы", 1)
        + _p("«Дорого» — считаем TCO")
    )
    doc = extract_file(_docx_with_body(tmp_path, body))
    assert doc.kind is ItemKind.BATTLECARD
    types = {u.heading: u.section_type for u in doc.units}
    assert types["Сильные стороны"] == SectionType.STRENGTHS
    assert types["Слабые места"] == SectionType.WEAKNESSES
    assert types["Возражения и ответы"] == SectionType.OBJECTIONS
    assert doc.title == "Конкурент Альфа"


def test_plain_document_without_headings_is_one_item(tmp_path: Path) -> None:
    doc = extract_file(_docx_with_body(tmp_path, _p("Первый абзац") + _p("Second paragraph")))
    assert doc.kind is ItemKind.DOCUMENT
    assert len(doc.units) == 1 and doc.units[0].kind is UnitKind.ITEM
    assert doc.units[0].text == "Первый абзац\nSecond paragraph"
