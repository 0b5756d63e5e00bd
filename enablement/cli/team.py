"""Team verbs: `enablement team init|add|remove|passwd|set-role|list|secure|login|logout|whoami`.

A team library is a PostgreSQL database secured by `team init` (enablement.team): each person
signs in as their own login, and the database's grants and row policies enforce the roles.
`init` and `secure` take the owner's (superuser) URL; `add`, `remove`, `passwd`, `set-role` and
`list` an admin's login URL; `login` keeps a member's password in the OS keyring so that the app
and the CLI sign in without asking again.

Passwords come from `--password-stdin` (one line) or are generated and printed once; they are
never taken as an argument, where the shell history and `ps` would see them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from enablement import credentials
from enablement.cli import print_json
from enablement.errors import EnablementError
from enablement.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from enablement.cli import Context
    from enablement.team import TeamMember

ROLES = ("sales", "marketing", "admin")
_GROUPS = "+enablement_sales,+enablement_marketing,+enablement_admin"
HBA_LINES = (
    f"local all {_GROUPS}           scram-sha-256",
    f"host  all {_GROUPS} 0.0.0.0/0 scram-sha-256",
    f"host  all {_GROUPS} ::/0      scram-sha-256",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    team = sub.add_parser("team", help="a team server on PostgreSQL: people, roles, sign-in")
    verbs = team.add_subparsers(dest="team_command", metavar="VERB", required=True)

    def verb(name: str, help_: str) -> argparse.ArgumentParser:
        p = verbs.add_parser(name, help=help_)
        p.add_argument("--db", dest="team_db", metavar="URL", help="the team database (or the global --db)")
        p.add_argument("--json", action="store_true")
        return p

    p = verb("init", "create the schema, the group roles and rules, and the first admin (owner's URL)")
    p.add_argument(
        "--admin", metavar="NAME", help="the first admin's login name (may be left out when re-run)"
    )
    p.add_argument("--team", default="", metavar="TEAM", help="the admin's team")
    p.add_argument("--password-stdin", action="store_true", help="read the admin's password from stdin")
    p.set_defaults(handler=cmd_init)

    p = verb("add", "add a person: a login with a password, and a profile (admin's URL)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--team", default="", metavar="TEAM")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(handler=cmd_add)

    p = verb("remove", "remove a person's login (their votes and history stay)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_remove)

    p = verb("passwd", "set a person's password (printed once, or from stdin)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(handler=cmd_passwd)

    p = verb("set-role", "move a person to another role (and team)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--team", default=None, metavar="TEAM")
    p.set_defaults(handler=cmd_set_role)

    p = verb("list", "the people of the team, their roles and whether they can sign in")
    p.set_defaults(handler=cmd_list)

    p = verb("secure", "re-apply the team rules after an upgrade (owner's URL)")
    p.set_defaults(handler=cmd_secure)

    p = verb("login", "check a login and keep its password in the OS keyring")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(handler=cmd_login)

    p = verb("logout", "forget the password kept in the OS keyring for this login")
    p.set_defaults(handler=cmd_logout)

    p = verb("whoami", "who the team server knows you as, and your role")
    p.set_defaults(handler=cmd_whoami)


# ---------------------------------------------------------------- helpers


def _url(args: argparse.Namespace, ctx: Context) -> str:
    url = args.team_db or ctx.settings.db_url
    if not url or not credentials.is_team_url(url):
        raise EnablementError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Name the team database: --db postgresql://USER@HOST:PORT/DATABASE (or set ENABLEMENT_DB).",
            )
        )
    return credentials.resolve_password(url)


def _new_password(args: argparse.Namespace) -> tuple[str, bool]:
    """(password, generated): one line from stdin, or a fresh random one to print once."""
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise EnablementError(QT_TRANSLATE_NOOP("Messages", "No password on standard input."))
        return password, False
    from enablement.team import generate_password

    return generate_password(), True


def _member_json(member: TeamMember) -> dict[str, object]:
    return {
        "name": member.name,
        "role": member.role.value,
        "team": member.team,
        "can_login": member.can_login,
    }


def _print_member(args: argparse.Namespace, member: TeamMember, password: str | None, url: str) -> None:
    from enablement.team import login_url

    if args.json:
        data = _member_json(member)
        if password is not None:
            data["password"] = password
        print_json(data)
        return
    print(f"{member.name}: {member.role.value}" + (f", team {member.team}" if member.team else ""))
    if password is not None:
        print(f"Password (shown once, hand it over privately): {password}")
        desktop_url = login_url(url, member.name, "").replace(":@", "@").replace("+psycopg", "")
        print(f"Sign in from a desktop with: {desktop_url}")


# ---------------------------------------------------------------- handlers


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.team import TeamAdmin

    url = _url(args, ctx)
    given = _new_password(args)[0] if args.password_stdin else None  # else generated, only if created
    result = TeamAdmin.init(url, args.admin, given, args.team)
    if args.json:
        data: dict[str, object] = {"already_team": result.already_team, "created": result.created}
        if result.member is not None:
            data.update(_member_json(result.member))
        if result.password is not None:
            data["password"] = result.password
        print_json(data)
        return 0
    if result.member is not None:
        _print_member(args, result.member, result.password, url)
    if result.already_team:
        print("This database was already a team database: migrated and the team rules re-applied.")
        if result.member is not None and not result.created:
            print(f"{result.member.name} was already its admin; no password was changed.")
    else:
        print(
            "Team rules installed. Make the server ask team logins for their password: in "
            "pg_hba.conf, above any 'trust' line:\n  " + "\n  ".join(HBA_LINES) + "\n"
            "(scripts/pg_hba_team.sh does this on a local Debian cluster), then reload PostgreSQL."
        )
    return 0


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.team import TeamAdmin

    url = _url(args, ctx)
    password, generated = _new_password(args)
    with TeamAdmin(url) as admin:
        member = admin.add(args.name, args.role, args.team, password)
    _print_member(args, member, password if generated else None, url)
    return 0


def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.team import TeamAdmin

    with TeamAdmin(_url(args, ctx)) as admin:
        admin.remove(args.name)
    if args.json:
        print_json({"removed": args.name})
    else:
        print(f"{args.name} can no longer sign in; their votes and history stay.")
    return 0


def cmd_passwd(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.team import TeamAdmin

    password, generated = _new_password(args)
    with TeamAdmin(_url(args, ctx)) as admin:
        admin.passwd(args.name, password)
    if args.json:
        print_json({"name": args.name, **({"password": password} if generated else {})})
    elif generated:
        print(f"New password for {args.name} (shown once): {password}")
    else:
        print(f"Password of {args.name} changed.")
    return 0


def cmd_set_role(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.team import TeamAdmin

    with TeamAdmin(_url(args, ctx)) as admin:
        member = admin.set_role(args.name, args.role, args.team)
    _print_member(args, member, None, "")
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.team import TeamAdmin

    with TeamAdmin(_url(args, ctx)) as admin:
        members = admin.list()
    if args.json:
        print_json([_member_json(m) for m in members])
        return 0
    for m in members:
        state = "" if m.can_login else "  (removed: cannot sign in)"
        print(f"{m.name:24} {m.role.value:10} {m.team}{state}")
    return 0


def cmd_secure(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.team import TeamAdmin

    with TeamAdmin(_url(args, ctx)) as owner:
        owner.secure()
    print_json({"secured": True}) if args.json else print("Team rules re-applied.")
    return 0


def cmd_login(args: argparse.Namespace, ctx: Context) -> int:
    """Check the password against the server, then keep it in the OS keyring."""
    from enablement.store.library import Library

    url = args.team_db or ctx.settings.db_url
    _url(args, ctx)  # the same message when no URL is given
    assert url is not None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {credentials.account_key(url)}: ")
    from enablement.config import team_cache_dir

    with Library(team_cache_dir(url), credentials.with_password(url, password)) as library:
        who = library.current_user()
    kept = credentials.remember_password(url, password)
    if args.json:
        print_json({"user": who, "remembered": kept})
    elif kept:
        print(f"Signed in as {who}; the password is kept in the system keyring.")
    else:
        print(
            f"Signed in as {who}, but there is no system keyring here to keep the password in, so it "
            f"was not kept. Commands here need {credentials.ENV_PASSWORD} set, or the password in "
            "~/.pgpass (libpq's password file)."
        )
    return 0


def cmd_logout(args: argparse.Namespace, ctx: Context) -> int:
    url = args.team_db or ctx.settings.db_url
    _url(args, ctx)
    assert url is not None
    credentials.forget_password(url)
    print_json({"forgotten": True}) if args.json else print("Password forgotten on this computer.")
    return 0


def cmd_whoami(args: argparse.Namespace, ctx: Context) -> int:
    if args.team_db:  # the cache folder follows the login
        from enablement.config import Settings

        ctx.settings = Settings.resolve(args.library, args.team_db, args.user)
    services = ctx.services()
    person = services.voting.get_person(services.user) if services.is_team else None
    data = {
        "user": services.user,
        "role": person.role.value if person else None,
        "team": person.team if person else None,
        "team_library": services.is_team,
    }
    if args.json:
        print_json(data)
    else:
        role = f" ({data['role']}, team {data['team'] or '—'})" if person else ""
        where = "team server" if services.is_team else "single-user library"
        print(f"{services.user}{role} on a {where}")
    return 0
