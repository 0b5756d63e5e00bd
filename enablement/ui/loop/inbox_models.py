"""Table models of the inbox: reports (Sent by me, Triage) and content gaps.

They adapt the services' plain results for the views; filtering happens here, on what was
loaded (a few hundred rows), so typing in a filter never waits on the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from enablement.insights.gaps import Gap
from enablement.insights.models import Report
from enablement.ui.labels import date_time, short_date
from enablement.ui.loop.report_texts import (
    excerpt,
    kind_label,
    state_colors,
    state_label,
    subject,
    type_label,
)
from enablement.ui.theme import Theme

ReportRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class ReportFilter:
    """What the triage list is narrowed to; empty fields match everything."""

    state: str = ""
    type: str = ""
    kind: str = ""
    competitor: str = ""
    owner: str = ""
    text: str = ""

    def accepts(self, report: Report) -> bool:
        if self.state and report.state.value != self.state:
            return False
        if self.type and report.type.value != self.type:
            return False
        if self.kind and report.kind != self.kind:
            return False
        if self.competitor and report.competitor.casefold() != self.competitor.casefold():
            return False
        if self.owner == "-" and report.owner:
            return False
        if self.owner not in ("", "-") and report.owner != self.owner:
            return False
        if self.text:
            wanted = self.text.casefold()
            haystack = " ".join(
                (report.text, report.answer or "", report.author, subject(report), report.product)
            ).casefold()
            if wanted not in haystack:
                return False
        return True


class ReportTableModel(QAbstractTableModel):
    """Reports as rows: when, who, type/kind, subject, text, state (a coloured chip), owner.

    `show_author` is off for "Sent by me" (it is always the user).
    """

    def __init__(self, *, theme: Theme, show_author: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.show_author = show_author
        self._all: list[Report] = []
        self.rows: list[Report] = []
        self.filter = ReportFilter()

    def set_theme(self, theme: Theme) -> None:
        """State chips in the new palette (a light/dark switch)."""
        self.theme = theme
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def columns(self) -> list[str]:
        names = ["when", "who", "kind", "subject", "text", "state", "owner"]
        return names if self.show_author else [n for n in names if n != "who"]

    def set_reports(self, reports: list[Report]) -> None:
        self.beginResetModel()
        self._all = list(reports)
        self.rows = [r for r in self._all if self.filter.accepts(r)]
        self.endResetModel()

    def set_filter(self, report_filter: ReportFilter) -> None:
        self.filter = report_filter
        self.set_reports(self._all)

    def all_reports(self) -> list[Report]:
        return list(self._all)

    def row_of(self, report_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == report_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # a column narrowed by hand elides its title: the tip has it
        ):
            return None
        titles = {
            "when": self.tr("When"),
            "who": self.tr("Who"),
            "kind": self.tr("Type"),
            "subject": self.tr("About"),
            "text": self.tr("Text"),
            "state": self.tr("State"),
            "owner": self.tr("Owner"),
        }
        return titles[self.columns()[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        report = self.rows[index.row()]
        column = self.columns()[index.column()]
        if role == ReportRole:
            return report
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(report, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return report.text
        if column == "state" and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, text = state_colors(report.state, self.theme)
            return QColor(background if role == Qt.ItemDataRole.BackgroundRole else text)
        if column == "state" and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, report: Report, column: str) -> str:
        if column == "when":
            return date_time(report.at)
        if column == "who":
            return report.author
        if column == "kind":
            return f"{type_label(report.type.value)} · {kind_label(report.kind)}"
        if column == "subject":
            return subject(report)
        if column == "text":
            return excerpt(report.text)
        if column == "state":
            return state_label(report.state.value)
        return report.owner or ""


class GapTableModel(QAbstractTableModel):
    """Open content gaps: an example of what was searched, people left without an answer (of those
    who searched it), searches, last seen, and the
    normalised query they are grouped by last (it reads like "7 wifi точк": the example is what
    a marketer reads; the key is what `enablement insights gap plan KEY` takes)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Gap] = []

    def set_gaps(self, gaps: list[Gap]) -> None:
        self.beginResetModel()
        self.rows = list(gaps)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Searched for"),
            self.tr("Left without an answer"),
            self.tr("Searches"),
            self.tr("Last seen"),
            self.tr("Grouped as"),
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        gap = self.rows[index.row()]
        if role == ReportRole:
            return gap
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                gap.example,
                self.tr("%1 of %2 people").replace("%1", str(gap.people)).replace("%2", gap.searchers_shown),
                str(gap.searches),
                short_date(gap.last_seen),
                gap.key,
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (0, 4):
            return self.tr("Searches grouped as “%1”").replace("%1", gap.key)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return (
                self.tr("%1 of the %2 people who searched this found nothing or opened none of the results")
                .replace("%1", str(gap.people))
                .replace("%2", gap.searchers_shown)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
