"""Team mode in the app, against a real PostgreSQL team database (one per module).

Sign in (wrong and right password), who I am and what my role lets me do, the
password in the (in-memory) keyring and never in QSettings, offline and back,
another desktop's import arriving live, a removed password asking to sign in
again, sign out and the reconnect at start.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.config import Settings
from enablement.credentials import KEYRING_SERVICE, account_key
from enablement.store.library import Library, normalise_db_url
from enablement.voting import BallotSpec, VotingService
from tests.helpers.keyrings import MemoryKeyring, installed
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

FOLLOW_TIMEOUT = 10_000


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


@pytest.fixture
def personal(tmp_path: Path) -> Iterator[Any]:
    """The person's own (SQLite) library the window shows before signing in."""
    from enablement.app import build_services

    services = build_services(
        Settings(library_dir=tmp_path / "personal", db_url=None, user="anna", is_default_library=False),
        create_demo=False,
    )
    yield services
    services.close()


@pytest.fixture
def win(ui: Any, personal: Any, memory_keyring: MemoryKeyring) -> Iterator[Any]:
    w = ui.new_window(size=False)
    w.resize(1366, 768)
    w.set_services(personal, owned=False)
    yield w
    w.close()


def fill_in(window: Any, team: Team, who: str, password: str | None = None, remember: bool = True) -> Any:
    dialog = window.team.open_sign_in()
    url = sa.engine.make_url(team.url(who))
    dialog.server.setText(f"{url.host}:{url.port or 5432}")
    dialog.database.setText(url.database)
    dialog.user.setText(url.username)
    dialog.password.setText(team.logins[who][1] if password is None else password)
    dialog.remember.setChecked(remember)
    return dialog


def sign_in(qtbot: Any, window: Any, team: Team, who: str, **kw: Any) -> Any:
    dialog = fill_in(window, team, who, **kw)
    with qtbot.waitSignal(window.team.signed_in, timeout=20_000):
        dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: window.team.identity is not None and window.team.identity.role is not None)
    return window.services


