"""Field intel, content feedback and triage through ReportService, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from enablement.domain import ItemKind, UnitKind
from enablement.errors import NotFound, PermissionDenied, ReportError
from enablement.ingest.registry import SUPPORTED_SUFFIXES
from enablement.ingest.safety import MAX_FILE_BYTES
from enablement.insights import (
    DealOutcome,
    IntelKind,
    LinkKind,
    ReportService,
    ReportState,
    ReportType,
    Verdict,
    report_sending,
)
from enablement.insights import reports as reports_module
from enablement.store import Library, repository
from enablement.voting import BallotSpec, VotingService
from tests.helpers import attachments


def _pdf(tmp_path: Path, name: str = "offer.pdf") -> Path:
    return attachments.pdf(tmp_path / name)


def test_intel_with_attachment_is_triaged_answered_and_linked(
    reports: ReportService,
    voting: VotingService,
    library: Library,
    make_item: Callable[..., int],
    tmp_path: Path,
) -> None:
    make_item("Acme battle card", competitors=["Acme Corp"], products=["Router X1"])
    sent = reports.add_intel(
        "sam",
        "price",
        competitor="acme corp",
        product="ROUTER x1",
        size_band="1-5m",
        text="Acme offers X1-class routers at 20% below our list price.",
        attachment=_pdf(tmp_path),
    )
    assert (sent.type, sent.kind, sent.state) == (ReportType.INTEL, "price", ReportState.NEW)
    assert (sent.competitor, sent.product, sent.team) == ("Acme Corp", "Router X1", "North")
    assert sent.attachment_name == "offer.pdf"
    assert sent.attachment_sha is not None and library.blobs.has(sent.attachment_sha)

    inbox = reports.inbox("mia")
    assert [r.id for r in inbox] == [sent.id]
    assert reports.inbox("mia", state="new", type="intel")[0].id == sent.id
    assert reports.inbox("mia", state="done") == []

    reports.set_state("mia", sent.id, "accepted")
    reports.assign("mia", sent.id, "mia")
    reports.set_state("mia", sent.id, ReportState.PLANNED)
    answered = reports.answer("mia", sent.id, "We are preparing a counter-offer card for X1.")
    assert answered.answered_by == "mia" and answered.owner == "mia"
    assert reports.inbox("mia", owner="mia")[0].id == sent.id

    news = voting.notifications("sam")
    assert len(news) == 1 and news[0].kind == "report" and news[0].ballot_id is None
    assert "counter-offer card" in str(news[0].message) and f"report {sent.id}" in str(news[0].message)

    card = make_item("Acme X1 counter-offer", competitors=["Acme Corp"])
    reports.link("mia", sent.id, "item", card)
    done = reports.set_state("mia", sent.id, "done")
    assert done.led_to == (LinkKind.ITEM, card)

    mine = reports.my_reports("sam")
    assert len(mine) == 1
    assert (mine[0].state, mine[0].answer, mine[0].owner, mine[0].led_to) == (
        ReportState.DONE,
        "We are preparing a counter-offer card for X1.",
        "mia",
        (LinkKind.ITEM, card),
    )
    actions = [(e.action, e.actor, e.new_value) for e in reports.history("sam", sent.id)]
    assert actions == [
        ("create", "sam", "intel:price"),
        ("state", "mia", "accepted"),
        ("assign", "mia", "mia"),
        ("state", "mia", "planned"),
        ("answer", "mia", "We are preparing a counter-offer card for X1."),
        ("link", "mia", f"item:{card}"),
        ("state", "mia", "done"),
    ]
    assert mine[0].to_json()["led_to"] == {"kind": "item", "id": card}


def test_a_decline_needs_a_reason_which_becomes_the_answer(
    reports: ReportService, voting: VotingService
) -> None:
    sent = reports.add_intel("sam", "request", text="A one-pager on X1 for hospitals, please.")
    with pytest.raises(ReportError, match="only with a reason"):
        reports.set_state("mia", sent.id, "declined")
    with pytest.raises(ReportError, match="only with a reason"):
        reports.set_state("mia", sent.id, "declined", reason="   ")
    declined = reports.set_state(
        "mia", sent.id, "declined", reason="Hospitals are not a target segment this year."
    )
    assert declined.state is ReportState.DECLINED and declined.answer.startswith("Hospitals")
    assert "Hospitals are not" in str(voting.notifications("sam")[0].message)
    with pytest.raises(ReportError, match="final"):
        reports.set_state("mia", sent.id, "accepted")


def test_states_move_forward_only(reports: ReportService) -> None:
    sent = reports.add_intel("sam", "objection", text="Customers say our warranty is too short.")
    reports.set_state("mia", sent.id, "planned")
    with pytest.raises(ReportError, match="can move to done, declined, not to accepted"):
        reports.set_state("mia", sent.id, "accepted")
    with pytest.raises(ReportError, match="not to planned"):
        reports.set_state("mia", sent.id, "planned")


def test_deal_outcome_follows_the_kind(reports: ReportService) -> None:
    won = reports.add_intel(
        "sam", "deal_won", text="Won the city tender on price and support.", size_band="gt20m"
    )
    assert won.outcome is DealOutcome.WON
    other = reports.add_intel("sam", "claim", outcome="open", text="Acme claims 99.999% uptime.")
    assert other.outcome is DealOutcome.OPEN
    with pytest.raises(ReportError, match="cannot have the outcome"):
        reports.add_intel("sam", "deal_lost", outcome="won", text="Lost it.")


def test_known_values_normalise_and_new_ones_get_suggestions(
    reports: ReportService, make_item: Callable[..., int]
) -> None:
    make_item("Card", competitors=["Acme Corp", "Globex"], products=["Router X1"])
    make_item("Other", competitors=["acme corp"], products=["Switch S2"])
    known = reports.known_values()
    assert known.competitors == ["Acme Corp", "Globex"]
    assert known.products == ["Router X1", "Switch S2"]
    sent = reports.add_intel(
        "sam", "claim", competitor="  Initech  ", product="switch   s2", text="New player."
    )
    assert (sent.competitor, sent.product) == ("Initech", "Switch S2")  # new competitors are welcome
    assert reports.suggestions(competitor="Acme Crop") == {"competitor": ["Acme Corp"], "product": []}
    assert reports.suggestions(competitor="globex", product="Router") == {
        "competitor": [],
        "product": ["Router X1"],
    }


@pytest.mark.parametrize(
    ("unit_kind", "item_kind"),
    [
        (UnitKind.SLIDE, ItemKind.DECK),
        (UnitKind.PAGE, ItemKind.DOCUMENT),
        (UnitKind.ROW, ItemKind.CATALOG),
        (UnitKind.SECTION, ItemKind.BATTLECARD),
    ],
)
def test_feedback_on_each_kind_of_unit_rolls_up_for_marketing(
    reports: ReportService, make_item: Callable[..., int], unit_kind: UnitKind, item_kind: ItemKind
) -> None:
    item = make_item(f"A {item_kind}", unit_kind=unit_kind, kind=item_kind, count=4)
    reports.add_feedback("sam", item, unit_kind, 2, "helped")
    reports.add_feedback("sue", item, unit_kind.value, 2, "outdated", "Prices changed in January.")
    reports.add_feedback("sue", item, unit_kind, 4, Verdict.MISSING, "No comparison with Globex.")
    fb = reports.add_feedback("mia", item, unit_kind, 2, "wrong", "The SLA is 4 hours, not 8.")
    assert (fb.type, fb.item_title, fb.unit_kind, fb.unit_number) == (
        ReportType.FEEDBACK,
        f"A {item_kind}",
        unit_kind.value,
        2,
    )

    units = reports.item_feedback("mia", item)
    assert [(u.unit_kind, u.unit_number) for u in units] == [(unit_kind.value, 2), (unit_kind.value, 4)]
    assert units[0].counts == {"helped": 1, "outdated": 1, "wrong": 1, "missing": 0}
    assert units[0].total == 3
    assert [c.comment for c in units[0].latest] == [
        "The SLA is 4 hours, not 8.",
        "Prices changed in January.",
    ]
    assert units[1].counts["missing"] == 1

    reports.set_state("mia", fb.id, "done")
    other = make_item("Quiet item")
    summary = reports.item_feedback_summary("mia", [item, other])
    assert list(summary) == [item]
    assert summary[item].counts == {"helped": 1, "outdated": 1, "wrong": 1, "missing": 1}
    assert (summary[item].total, summary[item].open) == (4, 3)
    assert reports.item_feedback_summary("mia", []) == {}


def test_feedback_on_a_removed_unit_or_item_is_a_clear_not_found(
    reports: ReportService, library: Library, make_item: Callable[..., int]
) -> None:
    item = make_item("Router X1 deck", count=8)
    kept = reports.add_feedback("sam", item, "slide", 7, "outdated", "Old price.")
    make_item("Router X1 deck", count=5, item_id=item)  # a new version with 5 slides
    with pytest.raises(NotFound, match="'Router X1 deck' has no slide 7 in its current version") as refused:
        reports.add_feedback("sam", item, "slide", 7, "outdated", "Still old.")
    assert str(refused.value).endswith("Your comment was not saved: «Still old.»")
    with pytest.raises(NotFound, match="'Router X1 deck' has no page at all: give feedback on its slide"):
        reports.add_feedback("sam", item, "page", 1, "helped")
    with library.transaction() as conn:
        repository.remove_item(conn, item)
    with pytest.raises(NotFound, match=f"no item {item}") as refused:
        reports.add_feedback("sam", item, "slide", 1, "wrong", "The SLA changed.")
    assert "Your comment was not saved: «The SLA changed.»" in str(refused.value)
    survived = reports.my_reports("sam")[0]
    assert survived.id == kept.id and survived.item_id is None and survived.item_title == "Router X1 deck"


def test_bad_input_is_refused_with_a_clear_message(
    reports: ReportService, make_item: Callable[..., int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = make_item()
    with pytest.raises(ReportError, match="needs a text"):
        reports.add_intel("sam", "price", text="  \n ")
    with pytest.raises(ReportError, match="needs a text"):
        reports.add_intel("sam", "price", text="\x1b\x07\x00")
    with pytest.raises(ReportError, match="too long: 10001 characters \\(limit 10000\\)"):
        reports.add_intel("sam", "price", text="x" * 10_001)
    with pytest.raises(ReportError, match="Unknown kind of intel 'rumour': choose one of price, claim"):
        reports.add_intel("sam", "rumour", text="Heard something.")
    with pytest.raises(ReportError, match="Unknown deal size band"):
        reports.add_intel("sam", "deal_won", size_band="huge", text="Big one.")
    with pytest.raises(ReportError, match="Unknown verdict 'meh'"):
        reports.add_feedback("sam", item, "slide", 1, "meh", "so-so")
    with pytest.raises(ReportError, match="Unknown unit kind"):
        reports.add_feedback("sam", item, "chapter", 1, "helped")
    for verdict in ("wrong", "missing"):
        with pytest.raises(ReportError, match=f"Say what is {verdict}"):
            reports.add_feedback("sam", item, "slide", 1, verdict, " ")
    with pytest.raises(ReportError, match="too long"):
        reports.add_feedback("sam", item, "slide", 1, "wrong", "y" * 10_001)
    assert reports.add_feedback("sam", item, "slide", 1, "helped").text == ""
    with pytest.raises(ReportError, match="too long for a name"):
        reports.add_intel("sam", "claim", competitor="A" * 201, text="Long name.")
    with pytest.raises(ReportError, match="Say who is acting"):
        reports.add_intel(" ", "claim", text="Anonymous.")

    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(ReportError, match=r"tool\.exe cannot be attached: \.exe files are not accepted"):
        reports.add_intel("sam", "price", text="See file.", attachment=exe)
    with pytest.raises(ReportError, match="not a file"):
        reports.add_intel("sam", "price", text="See file.", attachment=tmp_path / "missing.pdf")
    monkeypatch.setattr(report_sending, "MAX_ATTACHMENT_BYTES", 10)
    with pytest.raises(ReportError, match="too large to attach"):
        reports.add_intel("sam", "price", text="See file.", attachment=_pdf(tmp_path))

    sent = reports.add_intel("sam", "price", text="Fine.")
    with pytest.raises(ReportError, match="Unknown report state 'closed'"):
        reports.set_state("mia", sent.id, "closed")
    with pytest.raises(ReportError, match="An answer needs a text"):
        reports.answer("mia", sent.id, "")
    with pytest.raises(ReportError, match="too long"):
        reports.answer("mia", sent.id, "z" * 10_001)
    with pytest.raises(NotFound, match="no report 999"):
        reports.answer("mia", 999, "Hello")
    with pytest.raises(NotFound, match="no ballot 999 to link"):
        reports.link("mia", sent.id, "ballot", 999)
    with pytest.raises(NotFound, match="no item 999 to link"):
        reports.link("mia", sent.id, "item", 999)
    with pytest.raises(ReportError, match="Unknown link target"):
        reports.link("mia", sent.id, "card", 1)
    with pytest.raises(NotFound, match="no person named 'nobody'"):
        reports.assign("mia", sent.id, "nobody")
    with pytest.raises(ReportError, match="'sam' is sales: the owner of a report is a marketer"):
        reports.assign("mia", sent.id, "sam")
    assert [r.kind for r in reports.my_reports("sam")] == ["price", "helped"]  # nothing half-written


def test_control_characters_are_dropped_from_a_report(reports: ReportService) -> None:
    """A pasted terminal escape never reaches marketing's terminal; line breaks and tabs stay."""
    escaped = reports.add_intel("sam", "price", text="a\x01\x1b[31mred\x9b\nline\ttab")
    assert escaped.text == "a[31mred\nline\ttab"
    assert reports.my_reports("sam")[0].text == "a[31mred\nline\ttab"


