"""The voting tab: board, ballot page, marketer dialogs and notifications (PySide6)."""

from enablement.ui.voting.panel import VotingPanel

__all__ = ["VotingPanel"]
