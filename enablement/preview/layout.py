"""Plain data describing how a slide looks: what the desktop app paints.

Kept separate from the extractor so the UI (and tests) depend on a few frozen
shapes of data rather than on python-pptx. All geometry is in EMU (914,400 per
inch) relative to the slide's top-left corner; colours are "#rrggbb" strings;
font sizes are points.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EMU_PER_PT = 12_700


@dataclass(slots=True)
class TextRun:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    size_pt: float = 18.0
    color: str = "#000000"
    font: str = ""
    line_break: bool = False  # True: a soft line break (<a:br/>) rather than text


@dataclass(slots=True)
class Paragraph:
    runs: list[TextRun] = field(default_factory=list)
    align: str = "l"  # l, ctr, r, just
    level: int = 0
    bullet: str = ""  # the bullet character, "" for none
    indent_emu: int = 0  # left margin of the paragraph

    @property
    def text(self) -> str:
        return "".join("\n" if r.line_break else r.text for r in self.runs)


@dataclass(slots=True)
class TextFrame:
    paragraphs: list[Paragraph] = field(default_factory=list)
    anchor: str = "t"  # t, ctr, b
    inset_emu: tuple[int, int, int, int] = (91_440, 45_720, 91_440, 45_720)  # left, top, right, bottom
    wrap: bool = True
    font_scale: float = 1.0  # normAutofit shrink

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(slots=True)
class TableCell:
    text: TextFrame
    fill: str | None = None
    col_span: int = 1
    row_span: int = 1
    merged: bool = False  # covered by a neighbour's span: not drawn


@dataclass(slots=True)
class Table:
    col_widths: list[int]
    row_heights: list[int]
    rows: list[list[TableCell]]
    border: str = "#ffffff"


@dataclass(slots=True)
class Shape:
    """One drawable thing on a slide.

    Attributes:
        kind: "shape" (autoshape or text box), "picture", "table", "line", "chart" or "object"
            (SmartArt, OLE, media: drawn as a labelled box).
        geometry: the preset geometry name ("rect", "roundRect", "ellipse", "triangle", …).
        image: the picture's bytes (kind "picture"), `image_type` its MIME type.
        crop: picture crop as fractions (left, top, right, bottom).
        label: what a "chart"/"object" box says.
    """

    kind: str
    x: int
    y: int
    w: int
    h: int
    rotation: float = 0.0
    flip_h: bool = False
    flip_v: bool = False
    geometry: str = "rect"
    fill: str | None = None
    line: str | None = None
    line_width_emu: int = 12_700
    text: TextFrame | None = None
    image: bytes | None = None
    image_type: str = ""
    crop: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    table: Table | None = None
    label: str = ""
    name: str = ""


@dataclass(slots=True)
class SlideLayout:
    """One slide as drawable data.

    Attributes:
        number: 1-based slide number.
        width, height: slide size in EMU.
        background: background colour.
        shapes: in z-order, master and layout decoration first.
        title: the slide title, if any.
        notes: the speaker notes text.
        hidden: a hidden slide.
    """

    number: int
    width: int
    height: int
    background: str = "#ffffff"
    shapes: list[Shape] = field(default_factory=list)
    title: str = ""
    notes: str = ""
    hidden: bool = False

    def text(self) -> str:
        parts = []
        for shape in self.shapes:
            if shape.text is not None:
                parts.append(shape.text.text)
            if shape.table is not None:
                parts.extend(cell.text.text for row in shape.table.rows for cell in row)
        return "\n".join(p for p in parts if p)


@dataclass(slots=True)
class DeckLayout:
    width: int
    height: int
    slides: list[SlideLayout] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def slide(self, number: int) -> SlideLayout | None:
        if 1 <= number <= len(self.slides):
            return self.slides[number - 1]
        return None
