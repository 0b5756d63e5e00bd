"""Results from vote rows: counted on every read, never kept in counters that could drift."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from enablement.voting.models import Ballot, Reason, Results

NO_TEAM = "(no team)"


def tally_results(ballot: Ballot, rows: Sequence[Any], audience_size: int, *, visible: bool) -> Results:
    """`rows` have option, reason, team and name; hidden results carry only votes and turnout."""
    result = Results(
        ballot_id=ballot.id,
        visible=visible,
        votes=len(rows),
        audience_size=audience_size,
        turnout=round(len(rows) / audience_size, 4) if audience_size else 0.0,
        tally=None,
        by_team=None,
        reasons=None,
    )
    if not visible:
        return result
    tally = dict.fromkeys(ballot.options, 0)
    by_team: dict[str, dict[str, int]] = {}
    reasons: dict[str, list[Reason]] = {o: [] for o in ballot.options}
    for r in rows:
        tally[r.option] = tally.get(r.option, 0) + 1
        team = by_team.setdefault(r.team or NO_TEAM, dict.fromkeys(ballot.options, 0))
        team[r.option] = team.get(r.option, 0) + 1
        if r.reason:
            reasons.setdefault(r.option, []).append(Reason(r.name, r.team, r.reason))
    result.tally, result.by_team, result.reasons = tally, dict(sorted(by_team.items())), reasons
    if ballot.is_score and rows:
        result.mean_score = round(sum(int(r.option) for r in rows) / len(rows), 2)
    return result
