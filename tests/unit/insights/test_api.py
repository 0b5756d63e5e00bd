"""The insights package's public names are a contract with the CLI, the UI and the app."""

from __future__ import annotations

import enablement.insights


def test_exported_report_names_are_locked() -> None:
    assert {
        "DealOutcome",
        "FeedbackComment",
        "FeedbackSummary",
        "IntelKind",
        "KnownValues",
        "LinkKind",
        "Report",
        "ReportEvent",
        "ReportService",
        "ReportState",
        "ReportType",
        "SizeBand",
        "UnitFeedback",
        "Verdict",
    } <= set(enablement.insights.__all__)
    for name in enablement.insights.__all__:
        assert getattr(enablement.insights, name).__module__.startswith("enablement.insights")
