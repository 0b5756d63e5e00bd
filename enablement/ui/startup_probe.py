"""ENABLEMENT_EXIT_AFTER_FIRST_WINDOW: start the app, say when it is up, and close it as a person would.

For the bundle's smoke test and its cold-start figure (scripts/smoke_bundle.py), which must see the
real executable open its window (offscreen) and leave cleanly, without anyone to click. Values:

- `1` or `window`: once the main window has painted for the first time, print
  `enablement: first window` on stdout and close the window;
- `ready`: print that line too, then wait until the library is open, print
  `enablement: library ready`, and close. On the very first launch the window asks how to start
  (enablement.ui.first_run) and opens no library until someone answers: then it prints
  `enablement: first run asks how to start` instead and closes, rather than wait for nobody;
- `demo`: as `ready`, but on the very first launch it answers the question as a newcomer would:
  it presses "Try the demo" (`enablement: first run: demo chosen`), waits until the demo library
  is built and open, prints `enablement: library ready`, and closes.

Closing goes through the window's own closeEvent, so settings are saved, the task runner stops and
the library is closed exactly as when a person closes the window. Unset, nothing is installed.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

ENV_EXIT_AFTER = "ENABLEMENT_EXIT_AFTER_FIRST_WINDOW"
FIRST_WINDOW_LINE = "enablement: first window"
READY_LINE = "enablement: library ready"
FIRST_RUN_LINE = "enablement: first run asks how to start"
DEMO_CHOSEN_LINE = "enablement: first run: demo chosen"


def mode() -> str | None:
    """'window', 'ready', 'demo' or None (the variable unset, empty or '0')."""
    value = os.environ.get(ENV_EXIT_AFTER, "").strip().lower()
    if value in ("", "0"):
        return None
    return value if value in ("ready", "demo") else "window"


class StartupProbe(QObject):
    """Watches the main window's first paint (and, in 'ready' mode, its services), then closes it."""

    def __init__(self, window: QMainWindow, wait_for_library: bool, choose_demo: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.wait_for_library = wait_for_library
        self.choose_demo = choose_demo
        self.painted = False
        self.ready = False
        window.installEventFilter(self)
        services_ready = getattr(window, "services_ready", None)
        if services_ready is not None:
            services_ready.connect(self._on_services_ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # after this paint has reached the screen (the next turn of the event loop)
            QTimer.singleShot(0, self._on_first_window)
        return False

    def _on_first_window(self) -> None:
        _say(FIRST_WINDOW_LINE)
        if not self.wait_for_library or self.ready:
            self._close()
        elif self._asks_first_run():
            if self.choose_demo:
                _say(DEMO_CHOSEN_LINE)
                self.window.first_run.page.demo.button.click()  # type: ignore[attr-defined]  # as a person would
                return
            _say(FIRST_RUN_LINE)
            self._close()

    def _asks_first_run(self) -> bool:
        first_run = getattr(self.window, "first_run", None)
        pages = getattr(self.window, "pages", None)
        page = getattr(first_run, "page", None)
        return page is not None and pages is not None and pages.currentWidget() is page

    def _on_services_ready(self) -> None:
        self.ready = True
        if self.wait_for_library:
            _say(READY_LINE)
            if self.painted:
                QTimer.singleShot(0, self._close)

    def _close(self) -> None:
        self.window.removeEventFilter(self)
        self.window.close()


def install(window: QMainWindow) -> StartupProbe | None:
    """Install the probe when ENABLEMENT_EXIT_AFTER_FIRST_WINDOW asks for it."""
    chosen = mode()
    if chosen is None:
        return None
    return StartupProbe(window, wait_for_library=chosen in ("ready", "demo"), choose_demo=chosen == "demo")


def _say(line: str) -> None:
    if sys.stdout is None:  # a console-less Windows executable has no stdout
        return
    print(line, flush=True)
