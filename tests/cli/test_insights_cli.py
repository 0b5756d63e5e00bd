"""`enablement intel …`, `feedback …` and `inbox …` end to end (in-process `main`), SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.cli import main
from enablement.domain import ItemKind
from enablement.store import Library, schema
from enablement.store.repository import get_item, list_items, log_search
from enablement.store.schema import items
from tests.helpers import attachments
from tests.unit.insights.conftest import store_item


class Cli:
    def __init__(self, library: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]) -> None:
        self.library, self.db_url = library, db_url
        self.base = ["--library", str(library)] + (["--db", db_url] if db_url else [])
        self.capsys = capsys

    def __call__(self, *args: str, user: str | None = None, ok: bool = True) -> tuple[int, str, str]:
        argv = [*self.base, *(["--user", user] if user else []), *args]
        code = main(argv)
        out, err = self.capsys.readouterr()
        assert (code == 0) is ok, (argv, code, out, err)
        return code, out, err

    def json(self, *args: str, user: str | None = None) -> Any:
        return json.loads(self(*args, "--json", user=user)[1])


@pytest.fixture
def cli(tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]) -> Cli:
    cli = Cli(tmp_path / "lib", db_url, capsys)
    cli("user", "add", "mia", "--role", "marketing", "--team", "HQ")
    cli("user", "add", "sam", "--role", "sales", "--team", "North")
    for who in ("sue", "tom", "ann", "bob", "cid"):  # --user names a person of the roster
        cli("user", "add", who, "--role", "sales", "--team", "South")
    return cli


def _item(cli: Cli, title: str, **kw: Any) -> int:
    with Library(cli.library, cli.db_url) as lib:
        return store_item(lib, title, **kw)


def test_intel_flow_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    _item(cli, "Acme card", competitors=["Acme Corp"], products=["Router X1"])
    shot = attachments.png(tmp_path / "price.png")
    _, out, _ = cli(
        "intel", "add", "--kind", "price", "--competitor", "acme corp", "--product", "Router X1",
        "--size", "1-5m", "--attach", str(shot), "Acme", "cut", "X1", "prices", "by", "20%", user="sam",
    )  # fmt: skip
    report = out.strip()
    assert report.isdigit()
    _, out, _ = cli(
        "intel", "add", "--kind", "claim", "--competitor", "Acme Crop", "Free install.", user="sam"
    )
    assert "did you mean 'Acme Corp'" in out
    sent = cli.json("intel", "add", "--kind", "deal_lost", "--outcome", "lost", "Lost on price.", user="sam")
    assert (sent["kind"], sent["outcome"], sent["author"], sent["state"]) == (
        "deal_lost",
        "lost",
        "sam",
        "new",
    )

    inbox = cli.json("inbox", user="mia")
    assert [r["id"] for r in inbox][-1] == int(report)
    first = inbox[-1]
    assert (first["competitor"], first["attachment"]["name"], first["size_band"]) == (
        "Acme Corp",
        "price.png",
        "1-5m",
    )
    _, out, _ = cli("inbox", "--state", "new", user="mia")
    assert "Acme cut X1 prices by 20%" in out

    assert cli.json("inbox", "state", report, "accepted", user="mia")["state"] == "accepted"
    assert cli.json("inbox", "assign", report, "mia", user="mia")["owner"] == "mia"
    _, out, _ = cli("inbox", "answer", report, "Counter-offer", "card", "coming.", user="mia")
    assert "sam is notified" in out
    card = _item(cli, "Acme counter-offer")
    assert cli.json("inbox", "link", report, f"item:{card}", user="mia")["led_to"] == {
        "kind": "item",
        "id": card,
    }
    _, out, _ = cli("inbox", "state", report, "done", user="mia")
    assert out.strip() == f"report {report}: done"
    assert cli.json("inbox", "--state", "done", user="mia")[0]["id"] == int(report)

    mine = cli.json("intel", "mine", user="sam")
    done = next(r for r in mine if r["id"] == int(report))
    assert (done["state"], done["answer"], done["led_to"]) == (
        "done",
        "Counter-offer card coming.",
        {"kind": "item", "id": card},
    )
    _, out, _ = cli("intel", "mine", user="sam")
    assert "answer (mia, " in out and "): Counter-offer card coming." in out
    assert f"led to item {card} «Acme counter-offer»" in out  # named, not just a number
    _, out, _ = cli("poll", "inbox", user="sam")
    assert "Counter-offer card coming." in out  # the notification


def test_feedback_and_refusals_from_the_command_line(cli: Cli) -> None:
    deck = _item(cli, "Router X1 deck", count=8)
    fb = cli.json(
        "feedback",
        "add",
        str(deck),
        "--unit",
        "slide:7",
        "--verdict",
        "outdated",
        "Old",
        "price.",
        user="sam",
    )
    assert (fb["item_title"], fb["unit_kind"], fb["unit_number"], fb["text"]) == (
        "Router X1 deck",
        "slide",
        7,
        "Old price.",
    )
    _, out, _ = cli("feedback", "add", str(deck), "--unit", "slide:2", "--verdict", "helped", user="sam")
    assert out.strip().isdigit()
    _, _, err = cli(
        "feedback", "add", str(deck), "--unit", "slide:9", "--verdict", "helped", user="sam", ok=False
    )
    assert "has no slide 9 in its current version" in err
    _, _, err = cli(
        "feedback", "add", str(deck), "--unit", "seven", "--verdict", "helped", user="sam", ok=False
    )
    assert "Cannot read 'seven'" in err
    _, _, err = cli(
        "feedback", "add", str(deck), "--unit", "slide:1", "--verdict", "wrong", user="sam", ok=False
    )
    assert "needs a comment" in err
    _, _, err = cli("intel", "add", "--kind", "price", " ", user="sam", ok=False)
    assert "needs a text" in err

    _, _, err = cli("inbox", user="sam", ok=False)
    assert "Only marketing can read the reports inbox" in err
    _, _, err = cli("inbox", "state", str(fb["id"]), "accepted", user="sam", ok=False)
    assert "Only marketing can triage reports" in err
    _, _, err = cli("inbox", "state", str(fb["id"]), "declined", user="mia", ok=False)
    assert "only with a reason" in err
    assert cli.json("inbox", "state", str(fb["id"]), "declined", "--reason", "Price is right.", user="mia")[
        "answer"
    ] == ("Price is right.")
    _, _, err = cli("inbox", "link", str(fb["id"]), "ballot:99", user="mia", ok=False)
    assert "There is no ballot 99" in err
    _, _, err = cli("inbox", "link", str(fb["id"]), "ballot", user="mia", ok=False)
    assert "Cannot read 'ballot'" in err
    assert cli.json("inbox", "--type", "feedback", user="mia")[0]["type"] == "feedback"
    _, out, _ = cli("intel", "mine", user="mia")
    assert out.strip() == "(you have sent nothing yet)"


def test_a_fresh_library_says_how_to_become_the_one_who_triages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a new single-user library the refusal is a sentence with the command that fixes it."""
    fresh = Cli(tmp_path / "fresh", None, capsys)
    _, _, err = fresh("intel", "add", "--kind", "objection", "Дорого", user="olga", ok=False)
    assert "'olga' is not a person of this library: its roster is empty" in err
    assert "enablement user add 'olga' --role sales --team TEAM" in err
    fresh("intel", "add", "--kind", "objection", "Дорого")  # the OS user may always act
    _, _, err = fresh("inbox", ok=False)
    assert "has no profile in this library yet" in err
    assert "--role marketing" in err
    fresh("user", "add", "olga", "--role", "marketing")
    fresh("user", "add", "sam", "--role", "sales")
    _, _, err = fresh("intel", "add", "--kind", "claim", "Made up", user="nobody", ok=False)
    assert "'nobody' is not a person of this library (see `enablement user list`)" in err
    assert fresh.json("intel", "mine") and fresh.json("intel", "mine", user="sam") == []
    fresh("inbox", "state", "1", "accepted", user="olga")
    fresh("inbox", "answer", "1", "Спасибо, добавим слайд", user="olga")
    mine = fresh.json("intel", "mine")
    assert (mine[0]["state"], mine[0]["answer"]) == ("accepted", "Спасибо, добавим слайд")