def owner_sql(team: Team, statement: str) -> None:
    engine = sa.create_engine(normalise_db_url(team.owner_url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def kick_out(team: Team, login: str) -> None:
    owner_sql(team, f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{login}'")


# ---------------------------------------------------------------------- sign in


def test_a_wrong_password_is_said_in_the_dialog_which_keeps_the_fields(
    qtbot: Any, win: Any, team: Team, memory_keyring: MemoryKeyring
) -> None:
    dialog = fill_in(win, team, "sam", password="not-the-password")
    dialog.sign_in_button.click()
    assert dialog.busy and not dialog.sign_in_button.isEnabled()  # busy while the worker signs in
    qtbot.waitUntil(lambda: bool(dialog.error_message()), timeout=20_000)

    assert "password is wrong" in dialog.error_message()
    assert dialog.isVisible() and not dialog.busy and dialog.sign_in_button.isEnabled()
    assert dialog.user.text() == team.name("sam")
    assert dialog.password.text() == "not-the-password"
    assert win.services.settings.db_url is None  # still on the personal library
    assert memory_keyring.passwords == {}


def test_an_unreachable_server_is_said_in_the_dialog(qtbot: Any, win: Any, team: Team) -> None:
    dialog = fill_in(win, team, "sam")
    dialog.server.setText("127.0.0.1:1")  # nothing listens there
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error_message()), timeout=20_000)
    assert "not reachable" in dialog.error_message()
    assert dialog.detail.isVisibleTo(dialog) and "127.0.0.1" in dialog.detail.text()
    assert dialog.server.text() == "127.0.0.1:1"


def test_signing_in_shows_who_i_am_and_keeps_the_password_only_in_the_keyring(
    qtbot: Any, win: Any, team: Team, memory_keyring: MemoryKeyring, _temp_qsettings: Path
) -> None:
    services = sign_in(qtbot, win, team, "sam")

    assert services.is_team and services.user == team.name("sam")
    assert win.team.dialog is None
    assert win.identity_chip.isVisible()
    assert win.identity_chip.summary() == f"{team.name('sam')} · sales · North"
    assert "127.0.0.1" in win.identity_chip.toolTip()
    assert win.team.server_label.text() == "127.0.0.1/" + str(sa.engine.make_url(team.url("sam")).database)
    url = sa.engine.make_url(team.url("sam"))
    password = team.logins["sam"][1]
    assert memory_keyring.passwords == {(KEYRING_SERVICE, account_key(team.url("sam"))): password}
    assert win.state.team_url.startswith("postgresql://") and url.username in win.state.team_url
    assert ":" + password not in win.state.team_url
    win.state.sync()
    written = "".join(p.read_text(errors="replace") for p in _temp_qsettings.rglob("*") if p.is_file())
    assert url.username in written  # the settings file was written...
    assert password not in written  # ...without the password
    assert win.actions_.sign_out.isEnabled()


def test_without_remember_nothing_is_kept(
    qtbot: Any, win: Any, team: Team, memory_keyring: MemoryKeyring
) -> None:
    sign_in(qtbot, win, team, "sue", remember=False)
    assert memory_keyring.passwords == {}


# ---------------------------------------------------------------------- roles shape the window


@pytest.fixture(scope="module")
def open_ballot(team: Team, tmp_path_factory: pytest.TempPathFactory) -> int:
    """An open ballot on a draft deck, made by the marketer."""
    folder = tmp_path_factory.mktemp("ballot")
    with Library(folder / "owner", team.owner_url) as owner:
        item_id = store_draft(owner, title="Router Z9 deck")
    with Library(folder / "mia", team.url("mia")) as lib:
        ballot = VotingService(lib).create_ballot(
            team.name("mia"), BallotSpec(title="Ship Z9?", item_id=item_id)
        )
    return ballot.id


def open_page(qtbot: Any, window: Any, ballot_id: int) -> Any:
    window.set_page("voting")
    panel = window.voting_panel
    qtbot.waitUntil(lambda: panel.me is not None, timeout=FOLLOW_TIMEOUT)
    with qtbot.waitSignal(panel.page_loaded, timeout=FOLLOW_TIMEOUT):
        panel.open_ballot(ballot_id)
    return panel


def test_a_seller_can_neither_import_nor_manage_ballots(
    qtbot: Any, win: Any, team: Team, open_ballot: int
) -> None:
    sign_in(qtbot, win, team, "sam")
    assert not win.actions_.import_files.isEnabled() and not win.actions_.import_folder.isEnabled()
    assert not win.top.import_button.isEnabled()
    assert "marketing" in win.top.import_button.toolTip()
    assert not win.imports.allowed  # nor a drop on the window

    panel = open_page(qtbot, win, open_ballot)
    assert panel.me.name == team.name("sam")
    assert not panel.new_button.isVisibleTo(panel)
    for button in (panel.page.decide_button, panel.page.close_button, panel.page.edit_button):
        assert not button.isVisibleTo(panel.page)


def test_a_marketer_can_import_and_manage_ballots(qtbot: Any, win: Any, team: Team, open_ballot: int) -> None:
    sign_in(qtbot, win, team, "mia")
    assert win.identity_chip.summary() == f"{team.name('mia')} · marketing · HQ"
    assert win.actions_.import_files.isEnabled() and win.top.import_button.isEnabled()
    assert win.imports.allowed

    panel = open_page(qtbot, win, open_ballot)
    assert panel.new_button.isVisibleTo(panel)
    assert panel.page.close_button.isVisibleTo(panel.page)
    assert panel.page.edit_button.isVisibleTo(panel.page)


# ---------------------------------------------------------------------- online, offline, live changes


def test_offline_is_shown_and_cleared_and_a_refused_vote_keeps_the_reason(
    qtbot: Any, win: Any, team: Team, open_ballot: int
) -> None:
    sign_in(qtbot, win, team, "sue")
    login = team.name("sue")
    panel = open_page(qtbot, win, open_ballot)
    assert not win.offline_banner.isVisible()

    # The server will not take the connection (not a refused login: that asks to sign in again).
    owner_sql(team, f'ALTER ROLE "{login}" CONNECTION LIMIT 0')
    try:
        with qtbot.waitSignal(win.team.online_changed, timeout=FOLLOW_TIMEOUT) as offline:
            kick_out(team, login)
        assert offline.args == [False]
        assert win.offline_banner.isVisible()
        assert win.offline_banner.text.text() == "Offline — searching this computer's copy"
        assert win.offline_banner.toolTip()  # why: the server's own words

        # A vote while the server refuses us: the message, not a traceback, and the reason stays typed.
        page = panel.page
        page.option_group.buttons()[0].setChecked(True)
        page.reason_edit.setPlainText("Needs the price list first")
        page.vote_button.click()
        qtbot.waitUntil(lambda: page.error_label.isVisibleTo(page), timeout=FOLLOW_TIMEOUT)
        assert "Cannot open the database" in page.error_label.text() or "server" in page.error_label.text()
        assert "Traceback" not in page.error_label.text()
        assert page.reason_edit.toPlainText() == "Needs the price list first"
        assert win.team.dialog is None  # the server is away; nobody refused the login
    finally:
        owner_sql(team, f'ALTER ROLE "{login}" CONNECTION LIMIT -1')
    with qtbot.waitSignal(win.team.online_changed, timeout=FOLLOW_TIMEOUT) as online:
        pass
    assert online.args == [True]
    assert not win.offline_banner.isVisible()


def test_an_item_imported_on_another_desktop_appears_without_a_restart(
    qtbot: Any, ui: Any, win: Any, team: Team, tmp_path: Path
) -> None:
    from enablement.app import build_services

    sign_in(qtbot, win, team, "sam")
    assert ui.search(win, "zanzibarite") == []

    note = tmp_path / "zanzibarite.md"
    note.write_text("# Zanzibarite battle card\n\nZanzibarite beats the rival on price.\n", encoding="utf-8")
    settings = Settings(tmp_path / "mia-desktop", team.url("mia"), "mia", is_default_library=False)
    with build_services(settings, create_demo=False) as marketer:
        report = marketer.library_service.import_paths([note])
    assert report.imported == 1

    qtbot.waitUntil(lambda: len(win.results.model.hits()) > 0, timeout=FOLLOW_TIMEOUT)
    assert "Zanzibarite" in win.results.model.hits()[0].title


def test_a_changed_password_asks_to_sign_in_again(qtbot: Any, win: Any, team: Team) -> None:
    from enablement.team import generate_password

    sign_in(qtbot, win, team, "sue")
    login = team.name("sue")
    new_password = generate_password()
    with team.admin() as admin:
        admin.passwd(login, new_password)
    team.logins["sue"] = (team.url("sue").replace(team.logins["sue"][1], new_password), new_password)
    kick_out(team, login)

    qtbot.waitUntil(
        lambda: win.team.dialog is not None and win.team.dialog.isVisible(), timeout=FOLLOW_TIMEOUT
    )
    dialog = win.team.dialog
    assert dialog.user.text() == login and dialog.database.text()
    assert "password is wrong" in dialog.error_message()

    dialog.password.setText(new_password)
    with qtbot.waitSignal(win.team.signed_in, timeout=20_000):
        dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not win.offline_banner.isVisible(), timeout=FOLLOW_TIMEOUT)


