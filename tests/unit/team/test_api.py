"""The public names of enablement.team, locked."""

from __future__ import annotations

import enablement.team
from enablement.team import TeamRole
from enablement.voting.models import Role


def test_public_api() -> None:
    assert sorted(enablement.team.__all__) == [
        "TeamAdmin",
        "TeamMember",
        "TeamRole",
        "generate_password",
        "install_security",
        "is_team_database",
        "login_url",
    ]
    assert {r.value for r in TeamRole} == {r.value for r in Role}  # people.role means the same
