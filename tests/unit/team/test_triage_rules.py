"""Review 13 (findings 2-5): triage, history, usage and attachments on a team server hold the app's
rules whatever client a login uses (enablement/team/report_rules.py).

Each forbidden thing is tried in plain SQL as a real login (psycopg), as a reviewer did in psql;
the app's own triage (the services and `enablement inbox`) still passes as a marketer's login.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from psycopg import errors

from enablement.cli import main
from enablement.errors import ReportError
from enablement.insights import ReportService, ReportState
from enablement.store.library import Library
from enablement.team import TeamAdmin
from enablement.voting import VotingService
from tests.helpers import attachments
from tests.unit.team.conftest import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

Step = tuple[str, Sequence[Any]]
ANSWER_LINE = (
    "INSERT INTO report_events (report_id, at, actor, action, old_value, new_value) "
    "VALUES (%s, now(), current_user, %s, %s, %s)"
)
NOTIFY = (
    "INSERT INTO notifications (person_id, kind, message, at) "
    "VALUES ((SELECT id FROM people WHERE name = %s), 'report', %s, now())"
)


@dataclass
class Setup:
    item_id: int
    root: Path


@pytest.fixture(scope="module")
def setup(team: Team, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    root = tmp_path_factory.mktemp("triage-rules")
    with Library(root / "owner", team.owner_url) as owner:
        item_id = store_draft(owner, "Acme battle deck")
    yield Setup(item_id=item_id, root=root)


def intel(team: Team, setup: Setup, text: str, who: str = "sam") -> int:
    """A fresh report of `who`'s, sent through the service (state new, its create line written)."""
    with Library(setup.root / who, team.url(who)) as lib:
        return ReportService(lib).add_intel(team.name(who), "claim", text=text).id


def session(team: Team, who: str, *steps: Step) -> None:
    """`steps` in one transaction as `who`, committed (a refusal at commit raises from commit)."""
    with team.connect(who) as conn:
        for statement, params in steps:
            conn.execute(statement, params)
        conn.commit()


def row(team: Team, report_id: int, columns: str) -> tuple[Any, ...]:
    with team.owner() as conn:
        found = conn.execute(f"SELECT {columns} FROM reports WHERE id = %s", (report_id,)).fetchone()
    assert found is not None
    return tuple(found)


def lines(team: Team, report_id: int) -> list[tuple[str, str, str | None, str | None]]:
    with team.owner() as conn:
        return [
            (r[0], r[1], r[2], r[3])
            for r in conn.execute(
                "SELECT actor, action, old_value, new_value FROM report_events "
                "WHERE report_id = %s ORDER BY id",
                (report_id,),
            )
        ]


def answer_steps(
    team: Team, report_id: int, text: str, who: str = "mia", old: str | None = None
) -> list[Step]:
    """An answer as the app writes it: the row, its history line and the author's notification."""
    return [
        ("UPDATE reports SET answer = %s WHERE id = %s", (text, report_id)),
        (ANSWER_LINE, (report_id, "answer", old, text)),
        (NOTIFY, (team.name("sam"), f"{team.name(who)} answered your report {report_id} (x): {text}")),
    ]


@pytest.mark.parametrize("who", ["mia", "admin"])
def test_a_triage_change_without_its_history_is_refused_at_commit(team: Team, setup: Setup, who: str) -> None:
    """The review's psql session: answer, credit, backdate and close in one UPDATE, no history."""
    report = intel(team, setup, f"Acme claims 24/7 support ({who}).")
    rewrite = (
        "UPDATE reports SET answer = 'we fixed it', answered_by = %s, "
        "answered_at = at + interval '1 minute', state = 'done' WHERE id = %s"
    )
    with pytest.raises(errors.InsufficientPrivilege, match=r"has no line in its history"):
        session(team, who, (rewrite, (team.name("sue"), report)))
    for alone in (
        ("UPDATE reports SET owner = %s WHERE id = %s", (team.name("mia"), report)),
        ("UPDATE reports SET led_to_kind = 'item', led_to_id = %s WHERE id = %s", (setup.item_id, report)),
    ):
        with pytest.raises(errors.InsufficientPrivilege, match=r"has no line in its history"):
            session(team, who, alone)
    assert row(team, report, "state, owner, answer, led_to_kind") == ("new", None, None, None)
    assert [action for _, action, _, _ in lines(team, report)] == ["create"]


