"""Display texts and colours of reports (inbox, intel dialog, feedback strip) in the UI language.

The service stores English keys ("declined", "deal_lost", "outdated"); what is shown here is
only a label, and what goes back to the service is always the key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from enablement.insights.labels import gone_label
from enablement.insights.models import Report, ReportState, ReportType
from enablement.ui.messages import translated
from enablement.ui.theme import Theme

translate = QCoreApplication.translate  # lupdate finds translate("Inbox", "…") calls


def state_label(state: str) -> str:
    labels = {
        "new": translate("Inbox", "New"),
        "accepted": translate("Inbox", "Accepted"),
        "planned": translate("Inbox", "Planned"),
        "done": translate("Inbox", "Done"),
        "declined": translate("Inbox", "Declined"),
    }
    return labels.get(state, state)


def type_label(type_: str) -> str:
    return {
        "intel": translate("Inbox", "Intel"),
        "feedback": translate("Inbox", "Feedback"),
    }.get(type_, type_)


def kind_label(kind: str) -> str:
    """An intel kind or a feedback verdict."""
    labels = {
        "price": translate("Inbox", "Competitor price"),
        "claim": translate("Inbox", "Competitor claim"),
        "objection": translate("Inbox", "Objection heard"),
        "deal_won": translate("Inbox", "Deal won"),
        "deal_lost": translate("Inbox", "Deal lost"),
        "request": translate("Inbox", "Request for material"),
        "helped": translate("Inbox", "Helped me win"),
        "outdated": translate("Inbox", "Outdated"),
        "wrong": translate("Inbox", "Wrong"),
        "missing": translate("Inbox", "Missing something"),
    }
    return labels.get(kind, kind)


def outcome_label(outcome: str) -> str:
    return {
        "won": translate("Inbox", "won"),
        "lost": translate("Inbox", "lost"),
        "open": translate("Inbox", "still open"),
    }.get(outcome, outcome)


def size_label(band: str) -> str:
    return {
        "lt1m": translate("Inbox", "under 1 M"),
        "1-5m": translate("Inbox", "1–5 M"),
        "5-20m": translate("Inbox", "5–20 M"),
        "gt20m": translate("Inbox", "over 20 M"),
    }.get(band, band)


def unit_label(kind: str | None, number: int | None) -> str:
    if not kind or number is None:
        return ""
    text = {
        "slide": translate("Inbox", "slide %1"),
        "page": translate("Inbox", "page %1"),
        "row": translate("Inbox", "row %1"),
        "section": translate("Inbox", "section %1"),
    }.get(kind, f"{kind} %1")
    return text.replace("%1", str(number))


def subject(report: Report) -> str:
    """What a report is about: the competitor and product for intel, the item and unit for feedback."""
    if report.type is ReportType.FEEDBACK:
        unit = unit_label(report.unit_kind, report.unit_number)
        title = report.item_title or ""
        about = f"{title} · {unit}" if unit else title
        # "(the slide was since removed)": the same sentence as the CLI's, translated
        return f"{about} {translated(gone_label(report.unit_kind))}" if report.gone else about
    return " · ".join(p for p in (report.competitor, report.product) if p)


def excerpt(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def state_colors(state: ReportState | str, theme: Theme) -> tuple[str, str]:
    """(background, text) of a state's chip."""
    state = str(state)
    if state == "new":
        return theme.accent_soft, theme.accent
    if state == "accepted":
        return theme.chip_tag, theme.chip_tag_text
    if state == "planned":
        return theme.warning_soft, theme.warning
    if state == "done":
        return theme.chip_product, theme.chip_product_text
    return theme.chip_competitor, theme.chip_competitor_text  # declined


def chip_style(state: ReportState | str, theme: Theme) -> str:
    background, text = state_colors(state, theme)
    return (
        f"QLabel {{ background: {background}; color: {text}; border-radius: 9px;"
        " padding: 1px 8px; font-weight: 600; }"
    )


def event_text(action: str, old: str | None, new: str | None) -> str:
    """One line of a report's history in words."""
    if action == "create":
        return translate("Inbox", "sent")
    if action == "state":
        return (
            translate("Inbox", "moved from %1 to %2")
            .replace("%1", state_label(old or ""))
            .replace("%2", state_label(new or ""))
        )
    if action == "assign":
        if not new:
            return translate("Inbox", "cleared the owner")
        return translate("Inbox", "made %1 the owner").replace("%1", new)
    if action == "answer":
        return translate("Inbox", "answered: %1").replace("%1", excerpt(new or "", 120))
    if action == "link":
        if old:  # what it replaced stays in the history: "linked it to «Deck» (replacing «Acme card»)"
            return (
                translate("Inbox", "linked it to %1 (replacing %2)")
                .replace("%1", new or "")
                .replace("%2", old)
            )
        return translate("Inbox", "linked it to %1").replace("%1", new or "")
    return f"{action}: {new or ''}"
