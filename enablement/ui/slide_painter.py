"""Draw a `SlideLayout` (Qt-free data from enablement.preview.slides) with QPainter.

Used for the big slide in the preview, for filmstrip thumbnails and for deck
thumbnails in Browse. Thumbnails are painted onto QImages on the task runner's
threads (painting on a QImage off the UI thread is allowed in Qt); the big
slide is painted in the widget's paintEvent from already-decoded pictures.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from enablement.preview.layout import EMU_PER_PT, Shape, SlideLayout, TextFrame
from enablement.preview.marks import Marker
from enablement.ui.labels import placeholder_name

DEFAULT_FAMILY = "Noto Sans"
_ALIGN = {
    "l": Qt.AlignmentFlag.AlignLeft,
    "ctr": Qt.AlignmentFlag.AlignHCenter,
    "r": Qt.AlignmentFlag.AlignRight,
    "just": Qt.AlignmentFlag.AlignJustify,
    "dist": Qt.AlignmentFlag.AlignJustify,
}

Images = dict[int, QImage]


def decode_images(slide: SlideLayout) -> Images:
    """Decode the slide's pictures (call on a worker thread); keys are shape indexes."""
    out: Images = {}
    for n, shape in enumerate(slide.shapes):
        if shape.kind == "picture" and shape.image:
            image = QImage.fromData(shape.image)
            if not image.isNull():
                if image.width() > 2400 or image.height() > 2400:
                    image = image.scaled(
                        2400,
                        2400,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                out[n] = image
    return out


def render_slide_image(slide: SlideLayout, width: int, marker: Marker | None = None) -> QImage:
    """The slide as a QImage `width` pixels wide (worker-thread safe)."""
    height = max(1, round(width * slide.height / max(slide.width, 1)))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(slide.background))
    painter = QPainter(image)
    paint_slide(painter, slide, QRectF(0, 0, width, height), decode_images(slide), marker)
    painter.end()
    return image


