"""One test per rejection reason: each names the problem and what to do about it."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from enablement.errors import Rejected
from enablement.ingest.registry import SUPPORTED_SUFFIXES, extract_file
from enablement.ingest.safety import category


def _reason(path: Path) -> str:
    with pytest.raises(Rejected) as info:
        extract_file(path)
    return str(info.value.reason)


def _rewrite_zip(src: Path, dst: Path, *, drop: str = "", patch: dict[str, bytes] | None = None) -> Path:
    """A copy of a real package with one member dropped or replaced (made in tmp_path)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == drop:
                continue
            data = (patch or {}).get(info.filename, zin.read(info))
            zout.writestr(info.filename, data)
    return dst


def test_supported_suffixes_contract() -> None:
    expected = {".pptx", ".pptm", ".ppsx", ".potx", ".docx", ".docm", ".dotx", ".pdf", ".xlsx", ".xlsm"}
    expected |= {".xltx", ".csv", ".md", ".markdown", ".txt"}
    assert expected <= SUPPORTED_SUFFIXES


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "deck.pptx"
    path.write_bytes(b"")
    assert _reason(path) == "empty file (0 bytes)"


def test_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "notes.xyz"
    path.write_text("hello")
    reason = _reason(path)
    assert reason.startswith("unsupported file type '.xyz'; supported: ")
    assert ".pptx" in reason and ".csv" in reason


def test_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as fh:  # sparse: no disk space used
        fh.truncate(201 * 1024 * 1024)
    assert _reason(path).startswith("file too large: 201 MB (limit 200 MB)")


@pytest.mark.parametrize(
    ("relpath", "reason"),
    [
        (
            "other/legacy/tika_testPPT.ppt",
            "legacy PowerPoint 97-2003 format; save it as .pptx and import again",
        ),
        ("other/legacy/poi_rasp.doc", "legacy Word 97-2003 format; save it as .docx and import again"),
        (
            "other/legacy/tika_testEXCEL_95.xls",
            "legacy Excel 97-2003 format; save it as .xlsx and import again",
        ),
    ],
)
def test_legacy_formats(corpus: Path, relpath: str, reason: str) -> None:
    assert _reason(corpus / relpath) == reason


def test_wordperfect(tmp_path: Path) -> None:
    path = tmp_path / "letter.doc"
    path.write_bytes(b"\xffWPC" + b"\x00" * 200)
    assert _reason(path) == "legacy WordPerfect format; save it as .docx and import again"


@pytest.mark.parametrize(
    ("relpath", "hint"),
    [
        ("other/legacy/tika_testEXCEL.xlsb", "save it as .xlsx"),
        ("other/legacy/tika_testPPT.xps", "print it to PDF"),
    ],
)
def test_unsupported_binary_workbook_and_xps(corpus: Path, relpath: str, hint: str) -> None:
    reason = _reason(corpus / relpath)
    assert category(reason) == "unsupported" and hint in reason


@pytest.mark.parametrize(
    "relpath",
    [
        "other/encrypted/tika_testWORD_protected_passtika.docx",
        "other/encrypted/tika_testEXCEL_protected_passtika.xlsx",
        "other/encrypted/tika_testPPT_protected_passtika.pptx",
        "other/encrypted/poi_58616.xlsx",  # Excel's default VelvetSweatshop password
        "other/encrypted/poi_protected_agile.docx",  # fuzzed agile encryption
    ],
)
def test_password_protected_ooxml_is_not_called_corrupt(corpus: Path, relpath: str) -> None:
    assert _reason(corpus / relpath) == "password-protected; remove the password and import it again"


@pytest.mark.parametrize(
    ("relpath", "reason"),
    [
        (
            "other/odf/tika_LibreOfficeImpress_odp_1.3.odp",
            "OpenDocument presentation (.odp) is not supported; save it as .pptx and import again",
        ),
        (
            "other/odf/tika_LibreOfficeWriter_odt_1.3.odt",
            "OpenDocument text (.odt) is not supported; save it as .docx and import again",
        ),
        (
            "other/odf/tika_LibreOfficeCalc_ods_1.3.ods",
            "OpenDocument spreadsheet (.ods) is not supported; save it as .xlsx and import again",
        ),
    ],
)
def test_opendocument(corpus: Path, relpath: str, reason: str) -> None:
    assert _reason(corpus / relpath) == reason


def test_mislabelled_legacy_file(corpus: Path) -> None:
    reason = _reason(corpus / "other/corrupt/poi_hello_world_ole2_named.docm")
    assert reason.startswith("legacy Word 97-2003 format with a '.docm' name")


@pytest.mark.parametrize(
    "relpath",
    [
        "other/corrupt/tika_testWORD_truncated.docx",
        "other/corrupt/poi_truncated62886.docx",
        "other/corrupt/poi_invalid.xlsx",
        "other/corrupt/tika_testODTnotaZipFile.odt",
        "other/corrupt/poi_Divino_Revelado.pptx",
        "other/corrupt/poi_clusterfuzz-POIXSSFFuzzer-5937385319563264.xlsx",  # bad CRC
    ],
)
def test_corrupt_packages(corpus: Path, relpath: str) -> None:
    assert _reason(corpus / relpath).startswith("corrupt or truncated: ")


