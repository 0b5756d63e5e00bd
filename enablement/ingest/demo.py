"""The demo library: what a new user finds on first run, and what search relevance is judged on.

Why it is built rather than shipped: the sources under `resources/demo/` are
text (Markdown battle cards, YAML deck and catalog descriptions, a UTF-8 price
list), so they diff and review like code; the .pptx/.pdf/.xlsx/.docx/.csv
files a salesperson actually meets are generated from them here. Generation
is deterministic (fixed document dates, fixed zip timestamps, reportlab's
invariant mode, a bundled DejaVu font), so the same sources always give the
same bytes, and an unchanged rebuild rewrites nothing, so a re-import sees
every file as unchanged.

`resources/demo/manifest.yaml` lists every output file with the metadata it
is imported with (Markdown carries its own in front matter);
`resources/demo/FACTS.md` lists what search must find in them. Importing them,
with their metadata and a few ballots, is `enablement.services.demo`.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from enablement.domain import ItemKind, ItemMeta, ItemStatus
from enablement.resources import resource

__all__ = ["DemoFile", "build_demo_files", "demo_manifest"]

DEMO_DATE = datetime(2026, 1, 15, 9, 0, 0)
_ZIP_DATE = (2026, 1, 15, 9, 0, 0)
_ISO_DATE = b"2026-01-15T09:00:00Z"
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
_FONT = "NordWindDejaVu"
_FONT_BOLD = "NordWindDejaVu-Bold"


@dataclass(frozen=True, slots=True)
class DemoFile:
    """One file of the demo library, as the manifest describes it.

    Attributes:
        output: file name written into the target folder.
        source: path of its source, relative to `resources/demo/`.
        build: how the output is made from the source (copy, pptx, pdf, xlsx, csv-cp1251, docx).
        kind, status, competitors, products, tags, review_by: import metadata (empty = from the file).
    """

    output: str
    source: str
    build: str
    kind: str = ""
    status: str = ""
    competitors: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    tags: tuple[str, ...] = field(default=())
    review_by: date | None = None

    def meta(self) -> ItemMeta:
        return ItemMeta(
            kind=ItemKind(self.kind) if self.kind else None,
            status=ItemStatus(self.status) if self.status else None,
            competitors=list(self.competitors),
            products=list(self.products),
            tags=list(self.tags),
        )


def demo_dir() -> Path:
    return resource("demo")


def demo_manifest() -> list[DemoFile]:
    """The manifest's entries, in order."""
    data = yaml.safe_load((demo_dir() / "manifest.yaml").read_text(encoding="utf-8"))
    return [
        DemoFile(
            output=str(entry["output"]),
            source=str(entry["source"]),
            build=str(entry["build"]),
            kind=str(entry.get("kind") or ""),
            status=str(entry.get("status") or ""),
            competitors=tuple(entry.get("competitors") or ()),
            products=tuple(entry.get("products") or ()),
            tags=tuple(entry.get("tags") or ()),
            review_by=entry.get("review_by"),
        )
        for entry in data["files"]
    ]


def build_demo_files(target: Path) -> list[Path]:
    """Write the demo files into `target` (created if needed) and return their paths in manifest order.

    Idempotent: a file whose bytes would not change is left alone, so its
    modification time (and the importer's unchanged check) survives a rebuild.
    """
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    root = demo_dir()
    written: list[Path] = []
    for entry in demo_manifest():
        data = _BUILDERS[entry.build](root / entry.source)
        path = target / entry.output
        if not path.is_file() or path.read_bytes() != data:
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(path)
        written.append(path)
    return written


# ---------------------------------------------------------------- helpers


def _load_yaml(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path} must hold a mapping"
    return data


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    if not match:
        return {}, text
    return yaml.safe_load(match.group(1)) or {}, text[match.end() :]


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed entry timestamps and modified date, so Office files come out byte-identical.

    openpyxl stamps `dcterms:modified` with the save time whatever we set, so it is rewritten here.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"\g<1>" + _ISO_DATE + rb"\g<2>", data)
            dst.writestr(fixed, data)
    return out.getvalue()


def _price_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def _format_price(row: dict[str, str]) -> str:
    if not row["Цена"]:
        return "% от цены оборудования"
    amount = f"{int(row['Цена']):,}".replace(",", " ")
    return f"{amount} ₽" if row["Валюта"] == "RUB" else f"{amount} {row['Валюта']}"