def test_an_answer_is_the_answerers_now_whatever_the_update_says(team: Team, setup: Setup) -> None:
    report = intel(team, setup, "Acme offers -20%.")
    credit = (
        "UPDATE reports SET answer = 'A card is coming.', answered_by = %s, "
        "answered_at = at - interval '3 days', updated_at = at - interval '3 days' WHERE id = %s"
    )
    steps = answer_steps(team, report, "A card is coming.")
    session(team, "mia", (credit, (team.name("sue"), report)), *steps[1:])
    answered_by, fresh, updated = row(
        team, report, "answered_by, answered_at > now() - interval '1 minute', updated_at >= answered_at"
    )
    assert (answered_by, fresh, updated) == (team.name("mia"), True, True)
    # Touching only who answered or when is an answer too: it needs its line and notification.
    with pytest.raises(errors.InsufficientPrivilege, match="has no line in its history"):
        session(
            team, "mia", ("UPDATE reports SET answered_by = %s WHERE id = %s", (team.name("sue"), report))
        )
    without_news = answer_steps(team, report, "Better: a card and a price.", old="A card is coming.")[:2]
    with pytest.raises(errors.InsufficientPrivilege, match="the answer was not sent to its author"):
        session(team, "mia", *without_news)
    with pytest.raises(errors.CheckViolation, match="an answer needs a text"):
        session(team, "mia", ("UPDATE reports SET answer = '  ' WHERE id = %s", (report,)))
    with team.connect("sam") as conn:  # the seller reads an answer credited to the one who gave it
        assert conn.execute("SELECT answered_by FROM reports WHERE id = %s", (report,)).fetchone() == (
            team.name("mia"),
        )


def test_final_states_stay_final_and_only_the_apps_moves_are_made(team: Team, setup: Setup) -> None:
    mia = team.name("mia")
    done, planned = intel(team, setup, "Deal won against Acme."), intel(team, setup, "Acme price list.")
    with Library(setup.root / "mia", team.url("mia")) as lib:
        ReportService(lib).set_state(mia, done, "done")
        ReportService(lib).set_state(mia, planned, "planned")
    for state in ("new", "accepted", "declined"):
        with pytest.raises(errors.InsufficientPrivilege, match=f"report {done} is done; its state is final"):
            session(team, "mia", ("UPDATE reports SET state = %s WHERE id = %s", (state, done)))
    with pytest.raises(
        errors.InsufficientPrivilege,
        match=f"report {planned} is planned; it can move to done, declined, not to accepted",
    ):
        session(team, "admin", ("UPDATE reports SET state = 'accepted' WHERE id = %s", (planned,)))
    with pytest.raises(errors.CheckViolation, match="unknown report state 'bogus'"):
        session(team, "mia", ("UPDATE reports SET state = 'bogus' WHERE id = %s", (planned,)))
    with Library(setup.root / "mia", team.url("mia")) as lib, pytest.raises(ReportError, match="final"):
        ReportService(lib).set_state(mia, done, "new")  # the app says the same first
    assert row(team, done, "state")[0] == "done" and row(team, planned, "state")[0] == "planned"


def test_a_decline_needs_its_reason_and_a_state_line_its_move(team: Team, setup: Setup) -> None:
    report = intel(team, setup, "Acme claims a 10-year warranty.")
    decline = ("UPDATE reports SET state = 'declined' WHERE id = %s", (report,))
    line = (ANSWER_LINE, (report, "state", "new", "declined"))
    with pytest.raises(errors.CheckViolation, match=f"report {report} is declined without a reason"):
        session(team, "mia", decline, line)
    session(team, "mia", decline, line, *answer_steps(team, report, "Not something we answer."))
    assert row(team, report, "state, answer") == ("declined", "Not something we answer.")


