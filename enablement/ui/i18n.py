"""Translations: Russian and English `.qm` files in resources/translations.

Follows the system locale unless the user picked a language in Settings.
Switching installs new translators; Qt then sends every widget a
LanguageChange event and each widget re-reads its texts in `retranslate()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from enablement.resources import resource

LANGUAGES = ("en", "ru")


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class Translator(QObject):
    """Owns the installed translators.

    Signals:
        language_changed(str): a new language is active ("en" or "ru").
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = "en"
        self.choice = "system"

    def apply(self, choice: str = "system") -> str:
        """Install the translators for `choice` ("system", "en" or "ru"); returns the language used."""
        self.choice = choice if choice in (*LANGUAGES, "system") else "system"
        language = system_language() if self.choice == "system" else self.choice
        app = QCoreApplication.instance()
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = []
        ours = QTranslator(self)  # English too: it carries the plural forms of "%n result(s)"
        if ours.load(str(resource("translations", f"enablement_{language}.qm"))):
            self._installed.append(ours)
        if language != "en":
            qt = QTranslator(self)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        if app is not None:
            for tr in self._installed:
                QCoreApplication.installTranslator(tr)
        QLocale.setDefault(
            QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English)
        )
        changed = language != self.language
        self.language = language
        if changed:
            self.language_changed.emit(language)
        return language
