"""ReportListView: a list of reports beside one report in full; the Triage variant adds filters
and marketing's actions.

"Sent by me" and "Triage" are the same view with different columns, empty texts and actions.
A reload keeps the selection, the filters and whatever was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enablement.insights.models import IntelKind, Report, ReportState, ReportType, Verdict
from enablement.ui.loop.inbox_models import ReportFilter, ReportTableModel
from enablement.ui.loop.report_detail import ReportDetail
from enablement.ui.loop.report_texts import kind_label, state_label, type_label
from enablement.ui.theme import Theme

TEXT_MIN = 160  # the entry's own words keep this much of the table; names and subjects give way first
NAME_MIN = 56  # how narrow an elided name or subject column may get to make that room
_WHOLE = ("when", "state")  # a cut date or state reads wrong: these keep their width


class ReportListView(QWidget):
    """Reports and the chosen one's detail.

    Signals:
        report_selected(int): the user chose a report (its history is worth fetching).
    """

    report_selected = Signal(int)

    def __init__(self, *, theme: Theme, triage: bool, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.triage = triage
        self.loaded = False
        self._people: list[str] = []
        self._nothing = ""
        self._filtered = ""
        self._natural: dict[int, int] = {}  # column -> the width its contents asked for
        self.model = ReportTableModel(theme=theme, show_author=triage, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.filters = QWidget()
        self._build_filters(self.filters)
        self.filters.setVisible(triage)
        layout.addWidget(self.filters)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.table.viewport().installEventFilter(self)
        left_layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left_layout.addWidget(self.empty, 1)
        split.addWidget(left)
        self.detail = ReportDetail(theme=theme, triage=triage, user=user)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([650, 350])  # the list gets the larger share from the start, not the detail
        layout.addWidget(split, 1)
        self.retranslate()
        self._update_empty()

    def set_theme(self, theme: Theme) -> None:
        self.model.set_theme(theme)
        self.detail.set_theme(theme)

    def _build_filters(self, bar: QWidget) -> None:
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.state_filter = QComboBox()
        self.type_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.competitor_filter = QComboBox()
        self.owner_filter = QComboBox()
        for box in (
            self.state_filter,
            self.type_filter,
            self.kind_filter,
            self.competitor_filter,
            self.owner_filter,
        ):
            box.currentIndexChanged.connect(self._on_filter_changed)
            row.addWidget(box)
        self.text_filter = QLineEdit()
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self._on_filter_changed)
        row.addWidget(self.text_filter, 1)

    def retranslate(self) -> None:
        if self.triage:
            self._fill(
                self.state_filter,
                self.tr("Any state"),
                [(s.value, state_label(s.value)) for s in ReportState],
            )
            self._fill(
                self.type_filter,
                self.tr("Intel and feedback"),
                [(t.value, type_label(t.value)) for t in ReportType],
            )
            kinds = [*(k.value for k in IntelKind), *(v.value for v in Verdict)]
            self._fill(self.kind_filter, self.tr("Any kind"), [(k, kind_label(k)) for k in kinds])
            self._fill_dynamic()
            self.text_filter.setPlaceholderText(self.tr("Filter by text, author, item…"))
        self._update_empty()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _fill(box: QComboBox, everything: str, entries: list[tuple[str, str]]) -> None:
        chosen = box.currentData() or ""
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for value, label in entries:
            box.addItem(label, value)
        index = box.findData(chosen)
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def _fill_dynamic(self) -> None:
        """Competitor and owner choices come from the loaded reports (and the people)."""
        reports = self.model.all_reports()
        competitors = sorted({r.competitor for r in reports if r.competitor}, key=str.casefold)
        self._fill(self.competitor_filter, self.tr("Any competitor"), [(c, c) for c in competitors])
        owners = sorted({r.owner for r in reports if r.owner} | set(self._people), key=str.casefold)
        self._fill(
            self.owner_filter, self.tr("Any owner"), [("-", self.tr("Nobody")), *((o, o) for o in owners)]
        )

    # ------------------------------------------------------------ data

    def set_reports(self, reports: list[Report], people: list[str] | None = None) -> None:
        """Show `reports`, keeping the chosen one chosen (and its typed text) when it is still there."""
        chosen = self.current_id()
        self.loaded = True
        if people is not None:
            self._people = people
        self.model.set_reports(reports)
        self._fit_columns()
        if self.triage:
            self._fill_dynamic()
        self._reselect(chosen)
        self._update_empty()

    def _fit_columns(self) -> None:
        """Short columns fit their contents (up to a cap); the text column takes the rest of the width."""
        header = self.table.horizontalHeader()
        self._natural = {}
        for n, name in enumerate(self.model.columns()):
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
            if name == "text":
                continue
            self.table.resizeColumnToContents(n)
            width = header.sectionSize(n)
            if name not in _WHOLE:
                # names and subjects are elided (in full in the detail); wide enough for the header's
                # own title ("Ответственный" was cut to "тветственнь") when there is room for it
                width = max(min(width + 8, 120), header.sectionSizeHint(n))
            self._natural[n] = width
        self._share_width()

    def _share_width(self) -> None:
        """The text column gets what the others leave, and at least TEXT_MIN: in Russian at 1366 px
        it was left ~40 px ("екс"). Names, subjects and the owner narrow first, evenly, to their
        headers' titles and then to NAME_MIN; the date and the state stay whole. Below that the
        table scrolls sideways."""
        columns = self.model.columns()
        if "text" not in columns or not self._natural:
            return
        header = self.table.horizontalHeader()
        text = columns.index("text")
        widths = dict(self._natural)
        room = self.table.viewport().width()
        short = TEXT_MIN + sum(widths.values()) - room
        names = [n for n, name in enumerate(columns) if n in widths and name not in _WHOLE]
        # First down to each header's own title, then (still short) to NAME_MIN: the owner's
        # "Ответственный" stays whole while the names and subjects beside it can give way.
        for floors in ({n: header.sectionSizeHint(n) for n in names}, dict.fromkeys(names, NAME_MIN)):
            narrowable = [n for n in names if widths[n] > floors[n]]
            while short > 0 and narrowable:
                share = max(1, short // len(narrowable))
                for n in list(narrowable):
                    cut = max(0, min(share, widths[n] - floors[n], short))
                    widths[n] -= cut
                    short -= cut
                    if widths[n] <= floors[n]:
                        narrowable.remove(n)
        for n, width in widths.items():
            header.resizeSection(n, width)
        header.resizeSection(text, max(TEXT_MIN, room - sum(widths.values())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def replace(self, report: Report) -> None:
        """One report changed (an action succeeded): show its new state at once."""
        reports = [report if r.id == report.id else r for r in self.model.all_reports()]
        self.set_reports(reports)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()].id

    def select(self, report_id: int) -> bool:
        row = self.model.row_of(report_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _reselect(self, report_id: int | None) -> None:
        if report_id is None and self.model.rows:
            report_id = self.model.rows[0].id  # the newest entry, so the detail pane is not blank
        if report_id is not None and self.select(report_id):
            self.detail.show_report(self.model.rows[self.model.row_of(report_id)])
        else:
            self.table.clearSelection()
            self.detail.show_report(None)

    def set_empty_texts(self, nothing: str, filtered: str) -> None:
        self._nothing, self._filtered = nothing, filtered
        self._update_empty()

    def _update_empty(self) -> None:
        has_rows = bool(self.model.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        # Nothing listed, nothing to choose: "choose an entry" beside "nothing sent yet" confused.
        self.detail.setVisible(has_rows)
        if not self.loaded:
            self.empty.setText(self.tr("Loading…"))
        elif self.model.all_reports():
            self.empty.setText(self._filtered)
        else:
            self.empty.setText(self._nothing)

    # ------------------------------------------------------------ slots

    def _on_filter_changed(self) -> None:
        chosen = self.current_id()
        self.model.set_filter(
            ReportFilter(
                state=self.state_filter.currentData() or "",
                type=self.type_filter.currentData() or "",
                kind=self.kind_filter.currentData() or "",
                competitor=self.competitor_filter.currentData() or "",
                owner=self.owner_filter.currentData() or "",
                text=self.text_filter.text().strip(),
            )
        )
        self._reselect(chosen)
        self._update_empty()

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        report_id = self.current_id()
        if report_id is None:
            return
        report = self.model.rows[self.model.row_of(report_id)]
        if self.detail.report is None or self.detail.report != report:
            self.detail.show_report(report)
        self.report_selected.emit(report_id)
