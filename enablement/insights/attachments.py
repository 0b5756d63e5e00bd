"""Which files a report may carry, judged by their first bytes as well as by their name.

A name is a claim; the first bytes are what a colleague's viewer will meet. An `.exe` renamed
`offer.pdf`, or a zip renamed `notes.txt`, is refused with a message that says what the file
really looks like, so nothing unexpected reaches marketing's inbox through the blob store.
"""

from __future__ import annotations

from enablement.messages import QT_TRANSLATE_NOOP, Message, message

__all__ = ["ATTACHMENT_SUFFIXES", "HEAD_BYTES", "content_problem"]

_OFFICE = (".pptx", ".pptm", ".ppsx", ".ppsm", ".potx", ".potm", ".docx", ".docm", ".dotx", ".dotm")
_SHEETS = (".xlsx", ".xlsm", ".xltx", ".xltm")
_TEXT = (".md", ".markdown", ".txt", ".csv", ".tsv")
_PICTURES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
# The files the library imports (enablement.ingest.registry.SUPPORTED_SUFFIXES), plus the
# screenshots and photos sales takes in the field; tests/unit/insights locks the overlap.
ATTACHMENT_SUFFIXES: frozenset[str] = frozenset({*_OFFICE, *_SHEETS, *_TEXT, ".pdf", *_PICTURES})
HEAD_BYTES = 4096

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_PICTURE_MAGIC: dict[str, tuple[bytes, ...]] = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
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
_BINARY = QT_TRANSLATE_NOOP("Messages", "binary data")
_SCRIPT = QT_TRANSLATE_NOOP("Messages", "a script")


def _looks_like(head: bytes) -> str:
    for magics, what in _KNOWN:
        if head.startswith(magics):
            return what
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _PICTURE
    return _BINARY


def _matches(suffix: str, head: bytes) -> bool:
    if suffix in _OFFICE or suffix in _SHEETS:
        return head.startswith(_ZIP)
    if suffix == ".pdf":
        return b"%PDF" in head[:1024]
    if suffix == ".webp":
        return head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    if suffix in _PICTURE_MAGIC:
        return head.startswith(_PICTURE_MAGIC[suffix])
    # Text: no NUL byte, nothing that is known binary, and readable as UTF-8 or a Cyrillic code page.
    if b"\x00" in head or _looks_like(head) != _BINARY:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # a character cut by the head's end is fine
            try:
                head.decode("cp1251")
            except UnicodeDecodeError:
                return False
    return True


def content_problem(name: str, suffix: str, head: bytes) -> Message | None:
    """Why a file called `name` with these first bytes cannot be attached as `suffix`, or None."""
    if not head:
        return message(QT_TRANSLATE_NOOP("Messages", "{name} cannot be attached: it is empty."), name=name)
    if _matches(suffix, head):
        return None
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{name} cannot be attached: it is named '{suffix}' but its content is {what}. "
            "Save it in its real format and attach it again.",
        ),
        name=name,
        suffix=suffix,
        what=message(_looks_like(head)),
    )
