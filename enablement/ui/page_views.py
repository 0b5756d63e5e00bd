"""Preview views for PDF pages, catalog rows and sectioned documents (battle cards).

Each view renders data it is given; loading happens in the preview pane through
the task runner.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enablement.preview.marks import Marker
from enablement.ui import labels
from enablement.ui.icons import IconSet
from enablement.ui.layouts import clear_layout
from enablement.ui.theme import Appearance

_CODE_KEYS = re.compile(r"(sku|артикул|код|code|part|модель|model)", re.IGNORECASE)
_NAME_KEYS = re.compile(r"(наименование|название|name|product|товар)", re.IGNORECASE)
_PRICE_KEYS = re.compile(r"(цена|price|стоимость|cost)", re.IGNORECASE)
_QA = re.compile(r"^\s*(возражение|objection|вопрос|q)\s*[:—-]\s*(.*)$", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*(ответ|answer|a)\s*[:—-]\s*(.*)$", re.IGNORECASE)

SECTION_COLORS = {
    "overview": "accent",
    "strengths": "success",
    "weaknesses": "danger",
    "how_we_win": "accent",
    "landmines": "warning",
    "objections": "chip_competitor_text",
    "pricing": "chip_product_text",
}


def pdf_page_image(preview: Any, item: Any, number: int, width_px: int) -> tuple[QImage, int, int]:
    """Worker body: (image, page number, page count) for one PDF page."""
    page = preview.pdf_page(item, number, width_px=width_px)
    image = QImage(page.rgba, page.width, page.height, page.width * 4, QImage.Format.Format_RGBA8888).copy()
    return image, page.number, page.page_count


class PdfPreview(QWidget):
    """A rendered PDF page with previous/next.

    Signals:
        page_requested(int): the user asked for another page.
    """

    page_requested = Signal(int)

    def __init__(self, *, appearance: Appearance, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.number = 0
        self.count = 0
        self._image: QImage | None = None
        self.page = QLabel(self)
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("pane")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.page)
        self.prev_button = QToolButton(self)
        self.prev_button.setIcon(icons.icon("prev"))
        self.prev_button.clicked.connect(lambda: self.page_requested.emit(self.number - 1))
        self.next_button = QToolButton(self)
        self.next_button.setIcon(icons.icon("next"))
        self.next_button.clicked.connect(lambda: self.page_requested.emit(self.number + 1))
        self.position = QLabel(self)
        self.position.setObjectName("muted")
        self.position.setMinimumWidth(120)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.position)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(nav)
        self.retranslate()

    def target_width(self) -> int:
        return max(400, int(self.scroll_area.viewport().width() * self.devicePixelRatioF()) - 24)

    def set_page(self, image: QImage, number: int, count: int) -> None:
        self._image, self.number, self.count = image, number, count
        self._show()
        self.position.setText(labels.location("page", number, count))
        self.prev_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < count)

    def _show(self) -> None:
        if self._image is None:
            return
        width = max(200, self.scroll_area.viewport().width() - 24)
        pixmap = QPixmap.fromImage(self._image)
        ratio = self.devicePixelRatioF()
        pixmap = pixmap.scaledToWidth(int(width * ratio), Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.page.setPixmap(pixmap)
        self.page.setMinimumHeight(int(pixmap.height() / ratio) + 16)

    def has_page(self) -> bool:
        return self._image is not None and not self._image.isNull()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show()

    def retranslate(self) -> None:
        self.prev_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        if self.number:
            self.position.setText(labels.location("page", self.number, self.count))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ordered_fields(fields: dict[str, str]) -> list[tuple[str, str]]:
    """Code, name and price first (that is what a salesperson looks for), then the rest as stored."""

    def rank(key: str) -> int:
        if _CODE_KEYS.search(key):
            return 0
        if _NAME_KEYS.search(key):
            return 1
        if _PRICE_KEYS.search(key):
            return 2
        return 3

    return sorted(fields.items(), key=lambda kv: rank(kv[0]))


class RecordPreview(QScrollArea):
    """A catalog row as a form: one label/value pair per column."""

    def __init__(self, *, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pane")
        self.appearance = appearance
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(18, 14, 18, 14)
        self.values: dict[str, str] = {}
        self._unit: Any = None
        self._marker: Marker | None = None

    def set_record(self, unit: Any, marker: Marker | None) -> None:
        self._unit, self._marker = unit, marker
        self._render()

    def _render(self) -> None:
        clear_layout(self._layout)
        unit = self._unit
        if unit is None:
            return
        t = self.appearance.theme
        marker = self._marker or Marker("")
        mark_open = f"<span style='background:{t.mark_bg}; color:{t.mark_text}'>"
        heading = QLabel(self._body)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setText(
            marker.html(
                unit.heading or labels.location("row", unit.number), open_tag=mark_open, close_tag="</span>"
            )
        )
        self._layout.addWidget(heading)
        where = QLabel(labels.location("row", unit.number, sheet=unit.sheet), self._body)
        where.setObjectName("muted")
        self._layout.addWidget(where)
        card = QFrame(self._body)
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(9)
        grid.setColumnStretch(1, 1)
        fields = unit.fields or _fields_from_text(unit.text)
        self.values = dict(fields)
        for row, (key, value) in enumerate(ordered_fields(fields)):
            name = QLabel(key, card)
            name.setObjectName("muted")
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            shown = QLabel(card)
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.RichText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text = marker.html(value, open_tag=mark_open, close_tag="</span>")
            if _CODE_KEYS.search(key) or _PRICE_KEYS.search(key):
                text = f"<b>{text}</b>"
            shown.setText(text or "—")
            shown.setAccessibleName(key)
            grid.addWidget(name, row, 0)
            grid.addWidget(shown, row, 1)
        self._layout.addSpacing(6)
        self._layout.addWidget(card)
        self._layout.addStretch(1)

    def sizeHint(self) -> QSize:
        return QSize(480, 400)


def _fields_from_text(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            out[key.strip()] = value.strip()
    return out


def _body_html(text: str, section_type: str, marker: Marker, mark_open: str, t: Any) -> str:
    """Section text as HTML: "- " lines become bullets, objection/answer pairs become Q/A blocks."""
    merged: list[str] = []
    previous_blank = True
    for line in text.splitlines():  # Markdown-like: a line that starts nothing new continues the last one
        stripped = line.strip()
        starts_block = (
            stripped.startswith(("- ", "• ", "* ")) or _QA.match(stripped) or _ANSWER.match(stripped)
        )
        if merged and stripped and not previous_blank and not starts_block:
            merged[-1] += " " + stripped
        else:
            merged.append(line.rstrip())
        previous_blank = not stripped
    out: list[str] = []
    in_list = False

    def mark(s: str) -> str:
        return marker.html(s, open_tag=mark_open, close_tag="</span>")

    for line in merged:
        stripped = line.strip()
        if stripped.startswith(("- ", "• ", "* ")):
            if not in_list:
                out.append("<ul style='margin-top:2px; margin-bottom:2px; -qt-list-indent:1'>")
                in_list = True
            out.append(f"<li style='margin-bottom:4px'>{mark(stripped[2:])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if not stripped:
            continue
        qa = _QA.match(stripped)
        answer = _ANSWER.match(stripped)
        if qa:
            said = qa.group(2)
            # The objection is a customer's words; an opening mark unless the text brings its own.
            opening = "" if said.startswith(("«", "“", '"', "„")) else "“"
            out.append(
                f"<p style='margin-top:10px; margin-bottom:2px; font-weight:600'>"
                f"<span style='color:{t.chip_competitor_text}'>{opening}</span>{mark(said)}</p>"
            )
        elif answer:
            out.append(
                f"<p style='margin-top:0; margin-left:14px; color:{t.text}'>"
                f"<span style='color:{t.success}; font-weight:700'>→ </span>{mark(answer.group(2))}</p>"
            )
        else:
            out.append(f"<p style='margin-top:4px; margin-bottom:4px'>{mark(stripped)}</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


class SectionsPreview(QTextBrowser):
    """A battle card (or any sectioned document) laid out by its typed sections."""

    def __init__(self, *, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.current_anchor = ""
        self._args: tuple[Any, ...] | None = None

    def set_sections(self, title: str, units: list[Any], focus: int, marker: Marker | None) -> None:
        self._args = (title, units, focus, marker)
        self._render()

    def _render(self) -> None:
        if self._args is None:
            return
        _title, units, focus, marker = self._args
        t = self.appearance.theme
        marker = marker or Marker("")
        mark_open = f"<span style='background:{t.mark_bg}; color:{t.mark_text}; font-weight:600'>"
        parts = [f"<div style='color:{t.text}; line-height:135%'>"]
        for unit in units:
            color = getattr(t, SECTION_COLORS.get(unit.section_type, "text_muted"))
            typed = unit.section_type not in ("", "general")
            label = labels.section_name(unit.section_type) if typed else ""
            if label and unit.heading.casefold().startswith(label.casefold()):
                label = ""  # the card's own heading already says it
            label = label.upper()
            focus_bg = t.accent_soft if unit.number == focus else t.surface
            parts.append(f"<a name='section-{unit.number}'></a>")
            parts.append(
                "<table width='100%' cellspacing='0' cellpadding='0'"
                " style='margin-top:10px; margin-bottom:4px'>"
                f"<tr><td width='4' style='background:{color}'></td>"
                f"<td style='background:{focus_bg}; padding:10px 14px 10px 14px'>"
            )
            if label:
                parts.append(
                    f"<div style='color:{color}; font-size:8pt; font-weight:700; letter-spacing:1px'>"
                    f"{label}</div>"
                )
            heading = (
                marker.html(unit.heading, open_tag=mark_open, close_tag="</span>") if unit.heading else ""
            )
            if heading:
                parts.append(
                    f"<div style='font-size:12pt; font-weight:600; margin-bottom:4px'>{heading}</div>"
                )
            parts.append(_body_html(unit.text, unit.section_type, marker, mark_open, t))
            parts.append("</td></tr></table>")
        parts.append("</div>")
        self.setHtml("".join(parts))
        self.current_anchor = f"section-{focus}"
        self.scrollToAnchor(self.current_anchor)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.current_anchor:
            self.scrollToAnchor(self.current_anchor)
