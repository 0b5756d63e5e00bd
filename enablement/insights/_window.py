"""The dashboard's window of weeks, shared by the figures (figures.py) and coverage_voice.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

__all__ = ["DEFAULT_WEEKS", "WEEK_CHOICES", "WeekValue", "Window"]

# The period the shared numbers cover unless asked otherwise: the dashboard's, the Gaps tab's and
# the CLI's (`insights dashboard`, `insights gaps`), so a gap on the list is a gap on the dashboard.
DEFAULT_WEEKS = 8
# The periods the app offers (the Numbers page's and the Gaps tab's period box), DEFAULT_WEEKS among
# them: a gap on any of their lists is one the CLI's decisions find.
WEEK_CHOICES = (4, 8, 12, 26)


@dataclass(frozen=True, slots=True)
class WeekValue:
    """One week of a trend: the week starting `start` (oldest first); None when hidden or empty."""

    start: date
    value: float | None


@dataclass(frozen=True, slots=True)
class Window:
    """The dashboard's window, and the aggregates already read over it (in the same transaction)."""

    now: datetime
    since: datetime
    weeks: int
    read: dict[str, list[dict[str, Any]]] = field(default_factory=dict, compare=False)

    def indexes(self) -> list[int]:
        """Week numbers (0 = the last seven days), oldest first."""
        return list(range(self.weeks - 1, -1, -1))

    def weeks_list(self) -> list[tuple[datetime, datetime]]:
        return [(self.now - timedelta(weeks=k + 1), self.now - timedelta(weeks=k)) for k in self.indexes()]

    def week_of(self, at: datetime) -> int:
        """The week number of `at` as the aggregates' WEEK() counts it (whole weeks back from now)."""
        return int((self.now - at) / timedelta(weeks=1))

    def trend(self, rows: dict[int, dict[str, Any]], column: str) -> list[WeekValue]:
        return [
            WeekValue(start.date(), None if rows.get(k, {}).get(column) is None else int(rows[k][column]))
            for k, (start, _) in zip(self.indexes(), self.weeks_list(), strict=True)
        ]
