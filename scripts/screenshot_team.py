"""Screenshots of team mode, made by the app itself: the sign-in dialog and a seller's window.

    QT_QPA_PLATFORM=offscreen python scripts/screenshot_team.py --pg postgresql://postgres@127.0.0.1/test
        [--lang ru|en] [--out docs/screenshots]

Needs a PostgreSQL superuser URL (--pg, or ENABLEMENT_TEST_PG_URL) whose server asks team
logins for a password (scripts/pg_hba_team.sh). Creates a throw-away team database with a
marketer (maria) who imports the demo files and a seller (sam, team North), signs in as sam
through the real dialog (once with a wrong password, to show the inline message), and writes
sign-in.png and team-window.png. The database and the logins are dropped at the end; the
keyring is an in-memory one, so nothing is kept on this computer.
"""

# ruff: noqa: E402  (imports follow the sys.path and QT_QPA_PLATFORM set-up)
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import sqlalchemy as sa

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QPoint, QSettings
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from enablement.app import build_services
from enablement.config import Settings
from enablement.store.library import normalise_db_url
from enablement.team import TeamAdmin, generate_password, login_url

SELLER, MARKETER = "sam", "maria"


def wait_until(app: QApplication, done: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not done():
        if clock.elapsed() > timeout_ms:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window, dimmed, with the dialog drawn centred on it (as a window manager would show it)."""
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 90))
    card = dialog.grab()
    at = QPoint((shot.width() - card.width()) // 2, (shot.height() - card.height()) // 3)
    painter.fillRect(at.x() - 1, at.y() - 1, card.width() + 2, card.height() + 2, QColor("#98a1b3"))
    painter.drawPixmap(at, card)
    painter.end()
    return shot


def set_up_team(pg: str, database: str, folder: Path) -> dict[str, str]:
    """A secured team database: an admin, the marketer (who imports the demo files) and the seller."""
    owner = sa.create_engine(normalise_db_url(pg), isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
    owner.dispose()
    db_url = sa.engine.make_url(normalise_db_url(pg)).set(database=database).render_as_string(False)
    passwords = {who: generate_password() for who in ("admin_" + database, MARKETER, SELLER)}
    TeamAdmin.init(db_url, "admin_" + database, passwords["admin_" + database], team="HQ")
    with TeamAdmin(login_url(db_url, "admin_" + database, passwords["admin_" + database])) as admin:
        admin.add(MARKETER, "marketing", "HQ", passwords[MARKETER])
        admin.add(SELLER, "sales", "North", passwords[SELLER])
    from enablement.ingest.demo import build_demo_files

    marketer = Settings(folder / "maria", login_url(db_url, MARKETER, passwords[MARKETER]), MARKETER, False)
    with build_services(marketer, create_demo=False) as services:
        services.library_service.import_paths(build_demo_files(folder / "demo"))
    return {"db_url": db_url, **passwords}


def tear_down(pg: str, database: str) -> None:
    owner = sa.create_engine(normalise_db_url(pg), isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(
            sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
            {"d": database},
        )
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}"')
        for name in (MARKETER, SELLER, "admin_" + database):
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    owner.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("ENABLEMENT_TEST_PG_URL"), help="superuser URL")
    parser.add_argument("--lang", choices=("ru", "en"), default="ru")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    if not args.pg:
        parser.error("name a PostgreSQL server: --pg postgresql://postgres@127.0.0.1/test")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")  # this run's caches, not the user's
        QCoreApplication.setOrganizationName("EnablementHubScreenshots")
        QCoreApplication.setApplicationName("EnablementHubScreenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        import keyring

        from tests.helpers.keyrings import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())

        database = f"north_{uuid.uuid4().hex[:6]}"
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        try:
            team = set_up_team(args.pg, database, folder)
            shoot(app, args, folder, team)
        finally:
            tear_down(args.pg, database)
    return 0


def shoot(app: QApplication, args: argparse.Namespace, folder: Path, team: dict[str, str]) -> None:
    from enablement.ui.main import create_window

    window = create_window(app, theme="light", language=args.lang)
    window.resize(1366, 768)
    window.show()
    personal = Settings(folder / "personal", None, "sam", is_default_library=True)
    window.start(personal)
    wait_until(app, lambda: window.services is not None)

    url = sa.engine.make_url(team["db_url"])
    dialog = window.team.open_sign_in()
    dialog.server.setText(f"{url.host}:{url.port or 5432}" if url.port not in (None, 5432) else str(url.host))
    dialog.database.setText(str(url.database))
    dialog.user.setText(SELLER)
    dialog.password.setText("wrong-password")
    dialog.sign_in_button.click()
    wait_until(app, lambda: bool(dialog.error_message()))
    dialog.adjustSize()
    app.processEvents()
    args.out.mkdir(parents=True, exist_ok=True)
    with_dialog(window, dialog).save(str(args.out / "sign-in.png"))

    dialog.password.setText(team[SELLER])
    dialog.sign_in_button.click()
    wait_until(app, lambda: window.team.identity is not None and window.team.identity.role is not None)
    window.set_query("router" if args.lang == "en" else "роутер")
    wait_until(app, lambda: window.search.last_answer is not None and not window.search.pending())
    wait_until(app, lambda: window.runner.is_idle())
    assert window.width() <= 1366, f"the window does not fit 1366 px: {window.width()}"
    window.grab().save(str(args.out / "team-window.png"))
    print(f"wrote {args.out / 'sign-in.png'} and {args.out / 'team-window.png'}")
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
