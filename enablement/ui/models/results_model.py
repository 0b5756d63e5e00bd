"""Search hits as a list model, optionally grouped by item with expandable groups.

A flat list (not a tree) so that ↑/↓ walk every visible hit and the delegate
paints each row as one card; a group's first hit is its leader row and the
rest follow it, indented, once the group is expanded. Ungrouped, the list keeps
the service's order, where an item shows at most a few hits and the rest are
collapsed under its last shown one (`hit.more`): that row expands the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from enablement.ui import labels

HitRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class ResultRow:
    """One visible row.

    Attributes:
        hit: the search hit (enablement.search.results.SearchHit).
        child: a non-leading hit of an expanded group.
        group_size: for a leader, how many hits its item has in this answer (ungrouped: the
            hit itself plus the ones collapsed under it).
        expanded: for a leader, whether its other hits are shown.
        total_units: slides/pages/rows in the hit's item (0 if unknown), for "Slide 7 of 24".
    """

    hit: Any
    child: bool = False
    group_size: int = 1
    expanded: bool = False
    total_units: int = 0

    @property
    def location(self) -> str:
        h = self.hit
        return labels.location(h.unit, h.number, self.total_units, h.heading if h.unit == "section" else "")


class ResultsModel(QAbstractListModel):
    """The hits of the current answer, grouped by item when `grouped` is on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Any] = []
        self._groups: list[list[Any]] = []
        self._expanded: set[int] = set()
        self._rows: list[ResultRow] = []
        self._totals: dict[int, int] = {}
        self.grouped = True

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.hit.title} — {row.location}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.hit.source
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.hit.title}, {row.location}: {row.hit.snippet.replace('**', '')}"
        if role == HitRole:
            return row.hit
        if role == RowRole:
            return row
        return None

    # ------------------------------------------------------------------ content

    def set_hits(
        self, hits: list[Any], totals: dict[int, int] | None = None, *, keep_expanded: bool = True
    ) -> None:
        """Replace the answer; groups keep their expanded state if the same items come back
        (unless `keep_expanded` is False: a new query starts with every group collapsed)."""
        self.beginResetModel()
        self._totals = dict(totals or {})
        self._hits = list(hits)
        order: dict[int, list[Any]] = {}
        for hit in hits:
            order.setdefault(hit.item, []).extend([hit, *getattr(hit, "more", ())])
        self._groups = list(order.values())
        self._expanded = self._expanded & set(order) if keep_expanded else set()
        self._rebuild()
        self.endResetModel()

    def set_grouped(self, grouped: bool) -> None:
        if grouped == self.grouped:
            return
        self.beginResetModel()
        self.grouped = grouped
        self._rebuild()
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def _rebuild(self) -> None:
        if not self.grouped:  # ranking order of the service, collapsed hits under their item's last one
            flat: list[ResultRow] = []
            for h in self._hits:
                total, more = self._totals.get(h.item, 0), list(getattr(h, "more", ()))
                expanded = bool(more) and h.item in self._expanded
                flat.append(ResultRow(h, group_size=1 + len(more), expanded=expanded, total_units=total))
                if expanded:
                    flat.extend(ResultRow(m, child=True, total_units=total) for m in more)
            self._rows = flat
            return
        rows: list[ResultRow] = []
        for group in self._groups:
            item = group[0].item
            total = self._totals.get(item, 0)
            expanded = item in self._expanded
            rows.append(ResultRow(group[0], group_size=len(group), expanded=expanded, total_units=total))
            if expanded:
                rows.extend(ResultRow(h, child=True, total_units=total) for h in group[1:])
        self._rows = rows

    # ------------------------------------------------------------------ queries

    def row(self, index: int) -> ResultRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def hit(self, index: int) -> Any:
        row = self.row(index)
        return row.hit if row else None

    def hits(self) -> list[Any]:
        return [r.hit for r in self._rows]

    def item_count(self) -> int:
        return len(self._groups)

    def toggle_group(self, index: int) -> int:
        """Expand or collapse the group of row `index`; returns the leader's new row."""
        row = self.row(index)
        if row is None:
            return index
        item = row.hit.item
        if self.grouped:
            group = next((g for g in self._groups if g[0].item == item), None)
            if group is None or len(group) < 2:
                return index
        elif not any(h.item == item and getattr(h, "more", None) for h in self._hits):
            return index
        self.beginResetModel()
        if item in self._expanded:
            self._expanded.discard(item)
        else:
            self._expanded.add(item)
        self._rebuild()
        self.endResetModel()
        leaders = (n for n, r in enumerate(self._rows) if r.hit.item == item and not r.child)
        if not self.grouped:  # the row the item's other hits collapse under
            leaders = (n for n, r in enumerate(self._rows) if r.hit.item == item and r.group_size > 1)
        return next(leaders)

    def set_expanded(self, index: int, expanded: bool) -> int:
        row = self.row(index)
        if row is None:
            return index
        is_open = row.hit.item in self._expanded
        if is_open != expanded:
            return self.toggle_group(index)
        return index
