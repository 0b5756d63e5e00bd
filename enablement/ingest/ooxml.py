"""Just enough Open Packaging Conventions to walk .pptx/.docx/.xlsx parts with lxml.

We read the parts ourselves instead of through python-pptx/python-docx: it is
several times faster, it accepts the macro/template/slideshow content types
those libraries refuse, and it lets every part go through the safe parser in
`safety`. External relationship targets (URLs, local paths) are dropped here,
so nothing referenced by a file is ever fetched or opened.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from lxml import etree

from enablement.errors import Rejected
from enablement.ingest.safety import SafeZip, category, corrupt, parse_xml
from enablement.messages import QT_TRANSLATE_NOOP

CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
R_NS_STRICT = "{http://purl.oclc.org/ooxml/officeDocument/relationships}"
CORE_PROPERTIES_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
MAX_XML_PART = 128 * 1024 * 1024


def r_attr(el: etree._Element, name: str) -> str | None:
    """A relationship attribute (r:id, r:embed, ...) in the transitional or strict namespace."""
    return el.get(R_NS + name) or el.get(R_NS_STRICT + name)


class Package:
    """An OOXML package: content types, relationships and safe XML parts."""

    def __init__(self, zf: SafeZip) -> None:
        self.zip = zf
        if any("\\" in name for name in zf.names()):
            raise corrupt(
                QT_TRANSLATE_NOOP(
                    "Messages", "zip entries use '\\' as path separator (not a valid Office package)"
                )
            )
        if not zf.has("[Content_Types].xml"):
            raise corrupt(
                QT_TRANSLATE_NOOP("Messages", "missing [Content_Types].xml (not a complete Office package)")
            )
        types = parse_xml(zf.read("[Content_Types].xml", 16 * 1024 * 1024), "[Content_Types].xml")
        self.overrides: dict[str, str] = {}
        self.defaults: dict[str, str] = {}
        for el in types:
            if el.tag == CT_NS + "Override":
                self.overrides[(el.get("PartName") or "").lstrip("/").lower()] = el.get("ContentType") or ""
            elif el.tag == CT_NS + "Default":
                self.defaults[(el.get("Extension") or "").lower()] = el.get("ContentType") or ""
        self._rels: dict[str, dict[str, tuple[str, str]]] = {}

    def content_type(self, part: str) -> str:
        key = part.lstrip("/").lower()
        if key in self.overrides:
            return self.overrides[key]
        return self.defaults.get(posixpath.splitext(key)[1].lstrip("."), "")

    def xml(self, part: str) -> etree._Element:
        return parse_xml(self.zip.read(part, MAX_XML_PART), part)

    def optional_xml(self, part: str) -> etree._Element | None:
        """A secondary part, or None when it is missing or broken (hostile XML still rejects)."""
        if not self.zip.has(part):
            return None
        try:
            return self.xml(part)
        except Rejected as exc:
            if category(exc.reason) == "hostile":
                raise
            return None

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """rId -> (relationship type, target part name) for internal targets of `part`."""
        if part in self._rels:
            return self._rels[part]
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", name + ".rels")
        found: dict[str, tuple[str, str]] = {}
        if self.zip.has(rels_part):
            root = parse_xml(self.zip.read(rels_part, 16 * 1024 * 1024), rels_part)
            for rel in root.iter(RELS_NS + "Relationship"):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target") or ""
                rid = rel.get("Id") or ""
                if not target or not rid or "://" in target:
                    continue
                if target.startswith("/"):
                    resolved = posixpath.normpath(target.lstrip("/"))
                else:
                    resolved = posixpath.normpath(posixpath.join(folder, target))
                if resolved.startswith(".."):
                    continue
                if "%" in resolved and not self.zip.has(resolved) and self.zip.has(unquote(resolved)):
                    resolved = unquote(resolved)
                found[rid] = (rel.get("Type") or "", resolved)
        self._rels[part] = found
        return found

    def rel_targets(self, part: str, type_suffix: str) -> list[str]:
        return [t for typ, t in self.rels(part).values() if typ.endswith(type_suffix)]

    def check_core_properties(self) -> None:
        """OPC allows one core-properties part; more means a damaged or forged package."""
        core = [t for typ, t in self.rels("").values() if typ == CORE_PROPERTIES_REL]
        if len(set(core)) > 1:
            raise corrupt(
                QT_TRANSLATE_NOOP(
                    "Messages", "the package has more than one core-properties part (OPC violation)"
                )
            )

    def main_part(self) -> tuple[str, str]:
        """(part name, content type) of the main document, from the package relationships."""
        for target in self.rel_targets("", "/officeDocument"):
            if self.zip.has(target):
                return target, self.content_type(target)
        for guess in ("ppt/presentation.xml", "word/document.xml", "xl/workbook.xml", "xl/workbook.bin"):
            if self.zip.has(guess):
                return guess, self.content_type(guess)
        raise corrupt(
            QT_TRANSLATE_NOOP(
                "Messages", "no main document part (the package has no presentation, document or workbook)"
            )
        )

    @staticmethod
    def family(main: str, content_type: str) -> str:
        """'pptx', 'docx' or 'xlsx' for a main part (by content type, else by folder), or ''."""
        low = main.lower()
        if "presentationml" in content_type or low.startswith("ppt/"):
            return "pptx"
        if "wordprocessingml" in content_type or low.startswith("word/"):
            return "docx"
        if "spreadsheetml" in content_type or low.startswith("xl/"):
            return "xlsx"
        return ""

    def core_title(self) -> str:
        targets = self.rel_targets("", "/core-properties") or ["docProps/core.xml"]
        for target in targets:
            if self.zip.has(target):
                root = self.optional_xml(target)  # a broken core part must not sink the document
                if root is None:
                    return ""
                for el in root.iter(DC_TITLE):
                    return " ".join((el.text or "").split())
        return ""


# --- DrawingML text shared by slides, notes, charts, SmartArt and text boxes ------------------

_A = ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main")
_C = ("http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart")
_DGM = (
    "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "http://purl.oclc.org/ooxml/drawingml/diagram",
)
A_P = tuple(f"{{{ns}}}p" for ns in _A)
A_T = tuple(f"{{{ns}}}t" for ns in _A)
A_BR = tuple(f"{{{ns}}}br" for ns in _A)
C_CHART = tuple(f"{{{ns}}}chart" for ns in _C)
C_TITLE = tuple(f"{{{ns}}}title" for ns in _C)
C_SER_TX = tuple(f"{{{ns}}}tx" for ns in _C)
C_V = tuple(f"{{{ns}}}v" for ns in _C)
DGM_REL_IDS = tuple(f"{{{ns}}}relIds" for ns in _DGM)


def drawing_paragraphs(root: etree._Element) -> list[str]:
    """Non-empty DrawingML paragraphs (a:p) under `root`, line breaks kept."""
    lines = []
    for p in root.iter(*A_P):
        parts = [("\n" if el.tag in A_BR else el.text or "") for el in p.iter(*A_T, *A_BR)]
        line = "".join(parts).strip()
        if line:
            lines.append(line)
    return lines


def related_text(package: Package, part: str, root: etree._Element) -> list[str]:
    """Chart titles/series names and SmartArt text referenced from `root` (parts of their own)."""
    rels = package.rels(part)
    lines: list[str] = []
    for chart in root.iter(*C_CHART):
        target = rels.get(r_attr(chart, "id") or "")
        chart_root = package.optional_xml(target[1]) if target else None
        if chart_root is not None:
            for title in chart_root.iter(*C_TITLE):
                lines.extend(drawing_paragraphs(title))
            for tx in chart_root.iter(*C_TITLE, *C_SER_TX):
                lines.extend(v.text.strip() for v in tx.iter(*C_V) if v.text and v.text.strip())
    for ids in root.iter(*DGM_REL_IDS):
        target = rels.get(r_attr(ids, "dm") or "")
        data_root = package.optional_xml(target[1]) if target else None
        if data_root is not None:
            lines.extend(drawing_paragraphs(data_root))
    return list(dict.fromkeys(lines))
