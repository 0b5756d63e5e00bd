"""The bar at the top of the window: logo, the search field, page switch, import and settings.

Also the first-run welcome strip shown under it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from enablement.ui.icons import IconSet
from enablement.ui.theme import Appearance

PAGES = ("search", "browse", "voting", "inbox", "dashboard")


class SearchField(QLineEdit):
    """The search box; ↑/↓ move through hits, Enter opens, Esc clears.

    Signals:
        moved(int): ↑ (-1) or ↓ (+1), Page Up/Down as ±5.
        submitted(): Enter.
        escaped(): Esc on an empty field (the window may move focus back).
    """

    moved = Signal(int)
    submitted = Signal()
    escaped = Signal()

    def __init__(self, *, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)
        self.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(260)  # the page buttons keep their names on a 1366-px laptop in English

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.moved.emit(1)
        elif key == Qt.Key.Key_Up:
            self.moved.emit(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        elif key == Qt.Key.Key_Escape:
            self.escape()
        else:
            super().keyPressEvent(event)

    def escape(self) -> None:
        """Esc: clear the query, or, when it is already empty, emit `escaped`."""
        if self.text():
            self.clear()
        else:
            self.escaped.emit()

    def take_escape(self) -> None:
        """Esc pressed elsewhere (the results list): focus the field, then act as Esc in it."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.escape()


