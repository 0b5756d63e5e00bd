"""Team fixtures (tests/helpers/team.py) for the team-server tests of the shared numbers."""

from __future__ import annotations

from tests.helpers.team import team, team_db  # noqa: F401  (fixtures)
