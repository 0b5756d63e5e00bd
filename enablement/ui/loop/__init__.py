"""The feedback loop in the app: field intel, content feedback, the inbox and the shared numbers.

Widgets only: every rule and figure lives in `enablement.insights`; these pages call its
services through the task runner and draw what comes back.
"""

from enablement.ui.loop.dashboard_page import DashboardPage
from enablement.ui.loop.inbox_page import InboxPage

__all__ = ["DashboardPage", "InboxPage"]
