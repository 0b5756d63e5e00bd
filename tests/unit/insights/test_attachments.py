"""Attachments are judged by their whole content: real files pass, fakes and damaged ones are refused
with a sentence that says what is wrong and what to do (SQLite and PostgreSQL, through ReportService)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from enablement.errors import ReportError
from enablement.insights import ReportService
from enablement.store import Library
from tests.conftest import need_shared
from tests.helpers import attachments


def _refused(reports: ReportService, path: Path) -> str:
    with pytest.raises(ReportError) as info:
        reports.add_intel("sam", "price", text="See the file.", attachment=path)
    return str(info.value)


def test_real_files_of_every_kind_are_attached(reports: ReportService, tmp_path: Path) -> None:
    files = [
        attachments.pdf(tmp_path / "offer.pdf", pages=2),
        attachments.pptx(tmp_path / "deck.pptx"),
        attachments.docx(tmp_path / "terms.docx"),
        attachments.xlsx(tmp_path / "prices.xlsx"),
        attachments.png(tmp_path / "shot.png"),
        attachments.jpeg(tmp_path / "photo.jpg"),
    ]
    for path in files:
        sent = reports.add_intel("sam", "price", text=f"See {path.name}.", attachment=path)
        assert sent.attachment_name == path.name and sent.attachment_sha is not None
    assert len(reports.my_reports("sam")) == len(files)


def test_a_file_that_only_starts_like_its_kind_is_refused(reports: ReportService, tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.4 fake")
    assert _refused(reports, fake) == (
        "fake.pdf cannot be attached: it is not a readable PDF (damaged, or not a PDF at all). "
        "Save it again and attach it."
    )
    cut_pdf = attachments.truncated(attachments.pdf(tmp_path / "whole.pdf"), tmp_path / "cut.pdf", 0.5)
    assert _refused(reports, cut_pdf).startswith("cut.pdf cannot be attached: it is not a readable PDF (")

    assert _refused(reports, attachments.plain_zip(tmp_path / "deck.pptx")) == (
        "deck.pptx cannot be attached: it is not a readable PowerPoint presentation "
        "(missing [Content_Types].xml (not a complete Office package)). Save it again and attach it."
    )
    assert "not a readable Word document" in _refused(reports, attachments.plain_zip(tmp_path / "terms.docx"))
    word = shutil.copy(attachments.docx(tmp_path / "real.docx"), tmp_path / "renamed.pptx")
    assert _refused(reports, Path(word)) == (
        "renamed.pptx cannot be attached: it is not a readable PowerPoint presentation "
        "(the package holds a Word document, not a presentation). Save it again and attach it."
    )
    sheet = attachments.xlsx(tmp_path / "real.xlsx")
    cut_sheet = attachments.truncated(sheet, tmp_path / "cut.xlsx")
    assert "cut.xlsx cannot be attached: it is not a readable Excel workbook (" in _refused(
        reports, cut_sheet
    )

    cut_png = attachments.truncated(attachments.png(tmp_path / "whole.png", 64, 64), tmp_path / "cut.png")
    assert _refused(reports, cut_png) == (
        "cut.png cannot be attached: it is not a readable PNG picture "
        "(it ends before the picture does: cut off or damaged). Save it again and attach it."
    )
    cut_jpg = attachments.truncated(attachments.jpeg(tmp_path / "whole.jpg"), tmp_path / "cut.jpg")
    assert "not a readable JPEG picture" in _refused(reports, cut_jpg)
    gif = tmp_path / "cut.gif"
    gif.write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00")
    assert "not a readable GIF picture" in _refused(reports, gif)

    text = tmp_path / "notes.txt"
    text.write_bytes(b"Acme price " + b"x" * 5000 + b"\x00\x01 binary after the first 4 KB")
    assert "it is not a readable text file (data of an unknown kind, not text)" in _refused(reports, text)
    assert reports.my_reports("sam") == [], "nothing half-written"


def test_hostile_and_password_protected_office_files_get_the_safety_message(
    reports: ReportService, tmp_path: Path
) -> None:
    assert _refused(reports, attachments.zip_bomb(tmp_path / "bomb.docx")) == (
        "bomb.docx cannot be attached: hostile file refused: zip bomb: member 'word/document.xml' "
        "has compression ratio above 200:1."
    )
    locked = "cannot be attached: it is password-protected. Save a copy without the password and attach that."
    assert (
        _refused(reports, attachments.encrypted_package(tmp_path / "locked.pptx")) == f"locked.pptx {locked}"
    )
    deck = attachments.pptx(tmp_path / "deck.pptx")
    flagged = attachments.zip_with_encrypted_entry(deck, tmp_path / "flagged.pptx")
    assert _refused(reports, flagged) == f"flagged.pptx {locked}"
    assert reports.my_reports("sam") == []


@pytest.mark.parametrize(
    "relpath",
    [
        "other/encrypted/poi_protected_agile.docx",
        "other/encrypted/poi_58616.xlsx",
        "other/encrypted/pdfminer_aes-256-r6.pdf",
    ],
)
def test_real_password_protected_files_are_refused(reports: ReportService, relpath: str) -> None:
    path = need_shared("corpus/real") / relpath
    assert re.fullmatch(
        rf"{re.escape(path.name)} cannot be attached: it is password-protected\..*", _refused(reports, path)
    )


def test_a_stored_attachment_is_checked_again_on_the_way_out(
    reports: ReportService, library: Library, tmp_path: Path
) -> None:
    """Review 13: a row written round the app (any bytes, any name) was handed out as it stood.
    The upload's checks run again: a name the app does not accept, or content that is not what
    the name says, is refused with a clear message; the path is never given."""
    sent = reports.add_intel(
        "sam", "price", text="See the file.", attachment=attachments.png(tmp_path / "p.png")
    )
    program = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
    exe = attachments.forge_attachment(library, sent.id, program, "invoice.pdf.exe")
    with pytest.raises(ReportError) as info:
        reports.attachment("mia", exe)
    assert str(info.value).startswith(f"Attachment refused: report {exe} carries invoice.pdf.exe")
    assert ".exe files are not accepted as attachments" in str(info.value)
    fake = attachments.forge_attachment(library, sent.id, program, "offer.pdf")
    with pytest.raises(
        ReportError, match=r"is named \.pdf but is not a PDF \(it looks like a Windows program\)"
    ):
        reports.attachment("mia", fake)
    cut = attachments.forge_attachment(
        library, sent.id, (tmp_path / "p.png").read_bytes()[:-12], "../shot.png"
    )
    with pytest.raises(ReportError, match=r"Attachment refused: .* shot\.png .*cut off or damaged"):
        reports.attachment("sam", cut)
    name, path = reports.attachment("sam", sent.id)  # what the app accepted is handed out as before
    assert name == "p.png" and path.read_bytes() == (tmp_path / "p.png").read_bytes()