class TopBar(QFrame):
    """Logo, search field, page buttons, import and settings.

    Signals:
        page_requested(str): "search", "browse", "voting", "inbox" or "dashboard".
        import_requested(): the Import button.
        settings_requested(): the Settings button.
    """

    page_requested = Signal(str)
    import_requested = Signal()
    settings_requested = Signal()

    def __init__(self, *, appearance: Appearance, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.appearance = appearance
        self.icons = icons
        self.logo = QLabel(self)
        self.logo.setPixmap(icons.app_icon().pixmap(QSize(30, 30)))
        self.name = QLabel(self)
        self.name.setObjectName("appName")
        self.field = SearchField(icons=icons, parent=self)
        self.page_buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        icons_for = {
            "search": "search",
            "browse": "browse",
            "voting": "vote",
            "inbox": "inbox",
            "dashboard": "chart",
        }
        for name in PAGES:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(icons.icon(icons_for[name]))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, n=name: self.page_requested.emit(n))
            self._group.addButton(button)
            self.page_buttons[name] = button
        self.page_buttons["search"].setChecked(True)
        self.badges: dict[str, QLabel] = {}
        self._counts: dict[str, int] = {}
        for name in ("voting", "inbox"):
            badge = QLabel(self.page_buttons[name])
            badge.setObjectName("badge")
            badge.hide()
            self.badges[name] = badge
        self.badge = self.badges["voting"]
        self.import_allowed = True
        self.demo = False  # until told otherwise: true of any library
        self.import_button = QPushButton(self)
        self.import_button.setIcon(icons.icon("import"))
        self.import_button.clicked.connect(self.import_requested)
        self.settings_button = QToolButton(self)
        self.settings_button.setIcon(icons.icon("settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self.logo)
        layout.addWidget(self.name)
        layout.addSpacing(12)
        layout.addWidget(self.field, 1)
        layout.addSpacing(12)
        for name in PAGES:
            layout.addWidget(self.page_buttons[name])
        layout.addSpacing(8)
        layout.addWidget(self.import_button)
        layout.addWidget(self.settings_button)
        self._layout = layout
        self._compact = False
        self._full_width = 0  # labelled buttons and the app name
        self._status_width = 0  # labelled buttons, no app name
        self._labels_width = 0  # labelled page buttons; no app name, no chip or basket names
        self._status_named = True
        self.apply_style()
        self.retranslate()

    def apply_style(self) -> None:
        t = self.appearance.theme
        self.setStyleSheet(
            f"QFrame#topBar {{ background: {t.surface}; border-bottom: 1px solid {t.border}; }}"
            f"QLabel#appName {{ font-size: 12pt; font-weight: 700; color: {t.text}; }}"
            f"QLabel#badge {{ background: {t.danger}; color: white; border-radius: 8px; font-size: 7pt;"
            f" font-weight: 700; padding: 0 4px; }}"
        )

    def set_page(self, name: str) -> None:
        button = self.page_buttons.get(name)
        if button is not None:
            button.setChecked(True)

    def set_demo(self, demo: bool) -> None:
        """Whether the library on show holds the demo library (the text speaks of it, or not)."""
        self.demo = demo
        self.retranslate()

    def set_import_allowed(self, allowed: bool) -> None:
        self.import_allowed = allowed
        self.import_button.setEnabled(allowed)
        self.retranslate()

    def set_voting_available(self, available: bool) -> None:
        self.page_buttons["voting"].setVisible(available)

    def set_loop_available(self, available: bool) -> None:
        """The Inbox and Numbers pages appear once a library's services are live."""
        self.page_buttons["inbox"].setVisible(available)
        self.page_buttons["dashboard"].setVisible(available)
        self._measure()

    def set_notifications(self, count: int, page: str = "voting") -> None:
        """A count on a page button: open ballots for Voting, unseen answers or new entries for Inbox."""
        badge = self.badges[page]
        badge.setText(str(count) if count < 100 else "99+")
        badge.setVisible(count > 0)
        self._counts[page] = count
        self._tip_badges()
        self._place_badges()

    def _tip_badges(self) -> None:
        count = self._counts.get("voting", 0)
        self.badges["voting"].setToolTip(self.tr("%n ballot(s) wait for your vote", "", count))

    def retranslate(self) -> None:
        self.name.setText(self.tr("Enablement Hub"))
        self.field.setPlaceholderText(self.tr("Search slides, battle cards, catalogs…   Ctrl+K"))
        self.field.setAccessibleName(self.tr("Search"))
        self.page_buttons["search"].setText(self.tr("Search"))
        self.page_buttons["browse"].setText(self.tr("Browse"))
        self.page_buttons["voting"].setText(self.tr("Voting"))
        self._tip_badges()
        self.page_buttons["inbox"].setText(self.tr("Inbox"))
        self.page_buttons["inbox"].setToolTip(
            self.tr("Field intel and feedback: what you sent and what came of it; triage for marketing")
        )
        self.page_buttons["dashboard"].setText(self.tr("Numbers"))
        self.page_buttons["dashboard"].setToolTip(
            self.tr("The numbers sales and marketing both see: freshness, coverage, response, voice, demand")
        )
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr("Import files or folders (you can also drop them on the window)")
            if self.import_allowed
            else self.tr("Imports are for marketing: ask your marketing team to add files to the library.")
        )
        self.settings_button.setToolTip(self.tr("Settings"))
        for name in ("search", "browse", "voting"):
            self.page_buttons[name].setToolTip(self.page_buttons[name].text())
        self._measure()

    # ------------------------------------------------------------------ narrow windows

    def _text_buttons(self) -> list[QToolButton]:
        """The page buttons and any other labelled tool button a feature added (the pitch basket's)."""
        return [b for b in self.findChildren(QToolButton) if b.parent() is self and b.text()]

    def _status_buttons(self) -> list[QToolButton]:
        """The labelled buttons a feature put at the bar's end (the identity chip, the pitch basket)."""
        pages = set(self.page_buttons.values())
        return [b for b in self._text_buttons() if b not in pages]

    def _set_compact(self, compact: bool, *, named: bool | None = None, status: bool | None = None) -> None:
        """Icons only (names in tooltips) and no app name, so the bar fits a laptop screen.
        `named`: show the app name; `status`: the names on the identity chip and the pitch basket
        (by default, each only with the page buttons' names). The app name goes first, then those
        two names, then the page buttons' names."""
        status = not compact if status is None else status and not compact
        named = status if named is None else named and status
        shown = (self._compact, self._status_named, self.name.isVisibleTo(self))
        if (compact, status, named) == shown:
            return
        self._compact = compact
        self._status_named = status
        beside, only = Qt.ToolButtonStyle.ToolButtonTextBesideIcon, Qt.ToolButtonStyle.ToolButtonIconOnly
        statuses = self._status_buttons()
        for button in self._text_buttons():
            named_here = status if button in statuses else not compact
            button.setToolButtonStyle(beside if named_here else only)
        self.name.setVisible(named)
        self._layout.invalidate()
        self._layout.activate()
        self._place_badges()

    def _fit(self) -> None:
        """The app name goes first, then the chip's and the basket's names, then the page buttons'
        names: a 1366-px laptop keeps the page names, in Russian too."""
        width = self.width()
        self._set_compact(
            width < self._labels_width, named=width >= self._full_width, status=width >= self._status_width
        )

    def _place_badges(self) -> None:
        for page, badge in self.badges.items():
            button = self.page_buttons[page]
            badge.adjustSize()
            badge.move(button.width() - badge.width() - 1, 1)

    def _measure(self) -> None:
        """The widths the bar needs with names on its buttons, with and without the app name
        (texts change with the language)."""
        if not hasattr(self, "_layout"):
            return
        self._compact = True
        self._set_compact(False, named=True, status=True)
        self._layout.activate()
        self._full_width = self._layout.minimumSize().width()
        self._set_compact(False, named=False, status=True)
        self._layout.activate()
        self._status_width = self._layout.minimumSize().width()
        self._set_compact(False, named=False, status=False)
        self._layout.activate()
        self._labels_width = self._layout.minimumSize().width()
        self._set_compact(True)
        self._layout.activate()
        # The bar may be narrower than its labelled form: then it drops the names (resizeEvent).
        self.setMinimumWidth(self._layout.minimumSize().width())
        # Names only where they fit: keeping the state from before the measure left the names on
        # a bar too narrow for them, the search field under the Search button (a review's find).
        self._fit()

    def add_status_widget(self, widget: QWidget) -> None:
        """Put `widget` (who is signed in, the pitch basket) at the bar's end, after the settings button."""
        self._layout.addSpacing(4)
        self._layout.addWidget(widget)
        self._measure()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_labels_width"):
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The widgets a feature put on the bar (the identity chip, the pitch basket) get their
            # own LanguageChange after this one: measure again once they have their new texts.
            QTimer.singleShot(0, self, self._measure)
        super().changeEvent(event)


class WelcomeStrip(QFrame):
    """First run: what this is and how to bring your own files.

    It speaks of the demo library only when the library holds it (`set_demo`, told by the
    first-run controller once `has_demo` answered); otherwise of the user's own library.

    Signals:
        dismissed(): the close button.
        import_requested(): the strip's import button.
    """

    dismissed = Signal()
    import_requested = Signal()

    def __init__(self, *, appearance: Appearance, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.pixmap("sparkle", 22, appearance.theme.accent))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.import_allowed = True
        self.demo = False  # until told otherwise: true of any library
        self.import_button = QPushButton(self)
        self.import_button.setProperty("accent", True)
        self.import_button.clicked.connect(self.import_requested)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icons.icon("clear"))
        self.close_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(12)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        welcome = self.tr("Welcome to Enablement Hub.")
        if self.demo:
            what = self.tr("This is a demo library of battle cards, decks and price lists to try search on.")
            how = self.tr(
                "To add your own files, drop files or folders on this window, or use File → Import…"
            )
        else:
            what = self.tr(
                "This is your own library: search, Browse and the pitch basket work on the decks, "
                "battle cards and price lists you bring into it."
            )
            how = self.tr(
                "To bring a whole folder and keep it up to date, use File → Import and watch a folder…; "
                "to add files once, drop files or folders on this window or use File → Import files…"
            )
        self.text.setText(f"<b>{html.escape(welcome)}</b> {html.escape(what)} {html.escape(how)}")
        self.import_button.setText(self.tr("Import your files…"))
        self.import_button.setToolTip(
            ""
            if self.import_allowed
            else self.tr("Imports are for marketing: ask your marketing team to add files to the library.")
        )
        self.close_button.setToolTip(self.tr("Hide this message"))

    def set_demo(self, demo: bool) -> None:
        """Whether the library on show holds the demo library (the text speaks of it, or not)."""
        self.demo = demo
        self.retranslate()

    def set_import_allowed(self, allowed: bool) -> None:
        self.import_allowed = allowed
        self.import_button.setEnabled(allowed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
