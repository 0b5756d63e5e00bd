"""The voting package's public names are a contract with the CLI, the UI and the app."""

from __future__ import annotations

import enablement.voting


def test_exported_names_are_locked() -> None:
    assert sorted(enablement.voting.__all__) == [
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
    for name in enablement.voting.__all__:
        assert getattr(enablement.voting, name).__module__.startswith("enablement.voting")


def test_outcomes_parse_case_and_slug_forms() -> None:
    from enablement.voting import Outcome

    for text, outcome in [
        ("Go", Outcome.GO),
        ("go", Outcome.GO),
        ("GO WITH CHANGES", Outcome.GO_WITH_CHANGES),
        ("go-with-changes", Outcome.GO_WITH_CHANGES),
        ("go_with_changes", Outcome.GO_WITH_CHANGES),
        ("no-go", Outcome.NO_GO),
        ("No go", Outcome.NO_GO),
        ("nogo", Outcome.NO_GO),
        ("postponed", Outcome.POSTPONED),
    ]:
        assert Outcome.parse(text) is outcome
