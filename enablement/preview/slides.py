"""Read a .pptx into `DeckLayout`: shape positions, text with basic formatting, tables, pictures.

The desktop app draws slides from this data with QPainter, so a deck can be
previewed without LibreOffice or PowerPoint. It is an approximation by design:
placeholder formatting is inherited from the layout, the master and its text
styles; theme colours are resolved; charts, SmartArt and embedded objects are
shown as labelled boxes. Qt-free, runs on a worker thread.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from enablement.preview.colors import NS, Theme, fill_color, is_dark, resolve_color
from enablement.preview.layout import (
    DeckLayout,
    Paragraph,
    Shape,
    SlideLayout,
    Table,
    TableCell,
    TextFrame,
    TextRun,
)

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSP = {"a": NS["a"], "p": P, "r": R}
_RT_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"

_PPTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_OTHER_MAINS = (
    "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
    "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
    "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
)

_TITLE_TYPES = {"title", "ctrTitle"}
_BODY_TYPES = {"body", "subTitle", "obj", None}
_DEFAULT_SIZES = {"title": 40.0, "ctrTitle": 44.0, "subTitle": 24.0, "body": 24.0}


def open_presentation(source: Path | bytes) -> Any:
    """python-pptx Presentation, also for .pptm/.ppsx/.potx (their content type is patched in memory)."""
    import pptx

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        return pptx.Presentation(io.BytesIO(data))
    except ValueError:
        pass
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                text = blob.decode("utf-8")
                for other in _OTHER_MAINS:
                    text = text.replace(other, _PPTX_MAIN)
                blob = text.encode("utf-8")
            zout.writestr(info, blob)
    return pptx.Presentation(io.BytesIO(out.getvalue()))


def read_deck(source: Path | bytes, *, max_slides: int = 500) -> DeckLayout:
    """All slides of a deck as drawable data (the first `max_slides`)."""
    prs = open_presentation(source)
    width = int(prs.slide_width or 12_192_000)
    height = int(prs.slide_height or 6_858_000)
    deck = DeckLayout(width, height)
    default_style = _find(prs.part._element, "p:defaultTextStyle")
    for number, slide in enumerate(prs.slides, start=1):
        if number > max_slides:
            deck.warnings.append(f"only the first {max_slides} slides are previewed")
            break
        try:
            deck.slides.append(_SlideReader(slide, number, width, height, default_style).read())
        except Exception as exc:  # one odd slide must not hide the rest of the deck
            deck.slides.append(SlideLayout(number, width, height, title=f"({type(exc).__name__})"))
            deck.warnings.append(f"slide {number}: {exc}")
    return deck


def _find(el: Any, path: str) -> Any:
    return el.find(path, NSP) if el is not None else None


def _local(el: Any) -> str:
    return etree.QName(el).localname


def _emu(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class _SlideReader:
    def __init__(self, slide: Any, number: int, width: int, height: int, default_style: Any) -> None:
        self.slide = slide
        self.number = number
        self.width = width
        self.height = height
        self.default_style = default_style
        self.layout = slide.slide_layout
        self.master = self.layout.slide_master
        theme_blob = None
        try:
            theme_blob = self.master.part.part_related_by(_RT_THEME).blob
        except (KeyError, AttributeError):
            pass
        self.theme = Theme.from_xml(theme_blob, _find(self.master._element, "p:clrMap"))
        self.tx_styles = _find(self.master._element, "p:txStyles")

    # ------------------------------------------------------------------ slide

    def read(self) -> SlideLayout:
        out = SlideLayout(self.number, self.width, self.height)
        out.hidden = self.slide._element.get("show") == "0"
        out.background = self._background()
        self.text_default = "#ffffff" if is_dark(out.background) else "#000000"
        dk = self.theme.scheme_hex("tx1")
        if dk and not is_dark(out.background):
            self.text_default = "#" + dk.lower()
        for part in (self.master, self.layout):
            if part is self.layout or self._show_master_shapes():
                tree = _find(part._element, "p:cSld/p:spTree")
                self._walk(tree, part.part, out.shapes, decoration=True)
        self._walk(
            _find(self.slide._element, "p:cSld/p:spTree"), self.slide.part, out.shapes, decoration=False
        )
        for shape in out.shapes:
            if shape.name == "__title__" and shape.text is not None:
                out.title = shape.text.text.strip()
                break
        if self.slide.has_notes_slide:
            try:
                notes = self.slide.notes_slide.notes_text_frame
                out.notes = notes.text if notes is not None else ""
            except (AttributeError, KeyError):
                out.notes = ""
        return out

    def _show_master_shapes(self) -> bool:
        return (
            self.layout._element.get("showMasterSp") != "0" and self.slide._element.get("showMasterSp") != "0"
        )

    def _background(self) -> str:
        for part in (self.slide, self.layout, self.master):
            bg = _find(part._element, "p:cSld/p:bg")
            if bg is None:
                continue
            declared, color = fill_color(_find(bg, "p:bgPr"), self.theme)
            if declared and color:
                return color
            ref = _find(bg, "p:bgRef")
            if ref is not None:
                color = resolve_color(ref, self.theme)
                if color:
                    return color
        return "#" + (self.theme.scheme_hex("bg1") or "FFFFFF").lower()

    # ------------------------------------------------------------------ tree walk

    def _walk(
        self,
        tree: Any,
        part: Any,
        out: list[Shape],
        *,
        decoration: bool,
        transform: tuple[float, float, float, float, float, float] | None = None,
    ) -> None:
        if tree is None:
            return
        for el in tree:
            tag = _local(el)
            try:
                if tag == "grpSp":
                    self._group(el, part, out, decoration=decoration, transform=transform)
                    continue
                if tag == "AlternateContent":
                    fallback = el.find("{*}Fallback")
                    if fallback is not None:
                        self._walk(fallback, part, out, decoration=decoration, transform=transform)
                    continue
                if decoration and self._is_placeholder(el):
                    continue  # layout/master placeholders are prompts, not content
                shape = self._shape(el, tag, part)
            except (ValueError, KeyError, AttributeError, TypeError, IndexError):
                continue
            if shape is None:
                continue
            if transform is not None:
                _apply_transform(shape, transform)
            out.append(shape)

    def _group(self, el: Any, part: Any, out: list[Shape], *, decoration: bool, transform: Any) -> None:
        xfrm = _find(el, "p:grpSpPr/a:xfrm")
        off, ext = _find(xfrm, "a:off"), _find(xfrm, "a:ext")
        ch_off, ch_ext = _find(xfrm, "a:chOff"), _find(xfrm, "a:chExt")
        if off is None or ext is None:
            self._walk(el, part, out, decoration=decoration, transform=transform)
            return
        ox, oy = _emu(off.get("x")), _emu(off.get("y"))
        ew, eh = _emu(ext.get("cx"), 1), _emu(ext.get("cy"), 1)
        cx = _emu(ch_off.get("x")) if ch_off is not None else ox
        cy = _emu(ch_off.get("y")) if ch_off is not None else oy
        cw = _emu(ch_ext.get("cx"), ew) if ch_ext is not None else ew
        ch = _emu(ch_ext.get("cy"), eh) if ch_ext is not None else eh
        sx, sy = ew / cw if cw else 1.0, eh / ch if ch else 1.0
        # child -> group space: x' = ox + (x - cx) * sx, then the parent's transform
        mine = (sx, sy, ox - cx * sx, oy - cy * sy, 0.0, 0.0)
        combined = mine if transform is None else _compose(transform, mine)
        self._walk(el, part, out, decoration=decoration, transform=combined)

    def _is_placeholder(self, el: Any) -> bool:
        return el.find(".//p:nvPr/p:ph", NSP) is not None

    # ------------------------------------------------------------------ shapes

    def _shape(self, el: Any, tag: str, part: Any) -> Shape | None:
        if tag in ("sp", "cxnSp"):
            return self._autoshape(el, tag)
        if tag == "pic":
            return self._picture(el, part)
        if tag == "graphicFrame":
            return self._frame(el)
        return None

    def _geometry(self, el: Any, sp_pr_path: str) -> tuple[int, int, int, int, float, bool, bool] | None:
        xfrm = _find(el, f"{sp_pr_path}/a:xfrm")
        if xfrm is None:
            return None
        off, ext = _find(xfrm, "a:off"), _find(xfrm, "a:ext")
        if off is None or ext is None:
            return None
        rot = _emu(xfrm.get("rot")) / 60_000
        return (
            _emu(off.get("x")),
            _emu(off.get("y")),
            _emu(ext.get("cx")),
            _emu(ext.get("cy")),
            rot,
            xfrm.get("flipH") == "1",
            xfrm.get("flipV") == "1",
        )

    def _placeholder_chain(self, el: Any) -> tuple[str | None, list[Any]]:
        """(placeholder type, [layout element, master element]) for a slide placeholder."""
        ph = el.find(".//p:nvPr/p:ph", NSP)
        if ph is None:
            return None, []
        ph_type = ph.get("type")
        idx = ph.get("idx")
        chain = []
        for part in (self.layout, self.master):
            match = None
            for cand in part._element.iterfind(".//p:cSld/p:spTree/p:sp", NSP):
                cph = cand.find(".//p:nvPr/p:ph", NSP)
                if cph is None:
                    continue
                if idx is not None and cph.get("idx") == idx and part is self.layout:
                    match = cand
                    break
                ctype = cph.get("type")
                if ph_type is not None and (ctype == ph_type or (ph_type == "ctrTitle" and ctype == "title")):
                    match = cand
                    break
                if ph_type is None and ctype in (None, "body", "obj") and part is self.master:
                    match = cand if ctype == "body" else match
            if match is not None:
                chain.append(match)
        return ph_type, chain

    def _autoshape(self, el: Any, tag: str) -> Shape | None:
        ph_type, chain = self._placeholder_chain(el) if tag == "sp" else (None, [])
        geo = self._geometry(el, "p:spPr")
        base_geo = next((g for g in (self._geometry(b, "p:spPr") for b in chain) if g), None)
        if geo is None:
            geo = base_geo
        if geo is None:
            return None
        x, y, w, h, rot, fh, fv = geo
        if base_geo is not None:  # python-pptx writes 0 for the extent it was not told: inherit it
            if h == 0:
                y, h = base_geo[1], base_geo[3]
            if w == 0:
                x, w = base_geo[0], base_geo[2]
        shape = Shape("line" if tag == "cxnSp" else "shape", x, y, w, h, rot, fh, fv)
        sp_pr = _find(el, "p:spPr")
        prst = _find(sp_pr, "a:prstGeom")
        shape.geometry = prst.get("prst", "rect") if prst is not None else "rect"
        if shape.geometry in ("line", "straightConnector1") or tag == "cxnSp":
            shape.kind = "line"
        declared, fill = fill_color(sp_pr, self.theme)
        style = _find(el, "p:style")
        if not declared:
            for base in chain:
                declared, fill = fill_color(_find(base, "p:spPr"), self.theme)
                if declared:
                    break
        if not declared and style is not None and not chain:
            ref = _find(style, "a:fillRef")
            if ref is not None and ref.get("idx", "0") != "0":
                fill = resolve_color(ref, self.theme)
        shape.fill = fill
        ln = _find(sp_pr, "a:ln")
        line_declared, line = fill_color(ln, self.theme)
        if not line_declared and style is not None:
            ref = _find(style, "a:lnRef")
            if ref is not None and ref.get("idx", "0") != "0":
                line = resolve_color(ref, self.theme)
        shape.line = line
        if ln is not None and ln.get("w"):
            shape.line_width_emu = _emu(ln.get("w"), 12_700)
        if ph_type in _TITLE_TYPES:
            shape.name = "__title__"
        tx_body = _find(el, "p:txBody")
        if tx_body is not None:
            font_ref_color = None
            if style is not None:
                font_ref_color = resolve_color(_find(style, "a:fontRef"), self.theme)
            shape.text = self._text_frame(
                tx_body, ph_type, chain, bool(chain) or ph_type is not None, font_ref_color
            )
            if not shape.text.text.strip():
                shape.text = None
        if shape.text is None and shape.fill is None and shape.line is None:
            return None
        return shape

    def _picture(self, el: Any, part: Any) -> Shape | None:
        geo = self._geometry(el, "p:spPr")
        if geo is None:
            _, chain = self._placeholder_chain(el)
            geo = next((g for g in (self._geometry(b, "p:spPr") for b in chain) if g), None)
        if geo is None:
            return None
        x, y, w, h, rot, fh, fv = geo
        shape = Shape("picture", x, y, w, h, rot, fh, fv)
        blip = el.find(".//a:blip", NSP)
        rid = blip.get(f"{{{R}}}embed") if blip is not None else None
        if rid:
            try:
                image_part = part.related_part(rid)
                shape.image = image_part.blob
                shape.image_type = image_part.content_type
            except (KeyError, AttributeError):
                shape.image = None
        src = el.find(".//a:srcRect", NSP)
        if src is not None:
            shape.crop = tuple(_emu(src.get(k)) / 100_000 for k in ("l", "t", "r", "b"))  # type: ignore[assignment]
        if shape.image is None:
            shape.kind = "object"
            shape.label = "Picture"
        return shape

    def _frame(self, el: Any) -> Shape | None:
        geo = self._geometry(el, "p:xfrm") or self._geometry(el, ".")
        xfrm = _find(el, "p:xfrm")
        if geo is None and xfrm is not None:
            off, ext = _find(xfrm, "a:off"), _find(xfrm, "a:ext")
            if off is not None and ext is not None:
                geo = (
                    _emu(off.get("x")),
                    _emu(off.get("y")),
                    _emu(ext.get("cx")),
                    _emu(ext.get("cy")),
                    0,
                    False,
                    False,
                )
        if geo is None:
            _, chain = self._placeholder_chain(el)
            geo = next((g for g in (self._geometry(b, "p:spPr") for b in chain) if g), None)
        if geo is None:
            return None
        x, y, w, h, *_ = geo
        data = el.find(".//a:graphicData", NSP)
        uri = data.get("uri", "") if data is not None else ""
        tbl = data.find("a:tbl", NSP) if data is not None else None
        if tbl is not None:
            shape = Shape("table", x, y, w, h)
            shape.table = self._table(tbl)
            return shape
        label = "Chart" if "chart" in uri else "Diagram" if "diagram" in uri else "Object"
        return Shape("object", x, y, w, h, label=label)

    def _table(self, tbl: Any) -> Table:
        cols = [_emu(c.get("w")) for c in tbl.iterfind("a:tblGrid/a:gridCol", NSP)]
        tbl_pr = _find(tbl, "a:tblPr")
        first_row = tbl_pr is not None and tbl_pr.get("firstRow") == "1"
        banded = tbl_pr is not None and tbl_pr.get("bandRow") == "1"
        accent = "#" + (self.theme.scheme_hex("accent1") or "4472C4").lower()
        band = _blend(accent, "#ffffff", 0.8)
        band2 = _blend(accent, "#ffffff", 0.9)
        heights, rows = [], []
        for r_index, tr in enumerate(tbl.iterfind("a:tr", NSP)):
            heights.append(_emu(tr.get("h"), 370_840))
            row = []
            for tc in tr.iterfind("a:tc", NSP):
                header = first_row and r_index == 0
                default_fill = (
                    accent if header else (band if (r_index % 2 and banded) else band2) if first_row else None
                )
                declared, fill = fill_color(_find(tc, "a:tcPr"), self.theme)
                fill = fill if declared else default_fill
                text_color = "#ffffff" if fill and is_dark(fill) else self.text_default
                frame = self._text_frame(
                    _find(tc, "a:txBody"), None, [], False, text_color, default_size=14.0, bold=header
                )
                frame.inset_emu = (91_440, 45_720, 91_440, 45_720)
                row.append(
                    TableCell(
                        frame,
                        fill,
                        col_span=_emu(tc.get("gridSpan"), 1),
                        row_span=_emu(tc.get("rowSpan"), 1),
                        merged=tc.get("hMerge") == "1" or tc.get("vMerge") == "1",
                    )
                )
            rows.append(row)
        return Table(cols, heights, rows)

    # ------------------------------------------------------------------ text

    def _level_styles(
        self, ph_type: str | None, chain: list[Any], tx_body: Any, level: int, is_ph: bool
    ) -> list[Any]:
        """Paragraph-property elements to consult for `level`, nearest first."""
        tag = f"a:lvl{level + 1}pPr"
        found = [_find(_find(tx_body, "a:lstStyle"), tag)]
        for base in chain:
            found.append(_find(_find(_find(base, "p:txBody"), "a:lstStyle"), tag))
        if is_ph:
            if ph_type in _TITLE_TYPES:
                style = "p:titleStyle"
            elif ph_type in _BODY_TYPES:
                style = "p:bodyStyle"
            else:
                style = "p:otherStyle"
            found.append(_find(_find(self.tx_styles, style), tag))
        else:
            found.append(_find(self.default_style, tag))
            found.append(_find(_find(self.tx_styles, "p:otherStyle"), tag))
        return [f for f in found if f is not None]

    def _text_frame(
        self,
        tx_body: Any,
        ph_type: str | None,
        chain: list[Any],
        is_ph: bool,
        color: str | None,
        *,
        default_size: float | None = None,
        bold: bool = False,
    ) -> TextFrame:
        frame = TextFrame()
        if tx_body is None:
            return frame
        body_pr = _find(tx_body, "a:bodyPr")
        bodies = [body_pr] + [_find(_find(b, "p:txBody"), "a:bodyPr") for b in chain]
        for bp in bodies:
            if bp is not None and bp.get("anchor"):
                frame.anchor = bp.get("anchor")
                break
        else:
            frame.anchor = "ctr" if ph_type in ("ctrTitle",) else "t"
            if ph_type == "title":
                frame.anchor = "ctr"
        if body_pr is not None:
            frame.inset_emu = tuple(  # type: ignore[assignment]
                _emu(body_pr.get(k), d)
                for k, d in (("lIns", 91_440), ("tIns", 45_720), ("rIns", 91_440), ("bIns", 45_720))
            )
            frame.wrap = body_pr.get("wrap") != "none"
            autofit = _find(body_pr, "a:normAutofit")
            if autofit is not None and autofit.get("fontScale"):
                frame.font_scale = _emu(autofit.get("fontScale"), 100_000) / 100_000
        fallback_size = default_size or _DEFAULT_SIZES.get(ph_type or "", 18.0)
        for p in tx_body.iterfind("a:p", NSP):
            p_pr = _find(p, "a:pPr")
            level = _emu(p_pr.get("lvl"), 0) if p_pr is not None else 0
            styles = ([p_pr] if p_pr is not None else []) + self._level_styles(
                ph_type, chain, tx_body, level, is_ph
            )
            para = Paragraph(level=level)
            para.align = next((s.get("algn") for s in styles if s.get("algn")), "l")
            para.indent_emu = next((_emu(s.get("marL")) for s in styles if s.get("marL")), 0)
            for s in styles:
                if _find(s, "a:buNone") is not None:
                    break
                bu = _find(s, "a:buChar")
                if bu is not None:
                    para.bullet = bu.get("char", "•")
                    break
            defaults = [_find(s, "a:defRPr") for s in styles]
            defaults = [d for d in defaults if d is not None]
            for child in p:
                name = _local(child)
                if name == "br":
                    para.runs.append(TextRun("", line_break=True))
                elif name in ("r", "fld"):
                    t = _find(child, "a:t")
                    text = t.text if t is not None and t.text else ""
                    if name == "fld" and child.get("type", "").startswith("slidenum"):
                        text = str(self.number)
                    run = self._run(_find(child, "a:rPr"), defaults, fallback_size, color, bold)
                    run.text = text
                    para.runs.append(run)
            if not para.runs:
                end = _find(p, "a:endParaRPr")
                run = self._run(end, defaults, fallback_size, color, bold)
                para.runs.append(run)
                para.bullet = ""
            frame.paragraphs.append(para)
        return frame

    def _run(
        self, r_pr: Any, defaults: list[Any], fallback_size: float, color: str | None, bold: bool
    ) -> TextRun:
        props = ([r_pr] if r_pr is not None else []) + defaults
        run = TextRun("")
        size = next((p.get("sz") for p in props if p.get("sz")), None)
        run.size_pt = _emu(size, int(fallback_size * 100)) / 100 if size else fallback_size
        run.bold = next((p.get("b") in ("1", "true") for p in props if p.get("b") is not None), bold)
        run.italic = next((p.get("i") in ("1", "true") for p in props if p.get("i") is not None), False)
        run.underline = next(
            (p.get("u") not in (None, "none") for p in props if p.get("u") is not None), False
        )
        run.color = color or self.text_default
        # an explicit colour (the shape style's font colour, a table cell's contrast colour)
        # beats inherited list styles; only the run's own properties override it
        for p in props if color is None else props[:1] if r_pr is not None else []:
            fill = _find(p, "a:solidFill")
            if fill is not None:
                resolved = resolve_color(fill, self.theme)
                if resolved:
                    run.color = resolved
                break
        for p in props:
            latin = _find(p, "a:latin")
            if latin is not None and latin.get("typeface") and not latin.get("typeface").startswith("+"):
                run.font = latin.get("typeface")
                break
        return run


def _compose(
    outer: tuple[float, ...], inner: tuple[float, ...]
) -> tuple[float, float, float, float, float, float]:
    """outer(inner(p)) for axis-aligned scale+offset transforms (sx, sy, dx, dy, _, _)."""
    osx, osy, odx, ody = outer[:4]
    isx, isy, idx, idy = inner[:4]
    return (osx * isx, osy * isy, osx * idx + odx, osy * idy + ody, 0.0, 0.0)


def _apply_transform(shape: Shape, t: tuple[float, ...]) -> None:
    sx, sy, dx, dy = t[:4]
    shape.x = int(shape.x * sx + dx)
    shape.y = int(shape.y * sy + dy)
    shape.w = int(shape.w * sx)
    shape.h = int(shape.h * sy)
    if shape.text is not None:
        scale = min(sx, sy)
        if 0 < scale < 0.999:
            shape.text.font_scale *= scale
    if shape.table is not None:
        shape.table.col_widths = [int(w * sx) for w in shape.table.col_widths]
        shape.table.row_heights = [int(h * sy) for h in shape.table.row_heights]


def _blend(a: str, b: str, t: float) -> str:
    """Mix colour a towards b by fraction t."""
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))
