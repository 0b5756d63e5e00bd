"""The voting tab end to end on a real library: vote from the board, create-close-decide, notifications,
and the tab in Russian (live language switch; default options shown translated, stored in English)."""

from __future__ import annotations

import ast
import gc
import hashlib
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, ItemStatus, UnitKind
from enablement.store import Library, repository
from enablement.ui.i18n import Translator
from enablement.ui.tasks import TaskRunner
from enablement.ui.voting import VotingPanel
from enablement.voting import BallotSpec, Product, Status, VotingService
from enablement.voting.models import DEFAULT_OPTIONS

VOTING_UI = Path(__file__).resolve().parents[2] / "enablement" / "ui" / "voting"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library(tmp_path / "lib")
    yield lib
    lib.close()


@pytest.fixture
def voting(library: Library) -> VotingService:
    service = VotingService(library)
    service.add_person("setup", "mia", "marketing", "HQ")
    service.add_person("setup", "sam", "sales", "North")
    return service


@pytest.fixture
def runner(qtbot: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def make_panel(qtbot, voting: VotingService, runner: TaskRunner) -> Iterator[Callable[[str], VotingPanel]]:  # type: ignore[no-untyped-def]
    panels: list[VotingPanel] = []

    def make(user: str, preview: object = None) -> VotingPanel:
        panel = VotingPanel(voting=voting, runner=runner, user=user, preview=preview)  # type: ignore[arg-type]
        # Not qtbot.addWidget: pytest-qt's teardown hook would close and deleteLater() it before this
        # fixture's teardown, whose wait_idle() spin then deletes it under panel.stop().
        panel.resize(1200, 760)
        panel.show()
        panels.append(panel)  # first: torn down by the fixture even if the wait below fails
        qtbot.waitUntil(lambda: panel.me is not None)
        return panel

    yield make
    # Delete the panels here, on the UI thread, before the runner goes: a widget whose last
    # Python reference dies on a worker thread (a finished task's callback) is deleted by
    # shiboken later, behind Qt's back.
    runner.wait_idle(5000)
    for panel in panels:
        panel.stop()
        panel.close()
        panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    panels.clear()
    gc.collect()


def _draft(library: Library) -> int:
    title = "Router X1 launch deck"
    doc = ExtractedDoc(
        title=title,
        kind=ItemKind.DECK,
        units=[
            ExtractedUnit(kind=UnitKind.SLIDE, number=n, heading=f"Slide {n}", text="…") for n in (1, 2, 3)
        ],
    )
    new = repository.NewVersion(
        path="/decks/x1.pptx", name="x1.pptx", size=10, mtime_ns=0,
        sha256=hashlib.sha256(b"x1").hexdigest(), doc=doc, language="en", kind=ItemKind.DECK,
        status=ItemStatus.DRAFT, competitors=[], products=[], tags=[], owner="mia", review_by=None,
        title=title,
    )  # fmt: skip
    with library.transaction() as conn:
        return repository.store_version(conn, new, item_id=None, user="mia")


def test_salesperson_votes_with_a_reason_from_the_board(qtbot, voting, make_panel) -> None:  # type: ignore[no-untyped-def]
    closes = voting.now() + timedelta(days=2, hours=3)
    ballot = voting.create_ballot(
        "mia",
        BallotSpec(
            title="Router X2 for small offices",
            product=Product(name="Router X2", description="Wi-Fi 7 router", segment="SMB", price="€349"),
            closes_at=closes,
        ),
    )
    panel = make_panel("sam")
    qtbot.waitUntil(lambda: ballot.id in panel.board.cards)
    card = panel.board.cards[ballot.id]
    assert "2d 0" in card.countdown_label.text()  # the countdown
    assert not panel.new_button.isVisible()  # sales cannot open ballots

    with qtbot.waitSignal(panel.page_loaded):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    page = panel.page
    assert "Router X2" in page.product_label.text() and "€349" in page.product_label.text()
    assert "hidden" in page.meta_label.text()

    qtbot.mouseClick(page.option_buttons["Won't sell it"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.vote_button, Qt.MouseButton.LeftButton)  # no reason: refused with a message
    qtbot.waitUntil(lambda: page.error_label.isVisible())
    assert "Say why" in page.error_label.text()
    assert voting.my_vote("sam", ballot.id) is None

    qtbot.keyClicks(page.reason_edit, "clients will ask about the SLA")
    with qtbot.waitSignal(panel.vote_cast):
        qtbot.mouseClick(page.vote_button, Qt.MouseButton.LeftButton)
    stored = voting.my_vote("sam", ballot.id)
    assert (
        stored is not None
        and stored.option == "Won't sell it"
        and stored.reason == "clients will ask about the SLA"
    )
    qtbot.waitUntil(lambda: "Won't sell it" in page.my_vote_label.text())
    assert page.vote_button.text() == "Change vote"
    assert page.chart.rows() == []  # totals hidden until close

    with qtbot.waitSignal(panel.board_loaded):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ballot.id in panel.board.cards)
    assert "1 of 2 voted" in panel.board.cards[ballot.id].votes_label.text()


def test_marketer_creates_closes_and_decides_and_the_voter_is_notified(  # type: ignore[no-untyped-def]
    qtbot, voting, library, make_panel
) -> None:
    item_id = _draft(library)
    sam = make_panel("sam")
    mia = make_panel("mia")
    assert mia.new_button.isVisible()

    qtbot.mouseClick(mia.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mia.editor is not None and mia.editor.isVisible())
    editor = mia.editor
    assert editor is not None and editor.draft_radio.isChecked()
    assert editor.draft_combo.currentData() == item_id
    qtbot.keyClicks(editor.title_edit, "Ship the X1 deck?")
    editor.set_closes_in(timedelta(days=3))
    with qtbot.waitSignal(mia.ballot_saved) as saved:
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    ballot_id = saved.args[0]
    qtbot.waitUntil(lambda: mia.editor is None)
    assert voting.get_ballot(ballot_id).item_id == item_id

    voting.vote("sam", ballot_id, "Needs changes", "slide 2 needs the price")

    with qtbot.waitSignal(mia.page_loaded):
        mia.open_ballot(ballot_id)
    assert mia.page.unit_list.count() == 3  # the draft's slides
    assert mia.page.close_button.isVisible() and not mia.page.decide_button.isVisible()
    with qtbot.waitSignal(mia.ballot_closed):
        qtbot.mouseClick(mia.page.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mia.page.decide_button.isVisible())
    assert mia.page.chart.rows() == [("Will sell it", 0), ("Needs changes", 1), ("Won't sell it", 0)]

    qtbot.mouseClick(mia.page.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mia.decision_dialog is not None and mia.decision_dialog.isVisible())
    dialog = mia.decision_dialog
    assert dialog is not None
    dialog.outcome_buttons[next(iter(dialog.outcome_buttons))].setChecked(True)  # Go
    qtbot.keyClicks(dialog.rationale_edit, "Price slide added; ship it")
    with qtbot.waitSignal(mia.decision_recorded):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert voting.get_ballot(ballot_id).status is Status.DECIDED
    with library.reading() as conn:
        assert repository.get_item(conn, item_id).status is ItemStatus.PUBLISHED
    qtbot.waitUntil(lambda: mia.page.decision_banner.isVisible())

    with qtbot.waitSignal(sam.notifications_changed, check_params_cb=lambda n: n >= 2):
        sam.refresh()  # the app polls; the test asks at once
    assert sam.inbox_button.count == 2
    assert any("Decision" in str(n.message) and "Go" in str(n.message) for n in sam.notifications)
    with qtbot.waitSignal(sam.notifications_changed, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(sam.inbox_button, Qt.MouseButton.LeftButton)
    assert sam.inbox.isVisible()
    assert "Price slide added" in sam.inbox_list.item(0).text()
    assert voting.unread_count("sam") == 0


def test_slide_comment_feeds_the_heat_map(qtbot, voting, library, make_panel) -> None:  # type: ignore[no-untyped-def]
    from enablement.ui.voting.chart import HEAT_ROLE

    item_id = _draft(library)
    ballot = voting.create_ballot("mia", BallotSpec(title="Deck", item_id=item_id)).id
    sam = make_panel("sam")
    with qtbot.waitSignal(sam.page_loaded):
        sam.open_ballot(ballot)
    page = sam.page
    page.unit_list.setCurrentRow(1)
    qtbot.keyClicks(page.comment_edit, "the price is missing here")
    with qtbot.waitSignal(sam.page_loaded):
        qtbot.mouseClick(page.comment_button, Qt.MouseButton.LeftButton)
    assert voting.heat_map(ballot) == {2: 1}
    assert page.unit_list.item(1).data(HEAT_ROLE) == 1
    assert "the price is missing here" in page.unit_detail.text()


def test_draft_deck_slides_show_as_thumbnails(qtbot, voting, library, make_panel, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pptx import Presentation

    from PySide6.QtGui import QImage

    from enablement.domain import ItemMeta
    from enablement.ingest.pipeline import Importer
    from enablement.preview.service import PreviewService

    prs = Presentation()
    for title in ("Router X1", "Price and bundles"):
        prs.slides.add_slide(prs.slide_layouts[5]).shapes.title.text = title
    prs.save(str(tmp_path / "x1.pptx"))
    Importer(library, user="mia").import_paths([tmp_path / "x1.pptx"], ItemMeta(status=ItemStatus.DRAFT))
    with library.reading() as conn:
        item_id = repository.list_items(conn, status=ItemStatus.DRAFT)[0].id
    ballot = voting.create_ballot("mia", BallotSpec(title="X1 deck", item_id=item_id)).id
    voting.comment_unit("sam", ballot, 2, "show the care pack price")

    panel = make_panel("sam", PreviewService(library))
    with qtbot.waitSignal(panel.thumbnails_loaded):
        panel.open_ballot(ballot)
    items = [panel.page.unit_list.item(row) for row in range(panel.page.unit_list.count())]
    assert [item.text() for item in items] == ["Router X1", "Price and bundles"]
    assert all(isinstance(item.data(Qt.ItemDataRole.DecorationRole), QImage) for item in items)


def test_an_unsent_vote_survives_a_tab_switch_a_poll_and_the_board(qtbot, voting, make_panel) -> None:  # type: ignore[no-untyped-def]
    """Review D15: a picked option and a typed reason stay until the user sends them."""
    ballot = _default_ballot(voting)
    other = _default_ballot(voting)
    panel = make_panel("sam")
    with qtbot.waitSignal(panel.page_loaded):
        panel.open_ballot(ballot)
    page = panel.page
    qtbot.mouseClick(page.option_buttons["Needs changes"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.reason_edit, "the SLA is missing")

    def kept() -> bool:
        return (
            page.option_buttons["Needs changes"].isChecked()
            and page.reason_edit.toPlainText() == "the SLA is missing"
        )

    # Another tab (Search, Browse) hides the panel; the poll reloads the page meanwhile.
    panel.hide()
    with qtbot.waitSignal(panel.page_loaded):
        panel.refresh()
    panel.show()
    assert kept(), "the poll while the tab was hidden re-rendered the page"
    with qtbot.waitSignal(panel.page_loaded):
        panel.refresh()  # the poll while the tab is on show
    assert kept()

    with qtbot.waitSignal(panel.board_loaded):  # back to the board, another ballot, then this one again
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.page_loaded):
        panel.open_ballot(other)
    assert page.option_group.checkedButton() is None and page.reason_edit.toPlainText() == ""
    with qtbot.waitSignal(panel.page_loaded):
        panel.open_ballot(ballot)
    assert kept()

    with qtbot.waitSignal(panel.vote_cast):  # sent: the box now shows the saved vote
        qtbot.mouseClick(page.vote_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.vote_button.text() == "Change vote")
    assert ballot not in page.drafts
    voting.vote("sam", ballot, "Will sell it", "changed on another machine")
    with qtbot.waitSignal(panel.page_loaded):
        panel.refresh()
    assert page.option_buttons["Will sell it"].isChecked()
    assert page.reason_edit.toPlainText() == "changed on another machine"

    # Changing a saved vote: the unsent change survives a poll too.
    qtbot.mouseClick(page.option_buttons["Won't sell it"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.page_loaded):
        panel.refresh()
    assert page.option_buttons["Won't sell it"].isChecked()
    assert page.reason_edit.toPlainText() == "changed on another machine"


def test_a_decided_or_closed_ballot_shows_no_vote_form(qtbot, voting, make_panel) -> None:  # type: ignore[no-untyped-def]
    """Review D16: no reason box and no Vote button where a vote is not taken; the label says why."""
    decided = _default_ballot(voting)
    voting.vote("sam", decided, "Needs changes", "the SLA is missing")
    voting.close_ballot("mia", decided)
    voting.decide("mia", decided, "Go with changes", "SLA added")
    closed = _default_ballot(voting)
    voting.close_ballot("mia", closed)
    panel = make_panel("sam")
    page = panel.page

    with qtbot.waitSignal(panel.page_loaded):
        panel.open_ballot(decided)
    assert not page.reason_edit.isEnabled() and not page.reason_edit.isVisible()
    assert not page.vote_button.isEnabled() and not page.vote_button.isVisible()
    assert not any(b.isEnabled() for b in page.option_buttons.values())
    assert page.option_buttons["Needs changes"].isChecked()  # the user's own vote stays on show
    assert "Voting is closed." in page.my_vote_label.text()
    assert "Needs changes" in page.my_vote_label.text()
    assert page.chart.rows() == [("Will sell it", 0), ("Needs changes", 1), ("Won't sell it", 0)]
    assert page.decision_banner.isVisible()
    with qtbot.assertNotEmitted(page.vote_requested):
        page.vote_button.click()

    with qtbot.waitSignal(panel.page_loaded):
        panel.open_ballot(closed)
    assert not page.reason_edit.isVisible() and not page.vote_button.isVisible()
    assert page.my_vote_label.text() == "Voting is closed. You did not vote."

    opened = _default_ballot(voting)
    with qtbot.waitSignal(panel.page_loaded):
        panel.open_ballot(opened)
    assert page.reason_edit.isVisible() and page.reason_edit.isEnabled()
    assert page.vote_button.isVisible() and page.vote_button.isEnabled()
    assert page.my_vote_label.text() == "You have not voted yet."


def test_a_price_on_a_card_never_wraps_inside_the_number(qtbot, voting, make_panel) -> None:  # type: ignore[no-untyped-def]
    """Review D17: «≈ 180 000 ₽» keeps together (non-breaking spaces inside the number)."""
    from PySide6.QtWidgets import QLabel

    from enablement.ui.voting.texts import no_break

    assert no_break("≈ 180 000 ₽") == "≈\u00a0180\u00a0000\u00a0₽"
    assert no_break("$ 1 200 per seat") == "$\u00a01\u00a0200 per seat"
    assert no_break("SMB, 50 users") == "SMB, 50 users"
    product = Product(name="NW-3000", segment="Enterprise", price="≈ 180 000 ₽")
    ballot = voting.create_ballot("mia", BallotSpec(title="NW-3000 launch", product=product)).id
    panel = make_panel("sam")
    qtbot.waitUntil(lambda: ballot in panel.board.cards)
    texts = [label.text() for label in panel.board.cards[ballot].findChildren(QLabel)]
    assert "Enterprise · ≈\u00a0180\u00a0000\u00a0₽" in texts
    with qtbot.waitSignal(panel.page_loaded):
        panel.open_ballot(ballot)
    assert "≈\u00a0180\u00a0000\u00a0₽" in panel.page.product_label.text()


# ------------------------------------------------------------------ the voting tab in Russian


@pytest.fixture
def translator(qapp: object) -> Iterator[Translator]:
    """Switches the app's language like Settings → Language does; back to English afterwards."""
    tr = Translator()
    yield tr
    tr.apply("en")
    for installed in tr.findChildren(QTranslator):
        QCoreApplication.removeTranslator(installed)


def _default_ballot(voting: VotingService) -> int:
    closes = voting.now() + timedelta(days=2, hours=3)
    spec = BallotSpec(
        title="Router X2 for small offices", product=Product(name="Router X2"), closes_at=closes
    )
    return voting.create_ballot("mia", spec).id


def test_the_voting_tab_follows_a_live_language_switch(qtbot, voting, make_panel, translator) -> None:  # type: ignore[no-untyped-def]
    ballot = _default_ballot(voting)
    panel = make_panel("sam")
    qtbot.waitUntil(lambda: ballot in panel.board.cards)
    assert panel.board.column_header(Status.OPEN) == "OPEN  ·  1"
    assert "2d 0" in panel.board.cards[ballot].countdown_label.text()
    with qtbot.waitSignal(panel.page_loaded):
        panel.open_ballot(ballot)
    page = panel.page
    assert page.back_button.text() == "← Board"
    assert page.option_buttons["Will sell it"].text() == "Will sell it"
    page.option_buttons["Needs changes"].setChecked(True)  # picked, typed, not sent yet
    page.reason_edit.setPlainText("the SLA is missing")

    with qtbot.assertNotEmitted(panel.page_loaded), qtbot.assertNotEmitted(panel.board_loaded):
        translator.apply("ru")  # LanguageChange is posted: the tab re-renders what it shows, no reload
        qtbot.waitUntil(lambda: page.back_button.text() == "← К доске")
    assert [b.text() for b in page.option_buttons.values()] == [
        "Буду продавать",
        "Нужны доработки",
        "Не буду продавать",
    ]
    assert page.vote_button.text() == "Проголосовать"
    assert page.vote_title.text() == "ВАШ ГОЛОС"
    assert page.option_buttons["Needs changes"].isChecked(), "the pick survives the switch"
    assert page.reason_edit.toPlainText() == "the SLA is missing", "so does the typed reason"
    assert panel.board.column_header(Status.OPEN) == "ОТКРЫТЫЕ  ·  1"
    assert panel.board.column_header(Status.DECIDED) == "РЕШЁННЫЕ  ·  0"
    card = panel.board.cards[ballot]
    assert "2 д 0" in card.countdown_label.text()
    # plain words: DejaVu (Linux's default font) has no ⏱ and draws a box
    assert "⏱" not in card.countdown_label.text() and "осталось" in card.countdown_label.text()
    assert "проголосовали 0 из 2" in card.votes_label.text()
    assert panel.new_button.text() != "New ballot…" and panel.inbox_button.text() != "Notifications"

    translator.apply("en")
    qtbot.waitUntil(lambda: page.back_button.text() == "← Board")
    assert page.option_buttons["Will sell it"].text() == "Will sell it"
    assert panel.board.column_header(Status.OPEN) == "OPEN  ·  1"
    assert "2d 0" in panel.board.cards[ballot].countdown_label.text()
    assert panel.board.cards[ballot].countdown_label.text().endswith(" left")
    assert "⏱" not in panel.board.cards[ballot].countdown_label.text()
    assert page.option_buttons["Needs changes"].isChecked()


def test_in_russian_the_default_options_show_translated_and_vote_by_their_key(  # type: ignore[no-untyped-def]
    qtbot, voting, make_panel, runner, translator
) -> None:
    translator.apply("ru")
    ballot = _default_ballot(voting)
    sam = make_panel("sam")
    with qtbot.waitSignal(sam.page_loaded):
        sam.open_ballot(ballot)
    page = sam.page
    button = page.option_buttons["Won't sell it"]
    assert button.text() == "Не буду продавать"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.reason_edit, "no SLA")
    with qtbot.waitSignal(sam.vote_cast):
        qtbot.mouseClick(page.vote_button, Qt.MouseButton.LeftButton)
    stored = voting.my_vote("sam", ballot)
    assert stored is not None and stored.option == "Won't sell it"  # the key, not the label
    qtbot.waitUntil(lambda: "«Не буду продавать»" in page.my_vote_label.text())

    mia = make_panel("mia")
    voting.close_ballot("mia", ballot)
    with qtbot.waitSignal(mia.page_loaded):
        mia.open_ballot(ballot)
    assert mia.page.chart.rows() == [("Will sell it", 0), ("Needs changes", 0), ("Won't sell it", 1)]
    assert mia.page.chart.labels() == ["Буду продавать", "Нужны доработки", "Не буду продавать"]
    assert "Не буду продавать" in mia.page.reasons_label.text()
    assert "Won't sell it" not in mia.page.reasons_label.text()
    qtbot.mouseClick(mia.page.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mia.decision_dialog is not None and mia.decision_dialog.isVisible())
    assert mia.decision_dialog is not None
    assert "Не буду продавать: 1" in mia.decision_dialog.info_label.text()
    mia.decision_dialog.reject()

    qtbot.mouseClick(mia.new_button, Qt.MouseButton.LeftButton)  # a new ballot made in Russian
    qtbot.waitUntil(lambda: mia.editor is not None and mia.editor.isVisible())
    editor = mia.editor
    assert editor is not None
    assert editor.options_combo.currentText() == "Буду продавать / Нужны доработки / Не буду продавать"
    qtbot.keyClicks(editor.title_edit, "Router X3")
    with qtbot.waitSignal(mia.ballot_saved) as saved:
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert voting.get_ballot(saved.args[0]).options == DEFAULT_OPTIONS  # stored as the English keys
    assert runner.wait_idle(5000)  # the refresh after saving lands while the panel still exists


def test_an_open_dialog_follows_the_language_switch(qtbot, voting, library, make_panel, translator) -> None:  # type: ignore[no-untyped-def]
    translator.apply("en")  # the English catalogue carries the plural forms ("3 slides")
    _draft(library)
    mia = make_panel("mia")
    qtbot.mouseClick(mia.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mia.editor is not None and mia.editor.isVisible())
    editor = mia.editor
    assert editor is not None
    assert editor.draft_combo.itemText(0) == "Router X1 launch deck  (Deck, 3 slides)"
    assert editor.windowTitle() == "New ballot"
    translator.apply("ru")
    qtbot.waitUntil(lambda: editor.windowTitle() != "New ballot")
    assert editor.draft_combo.itemText(0) == "Router X1 launch deck  (Презентация, 3 слайда)"
    assert editor.options_combo.itemText(0).startswith("Буду продавать")
    editor.reject()


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """pyside6-lupdate does not read f-string replacement fields: such a text is never translated."""
    hidden = []
    for path in sorted(VOTING_UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FormattedValue):
                for inner in ast.walk(node.value):
                    if isinstance(inner, ast.Call) and getattr(
                        inner.func, "attr", getattr(inner.func, "id", "")
                    ) in (
                        "tr",
                        "translate",
                    ):
                        hidden.append(f"{path.name}:{inner.lineno}")
    assert hidden == []


def test_an_error_on_screen_follows_a_language_switch(  # type: ignore[no-untyped-def]
    qtbot, voting, make_panel, translator
) -> None:
    ballot_id = _default_ballot(voting)
    panel = make_panel("sam")
    with qtbot.waitSignal(panel.page_loaded):
        panel.open_ballot(ballot_id)
    page = panel.page
    qtbot.mouseClick(page.option_buttons["Won't sell it"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.vote_button, Qt.MouseButton.LeftButton)  # no reason: the service refuses
    qtbot.waitUntil(lambda: page.error_label.isVisible())
    assert page.error_label.text().startswith("Say why you chose “Won't sell it”")
    translator.apply("ru")
    qtbot.waitUntil(
        lambda: page.error_label.text().startswith("Объясните, почему вы выбрали «Не буду продавать»")
    )
    assert page.error_label.isVisible()


def test_profile_on_a_team_server_is_read_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The admin sets role and team there (the database refuses anyone else): no Save to be refused."""
    from datetime import UTC, datetime

    from enablement.ui.voting.dialogs import ProfileDialog
    from enablement.voting.models import Person, Role

    person = Person(1, "sam", Role.SALES, "North", datetime(2026, 1, 1, tzinfo=UTC))
    team = ProfileDialog(person=person, managed=True)
    qtbot.add_widget(team)
    assert not team.role_combo.isEnabled() and team.team_edit.isReadOnly()
    buttons = team.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert "admin" in team.hint_label.text()
    personal = ProfileDialog(person=person)
    qtbot.add_widget(personal)
    assert personal.role_combo.isEnabled() and not personal.team_edit.isReadOnly()


def test_the_top_bar_badge_counts_ballots_waiting_for_the_users_vote(qtbot, voting, make_panel) -> None:  # type: ignore[no-untyped-def]
    """Not unread notifications (an answer to one's intel, a decision): what there is to vote on."""
    for_all = _default_ballot(voting)
    voting.create_ballot("mia", BallotSpec(title="For the South only", audience=["South"]))
    closed = _default_ballot(voting)
    voting.close_ballot("mia", closed)
    panel = make_panel("sam")
    qtbot.waitUntil(lambda: panel.awaiting == 1)  # open, in sam's audience, not voted: only for_all
    assert set(panel.board.cards) == {for_all, closed}
    with qtbot.waitSignal(panel.awaiting_changed, check_params_cb=lambda n: n == 0):
        voting.vote("sam", for_all, "Will sell it", "")
        panel.refresh()
