"""What the inbox loads in one background task: plain data gathered off the UI thread.

Qt-free (it runs on the task runner's threads). "Who may triage" is read from the person's
profile, as the services decide it; the database on a team server refuses a seller anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from enablement.insights.gaps import DEFAULT_WEEKS, Gap
from enablement.insights.models import LinkKind, LinkTarget, Report, ReportEvent, ReportState
from enablement.store import repository

if TYPE_CHECKING:
    from enablement.app import Services

MANAGER_ROLES = ("marketing", "admin")
TRIAGE_LIMIT = 500


@dataclass(slots=True)
class Choice:
    """Something a report can be linked to or a gap answered by: an item or a ballot."""

    id: int
    title: str
    kind: str = ""


@dataclass(slots=True)
class InboxData:
    """Everything the page shows, as the acting person may see it.

    Attributes:
        role: the person's role ("sales", "marketing", "admin"; "" without a profile).
        triage: the marketing inbox (None when the person may not read it).
        unread_answers: ids of unread notifications about the person's reports.
        people: the marketers and admins, who may own a report (the owner choices and filter).
        ballots: ballot id -> title, to name a report's "led to" ballot.
        items: the library's items, to name a "led to" item and to choose one to link.
        versions: every item's versions, to choose one to link (marketing only).
        targets: what the reports on show led to, named (a version: its number and item).
    """

    user: str
    role: str
    team: bool
    mine: list[Report]
    unread_answers: list[int]
    triage: list[Report] | None = None
    people: list[str] = field(default_factory=list)
    ballots: dict[int, str] = field(default_factory=dict)
    items: list[Choice] = field(default_factory=list)
    versions: list[LinkTarget] = field(default_factory=list)
    targets: dict[tuple[LinkKind, int], LinkTarget] = field(default_factory=dict)

    @property
    def may_triage(self) -> bool:
        return self.role in MANAGER_ROLES

    @property
    def new_count(self) -> int:
        return sum(1 for r in self.triage or [] if r.state is ReportState.NEW)

    @property
    def badge(self) -> int:
        """Unread answers, plus the entries waiting in state "new" for a marketer."""
        return len(self.unread_answers) + (self.new_count if self.may_triage else 0)


def load_inbox(services: Services) -> InboxData:
    """The page's data for `services.user`; their profile is created on a personal library."""
    user = services.user
    voting = services.voting
    # A personal library creates the profile on first use; on a team server it comes with the login.
    role = repository_role(services, user) if services.is_team else voting.ensure_person(user).role.value
    data = InboxData(
        user=user,
        role=role,
        team=services.is_team,
        mine=services.reports.my_reports(user),
        unread_answers=[
            n.id for n in voting.notifications(user, unread_only=True, limit=500) if n.kind == "report"
        ],
    )
    data.ballots = {b.id: b.title for b in voting.list_ballots(user)}
    data.items = list_items(services)
    if data.may_triage:
        data.triage = services.reports.inbox(user, limit=TRIAGE_LIMIT)
        # The owner choices: a report's owner is a marketer or an admin (ReportService.assign).
        data.people = [p.name for p in voting.list_people() if p.role.value in MANAGER_ROLES]
        data.versions = services.reports.versions_to_link()
    data.targets = services.reports.link_targets([*data.mine, *(data.triage or [])])
    return data


def repository_role(services: Services, user: str) -> str:
    with services.library.reading() as conn:
        return repository.person_role(conn, user) or ""


def list_items(services: Services) -> list[Choice]:
    """The library's items (drafts too: a report may lead to a draft that goes to a ballot)."""
    with services.library.reading() as conn:
        found = repository.list_items(conn, include_archived=False)
    return [Choice(i.id, i.title, str(i.kind)) for i in found]


def load_history(services: Services, report_id: int) -> tuple[int, list[ReportEvent]]:
    return report_id, services.reports.history(services.user, report_id)


def mark_answers_read(services: Services, ids: list[int]) -> int:
    return services.voting.mark_read(services.user, ids) if ids else 0


def load_gaps(services: Services) -> list[Gap]:
    return services.insights.gaps.open_gaps(weeks=DEFAULT_WEEKS)  # the dashboard's period


def take_marketing_role(services: Services) -> None:
    """On a personal library the single user may take the marketing role to triage."""
    services.voting.update_person(services.user, services.user, role="marketing")
