"""`enablement insights report FILE`: the Numbers page's one-page report from a script or a scheduled job.

The page is painted by Qt widgets (enablement.ui.loop.dashboard_export), and the command line may
not import Qt (import-linter: cli and ui are siblings). So the command runs the painter,
`enablement.ui.report_export`, as a child process on Qt's offscreen platform (no display needed,
over SSH or in cron), with this invocation's library, database and user in the child's
environment, where a database password stays off the process list. What can be judged here is
judged before the library is opened: the suffix, the folder, whether Qt is installed at all.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from enablement.config import ENV_DB, ENV_LIBRARY, ENV_USER, Settings
from enablement.errors import EnablementError
from enablement.messages import QT_TRANSLATE_NOOP

SUFFIXES = (".pdf", ".png")
CHILD_MODULE = "enablement.ui.report_export"
EXIT_NO_QT = 3  # enablement.ui.report_export.EXIT_NO_QT
# The bundled executable (packaging/entry.py) runs the painter when given this first argument.
FROZEN_SWITCH = "--report-export"


def write_report(settings: Settings, path: Path, *, weeks: int, language: str) -> Path:
    """Write the report of the library `settings` name to `path` (.pdf or .png); the path written."""
    path = Path(os.path.abspath(path.expanduser()))
    _check_target(path)
    if importlib.util.find_spec("PySide6") is None:
        raise EnablementError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The report is painted with Qt (PySide6), which is not installed here. "
                "Install it (pip install PySide6-Essentials) or use `insights export --csv`.",
            )
        )
    result = subprocess.run(
        [*_child_command(), str(path), "--weeks", str(weeks), "--lang", language],
        env=child_environment(settings),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == 0:
        return path
    lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
    reason = lines[-1].removeprefix("enablement: ") if lines else f"exit status {result.returncode}"
    # Qt failing to load may happen before the painter's own check (enablement.ui imports Qt on
    # import): then the child dies with the ImportError's traceback, whose last line says why.
    if result.returncode == EXIT_NO_QT or reason.startswith(("ImportError:", "ModuleNotFoundError:")):
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "The report cannot be painted here: {reason}"), reason=reason
        )
    raise EnablementError(
        QT_TRANSLATE_NOOP("Messages", "The report was not written: {reason}"), reason=reason
    )


def child_environment(settings: Settings) -> dict[str, str]:
    """This process's environment, with the library settings spelled out and Qt offscreen."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[ENV_LIBRARY] = str(settings.library_dir)
    for name, value, given in (
        (ENV_DB, settings.db_url, bool(settings.db_url)),
        (ENV_USER, settings.user, settings.user_given),
    ):
        if given and value:
            env[name] = value
        else:
            env.pop(name, None)
    return env


def _child_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle: one executable, no `python -m`
        return [sys.executable, FROZEN_SWITCH]
    return [sys.executable, "-m", CHILD_MODULE]


def _check_target(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise EnablementError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The report is a PDF or a PNG: name the file .pdf or .png ({path} is neither).",
            ),
            path=str(path),
        )
    if path.is_dir():
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "{path} is a folder: name the report file inside it."),
            path=str(path),
        )
    folder = path.parent
    if not folder.is_dir():
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "The folder {path} does not exist."), path=str(folder)
        )
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: permission denied."), path=str(path)
        )
