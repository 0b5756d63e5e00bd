"""What came of a build: the file, what could not be carried, and Open / Show in folder."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from enablement.ui.icons import IconSet
from enablement.ui.messages import translated
from enablement.ui.theme import Appearance
from enablement.workbench.pitch import PitchResult


class PitchResultBox(QFrame):
    """The last pitch built: its name and slide count, its losses, and buttons to open it.

    Signals:
        status_message(str): the desktop could not open the file or its folder.
    """

    status_message = Signal(str)

    def __init__(
        self,
        *,
        appearance: Appearance,
        icons: IconSet,
        opener: Callable[[Path], bool | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pitchResult")
        self.appearance, self.opener = appearance, opener
        self.result: PitchResult | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self)
        self.open_button.setIcon(icons.icon("open-external"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self)
        self.folder_button.setIcon(icons.icon("folder"))
        self.folder_button.clicked.connect(self.show_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        appearance.changed.connect(self._apply_style)
        self._apply_style()
        self.retranslate()
        self.hide()

    def show_result(self, result: PitchResult) -> str:
        """Show `result`; returns the one-line summary (for the status bar)."""
        self.result = result
        self._render()
        self.show()
        return self.summary()

    def summary(self) -> str:
        if self.result is None:
            return ""
        text = self.tr("Pitch saved: %1 (%n slide(s))", "", len(self.result.slides))
        return text.replace("%1", self.result.path.name)

    def _render(self) -> None:
        if self.result is None:
            return
        text = f"<b>{html.escape(self.summary())}</b>"
        if self.result.losses:
            text += "<br>" + html.escape(self.tr("Not carried into the pitch:")) + "<ul style='margin:0'>"
            text += "".join(
                f"<li>{html.escape(translated(loss.message))}</li>" for loss in self.result.losses
            )
            text += "</ul>"
        self.label.setText(text)

    def open_file(self) -> None:
        if self.result is not None:
            self._launch(self.result.path)

    def show_folder(self) -> None:
        if self.result is not None:
            self._launch(self.result.path.parent)

    def _launch(self, path: Path) -> None:
        if self.opener(path) is False:
            self.status_message.emit(
                self.tr("No application could be started for %1.").replace("%1", str(path))
            )

    def _apply_style(self) -> None:
        t = self.appearance.theme
        self.setStyleSheet(
            f"QFrame#pitchResult {{ background: {t.accent_soft}; border-radius: 6px; }}"
            f"QFrame#pitchResult QLabel {{ color: {t.text}; }}"
        )

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the pitch in its application"))
        self.folder_button.setText(self.tr("Show in folder"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
