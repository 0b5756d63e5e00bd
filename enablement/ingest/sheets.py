"""Spreadsheets (.xlsx/.xlsm/.xltx) and CSV: one ROW unit per data row.

Workbooks are read with python-calamine: about nine times faster than
openpyxl, and it reads Strict OOXML workbooks (openpyxl returns them empty
without an error) and the style parts openpyxl chokes on. Calamine's XML
parser is not ours to configure, so the package is checked first: zip-bomb
limits from the central directory, and any XML part declaring a DOCTYPE is
refused before calamine sees it.

The header is the first row that looks like one (title rows such as
"Прайс-лист" above the real header are skipped); `number` counts rows after
the header, so header row + number is the row in the sheet. Product-code
columns (SKU, Артикул, Код товара, P/N, ...) feed `codes` for exact search.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, UnitKind
from enablement.ingest.language import useful_title
from enablement.ingest.ooxml import Package, drawing_paragraphs
from enablement.ingest.safety import (
    TextBudget,
    clean_text,
    corrupt,
    decode_text,
    encrypted,
    file_title,
    no_text,
)
from enablement.messages import QT_TRANSLATE_NOOP

HEADER_SCAN_ROWS = 30
HEADER_WIDTH_SHARE = 0.6
MAX_CELL_CHARS = 32_767  # Excel's own limit; longer cells are junk or an attack

CODE_HEADERS = frozenset(
    {
        "sku",
        "артикул",
        "арт",
        "код",
        "код товара",
        "код продукта",
        "код производителя",
        "code",
        "product code",
        "item code",
        "part number",
        "part no",
        "part #",
        "p/n",
        "pn",
        "mpn",
        "model",
        "модель",
        "article",
        "article number",
        "vendor code",
        "item number",
        "item no",
        "catalog number",
        "каталожный номер",
    }
)
CODE_PREFIXES = ("артикул", "код товара", "sku", "part number", "p/n")
NAME_HEADERS = (
    ("наименование", "name", "title", "название", "product name", "наименование товара", "товар", "product"),
    ("description", "описание", "item", "позиция"),
)
DELIMITERS = (";", ",", "\t", "|")
_SEP_HINT = re.compile(r"sep=(.)[ \t]*\r?\n", re.IGNORECASE)


def extract_xlsx(path: Path, package: Package) -> ExtractedDoc:
    package.zip.verify_all()
    from python_calamine import CalamineWorkbook, PasswordError, SheetTypeEnum

    units: list[ExtractedUnit] = []
    warnings: list[str] = []
    budget = TextBudget()
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            for meta in workbook.sheets_metadata:
                if meta.typ != SheetTypeEnum.WorkSheet or budget.warning:
                    continue  # chart, dialog and macro sheets hold no rows
                sheet = workbook.get_sheet_by_name(meta.name)
                units.extend(rows_to_units(clean_text(meta.name), sheet.iter_rows(), budget))
        finally:
            workbook.close()
    except PasswordError:
        raise encrypted() from None
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except BaseException as exc:  # calamine errors, and pyo3 panics (BaseException) on broken parts
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise corrupt(
            QT_TRANSLATE_NOOP("Messages", "the workbook cannot be read ({error})"), error=detail[:300]
        ) from None
    if budget.warning:
        warnings.append(budget.warning)
    title = useful_title(clean_text(package.core_title())) or file_title(path)
    if not units:
        drawn = _drawing_text(package)
        if not drawn:
            raise no_text(QT_TRANSLATE_NOOP("Messages", "the workbook has no data rows"))
        unit = ExtractedUnit(kind=UnitKind.ITEM, number=1, text=drawn)
        warnings.append("the workbook has no cell data; imported the text of its text boxes and diagrams")
        return ExtractedDoc(title=title, kind=ItemKind.DOCUMENT, units=[unit], warnings=warnings)
    return ExtractedDoc(title=title, kind=ItemKind.CATALOG, units=units, warnings=warnings)


def _drawing_text(package: Package) -> str:
    """Text in drawing text boxes and SmartArt data parts, for workbooks without cell data."""
    lines: list[str] = []
    for name in sorted(package.zip.names()):
        low = name.lower()
        if low.endswith(".xml") and low.startswith(("xl/drawings/drawing", "xl/diagrams/data")):
            lines.extend(drawing_paragraphs(package.xml(name)))
    return clean_text("\n".join(dict.fromkeys(lines)))


def extract_csv(path: Path) -> ExtractedDoc:
    text, _encoding = decode_text(path.read_bytes())
    text = text.lstrip("\ufeff")
    hint = _SEP_HINT.match(text)
    if hint:  # Excel's "sep=;" first line names the delimiter
        delimiter, text = hint.group(1), text[hint.end() :]
    elif path.suffix.lower() == ".tsv":
        delimiter = "\t"
    else:
        delimiter = sniff_delimiter(text)
    budget = TextBudget()
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        units = rows_to_units("", reader, budget)
    except csv.Error as exc:
        raise corrupt(QT_TRANSLATE_NOOP("Messages", "malformed CSV ({error})"), error=str(exc)) from None
    if not units:
        raise no_text(QT_TRANSLATE_NOOP("Messages", "the CSV file has no data rows"))
    warnings = [budget.warning] if budget.warning else []
    return ExtractedDoc(title=file_title(path), kind=ItemKind.CATALOG, units=units, warnings=warnings)


def sniff_delimiter(text: str) -> str:
    """The delimiter whose per-line count is most consistent over the first lines."""
    lines = [line for line in text[:65536].splitlines()[:50] if line.strip()]
    best, best_score = ",", (0.0, 0)
    for delim in DELIMITERS:
        counts = [_count_outside_quotes(line, delim) for line in lines]
        positive = [c for c in counts if c]
        if not positive:
            continue
        mode = max(set(positive), key=positive.count)
        score = (counts.count(mode) / len(counts), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _count_outside_quotes(line: str, delim: str) -> int:
    if '"' not in line:
        return line.count(delim)
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delim and not quoted:
            count += 1
    return count


def cell_text(value: Any) -> str:
    """A cell as the text a user would see (integers without '.0', dates in ISO form)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    text = clean_text(str(value)).strip()
    return text[:MAX_CELL_CHARS]