# ---------------------------------------------------------------------- sign out, reconnect at start


def test_sign_out_forgets_the_password_and_returns_to_the_personal_library(
    qtbot: Any, win: Any, team: Team, memory_keyring: MemoryKeyring, personal: Any
) -> None:
    win.state.last_library = str(personal.library.root)
    sign_in(qtbot, win, team, "sam")
    assert memory_keyring.passwords

    with qtbot.waitSignal(win.services_ready, timeout=20_000):
        win.actions_.sign_out.trigger()
    assert memory_keyring.passwords == {}
    assert win.services.settings.db_url is None
    assert win.services.library.root == personal.library.root
    assert win.state.team_url == "" and team.name("sam") in win.state.last_team_url
    assert not win.actions_.sign_out.isEnabled()
    qtbot.waitUntil(lambda: win.identity_chip.text() == win.services.user)


def test_the_next_start_reconnects_with_the_keyring_password(
    qtbot: Any, ui: Any, team: Team, memory_keyring: MemoryKeyring
) -> None:
    from enablement.credentials import remember_password
    from enablement.ui.main import resolve_settings
    from enablement.ui.ui_state import UiState

    public = team.url("mia").replace(":" + team.logins["mia"][1], "")
    state = UiState()
    state.team_url = public
    assert remember_password(public, team.logins["mia"][1])
    settings = resolve_settings(object(), state)
    assert settings.db_url == public  # the password is only looked up when connecting

    window = ui.new_window()
    with qtbot.waitSignal(window.services_ready, timeout=20_000):
        window.start(settings)
    assert window.services.user == team.name("mia")
    assert window.team.dialog is None
    window.close()


