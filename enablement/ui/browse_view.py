"""Browse: battle cards by competitor, decks with thumbnails, catalogs; filter by product and tag; sort.

Items are listed and grouped off the UI thread (enablement.preview.browse);
deck thumbnails are painted from the first slide's layout in the background.
A click opens the item in this page's own preview pane.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from enablement.preview.browse import BrowseGroups, group_items, load_items
from enablement.ui import labels
from enablement.ui.icons import IconSet
from enablement.ui.layouts import FlowLayout, clear_layout
from enablement.ui.preview_pane import PreviewPane
from enablement.ui.slide_painter import render_slide_image
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.preview.service import PreviewService

THUMB = QSize(232, 131)
PAGE = 24  # tiles per section before "Show more": a 100,000-unit library must not build thousands
CARDS_PER_TILE = 6


def load_groups(library: Any) -> tuple[list[Any], BrowseGroups]:
    """Worker body: the items and their unfiltered grouping (sorting thousands of items is not UI work)."""
    items = load_items(library)
    return items, group_items(items)


def deck_thumbnail(preview: Any, item: Any) -> Any:
    """Worker body: the first slide of a deck as a QImage (None if it cannot be drawn)."""
    deck = preview.deck(item)
    if not deck.slides:
        return None
    return render_slide_image(deck.slides[0], THUMB.width() * 2)


class ItemButton(QPushButton):
    """A flat, clickable item title inside a tile, elided to the tile's width (full title in the tooltip)."""

    def __init__(self, item: Any, text: str, parent: QWidget, width: int = 0, bold: bool = False) -> None:
        super().__init__(parent)
        self.item = item
        self.full_text = text
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        style = "QPushButton { text-align: left; border: none; padding: 3px 4px; }"
        if bold:
            style += "QPushButton { font-weight: 600; }"
        self.setStyleSheet(style)
        font = self.font()
        font.setBold(bold)
        shown = (
            QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width - 12) if width else text
        )
        self.setText(shown)
        self.setToolTip(text)


class ThumbLabel(QLabel):
    """A deck thumbnail that opens its deck when pressed.

    Signals:
        pressed(): a mouse button went down on the thumbnail.
    """

    pressed = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.pressed.emit()


