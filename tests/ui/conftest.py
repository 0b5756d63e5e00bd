"""Fixtures for the desktop-app tests: real widgets, real services, temporary settings.

Every test gets a private QSettings location (never the user's real one), and an
autouse guard fails a test that leaves a runner busy or pool threads working.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_ui_thread(qapp: object) -> Iterator[None]:
    """As in the app: no garbage collection in worker threads (gc_policy.UiThreadCollector)."""
    from enablement.ui.gc_policy import UiThreadCollector

    collector = UiThreadCollector()
    collector.start()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _temp_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point QSettings (INI format) at a temporary folder for the whole test."""
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("EnablementHubTests")
    QCoreApplication.setApplicationName("EnablementHubTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _no_dangling_threads(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves background work running (global pool and every TaskRunner)."""
    from enablement.ui.tasks import TaskRunner

    yield
    problems = TaskRunner.leaked()
    assert not problems, problems
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(5000), "the global QThreadPool still has running threads"
    assert pool.activeThreadCount() == 0


@pytest.fixture(scope="session")
def demo_library_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo library built once per session (import of the generated demo files)."""
    from enablement.app import build_services
    from enablement.config import Settings

    root = tmp_path_factory.mktemp("demo-lib")
    settings = Settings(library_dir=root, db_url=None, user="anna", is_default_library=True)
    with build_services(settings):  # the first run on a "default" library creates the demo
        pass
    return root


@pytest.fixture(scope="session")
def demo_services(demo_library_dir: Path) -> Iterator[object]:
    """Real services on the demo library, shared by the read-only UI tests."""
    from enablement.app import build_services
    from enablement.config import Settings

    settings = Settings(library_dir=demo_library_dir, db_url=None, user="anna", is_default_library=False)
    services = build_services(settings, create_demo=False)
    yield services
    services.close()


@pytest.fixture
def empty_services(tmp_path: Path) -> Iterator[Any]:
    """Real services on a new, empty library (no demo)."""
    from enablement.app import build_services
    from enablement.config import Settings

    services = build_services(
        Settings(library_dir=tmp_path / "lib", db_url=None, user="anna", is_default_library=False),
        create_demo=False,
    )
    yield services
    services.close()


@pytest.fixture
def opened() -> list[Path]:
    """Files the app asked the desktop to open (instead of launching real applications)."""
    return []


class UiDriver:
    """Drives the real window like a user: new windows, typing, searching."""

    def __init__(self, qapp: object, qtbot: object, opened: list[Path]) -> None:
        self.qapp, self.qtbot, self.opened = qapp, qtbot, opened

    def new_window(self, language: str = "en", *, size: bool = True) -> object:
        from enablement.ui.main import create_window

        window = create_window(self.qapp, opener=self.opened.append, theme="light", language=language)  # type: ignore[arg-type]
        self.qtbot.addWidget(window)  # type: ignore[attr-defined]
        if size:  # else keep the geometry the window restored from its settings
            window.resize(1400, 900)
        window.show()
        return window

    @staticmethod
    def type_text(widget: object, text: str) -> None:
        """One key event per character, as a keyboard sends them (QTest.keyClicks is ASCII-only)."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    def search(self, window: Any, text: str) -> list[Any]:
        """Type `text` into the search field and wait for the answer to that exact query."""
        window.top.field.clear()
        self.type_text(window.top.field, text)
        self.qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: (
                window.search.last_answer is not None
                and window.search.last_answer.request.query == text
                and not window.search.pending()
            ),
            timeout=15_000,
        )
        return list(window.results.model.hits())


@pytest.fixture
def ui(qapp: object, qtbot: object, opened: list[Path]) -> UiDriver:
    return UiDriver(qapp, qtbot, opened)


@pytest.fixture
def window(ui: UiDriver, demo_services: object) -> Iterator[object]:
    """The real main window on the demo library, in English, light theme."""
    w = ui.new_window()
    w.set_services(demo_services, owned=False)  # type: ignore[attr-defined]
    yield w
    w.close()  # type: ignore[attr-defined]


# The team database fixtures (tests/ui/test_team_ui.py): one secured PostgreSQL database per module.
from tests.helpers.team import team, team_db  # noqa: E402, F401


@pytest.fixture
def translator(qapp: object) -> Iterator[Any]:
    """Switches the app's language like Settings → Language does; back to English afterwards."""
    from PySide6.QtCore import QTranslator

    from enablement.ui.i18n import Translator

    tr = Translator()
    yield tr
    tr.apply("en")
    for installed in tr.findChildren(QTranslator):
        QCoreApplication.removeTranslator(installed)
