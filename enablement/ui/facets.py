"""The facet panel: counts per kind, competitor, product, tag and language; a click filters.

It only renders the counts the search service returned and emits the chosen
filters; the search panel re-runs the query with them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enablement.ui import labels
from enablement.ui.layouts import clear_layout
from enablement.ui.theme import Appearance

FACETS = ("kind", "competitor", "product", "tag", "language")
_SHOWN = 6


def facet_title(name: str) -> str:
    titles = {
        "kind": QCoreApplication.translate("FacetPanel", "Type"),
        "competitor": QCoreApplication.translate("FacetPanel", "Competitor"),
        "product": QCoreApplication.translate("FacetPanel", "Product"),
        "tag": QCoreApplication.translate("FacetPanel", "Tag"),
        "language": QCoreApplication.translate("FacetPanel", "Language"),
    }
    return titles.get(name, name)


def facet_value_label(name: str, value: str) -> str:
    if name == "kind":
        return labels.kind_name(value, plural=True)
    if name == "language":
        return labels.language_name(value)
    return value


class FacetRow(QAbstractButton):
    """A checkable row: value on the left, its count in a pill on the right."""

    def __init__(self, *, appearance: Appearance, name: str, value: str, count: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.name = name
        self.value = value
        self.count = count
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.refresh_text()

    def refresh_text(self) -> None:
        self.setText(facet_value_label(self.name, self.value))
        self.setToolTip(f"{self.text()} ({self.count})")
        self.setAccessibleName(f"{self.text()}: {self.count}")

    def sizeHint(self) -> QSize:
        return QSize(160, QFontMetrics(self.font()).height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self.appearance.theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self.isChecked() or self.underMouse():
            path = QPainterPath()
            path.addRoundedRect(r, 6, 6)
            p.fillPath(path, QColor(t.accent_soft if self.isChecked() else t.surface_alt))
        fm = QFontMetrics(self.font())
        count = str(self.count)
        cw = fm.horizontalAdvance(count) + 14
        pill = QRectF(r.right() - cw - 4, r.center().y() - fm.height() / 2, cw, fm.height())
        path = QPainterPath()
        path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        p.fillPath(path, QColor(t.accent if self.isChecked() else t.sunken))
        p.setPen(QColor(t.accent_text if self.isChecked() else t.text_muted))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() - 1)
        p.setFont(small)
        p.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), count)
        font = QFont(self.font())
        if self.isChecked():
            font.setWeight(QFont.Weight.DemiBold)
        p.setFont(font)
        p.setPen(QColor(t.text if self.count or self.isChecked() else t.text_muted))
        text_rect = r.adjusted(8, 0, -cw - 10, 0)
        text = QFontMetrics(font).elidedText(self.text(), Qt.TextElideMode.ElideRight, int(text_rect.width()))
        p.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), text)
        p.end()


class FacetPanel(QFrame):
    """Facet groups with counts.

    Signals:
        filters_changed(dict): {facet name: chosen value} after a click (at most one value per facet).
    """

    filters_changed = Signal(dict)

    def __init__(self, *, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.appearance = appearance
        self.selected: dict[str, str] = {}
        self._facets: dict[str, dict[str, int]] = {}
        self._expanded: set[str] = set()
        self._rows: list[FacetRow] = []
        scroll = QScrollArea(self)
        scroll.setObjectName("pane")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(10, 6, 8, 10)
        self._layout.setSpacing(1)
        scroll.setWidget(self._body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._title = QLabel(self)
        self._title.setObjectName("sectionTitle")
        self._title.setContentsMargins(18, 10, 0, 2)
        self._clear = QToolButton(self)
        self._clear.setObjectName("linkButton")
        self._clear.setCursor(Qt.CursorShape.PointingHandCursor)
        self._clear.clicked.connect(self.clear)
        outer.addWidget(self._title)
        outer.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(scroll, 1)
        self.setMinimumWidth(170)
        self.retranslate()
        self._rebuild()

    def set_facets(self, facets: dict[str, dict[str, int]]) -> None:
        self._facets = {name: dict(facets.get(name, {})) for name in FACETS}
        self._rebuild()

    def set_selected(self, selected: dict[str, str]) -> None:
        self.selected = {k: v for k, v in selected.items() if v}
        self._rebuild()

    def clear(self) -> None:
        if self.selected:
            self.selected = {}
            self._rebuild()
            self.filters_changed.emit({})

    def rows(self) -> list[FacetRow]:
        return list(self._rows)

    def row_for(self, name: str, value: str) -> FacetRow | None:
        return next((r for r in self._rows if r.name == name and r.value == value), None)

    def _rebuild(self) -> None:
        clear_layout(self._layout)
        self._rows = []
        any_group = False
        for name in FACETS:
            values = dict(self._facets.get(name, {}))
            chosen = self.selected.get(name)
            if chosen and chosen not in values:
                values[chosen] = 0
            if not values or (len(values) == 1 and name in ("language", "kind") and not chosen):
                continue
            any_group = True
            header = QLabel(facet_title(name).upper(), self._body)
            header.setObjectName("sectionTitle")
            header.setContentsMargins(8, 12, 0, 4)
            self._layout.addWidget(header)
            ordered = sorted(values.items(), key=lambda kv: (-kv[1], kv[0].lower()))
            shown = ordered if name in self._expanded else ordered[:_SHOWN]
            if chosen and all(v != chosen for v, _ in shown):
                shown.append((chosen, values[chosen]))
            for value, count in shown:
                row = FacetRow(
                    appearance=self.appearance, name=name, value=value, count=count, parent=self._body
                )
                row.setChecked(value == chosen)
                row.clicked.connect(lambda _=False, r=row: self._on_row_clicked(r))
                self._layout.addWidget(row)
                self._rows.append(row)
            if len(ordered) > _SHOWN:
                more = QToolButton(self._body)
                more.setObjectName("linkButton")
                more.setCursor(Qt.CursorShape.PointingHandCursor)
                more.setText(
                    self.tr("Show fewer")
                    if name in self._expanded
                    else self.tr("Show all %1").replace("%1", str(len(ordered)))
                )
                more.clicked.connect(lambda _=False, n=name: self._toggle_more(n))
                self._layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        if not any_group:
            empty = QLabel(self.tr("Filters appear here once a search finds something."), self._body)
            empty.setObjectName("muted")
            empty.setWordWrap(True)
            empty.setContentsMargins(8, 8, 8, 0)
            self._layout.addWidget(empty)
        self._layout.addStretch(1)
        self._clear.setVisible(bool(self.selected))

    def _toggle_more(self, name: str) -> None:
        self._expanded ^= {name}
        self._rebuild()

    def _on_row_clicked(self, row: FacetRow) -> None:
        if self.selected.get(row.name) == row.value:
            self.selected.pop(row.name, None)
        else:
            self.selected[row.name] = row.value
        self._rebuild()
        self.filters_changed.emit(dict(self.selected))

    def retranslate(self) -> None:
        self._title.setText(self.tr("FILTERS"))
        self._clear.setText(self.tr("Clear all filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._rebuild()
        super().changeEvent(event)
