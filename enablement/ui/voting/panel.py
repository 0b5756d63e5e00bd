"""VotingPanel: the voting board, a ballot's page, the marketer's dialogs and the notification inbox.

Self-contained: the main window adds it as a tab and shows `notifications_changed`
as a badge. Every service call runs on the shared `TaskRunner` (reads concurrent,
writes through the single-writer queue); widgets only render what comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enablement.preview.service import PreviewService
from enablement.ui.elided_label import ElidedLabel
from enablement.ui.labels import date_time
from enablement.ui.messages import error_text, translated
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import DARK, LIGHT, Appearance, Theme, banner_style
from enablement.ui.voting._data import BoardData, PageData, load_board, load_page
from enablement.ui.voting._thumbs import Thumbnails, render_thumbnails
from enablement.ui.voting.ballot_page import BallotPage
from enablement.ui.voting.board import BoardView
from enablement.ui.voting.dialogs import BallotEditorDialog, DecisionDialog, ProfileDialog
from enablement.voting import BallotSpec, Notification, Person, VotingService

POLL_MS = 30_000


class InboxButton(QToolButton):
    """A tool button with a painted unread-count bubble."""

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self.count = 0
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def set_count(self, count: int) -> None:
        self.count = count
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.count:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = str(self.count) if self.count < 100 else "99+"
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.75))
        font.setBold(True)
        p.setFont(font)
        w = max(16, p.fontMetrics().horizontalAdvance(text) + 8)
        r = QRectF(self.width() - w - 1, 1, w, 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self._theme.danger))
        p.drawRoundedRect(r, 8, 8)
        p.setPen(QColor("#ffffff"))
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
        p.end()


class VotingPanel(QWidget):
    """The voting tab.

    Signals:
        notifications_changed(int): the number of unread notifications for the user.
        awaiting_changed(int): open ballots the user may vote on and has not (the top bar's badge).
        vote_cast(int): the user's vote on a ballot was stored.
        ballot_saved(int): a ballot was created or edited.
        ballot_closed(int): a ballot was closed.
        decision_recorded(int): a decision was recorded.
        board_loaded(): the board shows fresh data.
        page_loaded(int): a ballot's page shows fresh data.
        thumbnails_loaded(int): slide thumbnails of a draft deck (item id) are painted.

    Attributes:
        me: the acting person's profile (None until the first load).
        editor / decision_dialog / profile_dialog: the open dialog, if any.
    """

    notifications_changed = Signal(int)
    awaiting_changed = Signal(int)
    vote_cast = Signal(int)
    ballot_saved = Signal(int)
    ballot_closed = Signal(int)
    decision_recorded = Signal(int)
    board_loaded = Signal()
    page_loaded = Signal(int)
    thumbnails_loaded = Signal(int)

    def __init__(
        self,
        *,
        voting: VotingService,
        runner: TaskRunner,
        user: str,
        appearance: Appearance | None = None,
        preview: PreviewService | None = None,
        team: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._team = team
        self._voting = voting
        self._runner = runner
        self._user = user
        if appearance is not None:
            theme = appearance.theme
        else:
            theme = DARK if self.palette().window().color().lightness() < 128 else LIGHT
        self._theme = theme
        self._appearance = appearance
        self._preview = preview
        self._thumb_sha: dict[int, str] = {}
        self.me: Person | None = None
        self.notifications: list[Notification] = []
        self.unread = 0
        self.awaiting = -1  # unknown until the first load
        self.editor: BallotEditorDialog | None = None
        self.decision_dialog: DecisionDialog | None = None
        self.profile_dialog: ProfileDialog | None = None
        self._page_id: int | None = None
        self._build()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._poll.start()
        if appearance is not None:
            appearance.changed.connect(self._on_theme_changed)
        self.refresh()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        t = self._theme
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("heading")
        top.addWidget(self.title_label)
        # Elided, not at its full width: in Russian the whole row needed ~1,450 px and widened the
        # window past a 1366-px laptop screen (the full sentence is in the tooltip).
        self.subtitle_label = ElidedLabel()
        self.subtitle_label.setObjectName("muted")
        top.addWidget(self.subtitle_label, 1)
        self.profile_button = QToolButton()
        self.profile_button.clicked.connect(self._on_profile)
        top.addWidget(self.profile_button)
        self.inbox_button = InboxButton(theme=t)
        self.inbox_button.setMinimumWidth(130)
        self.inbox_button.setStyleSheet("QToolButton { padding-right: 22px; }")
        self.inbox_button.toggled.connect(self._on_inbox_toggled)
        top.addWidget(self.inbox_button)
        self.new_button = QPushButton()
        self.new_button.setProperty("accent", True)
        self.new_button.setVisible(False)
        self.new_button.clicked.connect(self.new_ballot)
        top.addWidget(self.new_button)
        outer.addLayout(top)

        self.error_banner = QLabel()
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet(banner_style(t))
        self.error_banner.hide()
        outer.addWidget(self.error_banner)

        self.inbox = QFrame()
        self.inbox.setObjectName("card")
        inbox_lay = QVBoxLayout(self.inbox)
        inbox_lay.setContentsMargins(10, 8, 10, 8)
        self.inbox_list = QListWidget()
        self.inbox_list.setMaximumHeight(150)
        self.inbox_list.itemActivated.connect(self._on_notification_activated)
        self.inbox_list.itemClicked.connect(self._on_notification_activated)
        inbox_lay.addWidget(self.inbox_list)
        self.inbox.hide()
        outer.addWidget(self.inbox)

        self.stack = QStackedWidget()
        self.board = BoardView(theme=t)
        self.board.ballot_opened.connect(self.open_ballot)
        self.board.deadline_passed.connect(self.refresh)
        self.page = BallotPage(theme=t)
        self.page.back_requested.connect(self.show_board)
        self.page.vote_requested.connect(self._on_vote_requested)
        self.page.comment_requested.connect(self._on_comment_requested)
        self.page.close_requested.connect(self._on_close_requested)
        self.page.decide_requested.connect(self.record_decision)
        self.page.edit_requested.connect(self.edit_ballot)
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.page)
        outer.addWidget(self.stack, 1)
        self.retranslate()

    # ------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        """Texts in the current language; the board, the page and open dialogs retranslate themselves."""
        self.title_label.setText(self.tr("Ballots"))
        self.subtitle_label.setText(self.tr("Sales is heard before release; marketing decides in the open."))
        self.inbox_button.setText(self.tr("Notifications"))
        # Its words whole beside the painted unread bubble (the 22-px padding): «Уведомления» was elided.
        words = self.inbox_button.fontMetrics().horizontalAdvance(self.inbox_button.text())
        self.inbox_button.setMinimumWidth(max(130, words + 22 + 24))
        self.new_button.setText(self.tr("New ballot…"))
        self._show_profile()
        self._fill_inbox()
        banner_exc = getattr(self, "_banner_exc", None)
        if banner_exc is not None and self.error_banner.isVisible():
            self.error_banner.setText(self._message(banner_exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload the board, the inbox and the open page (if any)."""
        self._submit(load_board, self._voting, self._user, team=self._team, on_done=self._on_board)
        if self._page_id is not None:
            self._load_page(self._page_id)

    def _on_board(self, data: BoardData) -> None:
        self.me = data.me
        manager = data.me.can_manage_ballots
        self.new_button.setVisible(manager)
        self._show_profile()
        self.board.show_board(data)
        self.notifications = data.notifications
        self._fill_inbox()
        if data.unread != self.unread:
            self.unread = data.unread
            self.inbox_button.set_count(data.unread)
            self.notifications_changed.emit(data.unread)
        if data.awaiting != self.awaiting:
            self.awaiting = data.awaiting
            self.awaiting_changed.emit(data.awaiting)
        self.board_loaded.emit()

    def _show_profile(self) -> None:
        me = self.me
        if me is None:
            return
        team = f" · {me.team}" if me.team else ""
        self.profile_button.setText(f"{me.name} · {translated(me.role.label)}{team}")

    def _fill_inbox(self) -> None:
        self.inbox_list.clear()
        for note in self.notifications:
            when = date_time(note.at)
            item = QListWidgetItem(f"{'●  ' if not note.read else '    '}{when}   {translated(note.message)}")
            item.setData(Qt.ItemDataRole.UserRole, note.ballot_id)
            if not note.read:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.inbox_list.addItem(item)
        if not self.notifications:
            self.inbox_list.addItem(self.tr("Nothing new."))

    def open_ballot(self, ballot_id: int) -> None:
        self._page_id = ballot_id
        self._load_page(ballot_id)

    def _load_page(self, ballot_id: int) -> None:
        self._submit(load_page, self._voting, self._user, ballot_id, on_done=self._on_page)

    def _on_page(self, data: PageData) -> None:
        if self.me is None or data.ballot.id != self._page_id:
            return
        self.page.show_page(data, self.me)
        self.stack.setCurrentWidget(self.page)
        self.page_loaded.emit(data.ballot.id)
        item_id = data.ballot.item_id
        if self._preview is not None and item_id is not None:
            self._submit(
                render_thumbnails, self._preview, item_id, self._thumb_sha.get(item_id, ""),
                on_done=self._on_thumbnails, on_error=lambda _exc: None,
            )  # fmt: skip

    def _on_thumbnails(self, thumbs: Thumbnails | None) -> None:
        """Slide images arrived (None: the ones shown are current)."""
        if thumbs is None:
            return
        self._thumb_sha[thumbs.item_id] = thumbs.sha256
        self.page.set_thumbnails(thumbs.item_id, thumbs.images)
        self.thumbnails_loaded.emit(thumbs.item_id)

    def show_board(self) -> None:
        self._page_id = None
        self.stack.setCurrentWidget(self.board)
        self.refresh()

    # ------------------------------------------------------------ voting

    def _on_vote_requested(self, ballot_id: int, option: str, reason: str) -> None:
        def done(_vote: object) -> None:
            self.page.forget_draft(ballot_id)  # the saved vote is what the box shows now
            self.vote_cast.emit(ballot_id)
            self.refresh()

        self._submit(
            self._voting.vote,
            self._user,
            ballot_id,
            option,
            reason,
            kind="write",
            on_done=done,
            on_error=self._page_error,
        )

    def _on_comment_requested(self, ballot_id: int, unit: int, text: str) -> None:
        self._submit(
            self._voting.comment_unit,
            self._user,
            ballot_id,
            unit,
            text,
            kind="write",
            on_done=lambda _c: self._load_page(ballot_id),
            on_error=self._page_error,
        )

    # ------------------------------------------------------------ marketer actions

    def new_ballot(self) -> None:
        self._submit(self._voting.draft_items, on_done=lambda drafts: self._open_editor(drafts, None))

    def edit_ballot(self, ballot_id: int) -> None:
        def fetched(result: tuple[list[Any], Any]) -> None:
            self._open_editor(*result)

        self._submit(
            lambda: (self._voting.draft_items(), self._voting.get_ballot(ballot_id)), on_done=fetched
        )

    def _open_editor(self, drafts: list[Any], ballot: Any) -> None:
        dialog = BallotEditorDialog(drafts=drafts, ballot=ballot, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda: self._save_ballot(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "editor", None))
        self.editor = dialog
        dialog.open()

    def _save_ballot(self, dialog: BallotEditorDialog) -> None:
        spec = dialog.spec()
        paths = list(dialog.attachments)
        ballot_id = dialog.ballot_id

        def save(voting: VotingService, user: str, spec: BallotSpec) -> Any:
            if spec.product is not None and paths:
                from pathlib import Path

                spec.product.attachments.extend(voting.attach(Path(p)) for p in paths)
            if ballot_id is None:
                return voting.create_ballot(user, spec)
            return voting.update_ballot(user, ballot_id, spec)

        def done(ballot: Any) -> None:
            dialog.accept()
            self.ballot_saved.emit(ballot.id)
            self.refresh()

        self._submit(
            save,
            self._voting,
            self._user,
            spec,
            kind="write",
            on_done=done,
            on_error=lambda exc: dialog.show_error(self._message(exc)),
        )

    def _on_close_requested(self, ballot_id: int) -> None:
        def done(_b: object) -> None:
            self.ballot_closed.emit(ballot_id)
            self.refresh()

        self._submit(
            self._voting.close_ballot,
            self._user,
            ballot_id,
            kind="write",
            on_done=done,
            on_error=self._page_error,
        )

    def record_decision(self, ballot_id: int) -> None:
        def fetched(result: tuple[Any, Any]) -> None:
            ballot, results = result
            dialog = DecisionDialog(ballot=ballot, results=results, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.submitted.connect(lambda: self._decide(dialog, ballot_id))
            dialog.finished.connect(lambda _r: setattr(self, "decision_dialog", None))
            self.decision_dialog = dialog
            dialog.open()

        self._submit(
            lambda: (self._voting.get_ballot(ballot_id), self._voting.results(self._user, ballot_id)),
            on_done=fetched,
        )

    def _decide(self, dialog: DecisionDialog, ballot_id: int) -> None:
        def done(_b: object) -> None:
            dialog.accept()
            self.decision_recorded.emit(ballot_id)
            self.refresh()

        self._submit(
            self._voting.decide,
            self._user,
            ballot_id,
            dialog.outcome(),
            dialog.rationale(),
            kind="write",
            on_done=done,
            on_error=lambda exc: dialog.show_error(self._message(exc)),
        )

    # ------------------------------------------------------------ profile and inbox

    def _on_profile(self) -> None:
        if self.me is None:
            return
        dialog = ProfileDialog(person=self.me, managed=self._team, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_profile(dialog.role_change(), dialog.team()))
        dialog.finished.connect(lambda _r: setattr(self, "profile_dialog", None))
        self.profile_dialog = dialog
        dialog.open()

    def _save_profile(self, role: str | None, team: str) -> None:
        self._submit(
            self._voting.update_person,
            self._user,
            self._user,
            role=role,
            team=team,
            kind="write",
            on_done=lambda _p: self.refresh(),
        )

    def _on_inbox_toggled(self, shown: bool) -> None:
        self.inbox.setVisible(shown)
        if shown and self.unread:
            self._submit(
                self._voting.mark_read, self._user, kind="write", on_done=lambda _n: self._marked_read()
            )

    def _marked_read(self) -> None:
        self.unread = 0
        self.inbox_button.set_count(0)
        self.notifications_changed.emit(0)

    def _on_notification_activated(self, item: QListWidgetItem) -> None:
        ballot_id = item.data(Qt.ItemDataRole.UserRole)
        if ballot_id is not None:
            self.open_ballot(int(ballot_id))

    # ------------------------------------------------------------ plumbing

    def _on_theme_changed(self) -> None:
        if self._appearance is None:
            return
        self._theme = self._appearance.theme
        self.board.set_theme(self._theme)
        self.page.set_theme(self._theme)
        self.inbox_button._theme = self._theme
        self.error_banner.setStyleSheet(banner_style(self._theme))
        self.refresh()

    def _on_tick(self) -> None:
        now = self._voting.now()
        self.board.tick(now)
        if self.stack.currentWidget() is self.page:
            self.page.tick(now)

    def _submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        kind: str = "read",
        **kwargs: Any,
    ) -> int:
        self.error_banner.hide()
        return self._runner.submit(
            fn, *args, on_done=on_done, on_error=on_error or self._banner_error, kind=kind, **kwargs
        )

    def _page_error(self, exc: BaseException) -> None:
        self.page.show_error(lambda: self._message(exc))

    def _banner_error(self, exc: BaseException) -> None:
        self._banner_exc = exc
        self.error_banner.setText(self._message(exc))
        self.error_banner.show()

    def _message(self, exc: BaseException) -> str:
        return error_text(exc)

    def stop(self) -> None:
        """Stop the countdown and polling timers (the main window calls this on close)."""
        self._tick.stop()
        self._poll.stop()