def _norm_header(header: str) -> str:
    return " ".join(header.lower().replace("ё", "е").strip(" .:#*").split())


def _is_code_header(header: str) -> bool:
    name = _norm_header(header)
    return name in CODE_HEADERS or name.startswith(CODE_PREFIXES)


def _name_column(headers: list[str]) -> int | None:
    normalised = [_norm_header(h) for h in headers]
    for group in NAME_HEADERS:
        for wanted in group:
            if wanted in normalised:
                return normalised.index(wanted)
        for i, name in enumerate(normalised):
            if name.startswith(group):
                return i
    return None


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return f"Column {name}"


def _headers(row: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    headers = []
    for index, cell in enumerate(row):
        name = " ".join(cell.split()) or _column_name(index)
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        headers.append(name)
    return headers


def _find_header(sample: list[list[str]]) -> int | None:
    """The header row's index in `sample`, or None when the sheet has no header row.

    A header is the first row with at least two cells, nearly as wide as the
    widest row below it and mostly text; failing that, a first row with text
    above more rows. A sheet of numbers has no header.
    """
    widths = [sum(1 for c in row if c) for row in sample]
    for index, width in enumerate(widths):
        if width < 2:
            continue
        widest = max(widths[index:])
        texty = sum(1 for c in sample[index] if c and not _numeric(c))
        if width >= HEADER_WIDTH_SHARE * widest and texty * 2 >= width:
            return index
    first = next((i for i, w in enumerate(widths) if w), None)
    if first is None or not any(widths[first + 1 :]):
        return None
    if any(c and not _numeric(c) for c in sample[first]):
        return first
    return None


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d\s.,]+%?", text))