def test_a_start_the_keyring_cannot_sign_in_opens_the_form_filled_in(
    qtbot: Any, ui: Any, team: Team, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    from enablement.credentials import remember_password
    from enablement.ui.team_controller import team_settings

    public = team.url("sam").replace(":" + team.logins["sam"][1], "")
    remember_password(public, "an-old-password")
    window = ui.new_window()
    window.state.last_library = str(tmp_path)  # the personal library to fall back on
    with qtbot.waitSignal(window.services_ready, timeout=20_000):
        window.start(team_settings(public))
    assert window.services.settings.db_url is None  # the personal library, meanwhile
    dialog = window.team.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.user.text() == team.name("sam")
    assert "password is wrong" in dialog.error_message()
    window.close()


# ---------------------------------------------------------------------- offline search, refused login


@pytest.fixture(scope="module")
def shared_note(team: Team, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Two items in the team library, imported by the marketer, for searching offline."""
    from enablement.app import build_services

    folder = tmp_path_factory.mktemp("shared")
    paths = []
    for word in ("quokkanite", "wombatite"):
        note = folder / f"{word}.md"
        text = f"# {word.title()} battle card\n\n{word.title()} beats the rival.\n"
        note.write_text(text, encoding="utf-8")
        paths.append(note)
    settings = Settings(folder / "mia-desktop", team.url("mia"), "mia", is_default_library=False)
    with build_services(settings, create_demo=False) as marketer:
        assert marketer.library_service.import_paths(paths).imported == 2


def test_typed_searches_run_from_the_local_index_while_the_login_is_refused(
    qtbot: Any, ui: Any, win: Any, team: Team, shared_note: None
) -> None:
    sign_in(qtbot, win, team, "sam")
    login = team.name("sam")
    qtbot.waitUntil(lambda: len(ui.search(win, "quokkanite")) == 1, timeout=FOLLOW_TIMEOUT)

    owner_sql(team, f'ALTER ROLE "{login}" NOLOGIN')
    try:
        kick_out(team, login)
        qtbot.waitUntil(lambda: win.offline_banner.isVisible(), timeout=FOLLOW_TIMEOUT)
        win.top.field.clear()
        ui.type_text(win.top.field, "wombatite")
        qtbot.waitUntil(
            lambda: (
                win.search.last_answer is not None
                and win.search.last_answer.request.query == "wombatite"
                and [h.title for h in win.results.model.hits()] == ["Wombatite battle card"]
            ),
            timeout=2_000,
        )
        assert win.offline_banner.isVisible()
    finally:
        owner_sql(team, f'ALTER ROLE "{login}" LOGIN')


def test_a_disabled_login_asks_to_sign_in_again_with_the_form_filled_in(
    qtbot: Any, win: Any, team: Team
) -> None:
    sign_in(qtbot, win, team, "sue")
    login = team.name("sue")
    owner_sql(team, f'ALTER ROLE "{login}" NOLOGIN')
    try:
        kick_out(team, login)
        qtbot.waitUntil(
            lambda: win.team.dialog is not None and win.team.dialog.isVisible(), timeout=FOLLOW_TIMEOUT
        )
        dialog = win.team.dialog
        assert dialog.user.text() == login and dialog.database.text()
        assert "account was removed" in dialog.error_message()
        assert "postgresql+psycopg" not in dialog.error_message() + dialog.detail.text()
        assert "postgresql+psycopg" not in win.statusBar().currentMessage()
    finally:
        owner_sql(team, f'ALTER ROLE "{login}" LOGIN')


def test_an_item_removed_on_another_desktop_leaves_browse(
    qtbot: Any, win: Any, team: Team, tmp_path: Path
) -> None:
    from enablement.app import build_services

    note = tmp_path / "okapite.md"
    note.write_text("# Okapite battle card\n\nOkapite beats the rival.\n", encoding="utf-8")
    settings = Settings(tmp_path / "mia-desktop", team.url("mia"), "mia", is_default_library=False)
    with build_services(settings, create_demo=False) as marketer:
        assert marketer.library_service.import_paths([note]).imported == 1
        sign_in(qtbot, win, team, "sam")
        win.set_page("browse")

        def titles() -> list[str]:
            return [item.title for item in win.browse.items]

        qtbot.waitUntil(lambda: "Okapite battle card" in titles(), timeout=FOLLOW_TIMEOUT)
        item = next(i for i in win.browse.items if i.title == "Okapite battle card")
        with qtbot.waitSignal(win.team.catch_up_indexed, timeout=FOLLOW_TIMEOUT):
            marketer.library_service.remove_item(item.id)
        qtbot.waitUntil(lambda: "Okapite battle card" not in titles(), timeout=FOLLOW_TIMEOUT)


def test_a_team_library_offers_its_own_examples_and_says_what_it_is_in_settings(
    qtbot: Any, win: Any, team: Team
) -> None:
    sign_in(qtbot, win, team, "sam")
    win.results.show_home()
    qtbot.waitUntil(lambda: win.results._examples is not None)  # this library's, not the demo's
    home = win.results.home.text()
    assert "Globex" not in home and "PX-200" not in home and "конкурент" not in home

    win.open_settings()
    settings = win.settings_dialog
    assert not settings.change_library.isVisibleTo(settings)  # the folder is only the team's cache
    assert settings.team.isVisibleTo(settings)
    assert win.team.server_label.text() in settings.team.text() and team.name("sam") in settings.team.text()
    assert str(win.services.library.root) in settings.library.toolTip()
    settings.close()


def test_offline_an_original_never_downloaded_cannot_be_fetched_rather_than_missing(
    qtbot: Any, ui: Any, win: Any, team: Team, tmp_path: Path
) -> None:
    from enablement.app import build_services
    from enablement.errors import DatabaseUnavailable
    from enablement.store import repository as repo
    from enablement.ui.messages import error_text

    note = tmp_path / "capybarite.md"
    note.write_text("# Capybarite battle card\n\nCapybarite beats the rival.\n", encoding="utf-8")
    settings = Settings(tmp_path / "mia-desktop", team.url("mia"), "mia", is_default_library=False)
    with build_services(settings, create_demo=False) as marketer:
        assert marketer.library_service.import_paths([note]).imported == 1
    sign_in(qtbot, win, team, "sam")
    qtbot.waitUntil(lambda: len(ui.search(win, "capybarite")) == 1, timeout=FOLLOW_TIMEOUT)
    with win.services.library.reading() as conn:
        item = repo.get_item(conn, win.results.model.hits()[0].item)
    qtbot.waitUntil(lambda: win.runner.is_idle(), timeout=FOLLOW_TIMEOUT)
    # The preview of the hit fetched it; as on a desktop that never opened it, it is not here.
    win.services.library.blobs.path_for(item.sha256).unlink(missing_ok=True)

    login = team.name("sam")
    owner_sql(team, f'ALTER ROLE "{login}" CONNECTION LIMIT 0')
    try:
        kick_out(team, login)
        qtbot.waitUntil(lambda: win.offline_banner.isVisible(), timeout=FOLLOW_TIMEOUT)
        with pytest.raises(DatabaseUnavailable) as raised:
            win.preview_service.original_path(item)
        assert "cannot be fetched while the team server is out of reach" in error_text(raised.value)
    finally:
        owner_sql(team, f'ALTER ROLE "{login}" CONNECTION LIMIT -1')


def test_signing_in_from_the_menu_on_the_first_run_page_counts_as_the_team_choice(
    qtbot: Any, ui: Any, team: Team, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    w = ui.new_window()
    w.first_run.open(Settings(tmp_path / "first", None, "anna", is_default_library=True))
    assert w.pages.currentWidget() is w.first_run.page and not w.top.isEnabled()
    services = sign_in(qtbot, w, team, "sam")  # File → Connect to team server… instead of the page's button
    assert services.is_team and w.pages.currentWidget() is not w.first_run.page
    assert w.top.isEnabled() and w.state.load_first_run() == ("team", "")
    w.close()
