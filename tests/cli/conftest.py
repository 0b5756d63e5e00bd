"""The team fixtures (tests/helpers/team.py) for the command-line tests."""

from __future__ import annotations

from tests.helpers.team import team, team_db  # noqa: F401  (fixtures)
