"""The team fixtures (tests/helpers/team.py) for this folder; the names stay importable from here."""

from __future__ import annotations

from tests.helpers.team import (  # noqa: F401  (fixtures and helpers re-exported)
    Team,
    database_url,
    drop_logins,
    skip_without_pg,
    store_draft,
    team,
    team_db,
)
