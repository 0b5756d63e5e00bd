"""Which files a report may carry, judged by their whole content as well as by their name.

A name is a claim; the content is what a colleague's viewer will meet. Two checks, in order:

1. The first bytes say what a misnamed file really is: an `.exe` renamed `offer.pdf`, or a zip
   renamed `notes.txt`, is refused with a message that names what it looks like.
2. The whole file must be readable as what it claims to be. `%PDF-1.4 fake` is not a PDF, a zip
   renamed `.pptx` is not a presentation, a PNG cut off in the middle is not a picture. PDFs and
   Office packages are judged by the import's own defences (enablement.ingest.readable: pdfium,
   SafeZip, the OOXML main part); pictures by their structure (PNG IHDR..IEND, JPEG SOI..EOI,
   GIF trailer, WebP RIFF size); text must decode as UTF-8 or Windows-1251 from end to end.

The file is read in chunks or lazily, never whole, so the attachment cap (MAX_FILE_BYTES, the
import's) bounds the time and not the memory. The caller checks the size first.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from enablement.errors import Rejected
from enablement.ingest.readable import OFFICE_FAMILIES, category, check_office, check_pdf
from enablement.messages import QT_TRANSLATE_NOOP, Arg, Message, message

__all__ = ["ATTACHMENT_SUFFIXES", "HEAD_BYTES", "content_problem", "stored_problem"]

_OFFICE = (".pptx", ".pptm", ".ppsx", ".ppsm", ".potx", ".potm", ".docx", ".docm", ".dotx", ".dotm")
_SHEETS = (".xlsx", ".xlsm", ".xltx", ".xltm")
_TEXT = (".md", ".markdown", ".txt", ".csv", ".tsv")
_PICTURES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
# The files the library imports (enablement.ingest.registry.SUPPORTED_SUFFIXES), plus the
# screenshots and photos sales takes in the field; tests/unit/insights locks the overlap.
ATTACHMENT_SUFFIXES: frozenset[str] = frozenset({*_OFFICE, *_SHEETS, *_TEXT, ".pdf", *_PICTURES})
HEAD_BYTES = 4096
_CHUNK = 1 << 20
_TAIL_BYTES = 64

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_IEND = b"\x00\x00\x00\x00IEND\xaeB`\x82"
_PICTURE_MAGIC: dict[str, tuple[bytes, ...]] = {
    ".png": (_PNG,),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
}
# What a misnamed file most often really is, for the message.
_KNOWN: tuple[tuple[tuple[bytes, ...], str], ...] = (
    ((b"MZ",), QT_TRANSLATE_NOOP("Messages", "a Windows program")),
    ((b"\x7fELF",), QT_TRANSLATE_NOOP("Messages", "a program")),
    ((b"#!",), QT_TRANSLATE_NOOP("Messages", "a script")),
    ((b"%PDF",), QT_TRANSLATE_NOOP("Messages", "a PDF")),
    (_ZIP, QT_TRANSLATE_NOOP("Messages", "a zip archive")),
    ((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",), QT_TRANSLATE_NOOP("Messages", "an old Office (OLE2) file")),
    ((b"\x89PNG", b"\xff\xd8\xff", b"GIF8"), QT_TRANSLATE_NOOP("Messages", "a picture")),
)
_PICTURE = QT_TRANSLATE_NOOP("Messages", "a picture")
_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "data of an unknown kind")
_PLAIN_TEXT = QT_TRANSLATE_NOOP("Messages", "plain text")
_SCRIPT = QT_TRANSLATE_NOOP("Messages", "a script")
# What the file should have been, for "it is not a readable …".
_READABLE = {
    ".pdf": QT_TRANSLATE_NOOP("Messages", "PDF"),
    "pptx": QT_TRANSLATE_NOOP("Messages", "PowerPoint presentation"),
    "docx": QT_TRANSLATE_NOOP("Messages", "Word document"),
    "xlsx": QT_TRANSLATE_NOOP("Messages", "Excel workbook"),
    ".png": QT_TRANSLATE_NOOP("Messages", "PNG picture"),
    ".jpg": QT_TRANSLATE_NOOP("Messages", "JPEG picture"),
    ".jpeg": QT_TRANSLATE_NOOP("Messages", "JPEG picture"),
    ".gif": QT_TRANSLATE_NOOP("Messages", "GIF picture"),
    ".webp": QT_TRANSLATE_NOOP("Messages", "WebP picture"),
    "text": QT_TRANSLATE_NOOP("Messages", "text file"),
}
# The same, with its article, for "is named .pdf but is not a PDF".
_A = {
    ".pdf": QT_TRANSLATE_NOOP("Messages", "a PDF"),
    "pptx": QT_TRANSLATE_NOOP("Messages", "a PowerPoint presentation"),
    "docx": QT_TRANSLATE_NOOP("Messages", "a Word document"),
    "xlsx": QT_TRANSLATE_NOOP("Messages", "an Excel workbook"),
    ".png": QT_TRANSLATE_NOOP("Messages", "a PNG picture"),
    ".jpg": QT_TRANSLATE_NOOP("Messages", "a JPEG picture"),
    ".jpeg": QT_TRANSLATE_NOOP("Messages", "a JPEG picture"),
    ".gif": QT_TRANSLATE_NOOP("Messages", "a GIF picture"),
    ".webp": QT_TRANSLATE_NOOP("Messages", "a WebP picture"),
    "text": QT_TRANSLATE_NOOP("Messages", "a text file"),
}
_CUT_OFF = QT_TRANSLATE_NOOP("Messages", "it ends before the picture does: cut off or damaged")


def _looks_like(head: bytes) -> str:
    for magics, what in _KNOWN:
        if head.startswith(magics):
            return what
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _PICTURE
    if _is_text(head):
        return _PLAIN_TEXT
    return _UNKNOWN


def _is_text(head: bytes) -> bool:
    """The first bytes read as UTF-8 or Windows-1251 text without control bytes (a character cut
    at the end of `head` is allowed)."""
    if b"\x00" in head or any(b < 0x20 and b not in b"\t\n\r\f" for b in head):
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)
        return True
    except UnicodeDecodeError:
        return True  # cp1251 decodes every byte left once control bytes are excluded


def _matches(suffix: str, head: bytes) -> bool:
    """The first bytes are those of a `suffix` file (the whole file is judged afterwards)."""
    if suffix in _OFFICE or suffix in _SHEETS:
        # An OLE2 container is what Office writes when a password protects the file: readable()
        # says so ("password-protected") rather than "an old Office file".
        return head.startswith((*_ZIP, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
    if suffix == ".pdf":
        return b"%PDF" in head[:1024]
    if suffix == ".webp":
        return head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    if suffix in _PICTURE_MAGIC:
        return head.startswith(_PICTURE_MAGIC[suffix])
    # Text: no NUL byte and nothing that is known binary (the encoding is checked over the whole file).
    return b"\x00" not in head and _looks_like(head) in (_PLAIN_TEXT, _UNKNOWN)


def content_problem(path: Path, suffix: str, size: int, name: str | None = None) -> Message | None:
    """Why the file at `path` (`size` bytes) cannot be attached as `suffix`, or None. `name`: the
    file's name in messages (a stored blob's path is its hash; default: the path's name).

    Raises OSError when the file cannot be read.
    """
    name = name or path.name
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    if not head:
        return message(QT_TRANSLATE_NOOP("Messages", "{name} cannot be attached: it is empty."), name=name)
    if not _matches(suffix, head):
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} cannot be attached: the file is named {suffix} but is not {expected} "
                "(it looks like {what}). Save it in its real format and attach it again.",
            ),
            name=name,
            suffix=suffix,
            expected=message(_A.get(OFFICE_FAMILIES.get(suffix, suffix), _A["text"])),
            what=message(_looks_like(head)),
        )
    try:
        _readable(path, suffix, head, size)
    except Rejected as exc:
        return _refusal(name, suffix, exc.reason)
    return None


def stored_problem(path: Path, name: str, limit: int) -> Message | None:
    """Why a stored attachment named `name` (the blob at `path`) is not to be handed out, or None;
    `limit`: the attachment cap in bytes.

    The upload's checks again, on the way out: a row written round the app (a seller's insert in
    psql on a team server) can pair any bytes with any name, and `invoice.pdf.exe` must not be
    written to a marketer's disk because the database says so. Raises OSError when the blob
    cannot be read.
    """
    suffix = Path(name).suffix.lower()
    if suffix not in ATTACHMENT_SUFFIXES:
        return message(
            QT_TRANSLATE_NOOP("Messages", "{suffix} files are not accepted as attachments ({accepted})."),
            suffix=suffix or "(no suffix)",
            accepted=" ".join(sorted(ATTACHMENT_SUFFIXES)),
        )
    size = path.stat().st_size
    if size > limit:
        return message(
            QT_TRANSLATE_NOOP("Messages", "{name} is too large to attach: {size} MB (limit {limit} MB)."),
            name=name,
            size=round(size / 1048576, 1),
            limit=limit // 1048576,
        )
    return content_problem(path, suffix, size, name)


def _readable(path: Path, suffix: str, head: bytes, size: int) -> None:
    """Rejected unless the whole file is what `suffix` says."""
    if suffix == ".pdf":
        check_pdf(path)
    elif suffix in OFFICE_FAMILIES:
        check_office(path, suffix)
    elif suffix in _PICTURES:
        _check_picture(path, suffix, head, size)
    else:
        _check_text(path)


def _refusal(name: str, suffix: str, reason: Message) -> Message:
    """The user's sentence for a file the checks refused: what it is not, and what to do."""
    kind = category(reason)
    if kind == "encrypted":
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} cannot be attached: it is password-protected. "
                "Save a copy without the password and attach that.",
            ),
            name=name,
        )
    if kind == "hostile":  # the import's own words: a bomb, a DOCTYPE, …
        return message(
            QT_TRANSLATE_NOOP("Messages", "{name} cannot be attached: {reason}."), name=name, reason=reason
        )
    detail: Arg = reason.args.get("detail", reason) if kind == "corrupt" else reason
    what = _READABLE.get(OFFICE_FAMILIES.get(suffix, suffix), _READABLE["text"])
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{name} cannot be attached: it is not a readable {what} ({detail}). Save it again and attach it.",
        ),
        name=name,
        what=Message(what),
        detail=detail,
    )


