"""Fixtures for the desktop-app tests: real widgets, real services, temporary settings.

Every test gets a private QSettings location (never the user's real one), and an
autouse guard fails a test that leaves a runner busy or pool threads working.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool


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