class _Table:
    """Turns rows after a header (or with no header) into ROW units."""

    def __init__(self, sheet: str, header: list[str] | None, budget: TextBudget) -> None:
        self.sheet = sheet
        self.budget = budget
        self.headers = _headers(header) if header else []
        self.code_columns = [i for i, h in enumerate(self.headers) if _is_code_header(h)]
        self.name_column = _name_column(self.headers)
        self.grouped = header is not None and sum(1 for c in header if c) >= 3
        self.units: list[ExtractedUnit] = []

    def add(self, number: int, cells: list[str]) -> bool:
        """Add one row; False when the text budget is spent."""
        filled = [(i, c) for i, c in enumerate(cells) if c]
        if not filled:
            return True
        if self.grouped and len(filled) == 1:
            index, value = filled[0]
            if index != self.name_column and not _numeric(value):
                return True  # a group label row ("КАНЦЕЛЯРСКИЕ ТОВАРЫ") between data rows
        fields: dict[str, str] = {}
        for i, value in filled:
            while i >= len(self.headers):
                self.headers.append(_column_name(len(self.headers)))
            fields[self.headers[i]] = value
        text = "\n".join(f"{k}: {v}" for k, v in fields.items())
        name = self.name_column
        heading = cells[name] if name is not None and name < len(cells) else ""
        codes = [cells[i] for i in self.code_columns if i < len(cells) and cells[i]]
        if not self.budget.take(text):
            return False
        self.units.append(
            ExtractedUnit(
                kind=UnitKind.ROW,
                number=number,
                heading=heading,
                text=text,
                fields=fields,
                codes=codes,
                sheet=self.sheet,
            )
        )
        return True


def rows_to_units(sheet: str, rows: Iterable[list[Any]], budget: TextBudget) -> list[ExtractedUnit]:
    """ROW units from raw rows: header detection, fields, codes, name heading.

    With a header, `number` counts rows after it; without one (or when a
    header has nothing below it), every row is data and `number` is the row.
    Title rows above a header become one SECTION unit (number 1) for the sheet.
    """
    iterator: Iterator[list[Any]] = iter(rows)
    sample: list[list[str]] = []
    for row in iterator:
        sample.append([cell_text(v) for v in row])
        if len(sample) >= HEADER_SCAN_ROWS:
            break
    header_index = _find_header(sample)
    start = 0 if header_index is None else header_index + 1
    table = _Table(sheet, None if header_index is None else sample[header_index], budget)
    seen: list[list[str]] = []  # non-empty rows kept until the first unit, for the fallback
    number = 0
    for number, cells in enumerate(_text_rows(sample[start:], iterator), start=1):
        if not table.units and any(cells) and len(seen) < HEADER_SCAN_ROWS * 10:
            seen.append(cells)
        if not table.add(number, cells):
            break
    if header_index is None:
        return table.units
    if table.units:
        caption = [" ".join(c for c in row if c) for row in sample[:header_index]]
        caption = [line for line in caption if line]
        if caption and budget.take(*caption):
            # Title rows above the header ("Прайс-лист", supplier, price date) stay findable.
            heading = caption[0][:200]
            unit = ExtractedUnit(
                kind=UnitKind.SECTION, number=1, heading=heading, text="\n".join(caption), sheet=sheet
            )
            return [unit, *table.units]
        return table.units
    fallback = _Table(sheet, None, budget)
    for index, cells in enumerate(sample[: header_index + 1] + seen, start=1):
        if not fallback.add(index, cells):
            break
    return fallback.units


def _text_rows(first: list[list[str]], rest: Iterator[list[Any]]) -> Iterator[list[str]]:
    yield from first
    for raw in rest:
        yield [cell_text(v) for v in raw]