def _damaged(detail: str, **args: Arg) -> Rejected:
    return Rejected(
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated: {detail}"), detail=message(detail, **args)
    )


def _check_picture(path: Path, suffix: str, head: bytes, size: int) -> None:
    """A structural check: the picture's header is whole and its end marker is where it belongs."""
    if suffix == ".png":
        # IHDR is the first chunk (13 bytes of data); IEND is the last, empty and with a fixed CRC.
        if head[12:16] != b"IHDR" or head[8:12] != b"\x00\x00\x00\x0d":
            raise _damaged(QT_TRANSLATE_NOOP("Messages", "no image header (IHDR)"))
        if _tail(path, size, len(_PNG_IEND)) != _PNG_IEND:
            raise _damaged(_CUT_OFF)
    elif suffix in (".jpg", ".jpeg"):
        if not _jpeg_has_end(path, head):
            raise _damaged(_CUT_OFF)
    elif suffix == ".gif":
        if not _tail(path, size, _TAIL_BYTES).rstrip(b"\x00\r\n").endswith(b";"):
            raise _damaged(_CUT_OFF)
    elif suffix == ".webp":
        declared = int.from_bytes(head[4:8], "little") + 8
        if head[12:16] not in (b"VP8 ", b"VP8L", b"VP8X"):
            raise _damaged(QT_TRANSLATE_NOOP("Messages", "no image header (VP8)"))
        if declared > size:
            raise _damaged(_CUT_OFF)


