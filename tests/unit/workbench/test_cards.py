"""Battle cards as typed data: the demo's cards read, written and read back unchanged, in the form
the importer reads as a battle card; validation says what to fix in translatable words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from enablement.domain import ItemKind
from enablement.ingest.markdown import extract_markdown, extract_text
from enablement.workbench.cards import BattleCard, ExtraSection, Objection

DEMO_CARDS = sorted((Path(__file__).resolve().parents[3] / "resources" / "demo" / "battlecards").glob("*.md"))


def test_there_are_demo_cards_to_test() -> None:
    assert len(DEMO_CARDS) >= 7


@pytest.mark.parametrize("path", DEMO_CARDS, ids=lambda p: p.name)
def test_every_demo_card_round_trips(path: Path) -> None:
    card = BattleCard.from_markdown(path.read_text(encoding="utf-8"))
    assert card.competitor and card.products and card.review_by
    assert card.problems() == []
    written = card.to_markdown()
    assert BattleCard.from_markdown(written) == card
    assert card.to_markdown() == BattleCard.from_markdown(written).to_markdown()

    # What the importer makes of the written card is what it made of the original file.
    original, authored = extract_text(path), extract_markdown(written, fallback_title="x")
    assert authored.kind == original.kind == ItemKind.BATTLECARD
    assert authored.meta == original.meta
    assert authored.title == original.title
    assert [u.section_type for u in authored.units] == [u.section_type for u in original.units]
    assert [u.heading for u in authored.units] == [u.heading for u in original.units]


def test_demo_card_sections_are_typed() -> None:
    card = BattleCard.from_markdown((DEMO_CARDS[0].parent / "alfa-soft_ru.md").read_text(encoding="utf-8"))
    assert card.competitor == "Альфа-Софт" and card.language == "ru"
    assert card.review_by == dt.date(2026, 3, 1) and card.owner == "Марина Ковалёва"
    assert card.strengths and card.strengths[0].startswith("Продукт с 2017 года")
    assert card.objections and card.objections[0] == Objection(
        "«Альфа-Софт дешевле».",
        "Дешевле только на старте. Посчитайте объём сети через два-три года: на 500 узлах мы "
        "дешевле примерно на четверть, а поддержка 24/7 уже включена в цену.",
    )
    assert card.pricing and card.pricing[0].startswith("| Объём |") and "\n|---|" in card.pricing[0]


def test_untyped_sections_are_kept() -> None:
    card = BattleCard.from_markdown((DEMO_CARDS[0].parent / "price-objections_ru.md").read_text("utf-8"))
    assert card.competitors == ["Альфа-Софт", "Globex", "Стрелец"]
    assert [x.heading for x in card.extra] == ["Частые ошибки"]
    assert "## Частые ошибки" in card.to_markdown()


def test_a_new_card_is_written_with_headings_in_its_language() -> None:
    card = BattleCard(
        competitor="Initech",
        products=["PX-300"],
        review_by=dt.date(2027, 1, 31),
        language="en",
        weaknesses=['Slow support: "next week" is their SLA.'],
        objections=[Objection("They are cheaper.", "Count three years, not one.")],
    )
    text = card.to_markdown()
    assert text.startswith("---\ntitle: Initech battle card\ncompetitors: [Initech]\n")
    assert "## Weaknesses\n\n- Slow support" in text
    assert "**Objection:** They are cheaper.\n**Answer:** Count three years, not one." in text
    assert BattleCard.from_markdown(text) == card
    russian = BattleCard(competitor="Инитех", language="ru", landmines=["«Кто ответит ночью?»"])
    assert "## Вопросы-ловушки" in russian.to_markdown()
    assert [u.section_type for u in russian.extracted().units] == ["landmines"]


def test_awkward_values_survive_the_front_matter() -> None:
    card = BattleCard(
        competitor='Acme: "the" #1',
        title="yes",
        tags=["no", "2026", "a, b"],
        owner="O'Brien",
        language="en",
        strengths=["ok"],
    )
    back = BattleCard.from_markdown(card.to_markdown())
    assert (back.competitor, back.title, back.tags, back.owner) == (
        'Acme: "the" #1',
        "yes",
        ["no", "2026", "a, b"],
        "O'Brien",
    )


def test_objections_without_labels_are_questions_waiting_for_answers() -> None:
    card = BattleCard.from_markdown("## Objections\n\n- Too expensive\n- Too slow\n")
    assert card.objections == [Objection("Too expensive"), Objection("Too slow")]
    assert [p.field for p in card.problems()] == ["competitor", "objections", "objections"]


def test_validation_names_what_to_fix() -> None:
    empty = BattleCard()
    assert [(p.field, str(p.message)) for p in empty.problems()] == [
        ("competitor", "Name the competitor this battle card is about."),
        (
            "card",
            "The battle card is empty: write at least one section (strengths, weaknesses, how we win, …).",
        ),
    ]
    card = BattleCard(competitor="Globex", language="ru", strengths=["Бренд"], landmines=["  ", ""])
    (problem,) = card.problems()
    assert problem.field == "landmines"
    assert (
        str(problem.message)
        == "The section “Вопросы-ловушки” is empty: fill it in or remove it from the card."
    )
    assert problem.message.args == {"section": "Вопросы-ловушки"}

    unanswered = BattleCard(competitor="Globex", language="en", objections=[Objection("Too pricey", "")])
    assert [str(p.message) for p in unanswered.problems()] == [
        "Objection 1 (“Too pricey”) has no answer yet: write the answer or remove the objection."
    ]


def test_cleaning_drops_blank_bullets_but_keeps_tables() -> None:
    card = BattleCard(
        competitor=" Globex ",
        strengths=["  a   b ", "", "| x | y |\n|---|---|\n| 1 | 2 |"],
        objections=[Objection(" q ", " a "), Objection("", "")],
        extra=[ExtraSection("Notes", "- keep\n- me")],
    ).cleaned()
    assert card.competitor == "Globex"
    assert card.strengths == ["a b", "| x | y |\n|---|---|\n| 1 | 2 |"]
    assert card.objections == [Objection("q", "a")]
    assert BattleCard.from_markdown(card.to_markdown()) == card


@pytest.mark.parametrize("path", DEMO_CARDS, ids=lambda p: p.name)
def test_unedited_sections_are_written_as_they_were_read(path: Path) -> None:
    """Issue 12: re-saving an imported card must not turn a paragraph into a bullet (or rewrap it)."""
    text = path.read_text(encoding="utf-8")
    card = BattleCard.from_markdown(text)
    assert card.sources, "the typed sections remember how they were written"
    written = card.cleaned().to_markdown()
    for source in card.sources.values():
        assert f"## {source.heading}\n\n{source.body}\n" in written, source.heading
    original = {u.heading: u.text for u in extract_text(path).units}
    assert {u.heading: u.text for u in extract_markdown(written, fallback_title="x").units} == original


def test_an_edited_paragraph_section_stays_paragraphs_and_the_rest_stays_as_written() -> None:
    path = next(p for p in DEMO_CARDS if p.name == "globex_en.md")
    card = BattleCard.from_markdown(path.read_text(encoding="utf-8"))
    assert card.pricing and len(card.pricing) == 1 and card.sources["pricing"].prose
    edited = card.with_bullets("pricing", [*card.pricing, "Trade-in takes 15% off."])
    written = edited.cleaned().to_markdown()
    assert "\n- Trade-in" not in written and "\n\nTrade-in takes 15% off.\n" in written
    assert not any(line.startswith("- PX-300 is priced") for line in written.split("\n"))
    for key, source in card.sources.items():
        if key != "pricing":
            assert f"## {source.heading}\n\n{source.body}\n" in written, key
    # A bullet section edited stays a list.
    grown = card.with_bullets("strengths", [*(card.strengths or []), "A wombat-grade logo."])
    assert "\n- A wombat-grade logo.\n" in grown.to_markdown()
