"""The dashboard as CSV files, one per figure, for a meeting or a spreadsheet."""

from __future__ import annotations

import csv
from dataclasses import fields
from pathlib import Path
from typing import Any

from enablement.insights.figures import (
    AgainstMajority,
    CompetitorCoverage,
    Dashboard,
    TeamTurnout,
    TopSearch,
    UsageCount,
)
from enablement.insights.gaps import Gap

__all__ = ["HIDDEN", "WITHHELD", "export_csv"]

# What a cell says when its count is hidden: it covers fewer than three people, or it would give such
# a group away beside the total (secondary suppression). A blank would read as "no data" or zero in a
# spreadsheet, which is the misleading figure the minimum-group rule exists to avoid.
HIDDEN = "hidden (privacy)"
# What a total says when 3 or more people are behind it but it is withheld, because it would give a
# hidden smaller count away by subtraction (a usage row's `withheld`, a competitor's `usage_withheld`).
WITHHELD = "withheld (3+ people)"
_WITHHELD_BY = {"withheld": ("events", "people"), "usage_withheld": ("usage",)}
# Columns whose empty value means "nothing to measure", not "hidden" (no competitor named yet, no
# decision that week). A week's turnout is empty both when fewer than three sellers were asked and
# when no ballot ended: "hidden" covers both, as the dashboard's stub does.
_NOT_HIDDEN = {
    "share_past_review",
    "newest_age_days",
    "rationale",
    "item_id",
    "title",
    "share_with_battlecard",
    "share_with_majority",
}


def _cell(row: dict[str, Any], key: str, value: Any) -> Any:
    """A CSV cell: HIDDEN or WITHHELD in place of a None count, as the row's flags say."""
    if value is not None or key in _NOT_HIDDEN:
        return value
    withheld = any(row.get(flag) and key in keys for flag, keys in _WITHHELD_BY.items())
    return WITHHELD if withheld else HIDDEN


def _columns(model: type) -> list[str]:
    return [f.name for f in fields(model)]


def _never(usage: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per published item nobody used or no search showed: `never_found` is None (read
    HIDDEN) when the window's searches come from fewer than three people."""
    used = None if usage["never_used"] is None else set(usage["never_used"])
    found = None if usage["never_found"] is None else set(usage["never_found"])
    return [
        {
            "item_id": item_id,
            "title": title,
            "never_used": None if used is None else item_id in used,
            "never_found": None if found is None else item_id in found,
        }
        for item_id, title in usage["titles"].items()
    ]


def _gap_row(gap: Gap) -> dict[str, Any]:
    """A gap's row; withheld searchers (1 or 2 of them served) read "6+", not HIDDEN: they are more."""
    return gap.to_json() | {"searchers": gap.searchers_shown}


def export_csv(dashboard: Dashboard, folder: Path) -> list[Path]:
    """Write one CSV per figure into `folder` (created if missing); a hidden count reads HIDDEN.

    Every file has its header even when the figure has no rows, so a spreadsheet that reads
    these files every week keeps its columns.
    """
    folder.mkdir(parents=True, exist_ok=True)
    data = dashboard.to_json()
    trend = data["coverage_trend"]  # one column per competitor's weekly searches, named apart from the rest
    names = [c["competitor"] for c in trend["competitors"]]
    tables: dict[str, tuple[list[str], list[dict[str, Any]]]] = {
        "freshness": (
            ["week_start", "share_past_review"],
            [
                {"week_start": w["start"], "share_past_review": w["value"]}
                for w in data["freshness"]["weekly"]
            ],
        ),
        "coverage": (_columns(CompetitorCoverage), data["coverage"]),
        "response": (
            ["week_start", "share_answered", "median_hours"],
            [
                {"week_start": s["start"], "share_answered": s["value"], "median_hours": m["value"]}
                for s, m in zip(
                    data["response"]["weekly_share_answered"],
                    data["response"]["weekly_median_hours"],
                    strict=True,
                )
            ],
        ),
        "coverage_weekly": (
            ["week_start", "share_with_battlecard", "searches", *(f"searches {c}" for c in names)],
            [
                {
                    "week_start": share["start"],
                    "share_with_battlecard": share["value"],
                    "searches": searches["value"],
                    **{
                        f"searches {c['competitor']}": c["weekly_searches"][n]["value"]
                        for c in trend["competitors"]
                    },
                }
                for n, (share, searches) in enumerate(
                    zip(trend["weekly_share_with_battlecard"], trend["weekly_searches"], strict=True)
                )
            ],
        ),
        "turnout": (_columns(TeamTurnout), data["voice"]["turnout"]),
        "voice_weekly": (
            ["week_start", "turnout", "share_with_majority"],
            [
                {"week_start": t["start"], "turnout": t["value"], "share_with_majority": m["value"]}
                for t, m in zip(
                    data["voice"]["weekly_turnout"], data["voice"]["weekly_share_with_majority"], strict=True
                )
            ],
        ),
        "against_majority": (_columns(AgainstMajority), data["voice"]["against_majority"]),
        "top_searches": (_columns(TopSearch), data["demand"]["top_searches"]),
        "gaps": (_columns(Gap), [_gap_row(g) for g in dashboard.demand.top_gaps]),
        "searches_weekly": (
            ["week_start", "searches", "zero_hits"],
            [
                {"week_start": s["start"], "searches": s["value"], "zero_hits": z["value"]}
                for s, z in zip(
                    data["demand"]["weekly_searches"], data["demand"]["weekly_zero_hits"], strict=True
                )
            ],
        ),
        "usage_items": (_columns(UsageCount), data["usage"]["items"]),
        "usage_teams": (_columns(UsageCount), data["usage"]["teams"]),
        "usage_competitors": (_columns(UsageCount), data["usage"]["competitors"]),
        "usage_never": (["item_id", "title", "never_used", "never_found"], _never(data["usage"])),
    }
    written = []
    for name, (columns, rows) in tables.items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _cell(row, k, v) for k, v in row.items()})
        written.append(path)
    return written
