"""PowerPoint decks (.pptx/.pptm/.ppsx/.potx): one SLIDE unit per slide.

Slide XML is parsed directly with lxml (through `ooxml.Package`) rather than
through python-pptx's object model: it is several times faster (the import
target is 1,500 slides/s on two cores), it accepts the macro, slideshow and
template content types python-pptx refuses, and a plain walk over every
`a:p` naturally reaches text python-pptx's `shape.text_frame` walk misses:
grouped shapes at any depth, table cells and placeholders. Chart titles and
SmartArt text live in other parts and are followed through the slide's
relationships. Speaker notes are kept apart (`notes`) so search can weight
them lower.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, UnitKind
from enablement.errors import Rejected
from enablement.ingest.language import useful_title
from enablement.ingest.ooxml import A_P, A_T, Package, drawing_paragraphs, r_attr, related_text
from enablement.ingest.safety import TextBudget, category, clean_text, corrupt, file_title, no_text
from enablement.messages import QT_TRANSLATE_NOOP

_A = ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main")
_P = (
    "http://schemas.openxmlformats.org/presentationml/2006/main",
    "http://purl.oclc.org/ooxml/presentationml/main",
)
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _tags(namespaces: tuple[str, str], local: str) -> tuple[str, str]:
    return (f"{{{namespaces[0]}}}{local}", f"{{{namespaces[1]}}}{local}")


A_TBL = _tags(_A, "tbl")
A_TR = _tags(_A, "tr")
A_TC = _tags(_A, "tc")
A_FLD = _tags(_A, "fld")
P_PH = _tags(_P, "ph")
P_SLD_ID = _tags(_P, "sldId")
P_MASTER_ID = _tags(_P, "sldMasterId")

TITLE_TYPES = frozenset({"title", "ctrTitle"})
SLIDE_NOISE = frozenset({"sldNum", "dt"})
NOTES_NOISE = frozenset({"sldImg", "sldNum", "hdr", "ftr", "dt"})
_NEW_P = A_P[0]
_NEW_T = A_T[0]


def extract(path: Path, package: Package, main: str) -> ExtractedDoc:
    """Extract every slide of the presentation part `main`, in presentation order."""
    pres = package.xml(main)
    rels = package.rels(main)
    masters = [r_attr(el, "id") for el in pres.iter(*P_MASTER_ID)]
    if not masters or not any(rid in rels and package.zip.has(rels[rid][1]) for rid in masters):
        raise corrupt(QT_TRANSLATE_NOOP("Messages", "the presentation has no slide master"))
    slide_ids = [r_attr(el, "id") for el in pres.iter(*P_SLD_ID)]
    if not slide_ids:
        raise no_text(QT_TRANSLATE_NOOP("Messages", "the presentation has no slides"))

    units: list[ExtractedUnit] = []
    warnings: list[str] = []
    budget = TextBudget()
    for number, rid in enumerate(slide_ids, start=1):
        target = rels.get(rid or "")
        if target is None or not package.zip.has(target[1]):
            warnings.append(f"slide {number} is missing from the package and was skipped")
            continue
        try:
            unit = _slide(package, target[1], number)
        except Rejected as exc:
            if category(exc.reason) == "hostile" or len(slide_ids) == 1:
                raise
            warnings.append(f"slide {number} could not be read ({exc.reason}) and was skipped")
            continue
        if not budget.take(unit.heading, unit.text, unit.notes):
            warnings.append(budget.warning)
            break
        units.append(unit)
    if not units:
        raise corrupt(QT_TRANSLATE_NOOP("Messages", "none of the slides could be read"))
    if not any(u.heading or u.text or u.notes for u in units):
        layouts = [
            t for rid in slide_ids if rid in rels for t in package.rel_targets(rels[rid][1], "/slideLayout")
        ]
        masters_used = [t for layout in layouts for t in package.rel_targets(layout, "/slideMaster")]
        master_text = _master_text(package, list(dict.fromkeys(layouts + masters_used)))
        if not master_text:
            raise no_text(QT_TRANSLATE_NOOP("Messages", "no text on any slide (pictures only?)"))
        units[0].text = master_text
        warnings.append("the slides have no text of their own; imported the text on the slide master")

    title = useful_title(package.core_title()) or next(
        (t for t in (useful_title(u.heading) for u in units) if t), file_title(path)
    )
    return ExtractedDoc(title=clean_text(title), kind=ItemKind.DECK, units=units, warnings=warnings)


def _slide(package: Package, part: str, number: int) -> ExtractedUnit:
    root = package.xml(part)
    hidden = root.get("show") in ("0", "false")
    _drop_fallbacks(root)
    title_lines: list[str] = []
    for ph in list(root.iter(*P_PH)):
        typ = ph.get("type") or ""
        if typ not in TITLE_TYPES and typ not in SLIDE_NOISE:
            continue
        shape = _shape_of(ph)
        if shape is None:
            continue
        if typ in SLIDE_NOISE:
            # Automatic fields (slide number, today's date) are layout noise; words the author
            # typed into a date or number placeholder stay searchable.
            for field in list(shape.iter(*A_FLD)):
                field.getparent().remove(field)
            continue
        title_lines.extend(drawing_paragraphs(shape))
        shape.getparent().remove(shape)
    _flatten_tables(root)
    lines = drawing_paragraphs(root)
    lines.extend(related_text(package, part, root))
    notes = ""
    for notes_part in package.rel_targets(part, "/notesSlide"):
        if package.zip.has(notes_part):
            notes = _notes(package, notes_part)
            break
    return ExtractedUnit(
        kind=UnitKind.SLIDE,
        number=number,
        heading=clean_text(" ".join(" ".join(title_lines).split())),
        text=clean_text("\n".join(lines)),
        notes=notes,
        hidden=hidden,
    )


def _shape_of(ph: etree._Element) -> etree._Element | None:
    """ph -> nvPr -> nvSpPr -> sp (the placeholder's shape)."""
    node = ph
    for _ in range(3):
        node = node.getparent()
        if node is None:
            return None
    return node if node.getparent() is not None else None


def _drop_fallbacks(root: etree._Element) -> None:
    """Remove mc:Fallback branches: they repeat the mc:Choice content (equations, new shapes)."""
    for fallback in list(root.iter(MC_FALLBACK)):
        parent = fallback.getparent()
        if parent is not None:
            parent.remove(fallback)


def _flatten_tables(root: etree._Element) -> None:
    """Replace each table by one synthetic paragraph per row ("cell | cell"), in place."""
    for tbl in list(root.iter(*A_TBL)):
        parent = tbl.getparent()
        if parent is None:
            continue
        index = parent.index(tbl)
        rows = []
        for tr in tbl.iter(*A_TR):
            cells = [" ".join(drawing_paragraphs(tc)) for tc in tr if tc.tag in A_TC]
            if any(cells):
                rows.append(" | ".join(c for c in cells if c))
        parent.remove(tbl)
        for offset, row in enumerate(rows):
            p = etree.Element(_NEW_P)
            etree.SubElement(p, _NEW_T).text = row
            parent.insert(index + offset, p)


def _notes(package: Package, part: str) -> str:
    root = package.optional_xml(part)
    if root is None:
        return ""
    _drop_fallbacks(root)
    for ph in list(root.iter(*P_PH)):
        if (ph.get("type") or "") in NOTES_NOISE:
            shape = _shape_of(ph)
            if shape is not None:
                shape.getparent().remove(shape)
    _flatten_tables(root)
    return clean_text("\n".join(drawing_paragraphs(root)))


def _master_text(package: Package, parts: list[str]) -> str:
    """Text boxes drawn on slide layouts and masters (not their placeholder prompts)."""
    lines: list[str] = []
    for part in parts:
        root = package.optional_xml(part)
        if root is None:
            continue
        _drop_fallbacks(root)
        for ph in list(root.iter(*P_PH)):
            shape = _shape_of(ph)
            if shape is not None:
                shape.getparent().remove(shape)
        _flatten_tables(root)
        lines.extend(drawing_paragraphs(root))
    return clean_text("\n".join(lines))
