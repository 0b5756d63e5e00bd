"""Putting data on the clipboard without a crash when the process ends.

Qt's built-in clipboard (the `offscreen` and `minimal` platforms: tests, screenshot scripts)
keeps its data in a static that C++ destroys after Python has finalised. A `QMimeData`
made in Python is a shiboken wrapper whose destructor calls into the interpreter, so deleting
it then is a segmentation fault at exit (exit code 139, after everything passed). The data
is released while Python is still alive instead. Desktop platforms keep their clipboard in
the platform integration, destroyed with the application (Python alive), and hand it to the
clipboard manager on exit; their clipboard is left alone so a copied link outlives the app.
"""

from __future__ import annotations

import atexit
import functools

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_PROCESS_LOCAL = ("offscreen", "minimal")  # platforms on Qt's built-in, static clipboard


def set_mime_data(mime: QMimeData) -> None:
    """Put `mime` on the clipboard (which takes it over)."""
    QGuiApplication.clipboard().setMimeData(mime)
    _release_at_exit()


@functools.cache
def _release_at_exit() -> None:
    atexit.register(_release)


def _release() -> None:
    app = QGuiApplication.instance()
    if app is not None and QGuiApplication.platformName() in _PROCESS_LOCAL:
        QGuiApplication.clipboard().clear()