def test_the_dashboard_of_a_fresh_library_reads_as_sentences(cli: Cli) -> None:
    """A review found "Response: hidden of hidden reports answered (hidden), median hidden h",
    flag codes and empty headings on a library with one or two people."""
    _item(cli, "Acme card", competitors=["Acme Corp"])
    cli("intel", "add", "--kind", "claim", "--competitor", "Acme Corp", "They claim 99.99%", user="sam")
    _, out, _ = cli("insights", "dashboard", user="mia")
    assert "Response: hidden (fewer than 3 people)" in out
    assert "Note: Response times are hidden: fewer than 3 people sent reports." in out
    assert "Voice: no ballot decided in these weeks" in out
    assert "Usage: hidden (fewer than 3 people)" in out
    assert "hidden h" not in out and "_fewer_than_" not in out
    assert "Acme Corp: battle card" in out or "Acme Corp: NO battle card" in out


def test_a_gap_is_decided_by_its_key_or_by_the_query_as_people_typed_it(cli: Cli) -> None:
    """A review found `insights gap dismiss "Wi-Fi 7 точки доступа"` answering "dismissed" while the
    gap stayed open: the decision was filed under the typed text, which is no gap's key."""
    _item(cli, "Acme card", competitors=["Acme Corp"])
    for who in ("ann", "bob", "cid"):
        cli("search", "kafka prices", user=who)
        cli("search", "точки доступа wi-fi", user=who)
    keys = {g["key"]: g["example"] for g in cli.json("insights", "gaps", user="mia")}
    assert set(keys) == {"kafka price", "wifi доступ точк"}, keys

    _, out, err = cli(
        "insights", "gap", "dismiss", "--note", "we do not sell Kafka", "Kafka price", user="mia"
    )
    assert out.strip() == "Gap 'kafka price': dismissed" and err == ""
    _, out, _ = cli("insights", "gap", "plan", "wifi доступ точк", user="mia")  # the key as printed
    assert out.startswith("Gap 'wifi доступ точк': card_planned; draft battle card made: #")
    assert cli.json("insights", "gaps", user="mia") == []

    _, out, err = cli("insights", "gap", "plan", "quantum routers", user="mia")
    assert "no open content gap has the key 'quantum router'" in err
    _, _, err = cli("insights", "gap", "dismiss", "--note", "x", "kafka", user="sam", ok=False)
    assert "marketing" in err


