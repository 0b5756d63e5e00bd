"""The seller's "Sent by me" list at a laptop's width in Russian: every column header reads in full.

"Ответственный" (Owner) was cut to "тветственнь": short columns were sized to their cells and capped
at 120 px, whatever their header needed. The header's own width now sets a column's floor.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

LAPTOP = (1366, 740)
WAIT = 20_000


def test_the_russian_sent_by_me_headers_fit_at_1366_px(qtbot: Any, ui: Any, demo_services: Any) -> None:
    window = ui.new_window("ru", size=False)
    window.resize(*LAPTOP)
    window.set_services(demo_services, owned=False)  # the demo's seller anna, who sent reports
    window.set_page("inbox")
    qtbot.waitUntil(
        lambda: window.inbox_page is not None and window.inbox_page.data is not None, timeout=WAIT
    )
    sent = window.inbox_page.sent
    window.inbox_page.tabs.setCurrentWidget(sent)
    qtbot.waitUntil(lambda: sent.model.rowCount() > 0, timeout=WAIT)
    QCoreApplication.processEvents()
    assert window.width() == LAPTOP[0]
    if os.environ.get("ENABLEMENT_SHOT"):  # to look at it: ENABLEMENT_SHOT=/tmp/sent.png
        window.grab().save(os.environ["ENABLEMENT_SHOT"])
    header, model = sent.table.horizontalHeader(), sent.model
    titles = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    assert "Ответственный" in titles
    for n, title in enumerate(titles):
        assert header.fontMetrics().horizontalAdvance(title) <= header.sectionSize(n), title
        assert header.sectionSize(n) >= header.sectionSizeHint(n), title  # with the header's padding
        # and in view, not scrolled off the table's right edge
        assert header.sectionViewportPosition(n) + header.sectionSize(n) <= header.viewport().width(), title
    # the text column keeps its room; a title cut by hand-narrowing is in the header's tooltip
    assert sent.table.columnWidth(titles.index("Текст")) >= 100
    owner = titles.index("Ответственный")
    tip = model.headerData(owner, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Ответственный"
    window.close()
