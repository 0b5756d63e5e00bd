"""The window's actions (menus and shortcuts), kept out of the main window module.

Each action only calls a window method; what happens lives in the panels and
controllers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from enablement.ui.workbench.duplicates_dialog import open_duplicates_dialog

if TYPE_CHECKING:
    from enablement.ui.main_window import MainWindow

translate = QCoreApplication.translate


@dataclass
class Actions:
    import_files: QAction
    import_folder: QAction
    connect_team: QAction
    sign_out: QAction
    quit: QAction
    find: QAction
    find_alt: QAction
    copy_text: QAction
    copy_link: QAction
    open_original: QAction
    show_in_folder: QAction
    field_intel: QAction
    find_duplicates: QAction
    add_to_pitch: QAction
    show_pitch: QAction
    prev_unit: QAction
    next_unit: QAction
    page_search: QAction
    page_browse: QAction
    page_voting: QAction
    group_results: QAction
    refresh: QAction
    settings: QAction
    welcome: QAction
    about: QAction


ICON_PROPERTY = "enablementIcon"


def retint_actions(window: MainWindow) -> None:
    """Give every action its icon again in the current theme's colour (menus keep the old QIcon)."""
    for action in window.findChildren(QAction):
        name = action.property(ICON_PROPERTY)
        if name:
            action.setIcon(window.icons.icon(str(name)))


