"""The middle column: correction banner, result count, the hit cards, and the empty and home states.

It never shows a blank pane: before a search it shows the home state (what can be
searched, the welcome strip on first run), and an empty answer says what was
searched, with which filters, and offers the corrections.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enablement.ui.elided_label import ElidedLabel
from enablement.ui.facets import facet_title, facet_value_label
from enablement.ui.icons import IconSet
from enablement.ui.models.result_delegate import ResultDelegate
from enablement.ui.models.results_model import ResultsModel
from enablement.ui.search_controller import SearchAnswer
from enablement.ui.theme import Appearance

# What the empty page offers to try on the demo library (other libraries offer their own names).
DEMO_EXAMPLES = ["конкурент", "PX-200", "Globex", "возражения по цене", "SLA"]


class CorrectionBanner(QFrame):
    """ "Showing results for конкурент — search for rjyrehtyn instead".

    Signals:
        original_requested(): the user wants the query exactly as typed.
    """

    original_requested = Signal()

    def __init__(self, *, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.icons = icons
        self._icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(lambda _link: self.original_requested.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 7, 10, 7)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self._corrected = ""
        self._original = ""
        self.hide()

    def show_correction(self, corrected: str, original: str) -> None:
        self._corrected, self._original = corrected, original
        self._icon.setPixmap(self.icons.pixmap("sparkle", 16, self.icons.appearance.theme.accent))
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        if not self._corrected:
            return
        text = self.tr("Showing results for %1 — search for %2 instead")
        self.label.setText(
            text.replace("%1", f"<b>{html.escape(self._corrected)}</b>").replace(
                "%2", f'<a href="original">{html.escape(self._original)}</a>'
            )
        )

    def clear(self) -> None:
        self._corrected = self._original = ""
        self.hide()


class LinksLabel(QLabel):
    """A rich-text label whose links Tab reaches directly (a plain QLabel takes a second Tab)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        keyboard = self.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        if keyboard and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)


