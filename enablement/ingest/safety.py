"""Defences every extractor shares: limits, hostile archives, hostile XML, text cleaning.

The importer reads files other people wrote, so nothing here trusts the input.
Zip packages are checked from the central directory before any member is
inflated (total size, compression ratio, duplicate names, encrypted entries), members are read
into memory with a byte cap (their names never become paths), XML is parsed
with entities, DTDs and the network switched off and any DOCTYPE refused, and
every extracted string is cleaned of NULs, control characters and lone
surrogates so it can be written to UTF-8 (database, index, logs) safely.

Every problem with the input becomes `Rejected(reason)`, with a reason that
starts with one of the phrases in `CATEGORIES` so reports can group them. The
reasons are translatable messages (enablement.messages): a category template
such as "corrupt or truncated: {detail}" around a detail template.
"""

from __future__ import annotations

import itertools
import re
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from enablement.domain import ExtractedUnit, UnitKind
from enablement.errors import Rejected
from enablement.ingest.language import section_type
from enablement.messages import QT_TRANSLATE_NOOP, Arg, Message, message

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED = 1024 * 1024 * 1024
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200
RATIO_MIN_BYTES = 16 * 1024 * 1024
MAX_MEMBERS = 20_000
# Members a parser may inflate; embedded media and OLE objects are never read.
READ_SUFFIXES = (".xml", ".rels", ".vml")
MAX_UNITS = 200_000
MAX_TEXT_CHARS = 50_000_000

# The leading phrase of every rejection reason, by category (see `category`).
CATEGORIES = {
    "empty": "empty file",
    "too_large": "file too large",
    "unsupported": "unsupported file type",
    "legacy": "legacy ",
    "encrypted": "password-protected",
    "odf": "OpenDocument",
    "corrupt": "corrupt or truncated",
    "hostile": "hostile",
    "no_text": "no text",
}


def category(reason: str | Message) -> str:
    """The category of a rejection reason (a key of CATEGORIES), or 'other'."""
    text = str(reason)
    for key, phrase in CATEGORIES.items():
        if text.startswith(phrase):
            return key
    return "other"


def _detail(template: str | Message, args: dict[str, Arg]) -> Message:
    """The detail message, its text arguments (file and part names, library errors) cleaned."""
    return message(template, **{k: clean_text(v) if isinstance(v, str) else v for k, v in args.items()})


def corrupt(detail: str | Message, **args: Arg) -> Rejected:
    return Rejected(
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated: {detail}"), detail=_detail(detail, args)
    )


def hostile(detail: str | Message, **args: Arg) -> Rejected:
    return Rejected(
        QT_TRANSLATE_NOOP("Messages", "hostile file refused: {detail}"), detail=_detail(detail, args)
    )


def encrypted() -> Rejected:
    return Rejected(
        QT_TRANSLATE_NOOP("Messages", "password-protected; remove the password and import it again")
    )


def no_text(detail: str | Message, **args: Arg) -> Rejected:
    return Rejected(
        QT_TRANSLATE_NOOP("Messages", "no text to import: {detail}"), detail=_detail(detail, args)
    )


# --- text cleaning -----------------------------------------------------------------------------

