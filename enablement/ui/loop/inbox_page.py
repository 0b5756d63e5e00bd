"""InboxPage: what happened to everything I sent, marketing's triage of it, and the content gaps.

Everyone gets "Sent by me"; marketing (and admins; on a personal library the single user once
they take the marketing role) also gets "Triage" and "Gaps". Every read and action goes through
the task runner; the page reloads when shown, on a timer (often while visible, rarely while
hidden, for the badge) and when the library changes. The badge counts unread answers to the
user's reports, plus for marketing the entries still in state "new".
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from enablement.insights.gaps import Gap
from enablement.insights.models import Report, ReportEvent
from enablement.ui.icons import IconSet
from enablement.ui.loop import inbox_data
from enablement.ui.loop.gaps_view import GapsView
from enablement.ui.loop.inbox_data import InboxData
from enablement.ui.loop.report_list import ReportListView
from enablement.ui.messages import error_text
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance, banner_style
from enablement.ui.workbench.review_page import ReviewPanel
from enablement.workbench.gap_cards import PlannedGap, plan_gap_card

if TYPE_CHECKING:
    from enablement.app import Services

VISIBLE_POLL_MS = 15_000
HIDDEN_POLL_MS = 60_000


class InboxPage(QWidget):
    """Signals:
    notifications_changed(int): how many entries want the user's attention (a badge on the page button).
    open_unit(int, str, int): show item, unit kind, unit number in the search page's preview.
    loaded(): fresh data is on show (tests wait for it).
    acted(int): an action on a report (its id) succeeded.
    gaps_loaded(): the gap list is on show.

    Attributes:
        data: the last loaded data (None before the first load).
        badge: the count last sent with notifications_changed.
    """

    notifications_changed = Signal(int)
    open_unit = Signal(int, str, int)
    loaded = Signal()
    acted = Signal(int)
    gaps_loaded = Signal()

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        appearance: Appearance,
        icons: IconSet,
        preview: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.appearance = appearance
        self.icons = icons
        self.preview = preview
        self.data: InboxData | None = None
        self.badge = -1
        self._loading = False
        self._again = False
        self._tokens = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._build()
        self._poll = QTimer(self)
        self._poll.setInterval(HIDDEN_POLL_MS)
        self._poll.timeout.connect(self.reload)
        self._poll.start()
        self.reload()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        theme = self.appearance.theme
        user = self.services.user
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        head = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("heading")
        head.addWidget(self.title_label)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("muted")
        head.addWidget(self.subtitle_label, 1)
        outer.addLayout(head)
        self.error_banner = QLabel()
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet(banner_style(theme))
        self.error_banner.hide()
        outer.addWidget(self.error_banner)
        self.tabs = QTabWidget()
        self.sent = ReportListView(theme=theme, triage=False, user=user)
        self.triage = ReportListView(theme=theme, triage=True, user=user)
        self.gaps = GapsView(theme=theme)
        # Publishing (issue 12): the marketer's review queue and own items, a tab rather than a page.
        self.review = ReviewPanel(services=self.services, runner=self.runner, theme=theme)
        self.review.open_requested.connect(lambda item_id: self.open_unit.emit(item_id, "item", 0))
        self.role_card = QWidget()
        card = QVBoxLayout(self.role_card)
        self.role_text = QLabel()
        self.role_text.setWordWrap(True)
        self.role_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.addStretch(1)
        card.addWidget(self.role_text)
        self.role_button = QPushButton()
        self.role_button.clicked.connect(self._on_take_role)
        card.addWidget(self.role_button, 0, Qt.AlignmentFlag.AlignCenter)
        card.addStretch(1)
        self.tabs.addTab(self.sent, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        outer.addWidget(self.tabs, 1)
        for view in (self.sent, self.triage):
            view.report_selected.connect(self._load_history)
            view.detail.unit_opened.connect(self.open_unit)
        detail = self.triage.detail
        detail.state_requested.connect(self._on_state_requested)
        detail.answer_requested.connect(self._on_answer_requested)
        detail.owner_requested.connect(self._on_owner_requested)
        detail.link_requested.connect(self._on_link_requested)
        self.gaps.plan_requested.connect(self._on_plan_gap)
        self.gaps.answered_requested.connect(self._on_answered_gap)
        self.gaps.dismiss_requested.connect(self._on_dismiss_gap)
        self.appearance.changed.connect(self._on_theme_changed)
        self.retranslate()

    def _on_theme_changed(self) -> None:
        """Every colour the page set itself follows a light/dark switch (the palette does the rest)."""
        theme = self.appearance.theme
        self.error_banner.setStyleSheet(banner_style(theme))
        for view in (self.sent, self.triage):
            view.set_theme(theme)
        self.gaps.set_theme(theme)
        self.review.set_theme(theme)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Inbox"))
        self.subtitle_label.setText(self.tr("What sales sent, and what became of it."))
        self.sent.set_empty_texts(
            self.tr(
                "Nothing sent yet. Press Ctrl+Shift+I anywhere to send field intel, "
                "or give feedback on a slide from the preview."
            ),
            self.tr("Nothing here matches."),
        )
        self.triage.set_empty_texts(
            self.tr(
                "Nothing to triage yet. Field intel and feedback from sales appear here as soon as "
                "they are sent; the authors see every answer and change of state."
            ),
            self.tr("No entry matches the filters. Clear a filter to see more."),
        )
        self.role_text.setText(
            self.tr(
                "Triage is marketing's: accept, plan or decline what sales sends, answer it and link "
                "it to what it led to. In this personal library you can take the marketing role."
            )
        )
        self.role_button.setText(self.tr("Take the marketing role"))
        for widget, text in (
            (self.sent, self.tr("Sent by me")),
            (self.triage, self.tr("Triage")),
            (self.role_card, self.tr("Triage")),
            (self.gaps, self.tr("Gaps")),
            (self.review, self.tr("Review")),
        ):
            index = self.tabs.indexOf(widget)
            if index >= 0:
                self.tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        """Fetch again (the page was shown, the timer fired, or something changed)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._submit(
            inbox_data.load_inbox, self.services, on_done=self._on_loaded, on_error=self._on_load_failed
        )

    def library_changed(self) -> None:
        """Items came or went (names of linked items, the choices to link to): fetch again."""
        self.reload()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._show_banner(exc)

    def _on_loaded(self, data: InboxData) -> None:
        self._loading = False
        self.data = data
        self.error_banner.hide()
        self._show_tabs(data)
        for view in (self.sent, self.triage):
            view.detail.set_choices(
                people=data.people,
                items=data.items,
                ballots=data.ballots,
                versions=data.versions,
                targets=data.targets,
            )
        self.sent.set_reports(data.mine)
        if data.triage is not None:
            self.triage.set_reports(data.triage, data.people)
            self.gaps.set_items(data.items)
            if self.tabs.currentWidget() is self.gaps:
                self._load_gaps()
        self._set_badge(data.badge)
        self._mark_seen()
        self.loaded.emit()
        if self._again:
            self._again = False
            self.reload()

    def _show_tabs(self, data: InboxData) -> None:
        """Triage and Gaps for marketing; on a personal library a seller sees how to take that role."""
        wanted: list[QWidget] = [self.sent]
        if data.may_triage:
            wanted += [self.triage, self.gaps]
        elif not data.team:
            wanted.append(self.role_card)
        if data.may_triage or not data.team:  # publishing: marketing's, or a personal library's user
            wanted.append(self.review)
        current = self.tabs.currentWidget()
        shown = [self.tabs.widget(i) for i in range(self.tabs.count())]
        if shown == wanted:
            return
        self.tabs.blockSignals(True)
        while self.tabs.count() > 1:
            self.tabs.removeTab(1)
        for widget in wanted[1:]:
            self.tabs.addTab(widget, "")
        index = self.tabs.indexOf(current) if current is not None else -1
        self.tabs.setCurrentIndex(max(0, index))
        self.tabs.blockSignals(False)
        self.retranslate()

    def may_triage(self) -> bool:
        return self.data is not None and self.data.may_triage

    def _set_badge(self, count: int) -> None:
        if count != self.badge:
            self.badge = count
            self.notifications_changed.emit(count)

    def _mark_seen(self) -> None:
        """Answers on show in "Sent by me" are read: the badge drops them."""
        data = self.data
        if (
            data is None
            or not data.unread_answers
            or not self.isVisible()
            or self.tabs.currentWidget() is not self.sent
        ):
            return
        ids, data.unread_answers = list(data.unread_answers), []
        self._set_badge(data.badge)
        self._submit(
            inbox_data.mark_answers_read,
            self.services,
            ids,
            kind="write",
            on_done=lambda _n: None,
            on_error=lambda _e: None,
        )

    def _load_history(self, report_id: int) -> None:
        self._submit(
            inbox_data.load_history,
            self.services,
            report_id,
            on_done=self._on_history,
            on_error=lambda _e: None,
        )

    def _on_history(self, result: tuple[int, list[ReportEvent]]) -> None:
        report_id, events = result
        for view in (self.sent, self.triage):
            view.detail.show_history(report_id, events)

    def _load_gaps(self) -> None:
        self._submit(inbox_data.load_gaps, self.services, on_done=self._on_gaps, on_error=self._gap_error)

    def _on_gaps(self, gaps: list[Gap]) -> None:
        self.gaps.set_gaps(gaps)
        self.gaps_loaded.emit()

    # ------------------------------------------------------------ triage actions

    def _act(self, fn: Callable[..., Report], report_id: int, *args: Any, used_text: bool) -> None:
        detail = self.triage.detail

        def done(report: Report) -> None:
            detail.action_done(report_id, used_text=used_text)
            self.triage.replace(report)
            if self.data is not None and self.data.triage is not None:
                self.data.triage = [report if r.id == report.id else r for r in self.data.triage]
                self._set_badge(self.data.badge)
            self._load_history(report_id)
            self.acted.emit(report_id)
            self.reload()

        self._submit(
            fn, self.services.user, report_id, *args, kind="write", on_done=done,
            on_error=lambda exc: detail.show_error(error_text(exc)),
        )  # fmt: skip

    def _on_state_requested(self, report_id: int, state: str, reason: str) -> None:
        self._act(self.services.reports.set_state, report_id, state, reason or None, used_text=bool(reason))

    def _on_answer_requested(self, report_id: int, text: str) -> None:
        self._act(self.services.reports.answer, report_id, text, used_text=True)

    def _on_owner_requested(self, report_id: int, owner: str) -> None:
        self._act(self.services.reports.assign, report_id, owner or None, used_text=False)

    def _on_link_requested(self, report_id: int, kind: str, ref_id: int) -> None:
        self._act(self.services.reports.link, report_id, kind, ref_id, used_text=False)

    # ------------------------------------------------------------ gap actions

    def _decide_gap(self, fn: Callable[..., Any], key: str, *args: Any) -> None:
        def done(_decision: object) -> None:
            self.gaps.decided(key)
            self._load_gaps()

        self._submit(fn, self.services.user, key, *args, kind="write", on_done=done, on_error=self._gap_error)

    def _on_plan_gap(self, key: str, note: str) -> None:
        """Plan a card: the workbench makes the gap's draft battle card (once) and records it."""
        services = self.services

        def done(planned: PlannedGap) -> None:
            self.gaps.decided(key)
            self.gaps.show_planned(planned.title, planned.item_id, created=planned.created)
            self._load_gaps()

        self._submit(
            plan_gap_card, services.library, services.library_service, services.insights.gaps,
            services.user, key, note, kind="write", on_done=done, on_error=self._gap_error,
        )  # fmt: skip

    def _on_answered_gap(self, key: str, item_id: int, note: str) -> None:
        self._decide_gap(self.services.insights.gaps.answered_by, key, item_id, note)

    def _on_dismiss_gap(self, key: str, reason: str) -> None:
        self._decide_gap(self.services.insights.gaps.dismiss, key, reason)

    def _gap_error(self, exc: BaseException) -> None:
        self.gaps.show_error(error_text(exc))

    # ------------------------------------------------------------ role, tabs, visibility

    def _on_take_role(self) -> None:
        self._submit(
            inbox_data.take_marketing_role, self.services, kind="write",
            on_done=lambda _r: self.reload(), on_error=self._show_banner,
        )  # fmt: skip

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.gaps:
            self._load_gaps()
        if self.tabs.currentWidget() is self.review:
            self.review.reload()
        self._mark_seen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._poll.setInterval(VISIBLE_POLL_MS)
        self._mark_seen()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._poll.setInterval(HIDDEN_POLL_MS)

    def stop(self) -> None:
        """Stop polling (the page is about to go)."""
        self._poll.stop()

    # ------------------------------------------------------------ plumbing

    def _show_banner(self, exc: BaseException) -> None:
        self.error_banner.setText(error_text(exc))
        self.error_banner.show()

    def _submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        kind: str = "read",
    ) -> int:
        """Run `fn` on the runner; its answer is dropped once this page is gone (a library switch).

        The runner gets callbacks that hold only a weak reference to the page and a token: a
        worker thread may drop the last reference to a finished task, and it must never be the
        last reference to a widget (Qt objects die on the UI thread).
        """
        token = next(self._tokens)
        self._callbacks[token] = (on_done, on_error)
        page = weakref.ref(self)

        def deliver(failed: bool) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                alive = page()
                if alive is not None and shiboken6.isValid(alive):
                    alive._deliver(token, failed, value)

            return call

        return self.runner.submit(fn, *args, on_done=deliver(False), on_error=deliver(True), kind=kind)

    def _deliver(self, token: int, failed: bool, value: Any) -> None:
        callbacks = self._callbacks.pop(token, None)
        if callbacks is not None:
            callbacks[1 if failed else 0](value)
