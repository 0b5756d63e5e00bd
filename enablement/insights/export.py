"""The dashboard as CSV files, one per figure, for a meeting or a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from enablement.insights.figures import Dashboard

__all__ = ["export_csv"]


def export_csv(dashboard: Dashboard, folder: Path) -> list[Path]:
    """Write one CSV per figure into `folder` (created if missing); hidden counts are left empty."""
    folder.mkdir(parents=True, exist_ok=True)
    data = dashboard.to_json()
    tables: dict[str, list[dict[str, Any]]] = {
        "freshness": [
            {"week_start": w["start"], "share_past_review": w["value"]} for w in data["freshness"]["weekly"]
        ],
        "coverage": data["coverage"],
        "response": [
            {"week_start": s["start"], "share_answered": s["value"], "median_hours": m["value"]}
            for s, m in zip(
                data["response"]["weekly_share_answered"],
                data["response"]["weekly_median_hours"],
                strict=True,
            )
        ],
        "turnout": data["voice"]["turnout"],
        "against_majority": data["voice"]["against_majority"],
        "top_searches": data["demand"]["top_searches"],
        "gaps": data["demand"]["top_gaps"],
        "searches_weekly": [
            {"week_start": s["start"], "searches": s["value"], "zero_hits": z["value"]}
            for s, z in zip(
                data["demand"]["weekly_searches"], data["demand"]["weekly_zero_hits"], strict=True
            )
        ],
        "usage_items": data["usage"]["items"],
        "usage_teams": data["usage"]["teams"],
        "usage_competitors": data["usage"]["competitors"],
    }
    written = []
    for name, rows in tables.items():
        path = folder / f"{name}.csv"
        columns = list(rows[0]) if rows else ["empty"]
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written
