"""Regenerate the README screenshots of the marketer's workbench from the app itself.

    python scripts/screenshot_workbench.py                          # English, light
    python scripts/screenshot_workbench.py --lang ru --theme dark   # Russian, dark

It builds the demo library in a temporary folder, opens the real main window with
private settings and works in it like a marketer: the menus' actions, the preview's
buttons, the results' and filmstrip's context menus, the editor's fields. It saves
the window's or the dialog's `grab()`.

English and light (the README's main shots, into --out):

- card-editor.png: Edit → New battle card… for Вектор Телеком, headings in English,
  filled in from the template and written, with the live preview beside the fields;
- deck-check.png: the PX training deck found by a search, its "3 to fix" chip opened,
  a finding clicked (the checklist beside the slide);
- diff-deck.png: a second version of that deck imported (a price changed, a customer
  story added, the internal slide removed, the proof and the call to action the deck
  check asked for), then "Compare versions…" with unchanged slides hidden;
- pitch-basket.png: four slides from two decks picked from the results, the preview
  and the filmstrip, one moved up, the pitch built;
- review.png: the new card saved as a draft, published from Inbox → Review's "My items" and
  picked there: its history under the lists, the needs-review queue above.

Any other language or theme writes the README's companion shots, named with the
suffix -LANG-THEME (-ru-dark for the README's; -ru or -dark alone for one change):

- card-editor-ru-dark-refused.png: a new Russian card saved with two sections left
  empty, refused in place with everything typed kept;
- deck-check-ru-dark.png: the deck check of the Russian company deck, a finding on
  another slide than the search found clicked;
- diff-card-ru-dark.png: the Russian Globex card edited and saved as version 2, then
  its versions compared section by section;
- pitch-basket-refused-ru-dark.png: the basket (the panel alone) after a build
  refused a slide whose deck was removed meanwhile.

Works offscreen (the default when there is no display) and under Xvfb.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TIMEOUT_S = 30.0


# ---------------------------------------------------------------------- waiting


def _wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _settle(window: Any, ms: int = 400) -> None:
    """Let debounce timers fire and every background task land."""
    for _ in range(4):
        _wait(ms // 4)
        window.runner.wait_idle(30_000)
    _wait(ms)


def _until(what: str, predicate: Callable[[], object], timeout_s: float = TIMEOUT_S) -> None:
    """Run the event loop until `predicate()` holds; stop the script, naming `what`, if it never does."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshot_workbench: timed out waiting for {what}")
        _wait(25)


def _type(widget: Any, text: str) -> None:
    """One key event per character, as a keyboard sends them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _from_edit_menu(window: Any, action: Any) -> None:
    """Open the Edit menu (which enables its actions for what is on show) and choose `action`."""
    window.menus["edit"].aboutToShow.emit()
    if not action.isEnabled():
        raise SystemExit(f"screenshot_workbench: Edit → {action.text()} is disabled")
    action.trigger()


# ---------------------------------------------------------------------- the library


def _items(services: Any, kind: str | None = None) -> dict[str, Any]:
    """The library's items by the file name they were imported from."""
    from enablement.store import repository as repo

    with services.library.reading() as conn:
        return {i.source_name: i for i in repo.list_items(conn, kind=kind)}


def _search(window: Any, text: str) -> list[Any]:
    window.top.field.clear()
    _type(window.top.field, text)
    _until(
        f"the answer to {text!r}",
        lambda: (
            window.search.last_answer is not None
            and window.search.last_answer.request.query == text
            and not window.search.pending()
        ),
    )
    return list(window.results.model.hits())


def _shown(window: Any, item_id: int, kind: str, number: int) -> None:
    """Wait until the search page's preview shows the unit (a slide drawn, or any unit of the item)."""
    preview = window.preview

    def drawn() -> bool:
        if preview.bundle is None or preview.bundle.item.id != item_id:
            return False
        return kind != "slide" or (
            preview.stack.currentWidget() is preview.slides and preview.slides.number == number
        )

    _until(f"{kind} {number} of item {item_id}", drawn)
    _settle(window, 300)


def _show(window: Any, item_id: int, kind: str, number: int) -> Any:
    """Preview a unit on the search page (as a deep link does) and wait until it is drawn."""
    window.preview.show_unit(item_id, kind, number)
    _shown(window, item_id, kind, number)
    return window.preview