def test_links_point_at_something_and_are_never_removed(team: Team, setup: Setup) -> None:
    report = intel(team, setup, "Acme bundles support.")
    with Library(setup.root / "mia", team.url("mia")) as lib:
        ReportService(lib).link(team.name("mia"), report, "item", setup.item_id)
    link = "UPDATE reports SET led_to_kind = %s, led_to_id = %s WHERE id = %s"
    with pytest.raises(errors.CheckViolation, match="never removed"):
        session(team, "mia", (link, (None, None, report)))
    with pytest.raises(errors.CheckViolation, match="unknown link target 'wiki'"):
        session(team, "mia", (link, ("wiki", 1, report)))
    with pytest.raises(errors.CheckViolation, match=f"there is no ballot 999999 to link report {report} to"):
        session(team, "mia", (link, ("ballot", 999_999, report)))


def test_history_lines_take_the_servers_clock_and_describe_real_changes(team: Team, setup: Setup) -> None:
    """Finding 5: a seller's backdated second create line; a marketer's line for nothing done."""
    report = intel(team, setup, "Acme sells through partners.")
    forged = (
        "INSERT INTO report_events (report_id, at, actor, action, old_value, new_value) "
        "VALUES (%s, '2020-01-01', current_user, %s, %s, %s)"
    )
    with pytest.raises(errors.InsufficientPrivilege, match=f"report {report} already has its create line"):
        session(team, "sam", (forged, (report, "create", "new", "done")))
    with pytest.raises(errors.InsufficientPrivilege, match="only its author writes the create line"):
        session(team, "mia", (forged, (report, "create", None, "intel:claim")))
    with pytest.raises(errors.InsufficientPrivilege, match="not changed in this transaction"):
        session(team, "mia", (forged, (report, "state", "new", "done")))
    assign = ("UPDATE reports SET owner = %s WHERE id = %s", (team.name("mia"), report))
    with pytest.raises(
        errors.InsufficientPrivilege, match="says 'someone else', but this transaction left it"
    ):
        session(team, "mia", assign, (forged, (report, "assign", None, "someone else")))
    with pytest.raises(errors.CheckViolation, match="unknown history line 'comment'"):
        session(team, "mia", assign, (forged, (report, "comment", None, "x")))
    session(team, "mia", assign, (forged, (report, "assign", None, team.name("mia"))))
    with team.owner() as conn:
        ats = conn.execute(
            "SELECT action, at > now() - interval '1 minute' FROM report_events "
            "WHERE report_id = %s ORDER BY id",
            (report,),
        ).fetchall()
    assert ats == [("create", True), ("assign", True)]
    # A new report's create line is written with it, once, naming its type and kind.
    with team.connect("sam") as conn:
        new = conn.execute(
            "INSERT INTO reports (at, author, type, kind, competitor, product, text, state, updated_at) "
            "VALUES (now(), current_user, 'intel', 'claim', '', '', 'x', 'new', now()) RETURNING id"
        ).fetchone()
        assert new is not None
        with pytest.raises(errors.CheckViolation, match="names 'intel:price': the report is 'intel:claim'"):
            conn.execute(forged, (new[0], "create", None, "intel:price"))
        conn.rollback()


@pytest.mark.parametrize("who", ["sam", "mia"])
def test_usage_takes_the_servers_clock(team: Team, setup: Setup, who: str) -> None:
    with team.connect(who) as conn:
        fresh = conn.execute(
            "INSERT INTO usage_events (at, person, team, action, item_id) "
            "VALUES ('2020-01-01', current_user, '', 'open', %s) RETURNING at > now() - interval '1 minute'",
            (setup.item_id,),
        ).fetchone()
        conn.rollback()
    assert fresh == (True,)


