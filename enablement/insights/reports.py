"""The feedback loop's reports: field intel and content feedback from sales, triage by marketing.

Rules live here, not in the UI or the CLI, so both enforce the same ones:

* anyone who acts may send intel (what they met in the field) and feedback (a verdict on one
  slide, page, row or section of an item's current version); the report keeps the item's
  title, so it survives the item's removal.
* triage is marketing's (and admin's): the role comes from `people.role` for the actor, as
  in voting. Marketing sees one inbox, moves a report new → accepted → planned → done (steps
  may be skipped) or declines it with a reason, assigns an owner, answers, and links the
  report to what it led to (an item, a battle card being an item, a ballot, or a new version
  of an item). Every change writes a `report_events` row;
  an answer (a decline's reason is one) notifies the author.
* the author sees the fate of everything they sent (`my_reports`).
* feedback records the item's version it was given on; it shows on a current unit only when
  given on the current version or on an earlier one whose unit has the same content, and is
  otherwise listed per item as given on an earlier version (enablement.insights.feedback_versions).
* team mode (enablement.team): the database enforces the same split with row-level security,
  so a seller inserts only their own reports and reads no one else's; feedback roll-ups are
  marketing's.
"""

from enablement.insights._report_values import MAX_TEXT_CHARS as MAX_TEXT_CHARS  # the UI's limit
from enablement.insights.attachments import ATTACHMENT_SUFFIXES as ATTACHMENT_SUFFIXES
from enablement.insights.report_reading import ReportReading
from enablement.insights.report_sending import MAX_ATTACHMENT_BYTES as MAX_ATTACHMENT_BYTES
from enablement.insights.report_sending import ReportSending
from enablement.insights.report_triage import ReportTriage

__all__ = ["ATTACHMENT_SUFFIXES", "MAX_ATTACHMENT_BYTES", "MAX_TEXT_CHARS", "ReportService"]


class ReportService(ReportSending, ReportReading, ReportTriage):
    """Field intel, content feedback and their triage over one library.

    Every method that acts takes `actor`, the acting person's name; role checks happen
    here. Methods open their own short transaction, so the service is safe to call from
    worker threads.

    The parts live in their own modules: sending (enablement.insights.report_sending), reading
    and roll-ups (report_reading), triage (report_triage), on a shared base (report_base).
    """
