"""Sent by me and Triage say when a report's slide was since removed, and a history line names
the link a new one replaced; the service's refusals and labels reach the Russian UI in Russian."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from enablement.errors import NotFound, ReportError
from enablement.ui.i18n import Translator
from enablement.ui.loop import InboxPage
from enablement.ui.loop.report_texts import subject
from enablement.ui.messages import error_text
from tests.ui.test_loop_inbox import WAIT, choose, make_page, runner  # noqa: F401

pytestmark = pytest.mark.usefixtures("qapp")


def test_a_removed_slide_and_a_replaced_link_are_said_so(
    qtbot: Any,
    empty_services: Any,
    make_page: Callable[..., InboxPage],  # noqa: F811
) -> None:
    from enablement.domain import ItemKind, UnitKind
    from tests.helpers.drafts import store_slides
    from tests.unit.insights.conftest import store_item

    services = empty_services
    deck = store_slides(services.library, [("Agenda", "a"), ("Pricing", "900 EUR")], title="Deck")
    card = store_item(services.library, "Acme card", kind=ItemKind.BATTLECARD, unit_kind=UnitKind.SECTION)
    services.voting.ensure_person("anna")
    services.voting.update_person("anna", "anna", role="marketing")
    feedback = services.reports.add_feedback("anna", deck, "slide", 2, "outdated", "Price went up.")
    services.reports.link("anna", feedback.id, "item", card)
    services.reports.link("anna", feedback.id, "item", deck)
    store_slides(services.library, [("Agenda", "a")], item_id=deck, title="Deck")  # slide 2 is gone

    page = make_page(services)
    choose(qtbot, page, feedback.id)
    detail = page.triage.detail
    assert "Deck · slide 2 (the slide was since removed)" in detail.meta.text()
    history = detail.history
    qtbot.waitUntil(
        lambda: "linked it to «Deck» (replacing the battle card «Acme card»)" in history.text(), timeout=WAIT
    )
    page.tabs.setCurrentWidget(page.sent)
    page.sent.select(feedback.id)
    qtbot.waitUntil(lambda: "(the slide was since removed)" in page.sent.detail.meta.text(), timeout=WAIT)


def test_feedback_refusals_and_gone_reports_read_in_russian(empty_services: Any) -> None:
    from tests.helpers.drafts import store_slides

    services = empty_services
    deck = store_slides(services.library, [("Agenda", "a"), ("Pricing", "900 EUR")], title="Deck")
    first = services.reports.add_feedback("anna", deck, "slide", 2, "outdated", "Price went up.")
    translator = Translator()
    translator.apply("ru")
    try:
        with pytest.raises(ReportError) as twice:
            services.reports.add_feedback("anna", deck, "slide", 2, "wrong", "Цена другая.")
        shown = error_text(twice.value)
        assert shown.startswith(
            f"Вы уже оставили отзыв на слайд 2 в «Deck»: отчёт {first.id} (устарело, новый)"
        )
        assert shown.endswith("Ваш новый комментарий не сохранён: «Цена другая.»")
        store_slides(services.library, [("Agenda", "a")], item_id=deck, title="Deck")
        with pytest.raises(NotFound) as removed:
            services.reports.add_feedback("anna", deck, "slide", 2, "wrong", "Цена другая.")
        assert error_text(removed.value).endswith("Ваш комментарий не сохранён: «Цена другая.»")
        gone = services.reports.my_reports("anna")[0]
        assert gone.gone and subject(gone).endswith("(слайд с тех пор удалён)")
    finally:
        translator.apply("en")