class BrowseView(QWidget):
    """The Browse page.

    Signals:
        loaded(): the item list was (re)loaded and laid out.
    """

    loaded = Signal()

    def __init__(
        self, *, runner: TaskRunner, appearance: Appearance, icons: IconSet, preview_pane: PreviewPane,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.runner = runner
        self.appearance = appearance
        self.icons = icons
        self.services: Services | None = None
        self.preview_service: PreviewService | None = None
        self.items: list[Any] = []
        self.groups = BrowseGroups()
        self._thumbs: dict[str, QPixmap] = {}
        self._thumb_labels: dict[str, list[QLabel]] = {}
        self.preview_pane = preview_pane
        self._dirty = False
        self._shown: dict[str, int] = dict.fromkeys(("decks", "catalogs", "documents"), PAGE)

        self.product = QComboBox(self)
        self.tag = QComboBox(self)
        self.sort = QComboBox(self)
        for combo in (self.product, self.tag, self.sort):
            combo.currentIndexChanged.connect(self._relayout)
            combo.setMinimumWidth(150)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        # A flow, not a row: in Russian the three filters and the count needed ~970 px, which with
        # an open preview widened the window past a 1366-px laptop; now they wrap.
        self.filter_bar = QWidget(self)
        bar = FlowLayout(self.filter_bar, spacing=16)
        bar.setContentsMargins(16, 10, 16, 4)
        self.product_label, self.tag_label, self.sort_label = QLabel(self), QLabel(self), QLabel(self)
        for label, combo in (
            (self.product_label, self.product),
            (self.tag_label, self.tag),
            (self.sort_label, self.sort),
        ):
            label.setObjectName("muted")
            pair = QWidget(self.filter_bar)
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.setSpacing(8)
            pair_row.addWidget(label)
            pair_row.addWidget(combo)
            bar.addWidget(pair)
        bar.addWidget(self.count_label)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(16, 6, 16, 16)
        self.body_layout.setSpacing(8)
        scroll = QScrollArea(self)
        scroll.setObjectName("pane")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("browseSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(preview_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # Near halves by default (kept in proportion on other widths): the cards need ~640 px for
        # two columns, and at 1366 px a preview narrower than ~640 wraps the four verdict buttons
        # into three rows and the deck's title and meta into two lines each, leaving the speaker
        # notes two lines in Russian. A splitter the user moved is restored from the settings.
        self.splitter.setSizes([700, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.retranslate()

    def set_services(self, services: Services, preview_service: PreviewService) -> None:
        self.services, self.preview_service = services, preview_service
        self.preview_pane.set_preview_service(preview_service)
        self.reload()

    def reload(self) -> None:
        if self.services is None:
            return
        self._thumbs.clear()
        self.runner.submit(load_groups, self.services.library, on_done=self._on_items)

    def _on_items(self, loaded: tuple[list[Any], BrowseGroups]) -> None:
        items, everything = loaded
        self.items = items
        self._fill_combo(self.product, everything.products, self.tr("All products"))
        self._fill_combo(self.tag, everything.tags, self.tr("All tags"))
        self._relayout()
        self.loaded.emit()

    def _fill_combo(self, combo: QComboBox, values: list[str], all_text: str) -> None:
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def set_filters(self, product: str = "", tag: str = "", sort: str = "updated") -> None:
        for combo, value in ((self.product, product), (self.tag, tag), (self.sort, sort)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self._relayout()

    # ------------------------------------------------------------------ layout

    def _relayout(self) -> None:
        self.groups = group_items(
            self.items,
            product=self.product.currentData() or "",
            tag=self.tag.currentData() or "",
            sort=self.sort.currentData() or "updated",
        )
        self._shown = dict.fromkeys(("decks", "catalogs", "documents"), PAGE)
        self._drop_filtered_preview()
        if self.isVisible():
            self._build()
        else:
            self._dirty = True  # built when the page is shown: no widgets for a hidden page

    def _drop_filtered_preview(self) -> None:
        """A filter that hides the previewed item also empties the preview."""
        bundle = self.preview_pane.bundle
        if bundle is None:
            return
        g = self.groups
        shown = {i.id for i in (*g.decks, *g.catalogs, *g.documents)}
        shown.update(i.id for _name, cards in g.by_competitor for i in cards)
        if bundle.item.id not in shown:
            self.preview_pane.clear()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self._build()

    def _show_more(self, section: str) -> None:
        self._shown[section] += PAGE
        self._build()

    def _build(self) -> None:
        """Tiles for the current groups, at most PAGE per section until "Show more" is clicked."""
        self._dirty = False
        clear_layout(self.body_layout)
        self._thumb_labels = {}
        g = self.groups
        self.count_label.setText(self.tr("%n item(s)", "", g.total))
        if g.by_competitor:
            self._section(
                self.tr("Battle cards by competitor"),
                [self._competitor_tile(n, c) for n, c in g.by_competitor[:PAGE]],
            )
        for key, title, items, tile in (
            ("decks", self.tr("Decks"), g.decks, self._deck_tile),
            ("catalogs", self.tr("Catalogs and price lists"), g.catalogs, self._item_tile),
            ("documents", self.tr("Documents"), g.documents, self._item_tile),
        ):
            if items:
                shown = self._shown[key]
                self._section(title, [tile(i) for i in items[:shown]])
                if len(items) > shown:
                    more = QPushButton(
                        self.tr("Show more (%1 of %2 shown)")
                        .replace("%1", str(shown))
                        .replace("%2", str(len(items))),
                        self.body,
                    )
                    more.clicked.connect(lambda _=False, k=key: self._show_more(k))
                    self.body_layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        if not g.total:
            empty = QLabel(self.tr("Nothing matches these filters."), self.body)
            empty.setObjectName("muted")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.body_layout.addWidget(empty)
        self.body_layout.addStretch(1)
        self._request_thumbnails()

    def _section(self, title: str, tiles: list[QWidget]) -> None:
        header = QLabel(title.upper(), self.body)
        header.setObjectName("sectionTitle")
        header.setContentsMargins(2, 10, 0, 2)
        self.body_layout.addWidget(header)
        holder = QWidget(self.body)
        flow = FlowLayout(holder)
        flow.setContentsMargins(0, 0, 0, 0)
        for tile in tiles:
            tile.setParent(holder)
            flow.addWidget(tile)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.body_layout.addWidget(holder)

    def _tile(self, width: int = 260) -> tuple[QFrame, QVBoxLayout]:
        tile = QFrame()
        tile.setObjectName("card")
        tile.setFixedWidth(width)
        layout = QVBoxLayout(tile)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        return tile, layout

    def _competitor_tile(self, name: str, cards: list[Any]) -> QWidget:
        t = self.appearance.theme
        tile, layout = self._tile(300)
        head = QHBoxLayout()
        icon = QLabel(tile)
        icon.setPixmap(self.icons.pixmap("battlecard", 18, t.kind_color("battlecard")))
        title = QLabel(f"<b>{name}</b>", tile)
        title.setStyleSheet("font-size: 11pt")
        count = QLabel(self.tr("%n card(s)", "", len(cards)), tile)
        count.setObjectName("muted")
        head.addWidget(icon)
        head.addWidget(title, 1)
        head.addWidget(count)
        layout.addLayout(head)
        for item in cards[:CARDS_PER_TILE]:
            text = item.title
            if labels.review_overdue(item.review_by):
                text = "⚠ " + text  # DejaVu has ⚠, not ⏱ (a box on Linux)
            button = ItemButton(item, text, tile, width=300 - 24)
            button.setToolTip(f"{item.title}\n{self._item_tooltip(item)}")
            button.clicked.connect(lambda _=False, i=item: self.open_item(i))
            layout.addWidget(button)
        if len(cards) > CARDS_PER_TILE:
            rest = QLabel(self.tr("and %n more", "", len(cards) - CARDS_PER_TILE), tile)
            rest.setObjectName("muted")
            rest.setContentsMargins(4, 0, 0, 0)
            layout.addWidget(rest)
        return tile

    def _deck_tile(self, item: Any) -> QWidget:
        t = self.appearance.theme
        tile, layout = self._tile(THUMB.width() + 24)
        thumb = ThumbLabel(tile)
        thumb.setFixedSize(THUMB)
        thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thumb.setStyleSheet(f"background: {t.sunken}; border-radius: 4px;")
        thumb.setPixmap(self.icons.pixmap("deck", 32, t.border))
        if item.sha256 in self._thumbs:
            thumb.setPixmap(self._thumbs[item.sha256])
        self._thumb_labels.setdefault(item.sha256, []).append(thumb)
        button = ItemButton(item, item.title, tile, width=THUMB.width(), bold=True)
        button.clicked.connect(lambda _=False, i=item: self.open_item(i))
        meta = QLabel(self._item_meta(item), tile)
        meta.setObjectName("muted")
        layout.addWidget(thumb)
        layout.addWidget(button)
        layout.addWidget(meta)
        thumb.pressed.connect(lambda: self.open_item(item))
        return tile

    def _item_tile(self, item: Any) -> QWidget:
        t = self.appearance.theme
        tile, layout = self._tile(300)
        head = QHBoxLayout()
        icon = QLabel(tile)
        is_pdf = item.source_name.lower().endswith(".pdf")
        icon.setPixmap(
            self.icons.pixmap(
                "pdf" if is_pdf else "catalog", 22, t.kind_color("pdf" if is_pdf else item.kind)
            )
        )
        button = ItemButton(item, item.title, tile, width=300 - 24 - 30, bold=True)
        button.clicked.connect(lambda _=False, i=item: self.open_item(i))
        head.addWidget(icon)
        head.addWidget(button, 1)
        meta = QLabel(self._item_meta(item), tile)
        meta.setObjectName("muted")
        layout.addLayout(head)
        layout.addWidget(meta)
        return tile

    def _item_meta(self, item: Any) -> str:
        if item.kind == "deck":
            count = self.tr("%n slide(s)", "", item.unit_count)
        elif item.source_name.lower().endswith(".pdf"):
            count = self.tr("%n page(s)", "", item.unit_count)
        elif item.kind == "catalog":
            count = self.tr("%n row(s)", "", item.unit_count)
        else:
            count = self.tr("%n section(s)", "", item.unit_count)
        return f"{count} · {labels.short_date(item.updated_at)}"

    def _item_tooltip(self, item: Any) -> str:
        text = f"{item.source_name} · {labels.short_date(item.updated_at)}"
        if labels.review_overdue(item.review_by):
            text += " · " + self.tr("needs review")
        return text

    def open_item(self, item: Any) -> None:
        self.preview_pane.show_unit(item.id, "item", 0)

    # ------------------------------------------------------------------ thumbnails

    def _request_thumbnails(self) -> None:
        if self.preview_service is None:
            return
        for item in self.groups.decks[: self._shown["decks"]]:
            if item.sha256 in self._thumbs:
                continue
            self.runner.submit(
                deck_thumbnail,
                self.preview_service,
                item,
                on_done=functools.partial(self._on_thumb, item.sha256),
            )

    def _on_thumb(self, key: str, image: Any) -> None:
        if image is None:
            return
        pixmap = QPixmap.fromImage(image).scaled(
            THUMB * 2, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        pixmap.setDevicePixelRatio(2.0)
        self._thumbs[key] = pixmap
        for label in self._thumb_labels.get(key, []):
            try:
                label.setPixmap(pixmap)
            except RuntimeError:  # the tile was rebuilt meanwhile
                continue

    def thumbnails_ready(self) -> int:
        return len(self._thumbs)

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.product_label.setText(self.tr("Product"))
        self.tag_label.setText(self.tr("Tag"))
        self.sort_label.setText(self.tr("Sort"))
        current = self.sort.currentData() or "updated"
        self.sort.blockSignals(True)
        self.sort.clear()
        self.sort.addItem(self.tr("Recently updated"), "updated")
        self.sort.addItem(self.tr("Title"), "title")
        self.sort.setCurrentIndex(max(0, self.sort.findData(current)))
        self.sort.blockSignals(False)
        # Wide enough for the longest entry in this language ("Недавно обновлённые"); the style
        # sheet's padding is not in QComboBox's own size hint.
        longest = max(self.sort.fontMetrics().horizontalAdvance(self.sort.itemText(i)) for i in range(2))
        self.sort.setMinimumWidth(max(150, longest + 48))
        if self.items:
            self._on_items((self.items, group_items(self.items)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)