def test_a_gap_open_over_8_weeks_but_served_over_26_is_found_by_its_decision(cli: Cli) -> None:
    """A review found `insights gap answer "GW-50 шлюз" 13` warning "no open content gap has the key"
    for a gap `insights gaps` listed: the check looked 26 weeks back only, where earlier served
    searches of the key made it no gap. A gap of any period the app offers is found."""
    item = _item(cli, "Router X1 deck")
    for who in ("ann", "bob", "cid"):  # unserved these weeks
        cli("search", "gw-50 шлюз", user=who)
    (key,) = [g["key"] for g in cli.json("insights", "gaps", user="mia")]
    with Library(cli.library, cli.db_url) as lib, lib.transaction() as conn:
        old = datetime.now(UTC) - timedelta(weeks=12)
        for who in ("sam", "sue", "tom", "mia"):  # served 12 weeks ago: found it and opened it
            search = log_search(
                conn,
                query="gw-50 шлюз",
                hits=1,
                took_ms=1.0,
                user=who,
                at=old,
                query_key=key,
                found_items=[item],
            )
            values = {"at": old, "person": who, "team": "South", "action": "open", "item_id": item}
            conn.execute(sa.insert(schema.usage_events).values(**values, search_id=search))
    assert [g["key"] for g in cli.json("insights", "gaps", "--weeks", "26", user="mia")] == []  # 3 of 7
    _, out, err = cli("insights", "gap", "answer", "GW-50 шлюз", str(item), user="mia")
    assert out.strip() == f"Gap {key!r}: answered" and err == ""
    assert cli.json("insights", "gaps", user="mia") == []


def test_insights_usage_lists_the_items_no_search_showed(cli: Cli) -> None:
    _item(cli, "Router X1 deck")  # shown by the searches below
    unseen = _item(cli, "Firewall pricing card")
    _, out, _ = cli("insights", "usage")
    assert "Published items no search showed: hidden (searches by fewer than 3 people)" in out
    for who in ("mia", "sam", "sue"):
        cli("search", "router", user=who)
    usage = cli.json("insights", "usage")
    assert usage["never_found"] == [unseen] and usage["never_used"] is None  # nobody used anything
    assert usage["titles"][str(unseen)] == "Firewall pricing card"
    _, out, _ = cli("insights", "usage")
    assert "Published items nobody used: hidden (usage by fewer than 3 people)" in out
    assert f"Published items no search showed: 1\n  #{unseen} Firewall pricing card\n" in out
    _, out, _ = cli("insights", "dashboard")
    assert "Published items no search showed: 1" in out


def test_insights_usage_mine_keeps_to_the_period(cli: Cli) -> None:
    """`usage --mine --weeks N` lists only the last N weeks (8 by default, as every insights command),
    and says which: a review found N = 1, 4 and 26 listing the same months of events."""
    deck = _item(cli, "Router X1 deck")
    now = datetime.now(UTC)
    with Library(cli.library, cli.db_url) as lib, lib.transaction() as conn:
        for days in (2, 20, 100):  # this week, three weeks ago, fourteen weeks ago
            values = {"at": now - timedelta(days=days), "person": "sam", "team": "North", "item_id": deck}
            conn.execute(sa.insert(schema.usage_events).values(**values, action="open"))
        conn.execute(
            sa.insert(schema.usage_events).values(
                at=now, person="sue", team="South", action="open", item_id=deck
            )
        )

    def ages(*weeks: str) -> list[int]:
        mine = cli.json("insights", "usage", "--mine", *weeks, user="sam")
        return [(now - datetime.fromisoformat(m["at"])).days for m in mine]

    assert ages("--weeks", "1") == [2]
    assert ages("--weeks", "4") == [2, 20]
    assert ages() == [2, 20]  # the default period: 8 weeks
    assert ages("--weeks", "26") == [2, 20, 100]
    _, out, _ = cli("insights", "usage", "--mine", "--weeks", "4", user="sam")
    lines = out.splitlines()
    assert lines[0] == "Your activity, last 4 weeks (only you see it)" and len(lines) == 3
    _, out, _ = cli("insights", "usage", "--mine", "--weeks", "1", user="mia")
    assert out.strip() == "No activity of yours in the last 1 weeks."