# ---------------------------------------------------------------------- 1. the battle-card editor

VEKTOR = "Вектор Телеком"

CARD_EN = {
    "title": "Vektor Telecom: access switches battle card",
    "products": "NW-500, NW-500P, NW-48T, LIC-NW500-L3",
    "tags": "switches, FSTEC, critical infrastructure",
    "overview": (
        "Vektor Telecom is a small distributor from Novosibirsk that has sold imported access switches "
        "under its own Vektor brand since 2025. We meet it in NW-500 and NW-500P deals, mostly in "
        "retail and education."
    ),
    "strengths": [
        "Prices 30–40% below the NW-500.",
        "Small batches ship fast from its Novosibirsk warehouse.",
    ],
    "weaknesses": [
        "No FSTEC certificate: Vektor switches cannot go into significant critical-infrastructure sites.",
        "No network OS of its own: the maker's firmware updates are irregular, "
        "documentation is in English and Chinese only.",
        "One-year warranty; service means shipping the switch to Novosibirsk.",
    ],
    "how_we_win": [
        "Ask about critical infrastructure and the regulator's requirements at the start.",
        "Show one management plane: NW-500 and NW-1000 are set up from the same NordWind OS.",
        "For tight budgets, offer the NW-500 without PoE and LIC-NW500-L3 only where routing is needed.",
    ],
    "landmines": [
        "Who replaces a failed switch, and how long does it take to come back from Novosibirsk?",
        "Which firmware version fixes last year's vulnerabilities, and where do you download it?",
    ],
    "objections": [
        (
            "Vektor is one and a half times cheaper.",
            "Compare the cost of ownership: a failed Vektor switch is replaced in up to three weeks, "
            "ours in 4 hours in 40 cities.",
        ),
    ],
    "pricing": [
        "The Vektor VS-24 (24 × 1 GbE) costs about 62,000 RUB against 98,000 RUB for the NW-500.",
    ],
}

CARD_RU = {
    "title": "Вектор Телеком: PoE-коммутаторы для розницы",
    "products": "NW-500P, BUNDLE-BRANCH",
    "tags": "коммутаторы, PoE, ритейл",
    "overview": (
        "В розничных сетях «Вектор Телеком» предлагает PoE-коммутаторы VS-24P для касс, камер и "
        "точек доступа в магазинах. Встречаем его в сделках по NW-500P, когда заказчик открывает "
        "новые магазины партиями по 10–20."
    ),
    "strengths": [
        "Цена за порт PoE на треть ниже, чем у NW-500P.",
        "Поставка небольших партий со склада в Новосибирске за неделю.",
    ],
    "weaknesses": [
        "Бюджет PoE — 190 Вт на коммутатор: на 24 камеры с ИК-подсветкой его не хватает.",
        "Нет централизованного управления: каждый коммутатор в магазине настраивают вручную.",
        "Гарантия 1 год, замена — отправкой в Новосибирск, до трёх недель.",
    ],
    "how_we_win": [
        "Считаем бюджет PoE на реальный магазин: кассы, камеры и точки доступа вместе.",
        "Показываем, как NW-500P настраивается шаблоном из NordWind OS сразу на все магазины сети.",
        "Предлагаем «Филиал под ключ» (BUNDLE-BRANCH) с заменой за 4 часа в 40 городах.",
    ],
    "objections": [
        (
            "«Вектор» дешевле на каждый магазин.",
            "Посчитайте выезд инженера в магазин на настройку и три недели без камер при поломке: "
            "на сети из 50 магазинов NW-500P выходит дешевле уже в первый год.",
        ),
    ],
}


def _set_bullets(editor: Any, key: str, bullets: list[str]) -> None:
    box = editor.overview_box if key == "overview" else editor.sections[key]
    box.setChecked(True)
    box.text_edit.setPlainText("\n".join(bullets))


def _write_card(editor: Any, card: dict[str, Any]) -> None:
    """Type the card into the editor's fields, section by section, as a marketer would."""
    from enablement.workbench.cards import Objection

    editor.title_edit.setText(card["title"])
    editor.products_edit.setText(card["products"])  # the template's list, trimmed to the card's
    editor.tags_edit.setText(card["tags"])
    _set_bullets(editor, "overview", [card["overview"]])
    for key in ("strengths", "weaknesses", "how_we_win", "landmines", "pricing"):
        if key in card:
            _set_bullets(editor, key, card[key])
    for question, answer in card.get("objections", []):
        editor.objections.add_pair(Objection(question, answer))


