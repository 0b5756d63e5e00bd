"""The feedback loop inside the preview panes: field intel, content feedback and usage recording.

One `CaptureLoop` per library on show holds what the panes need (the report and usage services,
who acts) and the window's one intel dialog; `attach` hands it to the search preview and the
Browse preview. Each pane keeps a `UsageTracker`, which turns what the pane does into usage
events, fire-and-forget: `UsageService.record` never raises and queues while the team server is
away, and the task runs with an error handler that only logs, so a usage count never reaches
the user's face.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from enablement.insights import Report, ReportService
from enablement.insights.figures import InsightsService
from enablement.insights.usage import Action, UsageService
from enablement.ui.loop.intel_dialog import IntelDialog
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.ui.search_controller import SearchController

log = logging.getLogger(__name__)

PREVIEW_DWELL_MS = 1500  # a unit counts as previewed once it stayed on screen this long


def _usage_not_recorded(exc: BaseException) -> None:
    """A usage event is never worth a message: log it (a plain function, it outlives any widget)."""
    log.warning("usage event not recorded: %s", exc)


class CaptureLoop(QObject):
    """The feedback loop's services for the preview panes, and the window's intel dialog.

    Signals:
        status_message(str): something to say in the status bar ("Sent to marketing …").
    """

    status_message = Signal(str)

    def __init__(
        self,
        *,
        reports: ReportService,
        usage: UsageService,
        user: str,
        runner: TaskRunner,
        appearance: Appearance,
        window: QWidget,
        insights: InsightsService | None = None,
    ) -> None:
        super().__init__(window)
        self.reports = reports
        self.usage = usage
        self.insights = insights  # a unit's usage counts under its feedback (marketing)
        self.user = user
        self.runner = runner
        self.appearance = appearance
        self.window = window
        self.intel_dialog: IntelDialog | None = None

    @classmethod
    def attach(cls, window: Any, services: Services, previous: CaptureLoop | None = None) -> CaptureLoop:
        """A loop for `services`, handed to the window's two preview panes (replacing `previous`)."""
        if previous is not None:
            previous.retire()
        loop = cls(
            reports=services.reports,
            usage=services.usage,
            insights=services.insights,
            user=services.user,
            runner=window.runner,
            appearance=window.appearance,
            window=window,
        )
        loop.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        window.preview.set_loop(loop, search=window.search)
        window.browse.preview_pane.set_loop(loop)
        return loop

    def retire(self) -> None:
        """Another library is on show: close the dialog (once its send, if any, has come back)."""
        dialog, self.intel_dialog = self.intel_dialog, None
        if dialog is not None:
            dialog.reject()
            if not dialog.busy:
                dialog.deleteLater()
            else:
                dialog.sent.connect(dialog.deleteLater)
        self.deleteLater()

    # ------------------------------------------------------------------ usage

    def record(
        self, action: Action, item_id: int, unit_kind: str, number: int, search_id: int | None = None
    ) -> None:
        """Note a usage event in the background; never waits, never fails the caller."""
        self.runner.submit(
            self.usage.record,
            self.user,
            action,
            item_id,
            unit_kind or None,
            number or None,
            search_id,
            kind="write",
            on_error=_usage_not_recorded,
        )

    # ------------------------------------------------------------------ intel

    def open_intel(self, competitors: Sequence[str] = (), products: Sequence[str] = ()) -> IntelDialog:
        """Show the intel dialog (one per window: closing it unsent keeps what was typed)."""
        if self.intel_dialog is None:
            self.intel_dialog = IntelDialog(
                reports=self.reports,
                runner=self.runner,
                user=self.user,
                appearance=self.appearance,
                parent=self.window,
            )
            self.intel_dialog.sent.connect(self._on_intel_sent)
        else:
            self.intel_dialog.load_known_values()  # an import may have brought new names
        self.intel_dialog.prefill(competitors, products)
        self.intel_dialog.open()
        self.intel_dialog.raise_()
        return self.intel_dialog

    def _on_intel_sent(self, _report: Report) -> None:
        self.status_message.emit(self.tr("Sent to marketing — you'll see its fate in Inbox"))


class UsageTracker(QObject):
    """Turns one preview pane's doings into usage events.

    A unit is "previewed" once it stayed on screen for PREVIEW_DWELL_MS: arrowing through
    results or typing a query (each answer previews its first hit) records nothing. Events name
    the search that led to them, so content gaps can tell searches that led somewhere from those
    that did not; the preview of a result the app selected by itself (the first hit of each
    answer) names no search, since nobody chose it.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.loop: CaptureLoop | None = None
        self.search: SearchController | None = None
        self.search_id: int | None = None
        self.chosen = False  # the user picked the hit (not the answer's automatic first one)
        self._shown: tuple[int, str, int] | None = None
        self._recorded: tuple[int, str, int] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DWELL_MS)
        self.timer.timeout.connect(self._on_dwelled)

    def set_loop(self, loop: CaptureLoop | None, search: SearchController | None = None) -> None:
        self.loop, self.search = loop, search
        self._recorded = None

    def came_from(self, hit: Any) -> None:
        """The pane shows `hit` of the current search answer (None: a link, a page, Browse)."""
        answer = self.search.last_answer if self.search is not None and hit is not None else None
        if answer is None:
            self.search_id, self.chosen = None, False
            return
        self.search_id = getattr(answer.response, "search_id", None)
        first = answer.hits[0] if answer.hits else None
        self.chosen = first is None or _unit_of(first) != _unit_of(hit)

    def unit_shown(self, item_id: int, unit_kind: str, number: int) -> None:
        self._shown = (item_id, unit_kind, number)
        if self.loop is not None and self._shown != self._recorded:
            self.timer.start()

    def cleared(self) -> None:
        self._shown = None
        self.timer.stop()

    def acted(self, action: Action) -> None:
        """The user opened, copied or linked the unit on show."""
        if self.loop is not None and self._shown is not None:
            self.loop.record(action, *self._shown, search_id=self.search_id)

    def _on_dwelled(self) -> None:
        if self.loop is None or self._shown is None or self._shown == self._recorded:
            return
        self._recorded = self._shown
        self.loop.record(Action.PREVIEW, *self._shown, search_id=self.search_id if self.chosen else None)


def _unit_of(hit: Any) -> tuple[Any, Any, Any]:
    return (hit.item, hit.unit, hit.number)
