"""Translated names for the feedback loop's stored values: kinds of intel, verdicts, size bands, states.

Reports store stable English keys ("deal_lost", "outdated"); the UI shows them in the user's
language. Functions, not constants, so a language switch takes effect at the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from enablement.insights import IntelKind, ReportState, SizeBand, Verdict

translate = QCoreApplication.translate  # lupdate finds translate("Loop", "…") calls


def intel_kind_name(kind: str) -> str:
    names: dict[str, str] = {
        IntelKind.PRICE: translate("Loop", "Competitor price"),
        IntelKind.CLAIM: translate("Loop", "Competitor claim"),
        IntelKind.OBJECTION: translate("Loop", "Objection heard"),
        IntelKind.DEAL_WON: translate("Loop", "Deal won"),
        IntelKind.DEAL_LOST: translate("Loop", "Deal lost"),
        IntelKind.REQUEST: translate("Loop", "Request for material"),
    }
    return names.get(kind, str(kind))


def verdict_name(verdict: str) -> str:
    names: dict[str, str] = {
        Verdict.HELPED: translate("Loop", "Helped me win"),
        Verdict.OUTDATED: translate("Loop", "Outdated"),
        Verdict.WRONG: translate("Loop", "Wrong"),
        Verdict.MISSING: translate("Loop", "Missing something"),
    }
    return names.get(verdict, str(verdict))


def size_band_name(band: str) -> str:
    names: dict[str, str] = {
        SizeBand.LT1M: translate("Loop", "under 1 M"),
        SizeBand.M1_5: translate("Loop", "1–5 M"),
        SizeBand.M5_20: translate("Loop", "5–20 M"),
        SizeBand.GT20M: translate("Loop", "over 20 M"),
    }
    return names.get(band, str(band))


def state_name(state: str) -> str:
    names: dict[str, str] = {
        ReportState.NEW: translate("Loop", "new"),
        ReportState.ACCEPTED: translate("Loop", "accepted"),
        ReportState.PLANNED: translate("Loop", "planned"),
        ReportState.DONE: translate("Loop", "done"),
        ReportState.DECLINED: translate("Loop", "declined"),
    }
    return names.get(state, str(state))
