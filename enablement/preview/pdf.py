"""Render PDF pages to images with pypdfium2.

PDFium is not thread-safe, so every call into it holds the lock the attachment check shares
(enablement.ingest.readable.PDFIUM_LOCK); the desktop app calls this from its background
runner, never from the UI thread.
Pages are returned as raw RGBA bytes (width, height, stride) that the UI wraps
in a QImage without re-encoding, or as PNG bytes for other callers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from enablement.ingest.readable import PDFIUM_LOCK as _LOCK


@dataclass(slots=True)
class PageImage:
    """A rendered page.

    Attributes:
        number: 1-based page number.
        page_count: pages in the document.
        width, height: pixel size; `rgba` holds width*height*4 bytes.
        rgba: the pixels, RGBA 8888, rows packed.
    """

    number: int
    page_count: int
    width: int
    height: int
    rgba: bytes

    def to_png(self) -> bytes:
        from PIL import Image

        out = io.BytesIO()
        Image.frombytes("RGBA", (self.width, self.height), self.rgba).save(out, "PNG")
        return out.getvalue()


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    with _LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()


def render_page(path: Path, number: int, *, width_px: int = 900, password: str | None = None) -> PageImage:
    """Render page `number` (1-based, clamped to the document) about `width_px` pixels wide."""
    import pypdfium2 as pdfium

    with _LOCK:
        pdf = pdfium.PdfDocument(str(path), password=password)
        try:
            count = len(pdf)
            if count == 0:
                raise ValueError("the PDF has no pages")
            number = min(max(number, 1), count)
            page = pdf[number - 1]
            try:
                page_w = page.get_width() or 612.0
                scale = max(0.1, min(width_px / page_w, 6.0))
                bitmap = page.render(scale=scale, may_draw_forms=True)
                try:
                    image = bitmap.to_pil().convert("RGBA")
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            pdf.close()
    return PageImage(number, count, image.width, image.height, image.tobytes())
