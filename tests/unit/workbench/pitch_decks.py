"""Decks for the pitch tests, made with python-pptx: pictures, a chart, notes, two masters, a link.

Deck A is 16:9 on python-pptx's own master; deck B is 4:3 on a master with a coloured
background (so its slides need their master carried over), shares A's logo, and its slide 2
links to its slide 3.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"


def png(color: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", size, color).save(data, format="PNG")
    data.seek(0)
    return data


def _slide(prs: Presentation, layout: int, title: str, body: str = "", notes: str = "") -> object:
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    slide.shapes.title.text = title
    if body:
        slide.placeholders[1].text = body
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def deck_a(path: Path) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    _slide(
        prs, 0, "Quokka servers overview", "Sales training 2026", "Welcome: the quokka agenda takes an hour."
    )
    pic = _slide(prs, 5, "Why customers pick Quokka", notes="Show the logo and the warranty.")
    pic.shapes.add_picture(png((200, 30, 30)), Inches(1), Inches(2))  # type: ignore[attr-defined]
    pic.shapes.add_picture(png((20, 20, 200)), Inches(4), Inches(2))  # type: ignore[attr-defined]
    chart = _slide(prs, 5, "Quokka revenue by quarter", notes="Revenue grew every quarter.")
    data = CategoryChartData()
    data.categories = ["Q1", "Q2", "Q3"]
    data.add_series("Revenue", (1.0, 2.5, 4.0))
    chart.shapes.add_chart(  # type: ignore[attr-defined]
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(6), Inches(4), data
    )
    hidden = _slide(prs, 1, "Quokka backup slide", "Only for the technical buyer", "Hidden in the talk.")
    hidden._element.set("show", "0")  # type: ignore[attr-defined]
    prs.save(str(path))
    return path


def deck_b(path: Path) -> Path:
    prs = Presentation()
    prs.slide_master.background.fill.solid()
    prs.slide_master.background.fill.fore_color.rgb = RGBColor(0xE8, 0xF0, 0xFF)
    first = _slide(prs, 1, "Wombat partner program", "Three partner levels", "Start with the partner levels.")
    first.shapes.add_picture(png((200, 30, 30)), Inches(7), Inches(5))  # type: ignore[attr-defined]
    link = _slide(prs, 1, "Wombat pricing", "Ask for the price list", "Prices are per year.")
    third = _slide(prs, 1, "Wombat price list", "Gold: 100, Silver: 50", "Discounts need approval.")
    box = link.shapes.add_textbox(Inches(1), Inches(6), Inches(3), Inches(1))  # type: ignore[attr-defined]
    box.text_frame.text = "See the price list"
    box.click_action.target_slide = third
    prs.save(str(path))
    return path


def without_part(source: Path, target: Path, part_prefix: str) -> Path:
    """A copy of `source` with the parts under `part_prefix` missing (their relationships stay)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if not info.filename.startswith(part_prefix):
                out.writestr(info, src.read(info.filename))
    return target


def dangling_references(path: Path) -> list[str]:
    """r:id values in the package's XML with no relationship behind them (PowerPoint would repair)."""
    from pptx.package import Package

    problems = []
    for part in Package.open(str(path)).iter_parts():
        if not part.content_type.endswith("xml"):
            continue
        for el in etree.fromstring(part.blob).iter(etree.Element):
            for key, value in el.attrib.items():
                if value and etree.QName(key).namespace == R_NS and value not in part.rels:
                    problems.append(f"{part.partname}: {value}")
    return problems


def master_and_layout_ids(path: Path) -> list[int]:
    """sldMasterId and sldLayoutId values: one id space, so they must all differ."""
    from pptx.package import Package

    package = Package.open(str(path))
    prs = package.main_document_part
    ids = []
    for el in prs._element.iter(f"{{{P_NS}}}sldMasterId"):
        ids.append(int(el.get("id") or 0))
        master = prs.related_part(el.get(f"{{{R_NS}}}id"))
        ids += [int(x.get("id") or 0) for x in etree.fromstring(master.blob).iter(f"{{{P_NS}}}sldLayoutId")]
    return ids


def with_linked_picture(source: Path, target: Path, slide: int, url: str) -> Path:
    """A copy of `source` whose first picture on `slide` is linked to `url` instead of embedded."""
    rels_name = f"ppt/slides/_rels/slide{slide}.xml.rels"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == rels_name:
                rels = etree.fromstring(data)
                rel = next(r for r in rels if r.get("Type", "").endswith("/image"))
                rel.set("Target", url)
                rel.set("TargetMode", "External")
                linked = rel.get("Id", "")
                data = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
            out.writestr(info, data)
    with zipfile.ZipFile(target) as done:
        xml = done.read(f"ppt/slides/slide{slide}.xml")
    xml = xml.replace(f'r:embed="{linked}"'.encode(), f'r:link="{linked}"'.encode(), 1)
    return _replace_member(target, f"ppt/slides/slide{slide}.xml", xml)


def _replace_member(path: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, content in members:
            out.writestr(info, data if info.filename == name else content)
    return path
