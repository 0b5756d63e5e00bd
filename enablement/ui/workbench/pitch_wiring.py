"""The pitch basket's place in the window: beside the pages, the top bar's Pitch button, who feeds it.

Kept here so the main window spends one line on it (`attach_pitch(self)`) and one in
`set_services`. The basket goes into a splitter with the pages, under the top bar: a
QDockWidget would stand beside the top bar too, and add its width to the window's minimum
(already the top bar's), pushing the window past a laptop screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QToolButton, QWidget

from enablement.ui.icons import IconSet
from enablement.ui.workbench.pitch_basket import PitchBasket


class PitchButton(QToolButton):
    """The top bar's "Pitch" toggle, with the basket's count as a badge."""

    def __init__(self, *, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(icons.icon("pitch"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge = QLabel(self)
        self.badge.setObjectName("badge")  # the top bar's badge style
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.hide()
        self.retranslate()

    def set_count(self, count: int) -> None:
        self.badge.setText(str(count) if count < 100 else "99+")
        self.badge.setVisible(count > 0)
        self.badge.adjustSize()
        self.badge.move(self.width() - self.badge.width() - 1, 1)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.badge.move(self.width() - self.badge.width() - 1, 1)

    def retranslate(self) -> None:
        self.setText(self.tr("Pitch"))
        self.setToolTip(self.tr("Your pitch basket: slides picked for one .pptx (Ctrl+Shift+B)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def attach_pitch(window: Any) -> PitchBasket:
    """The basket dock for `window`, fed by both preview panes and the results list."""
    basket = PitchBasket(
        runner=window.runner,
        appearance=window.appearance,
        icons=window.icons,
        state=window.state,
        opener=window.preview.opener,
        parent=window,
    )
    splitter = QSplitter(Qt.Orientation.Horizontal, window.pages.parentWidget())
    splitter.setObjectName("pitchSplitter")
    window.pages.parentWidget().layout().replaceWidget(window.pages, splitter)
    splitter.addWidget(window.pages)
    splitter.addWidget(basket)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 0)
    splitter.setChildrenCollapsible(False)
    saved = window.state.splitter("pitchSplitter")
    if saved is not None:
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(
        lambda *_: window.state.save_splitter("pitchSplitter", splitter.saveState())
    )
    basket.setVisible(window.state.pitch_visible)
    button = PitchButton(icons=window.icons, parent=window.top)
    window.top.add_status_widget(button)
    button.clicked.connect(lambda: basket.toggle())
    button.setChecked(basket.isVisibleTo(window))
    basket.visibility_changed.connect(button.setChecked)
    basket.count_changed.connect(button.set_count)
    basket.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    for pane in (window.preview, window.browse.preview_pane):
        pane.pitch_button.show()
        pane.pitch_requested.connect(lambda number, p=pane: basket.add_from_pane(p, number))
    window.results.pitch_requested.connect(lambda hit: basket.add_slide(hit.item, hit.number))
    basket.button = button
    return basket