def _tail(path: Path, size: int, n: int) -> bytes:
    with path.open("rb") as fh:
        fh.seek(max(0, size - n))
        return fh.read(n)


def _jpeg_has_end(path: Path, head: bytes) -> bool:
    """Walk the segments to the first scan, then find the end-of-image marker after it.

    Segments before the scan (EXIF with its own thumbnail and EOI) are skipped by their lengths;
    in the scan data a 0xFF byte is followed by 0x00, a restart marker or a real marker, so the
    first FF D9 there is the image's end. Data after it (a phone's motion clip) is allowed.
    """
    with path.open("rb") as fh:
        fh.seek(2)
        while True:
            marker = fh.read(4)
            if len(marker) < 4 or marker[0] != 0xFF:
                return False
            if marker[1] == 0xDA:  # start of scan
                break
            if marker[1] == 0xFF:  # fill byte
                fh.seek(-3, 1)
                continue
            length = int.from_bytes(marker[2:4], "big")
            if length < 2:
                return False
            fh.seek(length - 2, 1)
        tail = b""
        while chunk := fh.read(_CHUNK):
            if b"\xff\xd9" in tail + chunk:
                return True
            tail = chunk[-1:]
    return False


def _check_text(path: Path) -> None:
    """Text decodes as UTF-8, else as Windows-1251, from end to end, and holds no NUL byte."""
    problem: Rejected | None = None
    for encoding in ("utf-8", "cp1251"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as fh:
                while chunk := fh.read(_CHUNK):
                    if b"\x00" in chunk:
                        raise _damaged(QT_TRANSLATE_NOOP("Messages", "data of an unknown kind, not text"))
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            return
        except UnicodeDecodeError:
            problem = _damaged(
                QT_TRANSLATE_NOOP("Messages", "neither UTF-8 nor Windows-1251 text"),
            )
    assert problem is not None
    raise problem