def test_insights_coverage_and_voice_trends_from_the_command_line(cli: Cli) -> None:
    _item(cli, "Acme card", kind=ItemKind.BATTLECARD, competitors=["Acme Corp"])
    with Library(cli.library, cli.db_url) as lib, lib.transaction() as conn:
        for who in ("sam", "sue", "tom"):  # three people: shown
            at = datetime.now(UTC) - timedelta(days=2)
            log_search(conn, query="acme corp prices", hits=2, took_ms=1.0, user=who, at=at)
    coverage = cli.json("insights", "coverage", "--weeks", "4")
    assert [c["competitor"] for c in coverage["competitors"]] == ["Acme Corp"]
    trend = coverage["trend"]
    assert [w["value"] for w in trend["weekly_share_with_battlecard"]] == [None, None, None, 1.0]  # new card
    assert [w["value"] for w in trend["weekly_searches"]] == [None, None, None, 3]
    assert trend["competitors"][0]["competitor"] == "Acme Corp"
    _, out, _ = cli("insights", "dashboard", "--weeks", "4")
    assert "with a battle card, end of each week: " in out and out.count(" - · ") == 3  # no competitor yet
    assert "100.0%" in out.split("with a battle card")[1].splitlines()[0]
    searches = out.split("searches naming a competitor, per week: ")[1].splitlines()[0]
    assert searches.endswith(" 3") and searches.count("hidden") == 3
    _, out, _ = cli("insights", "voice")
    assert "no ballot decided" in out and "per week" not in out  # no ballot at all: no empty trend lines
    assert cli.json("insights", "voice")["weekly_turnout"][-1]["value"] is None


def test_insights_coverage_and_voice_print_the_dashboards_numbers(cli: Cli) -> None:
    _item(cli, "Acme card", kind=ItemKind.BATTLECARD, competitors=["Acme Corp"])
    _item(cli, "Beta deck", competitors=["Beta"])
    with Library(cli.library, cli.db_url) as lib, lib.transaction() as conn:
        for who in ("sam", "sue", "tom"):
            at = datetime.now(UTC) - timedelta(days=9)
            log_search(conn, query="acme corp vs beta", hits=2, took_ms=1.0, user=who, at=at)
    board = cli.json("insights", "dashboard", "--weeks", "3")
    coverage = cli.json("insights", "coverage", "--weeks", "3")
    assert coverage == {"competitors": board["coverage"], "trend": board["coverage_trend"]}
    assert [c["searches"] for c in coverage["competitors"]] == [3, 3]
    assert cli.json("insights", "voice", "--weeks", "3") == board["voice"]
    _, dashboard, _ = cli("insights", "dashboard", "--weeks", "3")
    for verb in ("coverage", "voice"):  # the verb's lines are the dashboard's, after its own heading
        _, out, _ = cli("insights", verb, "--weeks", "3")
        heading, *lines = out.splitlines()
        assert heading.startswith("Last 3 weeks (") and "\n".join(lines) in dashboard


def test_intel_with_a_fake_or_damaged_attachment_is_refused_and_nothing_is_sent(
    cli: Cli, tmp_path: Path
) -> None:
    fake = tmp_path / "offer.pdf"
    fake.write_bytes(b"%PDF-1.4 fake")
    renamed = attachments.plain_zip(tmp_path / "deck.pptx")
    bomb = attachments.zip_bomb(tmp_path / "terms.docx")
    cut = attachments.truncated(attachments.png(tmp_path / "whole.png", 64, 64), tmp_path / "shot.png")
    expected = {
        fake: "offer.pdf cannot be attached: it is not a readable PDF (damaged, or not a PDF at all). "
        "Save it again and attach it.",
        renamed: "deck.pptx cannot be attached: it is not a readable PowerPoint presentation (",
        bomb: "terms.docx cannot be attached: hostile file refused: zip bomb",
        cut: "shot.png cannot be attached: it is not a readable PNG picture (",
    }
    for path, reason in expected.items():
        _, _, err = cli(
            "intel", "add", "--kind", "price", "--attach", str(path), "See", "file.", user="sam", ok=False
        )
        assert reason in err, err
    sheet = attachments.xlsx(tmp_path / "prices.xlsx")
    sent = cli.json("intel", "add", "--kind", "price", "--attach", str(sheet), "Their", "prices.", user="sam")
    assert sent["attachment"]["name"] == "prices.xlsx"
    assert [r["text"] for r in cli.json("intel", "mine", user="sam")] == ["Their prices."]


def test_inbox_links_a_report_to_a_new_version_or_a_battle_card(cli: Cli) -> None:
    deck = _item(cli, "Router deck", count=3)
    card = _item(cli, "Acme card", kind=ItemKind.BATTLECARD)
    fb = cli.json(
        "feedback", "add", str(deck), "--unit", "slide:2", "--verdict", "outdated", "Old price", user="sam"
    )
    assert fb["item_version"] == 1
    intel = cli("intel", "add", "--kind", "claim", "Acme claims 24/7 support", user="sam")[1].strip()
    with Library(cli.library, cli.db_url) as lib:
        store_item(lib, "Router deck", count=4, item_id=deck)  # re-imported: version 2

    _, out, _ = cli("inbox", "link", str(fb["id"]), f"version:{deck}/2", user="mia")
    assert out.strip() == f"report {fb['id']}: led to version 2 of «Router deck»"
    linked = cli.json("inbox", "link", intel, f"item:{card}", user="mia")
    assert linked["led_to_target"]["text"] == "battle card «Acme card»"
    _, out, _ = cli("intel", "mine", user="sam")  # the seller's fate list names them the same way
    assert "led to version 2 of «Router deck»" in out and f"led to battle card {card} «Acme card»" in out
    assert "Router deck slide 2 (version 1)" in out

    _, _, err = cli("inbox", "link", str(fb["id"]), f"version:{deck}/9", user="mia", ok=False)
    assert f"Item {deck} has no version 9" in err
    _, _, err = cli("inbox", "link", str(fb["id"]), "version:2", user="mia", ok=False)
    assert "write version:ITEM/N" in err


