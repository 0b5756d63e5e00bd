"""The preview's feedback strip after a re-import: feedback shows on the slide whose content it
was given on (moved or not), feedback on a slide since changed or dropped is listed as given on
version 1, never on today's slide of that number, and the usage line counts this version only.
On a real SQLite library, in English and Russian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication

from enablement.insights import ReportService
from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.insights.usage import UsageService
from enablement.store.library import Library
from enablement.ui.icons import IconSet
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance
from enablement.voting import VotingService
from tests.helpers.drafts import store_slides

WAIT = 15_000
V1 = [
    ("Agenda", "What we cover"),
    ("Why Router X1", "Three reasons"),
    ("Pricing", "From 900 EUR"),
    ("Acme comparison", "We win on support"),
]
V2 = [
    ("Agenda", "What we cover"),
    ("What is new", "Wi-Fi 7"),
    ("Why Router X1", "Three reasons"),
    ("Pricing", "From 990 EUR"),
]


@pytest.fixture
def runner(qtbot: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[tuple[Library, int]]:
    """A deck with feedback and usage on version 1, then re-imported as version 2."""
    library = Library(tmp_path / "lib", None)
    voting = VotingService(library)
    voting.add_person("setup", "mia", "marketing", "HQ")
    voting.add_person("setup", "sam", "sales", "North")
    deck = store_slides(library, V1)
    reports = ReportService(library)
    reports.add_feedback("sam", deck, "slide", 2, "helped", "Won the Nordbank deal")
    reports.add_feedback("sam", deck, "slide", 4, "outdated", "Acme has 24/7 support now")
    reports.add_feedback("sam", deck, "slide", 3, "wrong", "The price went up")
    usage = UsageService(library)
    for who in ("a", "b", "c", "d"):
        usage.record(who, "preview", deck, "slide", 4)  # the Acme slide, on version 1
    store_slides(library, V2, item_id=deck)
    yield library, deck
    library.close()


def shown(qtbot: Any, box: Any, unit: tuple[int, str, int]) -> str:
    box.show_unit(unit)
    qtbot.waitUntil(lambda: box.view is not None, timeout=WAIT)
    return str(box.summary.text())


def test_the_strip_after_a_reimport_shows_feedback_where_its_content_is(
    qtbot: Any, runner: TaskRunner, lib: tuple[Library, int], translator: Any
) -> None:
    from enablement.ui.loop.feedback_box import FeedbackBox

    library, deck = lib
    appearance = Appearance("light")
    box = FeedbackBox(runner=runner, appearance=appearance, icons=IconSet(appearance))
    qtbot.addWidget(box)
    insights = InsightsService(library, gaps=GapService(library))
    box.set_reports(ReportService(library), "mia", insights)

    moved = shown(qtbot, box, (deck, "slide", 3))  # "Why Router X1": slide 2 then, slide 3 now
    assert "Won the Nordbank deal" in moved and "Feedback here:" in moved
    four = shown(qtbot, box, (deck, "slide", 4))  # Pricing now; the Acme slide was slide 4 then
    assert "No feedback on this one yet." in four
    assert "On version 1, Slide 4 «Acme comparison» (since removed): Outdated 1" in four
    assert "On version 1, Slide 3 «Pricing» (since changed): Wrong 1" in four
    assert "— Outdated, sam: Acme has 24/7 support now" in four  # listed, not on today's slide
    assert "Nobody, or fewer than 3 people, used it in version 2 in the last 8 weeks." in four
    assert box.view is not None and box.view.usage is not None and box.view.usage.version == 2

    translator.apply("ru")
    QCoreApplication.processEvents()
    box.show_unit(None)
    four = shown(qtbot, box, (deck, "slide", 4))
    assert "В версии 1, Слайд 4 «Acme comparison» (с тех пор удалён)" in four
    assert "в версии 2" in four
    translator.apply("en")
    QCoreApplication.processEvents()

    box.set_reports(ReportService(library), "sam", insights)  # the seller: his own, where it belongs
    assert "You said “Helped me win”" in shown(qtbot, box, (deck, "slide", 3))
    assert "You said" not in shown(qtbot, box, (deck, "slide", 4))
    runner.wait_idle(10_000)