def _new_card(window: Any, language: str) -> Any:
    """Edit → New battle card…, the competitor chosen, headings' language set, filled from the template."""
    _from_edit_menu(window, window.cards.new_action)
    editor = window.cards.editors[0]
    _until("the new card editor", editor.isVisible)
    _settle(window, 300)
    editor.competitor_combo.setEditText(VEKTOR)
    editor.language_combo.setCurrentIndex(editor.language_combo.findData(language))
    editor.template_button.click()
    _until("the template", lambda: editor.sections["landmines"].isChecked())
    return editor


def _scroll_fields_to(editor: Any, widget: Any) -> None:
    from PySide6.QtWidgets import QScrollArea

    scroll = editor.findChild(QScrollArea)
    scroll.ensureWidgetVisible(widget, 0, 8)


def shot_card_editor(window: Any, out: Path, main: bool, suffix: str) -> list[Path]:
    editor = _new_card(window, "en" if main else "ru")
    _write_card(editor, CARD_EN if main else CARD_RU)
    editor.resize(1280, 860)
    if main:
        path = out / "card-editor.png"
    else:  # saved with landmines and pricing left empty (the template put their headings in)
        editor.save_button.click()
        _until("the refusal", lambda: editor.error_label.isVisible())
        _scroll_fields_to(editor, editor.sections["landmines"])
        path = out / f"card-editor{suffix}-refused.png"
    _settle(window, 600)  # the live preview follows the fields after a short delay
    editor.grab().save(str(path))
    if not main:
        editor.close_button.click()
        return [path]
    editor.save_button.click()  # saved as a draft (the Status the editor starts with)
    _until("the draft saved", lambda: not editor.busy and editor.item_id is not None)
    item_id = editor.item_id
    editor.close_button.click()
    return [path, shot_review(window, out, item_id)]


def _mine_row(panel: Any, item_id: int) -> int:
    table = panel.mine_table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(f"#{item_id} "))


def shot_review(window: Any, out: Path, item_id: int) -> Path:
    """Inbox → Review: the draft card submitted for review and published from "My items", then
    picked, so its history (who and when) shows under the lists."""
    from PySide6.QtWidgets import QPushButton

    window.set_page("inbox")
    page = window.inbox_page
    panel = page.review
    page.tabs.setCurrentWidget(panel)
    _until(
        "the review lists",
        lambda: panel.data is not None and any(o.item_id == item_id for o in panel.data.mine),
    )
    for label in ("Submit for review", "Publish"):
        row = _mine_row(panel, item_id)
        buttons = panel.mine_table.cellWidget(row, 3).findChildren(QPushButton)
        before = panel.data
        next(b for b in buttons if b.text() == label).click()
        _until(label, lambda before=before: panel.data is not before)
        _settle(window, 300)
    panel.mine_table.selectRow(_mine_row(panel, item_id))
    _until("the history", lambda: panel.history_label.text().count("\n") >= 2)
    _settle(window, 600)
    path = out / "review.png"
    window.grab().save(str(path))
    window.set_page("search")
    return path


# ---------------------------------------------------------------------- 2. the deck check


def _select_hit(window: Any, query: str, item_id: int, number: int) -> int:
    """Search for `query`, select the hit on slide `number` of item `item_id`; its row."""
    _search(window, query)
    model = window.results.model
    rows = [
        row
        for row in range(model.rowCount())
        if (hit := model.hit(row)) is not None
        and (hit.item, str(hit.unit), hit.number) == (item_id, "slide", number)
    ]
    if not rows:
        raise SystemExit(f"screenshot_workbench: slide {number} of item {item_id} not found for {query!r}")
    window.results.select_row(rows[0])
    _shown(window, item_id, "slide", number)
    return rows[0]


DECK_CHECKS = {  # the deck, a search that finds one of its slides, that slide, the finding clicked then
    True: ("px-series_en.pptx", "we only buy Globex", 12, 12),
    False: ("nordwind-overview_ru.pptx", "дорожная карта 2027", 16, 18),
}