def test_a_seller_reads_the_history_and_answer_and_fetches_the_attachment(cli: Cli, tmp_path: Path) -> None:
    """Issue 11 review: `intel mine` showed only the state; the attachment could not be fetched."""
    shot = attachments.png(tmp_path / "price.png")
    sent = cli.json("intel", "add", "--kind", "price", "--attach", str(shot), "Acme at -20%.", user="sam")
    plain = cli.json("intel", "add", "--kind", "claim", "No file here.", user="sam")
    rid = str(sent["id"])
    cli("inbox", "state", rid, "accepted", user="mia")
    cli("inbox", "assign", rid, "mia", user="mia")
    cli("inbox", "answer", rid, "A counter-offer card is coming.", user="mia")
    card = _item(cli, "Acme counter-offer")
    cli("inbox", "link", rid, f"item:{card}", user="mia")

    mine = {r["id"]: r for r in cli.json("intel", "mine", user="sam")}
    history = [(e["actor"], e["action"], e["old"], e["new"]) for e in mine[sent["id"]]["history"]]
    assert history == [
        ("sam", "create", None, "intel:price"),
        ("mia", "state", "new", "accepted"),
        ("mia", "assign", None, "mia"),
        ("mia", "answer", None, "A counter-offer card is coming."),
        ("mia", "link", None, f"item:{card}"),
    ]
    assert mine[sent["id"]]["answer"] == "A counter-offer card is coming."
    assert [e["action"] for e in mine[plain["id"]]["history"]] == ["create"]
    _, out, _ = cli("intel", "mine", user="sam")
    assert "mia: state new -> accepted" in out and "mia: owner mia" in out
    assert "mia: answered A counter-offer card is coming." in out
    assert f"mia: led to item {card} «Acme counter-offer»" in out

    target = tmp_path / "out.png"
    _, out, _ = cli("intel", "attachment", rid, "--out", str(target), user="sam")
    assert target.read_bytes() == shot.read_bytes() and f"to {target}" in out
    folder = tmp_path / "inbox"
    folder.mkdir()
    cli("intel", "attachment", rid, "--out", str(folder), user="mia")  # marketing may; the name as sent
    assert (folder / "price.png").read_bytes() == shot.read_bytes()
    # "gone/" names a folder that is not there: refused, and no file called "gone" written
    _, _, err = cli("intel", "attachment", rid, "--out", f"{tmp_path / 'gone'}/", user="mia", ok=False)
    assert "does not exist" in err and not (tmp_path / "gone").exists()

    target.write_bytes(b"mine")
    _, _, err = cli("intel", "attachment", rid, "--out", str(target), user="sam", ok=False)
    assert "already exists: nothing was written" in err and target.read_bytes() == b"mine"
    _, _, err = cli(
        "intel", "attachment", str(plain["id"]), "--out", str(tmp_path / "x"), user="sam", ok=False
    )
    assert f"Report {plain['id']} has no attachment." in err
    _, _, err = cli("intel", "attachment", rid, "--out", str(tmp_path / "y.png"), user="sue", ok=False)
    assert "Only marketing can read other people's reports" in err and not (tmp_path / "y.png").exists()
    _, _, err = cli("intel", "attachment", "999", "--out", str(tmp_path / "z"), user="mia", ok=False)
    assert "There is no report 999." in err
    _, _, err = cli("intel", "attachment", rid, "--out", str(tmp_path / "no" / "a.png"), user="mia", ok=False)
    assert "does not exist" in err


def test_feedback_show_rolls_up_an_item_per_unit(cli: Cli) -> None:
    deck = _item(cli, "Router X1 deck", count=4)
    cli("feedback", "add", str(deck), "--unit", "slide:2", "--verdict", "outdated", "Old price.", user="sam")
    cli("feedback", "add", str(deck), "--unit", "slide:2", "--verdict", "helped", user="sue")
    cli("feedback", "add", str(deck), "--unit", "slide:4", "--verdict", "wrong", "Wrong chart.", user="tom")
    shown = cli.json("feedback", "show", str(deck), user="mia")
    assert shown["title"] == "Router X1 deck"
    units = {(u["unit_kind"], u["unit_number"]): u for u in shown["units"]}
    assert units["slide", 2]["counts"]["outdated"] == 1 and units["slide", 2]["counts"]["helped"] == 1
    assert [c["comment"] for c in units["slide", 4]["latest"]] == ["Wrong chart."]
    _, out, _ = cli("feedback", "show", str(deck), user="mia")
    assert "slide 2: helped me win 1, outdated 1" in out and "tom (wrong): Wrong chart." in out
    assert "helped 1" not in out
    _, _, err = cli("feedback", "show", str(deck), user="sam", ok=False)
    assert "Only marketing can read content feedback" in err
    _, _, err = cli("feedback", "show", "999", user="mia", ok=False)
    assert "There is no item 999 and no feedback on it." in err


