"""The feedback loop on a team server: the services as real logins, and the SQL rules behind them.

Sellers send intel and feedback as themselves and read only their own reports; marketing
triages; nobody deletes a report or rewrites its history, whatever client they use.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from psycopg import errors

from enablement.errors import NotFound, PermissionDenied, ReportError
from enablement.insights import ReportService, ReportState
from enablement.store.library import Library
from enablement.voting import VotingService
from tests.helpers import attachments
from tests.unit.team.conftest import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()


@dataclass
class Setup:
    item_id: int
    sams: int  # sam's intel, answered and planned by mia
    sues: int  # sue's feedback on slide 2
    root: Path


@pytest.fixture(scope="module")
def setup(team: Team, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    root = tmp_path_factory.mktemp("team-reports")
    with Library(root / "owner", team.owner_url) as owner:
        item_id = store_draft(owner, "Acme battle deck")
    shot = attachments.png(root / "acme-price.png")
    with Library(root / "sam", team.url("sam")) as lib:
        sams = ReportService(lib).add_intel(
            team.name("sam"), "price", competitor="Acme", text="Acme at -20%.", attachment=shot
        )
    with Library(root / "sue", team.url("sue")) as lib:
        sues = ReportService(lib).add_feedback(
            team.name("sue"), item_id, "slide", 2, "outdated", "Old table."
        )
    yield Setup(item_id=item_id, sams=sams.id, sues=sues.id, root=root)


def refused(team: Team, who: str, statement: str, params: Any = None) -> str:
    connect = team.owner if who == "owner" else lambda: team.connect(who)
    with connect() as conn, pytest.raises(errors.InsufficientPrivilege) as caught:
        conn.execute(statement, params)
    return str(caught.value)


def run(team: Team, who: str, statement: str, params: Any = None) -> int:
    with team.connect(who) as conn:
        count = conn.execute(statement, params).rowcount
        conn.commit()
    return count


def test_the_loop_through_the_services_as_real_logins(team: Team, setup: Setup) -> None:
    sam, sue, mia = team.name("sam"), team.name("sue"), team.name("mia")
    with Library(setup.root / "sam", team.url("sam")) as lib:
        service = ReportService(lib)
        mine = service.my_reports(sam)
        assert [r.id for r in mine] == [setup.sams] and mine[0].team == "North"
        assert mine[0].attachment_sha is not None
        with pytest.raises(PermissionDenied):
            service.inbox(sam)
        with pytest.raises(PermissionDenied):
            service.item_feedback(sam, setup.item_id)
    with Library(setup.root / "mia", team.url("mia")) as lib:
        service = ReportService(lib)
        assert {r.id for r in service.inbox(mia)} == {setup.sams, setup.sues}
        service.set_state(mia, setup.sams, "accepted")
        service.assign(mia, setup.sams, mia)
        service.answer(mia, setup.sams, "A counter-offer card is coming.")
        service.set_state(mia, setup.sams, "planned")
        service.link(mia, setup.sams, "item", setup.item_id)
        units = service.item_feedback(mia, setup.item_id)
        assert [(u.unit_number, u.counts["outdated"]) for u in units] == [(2, 1)]
        # the attachment is shared: another desktop fetches it from the server
        sha = service.get_report(mia, setup.sams).attachment_sha
        assert sha is not None and lib.blobs.fetch(sha) is not None
    with Library(setup.root / "sam", team.url("sam")) as lib:
        report = ReportService(lib).my_reports(sam)[0]
        assert (report.state, report.answer, report.owner) == (
            ReportState.PLANNED,
            "A counter-offer card is coming.",
            mia,
        )
        news = VotingService(lib).notifications(sam)
        assert any(n.kind == "report" and "counter-offer" in str(n.message) for n in news)
        assert [e.action for e in ReportService(lib).history(sam, setup.sams)] == [
            "create", "state", "assign", "answer", "state", "link",
        ]  # fmt: skip
    with Library(setup.root / "sue", team.url("sue")) as lib:
        assert [r.id for r in ReportService(lib).my_reports(sue)] == [setup.sues]
        with pytest.raises(NotFound):  # row-level security hides it: not even its existence shows
            ReportService(lib).get_report(sue, setup.sams)


def test_seller_cannot_send_as_someone_else_or_pre_triaged(team: Team, setup: Setup) -> None:
    insert = (
        "INSERT INTO reports (at, author, team, type, kind, competitor, product, text, state, owner, "
        "updated_at) "
        "VALUES (now(), %s, '', 'intel', 'claim', '', '', 'x', %s, %s, now())"
    )
    assert "row-level security" in refused(team, "sam", insert, (team.name("sue"), "new", None))
    refused(team, "sam", insert, (team.name("sam"), "accepted", None))
    refused(team, "sam", insert, (team.name("sam"), "new", team.name("sam")))
    refused(
        team,
        "sam",
        "INSERT INTO reports (at, author, team, type, kind, competitor, product, text, state, answer, "
        "updated_at) "
        "VALUES (now(), %s, '', 'intel', 'claim', '', '', 'x', 'new', 'answered myself', now())",
        (team.name("sam"),),
    )
    with team.connect("sam") as conn:  # themselves, new, untriaged: yes (team from people)
        row = conn.execute(
            "INSERT INTO reports (at, author, team, type, kind, competitor, product, text, state, "
            "updated_at) "
            "VALUES (now(), %s, 'HQ', 'intel', 'claim', '', '', 'typed', 'new', now()) RETURNING id, team",
            (team.name("sam"),),
        ).fetchone()
        assert row is not None and row[1] == "North"
        conn.rollback()


def test_seller_reads_only_their_own_reports_and_events(team: Team, setup: Setup) -> None:
    with team.connect("sam") as conn:
        assert {r[0] for r in conn.execute("SELECT author FROM reports")} == {team.name("sam")}
        assert {r[0] for r in conn.execute("SELECT report_id FROM report_events")} == {setup.sams}
    with team.connect("mia") as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM reports")} >= {setup.sams, setup.sues}
        assert {r[0] for r in conn.execute("SELECT report_id FROM report_events")} >= {setup.sams, setup.sues}


def test_seller_cannot_triage_in_sql(team: Team, setup: Setup) -> None:
    refused(team, "sam", "UPDATE reports SET state = 'done' WHERE id = %s", (setup.sams,))
    refused(team, "sam", "UPDATE reports SET answer = 'ok' WHERE id = %s", (setup.sues,))
    refused(team, "sam", "UPDATE reports SET text = 'changed' WHERE id = %s", (setup.sams,))
    refused(
        team, "mia", "UPDATE reports SET text = 'changed' WHERE id = %s", (setup.sams,)
    )  # not a triage column
    assert run(team, "mia", "UPDATE reports SET owner = owner WHERE id = %s", (setup.sues,)) == 1


def test_an_attachment_is_its_authors_and_marketings_on_a_team_server(team: Team, setup: Setup) -> None:
    """`enablement intel attachment`: the author and marketing get the original (fetched from the
    server on a desktop that never had it); another seller's login does not even see the report."""
    sam, sue, mia = team.name("sam"), team.name("sue"), team.name("mia")
    with Library(setup.root / "mia-elsewhere", team.url("mia")) as lib:
        name, path = ReportService(lib).attachment(mia, setup.sams)
        assert name == "acme-price.png" and path.read_bytes().startswith(b"\x89PNG")
        with pytest.raises(NotFound, match=f"Report {setup.sues} has no attachment"):
            ReportService(lib).attachment(mia, setup.sues)
    with Library(setup.root / "sam", team.url("sam")) as lib:
        assert ReportService(lib).attachment(sam, setup.sams)[0] == "acme-price.png"
    with Library(setup.root / "sue", team.url("sue")) as lib, pytest.raises(NotFound, match="no report"):
        ReportService(lib).attachment(sue, setup.sams)