def shot_deck_check(window: Any, out: Path, main: bool, suffix: str) -> Path:
    source, query, found, number = DECK_CHECKS[main]
    item = _items(window.services, "deck")[source]
    _select_hit(window, query, item.id, found)
    hook = window.deck_check.panes[0]
    _until(
        "the deck check",
        lambda: hook.key is not None and hook.key[0] == item.id and hook.chip.state[0] == "done",
    )
    hook.chip.click()  # "3 to fix": the checklist opens beside the slide
    _until("the deck check panel", hook.panel.isVisible)
    row = next(r for r in hook.panel.finding_items() if r.data(0, _slide_role()) == number)
    tree = hook.panel.tree
    tree.scrollToItem(row)
    tree.setCurrentItem(row)
    tree.itemClicked.emit(row, 0)  # as a click on the finding: its slide is shown
    _until(f"slide {number}", lambda: window.preview.slides.number == number)
    _settle(window, 1200)
    path = out / f"deck-check{suffix}.png"
    window.grab().save(str(path))
    hook.chip.click()  # closed again for the shots that follow
    return path


def _slide_role() -> int:
    from enablement.ui.workbench.deck_check_panel import SLIDE_ROLE

    return int(SLIDE_ROLE)


# ---------------------------------------------------------------------- 3. two versions compared


def _replace_in_runs(shape: Any, old: str, new: str) -> bool:
    frames = []
    if shape.has_text_frame:
        frames.append(shape.text_frame)
    if getattr(shape, "has_table", False):
        frames.extend(cell.text_frame for row in shape.table.rows for cell in row.cells)
    for frame in frames:
        for paragraph in frame.paragraphs:
            for run in paragraph.runs:
                if old in run.text:
                    run.text = run.text.replace(old, new)
                    return True
    return False


def _replace(slide: Any, old: str, new: str) -> None:
    if not any(_replace_in_runs(shape, old, new) for shape in slide.shapes):
        raise SystemExit(f"screenshot_workbench: {old!r} is not in the demo deck any more")


def _add_bullet(slide: Any, text: str) -> None:
    body = slide.placeholders[1].text_frame
    paragraph = body.add_paragraph()
    paragraph.text = text
    paragraph.font.size = body.paragraphs[0].font.size


def edit_px_deck(path: Path) -> None:
    """The PX training deck's next version: what a marketer changes after the deck check."""
    from pptx import Presentation

    prs = Presentation(str(path))
    slides = list(prs.slides)
    _replace(slides[3], "1,190,000", "1,240,000")  # the lineup table: PX-300's new list price
    _add_bullet(
        slides[11],
        "Proof: a retail chain replaced 24 ProServer 360 nodes with PX-300 in one quarter, no downtime",
    )
    _add_bullet(slides[15], "Next step: book a PX-300 demo with your presales engineer this week")
    # a customer story after the PX-300 slide
    story = prs.slides.add_slide(slides[6].slide_layout)
    story.shapes.title.text = "Customer story: from ProServer 360 to PX-300"
    body = story.placeholders[1]
    body.left, body.top, body.width, body.height = (
        slides[6].placeholders[1].left,
        slides[6].placeholders[1].top,
        slides[6].placeholders[1].width,
        slides[6].placeholders[1].height,
    )
    story.shapes.title.left, story.shapes.title.width = (
        slides[6].shapes.title.left,
        slides[6].shapes.title.width,
    )
    for n, text in enumerate(
        [
            "Retail chain, 1,200 stores: 24 ProServer 360 nodes replaced in one quarter",
            "Mixed cluster during the migration, no downtime",
            "Support calls down by a third in the first half-year",
        ]
    ):
        paragraph = body.text_frame.paragraphs[0] if n == 0 else body.text_frame.add_paragraph()
        paragraph.text = text
        paragraph.font.size = slides[6].placeholders[1].text_frame.paragraphs[0].font.size
    story.notes_slide.notes_text_frame.text = (
        "The customer agreed to be named in meetings only: ask marketing before you put it in writing."
    )
    ids = prs.slides._sldIdLst
    new_id = ids[-1]
    ids.remove(new_id)
    ids.insert(7, new_id)
    # the internal roadmap slide goes (after the new slide took a part name of its own)
    internal = slides[14]
    for sld_id in list(ids):
        if prs.part.related_part(sld_id.rId) is internal.part:
            prs.part.drop_rel(sld_id.rId)
            ids.remove(sld_id)
    prs.save(str(path))


