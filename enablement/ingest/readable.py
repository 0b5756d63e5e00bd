"""Whether a PDF or an Office file really is one that its reader will open, without importing it.

Field intel carries attachments to marketing (enablement.insights.attachments). A name and a few
first bytes only say what a file claims to be: `%PDF-1.4 fake`, a zip renamed `.pptx` or a Word
document renamed `.pptx` pass such a sniff, and the colleague who opens them meets an error. These
checks use what the import trusts: pdfium opens the PDF and finds its first page, and an Office
package goes through `SafeZip` (bombs, overlapping or encrypted entries) and `Package` (content
types, the main part), its main part must be the family its suffix names, and every XML part is
inflated once (CRC) and refused if it declares a DOCTYPE.

Nothing is extracted and nothing large is read into memory: pdfium reads the file lazily, zip
members are inflated one at a time, and an OLE2 container (an encrypted Office file) is scanned
in chunks. Every problem is a `Rejected` with the import's reasons (`safety.category` groups them).
"""

from __future__ import annotations

import threading
from pathlib import Path

from enablement.ingest.ooxml import Package
from enablement.ingest.safety import SafeZip, category, corrupt, encrypted, read_head
from enablement.messages import QT_TRANSLATE_NOOP, Message

# `category` groups a Rejected reason (encrypted, hostile, corrupt, …) for callers outside ingest.
__all__ = ["OFFICE_FAMILIES", "PDFIUM_LOCK", "category", "check_office", "check_pdf"]

# PDFium is not thread-safe: every in-process call into it (page previews, attachment checks) holds
# this lock. Imports run pdfium in worker processes and need none.
PDFIUM_LOCK = threading.Lock()

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# What an Office suffix promises: the family of the package's main part (Package.family).
OFFICE_FAMILIES: dict[str, str] = {
    **dict.fromkeys((".pptx", ".pptm", ".ppsx", ".ppsm", ".potx", ".potm"), "pptx"),
    **dict.fromkeys((".docx", ".docm", ".dotx", ".dotm"), "docx"),
    **dict.fromkeys((".xlsx", ".xlsm", ".xltx", ".xltm"), "xlsx"),
}
_FAMILY_NAMES = {
    "pptx": QT_TRANSLATE_NOOP("Messages", "a presentation"),
    "docx": QT_TRANSLATE_NOOP("Messages", "a Word document"),
    "xlsx": QT_TRANSLATE_NOOP("Messages", "a workbook"),
}
_PDF_ERRORS = {
    "FPDF_ERR_FILE": QT_TRANSLATE_NOOP("Messages", "the file cannot be opened"),
    "FPDF_ERR_FORMAT": QT_TRANSLATE_NOOP("Messages", "damaged, or not a PDF at all"),
    "FPDF_ERR_SECURITY": QT_TRANSLATE_NOOP("Messages", "an unsupported security scheme"),
    "FPDF_ERR_PAGE": QT_TRANSLATE_NOOP("Messages", "its pages cannot be read"),
}
_PDF_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "pdfium cannot open it")
_ENCRYPTION_NAMES = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_CHUNK = 1 << 20


def check_pdf(path: Path) -> None:
    """Rejected unless pdfium opens `path` without a password and reads its first page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    codes = {getattr(pdfium_c, name): text for name, text in _PDF_ERRORS.items()}
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            code = getattr(exc, "err_code", None)
            if code == pdfium_c.FPDF_ERR_PASSWORD:
                raise encrypted() from None
            raise corrupt(codes.get(code, _PDF_UNKNOWN)) from None
        try:
            if len(pdf) == 0:
                raise corrupt(QT_TRANSLATE_NOOP("Messages", "the PDF has no pages"))
            try:
                pdf[0].close()
            except pdfium.PdfiumError:
                raise corrupt(QT_TRANSLATE_NOOP("Messages", "its first page cannot be read")) from None
        finally:
            pdf.close()


def check_office(path: Path, suffix: str) -> None:
    """Rejected unless `path` is an undamaged Office package of the family `suffix` names.

    A .pptx needs [Content_Types].xml and a presentation as its main part, a .docx a document, an
    .xlsx a workbook; the main part must parse, and every XML part must inflate.
    """
    expected = OFFICE_FAMILIES[suffix]
    if read_head(path, len(OLE_MAGIC)) == OLE_MAGIC:
        if _ole_is_encrypted(path):
            raise encrypted()
        raise corrupt(
            QT_TRANSLATE_NOOP("Messages", "an Office 97-2003 (OLE2) file with a '{suffix}' name"),
            suffix=suffix,
        )
    with SafeZip(path) as zf:
        package = Package(zf)
        main, content_type = package.main_part()
        family = Package.family(main, content_type)
        if family != expected:
            found = _FAMILY_NAMES.get(family)
            if found is None:
                raise corrupt(
                    QT_TRANSLATE_NOOP("Messages", "unknown main document type '{kind}'"),
                    kind=content_type or main,
                )
            raise corrupt(
                QT_TRANSLATE_NOOP("Messages", "the package holds {found}, not {expected}"),
                found=Message(found),
                expected=Message(_FAMILY_NAMES[expected]),
            )
        zf.verify_all()
        package.xml(main)


def _ole_is_encrypted(path: Path) -> bool:
    """An OLE2 container with an EncryptionInfo/EncryptedPackage stream: password-protected OOXML.

    Read in chunks (the names may sit anywhere in the directory), never whole.
    """
    overlap = max(len(name) for name in _ENCRYPTION_NAMES) - 1
    tail = b""
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            window = tail + chunk
            if any(name in window for name in _ENCRYPTION_NAMES):
                return True
            tail = window[-overlap:]
    return False
