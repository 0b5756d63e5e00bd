"""Word documents (.docx/.docm/.dotx): SECTION units split at headings.

The document part is walked with lxml in body order (through
`ooxml.Package`) instead of python-docx, which refuses the macro and
template content types and whose `paragraph.text` skips content controls,
text boxes and hyperlinks. Tracked deletions, field instructions (the URLs
of INCLUDEPICTURE/INCLUDETEXT fields) and ruby guide text are left out;
external relationships are never followed, so nothing a document points at
is fetched or read.

A heading is a paragraph with an outline level (direct or from its style
chain) or a style named "Heading N"/"Заголовок N"/"Title". Text before the
first heading is a section of its own; a document without headings is an
ITEM unit (long ones are split into ITEM parts of about 8,000 characters).
Footnotes and endnotes follow the body; headers and footers are read only
when the body is empty. Known battle-card section names, or a title such as
"Battle card: Acme", make it a BATTLECARD.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from enablement.domain import ExtractedDoc, ItemKind
from enablement.ingest.language import competitor_from_title, is_battlecard, useful_title
from enablement.ingest.ooxml import C_CHART, DGM_REL_IDS, Package, r_attr, related_text
from enablement.ingest.safety import (
    TextBudget,
    clean_text,
    corrupt,
    file_title,
    item_units,
    no_text,
    section_units,
)
from enablement.messages import QT_TRANSLATE_NOOP

_W = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(local: str) -> frozenset[str]:
    return frozenset(f"{{{ns}}}{local}" for ns in _W)


W_BODY = _w("body")
W_P = _w("p")
W_TBL = _w("tbl")
W_TR = _w("tr")
W_TC = _w("tc")
W_SDT = _w("sdt")
W_SDT_CONTENT = _w("sdtContent")
W_CUSTOM_XML = _w("customXml")
W_ALT_CHUNK = _w("altChunk")
W_T = _w("t")
W_TAB = _w("tab")
W_BREAKS = _w("br") | _w("cr")
W_NB_HYPHEN = _w("noBreakHyphen")
W_TXBX = _w("txbxContent")
W_PPR = _w("pPr")
W_PSTYLE = _w("pStyle")
W_OUTLINE = _w("outlineLvl")
W_STYLE = _w("style")
W_NAME = _w("name")
W_BASED_ON = _w("basedOn")
W_VAL = tuple(f"{{{ns}}}val" for ns in _W)
W_STYLE_ID = tuple(f"{{{ns}}}styleId" for ns in _W)
MC_ALTERNATE = f"{{{MC}}}AlternateContent"
MC_CHOICE = f"{{{MC}}}Choice"
MC_FALLBACK = f"{{{MC}}}Fallback"
# Subtrees whose text is not document text.
SKIP = (
    _w("rPr")
    | _w("pPr")
    | _w("instrText")
    | _w("delText")
    | _w("del")
    | _w("rt")
    | _w("fldData")
    | _w("commentReference")
    | frozenset({MC_FALLBACK})
)
_HEADING_NAME = re.compile(r"^(?:heading|заголовок)\s*(\d)$", re.IGNORECASE)
_TITLE_NAMES = frozenset({"title", "название", "заголовок"})


def _val(el: etree._Element | None) -> str:
    if el is None:
        return ""
    return el.get(W_VAL[0]) or el.get(W_VAL[1]) or ""


class _Styles:
    """Heading level per paragraph style id, following basedOn chains."""

    def __init__(self, package: Package, main: str) -> None:
        self.levels: dict[str, int | None] = {}
        self._raw: dict[str, tuple[str, str, str]] = {}
        for part in package.rel_targets(main, "/styles"):
            root = package.optional_xml(part)
            if root is None:
                continue
            for style in root:
                if style.tag not in W_STYLE:
                    continue
                sid = style.get(W_STYLE_ID[0]) or style.get(W_STYLE_ID[1]) or ""
                name = outline = based = ""
                for child in style:
                    if child.tag in W_NAME:
                        name = _val(child)
                    elif child.tag in W_BASED_ON:
                        based = _val(child)
                    elif child.tag in W_PPR:
                        for sub in child:
                            if sub.tag in W_OUTLINE:
                                outline = _val(sub)
                self._raw[sid] = (name, outline, based)

    def level(self, style_id: str, depth: int = 0) -> int | None:
        if style_id in self.levels:
            return self.levels[style_id]
        level: int | None = None
        raw = self._raw.get(style_id)
        candidates = [style_id] + ([raw[0]] if raw else [])
        for name in candidates:
            match = _HEADING_NAME.match(name.strip())
            if match:
                level = max(int(match.group(1)), 1)
                break
            if name.strip().lower() in _TITLE_NAMES:
                level = 1
                break
        if level is None and raw:
            if raw[1].isdigit() and int(raw[1]) < 9:
                level = int(raw[1]) + 1
            elif raw[2] and depth < 10:
                level = self.level(raw[2], depth + 1)
        self.levels[style_id] = level
        return level


class _Walker:
    """Turns the body into (heading level or None, text) blocks in document order."""

    def __init__(self, package: Package, main: str, styles: _Styles) -> None:
        self.package = package
        self.main = main
        self.styles = styles
        self.blocks: list[tuple[int | None, str]] = []
        self.warnings: list[str] = []

    def block(self, el: etree._Element) -> None:
        tag = el.tag
        if tag in W_P:
            self.paragraph(el)
        elif tag in W_TBL:
            for row in self.table_rows(el):
                self.blocks.append((None, row))
        elif tag in W_SDT or tag in W_SDT_CONTENT or tag in W_CUSTOM_XML or tag == MC_CHOICE:
            for child in el:
                self.block(child)
        elif tag == MC_ALTERNATE:
            for child in el:
                if child.tag == MC_CHOICE:
                    self.block(child)
                    break
        elif tag in W_ALT_CHUNK:
            self.alt_chunk(el)

    def paragraph(self, p: etree._Element) -> None:
        parts: list[str] = []
        boxes: list[etree._Element] = []
        refs: list[etree._Element] = []
        _runs(p, parts, boxes, refs)
        lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append((self.heading_level(p), text))
        for box in boxes:
            for child in box:
                self.block(child)
        for ref in refs:
            self.blocks.extend((None, line) for line in related_text(self.package, self.main, ref))

    def heading_level(self, p: etree._Element) -> int | None:
        ppr = next((c for c in p if c.tag in W_PPR), None)
        if ppr is None:
            return None
        style = ""
        for child in ppr:
            if child.tag in W_OUTLINE:
                value = _val(child)
                if value.isdigit():
                    return int(value) + 1 if int(value) < 9 else None
            elif child.tag in W_PSTYLE:
                style = _val(child)
        return self.styles.level(style) if style else None

    def table_rows(self, tbl: etree._Element) -> list[str]:
        rows = []
        for tr in tbl:
            if tr.tag not in W_TR:
                continue
            cells = []
            for tc in _cells(tr):
                sub = _Walker(self.package, self.main, self.styles)
                for child in tc:
                    sub.block(child)
                cell = " ".join(text for _, text in sub.blocks)
                if cell:
                    cells.append(cell)
            if cells:
                rows.append(" | ".join(cells))
        return rows

    def alt_chunk(self, el: etree._Element) -> None:
        """Body text stored as an embedded HTML or text part (never fetched from outside)."""
        target = self.package.rels(self.main).get(r_attr(el, "id") or "")
        if target is None or not self.package.zip.has(target[1]):
            return
        content_type = self.package.content_type(target[1])
        data = self.package.zip.read(target[1], 64 * 1024 * 1024)
        if "html" in content_type or target[1].lower().endswith((".htm", ".html")):
            try:
                doc = lxml_html.document_fromstring(data, parser=lxml_html.HTMLParser(no_network=True))
            except (etree.ParserError, ValueError):
                return
            for bad in list(doc.iter("script", "style")):
                bad.getparent().remove(bad)
            for line in doc.text_content().split("\n"):
                if line.strip():
                    self.blocks.append((None, " ".join(line.split())))
        elif content_type.startswith("text/plain") or target[1].lower().endswith(".txt"):
            text = data.decode("utf-8", errors="replace")
            self.blocks.extend((None, line.strip()) for line in text.splitlines() if line.strip())
        else:
            self.warnings.append(f"embedded chunk '{target[1]}' ({content_type}) was not read")


def _cells(row: etree._Element) -> list[etree._Element]:
    """The row's cells, also when wrapped in content controls or custom XML."""
    cells = []
    for child in row:
        if child.tag in W_TC:
            cells.append(child)
        elif child.tag in W_SDT or child.tag in W_SDT_CONTENT or child.tag in W_CUSTOM_XML:
            cells.extend(_cells(child))
    return cells


