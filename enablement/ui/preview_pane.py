"""The preview pane: what a hit looks like, plus open / copy text / copy link / show in folder.

It loads the item (and for decks the parsed layout, for PDFs the rendered page)
through the task runner and shows the view that fits the unit: a slide, a PDF
page, a catalog record or a sectioned battle card. Answers for an item the
user has already moved away from are ignored.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from enablement.errors import NotFound
from enablement.insights.usage import Action
from enablement.preview.links import make_link
from enablement.preview.marks import Marker
from enablement.preview.service import ItemBundle, PreviewService
from enablement.ui import labels
from enablement.ui.clipboard import set_mime_data
from enablement.ui.icons import KIND_ICONS, IconSet
from enablement.ui.loop.capture import CaptureLoop, UsageTracker
from enablement.ui.loop.feedback_box import FeedbackBox
from enablement.ui.messages import error_text, reason_text
from enablement.ui.page_views import PdfPreview, RecordPreview, SectionsPreview, pdf_page_image
from enablement.ui.slide_view import SlidePreview
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance

if TYPE_CHECKING:
    from enablement.ui.search_controller import SearchController

_DECK_SUFFIXES = (".pptx", ".pptm", ".ppsx", ".potx")
MAX_SECTIONS = 16


def load_item(
    preview: PreviewService, item_id: int, want_deck: bool, only: tuple[str, int] | None = None
) -> tuple[ItemBundle, Any]:
    """Worker body: the item bundle and, for a deck, its parsed slide layout."""
    bundle = preview.bundle(item_id, only=only)
    deck = None
    is_deck = want_deck or bundle.item.kind == "deck" or any(u.kind == "slide" for u in bundle.units[:1])
    if is_deck and bundle.original is not None and bundle.item.source_name.lower().endswith(_DECK_SUFFIXES):
        deck = preview.deck(bundle.item)
    return bundle, deck


def _default_opener(path: Path) -> bool:
    """Hand `path` to the desktop; False when no application could be started for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PreviewPane(QWidget):
    """Header, actions and the view for the selected unit.

    Signals:
        status_message(str): something to show in the status bar ("Link copied").
        unit_shown(int, str, int): item id, unit kind and number now on screen.
        cleared(): no item is on show any more.
        pitch_requested(int): "Add to pitch" for this deck's slide (the pitch basket listens).
    """

    status_message = Signal(str)
    unit_shown = Signal(int, str, int)
    cleared = Signal()
    pitch_requested = Signal(int)
    compare_requested = Signal(int)  # workbench: "Compare versions…" of an item (ui.workbench.diff_view)
    retranslated = Signal()  # the language changed: features on the header redo their texts

    def __init__(
        self,
        *,
        runner: TaskRunner,
        appearance: Appearance,
        icons: IconSet,
        opener: Callable[[Path], bool | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.appearance = appearance
        appearance.changed.connect(self._rerender)
        self.icons = icons
        self.opener = opener or _default_opener
        self.preview: PreviewService | None = None
        self.bundle: ItemBundle | None = None
        self.unit_kind = ""
        self.number = 0
        self.marker: Marker | None = None
        self._token = 0
        self._bundles: dict[tuple[int, int], tuple[ItemBundle, Any]] = {}

        self.kind_icon = QLabel(self)
        self.title = QLabel(self)
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(self)
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.chips = QLabel(self)
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.chips.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setProperty("accent", True)
        self.open_button.setIcon(icons.icon("open-external", appearance.theme.accent_text))
        self.copy_text_button = QPushButton(self)
        self.copy_text_button.setIcon(icons.icon("copy"))
        self.copy_link_button = QPushButton(self)
        self.copy_link_button.setIcon(icons.icon("link"))
        self.folder_button = QPushButton(self)
        self.folder_button.setIcon(icons.icon("folder"))
        self.intel_button = QPushButton(self)
        self.intel_button.setIcon(icons.icon("intel"))
        self.intel_button.clicked.connect(self.open_intel)
        self.intel_button.hide()  # until a library's feedback loop is attached
        self.pitch_button = QPushButton(self)  # pitch builder hook: shown by ui.workbench.PitchBasket
        self.pitch_button.setIcon(icons.icon("pitch"))
        self.pitch_button.clicked.connect(self.add_to_pitch)
        self.pitch_button.hide()
        self.compare_button = QPushButton(self)  # workbench: shown for an item with several versions
        self.compare_button.setIcon(icons.icon("compare"))
        self.compare_button.hide()
        self.compare_button.clicked.connect(
            lambda: self.bundle and self.compare_requested.emit(self.bundle.item.id)
        )
        self.open_button.clicked.connect(self.open_original)
        self.copy_text_button.clicked.connect(self.copy_text)
        self.copy_link_button.clicked.connect(self.copy_link)
        self.folder_button.clicked.connect(self.show_in_folder)

        title_row = self._title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.kind_icon, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.title, 1)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in (
            self.open_button,
            self.copy_text_button,
            self.copy_link_button,
            self.folder_button,
            self.intel_button,
            self.pitch_button,
            self.compare_button,
        ):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            actions.addWidget(button)
        actions.addStretch(1)
        self.header = QFrame(self)
        self.header.setObjectName("previewHeader")
        header_layout = self._header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(16, 12, 16, 10)
        header_layout.setSpacing(6)
        header_layout.addLayout(title_row)
        header_layout.addWidget(self.meta)
        self._header_lines = header_layout.count()  # add_header_line puts lines here, under the meta
        header_layout.addWidget(self.chips)
        header_layout.addLayout(actions)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet(f"color: {appearance.theme.border}")

        self.slides = SlidePreview(runner=runner, appearance=appearance, icons=icons, parent=self)
        self.slides.slide_changed.connect(self._on_slide_changed)
        self.slides.pitch_requested.connect(self.pitch_requested)
        self.pdf = PdfPreview(appearance=appearance, icons=icons, parent=self)
        self.pdf.page_requested.connect(self.show_page)
        self.record = RecordPreview(appearance=appearance, parent=self)
        self.sections = SectionsPreview(appearance=appearance, parent=self)
        self._placeholder_message: str | Callable[[], str] = ""
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("muted")
        self.placeholder.setWordWrap(True)
        self.loop: CaptureLoop | None = None
        self.usage = UsageTracker(self)
        self.feedback = FeedbackBox(runner=runner, appearance=appearance, icons=icons, parent=self)
        self.unit_shown.connect(self._on_unit_shown)
        self.stack = QStackedWidget(self)
        for widget in (self.placeholder, self.slides, self.pdf, self.record, self.sections):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(line)
        # The view, and side panels other features attach beside it (add_side_panel).
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setObjectName("previewBody")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.stack)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.feedback)
        self.retranslate()
        self.clear()

    # ------------------------------------------------------------------ wiring

    def set_preview_service(self, preview: PreviewService | None) -> None:
        self.preview = preview
        self._bundles.clear()

    def set_loop(self, loop: CaptureLoop | None, search: SearchController | None = None) -> None:
        """The feedback loop of the library on show: intel, feedback on the unit, usage events.

        `search` is given to the search page's pane: usage events then name the search that
        led to them.
        """
        self.loop = loop
        self.usage.set_loop(loop, search)
        self.feedback.set_reports(
            loop.reports if loop else None, loop.user if loop else "", loop.insights if loop else None
        )
        self.intel_button.setVisible(loop is not None)
        self._fit_actions()
        if self.bundle is not None:
            self._on_unit_shown(self.bundle.item.id, self.unit_kind, self.number)

    def _on_unit_shown(self, item_id: int, unit_kind: str, number: int) -> None:
        self.usage.unit_shown(item_id, unit_kind, number)
        self.pitch_button.setEnabled(unit_kind == "slide")
        self.feedback.show_unit((item_id, unit_kind, number))

    def open_intel(self) -> None:
        """Field intel, the previewed item's competitors and products offered first."""
        if self.loop is None:
            return
        item = self.bundle.item if self.bundle is not None else None
        self.loop.open_intel(item.competitors if item else (), item.products if item else ())

    def add_header_widget(self, widget: QWidget) -> None:
        """Hook for other features (the deck check's chip): a widget at the right of the title."""
        self._title_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def add_header_line(self, widget: QWidget) -> None:
        """Hook for other features (the status history): a line under the item's meta line."""
        self._header_layout.insertWidget(self._header_lines, widget)
        self._header_lines += 1

    def add_side_panel(self, widget: QWidget) -> None:
        """Hook for other features (the deck check): a panel beside the view, in the splitter."""
        self.body.addWidget(widget)
        self.body.setStretchFactor(0, 1)

    def add_to_pitch(self) -> None:
        """Ctrl+B or the button: offer the slide on show to the pitch basket."""
        if (
            self.bundle is not None
            and self.unit_kind == "slide"
            and self.stack.currentWidget() is self.slides
        ):
            self.pitch_requested.emit(self.number)

    def forget_cache(self) -> None:
        """After an import: items may have new versions."""
        self._bundles.clear()

    # ------------------------------------------------------------------ showing

    def clear(self, message: str | Callable[[], str] = "") -> None:
        """Show no item, with `message` (or a function giving it, so a language switch redoes it)."""
        self._token += 1
        self.bundle = None
        self.unit_kind, self.number = "", 0
        self.header.setVisible(False)
        self.usage.cleared()
        self.feedback.show_unit(None)
        self._placeholder_message = message
        self._show_placeholder()
        self.stack.setCurrentWidget(self.placeholder)
        self.cleared.emit()

    def _gone_text(self) -> str:
        return self.tr("This item or slide is not in this library. It may have been removed.")

    def _show_placeholder(self) -> None:
        message = self._placeholder_message
        text = message() if callable(message) else message
        self.placeholder.setText(text or self.tr("Select a result to preview it here."))

    def show_hit(self, hit: Any, query: str = "") -> None:
        if hit is None:
            self.clear()
            return
        self.usage.came_from(hit)
        self._show(hit.item, hit.unit, hit.number, query)

    def show_unit(self, item_id: int, unit_kind: str, number: int, query: str = "") -> None:
        """Show one unit (a deep link, another page's request): no search led to it."""
        self.usage.came_from(None)
        self._show(item_id, unit_kind, number, query)

    def _show(self, item_id: int, unit_kind: str, number: int, query: str) -> None:
        if self.preview is None:
            return
        self._token += 1
        token = self._token
        self.marker = Marker(query) if query else None
        self.unit_kind, self.number = unit_kind, number
        only = (unit_kind, number) if unit_kind == "row" else None  # one row, not the whole catalog
        key = (item_id, number if only else 0)
        cached = self._bundles.get(key)
        if cached is not None:
            self._on_loaded(token, cached, key)
            return
        if self.bundle is None or self.bundle.item.id != item_id:
            self.placeholder.setText(self.tr("Loading…"))
            self.stack.setCurrentWidget(self.placeholder)
        self.runner.submit(
            load_item,
            self.preview,
            item_id,
            unit_kind == "slide",
            only,
            on_done=lambda result: self._on_loaded(token, result, key),
            on_error=lambda exc: self._on_failed(token, exc),
        )

    def _on_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        if isinstance(exc, NotFound):  # a link to a removed item or a slide the new version lacks
            self.clear(self._gone_text)
            return
        self.clear(lambda: self.tr("This item cannot be previewed. %1").replace("%1", reason_text(exc)))

    def _on_loaded(
        self, token: int, result: tuple[ItemBundle, Any], key: tuple[int, int] | None = None
    ) -> None:
        if token != self._token:
            return
        bundle, deck = result
        self._bundles[key or (bundle.item.id, 0)] = result
        if len(self._bundles) > 12:
            self._bundles.pop(next(iter(self._bundles)))
        self.bundle = bundle
        self._fill_header(bundle)
        kind, number = self.unit_kind, self.number
        if kind in ("", "item"):
            kind = bundle.units[0].kind if bundle.units else "item"
            number = bundle.units[0].number if bundle.units else 0
            self.unit_kind, self.number = kind, number
        if kind == "slide" and deck is not None:
            self.slides.set_deck(deck, f"{bundle.item.id}:{bundle.item.sha256}", number, self.marker)
            self.stack.setCurrentWidget(self.slides)
        elif (
            kind == "page"
            and bundle.original is not None
            and bundle.item.source_name.lower().endswith(".pdf")
        ):
            self.stack.setCurrentWidget(self.pdf)
            self.show_page(number)
        elif kind == "row":
            unit = bundle.unit("row", number)
            self.record.set_record(unit, self.marker)
            self.stack.setCurrentWidget(self.record)
        else:
            units = [u for u in bundle.units if u.kind in ("section", "page", "item", "slide")]
            if len(units) > MAX_SECTIONS:  # a long document: the hit and its neighbours, not all of it
                at = next((n for n, u in enumerate(units) if u.number == number), 0)
                start = max(0, min(at - MAX_SECTIONS // 3, len(units) - MAX_SECTIONS))
                units = units[start : start + MAX_SECTIONS]
            self.sections.set_sections(bundle.item.title, units, number, self.marker)
            self.stack.setCurrentWidget(self.sections)
        self.unit_shown.emit(bundle.item.id, self.unit_kind, self.number)

    def show_page(self, number: int) -> None:
        if self.bundle is None or self.preview is None:
            return
        count = sum(1 for u in self.bundle.units if u.kind == "page") or number
        number = max(1, min(number, count))
        self.number = number
        token = self._token
        self.runner.submit(
            pdf_page_image,
            self.preview,
            self.bundle.item,
            number,
            self.pdf.target_width(),
            on_done=lambda r: self._on_page(token, r),
            on_error=lambda exc: self._on_failed(token, exc),
        )

    def _on_page(self, token: int, result: tuple[Any, int, int]) -> None:
        if token != self._token or self.bundle is None:
            return
        image, number, count = result
        self.pdf.set_page(image, number, count)
        self.number = number
        self.unit_shown.emit(self.bundle.item.id, "page", number)

    def _on_slide_changed(self, number: int) -> None:
        self.number = number
        if self.bundle is not None:
            self.unit_shown.emit(self.bundle.item.id, "slide", number)

    def step(self, delta: int) -> None:
        """Previous/next slide or page (Page Up / Page Down)."""
        if self.stack.currentWidget() is self.slides:
            self.slides.show_slide(self.slides.number + delta)
        elif self.stack.currentWidget() is self.pdf:
            self.show_page(self.number + delta)

    def _fill_header(self, bundle: ItemBundle) -> None:
        t = self.appearance.theme
        item = bundle.item
        self.header.setVisible(True)
        self.kind_icon.setPixmap(self.icons.pixmap(_kind_icon(item.kind), 26, t.kind_color(item.kind)))
        self.title.setText(item.title)
        meta = [labels.kind_name(item.kind), html.escape(item.source_name)]
        if item.version > 1:
            meta.append(self.tr("version %1").replace("%1", str(item.version)))
        meta.append(self.tr("updated %1").replace("%1", labels.short_date(item.updated_at)))
        if str(item.status) != "published":
            meta.append(f"<b>{html.escape(labels.status_name(str(item.status)))}</b>")
        if labels.review_overdue(item.review_by):
            due = self.tr("review was due %1").replace("%1", labels.short_date(item.review_by))
            meta.append(f"<span style='color:{t.warning}; font-weight:600'>⚠ {html.escape(due)}</span>")
        self.meta.setText(" · ".join(meta))
        chips = [(c, t.chip_competitor, t.chip_competitor_text) for c in item.competitors]
        chips += [(p, t.chip_product, t.chip_product_text) for p in item.products[:8]]
        chips += [(g, t.chip_tag, t.chip_tag_text) for g in item.tags[:6]]
        self.chips.setText(
            " ".join(
                f"<span style='background:{bg}; color:{fg}'>&nbsp;{_nobreak(text)}&nbsp;</span>"
                for text, bg, fg in chips
            )
        )
        self.chips.setVisible(bool(chips))
        self.folder_button.setEnabled(bundle.original is not None)
        self.open_button.setEnabled(bundle.original is not None)
        self.compare_button.setVisible(item.version > 1)
        self._fit_actions()

    # ------------------------------------------------------------------ actions

    def current_link(self) -> str:
        if self.bundle is None:
            return ""
        return make_link(self.bundle.item.id, self.unit_kind or "item", self.number)

    def current_text(self) -> str:
        bundle = self.bundle
        if bundle is None:
            return ""
        if self.unit_kind == "slide":
            slide = self.slides.current_slide()
            unit = bundle.unit("slide", self.number)
            body = unit.text if unit else (slide.text() if slide else "")
            heading = unit.heading if unit else (slide.title if slide else "")
            notes = unit.notes if unit else (slide.notes if slide else "")
            text = "\n".join(x for x in (heading, body) if x)
            if notes.strip():
                text += "\n\n" + self.tr("Speaker notes:") + "\n" + notes.strip()
            return text
        unit = bundle.unit(self.unit_kind, self.number)
        if unit is None:
            return bundle.item.title
        if unit.kind == "row" and unit.fields:
            return "\n".join(f"{k}: {v}" for k, v in unit.fields.items())
        return "\n".join(x for x in (unit.heading, unit.text) if x)

    def open_original(self) -> None:
        """The main action (Enter): a temporary copy named like the source, in its default app."""
        if self.bundle is None or self.preview is None:
            return
        item = self.bundle.item
        self.usage.acted(Action.OPEN)
        self.status_message.emit(self.tr("Opening %1…").replace("%1", item.source_name))
        self.runner.submit(self.preview.export_copy, item, on_done=self._launch, on_error=self._report_error)

    def copy_text(self) -> None:
        text = self.current_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.usage.acted(Action.COPY)
            self.status_message.emit(self.tr("Text copied"))

    def copy_link(self) -> None:
        link = self.current_link()
        if not link:
            return
        mime = QMimeData()
        mime.setText(link)
        mime.setUrls([QUrl(link)])
        set_mime_data(mime)  # not clipboard().setMimeData(): see enablement.ui.clipboard
        self.usage.acted(Action.LINK)
        self.status_message.emit(self.tr("Link copied: %1").replace("%1", link))

    def show_in_folder(self) -> None:
        if self.bundle is None or self.preview is None:
            return
        source = Path(self.bundle.source_path) if self.bundle.source_path else None
        if source is not None and source.exists():
            self._launch(source.parent)
            return
        self.runner.submit(
            self.preview.export_copy,
            self.bundle.item,
            on_done=lambda p: self._launch(p.parent),
            on_error=self._report_error,
        )

    def _launch(self, path: Path) -> None:
        """Open `path` in its application, and say so when the desktop has none for it."""
        if self.opener(path) is False:
            if path.is_dir():
                text = self.tr("The file manager could not be started for %1.")
            else:
                text = self.tr("No application is set up to open %1. “Show in folder” finds the file.")
            self.status_message.emit(text.replace("%1", path.name))

    def _report_error(self, exc: BaseException) -> None:
        self.status_message.emit(error_text(exc))

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open original"))
        self.open_button.setToolTip(self.tr("Open the file in its application (Enter)"))
        self._labels = {
            self.copy_text_button: self.tr("Copy text"),
            self.copy_link_button: self.tr("Copy link"),
            self.folder_button: self.tr("Show in folder"),
            self.intel_button: self.tr("Field intel"),
            self.pitch_button: self.tr("Add to pitch"),
            self.compare_button: self.tr("Compare versions…"),
        }
        self.compare_button.setToolTip(self.tr("Compare this item's versions side by side"))
        self.copy_text_button.setToolTip(self._labels[self.copy_text_button])
        self.copy_link_button.setToolTip(self.tr("Copy a link that opens the app at this slide, page or row"))
        self.folder_button.setToolTip(self._labels[self.folder_button])
        self.intel_button.setToolTip(self.tr("Tell marketing what you met in the field (Ctrl+Shift+I)"))
        self.pitch_button.setToolTip(self.tr("Put this slide in your pitch basket (Ctrl+B)"))
        self._fit_actions()
        self._rerender()
        self.retranslated.emit()

    def _rerender(self) -> None:
        """Draw what is shown again: after a language switch, or light/dark (chips and sections
        are HTML with the theme's colours baked in)."""
        if self.bundle is not None:
            self._fill_header(self.bundle)
            if self.stack.currentWidget() is self.sections:
                self.sections._render()
            elif self.stack.currentWidget() is self.record:
                self.record._render()
        elif self.stack.currentWidget() is self.placeholder:
            self._show_placeholder()

    def _fit_actions(self) -> None:
        """Secondary actions shrink to icons when their labels would not fit the pane.

        Without this, the longest translation (Russian) sets the pane's minimum width and
        pushes the main window past a 1366-pixel screen.
        """
        labels = getattr(self, "_labels", None)
        if not labels:
            return
        fm = self.fontMetrics()
        needed = fm.horizontalAdvance(self.open_button.text()) + 60
        needed += sum(fm.horizontalAdvance(text) + 56 for b, text in labels.items() if not b.isHidden())
        compact = self.width() < needed + 32
        for button, text in labels.items():
            button.setText("" if compact else text)
            button.setAccessibleName(text)  # screen readers (and tests) keep the label

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _nobreak(text: str) -> str:
    """A chip never wraps inside itself: non-breaking spaces and hyphens."""
    return html.escape(text).replace(" ", "&nbsp;").replace("-", "\u2011")


def _kind_icon(kind: str) -> str:
    return KIND_ICONS.get(str(kind), "document")
