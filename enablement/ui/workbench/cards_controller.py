"""The window's battle-card actions: "New battle card…" and "Edit battle card" on a previewed card.

Marketing's (and anyone's on a single-user library): the window's identity says who may import,
and the same people may write cards; for sellers the actions are hidden (a team database refuses
them anyway). The controller owns the open editors, one per card and one for a new card, so a
closed editor keeps its text until it is saved or the library changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from enablement.domain import ItemKind
from enablement.ui.messages import error_text
from enablement.ui.workbench.card_editor import CardEditor
from enablement.workbench.card_library import LoadedCard, SavedCard, load_card

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.preview.service import PreviewService

NEW = 0  # the editors' key for a card not saved yet


class CardsController(QObject):
    """Menu actions and editors for battle cards.

    Attributes:
        editors: open editors by item id (NEW for a card not saved yet).
        allowed: whether the person may write cards (the actions are hidden otherwise).
    """

    def __init__(self, *, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.services: Services | None = None
        self.preview: PreviewService | None = None
        self.editors: dict[int, CardEditor] = {}
        self.allowed = True
        self.new_action = QAction(window)
        self.new_action.setIcon(window.icons.icon("sparkle"))
        self.new_action.triggered.connect(self.new_card)
        self.edit_action = QAction(window)
        self.edit_action.triggered.connect(self.edit_previewed)
        edit_menu = window.menus["edit"]
        edit_menu.addSeparator()
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.edit_action)
        edit_menu.aboutToShow.connect(self._update_actions)
        window.installEventFilter(self)
        self.retranslate()
        self.set_allowed(True)

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("New &battle card…"))
        self.edit_action.setText(self.tr("Edit battle &card"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.window:
            self.retranslate()
            for editor in self.editors.values():
                editor.retranslate()
        return False

    def set_services(self, services: Services, preview: PreviewService) -> None:
        """A library is on show: editors of the previous one go."""
        for editor in self.editors.values():
            editor.close()
            editor.deleteLater()
        self.editors.clear()
        self.services, self.preview = services, preview

    def set_allowed(self, allowed: bool) -> None:
        self.allowed = allowed
        self.new_action.setVisible(allowed)
        self.edit_action.setVisible(allowed)
        self._update_actions()

    def _previewed_card(self) -> Any:
        bundle = self.window.active_preview().bundle
        item = bundle.item if bundle is not None else None
        return item if item is not None and item.kind == ItemKind.BATTLECARD else None

    def _update_actions(self) -> None:
        self.new_action.setEnabled(self.allowed and self.services is not None)
        self.edit_action.setEnabled(self.allowed and self._previewed_card() is not None)

    # ------------------------------------------------------------------ opening

    def new_card(self) -> CardEditor | None:
        if self.services is None or not self.allowed:
            return None
        editor = self.editors.get(NEW) or self._editor(None)
        self._show(editor)
        return editor

    def edit_previewed(self) -> None:
        item = self._previewed_card()
        if item is None:
            self.window.statusBar().showMessage(self.tr("Preview a battle card to edit it."), 5000)
            return
        self.edit_item(item.id)

    def edit_item(self, item_id: int) -> None:
        """Open the card's editor: the one already open, else a new one once the card is loaded."""
        if self.services is None or self.preview is None or not self.allowed:
            return
        if item_id in self.editors:
            self._show(self.editors[item_id])
            return
        services = self.services
        self.window.runner.submit(
            load_card,
            services.library,
            item_id,
            original=self.preview.original_path,
            on_done=lambda loaded: self._on_loaded(services, loaded),
            on_error=lambda exc: self.window.statusBar().showMessage(error_text(exc), 8000),
        )

    def _on_loaded(self, services: Services, loaded: LoadedCard) -> None:
        if services is not self.services:
            return  # the library changed meanwhile
        editor = self.editors.get(loaded.item_id) or self._editor(loaded)
        self._show(editor)

    def _editor(self, loaded: LoadedCard | None) -> CardEditor:
        assert self.services is not None
        editor = CardEditor(
            services=self.services,
            runner=self.window.runner,
            appearance=self.window.appearance,
            loaded=loaded,
            parent=self.window,
        )
        self.editors[loaded.item_id if loaded else NEW] = editor
        editor.saved.connect(lambda saved: self._on_saved(editor, saved))
        return editor

    def _show(self, editor: CardEditor) -> None:
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def _on_saved(self, editor: CardEditor, saved: SavedCard) -> None:
        """The editor is now the card's: a new card's editor moves to its item id."""
        for key, open_editor in list(self.editors.items()):
            if open_editor is editor and key != saved.item_id:
                del self.editors[key]
        self.editors[saved.item_id] = editor
        self.window.preview.forget_cache()
        self.window.browse.preview_pane.forget_cache()
        self.window.statusBar().showMessage(
            self.tr("Battle card “%1” saved (version %2)")
            .replace("%1", saved.title)
            .replace("%2", str(saved.version)),
            5000,
        )
