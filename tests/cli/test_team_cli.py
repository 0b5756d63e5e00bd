"""`enablement team …` and the library verbs on a team server, as people run them.

Most commands run the real entry point in this process (`enablement.cli.main`, stdout and
stderr captured), so that an in-memory keyring can stand in for the OS keyring; the ones
whose point is "exit 1 and no traceback" also run as a real `python -m enablement` process.
Each module gets its own database (tests/helpers/team.py) and drops its logins at teardown.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import sqlalchemy as sa

from enablement.cli import main
from enablement.credentials import ENV_PASSWORD, KEYRING_SERVICE
from enablement.store.library import normalise_db_url
from tests.helpers.keyrings import MemoryKeyring, installed
from tests.helpers.team import drop_logins, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()

CARD = """---
title: Globex battle card
competitor: Globex
---
# Strengths
Globex has a large partner network.

# Weaknesses
Slow rollout and expensive support contracts.
"""

SIGN_IN = "Cannot sign in to the database"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> Run:
    """`enablement ARGS` in this process: its exit status and what it printed."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, env or {}),
        mock.patch.object(sys, "stdin", io.StringIO(stdin)),
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        code = main(list(args))
    return Run(code, out.getvalue(), err.getvalue())


def process(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m enablement ARGS` as a separate process (no keyring at all)."""
    return subprocess.run(
        [sys.executable, "-m", "enablement", *args],
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


@dataclass
class Hub:
    """A team database set up through the command line, and what the set-up printed."""

    owner_url: str
    suffix: str
    passwords: dict[str, str] = field(default_factory=dict)
    printed: dict[str, Run] = field(default_factory=dict)

    def name(self, who: str) -> str:
        return f"{who}_{self.suffix}"

    def url(self, who: str, password: str | None = "") -> str:
        """`who`'s URL as a desktop keeps it: with no password (password=""), or with the given one;
        None means with their current password."""
        secret = self.passwords[who] if password is None else (password or None)
        url = sa.engine.make_url(normalise_db_url(self.owner_url))
        url = url.set(drivername="postgresql", username=self.name(who), password=secret)
        return url.render_as_string(hide_password=False)

    def add(self, who: str, role: str, team: str = "") -> Run:
        run = cli(
            "--db",
            self.url("boss", None),
            "team",
            "add",
            self.name(who),
            "--role",
            role,
            "--team",
            team,
            "--json",
        )
        assert run.code == 0, run.err
        self.passwords[who] = run.json()["password"]
        return run

    def as_(self, who: str, *args: str, password: str | None = None) -> Run:
        """A command run by `who`, the password given the way scripts do (ENABLEMENT_PASSWORD)."""
        return cli("--db", self.url(who), *args, env={ENV_PASSWORD: password or self.passwords[who]})


@pytest.fixture(autouse=True)
def _no_stray_passwords(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MemoryKeyring]:
    """No password from the environment, ~/.pgpass or the real keyring: each test says where from."""
    for var in (ENV_PASSWORD, "PGPASSWORD", "PGUSER", "PGDATABASE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    with installed(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


@pytest.fixture(scope="module")
def hub(team_db: str) -> Iterator[Hub]:
    """`team init` (admin boss), then boss adds mia (marketing, --json) and sam (sales, text)."""
    result = Hub(owner_url=team_db, suffix=uuid.uuid4().hex[:8])
    try:
        with installed(MemoryKeyring()):
            result.passwords["boss"] = "boss-Pa55word"
            init = cli(
                "team",
                "init",
                "--db",
                team_db,
                "--admin",
                result.name("boss"),
                "--team",
                "HQ",
                "--password-stdin",
                stdin=result.passwords["boss"] + "\n",
            )
            assert init.code == 0, init.err
            result.printed["init"] = init
            result.printed["add mia"] = result.add("mia", "marketing", "HQ")
            sam = cli(
                "--db",
                result.url("boss", None),
                "team",
                "add",
                result.name("sam"),
                "--role",
                "sales",
                "--team",
                "North",
            )
            assert sam.code == 0, sam.err
            result.printed["add sam"] = sam
            result.passwords["sam"] = sam.out.split("hand it over privately): ", 1)[1].split()[0]
        yield result
    finally:
        drop_logins(team_db, result.suffix)


# ---------------------------------------------------------------- accounts


def test_init_adds_the_admin_and_says_how_to_make_the_server_ask_for_passwords(hub: Hub) -> None:
    init = hub.printed["init"]
    assert f"{hub.name('boss')}: admin, team HQ" in init.out
    assert "scram-sha-256" in init.out and "pg_hba.conf" in init.out
    assert hub.passwords["boss"] not in init.out  # given on stdin: never echoed


def test_add_prints_the_generated_password_once(hub: Hub) -> None:
    added = hub.printed["add mia"].json()
    assert added == {
        "name": hub.name("mia"),
        "role": "marketing",
        "team": "HQ",
        "can_login": True,
        "password": hub.passwords["mia"],
    }
    text = hub.printed["add sam"].out
    assert text.count(hub.passwords["sam"]) == 1
    desktop = text.split("Sign in from a desktop with: ", 1)[1].strip()
    assert desktop == hub.url("sam") and hub.passwords["boss"] not in text


def test_list(hub: Hub) -> None:
    run = cli("--db", hub.url("boss", None), "team", "list", "--json")
    assert run.code == 0, run.err
    people = {p["name"]: p for p in run.json()}
    assert people[hub.name("boss")] == {
        "name": hub.name("boss"),
        "role": "admin",
        "team": "HQ",
        "can_login": True,
    }
    assert people[hub.name("mia")]["role"] == "marketing"
    assert (people[hub.name("sam")]["role"], people[hub.name("sam")]["team"]) == ("sales", "North")
    text = cli("--db", hub.url("boss", None), "team", "list").out
    assert hub.name("sam") in text and "sales" in text


def test_passwd_generated_or_from_stdin(hub: Hub) -> None:
    hub.add("pat", "sales")
    old = hub.passwords["pat"]
    run = cli("--db", hub.url("boss", None), "team", "passwd", hub.name("pat"), "--json")
    assert run.code == 0, run.err
    new = run.json()["password"]
    assert new and new != old
    refused = hub.as_("pat", "team", "whoami", password=old)
    assert refused.code == 1 and SIGN_IN in refused.err
    assert hub.as_("pat", "team", "whoami", "--json", password=new).json()["user"] == hub.name("pat")

    chosen = cli(
        "--db",
        hub.url("boss", None),
        "team",
        "passwd",
        hub.name("pat"),
        "--password-stdin",
        stdin="Chosen-1\n",
    )
    assert chosen.code == 0 and "Chosen-1" not in chosen.out
    assert hub.as_("pat", "team", "whoami", "--json", password="Chosen-1").code == 0

    empty = cli(
        "--db", hub.url("boss", None), "team", "passwd", hub.name("pat"), "--password-stdin", stdin="\n"
    )
    assert empty.code == 1 and "No password on standard input" in empty.err


def test_set_role(hub: Hub, tmp_path: Path) -> None:
    hub.add("sue", "sales", "South")
    run = cli(
        "--db", hub.url("boss", None), "team", "set-role", hub.name("sue"), "--role", "marketing", "--json"
    )
    assert run.code == 0, run.err
    assert run.json() == {"name": hub.name("sue"), "role": "marketing", "team": "South", "can_login": True}
    whoami = hub.as_("sue", "team", "whoami", "--json").json()
    assert (whoami["role"], whoami["team"]) == ("marketing", "South")
    card = tmp_path / "sue.md"
    card.write_text(CARD.replace("Globex", "Initech"), encoding="utf-8")
    imported = hub.as_("sue", "import", str(card), "--workers", "1", "--json")
    assert imported.code == 0 and imported.json()["imported"] == 1  # marketing may import now


def test_a_seller_cannot_manage_people(hub: Hub) -> None:
    run = hub.as_("sam", "team", "add", hub.name("eve"), "--role", "admin")
    assert run.code == 1 and "Only a team admin can manage people" in run.err


def test_user_add_on_a_team_library_points_to_team_add(hub: Hub) -> None:
    run = hub.as_("boss", "user", "add", hub.name("ghost"), "--role", "sales")
    assert run.code == 1 and "enablement team add" in run.err and "team set-role" in run.err
    listed = cli("--db", hub.url("boss", None), "team", "list", "--json").json()
    assert hub.name("ghost") not in {m["name"] for m in listed}


def test_an_admin_cannot_demote_herself_and_is_told_why(hub: Hub) -> None:
    run = cli("--db", hub.url("boss", None), "team", "set-role", hub.name("boss"), "--role", "sales")
    assert run.code == 1 and "your own login" in run.err and "Only a team admin" not in run.err
    again = cli(
        "--db", hub.url("boss", None), "team", "set-role", hub.name("boss"), "--role", "admin", "--json"
    )
    assert again.code == 0, again.err


def test_init_again_prints_no_password_and_needs_no_admin(hub: Hub) -> None:
    again = cli("team", "init", "--db", hub.owner_url, "--admin", hub.name("boss"))
    assert again.code == 0, again.err
    assert "Password" not in again.out and "shown once" not in again.out
    assert "already a team database" in again.out and "no password was changed" in again.out
    bare = cli("team", "init", "--db", hub.owner_url, "--json")
    assert bare.code == 0, bare.err
    assert bare.json() == {"already_team": True, "created": False}
    # boss's password is the one given at the first init still
    assert hub.as_("boss", "team", "whoami").code == 0


def test_init_of_a_new_database_needs_an_admin() -> None:
    from tests.helpers.team import fresh_database

    with fresh_database() as url:
        run = cli("team", "init", "--db", url)
    assert run.code == 1 and "--admin NAME" in run.err


def test_a_marketer_running_init_is_told_it_needs_the_owner(hub: Hub) -> None:
    run = hub.as_("mia", "team", "init", "--admin", hub.name("mia2"))
    assert run.code == 1 and "superuser" in run.err and "Only a team admin" not in run.err


def test_remove_then_that_login_cannot_sign_in(hub: Hub) -> None:
    hub.add("rex", "sales")
    assert hub.as_("rex", "team", "whoami").code == 0
    run = cli("--db", hub.url("boss", None), "team", "remove", hub.name("rex"))
    assert run.code == 0 and "can no longer sign in" in run.out
    listed = {p["name"]: p for p in cli("--db", hub.url("boss", None), "team", "list", "--json").json()}
    assert listed[hub.name("rex")]["can_login"] is False  # the profile stays for history

    refused = hub.as_("rex", "team", "whoami")
    assert refused.code == 1 and SIGN_IN in refused.err and "removed" in refused.err
    real = process("--db", hub.url("rex"), "search", "Globex", env={ENV_PASSWORD: hub.passwords["rex"]})
    assert real.returncode == 1, real.stderr
    assert SIGN_IN in real.stderr and "Traceback" not in real.stderr
    assert hub.passwords["rex"] not in real.stderr  # the URL is shown without its password

    again = cli("--db", hub.url("boss", None), "team", "remove", hub.name("rex"))
    assert again.code == 1 and "has no login in this team" in again.err


# ---------------------------------------------------------------- a seller at work


def test_whoami_as_a_seller(hub: Hub) -> None:
    run = hub.as_("sam", "team", "whoami", "--json")
    assert run.code == 0, run.err
    assert run.json() == {"user": hub.name("sam"), "role": "sales", "team": "North", "team_library": True}
    assert (
        hub.as_("sam", "team", "whoami").out.strip()
        == f"{hub.name('sam')} (sales, team North) on a team server"
    )


def test_a_seller_searches_but_cannot_import_or_remove(hub: Hub, tmp_path: Path) -> None:
    card = tmp_path / "globex.md"
    card.write_text(CARD, encoding="utf-8")
    imported = hub.as_("mia", "import", str(card), "--status", "published", "--workers", "1", "--json")
    assert imported.code == 0, imported.err
    item = hub.as_("mia", "list", "--json").json()
    item_id = next(i["id"] for i in item if i["title"] == "Globex battle card")

    found = hub.as_("sam", "search", "partner", "network", "--json")
    assert found.code == 0, found.err
    assert item_id in {h["item"] for h in found.json()["hits"]}

    refused = hub.as_("sam", "import", str(card), "--workers", "1")
    assert refused.code == 1
    assert "Only marketing can import into the team library" in refused.err
    assert "permission denied" not in refused.err and "Traceback" not in refused.err
    removal = hub.as_("sam", "remove", str(item_id))
    assert removal.code == 1 and "Only marketing can remove items from the team library" in removal.err
    assert any(i["id"] == item_id for i in hub.as_("sam", "list", "--json").json())

    real = process("--db", hub.url("sam"), "remove", str(item_id), env={ENV_PASSWORD: hub.passwords["sam"]})
    assert real.returncode == 1 and "Only marketing can remove" in real.stderr
    assert "Traceback" not in real.stderr


def test_a_seller_cannot_watch_a_folder_into_the_team_library(hub: Hub, tmp_path: Path) -> None:
    folder = tmp_path / "Sales"
    folder.mkdir()
    (folder / "globex.md").write_text(CARD, encoding="utf-8")
    refused = hub.as_("sam", "watch", str(folder), "--once")
    assert refused.code == 1
    assert "Only marketing can import into the team library" in refused.err
    assert "Traceback" not in refused.err


def test_ballots_from_the_cli_act_as_the_login(hub: Hub, tmp_path: Path) -> None:
    """No --user on a team library: the marketer's and the seller's own logins open, vote, decide."""
    card = tmp_path / "draft.md"
    card.write_text(CARD.replace("Globex battle card", "Globex draft card"), encoding="utf-8")
    imported = hub.as_("mia", "import", str(card), "--status", "draft", "--workers", "1", "--json")
    assert imported.code == 0, imported.err
    item_id = next(
        i["id"] for i in hub.as_("mia", "list", "--json").json() if i["title"] == "Globex draft card"
    )
    created = hub.as_("mia", "poll", "create", "--title", "Ship the Globex card?", "--item", str(item_id),
                      "--closes", "+1d", "--json")  # fmt: skip
    assert created.code == 0, created.err
    ballot = created.json()["id"]
    voted = hub.as_("sam", "poll", "vote", str(ballot), "Will sell it", "--reason", "clients ask", "--json")
    assert voted.code == 0, voted.err
    assert voted.json()["voter"] == hub.name("sam")
    refused = hub.as_("sam", "poll", "decide", str(ballot), "go", "--rationale", "mine")
    assert refused.code == 1 and hub.name("sam") in refused.err and "Traceback" not in refused.err
    assert hub.as_("mia", "poll", "close", str(ballot)).code == 0
    decided = hub.as_("mia", "poll", "decide", str(ballot), "go", "--rationale", "sales agrees")
    assert decided.code == 0, decided.err
    trail = hub.as_("mia", "poll", "audit", str(ballot), "--json").json()
    assert {e["actor"] for e in trail} == {hub.name("mia"), hub.name("sam")}


def test_user_flag_is_refused_on_a_team_library(hub: Hub) -> None:
    run = hub.as_("sam", "--user", hub.name("mia"), "search", "Globex")
    assert run.code == 1
    assert "--user only applies to a single-user library" in run.err and hub.name("sam") in run.err


# ---------------------------------------------------------------- signing in


def test_a_wrong_password(hub: Hub) -> None:
    run = hub.as_("sam", "team", "whoami", password="not-the-password")
    assert run.code == 1 and SIGN_IN in run.err and hub.name("sam") in run.err
    assert "not-the-password" not in run.err
    real = process("--db", hub.url("sam", "not-the-password"), "team", "whoami")
    assert real.returncode == 1 and SIGN_IN in real.stderr and "Traceback" not in real.stderr
    assert "not-the-password" not in real.stderr


def test_no_password_at_all(hub: Hub) -> None:
    run = cli("--db", hub.url("sam"), "team", "whoami")
    assert run.code == 1 and "Traceback" not in run.err
    assert "No password was given" in run.err and "enablement team login" in run.err
    real = process("--db", hub.url("sam"), "search", "Globex")
    assert real.returncode == 1 and "No password was given" in real.stderr and "Traceback" not in real.stderr


def test_login_keeps_the_password_in_the_keyring(hub: Hub, _no_stray_passwords: MemoryKeyring) -> None:
    keyring = _no_stray_passwords
    wrong = cli("--db", hub.url("sam"), "team", "login", "--password-stdin", stdin="wrong\n")
    assert wrong.code == 1 and SIGN_IN in wrong.err and keyring.passwords == {}

    run = cli(
        "--db",
        hub.url("sam"),
        "team",
        "login",
        "--password-stdin",
        "--json",
        stdin=hub.passwords["sam"] + "\n",
    )
    assert run.code == 0, run.err
    assert run.json() == {"user": hub.name("sam"), "remembered": True}
    assert list(keyring.passwords.values()) == [hub.passwords["sam"]]
    assert {service for service, _ in keyring.passwords} == {KEYRING_SERVICE}

    after = cli("--db", hub.url("sam"), "team", "whoami", "--json")  # no ENABLEMENT_PASSWORD
    assert after.code == 0, after.err
    assert after.json()["user"] == hub.name("sam")
    assert cli("--db", hub.url("sam"), "search", "Globex", "--json").code == 0

    out = cli("--db", hub.url("sam"), "team", "logout", "--json")
    assert out.code == 0 and out.json() == {"forgotten": True} and keyring.passwords == {}
    assert cli("--db", hub.url("sam"), "team", "whoami").code == 1