_CONTROL: dict[int, int | None] = {c: None for c in range(32) if c not in (9, 10)}
_CONTROL[13] = 10  # lone CR -> LF (CRLF is replaced by LF first)
_CONTROL[0x7F] = None
_CONTROL.update({c: None for c in range(0x80, 0xA0)})
_CONTROL[0xFEFF] = None
_CONTROL[0xFFFE] = None
_CONTROL[0xFFFF] = None
_CONTROL[0x00AD] = None  # soft hyphen: invisible, splits words for search
_SURROGATES = re.compile("[\ud800-\udfff]")
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\ud800-\udfff\ufeff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Make extracted text safe to store: no NUL/control chars, no lone surrogates.

    Tabs and newlines stay; CR and CRLF become LF.
    """
    if not text:
        return ""
    if _NEEDS_CLEANING.search(text) is None:
        return text
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    text = text.translate(_CONTROL)
    if not text.isascii():
        text = _SURROGATES.sub("", text)
    return text


# --- file-level checks -------------------------------------------------------------------------


def file_title(path: Path) -> str:
    """The file name without suffix, as a fallback title (undecodable bytes removed)."""
    return clean_text(path.stem) or "untitled"


def check_size(path: Path) -> int:
    """The file size, after refusing empty and oversized files."""
    try:
        if not path.is_file():
            raise Rejected(QT_TRANSLATE_NOOP("Messages", "not a regular file"))
        size = path.stat().st_size
    except OSError as exc:
        raise Rejected(
            QT_TRANSLATE_NOOP("Messages", "cannot read the file: {error}"), error=str(exc.strerror or exc)
        ) from None
    if size == 0:
        raise Rejected(QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes)"))
    if size > MAX_FILE_BYTES:
        raise Rejected(
            QT_TRANSLATE_NOOP("Messages", "file too large: {size} MB (limit {limit} MB); split it"),
            size=round(size / 1048576),
            limit=MAX_FILE_BYTES // 1048576,
        )
    return size


def read_head(path: Path, n: int = 4096) -> bytes:
    with path.open("rb") as fh:
        return fh.read(n)


# --- zip packages ------------------------------------------------------------------------------


class SafeZip:
    """A zip package opened for reading members into memory, after bomb checks.

    Member lookup is case-insensitive (OPC part names are) and never touches the
    filesystem. Use as a context manager.
    """

    def __init__(self, path: Path) -> None:
        try:
            self._zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise corrupt(
                QT_TRANSLATE_NOOP("Messages", "not a readable zip package ({error})"), error=str(exc)
            ) from None
        except (OSError, EOFError, ValueError, NotImplementedError, UnicodeDecodeError) as exc:
            raise corrupt(
                QT_TRANSLATE_NOOP("Messages", "not a readable zip package ({error})"), error=str(exc)
            ) from None
        try:
            self._names = self._check_directory()
        except BaseException:
            self._zf.close()
            raise

    def _check_directory(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise hostile(QT_TRANSLATE_NOOP("Messages", "zip package with {count} members"), count=len(infos))
        names: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            key = info.filename.lstrip("/").lower()
            if key in names:
                raise corrupt(
                    QT_TRANSLATE_NOOP("Messages", "duplicate zip entry '{name}'"), name=info.filename
                )
            names[key] = info
            if info.flag_bits & 0x1:  # a password-protected entry: zipfile would raise on reading it
                raise encrypted()
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES and key.endswith(READ_SUFFIXES):
                raise hostile(
                    QT_TRANSLATE_NOOP("Messages", "zip member '{name}' expands to {size} MB"),
                    name=info.filename,
                    size=info.file_size // 1048576,
                )
            ratio_checked = key.endswith(READ_SUFFIXES) and info.file_size > RATIO_MIN_BYTES
            if ratio_checked and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise hostile(
                    QT_TRANSLATE_NOOP(
                        "Messages", "zip bomb: member '{name}' has compression ratio above {ratio}:1"
                    ),
                    name=info.filename,
                    ratio=MAX_RATIO,
                )
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise hostile(
                QT_TRANSLATE_NOOP("Messages", "zip bomb: expands to {size} MB"), size=total // 1048576
            )
        _check_layout(infos)
        return names

    def verify_all(self) -> None:
        """Inflate every XML member once (CRC check) and refuse DOCTYPEs in them.

        Used before handing a package to a parser we do not configure ourselves
        (calamine), which may not check CRCs or refuse entity declarations.
        """
        for key, info in self._names.items():
            if info.is_dir() or not info.file_size or not key.endswith(READ_SUFFIXES):
                continue
            data = self.read(info.filename)
            check_no_doctype(data[:65536], info.filename)

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zf.close()

    def has(self, name: str) -> bool:
        return name.lstrip("/").lower() in self._names

    def names(self) -> list[str]:
        return [info.filename for info in self._names.values()]

    def read(self, name: str, cap: int = MAX_MEMBER_BYTES) -> bytes:
        """The member's bytes; Rejected when missing, damaged or larger than `cap`."""
        data = self.head(name, cap + 1)
        if len(data) > cap:
            raise hostile(
                QT_TRANSLATE_NOOP("Messages", "part '{part}' is larger than {size} MB"),
                part=self._info(name).filename,
                size=cap // 1048576,
            )
        return data

    def read_optional(self, name: str, cap: int = MAX_MEMBER_BYTES) -> bytes | None:
        return self.read(name, cap) if self.has(name) else None

    def head(self, name: str, n: int = 8192) -> bytes:
        """The first `n` inflated bytes of a member (for sniffing and DOCTYPE checks)."""
        info = self._info(name)
        try:
            with self._zf.open(info) as fh:
                return fh.read(n)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise corrupt(
                QT_TRANSLATE_NOOP("Messages", "damaged part '{part}' ({error})"),
                part=info.filename,
                error=str(exc),
            ) from None

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = self._names.get(name.lstrip("/").lower())
        if info is None:
            raise corrupt(QT_TRANSLATE_NOOP("Messages", "missing part '{part}'"), part=name)
        return info


