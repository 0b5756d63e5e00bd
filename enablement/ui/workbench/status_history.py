"""Who moved the item on show, and when: its status history in the preview's header, for marketers.

A marketer previewing an item sees, under its title and dates, the last two moves of the publishing
workflow ("05.12.2026 14:02 anna: In review → Published · 04.12.2026 10:00 boris: created as
Draft"); the tooltip holds every line. A seller sees no history: what they preview is published,
and who pressed the button is marketing's business. Who counts as a marketer is the deck check's
rule (`may_check`): marketing and admins on a team library, the single user of a personal one.

The history is read through the task runner (enablement.workbench.publishing) when another item,
or the same item after a move, comes on show; answers for an item no longer on show are dropped.
`history_text` is also how the Review tab words a line, so both say the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel

from enablement.ui import labels
from enablement.ui.workbench.deck_check_panel import may_check
from enablement.workbench.publishing import StatusChange

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.ui.preview_pane import PreviewPane
    from enablement.ui.tasks import TaskRunner
    from enablement.workbench.publishing import PublishingService

__all__ = ["PaneStatusHistory", "StatusHistory", "history_text"]

SHOWN = 2  # lines in the header (more wrap onto a third line at 1366 px); the tooltip has all


def history_text(change: StatusChange) -> str:
    """One line of an item's history in words ("05.12.2026 14:02 anna: Draft → Published").

    Worded in the Review tab's translation context: the same sentences, translated once.
    """

    translate = QCoreApplication.translate
    when = labels.date_time(change.at)
    if change.action == "verify":
        until = change.review_by.isoformat() if change.review_by else ""
        text = translate("ReviewPanel", "{when} {who}: still valid, review by {date}").format(
            when=when, who=change.actor, date=until
        )
    elif change.from_status is None:  # the first line of an item made in the app (a new card)
        text = translate("ReviewPanel", "{when} {who}: created as {new}").format(
            when=when, who=change.actor, new=labels.status_name(change.to_status)
        )
    else:
        text = translate("ReviewPanel", "{when} {who}: {old} → {new}").format(
            when=when,
            who=change.actor,
            old=labels.status_name(change.from_status),
            new=labels.status_name(change.to_status),
        )
    return text + (f" — {change.note}" if change.note else "")


class PaneStatusHistory(QObject):
    """The history line on one preview pane; `enabled` is whether the user is a marketer."""

    def __init__(
        self, *, pane: PreviewPane, publishing: PublishingService, runner: TaskRunner, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.publishing = publishing
        self.runner = runner
        self.enabled = False
        self.key: tuple[Any, ...] | None = None
        self.history: list[StatusChange] = []
        self.label = QLabel(pane)
        self.label.setObjectName("muted")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.hide()
        pane.add_header_line(self.label)
        pane.unit_shown.connect(self._on_unit_shown)
        pane.cleared.connect(self._on_cleared)
        pane.retranslated.connect(self._render)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.key = None
        if enabled and self.pane.bundle is not None:
            self._on_unit_shown(self.pane.bundle.item.id, self.pane.unit_kind, self.pane.number)
        else:
            self._on_cleared()

    def retire(self) -> None:
        """Another library is on show: take the line off the pane."""
        self.key = None
        self.label.hide()
        self.label.setParent(None)
        self.label.deleteLater()
        self.deleteLater()

    def _on_unit_shown(self, item_id: int, _kind: str, _number: int) -> None:
        bundle = self.pane.bundle
        if not self.enabled or bundle is None:
            self._on_cleared()
            return
        item = bundle.item
        key = (item.id, str(item.status), item.updated_at, item.review_by)
        if key == self.key:
            return
        self.key = key
        self.runner.submit(
            self.publishing.history,
            item_id,
            on_done=lambda history: self._on_loaded(key, history),
            on_error=lambda _exc: self._on_loaded(key, []),
        )

    def _on_loaded(self, key: tuple[Any, ...], history: list[StatusChange]) -> None:
        if key != self.key:
            return
        self.history = history
        self._render()

    def _on_cleared(self) -> None:
        self.key = None
        self.history = []
        self.label.hide()

    def _render(self) -> None:
        if not self.history or self.key is None:
            self.label.hide()
            return
        newest = [history_text(h) for h in reversed(self.history)]
        text = " · ".join(newest[:SHOWN])
        if len(newest) > SHOWN:
            more = QCoreApplication.translate("StatusHistory", "%n earlier", "", len(newest) - SHOWN)
            text += f" · … {more}"
        self.label.setText(text)
        self.label.setToolTip("\n".join(newest))
        self.label.show()


class StatusHistory(QObject):
    """The history line of one library, on both of the window's preview panes (search and browse)."""

    def __init__(self, *, window: Any, services: Services) -> None:
        super().__init__(window)
        self.decided = False  # whether the user's role is known (a team library asks the server)
        self.panes = [
            PaneStatusHistory(pane=pane, publishing=services.publishing, runner=window.runner, parent=self)
            for pane in (window.preview, window.browse.preview_pane)
        ]
        if services.is_team:
            window.runner.submit(may_check, services, on_done=self._set_enabled)
        else:
            self._set_enabled(True)

    @classmethod
    def attach(cls, window: Any, services: Services, previous: StatusHistory | None = None) -> StatusHistory:
        """The history line for `services`, replacing `previous` (another library's) on the panes."""
        if previous is not None:
            previous.retire()
        return cls(window=window, services=services)

    def _set_enabled(self, enabled: bool) -> None:
        self.decided = True
        for pane in self.panes:
            pane.set_enabled(enabled)

    def retire(self) -> None:
        for pane in self.panes:
            pane.retire()
        self.panes = []
        self.deleteLater()