def paint_slide(
    painter: QPainter, slide: SlideLayout, target: QRectF, images: Images, marker: Marker | None = None
) -> None:
    """Paint `slide` scaled into `target` (aspect ratio is the caller's business)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setClipRect(target)
    painter.fillRect(target, QColor(slide.background))
    scale = target.width() / max(slide.width, 1)
    dpi = painter.device().logicalDpiY() or 96
    painter.translate(target.topLeft())
    for n, shape in enumerate(slide.shapes):
        try:
            _paint_shape(painter, shape, scale, dpi, images.get(n), marker)
        except Exception:  # a malformed shape must not blank the whole slide
            continue
    painter.restore()


def _paint_shape(
    painter: QPainter, shape: Shape, scale: float, dpi: float, image: QImage | None, marker: Marker | None
) -> None:
    rect = QRectF(shape.x * scale, shape.y * scale, max(shape.w * scale, 0.5), max(shape.h * scale, 0.5))
    painter.save()
    if shape.rotation or shape.flip_h or shape.flip_v:
        center = rect.center()
        painter.translate(center)
        if shape.rotation:
            painter.rotate(shape.rotation)
        painter.scale(
            -1 if shape.flip_h and shape.kind != "shape" else 1,
            -1 if shape.flip_v and shape.kind != "shape" else 1,
        )
        painter.translate(-center)
    if shape.kind == "line":
        pen = QPen(QColor(shape.line or "#7f7f7f"), max(1.0, shape.line_width_emu * scale))
        painter.setPen(pen)
        painter.drawLine(QLineF(rect.topLeft(), rect.bottomRight()))
    elif shape.kind == "picture":
        _paint_picture(painter, rect, shape, image)
    elif shape.kind == "table" and shape.table is not None:
        _paint_table(painter, rect, shape, scale, dpi, marker)
    elif shape.kind == "object":
        _paint_object(painter, rect, shape, scale, dpi)
    else:
        _paint_geometry(painter, rect, shape, scale)
        if shape.text is not None:
            _paint_text(painter, rect, shape.text, scale, dpi, marker)
    painter.restore()


def _paint_geometry(painter: QPainter, rect: QRectF, shape: Shape, scale: float) -> None:
    if shape.fill is None and shape.line is None:
        return
    painter.setBrush(QBrush(QColor(shape.fill)) if shape.fill else Qt.BrushStyle.NoBrush)
    if shape.line:
        painter.setPen(QPen(QColor(shape.line), max(0.75, shape.line_width_emu * scale)))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    geo = shape.geometry
    if geo == "ellipse":
        painter.drawEllipse(rect)
    elif geo in ("roundRect", "round2SameRect", "snipRoundRect", "flowChartAlternateProcess"):
        radius = min(rect.width(), rect.height()) * 0.16
        painter.drawRoundedRect(rect, radius, radius)
    elif geo in ("triangle", "isoTriangle"):
        painter.drawPolygon(
            QPolygonF([QPointF(rect.center().x(), rect.top()), rect.bottomRight(), rect.bottomLeft()])
        )
    elif geo == "rtTriangle":
        painter.drawPolygon(QPolygonF([rect.topLeft(), rect.bottomRight(), rect.bottomLeft()]))
    elif geo in ("rightArrow", "leftArrow"):
        path = _arrow(rect, geo == "leftArrow")
        painter.drawPath(path)
    elif geo in ("chevron", "homePlate"):
        tip = min(rect.height() / 2, rect.width() / 3)
        pts = [
            rect.topLeft(),
            QPointF(rect.right() - tip, rect.top()),
            QPointF(rect.right(), rect.center().y()),
            QPointF(rect.right() - tip, rect.bottom()),
            rect.bottomLeft(),
        ]
        if geo == "chevron":
            pts.append(QPointF(rect.left() + tip, rect.center().y()))
        painter.drawPolygon(QPolygonF(pts))
    elif geo == "diamond":
        c = rect.center()
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), rect.top()),
                    QPointF(rect.right(), c.y()),
                    QPointF(c.x(), rect.bottom()),
                    QPointF(rect.left(), c.y()),
                ]
            )
        )
    else:
        painter.drawRect(rect)


def _arrow(rect: QRectF, left: bool) -> QPainterPath:
    head = min(rect.width() * 0.4, rect.height())
    shaft_top = rect.top() + rect.height() * 0.25
    shaft_bottom = rect.bottom() - rect.height() * 0.25
    path = QPainterPath()
    pts = [
        QPointF(rect.left(), shaft_top),
        QPointF(rect.right() - head, shaft_top),
        QPointF(rect.right() - head, rect.top()),
        QPointF(rect.right(), rect.center().y()),
        QPointF(rect.right() - head, rect.bottom()),
        QPointF(rect.right() - head, shaft_bottom),
        QPointF(rect.left(), shaft_bottom),
    ]
    if left:
        cx = rect.center().x()
        pts = [QPointF(2 * cx - p.x(), p.y()) for p in pts]
    path.addPolygon(QPolygonF(pts))
    path.closeSubpath()
    return path


def _paint_picture(painter: QPainter, rect: QRectF, shape: Shape, image: QImage | None) -> None:
    if image is None or image.isNull():
        _paint_object(painter, rect, shape, 1.0, 96)
        return
    left, top, right, bottom = shape.crop
    src = QRectF(
        image.width() * left,
        image.height() * top,
        image.width() * max(0.01, 1 - left - right),
        image.height() * max(0.01, 1 - top - bottom),
    )
    painter.drawImage(rect, image, src)


def _paint_object(painter: QPainter, rect: QRectF, shape: Shape, scale: float, dpi: float) -> None:
    painter.setPen(QPen(QColor(120, 130, 150, 160), 1, Qt.PenStyle.DashLine))
    painter.setBrush(QColor(120, 130, 150, 30))
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
    if rect.height() > 14 and shape.label:
        font = QFont(DEFAULT_FAMILY)
        font.setPixelSize(max(7, min(int(rect.height() / 6), 18)))
        painter.setFont(font)
        painter.setPen(QColor(110, 118, 135))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), placeholder_name(shape.label))


def _paint_table(
    painter: QPainter, rect: QRectF, shape: Shape, scale: float, dpi: float, marker: Marker | None
) -> None:
    table = shape.table
    assert table is not None
    xs = [rect.left()]
    for w in table.col_widths:
        xs.append(xs[-1] + w * scale)
    heights = [h * scale for h in table.row_heights]
    for r, row in enumerate(table.rows):  # rows grow to fit their text, as in PowerPoint
        for c, cell in enumerate(row):
            if cell.merged or cell.row_span != 1 or c >= len(xs) - 1 or r >= len(heights):
                continue
            c2 = min(c + cell.col_span, len(xs) - 1)
            box = _text_box(QRectF(xs[c], 0, xs[c2] - xs[c], heights[r]), cell.text, scale)
            _, needed = _layout_text(painter, box.width(), cell.text, scale, dpi, None)
            _li, ti, _ri, bi = (v * scale for v in cell.text.inset_emu)
            heights[r] = max(heights[r], needed + ti + bi)
    ys = [rect.top()]
    for h in heights:
        ys.append(ys[-1] + h)
    border = QPen(
        QColor("#ffffff" if any(c.fill for row in table.rows for c in row) else "#9aa3b2"),
        max(0.6, 12_700 * scale),
    )
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.merged or c >= len(xs) - 1 or r >= len(ys) - 1:
                continue
            c2 = min(c + cell.col_span, len(xs) - 1)
            r2 = min(r + cell.row_span, len(ys) - 1)
            cell_rect = QRectF(QPointF(xs[c], ys[r]), QPointF(xs[c2], ys[r2]))
            if cell.fill:
                painter.fillRect(cell_rect, QColor(cell.fill))
            painter.setPen(border)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell_rect)
            _paint_text(painter, cell_rect, cell.text, scale, dpi, marker)


def _font_for(
    run_font: str, size_pt: float, scale: float, dpi: float, bold: bool, italic: bool, underline: bool
) -> QFont:
    font = QFont(run_font or DEFAULT_FAMILY)
    if run_font:
        font.setFamilies([run_font, DEFAULT_FAMILY])
    px = size_pt * EMU_PER_PT * scale
    font.setPointSizeF(max(0.5, px * 72.0 / dpi))
    font.setBold(bold)
    font.setItalic(italic)
    font.setUnderline(underline)
    return font


def _text_box(rect: QRectF, frame: TextFrame, scale: float) -> QRectF:
    li, ti, ri, bi = (v * scale for v in frame.inset_emu)
    box = rect.adjusted(li, ti, -ri, -bi)
    return box if box.width() > 1 else QRectF(rect)


def _paint_text(
    painter: QPainter, rect: QRectF, frame: TextFrame, scale: float, dpi: float, marker: Marker | None
) -> None:
    box = _text_box(rect, frame, scale)
    layouts, total = _layout_text(painter, box.width(), frame, scale, dpi, marker)
    if frame.anchor == "ctr":
        top = box.top() + (box.height() - total) / 2
    elif frame.anchor == "b":
        top = box.bottom() - total
    else:
        top = box.top()
    for layout in layouts:
        layout.draw(painter, QPointF(box.left(), top))


def _layout_text(
    painter: QPainter, box_width: float, frame: TextFrame, scale: float, dpi: float, marker: Marker | None
) -> tuple[list[QTextLayout], float]:
    """Paragraph layouts positioned from y=0, and their total height."""
    layouts: list[tuple[QTextLayout, float]] = []
    y = 0.0
    gap = 0.0
    for para in frame.paragraphs:
        runs = para.runs
        size = max((r.size_pt for r in runs if not r.line_break), default=18.0) * frame.font_scale
        text_parts: list[str] = []
        formats: list[QTextLayout.FormatRange] = []
        pos = 0
        first = next((r for r in runs if not r.line_break), None)
        if para.bullet and para.text.strip():
            bullet = para.bullet + " "
            text_parts.append(bullet)
            if first is not None:
                formats.append(_range(0, len(bullet), _char_format(first, frame.font_scale, scale, dpi)))
            pos += len(bullet)
        body_start = pos
        for run in runs:
            value = "\u2028" if run.line_break else run.text
            if not value:
                continue
            text_parts.append(value)
            formats.append(_range(pos, len(value), _char_format(run, frame.font_scale, scale, dpi)))
            pos += len(value)
        text = "".join(text_parts)
        if marker:
            for a, b in marker.spans(text[body_start:]):
                mark = QTextCharFormat()
                mark.setBackground(QColor(255, 214, 64, 170))
                formats.append(_range(body_start + a, b - a, mark))
        base_font = _font_for(first.font if first else "", size, scale, dpi, False, False, False)
        layout = QTextLayout(text, base_font, painter.device())
        option = QTextOption(_ALIGN.get(para.align, Qt.AlignmentFlag.AlignLeft))
        option.setWrapMode(QTextOption.WrapMode.WordWrap if frame.wrap else QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        layout.setFormats(formats)
        indent = para.indent_emu * scale
        width = max(4.0, box_width - indent)
        layout.beginLayout()
        line_y = y
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(indent, line_y))
            line_y += line.height()
        layout.endLayout()
        gap = size * EMU_PER_PT * scale * 0.25
        layouts.append((layout, y))
        y = line_y + gap
    return [layout for layout, _ in layouts], max(0.0, y - gap)


def _char_format(run: object, font_scale: float, scale: float, dpi: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(
        _font_for(
            run.font,  # type: ignore[attr-defined]
            run.size_pt * font_scale,  # type: ignore[attr-defined]
            scale,
            dpi,
            run.bold,  # type: ignore[attr-defined]
            run.italic,  # type: ignore[attr-defined]
            run.underline,  # type: ignore[attr-defined]
        )
    )
    fmt.setForeground(QColor(run.color))  # type: ignore[attr-defined]
    return fmt


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    fr = QTextLayout.FormatRange()
    fr.start, fr.length, fr.format = start, length, fmt
    return fr
