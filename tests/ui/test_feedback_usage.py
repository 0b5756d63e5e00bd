"""A marketer sees, under a unit's feedback, how many people previewed, opened, copied and linked
it in the last weeks; counts of fewer than three people read "fewer than 3"; a seller sees none.
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
from tests.helpers.drafts import store_draft

WAIT = 15_000


@pytest.fixture
def runner(qtbot: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[tuple[Library, int]]:
    library = Library(tmp_path / "lib", None)
    voting = VotingService(library)
    voting.add_person("setup", "mia", "marketing", "HQ")
    voting.add_person("setup", "sam", "sales", "North")
    deck = store_draft(library, slides=3)
    usage = UsageService(library)
    for who in ("a", "b", "c", "d"):
        usage.record(who, "preview", deck, "slide", 1)
    for who in ("a", "b", "c"):
        usage.record(who, "copy", deck, "slide", 1)
    usage.record("a", "open", deck, "slide", 1)
    usage.record("a", "preview", deck, "slide", 2)
    yield library, deck
    library.close()


def shown(qtbot: Any, box: Any, unit: tuple[int, str, int]) -> str:
    box.show_unit(unit)
    qtbot.waitUntil(lambda: box.view is not None, timeout=WAIT)
    return str(box.summary.text())


def test_a_marketer_sees_who_used_the_unit_in_groups_of_three(
    qtbot: Any, runner: TaskRunner, lib: tuple[Library, int], translator: Any
) -> None:
    from enablement.ui.loop.feedback_box import FeedbackBox

    library, deck = lib
    appearance = Appearance("light")
    box = FeedbackBox(runner=runner, appearance=appearance, icons=IconSet(appearance))
    qtbot.addWidget(box)
    insights = InsightsService(library, gaps=GapService(library))
    box.set_reports(ReportService(library), "mia", insights)
    text = shown(qtbot, box, (deck, "slide", 1))
    line = "Previewed by 4 people, opened by fewer than 3, copied by 3, linked by fewer than 3"
    assert line + " in the last 8 weeks" in text
    few = "Nobody, or fewer than 3 people, used it in version 1 in the last 8 weeks."
    assert few in shown(qtbot, box, (deck, "slide", 2))  # two people read as nobody: never who
    assert few in shown(qtbot, box, (deck, "slide", 3))
    translator.apply("ru")
    QCoreApplication.processEvents()
    text = shown(qtbot, box, (deck, "slide", 1))
    assert "Просмотрели: 4 чел., открыли: меньше 3, скопировали: 3" in text and "за последние 8 нед." in text

    box.set_reports(ReportService(library), "sam", insights)  # a seller: his own feedback only
    assert "4" not in shown(qtbot, box, (deck, "slide", 1))
    assert box.view is not None and box.view.usage is None
    runner.wait_idle(10_000)
