"""Settings: language, light/dark, and which library folder is open. Changes apply at once.

On a team library the folder is only this computer's copy of it: the dialog names the team
server, database and login instead, and offers no other folder (File → Sign out does that).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enablement.ui.elided_label import ElidedLabel


class SettingsDialog(QDialog):
    """Non-modal settings.

    Signals:
        language_chosen(str): "system", "en" or "ru".
        theme_chosen(str): "system", "light" or "dark".
        library_chosen(str): a library folder to open instead of the current one.
    """

    language_chosen = Signal(str)
    theme_chosen = Signal(str)
    library_chosen = Signal(str)

    def __init__(
        self,
        *,
        language: str,
        theme: str,
        library: str,
        team: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.theme = QComboBox(self)
        self.team = QLabel(self)  # "hub.example.com/sales · signed in as sam" on a team library
        self.team.setWordWrap(True)
        self.library = ElidedLabel(self, mode=Qt.TextElideMode.ElideMiddle)
        self.library.setObjectName("muted")
        self.change_library = QPushButton(self)
        self.change_library.clicked.connect(self._choose_library)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.language_label, self.theme_label, self.library_label = QLabel(self), QLabel(self), QLabel(self)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.theme_label, self.theme)
        library_text = QVBoxLayout()
        library_text.setSpacing(2)
        library_text.addWidget(self.team)
        library_text.addWidget(self.library)
        library_row = QHBoxLayout()
        library_row.addLayout(library_text, 1)
        library_row.addWidget(self.change_library)
        self.form.addRow(self.library_label, library_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self._language, self._theme = language, theme
        self._team: tuple[str, str] | None = None
        self.set_library(library, team)
        self.retranslate()
        self.language.currentIndexChanged.connect(self._on_language)
        self.theme.currentIndexChanged.connect(self._on_theme)
        self.setMinimumWidth(460)

    def set_library(self, folder: str, team: tuple[str, str] | None = None) -> None:
        """The library on show: its folder, and on a team library (server/database, login)."""
        self._team = team
        self.library.setText(folder)
        self.team.setVisible(team is not None)
        self.change_library.setVisible(team is None)
        self._say_team()

    def _say_team(self) -> None:
        if self._team is not None:
            server, login = self._team
            self.team.setText(
                self.tr("Team library %1, signed in as %2").replace("%1", server).replace("%2", login)
            )
            self.library.setToolTip(self.tr("This computer's copy: %1").replace("%1", self.library.text()))

    def _fill(self) -> None:
        for combo in (self.language, self.theme):
            combo.blockSignals(True)
            combo.clear()
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        self.theme.addItem(self.tr("Same as the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.language.setCurrentIndex(max(0, self.language.findData(self._language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._theme)))
        for combo in (self.language, self.theme):
            combo.blockSignals(False)

    def choose_language(self, code: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(code)))

    def _on_language(self) -> None:
        self._language = self.language.currentData()
        self.language_chosen.emit(self._language)

    def _on_theme(self) -> None:
        self._theme = self.theme.currentData()
        self.theme_chosen.emit(self._theme)

    def _choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a library folder"), self.library.text())
        if folder:
            self.library.setText(folder)
            self.library_chosen.emit(folder)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Language"))
        self.theme_label.setText(self.tr("Appearance"))
        self.library_label.setText(self.tr("Library"))
        self.change_library.setText(self.tr("Open another…"))
        self._say_team()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
