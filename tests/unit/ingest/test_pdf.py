"""PDFs: per-page text, encryption, scans, unreadable text layers, price lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.domain import ItemKind, UnitKind
from enablement.errors import Rejected
from enablement.ingest.pdf import is_garbage
from enablement.ingest.registry import extract_file


def test_pages_are_units_in_order(corpus: Path) -> None:
    doc = extract_file(corpus / "pdf/pdfbox_cweb.pdf")
    assert doc.kind is ItemKind.DOCUMENT
    assert len(doc.units) == 28
    assert [u.number for u in doc.units] == list(range(1, 29))
    assert all(u.kind is UnitKind.PAGE for u in doc.units)
    assert "The CWEB System of Structured Documentation" in doc.units[0].text


def test_multilingual_page_keeps_every_script(corpus: Path) -> None:
    text = extract_file(corpus / "pdf/pypdf_multilang.pdf").units[0].text
    for expected in ("Hello World", "Привет, мир", "مرحبا بالعالم", "你好世界", "こんにちは世界"):
        assert expected in text


def test_empty_user_password_opens(corpus: Path) -> None:
    doc = extract_file(corpus / "pdf/pypdf_r6-empty-password.pdf")
    assert doc.units[0].text == "pdf encryption test\npassword: asdfzxcv"
    protected = extract_file(corpus / "pdf/tika_testPDF_protected.pdf")
    assert len(protected.units) == 41
    assert protected.units[0].text.startswith("RETHINKING THE FINANCIAL NETWORK")


@pytest.mark.parametrize(
    "name", ["pypdf_r6-user-password.pdf", "pdfminer_rc4-40.pdf", "tika_testUnicodePassword.pdf"]
)
def test_user_password_is_reported(corpus: Path, name: str) -> None:
    with pytest.raises(Rejected, match="password-protected; remove the password and import it again"):
        extract_file(corpus / "other/encrypted" / name)


@pytest.mark.parametrize(
    "name", ["tika_testOCR.pdf", "markitdown_MEDRPT-2024-PAT-3847_medical_report_scan.pdf"]
)
def test_scans_without_text_layer_ask_for_ocr(corpus: Path, name: str) -> None:
    with pytest.raises(Rejected, match=r"no text layer \(scanned images\?\); run OCR first"):
        extract_file(corpus / "pdf" / name)


def test_fonts_without_unicode_map_are_reported_not_indexed(corpus: Path) -> None:
    with pytest.raises(Rejected, match="text layer is unreadable"):
        extract_file(corpus / "pdf/pdfminer_issue-791-non-unicode-cmap.pdf")


def test_garbage_detection() -> None:
    assert is_garbage("(cid:12)(cid:34)(cid:56) (cid:7)")
    assert is_garbage("3HQČåQt\x03SURVWĜHGN\x03QD")
    assert not is_garbage("Прайс-лист на 2024 год")
    assert not is_garbage("Plain text (cid is a word here)")


def test_corrupt_stream_keeps_the_readable_part(corpus: Path) -> None:
    doc = extract_file(corpus / "pdf/pdfminer_zen_of_python_corrupted.pdf")
    assert "Beautiful is better than ugly." in doc.units[0].text


def test_self_referencing_xobjects_do_not_hang(corpus: Path) -> None:
    assert "Hello world" in extract_file(corpus / "pdf/pdfminer_issue-1113-evil-xobjects.pdf").units[0].text


def test_price_list_is_a_catalog(corpus: Path) -> None:
    doc = extract_file(corpus / "pdf/markitdown_SPARSE-2024-INV-1234_borderless_table.pdf")
    assert doc.kind is ItemKind.CATALOG
    assert extract_file(corpus / "pdf/pypdf_crazyones.pdf").kind is ItemKind.DOCUMENT


def test_title_from_metadata_or_file_name(corpus: Path) -> None:
    assert extract_file(corpus / "pdf/tika_testPDF-custommetadata.pdf").title == "Document title"
    # "(anonymous)" and file-name-like metadata titles fall back to the file name
    assert extract_file(corpus / "pdf/pypdf_Seige_of_Vicksburg_Sample_OCR.pdf").title == (
        "pypdf_Seige_of_Vicksburg_Sample_OCR"
    )