def test_link_to_a_ballot_and_unassign(reports: ReportService, voting: VotingService) -> None:
    sent = reports.add_intel("sam", "request", text="Would customers buy an X2 with Wi-Fi 7?")
    ballot = voting.create_ballot("mia", BallotSpec(title="X2 with Wi-Fi 7?"))
    assert reports.link("mia", sent.id, LinkKind.BALLOT, ballot.id).led_to == (LinkKind.BALLOT, ballot.id)
    reports.assign("mia", sent.id, "mia")
    assert reports.assign("mia", sent.id, "").owner is None


def test_sellers_cannot_triage_or_read_others_reports(
    reports: ReportService, make_item: Callable[..., int]
) -> None:
    item = make_item()
    sent = reports.add_intel("sue", "claim", text="Globex claims free installation.")
    for call in (
        lambda: reports.inbox("sam"),
        lambda: reports.set_state("sam", sent.id, "accepted"),
        lambda: reports.assign("sam", sent.id, "sam"),
        lambda: reports.answer("sam", sent.id, "ok"),
        lambda: reports.link("sam", sent.id, "item", item),
        lambda: reports.item_feedback("sam", item),
        lambda: reports.item_feedback_summary("sam", [item]),
        lambda: reports.get_report("sam", sent.id),
        lambda: reports.inbox("stranger"),
    ):
        with pytest.raises(PermissionDenied, match="Only marketing can"):
            call()
    assert reports.my_reports("sam") == []
    assert reports.get_report("sue", sent.id).id == sent.id
    assert reports.get_report("mia", sent.id).id == sent.id
    assert reports.my_reports("sue")[0].state is ReportState.NEW