def _open_diff(window: Any, item_id: int, kind: str) -> Any:
    preview = _show(window, item_id, kind, 1)
    _until("the Compare versions button", lambda: preview.compare_button.isVisibleTo(preview))
    preview.compare_button.click()
    dialog = window.versions.dialog
    _until("the versions compared", lambda: dialog is not None and dialog.answer is not None)
    dialog.hide_unchanged.setChecked(True)
    _settle(window, 300)
    # as tall as its rows (a user would drag it so), within what a README image can carry
    dialog.resize(1100, 700)
    _settle(window, 200)
    room = dialog.rows_host.sizeHint().height() - dialog.scroll_area.viewport().height()
    dialog.resize(1100, min(1300, dialog.height() + max(0, room) + 8))
    _settle(window, 600)
    return dialog


def shot_deck_diff(window: Any, out: Path) -> Path:
    deck = _items(window.services, "deck")["px-series_en.pptx"]
    source = window.services.library.root / "demo" / "px-series_en.pptx"
    edit_px_deck(source)
    window.imports.show_report = False
    window.imports.import_paths([str(source)])  # as File → Import… or a drop on the window does
    _until("the new version", lambda: not window.imports.busy and window.imports.last_report is not None)
    if window.imports.last_report.updated != 1:
        raise SystemExit(
            f"screenshot_workbench: the new version was not imported: {window.imports.last_report}"
        )
    _settle(window, 300)
    dialog = _open_diff(window, deck.id, "slide")
    path = out / "diff-deck.png"
    dialog.grab().save(str(path))
    dialog.close()
    return path


def _edit_section(editor: Any, key: str, old: str, new: str) -> None:
    box = editor.sections[key]
    text = box.text_edit.toPlainText()
    if old not in text:
        raise SystemExit(f"screenshot_workbench: {old!r} is not in the card's {key} any more")
    box.text_edit.setPlainText(text.replace(old, new))


def shot_card_diff(window: Any, out: Path, suffix: str) -> Path:
    card = _items(window.services, "battlecard")["globex_ru.md"]
    _show(window, card.id, "section", 1)
    _from_edit_menu(window, window.cards.edit_action)
    _until("the card's editor", lambda: card.id in window.cards.editors)
    editor = window.cards.editors[card.id]
    _settle(window, 300)
    _edit_section(editor, "weaknesses", "16–20 недель", "18–24 недели")
    _edit_section(editor, "how_we_win", "за 16–20 недель", "за 18–24 недели")
    _edit_section(editor, "how_we_win", "засчитываем 15%", "засчитываем 20%")
    landmines = editor.sections["landmines"]
    landmines.text_edit.setPlainText(
        landmines.text_edit.toPlainText()
        + "\n«Сколько вы платите посреднику за доступ к обновлениям прошивок?»"
    )
    pricing = editor.sections["pricing"]
    pricing.text_edit.setPlainText(
        pricing.text_edit.toPlainText()
        .replace("2 490 000 ₽", "2 390 000 ₽")
        .replace("trade-in 15%", "trade-in 20%")
    )
    editor.save_button.click()
    _until("the card saved", lambda: not editor.busy and editor.base_version == 2)
    editor.close_button.click()
    dialog = _open_diff(window, card.id, "section")
    path = out / f"diff-card{suffix}.png"
    dialog.grab().save(str(path))
    dialog.close()
    return path


# ---------------------------------------------------------------------- 4. the pitch basket


def _add(window: Any, pick: Callable[[], object]) -> None:
    basket = window.pitch
    count = basket.list.count()
    pick()
    _until("the pick", lambda: basket.list.count() == count + 1)


def _pick_from_preview(window: Any) -> None:
    _add(window, window.actions_.add_to_pitch.trigger)  # Ctrl+B on the slide on show


def _pick_from_filmstrip(window: Any, number: int) -> None:
    _add(window, lambda: window.preview.slides.filmstrip_menu(number).actions()[0].trigger())


def _pick_from_results(window: Any, row: int) -> None:
    _add(window, lambda: window.results.hit_menu(row).actions()[0].trigger())


def _build(window: Any, target: Path) -> None:
    basket = window.pitch
    basket.ask_path = lambda _parent, _suggested: str(target)  # the save dialog, answered
    basket.build_button.click()
    _until("the build", lambda: not basket.building, 60)


def _all_checked(basket: Any) -> bool:
    return all(basket.row_state(n).check is not None for n in range(basket.list.count()))