def build_actions(window: MainWindow) -> Actions:
    def make(
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | Qt.Key | str | None = None,
        icon: str = "",
    ) -> QAction:
        action = QAction(window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon:
            action.setIcon(window.icons.icon(icon))
            action.setProperty(ICON_PROPERTY, icon)  # so a light/dark switch can tint it again
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    actions = Actions(
        import_files=make(window.imports.choose_files, "Ctrl+I", "import"),
        import_folder=make(window.imports.choose_folder, "Ctrl+Alt+I", "folder"),
        connect_team=make(lambda: window.team.open_sign_in(), None, "person"),
        sign_out=make(window.team.sign_out),
        quit=make(window.close, QKeySequence.StandardKey.Quit, "quit"),
        find=make(window.focus_search, "Ctrl+K", "search"),
        find_alt=make(window.focus_search, QKeySequence.StandardKey.Find),
        copy_text=make(lambda: window.active_preview().copy_text(), "Ctrl+Shift+C", "copy"),
        copy_link=make(lambda: window.active_preview().copy_link(), "Ctrl+L", "link"),
        open_original=make(lambda: window.active_preview().open_original(), "Ctrl+O", "open-external"),
        show_in_folder=make(lambda: window.active_preview().show_in_folder(), "Ctrl+Shift+O", "folder"),
        field_intel=make(lambda: window.active_preview().open_intel(), "Ctrl+Shift+I", "intel"),
        find_duplicates=make(lambda: open_duplicates_dialog(window), None, "deck"),
        add_to_pitch=make(lambda: window.active_preview().add_to_pitch(), "Ctrl+B", "pitch"),
        show_pitch=make(lambda: window.pitch.toggle(), "Ctrl+Shift+B", "pitch"),
        prev_unit=make(lambda: window.active_preview().step(-1), Qt.Key.Key_PageUp, "prev"),
        next_unit=make(lambda: window.active_preview().step(1), Qt.Key.Key_PageDown, "next"),
        page_search=make(lambda: window.set_page("search"), "Ctrl+1", "search"),
        page_browse=make(lambda: window.set_page("browse"), "Ctrl+2", "browse"),
        page_voting=make(lambda: window.set_page("voting"), "Ctrl+3", "vote"),
        group_results=make(window.toggle_grouping, "Ctrl+G", "group"),
        refresh=make(window.refresh, QKeySequence.StandardKey.Refresh, "refresh"),
        settings=make(window.open_settings, "Ctrl+,", "settings"),
        welcome=make(window.show_welcome, None, "sparkle"),
        about=make(window.show_about, None, "info"),
    )
    actions.group_results.setCheckable(True)
    actions.sign_out.setEnabled(False)  # until a team library is on show
    return actions


def retranslate_actions(a: Actions) -> None:
    a.import_files.setText(translate("Actions", "&Import files…"))
    a.import_folder.setText(translate("Actions", "Import &folder…"))
    a.connect_team.setText(translate("Actions", "&Connect to team server…"))
    a.sign_out.setText(translate("Actions", "Sign &out of team library"))
    a.quit.setText(translate("Actions", "&Quit"))
    a.find.setText(translate("Actions", "&Find"))
    a.find_alt.setText(translate("Actions", "Find"))
    a.copy_text.setText(translate("Actions", "Copy &text"))
    a.copy_link.setText(translate("Actions", "Copy &link"))
    a.open_original.setText(translate("Actions", "&Open original"))
    a.show_in_folder.setText(translate("Actions", "Show in &folder"))
    a.field_intel.setText(translate("Actions", "Send field &intel…"))
    a.find_duplicates.setText(translate("Actions", "Find near-&duplicate decks…"))
    a.add_to_pitch.setText(translate("Actions", "Add slide to &pitch"))
    a.show_pitch.setText(translate("Actions", "Pitch &basket"))
    a.prev_unit.setText(translate("Actions", "&Previous slide or page"))
    a.next_unit.setText(translate("Actions", "&Next slide or page"))
    a.page_search.setText(translate("Actions", "&Search"))
    a.page_browse.setText(translate("Actions", "&Browse"))
    a.page_voting.setText(translate("Actions", "&Voting"))
    a.group_results.setText(translate("Actions", "&Group results by item"))
    a.refresh.setText(translate("Actions", "&Refresh"))
    a.settings.setText(translate("Actions", "S&ettings…"))
    a.welcome.setText(translate("Actions", "Show &welcome"))
    a.about.setText(translate("Actions", "&About Enablement Hub"))


def build_menus(window: MainWindow, a: Actions) -> dict[str, object]:
    bar = window.menuBar()
    menus = {
        "file": bar.addMenu(""),
        "edit": bar.addMenu(""),
        "view": bar.addMenu(""),
        "help": bar.addMenu(""),
    }
    for action in (a.import_files, a.import_folder):
        menus["file"].addAction(action)
    menus["file"].addSeparator()
    for action in (a.connect_team, a.sign_out):
        menus["file"].addAction(action)
    menus["file"].addSeparator()
    team = QMenu(window.identity_chip)  # the identity chip in the top bar opens the same two
    team.addAction(a.connect_team)
    team.addAction(a.sign_out)
    window.identity_chip.setMenu(team)
    menus["file"].addAction(a.settings)
    menus["file"].addSeparator()
    menus["file"].addAction(a.quit)
    for action in (a.find, a.open_original, a.copy_text, a.copy_link, a.show_in_folder):
        menus["edit"].addAction(action)
    menus["edit"].addSeparator()
    menus["edit"].addAction(a.field_intel)
    menus["edit"].addAction(a.find_duplicates)
    menus["edit"].addAction(a.add_to_pitch)
    for action in (a.page_search, a.page_browse, a.page_voting):
        menus["view"].addAction(action)
    menus["view"].addSeparator()
    for action in (a.prev_unit, a.next_unit, a.group_results, a.refresh):
        menus["view"].addAction(action)
    menus["view"].addAction(a.show_pitch)
    menus["help"].addAction(a.welcome)
    menus["help"].addAction(a.about)
    return menus  # type: ignore[return-value]


def retranslate_menus(menus: dict[str, object]) -> None:
    titles = {
        "file": translate("Actions", "&File"),
        "edit": translate("Actions", "&Edit"),
        "view": translate("Actions", "&View"),
        "help": translate("Actions", "&Help"),
    }
    for key, menu in menus.items():
        menu.setTitle(titles[key])  # type: ignore[attr-defined]