def test_a_seller_is_never_a_reports_owner(team: Team, setup: Setup) -> None:
    """Issue 11 review: `inbox assign 1 sam` made a seller the owner. The service says why; a
    marketer's SQL that names a seller owner is refused by the reports policy, a marketer owner
    is not."""
    mia, sam = team.name("mia"), team.name("sam")
    seller_owner = f"'{sam}' is sales: the owner of a report is a marketer"
    with Library(setup.root / "mia", team.url("mia")) as lib, pytest.raises(ReportError, match=seller_owner):
        ReportService(lib).assign(mia, setup.sues, sam)
    statement = "UPDATE reports SET owner = %s WHERE id = %s"
    assert "row-level security" in refused(team, "mia", statement, (sam, setup.sues))
    line = (
        "INSERT INTO report_events (report_id, at, actor, action, old_value, new_value) "
        "VALUES (%s, now(), current_user, 'assign', %s, %s)"
    )
    with team.connect("mia") as conn:  # a change with its history line (tests/unit/team/test_triage_rules.py)
        assert conn.execute(statement, (mia, setup.sues)).rowcount == 1
        conn.execute(line, (setup.sues, None, mia))
        assert conn.execute(statement, (None, setup.sues)).rowcount == 1
        conn.execute(line, (setup.sues, mia, None))
        conn.commit()