def _runs(
    el: etree._Element, out: list[str], boxes: list[etree._Element], refs: list[etree._Element]
) -> None:
    """Collect a paragraph's text; text boxes and chart/SmartArt references are set aside."""
    for child in el:
        tag = child.tag
        if tag in W_T:
            out.append(child.text or "")
        elif tag in SKIP:
            continue
        elif tag in W_TAB:
            out.append("\t")
        elif tag in W_BREAKS:
            out.append("\n")
        elif tag in W_NB_HYPHEN:
            out.append("-")
        elif tag in W_TXBX:
            boxes.append(child)
        elif tag in C_CHART or tag in DGM_REL_IDS:
            refs.append(child)
        elif len(child):
            _runs(child, out, boxes, refs)


def extract(path: Path, package: Package, main: str) -> ExtractedDoc:
    root = package.xml(main)
    body = next((child for child in root if child.tag in W_BODY), None)
    if body is None:
        raise corrupt(QT_TRANSLATE_NOOP("Messages", "the document part has no body"))
    styles = _Styles(package, main)
    walker = _Walker(package, main, styles)
    for child in body:
        walker.block(child)
    warnings = list(walker.warnings)
    notes = _side_parts(package, main, styles, ("/footnotes", "/endnotes"))
    if walker.blocks:
        blocks = walker.blocks + notes
    else:
        blocks = notes + _side_parts(package, main, styles, ("/header", "/footer"))
        if not blocks:
            raise no_text(QT_TRANSLATE_NOOP("Messages", "the document has no text (empty, or pictures only)"))
        warnings.append("the document body is empty; imported its headers, footers and notes")
    budget = TextBudget()
    if not any(level for level, _ in blocks):
        units = item_units(clean_text("\n".join(text for _, text in blocks)), budget, warnings)
    else:
        sections: list[tuple[str, list[str]]] = []
        for level, text in blocks:
            if level:
                sections.append((text, []))
            elif sections:
                sections[-1][1].append(text)
            else:
                sections.append(("", [text]))
        units = section_units(
            (
                (clean_text(" ".join(heading.split())), clean_text("\n".join(lines)))
                for heading, lines in sections
            ),
            budget,
            warnings,
        )
    title = useful_title(package.core_title()) or next(
        (t for t in (useful_title(u.heading) for u in units) if t), file_title(path)
    )
    meta: dict[str, object] = {}
    competitor = competitor_from_title(title)
    if competitor:
        meta["competitors"] = [competitor]
    card = is_battlecard(u.section_type for u in units) or bool(competitor)
    kind = ItemKind.BATTLECARD if card else ItemKind.DOCUMENT
    return ExtractedDoc(title=clean_text(title), kind=kind, units=units, meta=meta, warnings=warnings)


_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def _side_parts(
    package: Package, main: str, styles: _Styles, rel_types: tuple[str, ...]
) -> list[tuple[int | None, str]]:
    """Plain text blocks of footnotes/endnotes or headers/footers (never headings)."""
    blocks: list[tuple[int | None, str]] = []
    seen: set[str] = set()
    for rel_type in rel_types:
        for part in package.rel_targets(main, rel_type):
            if part in seen:
                continue
            seen.add(part)
            root = package.optional_xml(part)
            if root is None:
                continue
            walker = _Walker(package, part, styles)
            containers = [root] if rel_type in ("/header", "/footer") else list(root)
            for container in containers:
                if container.get(f"{{{_W[0]}}}type") in _NOTE_SEPARATORS:
                    continue
                for child in container:
                    walker.block(child)
            blocks.extend((None, text) for _, text in walker.blocks)
    return list(dict.fromkeys(blocks))
