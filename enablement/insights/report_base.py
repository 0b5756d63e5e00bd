"""The base of `ReportService`: the library, the clock, and the few steps every part shares
(who acts, whether they are marketing, reading and writing one report row).

Split from `enablement.insights.reports` along with the sending, reading and triage parts so
that each rule lives in a file one can read at once; `ReportService` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.errors import NotFound, ReportError, marketing_only
from enablement.insights._report_values import MAX_TEXT_CHARS as MAX_TEXT_CHARS  # the UI's limit
from enablement.insights._report_values import (
    event,
    report_from_row,
    utc,
)
from enablement.insights.models import (
    Report,
    ReportState,
)
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store import repository
from enablement.store.library import Library
from enablement.store.schema import (
    people,
    reports,
)


class ReportBase:
    """What every part of ReportService uses: the library, the clock and the report row."""

    def __init__(self, library: Library, *, clock: Callable[[], datetime] = repository.utcnow) -> None:
        """Serve `library`.

        Args:
            library: the library whose items the feedback is about and whose blob store keeps
                attachments (shared through the server on a team library).
            clock: the current time (tests pass a fake one).
        """
        self._library = library
        self._clock = clock

    def now(self) -> datetime:
        return utc(self._clock())

    def _actor(self, actor: str) -> str:
        actor = (actor or "").strip()
        if not actor:
            raise ReportError(QT_TRANSLATE_NOOP("Messages", "Say who is acting (`--user NAME`)."))
        return actor

    def _manager(self, conn: Connection, actor: str, doing: str) -> None:
        role = repository.person_role(conn, actor)
        if role not in ("marketing", "admin"):
            no_profile = QT_TRANSLATE_NOOP("Messages", "no profile")
            raise marketing_only(doing, actor, Message(role or no_profile), team=self._library.is_team)

    def _insert(self, conn: Connection, actor: str, now: datetime, **values: Any) -> int:
        team = conn.execute(sa.select(people.c.team).where(people.c.name == actor)).scalar() or ""
        report_id = int(
            conn.execute(
                sa.insert(reports)
                .values(
                    at=now, author=actor, team=team, state=ReportState.NEW.value, updated_at=now, **values
                )
                .returning(reports.c.id)
            ).scalar_one()
        )
        event(conn, now, report_id, actor, "create", None, f"{values['type']}:{values['kind']}")
        return report_id

    def _report(self, conn: Connection, report_id: int, *, lock: bool = False) -> Report:
        query = sa.select(reports).where(reports.c.id == report_id)
        if lock and conn.dialect.name == "postgresql":
            query = query.with_for_update()
        row = conn.execute(query).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "There is no report {report}."), report=report_id)
        return report_from_row(row)

    def _update(self, conn: Connection, report_id: int, now: datetime, **values: Any) -> None:
        conn.execute(sa.update(reports).where(reports.c.id == report_id).values(updated_at=now, **values))
