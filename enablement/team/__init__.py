"""Team mode: one PostgreSQL database for a team, whose rules the database itself enforces.

`install_security` (security.py) sets up group roles, grants, row-level security and
the functions desktops read hidden totals through; `TeamAdmin` (accounts.py) manages
the people's logins. Qt-free, like every package outside enablement.ui.
"""

from __future__ import annotations

from enablement.team.accounts import TeamAdmin, TeamMember, TeamRole, generate_password, login_url
from enablement.team.security import install_security, is_team_database

__all__ = [
    "TeamAdmin",
    "TeamMember",
    "TeamRole",
    "generate_password",
    "install_security",
    "is_team_database",
    "login_url",
]
