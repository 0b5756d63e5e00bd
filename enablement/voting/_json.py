"""JSON-ready views of ballots and results (the CLI's `--json` shapes)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from enablement.voting.models import Ballot, Person, Results, Subject, Vote


def ballot_json(ballot: Ballot, now: datetime) -> dict[str, Any]:
    """A ballot as JSON-ready built-ins (the CLI's `--json` shape)."""
    decision = ballot.decision
    return {
        "id": ballot.id,
        "title": ballot.title,
        "question": ballot.question,
        "status": ballot.status.value,
        "subject": ballot.subject.value,
        "item_id": ballot.item_id,
        "item_title": ballot.item_title or None,
        "product": ballot.product.to_json() if ballot.subject is Subject.PRODUCT else None,
        "options": ballot.options,
        "scale": ballot.scale,
        "negative_options": ballot.negative_options,
        "reason_required": ballot.reason_required,
        "hide_totals": ballot.hide_totals,
        "audience": ballot.audience,
        "opens_at": ballot.opens_at.isoformat(),
        "closes_at": ballot.closes_at.isoformat() if ballot.closes_at else None,
        "seconds_left": ballot.seconds_left(now),
        "closed_at": ballot.closed_at.isoformat() if ballot.closed_at else None,
        "created_by": ballot.created_by,
        "votes": ballot.votes,
        "decision": (
            {
                "outcome": decision.outcome.value,
                "rationale": decision.rationale,
                "decided_by": decision.decided_by,
                "decided_at": decision.decided_at.isoformat(),
            }
            if decision
            else None
        ),
    }


def show_json(
    ballot: Ballot, results: Results, mine: Vote | None, heat: dict[int, int], now: datetime
) -> dict[str, Any]:
    reasons = None
    if results.reasons is not None:
        reasons = {
            option: [{"voter": r.voter, "team": r.team, "reason": r.text} for r in entries]
            for option, entries in results.reasons.items()
        }
    return {
        **ballot_json(ballot, now),
        "tally": results.tally,
        "votes": results.votes,
        "turnout": results.turnout,
        "audience_size": results.audience_size,
        "by_team": results.by_team,
        "reasons": reasons,
        "mean_score": results.mean_score,
        "my_vote": {"option": mine.option, "reason": mine.reason} if mine else None,
        "heat_map": {str(k): v for k, v in sorted(heat.items())},
    }


def person_json(person: Person) -> dict[str, Any]:
    return {"id": person.id, "name": person.name, "role": person.role.value, "team": person.team}