# ---------------------------------------------------------------- builders


def _copy(source: Path) -> bytes:
    return source.read_bytes()


def _build_pptx(source: Path) -> bytes:
    """A deck from its YAML: title slide, bullet slides, tables, one grouped diagram, notes, hidden slides."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Emu, Inches, Pt

    spec = _load_yaml(source)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    width = prs.slide_width
    for index, slide_spec in enumerate(spec["slides"]):
        if index == 0:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = slide_spec["title"]
            slide.placeholders[1].text = slide_spec.get("subtitle", "")
        elif slide_spec.get("bullets") and not (slide_spec.get("table") or slide_spec.get("group")):
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            slide.shapes.title.text = slide_spec["title"]
            body = slide.placeholders[1]
            body.left, body.top, body.width, body.height = Inches(0.7), Inches(1.6), Inches(11.9), Inches(5.4)
            frame = body.text_frame
            for n, bullet in enumerate(slide_spec["bullets"]):
                paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
                paragraph.text = bullet
                paragraph.font.size = Pt(24)
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = slide_spec["title"]
        for shape in slide.placeholders:
            if shape.placeholder_format.idx == 0:
                shape.left, shape.width = Inches(0.7), Emu(width - Inches(1.4))
        if rows := slide_spec.get("table"):
            shape = slide.shapes.add_table(
                len(rows), len(rows[0]), Inches(0.7), Inches(1.7), Inches(11.9), Inches(0.5) * len(rows)
            )
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = shape.table.cell(r, c)
                    cell.text = str(value)
                    cell.text_frame.paragraphs[0].font.size = Pt(16)
        if boxes := slide_spec.get("group"):
            group = slide.shapes.add_group_shape()
            box_w = Inches(2.6)
            for n, text in enumerate(boxes):
                box = group.shapes.add_shape(
                    MSO_SHAPE.ROUNDED_RECTANGLE,
                    Inches(0.7) + n * Inches(3.1),
                    Inches(3.0),
                    box_w,
                    Inches(1.6),
                )
                box.text_frame.text = text
                box.text_frame.word_wrap = True
                box.text_frame.paragraphs[0].font.size = Pt(16)
                if n:
                    group.shapes.add_shape(
                        MSO_SHAPE.RIGHT_ARROW,
                        Inches(0.7) + n * Inches(3.1) - Inches(0.45),
                        Inches(3.6),
                        Inches(0.4),
                        Inches(0.4),
                    )
        if notes := slide_spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = notes
        if slide_spec.get("hidden"):
            slide._element.set("show", "0")
    props = prs.core_properties
    props.title = spec["title"]
    props.subject = spec.get("subject", "")
    props.comments = ""
    props.author = props.last_modified_by = spec.get("author", "")
    props.language = spec.get("language", "")
    props.created = props.modified = DEMO_DATE
    props.revision = 1
    buf = io.BytesIO()
    prs.save(buf)
    return _fixed_zip(buf.getvalue())


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        fonts = demo_dir() / "fonts"
        pdfmetrics.registerFont(TTFont(_FONT, str(fonts / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(_FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))


def _build_pdf(source: Path) -> bytes:
    """The catalog: exactly one page per `pages` entry, tables filled from the price list."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_fonts()
    spec = _load_yaml(source)
    prices = {row["Артикул"]: row for row in _price_rows(source.parent / "pricelist.csv")}
    heading = ParagraphStyle("h", fontName=_FONT_BOLD, fontSize=16, leading=20, spaceAfter=8)
    body = ParagraphStyle("b", fontName=_FONT, fontSize=9.5, leading=12.5, spaceAfter=5)
    cell = ParagraphStyle("c", fontName=_FONT, fontSize=7.5, leading=9)
    cell_bold = ParagraphStyle("cb", parent=cell, fontName=_FONT_BOLD)
    widths = {"Артикул": 30 * mm, "Наименование": 48 * mm, "Описание": 76 * mm, "Цена": 26 * mm}
    widths["Срок поставки"] = 30 * mm

    def table(table_spec: dict[str, Any]) -> Table:
        columns = table_spec["columns"]
        rows: list[list[Any]] = [[Paragraph(c, cell_bold) for c in columns]]
        for sku in table_spec["skus"]:
            row = prices[sku]
            values = [_format_price(row) if c == "Цена" else row[c] for c in columns]
            rows.append([Paragraph(_escape(v), cell) for v in values])
        result = Table(rows, colWidths=[widths[c] for c in columns], repeatRows=1)
        result.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f0")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return result

    story: list[Any] = []
    for n, page in enumerate(spec["pages"]):
        if n:
            story.append(PageBreak())
        story.append(Paragraph(_escape(page["heading"]), heading))
        if page.get("table") and n == len(spec["pages"]) - 1:
            story += [table(page["table"]), Spacer(1, 4 * mm)]
            story += [Paragraph(_escape(p), body) for p in page.get("paragraphs", [])]
        else:
            story += [Paragraph(_escape(p), body) for p in page.get("paragraphs", [])]
            if page.get("table"):
                story.append(table(page["table"]))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(_FONT, 8)
        canvas.drawString(18 * mm, 10 * mm, f"NordWind Systems · Каталог и прайс-лист 2026 · стр. {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, title=spec["title"], author=spec["author"], subject="Прайс-лист",
        creator="Enablement Hub demo", invariant=1, leftMargin=15 * mm, rightMargin=15 * mm,
        topMargin=15 * mm, bottomMargin=18 * mm, lang="ru-RU",
    )  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _build_xlsx(source: Path) -> bytes:
    """The price list as one sheet: a header row, then one row per product; prices as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rows = _price_rows(source)
    header = list(rows[0])
    wb = Workbook()
    ws = wb.active
    ws.title = "Прайс-лист"
    ws.append(header)
    for row in rows:
        ws.append([int(row[h]) if h == "Цена" and row[h] else (row[h] or None) for h in header])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFGH", (16, 40, 18, 12, 8, 16, 70, 70), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.properties.creator = wb.properties.lastModifiedBy = "NordWind Systems"
    wb.properties.title = "Прайс-лист NordWind 2026"
    wb.properties.created = wb.properties.modified = DEMO_DATE
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue())


def _build_csv_cp1251(source: Path) -> bytes:
    """The way Russian Excel saves CSV: cp1251, semicolons, CRLF."""
    with source.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("cp1251")


def _build_docx(source: Path) -> bytes:
    """A Word battle card from front-matter Markdown: `##` headings, `-` bullets, `**bold:**` lead-ins."""
    from docx import Document

    meta, text = _front_matter(source.read_text(encoding="utf-8"))
    doc = Document()  # no title paragraph: the title is in the core properties, sections start at 1
    for style, content in _markdown_blocks(text):
        if style == "heading":
            doc.add_heading(content, level=1)
        elif style == "lead":
            lead, _, rest = content[2:].partition("**")
            paragraph = doc.add_paragraph()
            paragraph.add_run(lead).bold = True
            paragraph.add_run(rest)
        else:
            doc.add_paragraph(content, style="List Bullet" if style == "bullet" else None)
    props = doc.core_properties
    props.title = meta["title"]
    props.author = props.last_modified_by = str(meta.get("owner", ""))
    props.keywords = ", ".join(meta.get("tags", []))
    props.language = str(meta.get("language", ""))
    props.created = props.modified = DEMO_DATE
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


def _markdown_blocks(text: str) -> list[tuple[str, str]]:
    """(style, text) blocks of the small Markdown subset the docx sources use; wrapped lines are joined."""
    blocks: list[tuple[str, str]] = []
    open_block = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            open_block = False
        elif line.startswith("## "):
            blocks.append(("heading", line[3:]))
            open_block = False
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:]))
            open_block = True
        elif line.startswith("**"):
            blocks.append(("lead", line))
            open_block = True
        elif open_block:
            style, previous = blocks[-1]
            blocks[-1] = (style, f"{previous} {line}")
        else:
            blocks.append(("paragraph", line))
            open_block = True
    return blocks


_BUILDERS: dict[str, Callable[[Path], bytes]] = {
    "copy": _copy,
    "pptx": _build_pptx,
    "pdf": _build_pdf,
    "xlsx": _build_xlsx,
    "csv-cp1251": _build_csv_cp1251,
    "docx": _build_docx,
}
