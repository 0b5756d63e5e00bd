"""A person's content feedback counts once per unit, and reports say when their unit is gone
(SQLite and PostgreSQL through the `library` fixture)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.errors import NotFound, ReportError
from enablement.insights import ReportService
from enablement.insights.labels import gone_label, label, unit_label, unit_ref_label
from enablement.store import Library, repository
from enablement.store.schema import reports as reports_table


def test_a_second_feedback_on_the_same_unit_is_refused_naming_the_first(
    reports: ReportService, make_item: Callable[..., int]
) -> None:
    item = make_item("Router X1 deck", count=3)
    first = reports.add_feedback("sam", item, "slide", 2, "helped")
    reports.set_state("mia", first.id, "accepted")
    with pytest.raises(ReportError) as refused:
        reports.add_feedback("sam", item, "slide", 2, "wrong", "The SLA is 4 hours, not 8.")
    text = str(refused.value)
    assert f"report {first.id} (helped me win, accepted)" in text
    assert "slide 2 of «Router X1 deck»" in text
    assert text.endswith("Your new comment was not saved: «The SLA is 4 hours, not 8.»")
    with pytest.raises(ReportError, match=r"counts once per unit\.$"):
        reports.add_feedback("sam", item, "slide", 2, "outdated")  # no comment: nothing to quote
    # Other units, and other people on this unit, are welcome.
    reports.add_feedback("sam", item, "slide", 3, "outdated")
    reports.add_feedback("sue", item, "slide", 2, "outdated")
    assert [r.kind for r in reports.my_reports("sam")] == ["outdated", "helped"]


def test_feedback_on_an_earlier_version_with_the_same_content_counts_as_the_same_unit(
    reports: ReportService, make_item: Callable[..., int]
) -> None:
    item = make_item("Router X1 deck", count=3)
    reports.add_feedback("sam", item, "slide", 2, "outdated", "Old price.")
    make_item("Router X1 deck", count=4, item_id=item)  # slide 2 keeps its content
    with pytest.raises(ReportError, match="already gave feedback on slide 2"):
        reports.add_feedback("sam", item, "slide", 2, "helped")
    assert reports.add_feedback("sam", item, "slide", 4, "helped").unit_number == 4


def test_roll_ups_count_a_person_once_per_unit(
    reports: ReportService, library: Library, make_item: Callable[..., int]
) -> None:
    """Rows written around the service (an older database, a bulk load) still count once: the newest."""
    item = make_item("Router X1 deck", count=3)
    older = reports.add_feedback("sam", item, "slide", 1, "outdated", "Old price.")
    with library.transaction() as conn:
        values = dict(
            conn.execute(sa.select(reports_table).where(reports_table.c.id == older.id)).mappings().one()
        )
        values.pop("id")
        values.update(kind="wrong", text="Actually wrong.", at=values["at"].replace(year=2027))
        conn.execute(sa.insert(reports_table).values(**values))
    units = reports.item_feedback("mia", item)
    assert units[0].counts == {"helped": 0, "outdated": 0, "wrong": 1, "missing": 0}
    assert [c.comment for c in units[0].latest] == ["Actually wrong."]
    summary = reports.item_feedback_summary("mia", [item])[item]
    assert (summary.total, summary.counts["wrong"], summary.open) == (1, 1, 1)


def test_reports_say_when_their_unit_or_item_is_gone(
    reports: ReportService, library: Library, make_item: Callable[..., int]
) -> None:
    item = make_item("Router X1 deck", count=8)
    other = make_item("Pricing sheet", count=2)
    on_seven = reports.add_feedback("sam", item, "slide", 7, "outdated", "Old price.")
    on_one = reports.add_feedback("sam", item, "slide", 1, "helped")
    on_other = reports.add_feedback("sam", other, "slide", 1, "helped")
    intel = reports.add_intel("sam", "claim", text="Acme claims 99.999%.")
    assert not any(r.gone for r in reports.my_reports("sam"))
    # A re-import in which slide 7 disappears (a different content everywhere after slide 5).
    make_item("Router X1 deck", count=5, item_id=item)
    with library.transaction() as conn:
        repository.remove_item(conn, other)
    gone = {r.id: r.gone for r in reports.my_reports("sam")}
    assert gone == {on_seven.id: True, on_one.id: False, on_other.id: True, intel.id: False}
    assert {r.id for r in reports.inbox("mia") if r.gone} == {on_seven.id, on_other.id}
    assert (
        reports.get_report("sam", on_seven.id).gone
        and reports.get_report("mia", on_seven.id).to_json()["gone"]
    )
    assert str(gone_label("slide")) == "(the slide was since removed)"
    assert str(gone_label("page")) == "(the page was since removed)"


def test_labels_are_words() -> None:
    assert str(label("deal_won")) == "deal won"
    assert str(label("helped_me_win")) == str(label("helped")) == "helped me win"
    assert str(label("1-5m")) == "1–5 M"
    assert str(label("brand_new_kind")) == "brand new kind"  # unknown keys: readable, not a crash
    assert str(label(None)) == ""
    assert str(unit_label("slide", 7)) == str(unit_ref_label("slide:7")) == "slide 7"
    assert str(unit_ref_label("chapter:x")) == "chapter:x"
    assert str(unit_label("chart", 2)) == "chart 2"


def test_refusal_on_an_unknown_item_quotes_the_comment(reports: ReportService) -> None:
    with pytest.raises(NotFound, match="no item 999") as refused:
        reports.add_feedback("sam", 999, "slide", 1, "missing", "No Globex comparison.")
    assert str(refused.value).endswith("«No Globex comparison.»")


@pytest.mark.pg
def test_once_per_unit_holds_for_a_seller_on_a_team_server(team: Any, tmp_path: Path) -> None:
    """Under the team rules (the seller's own login, row-level security) the rule and `gone` hold:
    the seller's own earlier report is the one named."""
    from tests.helpers.drafts import store_slides
    from tests.helpers.team import skip_without_pg

    skip_without_pg()
    with Library(tmp_path / "owner", team.owner_url) as owner:
        deck = store_slides(owner, [("Agenda", "a"), ("Pricing", "900 EUR")], title="Team deck")
    with Library(tmp_path / "sue", team.url("sue")) as lib:
        ReportService(lib).add_feedback(team.name("sue"), deck, "slide", 2, "helped")  # another seller
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        service = ReportService(lib)
        first = service.add_feedback(team.name("sam"), deck, "slide", 2, "outdated", "Old price")
        with pytest.raises(ReportError, match=f"report {first.id} \\(outdated, new\\)"):
            service.add_feedback(team.name("sam"), deck, "slide", 2, "wrong", "Wrong price")
    with Library(tmp_path / "owner", team.owner_url) as owner:
        store_slides(owner, [("Agenda", "a")], item_id=deck, title="Team deck")
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        assert [r.gone for r in ReportService(lib).my_reports(team.name("sam"))] == [True]


def test_triage_answers_keep_gone_and_messages_say_words(
    reports: ReportService, make_item: Callable[..., int]
) -> None:
    item = make_item("Router X1 deck", count=3)
    sent = reports.add_feedback("sam", item, "slide", 3, "outdated", "Old price.")
    make_item("Router X1 deck", count=2, item_id=item)
    assert reports.set_state("mia", sent.id, "accepted").gone
    assert reports.answer("mia", sent.id, "Slide 3 is gone now.").gone
    with pytest.raises(ReportError, match=r"^A deal lost report cannot have the outcome won\.$"):
        reports.add_intel("sam", "deal_lost", outcome="won", text="Lost it.")