def test_attachments_accept_what_the_library_imports() -> None:
    assert SUPPORTED_SUFFIXES <= reports_module.ATTACHMENT_SUFFIXES
    assert reports_module.MAX_ATTACHMENT_BYTES == MAX_FILE_BYTES


def test_an_author_without_a_profile_still_sees_the_answer(reports: ReportService) -> None:
    sent = reports.add_intel("walk-in", "objection", text="Too expensive.")
    reports.answer("mia", sent.id, "See the TCO slide.")
    assert reports.my_reports("walk-in")[0].answer == "See the TCO slide."
    assert IntelKind.OBJECTION.value == sent.kind


def test_attachments_are_judged_by_content_not_name(reports: ReportService, tmp_path: Path) -> None:
    """A renamed program, a zip called .txt or an empty file are refused; what they claim to be passes."""
    cases = {
        "offer.pdf": (
            b"MZ\x90\x00\x03\x00\x00\x00",
            "named .pdf but is not a PDF (it looks like a Windows program)",
        ),
        "notes.txt": (
            b"PK\x03\x04\x14\x00\x00\x00",
            "named .txt but is not a text file (it looks like a zip archive)",
        ),
        "deck.pptx": (
            b"%PDF-1.7\n",
            "named .pptx but is not a PowerPoint presentation (it looks like a PDF)",
        ),
        "shot.png": (
            b"\xff\xd8\xff\xe0\x00\x10JFIF",
            "named .png but is not a PNG picture (it looks like a picture)",
        ),
        "table.csv": (
            b"a,b\x00\x01\x02",
            "named .csv but is not a text file (it looks like data of an unknown kind)",
        ),
        "empty.md": (b"", "empty.md cannot be attached: it is empty"),
        "quote.pdf": (
            b"Acme quote: 120 000 per unit\n",
            "the file is named .pdf but is not a PDF (it looks like plain text)",
        ),
        "prices.pdf": ("Цены Acme: 120 000\n".encode("cp1251"), "is not a PDF (it looks like plain text)"),
        "blob.xlsx": (
            b"\x01\x02\x03\xfe\xfd",
            "is not an Excel workbook (it looks like data of an unknown kind)",
        ),
    }
    for name, (content, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ReportError, match=re.escape(reason)):
            reports.add_intel("sam", "price", text="See file.", attachment=path)
    assert reports.my_reports("sam") == [], "nothing half-written"

    ok = tmp_path / "ok"
    ok.mkdir()
    (ok / "shot.webp").write_bytes(b"RIFF\x0c\x00\x00\x00WEBPVP8 \x00\x00\x00\x00")
    (ok / "pricing.csv").write_bytes("Модель;Цена\nK-300R;120000\n".encode("cp1251"))
    (ok / "notes.md").write_bytes("# Конкурент снизил цену\n".encode())
    accepted = [
        attachments.jpeg(ok / "photo.jpg"),
        ok / "shot.webp",
        ok / "pricing.csv",
        ok / "notes.md",
        attachments.pdf(ok / "offer.pdf"),
        attachments.pptx(ok / "deck.pptx"),
    ]
    for path in accepted:
        sent = reports.add_intel("sam", "price", text="See file.", attachment=path)
        assert sent.attachment_name == path.name
