"""The search page driven like a user would: real window, real services, the demo library, offscreen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from enablement.preview.links import parse_link


def test_typing_shows_hits(qtbot: Any, ui: Any, window: Any) -> None:
    hits = ui.search(window, "стрелец тендер")
    assert hits, "typing a query shows hits"
    assert window.results.stack.currentWidget() is window.results.view
    assert any("Стрелец" in h.competitors for h in hits)
    summary = window.results.summary.text()  # "N results · …", or "N full matches · M listed"
    assert "result" in summary or "full match" in summary
    # the first hit is selected and previewed
    qtbot.waitUntil(lambda: window.preview.bundle is not None, timeout=10_000)
    assert window.preview.bundle.item.id == hits[0].item


def test_a_facet_filters_the_hits(qtbot: Any, ui: Any, window: Any) -> None:
    hits = ui.search(window, "сервер")
    assert {h.kind for h in hits} > {"catalog"}, "the query matches more than catalogs"
    row = window.facets.row_for("kind", "catalog")
    assert row is not None and row.count > 0
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.search.last_answer.request.filters == {"kind": "catalog"} and not window.search.pending()
        ),
        timeout=10_000,
    )
    filtered = window.results.model.hits()
    assert filtered and {h.kind for h in filtered} == {"catalog"}
    assert window.facets.row_for("kind", "catalog").isChecked()
    # clicking it again removes the filter
    qtbot.mouseClick(window.facets.row_for("kind", "catalog"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.search.last_answer.request.filters == {}, timeout=10_000)


def test_keyboard_moves_the_selection_and_updates_the_preview(qtbot: Any, ui: Any, window: Any) -> None:
    window.results.group_button.setChecked(False)  # one row per hit
    hits = ui.search(window, "PX-300")
    assert len(hits) >= 3
    field = window.top.field
    assert field.hasFocus() or window.focus_search() is None
    qtbot.waitUntil(
        lambda: window.preview.bundle is not None and window.preview.bundle.item.id == hits[0].item
    )
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert window.results.view.currentIndex().row() == 2
    third = hits[2]
    qtbot.waitUntil(
        lambda: (
            window.preview.bundle is not None
            and window.preview.bundle.item.id == third.item
            and window.preview.number == third.number
        ),
        timeout=10_000,
    )
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert window.results.view.currentIndex().row() == 1
    # Enter runs the main action: open the original (a temporary copy named like the source)
    opened = []
    window.preview.opener = opened.append
    qtbot.waitUntil(lambda: window.preview.bundle.item.id == hits[1].item)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].name == window.preview.bundle.item.source_name
    assert opened[0].read_bytes()
    # Esc clears the query and returns to the home state
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert window.results.stack.currentWidget() is window.results.home


def test_a_slide_hit_shows_that_slide_and_its_notes(qtbot: Any, ui: Any, window: Any) -> None:
    hits = ui.search(window, "шаблон технического задания Redfish")
    slide_rows = [n for n, h in enumerate(hits) if h.unit == "slide" and h.snippet_field == "notes"]
    assert slide_rows, "the query finds a slide by its speaker notes"
    window.results.select_row(slide_rows[0])
    hit = hits[slide_rows[0]]
    preview = window.preview
    qtbot.waitUntil(
        lambda: preview.stack.currentWidget() is preview.slides and preview.slides.number == hit.number,
        timeout=15_000,
    )
    canvas = preview.slides.canvas
    assert canvas.slide is not None and canvas.slide.number == hit.number
    unit = preview.bundle.unit("slide", hit.number)
    assert unit is not None and unit.notes
    assert preview.slides.notes_text().strip() == unit.notes.strip()
    assert "background" in preview.slides.notes.toHtml(), "matched words in the notes are marked"
    # the slide is painted: its title text leaves dark pixels on the slide's white background
    image = canvas.grab().toImage()
    rect = canvas.slide_rect().toRect()
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(rect.left(), rect.right(), 7)
        for y in range(rect.top(), rect.bottom(), 7)
    }
    assert len(colours) >= 3, "more than a blank slide: background, text and its anti-aliased edges"
    assert any(QColor(c).lightness() < 100 for c in colours)
    assert preview.slides.position.text() == f"Slide {hit.number} of {preview.bundle.item.unit_count}"
    # next slide, then the filmstrip fills with rendered thumbnails
    qtbot.mouseClick(preview.slides.next_button, Qt.MouseButton.LeftButton)
    assert preview.slides.number == hit.number + 1 or hit.number == preview.bundle.item.unit_count
    qtbot.waitUntil(
        lambda: preview.slides.thumbnails_ready() == preview.slides.film_model.rowCount(), timeout=20_000
    )
    # the deep link names the slide on screen
    link = parse_link(preview.current_link())
    assert link is not None and (link.item_id, link.kind, link.number) == (
        hit.item,
        "slide",
        preview.slides.number,
    )


def test_a_row_hit_shows_the_record(qtbot: Any, ui: Any, window: Any) -> None:
    hits = ui.search(window, "PX-200")
    rows = [n for n, h in enumerate(hits) if h.unit == "row"]
    assert rows, "a product code finds its catalog row"
    window.results.select_row(rows[0])
    hit = hits[rows[0]]
    preview = window.preview
    qtbot.waitUntil(lambda: preview.stack.currentWidget() is preview.record, timeout=10_000)
    values = preview.record.values
    assert any(v == "PX-200" for v in values.values()), values
    assert len(values) >= 4
    unit = preview.bundle.unit("row", hit.number)
    assert values == unit.fields
    assert "PX-200" in preview.current_text()


def test_a_section_hit_lays_out_the_battle_card(qtbot: Any, ui: Any, window: Any) -> None:
    hits = ui.search(window, "слабые места Globex параллельный импорт")
    sections = [n for n, h in enumerate(hits) if h.unit == "section" and h.kind == "battlecard"]
    assert sections
    window.results.select_row(sections[0])
    hit = hits[sections[0]]
    preview = window.preview
    qtbot.waitUntil(lambda: preview.stack.currentWidget() is preview.sections, timeout=10_000)
    assert preview.sections.current_anchor == f"section-{hit.number}"
    text = preview.sections.toPlainText()
    for unit in preview.bundle.units:
        assert unit.heading in text


def test_a_layout_typo_shows_a_correction_banner(qtbot: Any, ui: Any, window: Any) -> None:
    hits = ui.search(window, "rjyrehtyn")  # "конкурент" typed with the English layout
    assert hits
    banner = window.results.banner
    assert banner.isVisible()
    assert "конкурент" in banner.label.text() and "rjyrehtyn" in banner.label.text()
    assert banner.label.text().startswith("Showing results for")
    banner.label.linkActivated.emit("original")
    qtbot.waitUntil(
        lambda: window.search.last_answer.request.correct is False and not window.search.pending(),
        timeout=10_000,
    )
    assert not banner.isVisible()
    # nothing matches the literal text: the empty state says what was searched, never a blank pane
    assert window.results.stack.currentWidget() is window.results.empty
    assert "rjyrehtyn" in window.results.empty.text()


def test_an_empty_result_offers_what_to_do(qtbot: Any, ui: Any, window: Any) -> None:
    ui.search(window, "zzqxv")
    assert window.results.stack.currentWidget() is window.results.empty
    text = window.results.empty.text()
    assert "zzqxv" in text and "Nothing found" in text


def test_a_deep_link_opens_the_unit(qtbot: Any, ui: Any, window: Any, demo_services: Any) -> None:
    from enablement.store import repository as repo

    with demo_services.library.reading() as conn:
        deck = next(i for i in repo.list_items(conn) if i.kind == "deck" and i.unit_count >= 3)
    window.open_link(parse_link(f"enablement://item/{deck.id}#slide=3"))
    preview = window.preview
    qtbot.waitUntil(
        lambda: preview.stack.currentWidget() is preview.slides and preview.slides.number == 3, timeout=15_000
    )
    assert preview.bundle.item.id == deck.id


def test_an_items_further_hits_collapse_under_its_last_shown_one(qtbot: Any, ui: Any, window: Any) -> None:
    """Ungrouped, an item shows at most three hits; the rest expand from its last one (issue 13)."""
    results = window.results
    view = results.view
    window.results.group_button.setChecked(False)  # the service's order, one row per hit
    hits = ui.search(window, "competitor:Стрелец")
    per_item: dict[int, int] = {}
    for hit in hits:
        per_item[hit.item] = per_item.get(hit.item, 0) + 1
    assert max(per_item.values()) == 3 and len(per_item) >= 4  # several items reach the list
    shown = results.model.rowCount()
    last = next(n for n, row in enumerate(results.model._rows) if row.group_size > 1)
    collapsed = results.model.row(last).hit.more
    assert results.model.row(last).group_size == 1 + len(collapsed) and collapsed
    # the row paints its "N more hits in this item" link
    view.viewport().repaint()
    assert last in results.delegate._more_rects
    results.select_row(last)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # expand: the collapsed hits follow it, indented
    assert results.model.rowCount() == shown + len(collapsed)
    children = [results.model.row(last + 1 + n) for n in range(len(collapsed))]
    assert all(row.child for row in children)
    assert [row.hit.unit_id for row in children] == [h.unit_id for h in collapsed]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert results.model.row(view.currentIndex().row()).child
    qtbot.keyClick(view, Qt.Key.Key_Left)  # collapse again from a child: back on the item's row
    assert results.model.rowCount() == shown
    assert view.currentIndex().row() == last


def test_a_new_query_starts_at_hit_one(qtbot: Any, ui: Any, window: Any) -> None:
    """A new query collapses the old groups, selects hit #1 and shows the list from the top (D8)."""
    results = window.results
    view = results.view
    window.resize(1400, 600)  # short enough for the list to scroll
    hits = ui.search(window, "цена")
    leader = next(n for n, row in enumerate(results.model._rows) if row.group_size > 1)
    results.select_row(leader)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # expand the card's other hits
    qtbot.keyClick(view, Qt.Key.Key_Down)  # and select one of them
    assert results.model.row(view.currentIndex().row()).child
    results.select_row(results.model.rowCount() - 1)
    assert view.verticalScrollBar().value() > 0
    assert hits
    # Ctrl+K, then type over the old query (no empty query in between, as a user does)
    window.focus_search()
    ui.type_text(window.top.field, "PX-200")
    qtbot.waitUntil(
        lambda: window.search.last_answer.request.query == "PX-200" and not window.search.pending(),
        timeout=15_000,
    )
    new_hits = results.model.hits()
    assert new_hits
    assert view.currentIndex().row() == 0
    assert view.verticalScrollBar().value() == 0
    assert not any(row.child or row.expanded for row in results.model._rows)
    qtbot.waitUntil(
        lambda: window.preview.bundle is not None and window.preview.bundle.item.id == new_hits[0].item,
        timeout=10_000,
    )
    # ↓ continues from hit #1
    qtbot.keyClick(window.top.field, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1


def test_tab_moves_focus_to_the_results_which_keep_the_keys(qtbot: Any, ui: Any, window: Any) -> None:
    """Search field → Tab → results list; there ↑/↓ move, Enter opens and Esc clears the query (D9)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.results.group_button.setChecked(False)  # one row per hit
    window.focus_search()
    field, view = window.top.field, window.results.view
    hits = ui.search(window, "trade-in")
    assert len(hits) >= 3
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 1
    # Enter runs the preview's main action
    opened: list[Any] = []
    window.preview.opener = opened.append
    qtbot.waitUntil(
        lambda: window.preview.bundle is not None and window.preview.bundle.item.id == hits[1].item
    )
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    # Tab goes on to the preview's actions
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.preview.isAncestorOf(window.focusWidget())
    view.setFocus()
    # Esc: back to the search field, query cleared, home state
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert field.hasFocus()
    assert field.text() == ""
    assert window.results.stack.currentWidget() is window.results.home


def test_the_empty_state_links_back_to_a_rejected_correction(qtbot: Any, ui: Any, window: Any) -> None:
    """ "Search rjyrehtyn as is" finds nothing; the empty state offers «конкурент» again (D7)."""
    import re

    ui.search(window, "rjyrehtyn")
    window.results.banner.label.linkActivated.emit("original")
    qtbot.waitUntil(
        lambda: window.search.last_answer.request.correct is False and not window.search.pending(),
        timeout=10_000,
    )
    empty = window.results.empty
    assert window.results.stack.currentWidget() is empty
    links = re.findall(r"<a href='([^']*)'[^>]*>([^<]*)</a>", empty.text())
    assert ("q:конкурент", "конкурент") in links, empty.text()
    assert "Did you mean" in empty.text()
    # the link is reachable by keyboard: Tab from the search field, Enter follows it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_search()
    qtbot.keyClick(window.top.field, Qt.Key.Key_Tab)
    assert empty.hasFocus()
    with qtbot.waitSignal(empty.linkActivated) as activated:
        qtbot.keyClick(empty, Qt.Key.Key_Return)
    assert activated.args == ["q:конкурент"]
    qtbot.waitUntil(
        lambda: (
            window.search.last_answer.request.query == "конкурент"
            and window.search.last_answer.hits
            and not window.search.pending()
        ),
        timeout=10_000,
    )
    assert window.top.field.text() == "конкурент"
    assert window.results.stack.currentWidget() is window.results.view


def test_an_empty_result_with_filters_keeps_the_clear_filters_link(qtbot: Any, ui: Any, window: Any) -> None:
    ui.search(window, "сервер")
    window.search.set_filters({"kind": "battlecard", "product": "PX-200"})
    window.search.set_query("zzqxv", immediate=True)
    qtbot.waitUntil(
        lambda: window.search.last_answer.request.query == "zzqxv" and not window.search.pending(),
        timeout=10_000,
    )
    text = window.results.empty.text()
    assert "href='clear-filters'" in text


def test_a_link_macos_hands_over_as_a_file_open_event_opens_the_unit(
    qtbot: Any, ui: Any, window: Any, demo_services: Any
) -> None:
    """A clicked enablement:// link reaches a running macOS .app as QFileOpenEvent, not as argv."""
    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtGui import QFileOpenEvent

    from enablement.store import repository as repo
    from enablement.ui.main import UrlOpenFilter

    with demo_services.library.reading() as conn:
        deck = next(i for i in repo.list_items(conn) if i.kind == "deck" and i.unit_count >= 3)
    url_events = UrlOpenFilter(window)
    url_events.link_received.connect(window.open_link)
    app = QCoreApplication.instance()
    app.installEventFilter(url_events)
    try:
        event = QFileOpenEvent(QUrl(f"enablement://item/{deck.id}#slide=2"))
        assert QCoreApplication.sendEvent(app, event)
        preview = window.preview
        qtbot.waitUntil(
            lambda: preview.stack.currentWidget() is preview.slides and preview.slides.number == 2,
            timeout=15_000,
        )
        assert preview.bundle.item.id == deck.id
        # a file (not our scheme) is left to Qt
        assert not url_events.eventFilter(app, QFileOpenEvent("/tmp/some.pptx"))
    finally:
        app.removeEventFilter(url_events)