def _blob(team: Team, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    with team.connect("sam") as conn:
        conn.execute(
            "INSERT INTO blobs (sha256, size, data) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
            (sha, len(data), data),
        )
        conn.commit()
    return sha


@pytest.mark.parametrize(
    ("name", "blob", "refusal"),
    [
        ("invoice.pdf.exe", True, r"'invoice\.pdf\.exe' cannot be attached: \.exe files are not accepted"),
        ("invoice", True, r"'invoice' cannot be attached: \(no suffix\) files"),
        (".pdf", True, r"'\.pdf' cannot be attached"),
        ("../x/offer.pdf", True, r"the attachment's name '\.\./x/offer\.pdf' is a path"),
        ("offer.pdf", False, r"its attachment [0-9a-f]{64} is not on the server"),
        (None, True, "both a name and a blob"),
    ],
)
def test_an_attachment_the_app_would_not_take_is_refused(
    team: Team, setup: Setup, name: str | None, blob: bool, refusal: str
) -> None:
    """Finding 3: a blob of any bytes, then a report naming it invoice.pdf.exe."""
    sha = _blob(team, b"MZ any bytes") if blob else "f" * 64
    insert = (
        "INSERT INTO reports (at, author, type, kind, competitor, product, text, state, updated_at, "
        "attachment_sha, attachment_name) "
        "VALUES (now(), current_user, 'intel', 'price', '', '', 'See file.', 'new', now(), %s, %s)"
    )
    for who in ("sam", "mia"):
        with team.connect(who) as conn, pytest.raises(errors.CheckViolation, match=refusal):
            conn.execute(insert, (sha, name))
    with team.connect("sam") as conn:  # a name the app takes, on a blob that is there: yes
        assert conn.execute(insert, (_blob(team, b"MZ any bytes"), "Offer.PDF")).rowcount == 1
        conn.rollback()


def test_the_services_triage_and_feedback_pass_as_the_logins(team: Team, setup: Setup) -> None:
    sam, mia, admin = team.name("sam"), team.name("mia"), team.name("admin")
    shot = attachments.png(setup.root / "price.png")
    with Library(setup.root / "sam", team.url("sam")) as lib:
        sent = ReportService(lib).add_intel(sam, "price", text="Acme at -20%.", attachment=shot)
        feedback = ReportService(lib).add_feedback(sam, setup.item_id, "slide", 1, "outdated", "Old price.")
    with Library(setup.root / "mia", team.url("mia")) as lib:
        service = ReportService(lib)
        service.set_state(mia, sent.id, "accepted", reason="Looking into it.")
        service.assign(mia, sent.id, mia)
        service.assign(mia, sent.id, mia)  # the same owner again: a line, no change
        service.answer(mia, sent.id, "A card is coming.")
        service.answer(mia, sent.id, "A card is coming.")  # the same text again: answered again
        service.link(mia, sent.id, "item", setup.item_id)
        service.link(mia, sent.id, "version", service.version_id(setup.item_id, 1))
        service.set_state(mia, feedback.id, "declined", reason="The price is current.")
    with Library(setup.root / "admin", team.url("admin")) as lib:
        ReportService(lib).set_state(admin, sent.id, "done")
        ReportService(lib).answer(admin, sent.id, "Done: see the new card.")
    answered = row(team, sent.id, "state, answered_by, answer")
    assert answered == ("done", admin, "Done: see the new card.")
    assert row(team, feedback.id, "state, answered_by") == ("declined", mia)
    with Library(setup.root / "sam", team.url("sam")) as lib:
        history = ReportService(lib).history(sam, sent.id)
        assert [e.action for e in history] == [
            "create", "state", "answer", "assign", "assign", "answer", "answer",
            "link", "link", "state", "answer",
        ]  # fmt: skip
        news = [str(n.message) for n in VotingService(lib).notifications(sam) if n.kind == "report"]
        assert sum(f"your report {sent.id} " in n for n in news) == 4
        assert any(f"your report {feedback.id} " in n and "current" in n for n in news)


def cli(team: Team, who: str, root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--library", str(root / who), "--db", team.url(who), *args])
    out, err = capsys.readouterr()
    return code, out + err


def test_the_inbox_from_the_command_line_as_a_marketers_login(
    team: Team, setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    report, other = intel(team, setup, "Acme claims SLA 99.99."), intel(team, setup, "Acme rumour.")
    mia = team.name("mia")
    for args in (
        ("state", str(report), "accepted"),
        ("assign", str(report), mia),
        ("answer", str(report), "Checking", "their", "SLA."),
        ("link", str(report), f"item:{setup.item_id}"),
        ("link", str(report), f"version:{setup.item_id}/1"),
        ("state", str(report), "done", "--reason", "Card updated."),
        ("state", str(other), "declined", "--reason", "Not verifiable."),
    ):
        code, said = cli(team, "mia", setup.root, capsys, "inbox", *args)
        assert code == 0, said
    code, said = cli(team, "mia", setup.root, capsys, "inbox", "state", str(report), "new")
    assert code != 0 and f"Report {report} is done; its state is final." in said
    code, said = cli(team, "mia", setup.root, capsys, "inbox", "state", str(other), "declined")
    assert code != 0 and "declined only with a reason" in said
    code, said = cli(team, "mia", setup.root, capsys, "inbox", "--state", "done")
    assert code == 0 and "SLA 99.99" in said
    code, said = cli(team, "sam", setup.root, capsys, "intel", "mine")
    assert code == 0 and "Card updated." in said and "Not verifiable." in said
    assert row(team, report, "state, answered_by") == ("done", mia)


def test_the_server_holds_the_apps_values() -> None:
    from enablement.insights.attachments import ATTACHMENT_SUFFIXES as APP_SUFFIXES
    from enablement.insights.models import LinkKind
    from enablement.insights.report_triage import NEXT_STATES
    from enablement.team.report_rules import ATTACHMENT_SUFFIXES, LINK_TABLES, REPORT_MOVES, REPORT_VALUES

    assert REPORT_VALUES["state"] == tuple(s.value for s in ReportState)
    assert {
        s.value: tuple(t.value for t in ReportState if t in NEXT_STATES[s]) for s in ReportState
    } == REPORT_MOVES
    assert ATTACHMENT_SUFFIXES == APP_SUFFIXES
    assert set(LINK_TABLES) == {k.value for k in LinkKind}


def test_secure_twice_gives_an_older_server_the_rules(team: Team, setup: Setup) -> None:
    """An older server had none of these triggers; `team secure` adds them, and again changes nothing."""
    report = intel(team, setup, "Acme at the fair.")
    names = (
        "enablement_report_triaged",
        "enablement_report_triage_logged",
        "enablement_report_event_written",
    )
    with team.owner() as conn:
        for name in names:
            conn.execute(f"DROP TRIGGER {name} ON {'report_events' if 'event' in name else 'reports'}")
        conn.commit()
    session(team, "mia", ("UPDATE reports SET state = 'bogus' WHERE id = %s", (report,)))  # the hole
    for _ in range(2):
        with TeamAdmin(team.owner_url) as owner:
            owner.secure()
        with pytest.raises(errors.InsufficientPrivilege, match="has no line in its history"):
            session(team, "mia", ("UPDATE reports SET state = 'new' WHERE id = %s", (report,)))
    # The app cannot read 'bogus'; a marketer repairs it with its line (any known state from there).
    session(
        team,
        "mia",
        ("UPDATE reports SET state = 'new' WHERE id = %s", (report,)),
        (ANSWER_LINE, (report, "state", "bogus", "new")),
    )
    with team.owner() as conn:
        found = conn.execute(
            "SELECT tgname, count(*) FROM pg_trigger WHERE tgname = ANY(%s) GROUP BY tgname", (list(names),)
        ).fetchall()
    assert sorted(found) == sorted((name, 1) for name in names)