def test_planning_a_gap_makes_one_draft_battle_card_and_names_it(cli: Cli) -> None:
    """Issue 11 review: "plan a card" only recorded a decision. Now it makes a draft card titled
    after the query as people typed it, the decision names it, and planning again makes no second."""
    _item(cli, "Acme card", competitors=["Acme Corp"])
    for who in ("ann", "bob", "cid"):
        cli("search", "acme corp wi-fi 7 roadmap", user=who)
    (gap,) = cli.json("insights", "gaps", user="mia")
    _, _, err = cli("insights", "gap", "plan", gap["key"], user="sam", ok=False)
    assert "Only marketing decides about content gaps" in err
    with Library(cli.library, cli.db_url) as lib, lib.reading() as conn:
        assert [i.title for i in list_items(conn)] == ["Acme card"]  # refused before a card was made

    planned = cli.json("insights", "gap", "plan", gap["key"], "--note", "Sales asks weekly", user="mia")
    card = planned["card"]
    assert (planned["state"], planned["item_id"], planned["created"]) == ("card_planned", card["id"], True)
    assert card["title"] == "acme corp wi-fi 7 roadmap"
    shown = cli.json("card", "show", str(card["id"]), user="mia")
    assert shown["card"]["competitor"] == "Acme Corp" and shown["card"]["owner"] == "mia"
    assert (
        "acme corp wi-fi 7 roadmap" in shown["card"]["overview"]
        and "Sales asks weekly" in shown["card"]["overview"]
    )
    with Library(cli.library, cli.db_url) as lib, lib.reading() as conn:
        assert str(get_item(conn, card["id"]).status) == "draft"

    again = cli.json("insights", "gap", "plan", gap["key"], user="mia")
    assert (again["card"]["id"], again["created"]) == (card["id"], False)
    _, out, _ = cli("insights", "gap", "plan", gap["key"], user="mia")
    assert f"its draft battle card is still: #{card['id']} «acme corp wi-fi 7 roadmap»" in out
    with Library(cli.library, cli.db_url) as lib, lib.reading() as conn:
        assert len(list_items(conn)) == 2


def test_insights_gaps_names_its_period_and_counts_unserved_of_all_searchers(cli: Cli) -> None:
    """The Gaps tab and `insights gaps` looked at 12 weeks, the dashboard at 8, and none said so."""
    _item(cli, "Acme card", competitors=["Acme Corp"])
    _, out, _ = cli("insights", "gaps", user="mia")
    assert out.startswith("No open content gaps in the last 8 weeks (a gap: at least 3 people"), out
    for who in ("ann", "bob", "cid"):
        cli("search", "kafka prices", user=who)
    _, out, _ = cli("insights", "gaps", user="mia")
    today = datetime.now(UTC).date().isoformat()  # the day of the last search, never its time
    assert out.splitlines()[0].startswith("Last 8 weeks (a gap: at least 3 people found or opened nothing")
    assert f"kafka price\t3 of 3 people, 3 searches, last on {today}, e.g. 'kafka prices'" in out
    assert [g["last_seen"] for g in cli.json("insights", "gaps", user="mia")] == [today]
    _, out, _ = cli("insights", "gaps", "--weeks", "2", user="mia")
    assert out.startswith("Last 2 weeks")
    _, out, _ = cli("insights", "dashboard", user="mia")
    assert "gap 'kafka price' (e.g. 'kafka prices'): 3 of 3 people" in out


@pytest.mark.parametrize("typed", ["seven", "7", "slide7", "slide 2"])
def test_an_unreadable_unit_suggests_a_form_that_is_accepted(cli: Cli, typed: str) -> None:
    """`--unit` refused "7" with "e.g. slide:7 or item:12", and item:12 is refused in turn."""
    deck = _item(cli, "Router X1 deck", count=8)
    base = ("feedback", "add", str(deck), "--verdict", "helped")
    _, _, err = cli(*base, "--unit", typed, user="sam", ok=False)
    assert f"Cannot read {typed!r}: write KIND:N, e.g. slide:" in err and "item:" not in err, err
    suggested = err.split("e.g. ")[1].split()[0]
    _, out, _ = cli(*base, "--unit", suggested, user="sam")  # following the suggestion works
    assert out.strip().isdigit()
    _, _, err = cli("inbox", "link", out.strip(), "ballot", user="mia", ok=False)
    assert "write item:N, ballot:N or version:ITEM/N, e.g. item:12 or ballot:3." in err


