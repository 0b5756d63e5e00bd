"""Real files of every kind an intel attachment may be, written by the libraries that make them.

The attachment check opens what it is given (pdfium, the OOXML package, the picture's structure),
so the tests hand it real files, and break them on purpose where a test needs a bad one.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from pathlib import Path

import sqlalchemy as sa

from enablement.store import Library
from enablement.store.schema import reports


def pdf(path: Path, pages: int = 1) -> Path:
    """A PDF made by pdfium itself, with `pages` empty A4 pages."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    try:
        for _ in range(pages):
            doc.new_page(595, 842)
        doc.save(str(path))
    finally:
        doc.close()
    return path


def png(path: Path, width: int = 4, height: int = 3) -> Path:
    """A whole grey PNG, chunk by chunk (signature, IHDR, IDAT, IEND)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path


def jpeg(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (8, 8), (200, 30, 30)).save(path, "JPEG")
    return path


def pptx(path: Path) -> Path:
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Acme price list"
    deck.save(str(path))
    return path


def docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_paragraph("Acme offer: -20% on X1.")
    document.save(str(path))
    return path


def xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Model", "Price"])
    sheet.append(["X1", 120000])
    book.save(str(path))
    return path


def plain_zip(path: Path) -> Path:
    """Any zip at all: what a renamed archive is."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("readme.txt", "not an Office file")
    return path


def zip_bomb(path: Path) -> Path:
    """An Office-shaped package whose main part inflates 20 MB of zeros from a few kilobytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    return path


def encrypted_package(path: Path) -> Path:
    """What Office writes for a password-protected .docx/.pptx/.xlsx: an OLE2 container holding
    EncryptionInfo and EncryptedPackage streams (their directory names, UTF-16, are what is found)."""
    names = "EncryptionInfo".encode("utf-16-le") + b"\0" * 8 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + names + b"\0" * 2048)
    return path


def zip_with_encrypted_entry(src: Path, path: Path) -> Path:
    """A copy of a real package whose entries carry zip's own password flag (general purpose bit 0).

    zipfile cannot write encrypted entries, so the flag is set in the written headers: local
    ("PK\\3\\4", flags at +6) and central directory ("PK\\1\\2", flags at +8).
    """
    data = bytearray(src.read_bytes())
    for signature, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start >= 0:
            data[start + at] |= 0x1
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    return path


def truncated(src: Path, path: Path, keep: float = 0.6) -> Path:
    """The first `keep` share of `src`: a download or a copy that stopped half-way."""
    data = src.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def forge_attachment(library: Library, report_id: int, data: bytes, name: str) -> int:
    """A copy of report `report_id` carrying `data` as `name`, written in plain SQL round the app
    (as a seller could in psql): the bytes in the blob store (on PostgreSQL the `blobs` table,
    on SQLite the library's blob folder), the row straight into `reports`. Returns its id."""
    sha = hashlib.sha256(data).hexdigest()
    with library.transaction() as conn:
        if library.is_sqlite:
            target = library.blobs.path_for(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        else:
            conn.execute(
                sa.text(
                    "INSERT INTO blobs (sha256, size, data, added_at, added_by) "
                    "VALUES (:sha, :size, :data, now(), current_user) ON CONFLICT DO NOTHING"
                ),
                {"sha": sha, "size": len(data), "data": data},
            )
        row = dict(conn.execute(sa.select(reports).where(reports.c.id == report_id)).mappings().one())
        row.pop("id")
        row.update(attachment_sha=sha, attachment_name=name)
        return int(conn.execute(sa.insert(reports).values(**row).returning(reports.c.id)).scalar_one())