def _make_room(window: Any) -> None:
    """The basket's splitter dragged so the cards show their titles.

    The window keeps the size it was given while it can: with the results and a deck on show, the
    search page and the basket need about 1,430 px in English and 1,580 in Russian (the results'
    header and the feedback strip do not wrap), so Qt widens it to that minimum.
    """
    from PySide6.QtWidgets import QSplitter

    splitter = window.findChild(QSplitter, "pitchSplitter")
    _settle(window, 200)
    total = sum(splitter.sizes())
    splitter.setSizes([total - BASKET_WIDTH, BASKET_WIDTH])


BASKET_WIDTH = 340


def shot_pitch(window: Any, out: Path, main: bool, suffix: str, scratch: Path) -> Path:
    decks = _items(window.services, "deck")
    basket = window.pitch
    if main:
        px, partner = decks["px-series_en.pptx"], decks["partner-kickoff_mixed.pptx"]
        _select_hit(window, "PX-300 virtualization cluster", px.id, 7)
        _pick_from_preview(window)
        _make_room(window)
        _pick_from_filmstrip(window, 4)  # the lineup table goes first
        basket.list.setCurrentRow(1)
        basket.up_button.click()
        _pick_from_results(window, _select_hit(window, "NW-2400 data centres", partner.id, 7))
        _select_hit(window, "customer story ProServer", px.id, 8)  # the slide version 2 added
        _pick_from_preview(window)
        _until("the picks checked", lambda: _all_checked(basket))
        _settle(window, 800)
        _build(window, scratch / "out" / "PX for Globex customers")
        _until("the pitch saved", basket.result.isVisible)
        _settle(window, 1500)
        path = out / "pitch-basket.png"
        window.grab().save(str(path))
        return path
    overview, promo = decks["nordwind-overview_ru.pptx"], decks["q1-promo-draft_ru.pptx"]
    _show(window, overview.id, "slide", 1)
    _pick_from_preview(window)
    _make_room(window)
    _pick_from_filmstrip(window, 5)
    _pick_from_filmstrip(window, 10)
    _show(window, promo.id, "slide", 4)
    _pick_from_preview(window)
    _until("the picks checked", lambda: _all_checked(basket))
    window.services.library_service.remove_item(promo.id)  # marketing withdraws the draft meanwhile
    _build(window, scratch / "out" / "Питч для сети магазинов")
    _until("the refusal", basket.problem.isVisible)
    _settle(window, 1200)
    path = out / f"pitch-basket-refused{suffix}.png"
    basket.grab().save(str(path))
    return path


# ---------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", default="en", choices=["en", "ru"])
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    parser.add_argument("--size", default="1366x768", help="the main window's size (default: a laptop's)")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from enablement.app import build_services
    from enablement.config import Settings
    from enablement.ui.main import create_window

    main_set = args.lang == "en" and args.theme == "light"
    suffix = "" if main_set else "".join(f"-{v}" for v in (args.lang, args.theme) if v not in ("en", "light"))
    scratch = Path(tempfile.mkdtemp(prefix="enablement-workbench-shots-"))
    QCoreApplication.setOrganizationName("EnablementHubScreenshots")
    QCoreApplication.setApplicationName("EnablementHubScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(scratch / "settings"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    library = scratch / "library"
    print(f"screenshot_workbench: library {library}", flush=True)
    services = build_services(Settings(library, None, "anna", is_default_library=True))
    width, height = (int(v) for v in args.size.split("x"))
    window = create_window(app, theme=args.theme, language=args.lang, opener=lambda _path: None)
    window.resize(width, height)
    window.show()
    window.set_services(services, owned=True)
    try:
        _settle(window)
        window.welcome.hide()
        args.out.mkdir(parents=True, exist_ok=True)
        written = [
            *shot_card_editor(window, args.out, main_set, suffix),
            shot_deck_check(window, args.out, main_set, suffix),
            shot_deck_diff(window, args.out) if main_set else shot_card_diff(window, args.out, suffix),
            shot_pitch(window, args.out, main_set, suffix, scratch),
        ]
    finally:
        for widget in QApplication.topLevelWidgets():  # editors, the diff dialog, menus
            if widget is not window and widget.isVisible():
                widget.close()
        window.close()  # stops the runner and closes the services it owns
        window.deleteLater()
        _wait(50)
        del window
        shutil.rmtree(scratch, ignore_errors=True)
    for path in written:
        print(f"screenshot_workbench: wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