def test_report_lines_leave_out_empty_parts_instead_of_dashes(cli: Cli) -> None:
    """Intel without competitor read "-: real pdf"; feedback without a comment ended in ": "."""
    deck = _item(cli, "Router X1 deck", count=3)
    plain = cli("intel", "add", "--kind", "claim", "real", "pdf", user="sam")[1].strip()
    named = cli("intel", "add", "--kind", "price", "--competitor", "Acme", "cut", "prices", user="sam")[
        1
    ].strip()
    quiet = cli("feedback", "add", str(deck), "--unit", "slide:2", "--verdict", "helped", user="sam")[
        1
    ].strip()
    _, out, _ = cli("inbox", user="mia")
    lines = {line.split()[0]: line for line in out.splitlines() if line[:4].strip().isdigit()}
    assert lines[plain].endswith("sam          real pdf"), lines[plain]
    assert lines[named].endswith("sam          Acme: cut prices"), lines[named]
    assert lines[quiet].endswith("sam          Router X1 deck slide 2 (version 1)"), lines[quiet]
    assert "-:" not in out and not any(line.endswith(":") for line in out.splitlines())
    _, out, _ = cli("intel", "mine", user="sam")
    assert "-: " not in out and "real pdf" in out
    assert cli.json("inbox", user="mia")[-1]["competitor"] in (None, "")  # --json as before
    _, out, _ = cli("inbox", "assign", plain, "", user="mia")
    assert out.strip() == f"report {plain}: no owner"


def test_mine_shows_every_answer_replaced_links_and_gone_units(cli: Cli) -> None:
    """A decline's reason does not hide the earlier answer; a replaced link stays; a removed
    slide says so; a second feedback on the same slide is refused with the comment quoted."""
    deck = _item(cli, "Acme deck", count=3)
    card = _item(cli, "Acme card", kind=ItemKind.BATTLECARD)
    fb = cli.json(
        "feedback", "add", str(deck), "--unit", "slide:3", "--verdict", "outdated", "Old.", user="sam"
    )
    _, _, err = cli(
        "feedback",
        "add",
        str(deck),
        "--unit",
        "slide:3",
        "--verdict",
        "wrong",
        "Wrong SLA.",
        user="sam",
        ok=False,
    )
    assert f"report {fb['id']} (outdated, new)" in err and "«Wrong SLA.»" in err
    rid = str(fb["id"])
    cli("inbox", "answer", rid, "We will check the prices.", user="mia")
    cli("inbox", "link", rid, f"item:{card}", user="mia")
    _, out, _ = cli("inbox", "link", rid, f"item:{deck}", user="mia")
    assert out.strip() == (
        f"report {rid}: led to item «Acme deck» "
        "(replacing battle card «Acme card», which stays in the report's history)"
    )
    linked_again = cli.json("inbox", "link", rid, f"item:{deck}", user="mia")
    assert linked_again["replaced"] is None  # the same link again replaces nothing
    cli("inbox", "state", rid, "declined", "--reason", "Prices are right as of March.", user="mia")
    with Library(cli.library, cli.db_url) as lib:
        store_item(lib, "Acme deck", count=2, item_id=deck)  # slide 3 is gone
    _, out, _ = cli("intel", "mine", user="sam")
    assert "answer (mia, " in out and "): We will check the prices." in out
    assert "declined, reason (mia, " in out and "): Prices are right as of March." in out
    assert f"led to battle card {card} «Acme card»" in out
    assert f"led to item {deck} «Acme deck» (replacing battle card {card} «Acme card»)" in out
    assert "Acme deck slide 3 (version 1) (the slide was since removed)" in out
    assert cli.json("intel", "mine", user="sam")[0]["gone"] is True
    _, out, _ = cli("inbox", user="mia")
    assert "(the slide was since removed)" in out
    _, _, err = cli(
        "feedback",
        "add",
        str(deck),
        "--unit",
        "slide:3",
        "--verdict",
        "wrong",
        "Still.",
        user="sam",
        ok=False,
    )
    assert "no slide 3 in its current version" in err and "«Still.»" in err