def test_truncated_copy(corpus: Path, tmp_path: Path) -> None:
    data = (corpus / "pptx/tika_testPPT.pptx").read_bytes()
    path = tmp_path / "cut.pptx"
    path.write_bytes(data[: len(data) // 2])
    assert _reason(path).startswith("corrupt or truncated: not a readable zip package")


def test_missing_content_types(corpus: Path, tmp_path: Path) -> None:
    path = _rewrite_zip(corpus / "docx/tika_testWORD.docx", tmp_path / "x.docx", drop="[Content_Types].xml")
    assert (
        _reason(path) == "corrupt or truncated: missing [Content_Types].xml (not a complete Office package)"
    )


def test_missing_slide_master(corpus: Path, tmp_path: Path) -> None:
    path = _rewrite_zip(
        corpus / "pptx/tika_testPPT.pptx", tmp_path / "x.pptx", drop="ppt/slideMasters/slideMaster1.xml"
    )
    assert _reason(path) == "corrupt or truncated: the presentation has no slide master"


def test_duplicate_and_conflicting_zip_entries(corpus: Path) -> None:
    reason = _reason(corpus / "other/corrupt/poi_duplicate-filename.xlsx")
    assert reason == "corrupt or truncated: duplicate zip entry 'xl/worksheets/sheet1.xml'"
    reason = _reason(corpus / "other/corrupt/poi_unicode-path.docx")
    assert "also claims to be" in reason


@pytest.mark.parametrize(
    "relpath",
    [
        "other/corrupt/poi_poc-xmlbomb.xlsx",
        "other/corrupt/poi_poc-xmlbomb-empty.xlsx",
        "other/corrupt/poi_54764.xlsx",
        "other/corrupt/poi_54764-2.xlsx",
        "docx/poi_ExternalEntityInText.docx",
    ],
)
def test_doctype_and_entity_bombs_are_refused(corpus: Path, relpath: str) -> None:
    reason = _reason(corpus / relpath)
    assert reason.startswith("hostile file refused: XML with DOCTYPE/entity declarations")


def test_doctype_in_a_slide(corpus: Path, tmp_path: Path) -> None:
    src = corpus / "pptx/tika_testPPT.pptx"
    with zipfile.ZipFile(src) as zf:
        slide = zf.read("ppt/slides/slide1.xml")
    evil = slide.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)
    path = _rewrite_zip(src, tmp_path / "evil.pptx", patch={"ppt/slides/slide1.xml": evil})
    assert category(_reason(path)) == "hostile"


def test_zip_bomb_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    assert _reason(path).startswith("hostile file refused: zip bomb: member 'word/document.xml'")


def test_binary_data_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert _reason(path) == "corrupt or truncated: binary data, not text"


@pytest.mark.parametrize(
    ("relpath", "reason"),
    [
        ("pptx/pythonpptx_no-slides.pptx", "no text to import: the presentation has no slides"),
        ("pptx/tika_testPPT_embeddedMP3.pptx", "no text to import: no text on any slide (pictures only?)"),
        (
            "docx/poi_issue_51265_1.docx",
            "no text to import: the document has no text (empty, or pictures only)",
        ),
        ("xlsx/poi_57893-many-merges.xlsx", "no text to import: the workbook has no data rows"),
    ],
)
def test_nothing_to_import(corpus: Path, relpath: str, reason: str) -> None:
    assert _reason(corpus / relpath) == reason


def test_template_content_type_deck_imports(corpus: Path, tmp_path: Path) -> None:
    """A .potx (template content type) reads like the .pptx it was made from."""
    src = corpus / "pptx/tika_testPPT.pptx"
    with zipfile.ZipFile(src) as zf:
        types = zf.read("[Content_Types].xml")
    patched = types.replace(b"presentationml.presentation.main+xml", b"presentationml.template.main+xml")
    assert patched != types
    path = _rewrite_zip(src, tmp_path / "template.potx", patch={"[Content_Types].xml": patched})
    assert [u.text for u in extract_file(path).units] == [u.text for u in extract_file(src).units]


def test_docx_with_a_pptx_name_is_read_by_content(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "renamed.pptx"
    shutil.copy(corpus / "docx/tika_testWORD.docx", path)
    assert extract_file(path).title == "Sample Word Document"


def test_folder_and_missing_file(tmp_path: Path) -> None:
    folder = tmp_path / "looks.pptx"
    folder.mkdir()
    assert _reason(folder) == "not a regular file"
    assert _reason(tmp_path / "gone.pdf") == "not a regular file"


def test_undecodable_file_name_gives_a_clean_title(tmp_path: Path) -> None:
    """File names with bytes that are not UTF-8 arrive as lone surrogates; titles must not carry them."""
    name = b"price\xff list.txt".decode("utf-8", "surrogateescape")
    path = tmp_path / name
    try:
        path.write_text("Цена 100 руб.", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses undecodable names")
    doc = extract_file(path)
    assert doc.title == "price list"
    doc.title.encode("utf-8")