def _check_layout(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse overlapping entries (a zip-bomb trick) and entries with two names.

    An Info-ZIP Unicode Path extra field (0x7075) naming a different file than
    the entry's own name makes tools disagree about what the package holds.
    """
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for current, following in itertools.pairwise(ordered):
        name_encoding = "utf-8" if current.flag_bits & 0x800 else "cp437"
        raw_name = current.orig_filename.encode(name_encoding, "replace")
        if current.header_offset + 30 + len(raw_name) + current.compress_size > following.header_offset:
            raise hostile(
                QT_TRANSLATE_NOOP("Messages", "overlapping zip entries '{first}' and '{second}'"),
                first=current.filename,
                second=following.filename,
            )
    for info in infos:
        extra = info.extra
        pos = 0
        while pos + 4 <= len(extra):
            field_id = int.from_bytes(extra[pos : pos + 2], "little")
            size = int.from_bytes(extra[pos + 2 : pos + 4], "little")
            body = extra[pos + 4 : pos + 4 + size]
            if field_id == 0x7075 and len(body) > 5:
                other = body[5:].decode("utf-8", "replace")
                if other != info.filename:
                    raise corrupt(
                        QT_TRANSLATE_NOOP("Messages", "zip entry '{name}' also claims to be '{other}'"),
                        name=info.filename,
                        other=other,
                    )
            pos += 4 + size


# --- XML ---------------------------------------------------------------------------------------

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def check_no_doctype(head: bytes, part: str) -> None:
    if _DOCTYPE.search(head):
        raise hostile(
            QT_TRANSLATE_NOOP("Messages", "XML with DOCTYPE/entity declarations in '{part}'"), part=part
        )


def parse_xml(data: bytes, part: str) -> etree._Element:
    """Parse one XML part safely; Rejected for DOCTYPEs and malformed XML."""
    check_no_doctype(data[:8192], part)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in str(exc):
            raise corrupt(
                QT_TRANSLATE_NOOP("Messages", "XML in '{part}' is nested too deeply (over 256 levels)"),
                part=part,
            ) from None
        raise corrupt(
            QT_TRANSLATE_NOOP("Messages", "malformed XML in '{part}' ({error})"), part=part, error=str(exc)
        ) from None
    if root is None:
        raise corrupt(QT_TRANSLATE_NOOP("Messages", "empty XML part '{part}'"), part=part)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise hostile(
            QT_TRANSLATE_NOOP("Messages", "XML with DOCTYPE/entity declarations in '{part}'"), part=part
        )
    return root


# --- unit shaping ------------------------------------------------------------------------------

ITEM_SPLIT_CHARS = 20_000
PART_CHARS = 8_000


def split_long_text(text: str, limit: int = ITEM_SPLIT_CHARS, part: int = PART_CHARS) -> list[str]:
    """Split a long headingless text into parts of about `part` characters at line breaks.

    One 1-million-character unit ranks and snippets badly; parts keep search
    results pointing near the match. Texts up to `limit` stay whole.
    """
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        if size and size + len(line) > part:
            parts.append("\n".join(current).strip())
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        parts.append("\n".join(current).strip())
    return [p for p in parts if p]


# --- limits ------------------------------------------------------------------------------------


class TextBudget:
    """Counts units and characters for one file and says when to stop.

    Extractors call `take(text)` per unit; when a limit is passed they stop
    adding units and record a truncation warning instead of failing the file.
    """

    def __init__(self, max_units: int = MAX_UNITS, max_chars: int = MAX_TEXT_CHARS) -> None:
        self.max_units = max_units
        self.max_chars = max_chars
        self.units = 0
        self.chars = 0
        self.warning = ""

    def take(self, *texts: str) -> bool:
        """Account for one unit; False once a limit is reached (and the unit is dropped)."""
        if self.warning:
            return False
        size = sum(len(t) for t in texts)
        if self.units + 1 > self.max_units:
            self.warning = f"truncated: only the first {self.max_units:,} units were imported"
            return False
        if self.chars + size > self.max_chars:
            self.warning = (
                f"truncated: text limit of {self.max_chars // 1_000_000} million characters reached"
            )
            return False
        self.units += 1
        self.chars += size
        return True


def item_units(text: str, budget: TextBudget, warnings: list[str]) -> list[ExtractedUnit]:
    """A headingless text as ITEM units (a long one in parts), as far as the budget allows."""
    units: list[ExtractedUnit] = []
    for part in split_long_text(text) if text else []:
        if not budget.take(part):
            warnings.append(budget.warning)
            break
        units.append(ExtractedUnit(kind=UnitKind.ITEM, number=len(units) + 1, text=part))
    return units


def section_units(
    sections: Iterable[tuple[str, str]], budget: TextBudget, warnings: list[str]
) -> list[ExtractedUnit]:
    """(heading, text) pairs as numbered SECTION units typed by heading, as far as the budget allows."""
    units: list[ExtractedUnit] = []
    for heading, text in sections:
        if not budget.take(heading, text):
            warnings.append(budget.warning)
            break
        units.append(
            ExtractedUnit(
                kind=UnitKind.SECTION,
                number=len(units) + 1,
                heading=heading,
                text=text,
                section_type=section_type(heading),
            )
        )
    return units


# --- text encodings ----------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CYRILLIC_FAMILY = ("cp1251", "cp866", "cp1125", "koi8", "mac_cyrillic", "iso8859_5", "kz1048", "ptcp154")
_CYRILLIC_CANDIDATES = ("cp1251", "cp866", "koi8_r")
_RUSSIAN_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_FREQUENT_RU = frozenset("оеаинтсрвлОЕАИНТСРВЛ")


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) for a text file of unknown encoding, Russian-aware.

    Order: BOM, UTF-16 without BOM, strict UTF-8, then charset-normalizer's guess,
    corrected for Cyrillic (cp1251 vs IBM866 vs KOI8-R scored by Russian letter
    frequency) and with Western single-byte guesses mapped to windows-1252.
    Rejected for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise corrupt(
                    QT_TRANSLATE_NOOP(
                        "Messages", "text with a {encoding} byte-order mark that does not decode"
                    ),
                    encoding=encoding,
                ) from None
    sample = data[:65536]
    nuls = sample.count(0)
    if nuls:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if nuls > len(sample) // 4 and (even == 0 or odd == 0):
            encoding = "utf-16-le" if even == 0 else "utf-16-be"
            return data.decode(encoding, errors="replace"), encoding
    controls = sum(
        sample.count(c) for c in b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x16"
    )
    if nuls > len(sample) // 1000 or controls > len(sample) // 10:
        raise corrupt(QT_TRANSLATE_NOOP("Messages", "binary data, not text"))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144]).best()
    guess = (best.encoding if best else "") or "cp1252"
    if guess.startswith(_CYRILLIC_FAMILY):
        encoding = max(_CYRILLIC_CANDIDATES, key=lambda enc: _russian_score(sample, enc))
    elif guess.startswith(("cp125", "latin", "iso8859", "mac_", "cp437", "cp850", "ascii")):
        if _looks_cyrillic(sample):
            encoding = max(_CYRILLIC_CANDIDATES, key=lambda enc: _russian_score(sample, enc))
        else:
            encoding = "cp1252"
    else:
        encoding = guess
    return data.decode(encoding, errors="replace"), encoding


def _looks_cyrillic(sample: bytes) -> bool:
    """Single-byte Cyrillic text has runs of high bytes (whole words); accented Latin has lone ones."""
    high = paired = 0
    for i, byte in enumerate(sample):
        if byte >= 0x80:
            high += 1
            if (i > 0 and sample[i - 1] >= 0x80) or (i + 1 < len(sample) and sample[i + 1] >= 0x80):
                paired += 1
    return high >= 8 and paired / high > 0.7 and _russian_score(sample, "cp1251") > 0


def _russian_score(sample: bytes, encoding: str) -> float:
    text = sample.decode(encoding, errors="replace")
    letters = sum(1 for ch in text if ch in _RUSSIAN_LETTERS)
    frequent = sum(1 for ch in text if ch in _FREQUENT_RU)
    lower = sum(1 for ch in text if "а" <= ch <= "я")
    other = sum(1 for ch in text if ord(ch) >= 0x80 and ch not in _RUSSIAN_LETTERS)
    return letters + frequent + lower - 3 * other