def test_a_planned_gap_is_no_competitor_and_leaves_coverage_and_past_weeks(cli: Cli) -> None:
    """Review 13: planning a gap made its phrasing the draft card's competitor, so coverage gained
    a competitor without a card, last week's share with a battle card fell and past weeks'
    searches naming a competitor were rewritten. A draft names a competitor only when the phrasing
    names one the library has; and a draft's competitors are not the library's (nor a seller's)."""
    _item(cli, "Acme card", kind=ItemKind.BATTLECARD, competitors=["Acme Corp"])
    _item(cli, "Mesh guide")
    now = datetime.now(UTC)
    with Library(cli.library, cli.db_url) as lib, lib.transaction() as conn:
        for who in ("ann", "bob", "cid"):
            for days in (9, 2):
                at = now - timedelta(days=days)
                log_search(conn, query="mesh guide wi-fi 7", hits=1, took_ms=1.0, user=who, at=at)
                log_search(conn, query="acme corp prices", hits=1, took_ms=1.0, user=who, at=at)
    before = cli.json("insights", "coverage", "--weeks", "3")
    assert [w["value"] for w in before["trend"]["weekly_searches"]] == [None, 3, 3]
    gap = next(g for g in cli.json("insights", "gaps", user="mia") if "mesh" in g["key"])
    planned = cli.json("insights", "gap", "plan", gap["key"], user="mia")
    card = cli.json("card", "show", str(planned["card"]["id"]), user="mia")["card"]
    assert (card["title"], card["competitor"]) == ("mesh guide wi-fi 7", "")
    with Library(cli.library, cli.db_url) as lib, lib.reading() as conn:
        assert get_item(conn, planned["card"]["id"]).competitors == []
    assert cli.json("insights", "coverage", "--weeks", "3") == before
    _, out, _ = cli(
        "intel", "add", "--kind", "claim", "--competitor", "mesh guide wi-fi 7", "Cheaper.", user="sam"
    )
    assert cli.json("intel", "mine", user="sam")[0]["competitor"] == "mesh guide wi-fi 7"  # as typed: unknown

    # A draft that names a new competitor (the marketer set it while editing) is marketing's:
    # not in coverage, not in the searches naming a competitor, not offered to sellers' intel.
    draft = _item(cli, "Initech draft", kind=ItemKind.BATTLECARD, competitors=["Initech"])
    with Library(cli.library, cli.db_url) as lib, lib.transaction() as conn:
        conn.execute(sa.update(items).where(items.c.id == draft).values(status="draft"))
        for who in ("ann", "bob", "cid"):
            log_search(conn, query="initech", hits=1, took_ms=1.0, user=who, at=now - timedelta(days=9))
    assert cli.json("insights", "coverage", "--weeks", "3") == before
    _, out, _ = cli("intel", "add", "--kind", "claim", "--competitor", "Initek", "Free install.", user="sam")
    assert "did you mean" not in out


def test_intel_attachment_refuses_a_row_written_round_the_app(cli: Cli, tmp_path: Path) -> None:
    """Review 13: `intel attachment` wrote whatever name and bytes the database held
    (invoice.pdf.exe). It now refuses, says why, and writes nothing."""
    shot = attachments.png(tmp_path / "price.png")
    rid = cli.json("intel", "add", "--kind", "price", "--attach", str(shot), "Price cut.", user="sam")["id"]
    with Library(cli.library, cli.db_url) as lib:
        exe = attachments.forge_attachment(lib, rid, b"MZ\x90\x00" + b"\x00" * 100, "invoice.pdf.exe")
    out_dir = tmp_path / "x"
    out_dir.mkdir()
    _, out, err = cli("intel", "attachment", str(exe), "--out", f"{out_dir}/", user="mia", ok=False)
    assert f"Attachment refused: report {exe} carries invoice.pdf.exe" in err and out == ""
    assert ".exe files are not accepted as attachments" in err and list(out_dir.iterdir()) == []
    cli("intel", "attachment", str(rid), "--out", f"{out_dir}/", user="mia")
    assert [p.name for p in out_dir.iterdir()] == ["price.png"]


def test_feedback_show_lists_feedback_on_a_unit_changed_since(cli: Cli, tmp_path: Path) -> None:
    """Review 13: feedback on a section changed by a re-import was in neither the CLI's roll-up
    nor its JSON. It is listed as the README says: on version 1, section 2 «…» (since changed)."""
    page = tmp_path / "acme.md"
    page.write_text(
        "# Acme\n\n## Overview\n\nAcme sells routers.\n\n## Strengths\n\n- Cheap boxes.\n\n"
        "## Weaknesses\n\n- Slow support.\n",
        encoding="utf-8",
    )
    cli("import", str(page), user="mia")
    item = next(i["id"] for i in cli.json("list", user="mia") if i["title"] == "Acme")
    helped = cli(
        "feedback", "add", str(item), "--unit", "section:2", "--verdict", "helped", "ok", user="sam"
    )[1]
    cli("feedback", "add", str(item), "--unit", "section:3", "--verdict", "outdated", "Old.", user="sue")
    page.write_text(
        "# Acme\n\n## Overview\n\nAcme sells routers.\n\n## News\n\n- A new line of switches.\n\n"
        "## Strengths\n\n- Cheap boxes, now cheaper.\n\n## Weaknesses\n\n- Slow support.\n",
        encoding="utf-8",
    )
    cli("import", str(page), user="mia")
    shown = cli.json("feedback", "show", str(item), user="mia")
    assert [(u["unit_number"], u["counts"]["outdated"]) for u in shown["units"]] == [(4, 1)]  # moved along
    (earlier,) = shown["earlier"]
    assert (earlier["version"], earlier["unit_kind"], earlier["unit_number"]) == (1, "section", 2)
    assert (earlier["heading"], earlier["placement"], earlier["counts"]["helped"]) == (
        "Strengths",
        "changed",
        1,
    )
    assert earlier["latest"][0]["report_id"] == int(helped.strip())
    _, out, _ = cli("feedback", "show", str(item), user="mia")
    assert "  section 4: outdated 1" in out
    assert "  On version 1, section 2 «Strengths» (since changed): helped me win 1" in out
    assert "sam (helped me win): ok" in out
