"""The demo's history: deterministic for a given `now`, made of real rows, and a dashboard with
something in every section (and nothing shown for fewer than three people)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.insights.figures import MIN_GROUP
from enablement.services import demo_history_plan
from enablement.services.demo import create_demo_library
from enablement.services.demo_history import DEMO_WEEKS, USER_TEAM, add_demo_history, demo_people
from enablement.store import schema

NOW = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
USER = "tester"
_HISTORY = (
    schema.search_log,
    schema.usage_events,
    schema.reports,
    schema.report_events,
    schema.notifications,
    schema.gap_decisions,
    schema.votes,
    schema.ballots,
    schema.ballot_audit,
    schema.people,
)


def _services(root: Path) -> Services:
    settings = Settings(library_dir=root, db_url=None, user=USER, is_default_library=False)
    return build_services(settings, create_demo=False)


@pytest.fixture(scope="module")
def bare_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo library with its files and ballots but no history yet (built once: the import is slow)."""
    root = tmp_path_factory.mktemp("demo") / "lib"
    with _services(root) as services:
        create_demo_library(services.library_service, services.voting)  # no search: no history
    return root


def _copy(bare_demo: Path, target: Path) -> Path:
    shutil.copytree(bare_demo, target)
    return target


@pytest.fixture(scope="module")
def demo(bare_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    root = _copy(bare_demo, tmp_path_factory.mktemp("history") / "lib")
    with _services(root) as services:
        add_demo_history(services.library, services.search, user=USER, now=NOW)
        yield services


def _dump(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every history row; item ids as their file's name (so the rows are compared by what they are
    about; that the ids match too is test_demo_ids.py's)."""
    with services.library.reading() as conn:
        files = dict(conn.execute(sa.select(schema.items.c.id, schema.items.c.source_name)).all())
        dump = {}
        for t in _HISTORY:
            rows = conn.execute(sa.select(t).order_by(*t.primary_key.columns)).mappings().all()
            dump[t.name] = [tuple(_named(dict(r), files).values()) for r in rows]
    return dump


def _named(row: dict[str, Any], files: dict[int, str]) -> dict[str, Any]:
    if row.get("item_id") is not None:
        row["item_id"] = files[row["item_id"]]
    if row.get("found_items") is not None:
        row["found_items"] = [files[i] for i in row["found_items"]]
    if row.get("led_to_kind") == "item":
        row["led_to_id"] = files[row["led_to_id"]]
    if str(row.get("new_value") or "").startswith("item:"):
        row["new_value"] = files[int(row["new_value"][5:])]
    return row


def test_two_builds_with_the_same_now_write_the_same_rows(tmp_path: Path) -> None:
    """Two first runs, from nothing, at different real moments: the same history."""
    dumps = []
    for n in range(2):
        with _services(tmp_path / f"lib{n}") as services:
            create_demo_library(
                services.library_service, services.voting, search=services.search, user=USER, now=NOW
            )
            dumps.append(_dump(services))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["search_log"]) > 2000 and len(dumps[0]["usage_events"]) > 2000
    assert len(dumps[0]["reports"]) > 100 and len(dumps[0]["votes"]) > 20


def test_history_rows_are_what_the_services_would_have_written(demo: Services) -> None:
    with demo.library.reading() as conn:
        searches = conn.execute(sa.select(schema.search_log)).all()
        events = conn.execute(sa.select(schema.usage_events)).all()
        units = {(r.item_id, r.kind, r.number) for r in conn.execute(sa.select(schema.units))}
        reports = conn.execute(sa.select(schema.reports)).all()
        teams = dict(conn.execute(sa.select(schema.people.c.name, schema.people.c.team)).all())
    since = NOW - timedelta(weeks=DEMO_WEEKS)
    assert all(since <= _utc(s.at) < NOW for s in searches)
    for text in {s.query for s in searches}:  # the key and the hits are the search service's own
        response = demo.search.search(text, log=False)
        logged = next(s for s in searches if s.query == text)
        assert (logged.hits, logged.query_key) == (
            response.total,
            demo.search.query_key(response.searched_query or response.query),
        ), text
    assert all((e.item_id, e.unit_kind, e.unit_number) in units for e in events)
    assert all(e.team == teams[e.person] for e in events)
    feedback = [r for r in reports if r.type == "feedback"]
    assert feedback and all((r.item_id, r.unit_kind, r.unit_number) in units for r in feedback)
    # On the version on show (the demo's first import), so the strip shows it on its slide.
    assert {r.item_version for r in feedback} == {1} and {e.item_version for e in events} == {1}
    assert {r.kind for r in reports if r.type == "intel"} == {
        "price", "claim", "objection", "deal_won", "deal_lost", "request",
    }  # fmt: skip
    known = demo.reports.known_values()
    assert {r.competitor for r in reports if r.competitor} <= set(known.competitors)
    assert {r.state for r in reports} == {"new", "accepted", "planned", "done", "declined"}
    declined = [r for r in reports if r.state == "declined"]
    assert all(r.answer for r in declined), "a decline always says why"
    assert all(r.author in teams and r.team == teams[r.author] for r in reports)


def test_the_people_and_the_user(demo: Services) -> None:
    sellers = [p for p in demo_people() if p[1] == "sales"]
    assert len(demo_people()) >= 12 and len([p for p in demo_people() if p[1] == "marketing"]) == 2
    teams = {t for _, _, t in sellers}
    assert all(sum(1 for s in sellers if s[2] == t) >= MIN_GROUP for t in teams)
    mine = demo.reports.my_reports(USER)
    assert len(mine) == 3 and all(r.answer for r in mine), "Sent by me shows answered reports"
    assert demo.voting.unread_count(USER) == 1
    assert demo.reports.inbox(USER, state="new"), "the user (who may do everything) has an inbox"


def test_the_dashboard_has_every_section_and_respects_the_minimum_group(demo: Services) -> None:
    board = demo.insights.dashboard(weeks=8, now=NOW)
    assert board.flags == []
    assert board.freshness.published and all(w.value is not None for w in board.freshness.weekly)
    assert any(c.battlecard for c in board.coverage)
    assert any(c.searches for c in board.coverage) and any(c.usage for c in board.coverage)
    assert board.response.reports and board.response.share_answered and board.response.median_hours
    assert [w for w in board.response.weekly_median_hours if w.value is not None]
    assert board.voice.turnout and all(t.turnout is not None for t in board.voice.turnout)
    assert board.voice.decisions == 2 and len(board.voice.against_majority) == 1
    assert board.demand.top_searches and board.demand.top_gaps
    assert any(g.zero_hits for g in board.demand.top_gaps), "some searches found nothing at all"
    assert all(w.value for w in board.demand.weekly_searches)
    assert board.usage.events and board.usage.items and board.usage.teams and board.usage.competitors
    assert all(w.value for w in board.usage.weekly_events)
    never_found = board.usage.never_found
    assert never_found is not None and len(never_found) == 2, (
        "the two cards published last, not all or nothing"
    )
    assert sorted(board.usage.titles[i].split(":")[0] for i in never_found) == [
        "Alfa-Soft battle card",
        "Strelets battle card",
    ]
    found = [u.found for u in board.usage.items]
    assert found and all(n is None or n > 0 for n in found) and any(found)
    # the minimum group: no shown figure covers fewer than three people
    assert all(s.people >= MIN_GROUP for s in board.demand.top_searches)
    assert all(g.people >= MIN_GROUP for g in board.demand.top_gaps)
    for count in (*board.usage.items, *board.usage.teams, *board.usage.competitors):
        assert count.people is None or count.people >= MIN_GROUP
        # events may be withheld while people show: hidden actions by 1-2 people (subtraction)
        assert count.people is not None or count.events is None
    hidden = [t for t in board.usage.teams if t.people is None]
    assert {t.name for t in hidden} == {"Маркетинг", USER_TEAM}, "two marketers; the user alone: hidden"
    decided = {d.key for d in demo.insights.gaps.decisions()}
    assert decided and not decided & {g.key for g in board.demand.top_gaps}


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def test_builds_hours_apart_on_one_day_draw_the_same_history(bare_demo: Path, tmp_path: Path) -> None:
    """What people searched, used and sent does not depend on the hour of the first run."""
    seen = []
    for n, now in enumerate((NOW, NOW + timedelta(hours=7, minutes=13))):
        with _services(_copy(bare_demo, tmp_path / f"lib{n}")) as services:
            add_demo_history(services.library, services.search, user=USER, now=now)
            dump = _dump(services)
            # (author, type, kind, at) of the others' reports; the user's own are set days before `now`
            reports = sorted((r[2], r[4], r[5], r[1]) for r in dump["reports"] if r[2] != USER)
            seen.append((dump["search_log"], dump["usage_events"], reports))
    assert seen[0] == seen[1]


def test_a_tie_at_the_sixth_hit_does_not_depend_on_how_the_items_were_numbered(tmp_path: Path) -> None:
    """The demo "opens" a query's first six hits. Equal scores come back in the order the items were
    numbered, which the import's parallel workers decide; the six must not (a run under load once
    built another history). Seven notes score the same for "quokka"; two libraries number them in
    opposite orders."""
    files = tmp_path / "files"
    files.mkdir()
    names = [f"note-{n}.md" for n in range(7)]
    for n, name in enumerate(names):
        (files / name).write_text(f"# Note {n}\n\nQuokka servers ship {'abcdefg'[n]}x.\n", encoding="utf-8")
    opened = []
    for order in (names, names[::-1]):
        with _services(tmp_path / f"lib-{order[0]}") as services:
            for name in order:  # one import each: the numbering follows this order
                assert services.library_service.import_paths([files / name]).imported == 1
            query = demo_history_plan.demo_query(services.search, "quokka", 1.0, 1.0)
            with services.library.reading() as conn:
                source = dict(conn.execute(sa.select(schema.items.c.id, schema.items.c.source_name)).all())
            opened.append(sorted(source[item] for item, _, _ in query.results))
    assert opened[0] == opened[1] == names[:6]


_UNIT_WORDS = {"slide": "слайд", "page": "страниц", "row": "строк", "section": "раздел"}


def test_every_answer_fits_the_kind_of_report_it_answers(demo: Services) -> None:
    """A price report was once answered "the slide is right, the certificate number is current":
    the answers were drawn by state alone. Now by state and kind, and a comment on a unit never
    names another kind of unit ("this slide" on a catalog's row)."""
    from enablement.services.demo_history import answers_for
    from enablement.services.demo_history_plan import history_spec

    spec = history_spec()
    for state, by_kind in spec["answers"].items():
        if state != "thanks":  # one length per state: the seeded draws do not depend on the kind
            assert len({len(texts) for texts in by_kind.values()}) == 1, state
    with demo.library.reading() as conn:
        reports = conn.execute(sa.select(schema.reports)).mappings().all()
    answered = [r for r in reports if r["answer"]]
    assert len(answered) > 20 and {r["kind"] for r in answered} >= {"price", "claim", "helped", "wrong"}
    for report in answered:
        allowed = answers_for(spec, report["state"], report["kind"])
        assert report["answer"] in allowed, (report["kind"], report["state"], report["answer"])
    for report in reports:
        if report["type"] != "feedback" or not report["text"]:
            continue
        named = {kind for kind, word in _UNIT_WORDS.items() if word in report["text"].lower()}
        assert named <= {report["unit_kind"]}, (report["unit_kind"], report["text"])


def test_a_report_kind_without_answers_is_refused_by_the_lookup() -> None:
    from enablement.services.demo_history import answers_for
    from enablement.services.demo_history_plan import history_spec

    with pytest.raises(KeyError):
        answers_for(history_spec(), "done", "no-such-kind")
