"""The slide preview: the slide drawn from its shapes, speaker notes with marks, prev/next, a filmstrip.

The deck's layout arrives parsed (from the task runner); pictures of the shown
slide are decoded on a worker and cached, and filmstrip thumbnails are painted
onto QImages in the background, a few at a time, so flipping slides never
waits on the disk.
"""

from __future__ import annotations

import html
import math
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enablement.preview.layout import DeckLayout, SlideLayout
from enablement.preview.marks import Marker
from enablement.ui import labels
from enablement.ui.icons import IconSet
from enablement.ui.slide_painter import Images, decode_images, paint_slide, render_slide_image
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance

THUMB_WIDTH = 136
# Below this height the filmstrip gives its room to the slide (prev/next and PgUp/PgDn still page).
FILMSTRIP_MIN_PANE_HEIGHT = 440


def render_thumbnails(slides: list[SlideLayout], width: int) -> list[tuple[int, Any]]:
    """Worker body: (slide number, QImage) for each slide."""
    return [(s.number, render_slide_image(s, width)) for s in slides]


NOTES_LINES = 4  # the speaker notes' least height, in lines
NOTES_LINE_HEIGHT = 125  # percent: airy enough to read, and four lines still fit a 768-px screen
CANVAS_LEAST = 96  # the slide's least height: in a narrow Russian preview at 768 px the notes keep 4 lines


class SlideCanvas(QWidget):
    """Paints one slide, letterboxed, with a soft shadow."""

    def __init__(self, *, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.slide: SlideLayout | None = None
        self.images: Images = {}
        self.marker: Marker | None = None
        self.loading = False
        self.setMinimumHeight(CANVAS_LEAST)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_slide(self, slide: SlideLayout | None, images: Images, marker: Marker | None) -> None:
        self.slide, self.images, self.marker = slide, images, marker
        self.setAccessibleDescription(slide.text() if slide else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 380)

    def slide_rect(self) -> QRectF:
        if self.slide is None:
            return QRectF()
        area = QRectF(self.rect()).adjusted(16, 14, -16, -14)
        ratio = self.slide.width / max(self.slide.height, 1)
        w = min(area.width(), area.height() * ratio)
        h = w / ratio
        return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self.appearance.theme
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(t.sunken))
        if self.slide is None:
            p.end()
            return
        rect = self.slide_rect()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for n, alpha in ((6, 10), (4, 18), (2, 30)):
            shadow = QPainterPath()
            shadow.addRoundedRect(rect.adjusted(-n / 2, -n / 4, n / 2, n), 4 + n, 4 + n)
            p.fillPath(shadow, QColor(0, 0, 0, alpha))
        paint_slide(p, self.slide, rect, self.images, self.marker)
        if self.slide.hidden:
            p.setPen(QColor(t.warning))
            p.drawText(rect.adjusted(8, 6, -8, -6), int(Qt.AlignmentFlag.AlignRight), self.tr("Hidden slide"))
        p.end()


