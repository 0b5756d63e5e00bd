"""PDF files: one PAGE unit per page with text, read with pypdfium2.

pdfium opens PDFs encrypted with an empty user password (and owner-only
protection) without help, so only files that really need a password are
refused. A PDF without usable text is refused with the reason a user can act
on (a scan needs OCR; a text layer of unmapped glyphs needs OCR too) rather
than imported as an empty or garbage document.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, UnitKind
from enablement.ingest.language import useful_title
from enablement.ingest.safety import TextBudget, clean_text, corrupt, encrypted, file_title, no_text
from enablement.messages import QT_TRANSLATE_NOOP

_CID = re.compile(r"\(cid:\d+\)")
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ue000-\uf8ff]")
_PRICE = re.compile(
    r"(\d[\d\s.,]*\s?(?:₽|руб|р\.|\$|€|usd|rub|eur)\b)|((?:₽|\$|€)\s?\d)", re.IGNORECASE | re.UNICODE
)
_CATALOG_WORDS = re.compile(r"price\s?list|прайс|каталог|catalog|pricing|цены", re.IGNORECASE)
GARBAGE_SHARE = 0.05
CATALOG_PRICE_LINES = 10
CATALOG_PRICE_SHARE = 0.25


def extract_pdf(path: Path) -> ExtractedDoc:
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise encrypted() from None
        raise corrupt(
            QT_TRANSLATE_NOOP("Messages", "the PDF cannot be opened ({error})"), error=str(exc)
        ) from None
    try:
        return _extract(path, doc)
    finally:
        doc.close()


def _extract(path: Path, doc: pdfium.PdfDocument) -> ExtractedDoc:
    pages = len(doc)
    if pages == 0:
        raise corrupt(QT_TRANSLATE_NOOP("Messages", "the PDF has no pages"))
    units: list[ExtractedUnit] = []
    warnings: list[str] = []
    budget = TextBudget()
    empty = garbage = broken = 0
    for index in range(pages):
        try:
            text = _page_text(doc, index)
        except pdfium.PdfiumError:
            broken += 1
            continue
        if not text.strip():
            empty += 1
            continue
        if is_garbage(text):
            garbage += 1
            continue
        text = _tidy(text)
        if not text:
            empty += 1
            continue
        if not budget.take(text):
            warnings.append(budget.warning)
            break
        units.append(ExtractedUnit(kind=UnitKind.PAGE, number=index + 1, text=text))
    if not units:
        if garbage:
            raise no_text(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "the PDF's text layer is unreadable (fonts without a Unicode map); run OCR first",
                )
            )
        if broken and not empty:
            raise corrupt(QT_TRANSLATE_NOOP("Messages", "no page of the PDF could be read"))
        raise no_text(
            QT_TRANSLATE_NOOP(
                "Messages", "the PDF has no text layer (scanned images?); run OCR first and import it again"
            )
        )
    if empty:
        warnings.append(f"{empty} of {pages} pages have no text (scanned images?) and were skipped")
    if garbage:
        warnings.append(f"{garbage} of {pages} pages have unreadable text (fonts without a Unicode map)")
    if broken:
        warnings.append(f"{broken} of {pages} pages could not be read")
    kind = ItemKind.CATALOG if looks_like_price_list(units) else ItemKind.DOCUMENT
    return ExtractedDoc(title=_title(doc, path), kind=kind, units=units, warnings=warnings)


def _page_text(doc: pdfium.PdfDocument, index: int) -> str:
    page = doc[index]
    try:
        textpage = page.get_textpage()
        try:
            raw = textpage.get_text_bounded()
        finally:
            textpage.close()
    finally:
        page.close()
    return raw


def _tidy(raw: str) -> str:
    lines = (" ".join(line.split()) for line in clean_text(raw).split("\n"))
    return "\n".join(line for line in lines if line)


def is_garbage(text: str) -> bool:
    """True for text made of unmapped glyphs: (cid:NN) runs, control chars, private-use chars."""
    letters = len(text) - sum(text.count(ch) for ch in " \r\n\t")
    if letters <= 0:
        return True
    bad = sum(len(m) for m in _CID.findall(text)) + len(_BAD_CHARS.findall(text))
    return bad / letters > GARBAGE_SHARE


def looks_like_price_list(units: list[ExtractedUnit]) -> bool:
    """A catalog when the first page says so or many lines carry prices."""
    if _CATALOG_WORDS.search(units[0].text[:2000]):
        lines = [line for u in units for line in u.text.split("\n")]
        priced = sum(1 for line in lines if _PRICE.search(line))
        return priced >= 3
    lines = [line for u in units for line in u.text.split("\n")]
    priced = sum(1 for line in lines if _PRICE.search(line))
    return priced >= CATALOG_PRICE_LINES and priced / max(len(lines), 1) >= CATALOG_PRICE_SHARE


def _title(doc: pdfium.PdfDocument, path: Path) -> str:
    try:
        title = clean_text(doc.get_metadata_dict().get("Title", "")).strip()
    except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):
        title = ""
    return useful_title(title) or file_title(path)