@pytest.mark.parametrize("who", ["sam", "mia", "admin", "owner"])
def test_nobody_deletes_a_report_or_rewrites_its_history(team: Team, setup: Setup, who: str) -> None:
    refused(team, who, "DELETE FROM reports WHERE id = %s", (setup.sams,))
    refused(team, who, "UPDATE report_events SET new_value = 'x'")
    refused(team, who, "DELETE FROM report_events")
    if who == "owner":
        assert "rows are kept" in refused(team, who, "TRUNCATE reports CASCADE")
        assert "rows are kept" in refused(team, who, "DELETE FROM reports")


def test_events_are_written_as_oneself_on_ones_own_reports(team: Team, setup: Setup) -> None:
    insert = "INSERT INTO report_events (report_id, at, actor, action) VALUES (%s, now(), %s, 'state')"
    refused(team, "sam", insert, (setup.sams, team.name("mia")))
    refused(team, "sam", insert, (setup.sues, team.name("sam")))  # sue's report
    # marketing writes a line only for a change made in the same transaction (test_triage_rules.py)
    assert "not changed in this transaction" in refused(team, "mia", insert, (setup.sues, team.name("mia")))


def test_a_sellers_fake_or_hostile_attachment_is_refused_before_the_server(
    team: Team, setup: Setup, tmp_path: Path
) -> None:
    fake = tmp_path / "offer.pdf"
    fake.write_bytes(b"%PDF-1.4 fake")
    bomb = attachments.zip_bomb(tmp_path / "terms.docx")
    with Library(setup.root / "sam", team.url("sam")) as lib:
        service = ReportService(lib)
        before = len(service.my_reports(team.name("sam")))
        with pytest.raises(ReportError, match=r"offer\.pdf cannot be attached: it is not a readable PDF"):
            service.add_intel(team.name("sam"), "price", text="Their offer.", attachment=fake)
        with pytest.raises(
            ReportError, match=r"terms\.docx cannot be attached: hostile file refused: zip bomb"
        ):
            service.add_intel(team.name("sam"), "price", text="Their terms.", attachment=bomb)
        assert len(service.my_reports(team.name("sam"))) == before, "nothing half-written"


def test_a_sellers_attachment_must_match_its_hash(team: Team, setup: Setup) -> None:
    refused(team, "sam", "INSERT INTO blobs (sha256, size, data) VALUES (%s, 1, 'x')", ("0" * 64,))
    data = b"honest bytes"
    sha = hashlib.sha256(data).hexdigest()
    assert (
        run(
            team,
            "sam",
            "INSERT INTO blobs (sha256, size, data, added_by) VALUES (%s, %s, %s, 'mia')",
            (sha, len(data), data),
        )
        == 1
    )
    with team.owner() as conn:
        assert conn.execute("SELECT added_by FROM blobs WHERE sha256 = %s", (sha,)).fetchone() == (
            team.name("sam"),
        )
    refused(team, "sam", "UPDATE blobs SET data = 'y' WHERE sha256 = %s", (sha,))
    refused(team, "sam", "DELETE FROM blobs WHERE sha256 = %s", (sha,))