class ResultsView(QListView):
    """The list of hit cards, with the search field's keys when it has the focus.

    ↑/↓ move (Qt's own), Right/Left expand and collapse a group, Enter activates the
    current hit, Esc hands the focus back to the search field.

    Signals:
        group_key_toggled(int, bool): Right (True) or Left (False) on a row.
        escaped(): Esc.
    """

    group_key_toggled = Signal(int, bool)
    escaped = Signal()

    def keyPressEvent(self, event: Any) -> None:
        index = self.currentIndex()
        key = event.key()
        if index.isValid() and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.group_key_toggled.emit(index.row(), key == Qt.Key.Key_Right)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # handled here, not passed on to the window
            if index.isValid():
                self.activated.emit(index)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class ResultsPanel(QWidget):
    """Renders SearchAnswers.

    Signals:
        hit_selected(object): the current hit changed (None when nothing is selected).
        hit_activated(object): Enter or double-click on a hit: run the preview's main action.
        original_requested(): search what was typed, not the correction.
        suggestion_chosen(str): a suggested query was clicked in the empty state.
        clear_filters_requested(): the empty state's "clear filters" link.
        escaped(): Esc in the results list (the search field takes it over).
        pitch_requested(object): "Add to pitch" on a slide hit (its context menu).
    """

    hit_selected = Signal(object)
    hit_activated = Signal(object)
    original_requested = Signal()
    suggestion_chosen = Signal(str)
    clear_filters_requested = Signal()
    escaped = Signal()
    pitch_requested = Signal(object)

    def __init__(self, *, appearance: Appearance, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.icons = icons
        self.answer: SearchAnswer | None = None
        self.model = ResultsModel(self)
        self.banner = CorrectionBanner(icons=icons, parent=self)
        self.banner.original_requested.connect(self.original_requested)

        # Elided, not wrapped or whole: its width (longer in Russian, longer still with "not all
        # words matched") would otherwise hold the search page, and so the window, wider than a
        # 1366-px screen once the pitch basket opens beside it. All of it is in the tooltip.
        self.summary = ElidedLabel(self)
        self.summary.setObjectName("muted")
        self.group_button = QToolButton(self)
        self.group_button.setCheckable(True)
        self.group_button.setChecked(True)
        self.group_button.setIcon(icons.icon("group"))
        self.group_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.view = ResultsView(self)
        self.view.setObjectName("results")
        self.view.setModel(self.model)
        self.delegate = ResultDelegate(appearance=appearance, icons=icons, parent=self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setMouseTracking(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(0)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.activated.connect(self._on_activated)
        self.view.group_key_toggled.connect(self._on_group_key)
        self.view.escaped.connect(self.escaped)
        self.delegate.group_toggled.connect(self._toggle_group)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)

        self.empty = LinksLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setContentsMargins(24, 40, 24, 24)
        self.empty.linkActivated.connect(self._on_empty_link)

        self.home = QLabel(self)
        self.home.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.home.setWordWrap(True)
        self.home.setTextFormat(Qt.TextFormat.RichText)
        self.home.setContentsMargins(24, 40, 24, 24)
        self.home.linkActivated.connect(self.suggestion_chosen)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        header = QHBoxLayout()
        header.setContentsMargins(14, 6, 10, 2)
        header.addWidget(self.summary, 1)
        header.addWidget(self.group_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        banner_box = QHBoxLayout()
        banner_box.setContentsMargins(10, 6, 10, 0)
        banner_box.addWidget(self.banner)
        layout.addLayout(banner_box)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self._stats: dict[str, int] = {}
        self._examples: list[str] | None = None  # None: the demo library's
        self.retranslate()
        self.show_home()

    # ------------------------------------------------------------------ states

    def set_library_stats(self, stats: dict[str, int]) -> None:
        self._stats = dict(stats)
        if self.stack.currentWidget() is self.home:
            self._render_home()

    def set_examples(self, examples: list[str] | None) -> None:
        """The queries the empty page offers: None for the demo library's, [] for none."""
        self._examples = None if examples is None else list(examples)
        if self.stack.currentWidget() is self.home:
            self._render_home()

    def show_home(self) -> None:
        self.answer = None
        self.model.clear()
        self.banner.clear()
        self.summary.setText("")
        self._render_home()
        self.stack.setCurrentWidget(self.home)
        self.group_button.hide()
        self.hit_selected.emit(None)

    def _render_home(self) -> None:
        t = self.appearance.theme
        examples = DEMO_EXAMPLES if self._examples is None else self._examples
        links = " &nbsp;·&nbsp; ".join(
            f'<a href="{html.escape(e)}" style="color:{t.accent}; text-decoration:none">{html.escape(e)}</a>'
            for e in examples
        )
        counts = ""
        if self._stats:
            counts = self.tr("%1 items, %2 slides, pages, rows and sections are ready to search.")
            locale = self.locale()
            counts = counts.replace("%1", locale.toString(int(self._stats.get("items", 0)))).replace(
                "%2", locale.toString(int(self._stats.get("units", 0)))
            )
        title = self.tr("Find the slide, the row, the answer")
        if examples:
            hint = self.tr("Type a few words — in Russian or English. Try:")
        else:
            hint = self.tr("Type a few words — in Russian or English.")
        keys = self.tr("Ctrl+K focuses the search field · ↑/↓ move through hits · Enter opens · Esc clears")
        self.home.setText(
            f"<div style='color:{t.text_muted}'>"
            f"<p style='font-size:15pt; color:{t.text}; font-weight:600'>{html.escape(title)}</p>"
            f"<p>{html.escape(counts)}</p>"
            f"<p>{html.escape(hint)}</p>"
            + (f"<p style='font-size:11pt'>{links}</p>" if links else "")
            + f"<p style='margin-top:18px'>{html.escape(keys)}</p>"
            "</div>"
        )

    def show_answer(self, answer: SearchAnswer) -> None:
        """Render an answer.

        A new query (other text, or the same text searched as typed) starts over: groups
        collapsed, the list at the top, hit #1 current. A refresh of the same query (a
        filter, grouping, an import, a language switch) keeps the current hit if it is
        still there.
        """
        before = self.answer.request if self.answer is not None else None
        fresh = before is None or (before.query, before.correct) != (
            answer.request.query,
            answer.request.correct,
        )
        self.answer = answer
        response = answer.response
        correction = response.correction
        if correction and answer.request.correct:
            self.banner.show_correction(correction["query"], response.query)
        else:
            self.banner.clear()
        self.model.grouped = answer.request.grouped
        self.group_button.show()
        previous = None if fresh else self.current_hit()
        self.model.set_hits(answer.hits, answer.totals, keep_expanded=not fresh)
        self._update_summary()
        if not answer.hits:
            self._show_empty(answer)
            self.hit_selected.emit(None)
            return
        self.stack.setCurrentWidget(self.view)
        if fresh:
            self.view.scrollToTop()
        row = 0
        if previous is not None:
            for n, hit in enumerate(self.model.hits()):
                if hit.item == previous.item and hit.unit == previous.unit and hit.number == previous.number:
                    row = n
                    break
        self.select_row(row)

    def _update_summary(self) -> None:
        if self.answer is None:
            self.summary.setText("")
            return
        response = self.answer.response
        listed = len(self.answer.hits)
        if not getattr(response, "partial", False) and any(
            getattr(h, "partial", False) for h in self.answer.hits
        ):
            # Partial matches fill the list below the full ones: "1 result · in 11 items" read as
            # one hit in eleven documents. Say both counts (and no time: the line is long enough).
            full = self.tr("%n full match(es)", "", response.total)
            self.summary.setText(full + " · " + self.tr("%n listed", "", listed))
            return
        text = self.tr("%n result(s)", "", response.total)
        if self.model.grouped and self.model.item_count():
            text += " · " + self.tr("in %n item(s)", "", self.model.item_count())
        text += " · " + self.tr("%1 ms").replace("%1", f"{response.took_ms:.0f}")
        if getattr(response, "partial", False):
            text += " · " + self.tr("not all words matched")
        self.summary.setText(text)

    def _show_empty(self, answer: SearchAnswer) -> None:
        t = self.appearance.theme
        response = answer.response
        searched = getattr(response, "searched_query", "") or response.query
        parts = [
            f"<p style='font-size:13pt; font-weight:600; color:{t.text}'>"
            + html.escape(self.tr("Nothing found for “%1”").replace("%1", searched))
            + "</p>"
        ]
        if answer.request.filters:
            without = self.tr("search without filters")
            chosen = ", ".join(
                f"{facet_title(k)}: {facet_value_label(k, v)}" for k, v in answer.request.filters.items()
            )
            parts.append(
                f"<p style='color:{t.text_muted}'>"
                + html.escape(self.tr("Searched with filters: %1").replace("%1", chosen))
                + f" — <a href='clear-filters' style='color:{t.accent}'>{html.escape(without)}</a></p>"
            )
        suggestions = []
        if response.correction and response.correction.get("query") not in (None, searched):
            suggestions.append(response.correction["query"])
        if response.query != searched:
            suggestions.append(response.query)
        for alt in answer.suggestions:
            if alt not in suggestions:
                suggestions.append(alt)
        if suggestions:
            links = ", ".join(
                f"<a href='q:{html.escape(s)}' style='color:{t.accent}'>{html.escape(s)}</a>"
                for s in suggestions
            )
            did_you_mean = self.tr("Did you mean:")
            parts.append(f"<p>{html.escape(did_you_mean)} {links}</p>")
        parts.append(
            f"<p style='color:{t.text_muted}'>"
            + html.escape(
                self.tr("Check the spelling and keyboard layout, use fewer words, or import more files.")
            )
            + "</p>"
        )
        self.empty.setText("".join(parts))
        # a Tab stop only when it has links: Tab reaches them, Enter follows one
        has_links = bool(suggestions or answer.request.filters)
        flags = Qt.TextInteractionFlag.LinksAccessibleByMouse
        if has_links:
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        self.empty.setTextInteractionFlags(flags)
        self.empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_links else Qt.FocusPolicy.NoFocus)
        self.stack.setCurrentWidget(self.empty)

    def _on_empty_link(self, link: str) -> None:
        if link == "clear-filters":
            self.clear_filters_requested.emit()
        elif link.startswith("q:"):
            self.suggestion_chosen.emit(html.unescape(link[2:]))

    # ------------------------------------------------------------------ selection

    def current_hit(self) -> Any:
        index = self.view.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def move_selection(self, delta: int) -> None:
        """↑/↓ from the search field."""
        if self.stack.currentWidget() is not self.view:
            return
        current = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        self.select_row(current + delta)

    def activate_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.hit_activated.emit(hit)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.hit_selected.emit(self.model.hit(current.row()) if current.isValid() else None)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self.hit_activated.emit(hit)

    def hit_menu(self, row: int) -> QMenu | None:
        """A slide hit's context menu (None for other hits): put the slide in the pitch basket."""
        hit = self.model.hit(row) if row >= 0 else None
        if hit is None or str(hit.unit) != "slide":
            return None
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        add = menu.addAction(
            self.icons.icon("pitch"), self.tr("Add slide %1 to the pitch").replace("%1", str(hit.number))
        )
        add.triggered.connect(lambda: self.pitch_requested.emit(hit))
        return menu

    def _on_context_menu(self, pos: Any) -> None:
        menu = self.hit_menu(self.view.indexAt(pos).row())
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(pos))

    def _toggle_group(self, row: int) -> None:
        new_row = self.model.toggle_group(row)
        self.select_row(new_row)
        self._update_summary()

    def _on_group_key(self, row: int, expand: bool) -> None:
        self.select_row(self.model.set_expanded(row, expand))

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.group_button.setText(self.tr("Group by item"))
        self.group_button.setToolTip(self.tr("Show one card per item; expand it to see its other hits"))
        self.view.setAccessibleName(self.tr("Search results"))
        self.banner.retranslate()
        self._update_summary()
        if self.stack.currentWidget() is self.home:
            self._render_home()
        elif self.stack.currentWidget() is self.empty and self.answer is not None:
            self._show_empty(self.answer)
        self.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
