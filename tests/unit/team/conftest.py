"""Team fixtures (tests/helpers/team.py): a fresh PostgreSQL database per module, secured by `team init`."""

from __future__ import annotations

import pytest

from tests.helpers.team import (  # noqa: F401  (fixtures and helpers the team tests import from here)
    Team,
    database_url,
    drop_logins,
    skip_without_pg,
    store_draft,
    team,
    team_db,
)

pytestmark = pytest.mark.pg
