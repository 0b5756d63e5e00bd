"""The three group roles of a team database (NOLOGIN; each person's login is a member of one).

    enablement_admin ⊇ enablement_marketing ⊇ enablement_sales

Their own module so that every part of the rules (enablement.team.security, report_rules) names
them the same way without importing one another.
"""

from __future__ import annotations

SALES = "enablement_sales"
MARKETING = "enablement_marketing"
ADMIN = "enablement_admin"
GROUPS = (SALES, MARKETING, ADMIN)

# In a trigger (a SECURITY DEFINER function, where current_user is the owner) the person acting is
# session_user. A team login is a member of a group and no superuser (pg_has_role counts a superuser
# in every group): the owner, or a superuser seeding a benchmark, writes rows as given.
TEAM_LOGIN_SQL = (
    f"(pg_has_role(session_user, '{SALES}', 'MEMBER') "
    "AND NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user))"
)
MARKETER_SQL = f"pg_has_role(session_user, '{MARKETING}', 'MEMBER')"
