"""The feedback loop: field intel and content feedback from sales, triage by marketing.

Qt-free. `ReportService` holds every rule of reports; the CLI (`enablement.cli.intel`) and
the UI only call it. The shared figures live in their own modules of this package: usage
(`UsageService`), content gaps (`GapService`) and the dashboard (`InsightsService`).
"""

from enablement.insights.models import (
    DealOutcome,
    EarlierFeedback,
    FeedbackComment,
    FeedbackSummary,
    IntelKind,
    KnownValues,
    LinkKind,
    LinkTarget,
    Placement,
    Report,
    ReportEvent,
    ReportState,
    ReportType,
    SizeBand,
    UnitFeedback,
    Verdict,
)
from enablement.insights.reports import ReportService

__all__ = [
    "DealOutcome",
    "EarlierFeedback",
    "FeedbackComment",
    "FeedbackSummary",
    "IntelKind",
    "KnownValues",
    "LinkKind",
    "LinkTarget",
    "Placement",
    "Report",
    "ReportEvent",
    "ReportService",
    "ReportState",
    "ReportType",
    "SizeBand",
    "UnitFeedback",
    "Verdict",
]
