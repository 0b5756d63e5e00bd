"""Every file of the real-world corpus is imported with units or rejected for the right reason.

Runs `extract_file` over all 302 files in-process (about 5 s): nothing may raise
anything but Rejected, no success may be empty, no text may carry characters
that cannot be written as UTF-8, and the rejections must be exactly the
expected ones (hostile, encrypted, legacy, corrupt, OpenDocument, empty, or
files with no text at all), so a readable file that starts failing is caught.
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from enablement.domain import ExtractedDoc
from enablement.errors import Rejected
from enablement.ingest.registry import extract_file
from enablement.ingest.safety import category

# Folders of files the app must refuse, and the categories each may be refused with.
REFUSED_FOLDERS = {
    "other/legacy/": {"legacy", "unsupported"},
    "other/odf/": {"odf"},
    # encrypted legacy binaries may be reported as legacy, an encrypted .odt as OpenDocument
    "other/encrypted/": {"encrypted", "legacy", "odf"},
    # the OLE2 Word file named .docm is reported as a legacy file under the wrong name
    "other/corrupt/": {"corrupt", "hostile", "legacy"},
}

# Files in the "readable" folders that have nothing to import, and why.
EXPECTED_REJECTIONS = {
    "docx/poi_ExternalEntityInText.docx": "hostile",
    "docx/poi_issue_51265_1.docx": "no_text",
    "docx/pythondocx_doc-no-coreprops.docx": "no_text",
    "docx/pythondocx_doc-word-default-blank.docx": "no_text",
    "docx/pythondocx_sty-having-no-styles-part.docx": "no_text",
    "docx/pythondocx_tbl-having-tables.docx": "no_text",
    "pdf/markitdown_MEDRPT-2024-PAT-3847_medical_report_scan.pdf": "no_text",
    "pdf/pdfminer_encrypted_doc_no_id.pdf": "no_text",  # opens (empty password), but is a fax image
    "pdf/pdfminer_issue-791-non-unicode-cmap.pdf": "no_text",
    "pdf/tika_testOCR.pdf": "no_text",
    "pdf/tika_testPDFFileEmbInAnnotation_noContents.pdf": "no_text",
    "pdf/tika_testPDF_jsActionOnPage.pdf": "no_text",
    "pdf/tika_testPDF_malformedXFA.pdf": "no_text",
    "pptx/poi_bug59273.potx": "no_text",
    "pptx/pythonpptx_no-slides.pptx": "no_text",
    "pptx/pythonpptx_shp-access-ole-object.pptx": "no_text",
    "pptx/tika_testPPT_EmbeddedPDF.pptx": "no_text",
    "pptx/tika_testPPT_embeddedMP3.pptx": "no_text",
    "pptx/tika_testWPSAttachment.pptx": "no_text",
    "xlsx/poi_45430.xlsx": "no_text",
    "xlsx/poi_57893-many-merges.xlsx": "no_text",
    "xlsx/poi_poc-shared-strings.xlsx": "corrupt",  # row 0 / cell A0 references
    "other/text/markitdown_empty_MEDRPT.md": "empty",
    "other/text/tika_file10_permahang.txt": "empty",
}


def _manifest(corpus: Path) -> dict[str, str]:
    lines = (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {fields[0]: fields[7] for fields in (line.split("\t") for line in lines)}


def _expected(relpath: str) -> set[str] | None:
    """Allowed rejection categories, or None when the file must import."""
    for folder, categories in REFUSED_FOLDERS.items():
        if relpath.startswith(folder):
            return categories
    if relpath in EXPECTED_REJECTIONS:
        return {EXPECTED_REJECTIONS[relpath]}
    return None


def _check_doc(relpath: str, doc: ExtractedDoc) -> None:
    assert doc.units, f"{relpath}: imported with no units"
    assert doc.title.strip(), f"{relpath}: no title"
    assert any(u.text or u.heading or u.notes for u in doc.units), f"{relpath}: units without text"
    keys = [(u.kind, u.sheet, u.number) for u in doc.units]
    assert len(keys) == len(set(keys)), f"{relpath}: duplicate unit numbers"
    assert all(u.number >= 1 for u in doc.units)
    for unit in doc.units:
        for text in (unit.heading, unit.text, unit.notes, *unit.fields.values(), *unit.codes):
            text.encode("utf-8")  # lone surrogates would raise here
            assert "\x00" not in text, f"{relpath}: NUL in text"


def test_whole_corpus(corpus: Path) -> None:
    notes = _manifest(corpus)
    assert len(notes) == 302
    outcomes: collections.Counter[str] = collections.Counter()
    problems: list[str] = []
    for relpath in sorted(notes):
        expected = _expected(relpath)
        try:
            doc = extract_file(corpus / relpath)
        except Rejected as exc:
            got = category(exc.reason)
            outcomes[f"rejected:{got}"] += 1
            if expected is None:
                problems.append(f"{relpath}: rejected but must import: {exc.reason}")
            elif got not in expected:
                problems.append(f"{relpath}: rejected as {got}, expected {sorted(expected)}: {exc.reason}")
            continue
        outcomes["imported"] += 1
        if expected is not None:
            problems.append(f"{relpath}: imported, but expected a rejection ({sorted(expected)})")
            continue
        _check_doc(relpath, doc)
    assert not problems, "\n".join(problems)
    assert outcomes["imported"] == 302 - sum(v for k, v in outcomes.items() if k.startswith("rejected"))


@pytest.mark.parametrize(
    "relpath",
    [
        "pdf/pypdf_r2-empty-password.pdf",
        "pdf/pypdf_r4-owner-password.pdf",
        "pdf/pypdf_r6-empty-password.pdf",
        "pdf/tika_testPDF_protected.pdf",
        "pdf/tika_testPDF_no_extract_no_accessibility_owner_empty.pdf",
        "pdf/tika_testPDF_no_extract_yes_accessibility_owner_empty.pdf",
    ],
)
def test_pdfs_with_an_empty_user_password_open(corpus: Path, relpath: str) -> None:
    doc = extract_file(corpus / relpath)
    assert doc.units and doc.units[0].text


def test_manifest_hostile_and_encrypted_notes_are_refused(corpus: Path) -> None:
    """Files the manifest flags as bombs, DOCTYPEs, encrypted containers or legacy formats never import."""
    for relpath, note in _manifest(corpus).items():
        flagged = (
            "bomb" in note
            or "DOCTYPE" in note
            or note.startswith(("LEGACY", "UNSUPPORTED", "HOSTILE/CORRUPT"))
            or (note.startswith("CORRUPT") and relpath.startswith("other/"))
            or (note.startswith("ENCRYPTED") and "empty" not in note.lower() and relpath.startswith("other/"))
        )
        if not flagged:
            continue
        with pytest.raises(Rejected):
            extract_file(corpus / relpath)
