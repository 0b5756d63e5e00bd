"""Search-as-you-type: debounce, run in the background, drop stale answers, refresh after imports.

The controller owns no widget. It turns "the query or the filters changed"
into one background search per pause in typing and emits the answer; the
panels render it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from enablement.errors import LibraryError
from enablement.preview.service import unit_totals
from enablement.ui.messages import reason_text
from enablement.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from enablement.app import Services

DEBOUNCE_MS = 140
RESULT_LIMIT = 40


@dataclass(slots=True)
class SearchRequest:
    query: str
    filters: dict[str, str] = field(default_factory=dict)
    grouped: bool = True
    correct: bool = True


@dataclass(slots=True)
class SearchAnswer:
    """A search response plus what the result cards need (units per item, for "Slide 7 of 24").

    Attributes:
        suggestions: queries to offer when nothing was found, e.g. the correction the user
            turned down by searching the text as typed ("rjyrehtyn" → «конкурент»).
    """

    request: SearchRequest
    response: Any
    hits: list[Any]
    totals: dict[int, int]
    suggestions: list[str] = field(default_factory=list)


def run_search(services: Services, request: SearchRequest) -> SearchAnswer:
    """Worker-thread body of one search (Qt-free on purpose: plain data in, plain data out)."""
    # The facet names are SearchService.search's filter keywords (language is `lang`).
    kwargs: dict[str, Any] = {("lang" if k == "language" else k): v for k, v in request.filters.items() if v}
    response = services.search.search(
        request.query,
        limit=RESULT_LIMIT if not request.grouped else 25,
        group=request.grouped,
        correct=request.correct,
        **kwargs,
    )
    if request.grouped and response.groups:
        hits = [h for g in response.groups for h in g.hits[:8]]
    else:
        hits = list(response.hits)
    totals = _unit_totals(services, [h.item for h in hits])
    suggestions: list[str] = []
    if not hits and not request.correct and request.query.strip():
        # searched as typed and found nothing: offer the correction again if it finds something
        probe = services.search.search(request.query, limit=1, correct=True, log=False, **kwargs)
        if probe.correction and probe.total:
            suggestions.append(probe.correction["query"])
    return SearchAnswer(request, response, hits, totals, suggestions)


def _unit_totals(services: Services, item_ids: list[int]) -> dict[int, int]:
    """Units per item: from the database when it answers, else counted in the local index.

    A search must never wait on (or fail for) the team server: while the follower says it is
    away the database is not asked at all, and a server lost mid-search costs only its answer.
    """
    if not services.search.offline:
        try:
            return unit_totals(services.library, item_ids)
        except LibraryError:
            pass
    return services.search.unit_counts(item_ids)


class SearchController(QObject):
    """Debounced background search over `services.search`.

    Signals:
        answered(object): a SearchAnswer for the latest request.
        cleared(): the query became empty.
        failed(str): the search failed (message for the status bar).
        busy_changed(bool): a search is (not) in flight.
    """

    answered = Signal(object)
    cleared = Signal()
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, *, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.services: Services | None = None
        self.request = SearchRequest("")
        self.last_answer: SearchAnswer | None = None
        self._in_flight = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fire)

    def set_services(self, services: Services) -> None:
        self.services = services
        if self.request.query.strip():
            self._fire()

    # ------------------------------------------------------------------ inputs

    def set_query(self, text: str, *, immediate: bool = False) -> None:
        self.request = SearchRequest(text, dict(self.request.filters), self.request.grouped, True)
        if not text.strip():
            self._timer.stop()
            self.runner.drop_searches()
            self.last_answer = None
            self._set_busy(False)
            self.cleared.emit()
            return
        if immediate:
            self._timer.stop()
            self._fire()
        else:
            self._timer.start()

    def set_filters(self, filters: dict[str, str]) -> None:
        self.request.filters = {k: v for k, v in filters.items() if v}
        self.request.correct = True
        self.refresh()

    def set_grouped(self, grouped: bool) -> None:
        self.request.grouped = grouped
        self.refresh()

    def search_original(self) -> None:
        """The user rejected the correction: search exactly what was typed."""
        self.request.correct = False
        self.refresh()

    def refresh(self) -> None:
        """Run the current request now (after an import, a filter click, a language switch)."""
        if self.request.query.strip():
            self._timer.stop()
            self._fire()

    def pending(self) -> bool:
        return self._timer.isActive() or self._in_flight > 0

    # ------------------------------------------------------------------ running

    def _fire(self) -> None:
        if self.services is None or not self.request.query.strip():
            return
        request = SearchRequest(
            self.request.query, dict(self.request.filters), self.request.grouped, self.request.correct
        )
        self._in_flight += 1
        self._set_busy(True)
        self.runner.submit(
            run_search,
            self.services,
            request,
            kind="search",
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def _on_done(self, answer: SearchAnswer) -> None:
        self._in_flight = 0
        self._set_busy(False)
        self.last_answer = answer
        self.answered.emit(answer)

    def _on_error(self, exc: BaseException) -> None:
        self._in_flight = 0
        self._set_busy(False)
        self.failed.emit(reason_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy_changed.emit(busy)