def test_a_seller_writes_only_the_create_line_of_their_own_reports_history(team: Team, setup: Setup) -> None:
    """A forged 'answered' line in one's own report's history would read as marketing's answer."""
    forged = (
        "INSERT INTO report_events (report_id, at, actor, action, new_value) "
        "VALUES (%s, now(), %s, 'answer', 'Marketing: we will match the price')"
    )
    assert "row-level security" in refused(team, "sam", forged, (setup.sams, team.name("sam")))
    create = "INSERT INTO report_events (report_id, at, actor, action) VALUES (%s, now(), %s, 'create')"
    assert "already has its create line" in refused(team, "sam", create, (setup.sams, team.name("sam")))


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("type", "nonsense"),
        ("kind", "rumour"),
        ("outcome", "maybe"),
        ("size_band", "huge"),
        ("unit_kind", "chapter"),
        ("text", "x" * 10_001),
    ],
)
def test_a_seller_cannot_store_a_report_the_app_cannot_read(
    team: Team, setup: Setup, column: str, value: str
) -> None:
    """One unreadable row would break marketing's whole inbox, and a seller cannot remove it."""
    row = {
        "type": "intel",
        "kind": "claim",
        "outcome": None,
        "size_band": None,
        "unit_kind": None,
        "text": "x",
    }
    row[column] = value
    with team.connect("sam") as conn, pytest.raises(errors.CheckViolation, match="report refused"):
        conn.execute(
            "INSERT INTO reports (at, author, team, type, kind, competitor, product, outcome, size_band, "
            "unit_kind, text, state, updated_at) "
            "VALUES (now(), %s, '', %s, %s, '', '', %s, %s, %s, %s, 'new', now())",
            (
                team.name("sam"),
                row["type"],
                row["kind"],
                row["outcome"],
                row["size_band"],
                row["unit_kind"],
                row["text"],
            ),
        )


def test_a_sellers_report_carries_the_servers_time(team: Team, setup: Setup) -> None:
    """A backdated report would skew the response median and the weekly trends."""
    with team.connect("sam") as conn:
        row = conn.execute(
            "INSERT INTO reports (at, author, team, type, kind, competitor, product, text, state, "
            "updated_at) VALUES (now() - interval '30 days', %s, '', 'intel', 'claim', '', '', 'old', 'new', "
            "now()) "
            "RETURNING at > now() - interval '1 minute'",
            (team.name("sam"),),
        ).fetchone()
        assert row is not None and row[0] is True
        conn.rollback()


def test_the_report_values_on_the_server_are_the_apps() -> None:
    from enablement.domain import UnitKind
    from enablement.insights.models import DealOutcome, IntelKind, ReportType, SizeBand, Verdict
    from enablement.insights.report_base import MAX_TEXT_CHARS
    from enablement.team.report_rules import REPORT_TEXT_LIMIT, REPORT_VALUES

    expected = {
        "type": ReportType,
        "intel": IntelKind,
        "feedback": Verdict,
        "outcome": DealOutcome,
        "size_band": SizeBand,
        "unit_kind": UnitKind,
    }
    assert {k: set(REPORT_VALUES[k]) for k in expected} == {
        k: {m.value for m in e} for k, e in expected.items()
    }
    assert REPORT_TEXT_LIMIT == MAX_TEXT_CHARS


def test_a_sellers_usage_counts_for_their_own_team_and_known_actions(team: Team, setup: Setup) -> None:
    """Typing another team's name into usage_events would inflate that team's numbers."""
    insert = (
        "INSERT INTO usage_events (at, person, team, action, item_id) VALUES (now(), %s, 'South', %s, %s) "
        "RETURNING team"
    )
    with team.connect("sam") as conn:
        row = conn.execute(insert, (team.name("sam"), "open", setup.item_id)).fetchone()
        assert row is not None and row[0] == "North"
        conn.rollback()
    with (
        team.connect("sam") as conn,
        pytest.raises(errors.CheckViolation, match="not an action the app records"),
    ):
        conn.execute(insert, (team.name("sam"), "bogus", setup.item_id))
