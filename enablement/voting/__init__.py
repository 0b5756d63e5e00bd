"""Voting on drafts and upcoming products: ballots, votes with reasons, decisions, notifications.

Qt-free. `VotingService` holds every rule; the CLI (`enablement.cli.voting`) and the UI
(`enablement.ui.voting`) only call it.
"""

from enablement.voting.models import (
    AuditEntry,
    Ballot,
    BallotSpec,
    Decision,
    Notification,
    Outcome,
    Person,
    Product,
    Reason,
    Results,
    Role,
    Status,
    Subject,
    UnitComment,
    Vote,
)
from enablement.voting.service import VotingService

__all__ = [
    "AuditEntry",
    "Ballot",
    "BallotSpec",
    "Decision",
    "Notification",
    "Outcome",
    "Person",
    "Product",
    "Reason",
    "Results",
    "Role",
    "Status",
    "Subject",
    "UnitComment",
    "Vote",
    "VotingService",
]
