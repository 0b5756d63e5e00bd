"""Pick the extractor for a file from its suffix and its first bytes, or say why not.

`extract_file` is the one entry point the import pipeline calls (in a worker
process, which adds the time and memory limits). It never returns an empty
document and raises nothing but `Rejected` for bad input: the suffix is only a
hint, the magic bytes decide, so a password-protected .docx (really an OLE2
container), a Word 97 file renamed .docm or a truncated zip each get their own
actionable reason instead of a library traceback.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from enablement.domain import ExtractedDoc
from enablement.errors import Rejected
from enablement.ingest import docx, markdown, pdf, pptx, sheets
from enablement.ingest.ooxml import Package
from enablement.ingest.safety import SafeZip, check_size, clean_text, corrupt, encrypted, read_head
from enablement.messages import QT_TRANSLATE_NOOP, Message

PPTX_SUFFIXES = frozenset({".pptx", ".pptm", ".ppsx", ".ppsm", ".potx", ".potm"})
DOCX_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
OOXML_SUFFIXES = PPTX_SUFFIXES | DOCX_SUFFIXES | XLSX_SUFFIXES
TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
SUPPORTED_SUFFIXES: frozenset[str] = OOXML_SUFFIXES | TEXT_SUFFIXES | TABLE_SUFFIXES | {".pdf"}

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
WORDPERFECT_MAGIC = b"\xffWPC"

_PPT = ("PowerPoint 97-2003", ".pptx")
_DOC = ("Word 97-2003", ".docx")
_XLS = ("Excel 97-2003", ".xlsx")
LEGACY = {
    ".ppt": _PPT,
    ".pps": _PPT,
    ".pot": _PPT,
    ".doc": _DOC,
    ".dot": _DOC,
    ".xls": _XLS,
    ".xlt": _XLS,
    ".wpd": ("WordPerfect", ".docx"),
    ".wps": ("Microsoft Works", ".docx"),
}
UNSUPPORTED = {
    ".xlsb": QT_TRANSLATE_NOOP(
        "Messages", "Excel binary workbook (.xlsb) is not supported; save it as .xlsx and import again"
    ),
    ".xps": QT_TRANSLATE_NOOP(
        "Messages", "XPS document (.xps) is not supported; print it to PDF and import again"
    ),
    ".oxps": QT_TRANSLATE_NOOP(
        "Messages", "XPS document (.oxps) is not supported; print it to PDF and import again"
    ),
    ".rtf": QT_TRANSLATE_NOOP(
        "Messages", "Rich Text Format (.rtf) is not supported; save it as .docx and import again"
    ),
    ".key": QT_TRANSLATE_NOOP(
        "Messages", "Keynote presentation is not supported; export it as .pptx and import again"
    ),
    ".pages": QT_TRANSLATE_NOOP(
        "Messages", "Pages document is not supported; export it as .docx and import again"
    ),
    ".numbers": QT_TRANSLATE_NOOP(
        "Messages", "Numbers spreadsheet is not supported; export it as .xlsx and import again"
    ),
}
# An OpenDocument package by what its mimetype says it is.
ODF_REASONS = {
    "presentation": QT_TRANSLATE_NOOP(
        "Messages", "OpenDocument presentation ({suffix}) is not supported; save it as .pptx and import again"
    ),
    "spreadsheet": QT_TRANSLATE_NOOP(
        "Messages", "OpenDocument spreadsheet ({suffix}) is not supported; save it as .xlsx and import again"
    ),
    "text": QT_TRANSLATE_NOOP(
        "Messages", "OpenDocument text ({suffix}) is not supported; save it as .docx and import again"
    ),
}
ODF_OTHER = QT_TRANSLATE_NOOP(
    "Messages", "OpenDocument {kind} ({suffix}) is not supported; save it as .docx and import again"
)
# OpenDocument suffixes; what the file is comes from its mimetype (ODF_REASONS).
ODF = frozenset({".odp", ".otp", ".odt", ".ott", ".ods", ".ots"})
_OLE_BY_SUFFIX = {**dict.fromkeys(PPTX_SUFFIXES, _PPT), **dict.fromkeys(DOCX_SUFFIXES, _DOC)}
_OLE_BY_SUFFIX.update(dict.fromkeys(XLSX_SUFFIXES, _XLS))

__all__ = ["SUPPORTED_SUFFIXES", "extract_file"]


def _legacy(name: str, modern: str) -> Rejected:
    return Rejected(
        QT_TRANSLATE_NOOP("Messages", "legacy {name} format; save it as {modern} and import again"),
        name=name,
        modern=modern,
    )


def _unsupported(suffix: str) -> Rejected:
    listed = ", ".join(sorted(SUPPORTED_SUFFIXES))
    shown: str | Message = clean_text(suffix) or Message(QT_TRANSLATE_NOOP("Messages", "(no extension)"))
    return Rejected(
        QT_TRANSLATE_NOOP("Messages", "unsupported file type '{suffix}'; supported: {listed}"),
        suffix=shown,
        listed=listed,
    )


def _unsupported_type(suffix: str) -> Rejected:
    return Rejected(
        QT_TRANSLATE_NOOP("Messages", "unsupported file type: {detail}"), detail=Message(UNSUPPORTED[suffix])
    )


def extract_file(path: Path) -> ExtractedDoc:
    """Extract the units of one file, or raise Rejected with a specific reason."""
    path = Path(path)
    try:
        return _extract(path)
    except RecursionError:
        raise corrupt(
            QT_TRANSLATE_NOOP("Messages", "the file's structure is nested too deeply to read")
        ) from None
    except OSError as exc:  # the file itself cannot be read (permissions, vanished, I/O error)
        raise Rejected(
            QT_TRANSLATE_NOOP("Messages", "cannot read the file: {error}"), error=str(exc.strerror or exc)
        ) from None


def _extract(path: Path) -> ExtractedDoc:
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        raise _unsupported_type(suffix)
    known = suffix in SUPPORTED_SUFFIXES or suffix in LEGACY or suffix in ODF
    if not known:
        raise _unsupported(suffix)
    check_size(path)
    head = read_head(path)

    if head.startswith(OLE_MAGIC):
        raise _ole_reason(path, suffix)
    if head.startswith(WORDPERFECT_MAGIC):
        raise _legacy("WordPerfect", ".docx")
    if suffix in LEGACY and not head.startswith(ZIP_MAGICS):
        raise _legacy(*LEGACY[suffix])

    if suffix in TEXT_SUFFIXES or suffix in TABLE_SUFFIXES:
        if head.startswith(ZIP_MAGICS) or head.startswith(b"%PDF"):
            raise corrupt(
                QT_TRANSLATE_NOOP("Messages", "binary data (a zip or PDF file) with a '{suffix}' name"),
                suffix=suffix,
            )
        if suffix in TABLE_SUFFIXES:
            return sheets.extract_csv(path)
        return markdown.extract_text(path)

    if b"%PDF" in head[:1024]:
        return pdf.extract_pdf(path)
    if suffix == ".pdf":
        raise corrupt(QT_TRANSLATE_NOOP("Messages", "not a PDF file (no %PDF header)"))

    if not head.startswith(ZIP_MAGICS):
        if suffix in ODF:
            raise corrupt(
                QT_TRANSLATE_NOOP(
                    "Messages", "not a readable OpenDocument package (no zip header) in a '{suffix}' file"
                ),
                suffix=suffix,
            )
        raise corrupt(
            QT_TRANSLATE_NOOP(
                "Messages", "not a readable Office package (no zip header) in a '{suffix}' file"
            ),
            suffix=suffix,
        )
    return _extract_package(path, suffix)


def _ole_reason(path: Path, suffix: str) -> Rejected:
    """An OLE2/CFB container: encrypted OOXML or a legacy binary format."""
    if suffix in OOXML_SUFFIXES or suffix in ODF:
        data = path.read_bytes()
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            return encrypted()
        if suffix in ODF:
            return corrupt(
                QT_TRANSLATE_NOOP("Messages", "an Office 97-2003 file with a '{suffix}' name"), suffix=suffix
            )
        name, modern = _OLE_BY_SUFFIX[suffix]
        return Rejected(
            QT_TRANSLATE_NOOP(
                "Messages",
                "legacy {name} format with a '{suffix}' name (it is a 97-2003 file); "
                "save it as {modern} and import again",
            ),
            name=name,
            suffix=suffix,
            modern=modern,
        )
    if suffix in LEGACY:
        return _legacy(*LEGACY[suffix])
    return corrupt(
        QT_TRANSLATE_NOOP("Messages", "an Office 97-2003 (OLE2) file with a '{suffix}' name"), suffix=suffix
    )


def _extract_package(path: Path, suffix: str) -> ExtractedDoc:
    try:
        with SafeZip(path) as zf:
            if zf.has("mimetype"):
                mime = zf.head("mimetype", 200).decode("ascii", "replace")
                if "opendocument" in mime:
                    what = clean_text(mime.rsplit(".", 1)[-1])
                    if what in ODF_REASONS:
                        raise Rejected(ODF_REASONS[what], suffix=suffix)
                    raise Rejected(ODF_OTHER, kind=what, suffix=suffix)
            if suffix in ODF:
                raise corrupt(
                    QT_TRANSLATE_NOOP("Messages", "a '{suffix}' file without an OpenDocument mimetype"),
                    suffix=suffix,
                )
            if zf.has("FixedDocSeq.fdseq") or zf.has("FixedDocumentSequence.fdseq"):
                raise _unsupported_type(".xps")
            package = Package(zf)
            package.check_core_properties()
            main, content_type = package.main_part()
            if main.lower().endswith(".bin") or "binary" in content_type:
                raise _unsupported_type(".xlsb")
            family = Package.family(main, content_type)
            if family == "pptx":
                return pptx.extract(path, package, main)
            if family == "docx":
                return docx.extract(path, package, main)
            if family == "xlsx":
                return sheets.extract_xlsx(path, package)
            raise corrupt(
                QT_TRANSLATE_NOOP("Messages", "unknown main document type '{kind}'"),
                kind=content_type or main,
            )
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise corrupt(
            QT_TRANSLATE_NOOP("Messages", "damaged zip package ({error})"), error=str(exc)
        ) from None
