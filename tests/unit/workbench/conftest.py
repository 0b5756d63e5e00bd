"""The team fixtures (tests/helpers/team.py) for the workbench tests on a team server."""

from __future__ import annotations

from tests.helpers.team import team, team_db  # noqa: F401  (fixtures)