class SlidePreview(QWidget):
    """Slide + notes + filmstrip for one deck.

    Signals:
        slide_changed(int): the shown slide number changed (prev/next, filmstrip click).
        pitch_requested(int): "Add to pitch" from a thumbnail's context menu.
    """

    slide_changed = Signal(int)
    pitch_requested = Signal(int)

    def __init__(
        self, *, runner: TaskRunner, appearance: Appearance, icons: IconSet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.appearance = appearance
        self.icons = icons
        self.deck: DeckLayout | None = None
        self.deck_key = ""
        self.number = 0
        self.marker: Marker | None = None
        self._images: OrderedDict[tuple[str, int], Images] = OrderedDict()
        self._thumbs_for = ""
        self._rendered: set[int] = set()

        self.canvas = SlideCanvas(appearance=appearance, parent=self)
        self.prev_button = QToolButton(self)
        self.prev_button.setIcon(icons.icon("prev"))
        self.prev_button.clicked.connect(lambda: self.show_slide(self.number - 1))
        self.next_button = QToolButton(self)
        self.next_button.setIcon(icons.icon("next"))
        self.next_button.clicked.connect(lambda: self.show_slide(self.number + 1))
        self.position = QLabel(self)
        self.position.setObjectName("muted")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position.setMinimumWidth(120)
        nav = QHBoxLayout()
        nav.setContentsMargins(8, 2, 8, 2)
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.position)
        nav.addWidget(self.next_button)
        nav.addStretch(1)

        self.notes_title = QLabel(self)
        self.notes_title.setObjectName("sectionTitle")
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("notes")
        self.notes.setOpenLinks(False)
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        # Four lines of notes stay readable; the feedback strip below the preview gives way first
        # (its roll-up scrolls), and the window's minimum height includes them, so the notes never
        # run over "Slide 3 of 18" (a minimum the window did not count for did, once).
        self._notes_full = self._notes_height(NOTES_LINES)
        self._notes_least = 36
        self.notes.setMinimumHeight(self._notes_full)
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(14, 6, 14, 4)
        notes_layout.setSpacing(4)
        notes_layout.addWidget(self.notes_title)
        notes_layout.addWidget(self.notes, 1)

        self.film_model = QStandardItemModel(self)
        self.filmstrip = QListView(self)
        self.filmstrip.setObjectName("filmstrip")
        self.filmstrip.setModel(self.film_model)
        self.filmstrip.setFlow(QListView.Flow.LeftToRight)
        self.filmstrip.setWrapping(False)
        self.filmstrip.setViewMode(QListView.ViewMode.IconMode)
        self.filmstrip.setMovement(QListView.Movement.Static)
        self.filmstrip.setIconSize(QSize(THUMB_WIDTH, THUMB_WIDTH * 9 // 16))
        self.filmstrip.setSpacing(6)
        self.filmstrip.setUniformItemSizes(True)
        self.filmstrip.setFixedHeight(THUMB_WIDTH * 9 // 16 + 50)
        self.filmstrip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.filmstrip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filmstrip.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filmstrip.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filmstrip.clicked.connect(lambda index: self.show_slide(index.row() + 1))
        self.filmstrip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.filmstrip.customContextMenuRequested.connect(
            lambda pos: self.filmstrip_menu(self.filmstrip.indexAt(pos).row() + 1).popup(
                self.filmstrip.viewport().mapToGlobal(pos)
            )
        )

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.canvas, 1)
        top_layout.addLayout(nav)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("slideSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(notes_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([460, 130])
        self._top = top
        top.installEventFilter(self)  # the slide's share changed: the notes may give or take lines
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.filmstrip)
        self.retranslate()

    # ------------------------------------------------------------------ content

    def set_deck(self, deck: DeckLayout, key: str, number: int, marker: Marker | None) -> None:
        new_deck = key != self.deck_key
        self.deck, self.deck_key, self.marker = deck, key, marker
        if new_deck:
            self.film_model.clear()
            placeholder = QPixmap(THUMB_WIDTH, THUMB_WIDTH * 9 // 16)
            placeholder.fill(QColor(self.appearance.theme.surface))
            for slide in deck.slides:
                item = QStandardItem(QIcon(placeholder), str(slide.number))
                item.setToolTip(slide.title or labels.location("slide", slide.number, len(deck.slides)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
                self.film_model.appendRow(item)
            self._request_thumbnails(key, deck)
        self.show_slide(number)

    def show_slide(self, number: int) -> None:
        if self.deck is None or not self.deck.slides:
            self.canvas.set_slide(None, {}, None)
            self.position.setText(self.tr("This deck has no slides"))
            return
        number = max(1, min(number, len(self.deck.slides)))
        changed = number != self.number
        self.number = number
        slide = self.deck.slides[number - 1]
        key = (self.deck_key, number)
        images = self._images.get(key)
        if images is None:
            has_pictures = any(s.kind == "picture" and s.image for s in slide.shapes)
            images = {}
            if has_pictures:
                deck_key = self.deck_key
                self.runner.submit(
                    decode_images, slide, on_done=lambda imgs: self._on_images(key, deck_key, imgs)
                )
        self.canvas.set_slide(slide, images, self.marker)
        self.position.setText(labels.location("slide", number, len(self.deck.slides)))
        self.prev_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < len(self.deck.slides))
        self._show_notes(slide)
        index = self.film_model.index(number - 1, 0)
        self.filmstrip.setCurrentIndex(index)
        self.filmstrip.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if changed:
            self.slide_changed.emit(number)

    def filmstrip_menu(self, number: int) -> QMenu:
        """A thumbnail's context menu: put slide `number` in the pitch basket."""
        menu = QMenu(self.filmstrip)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        add = menu.addAction(self.tr("Add slide %1 to the pitch").replace("%1", str(number)))
        add.setEnabled(number > 0)
        add.triggered.connect(lambda: self.pitch_requested.emit(number))
        return menu

    def current_slide(self) -> SlideLayout | None:
        return self.deck.slide(self.number) if self.deck else None

    def _show_notes(self, slide: SlideLayout) -> None:
        t = self.appearance.theme
        if slide.notes.strip():
            marker = self.marker or Marker("")
            body = marker.html(
                slide.notes.strip(),
                open_tag=f"<span style='background:{t.mark_bg}; color:{t.mark_text}; font-weight:600'>",
                close_tag="</span>",
            )
            self.notes.setHtml(f"<div style='color:{t.text}; line-height:{NOTES_LINE_HEIGHT}%'>{body}</div>")
        else:
            no_notes = self.tr("No speaker notes on this slide.")
            self.notes.setHtml(f"<i style='color:{t.text_muted}'>{html.escape(no_notes)}</i>")

    def _notes_document_height(self, lines: int) -> float:
        """The height of `lines` lines of notes as they are set (their line height, the margins)."""
        probe = QTextDocument()
        probe.setDefaultFont(self.notes.font())
        probe.setDocumentMargin(self.notes.document().documentMargin())
        probe.setHtml(f"<div style='line-height:{NOTES_LINE_HEIGHT}%'>{'<br>'.join(['x'] * lines)}</div>")
        return float(probe.size().height())

    def _notes_height(self, lines: int) -> int:
        """The notes box's height for `lines` lines: counting font lines alone, as before, left
        lines set at 140% at under three of four."""
        chrome = self.notes.height() - self.notes.viewport().height()  # frame, the style's padding
        return math.ceil(self._notes_document_height(lines)) + max(chrome, 2 * self.notes.frameWidth()) + 2

    def visible_note_lines(self) -> float:
        """How many lines of notes the box shows at its height (a test's measure)."""
        one, two = self._notes_document_height(1), self._notes_document_height(2)
        margins = one - (two - one)  # the document's top and bottom margins
        return (self.notes.viewport().height() - margins) / (two - one)

    def notes_text(self) -> str:
        return self.notes.toPlainText()

    def _on_images(self, key: tuple[str, int], deck_key: str, images: Images) -> None:
        self._images[key] = images
        while len(self._images) > 24:
            self._images.popitem(last=False)
        if deck_key == self.deck_key and key[1] == self.number and self.deck is not None:
            self.canvas.set_slide(self.deck.slides[self.number - 1], images, self.marker)

    def _request_thumbnails(self, key: str, deck: DeckLayout) -> None:
        self._thumbs_for = key
        self._rendered = set()
        batch = 6
        for start in range(0, len(deck.slides), batch):
            chunk = deck.slides[start : start + batch]
            self.runner.submit(
                render_thumbnails,
                chunk,
                THUMB_WIDTH * 2,
                on_done=lambda thumbs: self._on_thumbs(key, thumbs),
            )

    def _on_thumbs(self, key: str, thumbs: list[tuple[int, Any]]) -> None:
        if key != self._thumbs_for:
            return
        for number, image in thumbs:
            item = self.film_model.item(number - 1)
            if item is not None:
                self._rendered.add(number)
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(2.0)
                icon = QIcon(pixmap)
                icon.addPixmap(pixmap, QIcon.Mode.Selected)  # no highlight tint over the slide
                item.setIcon(icon)

    def thumbnails_ready(self) -> int:
        """How many filmstrip items show a rendered slide."""
        return len(self._rendered)

    # ------------------------------------------------------------------ i18n

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # On a short screen (1366x768 with the welcome strip) the slide needs the room more.
        self.filmstrip.setVisible(self.height() >= FILMSTRIP_MIN_PANE_HEIGHT)
        QTimer.singleShot(0, self, self._fit_notes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._top and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_notes)
        return super().eventFilter(watched, event)

    def _fit_notes(self) -> None:
        """Four lines of notes, unless the pane is shorter than that and the slide need (a narrow
        preview in Russian, its feedback strip on two rows): then the notes give up what is
        missing, down to a line, rather than the slide and "Slide 3 of 18" being drawn over
        each other."""
        self._notes_full = self._notes_height(NOTES_LINES)  # the style's padding is known once shown
        top = self._top
        spare = top.height() - top.minimumSizeHint().height()
        wanted = min(self._notes_full, max(self._notes_least, self.notes.minimumHeight() + spare))
        if wanted != self.notes.minimumHeight():
            self.notes.setMinimumHeight(wanted)

    def retranslate(self) -> None:
        self.notes_title.setText(self.tr("SPEAKER NOTES"))
        self.prev_button.setToolTip(self.tr("Previous slide (Page Up)"))
        self.next_button.setToolTip(self.tr("Next slide (Page Down)"))
        self.filmstrip.setAccessibleName(self.tr("Slides of this deck"))
        if self.deck is not None and self.number:
            self.position.setText(labels.location("slide", self.number, len(self.deck.slides)))
            slide = self.current_slide()
            if slide is not None:
                self._show_notes(slide)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
