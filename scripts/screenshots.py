"""Regenerate the README screenshots from the app itself.

    python scripts/screenshots.py                 # English, light, into docs/screenshots
    python scripts/screenshots.py --lang ru --theme dark --out /tmp/shots

It builds the demo library in a temporary folder (or uses --library), opens the
real main window with private settings, runs a few searches like a user, and
saves `window.grab()` of: a search with a slide preview (search-slide.png), a
battle card (battlecard.png), the Browse page (browse.png), marketing's inbox
(inbox.png) and the shared numbers (dashboard.png); the last two show the demo's
generated history. Works offscreen (the default when there is no display) and
under Xvfb.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _wait(app: Any, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _settle(app: Any, window: Any, ms: int = 400) -> None:
    """Let debounce timers fire and every background task land."""
    for _ in range(4):
        _wait(app, ms // 4)
        window.runner.wait_idle(30_000)
    _wait(app, ms)


def _type(window: Any, text: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    field = window.top.field
    field.clear()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _select(window: Any, predicate: Any) -> None:
    for row, hit in enumerate(window.results.model.hits()):
        if predicate(hit):
            window.results.select_row(row)
            return
    raise SystemExit("screenshots: the expected hit is not in the results; is this the demo library?")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--library", type=Path, help="an existing demo library (default: build one)")
    parser.add_argument("--lang", default="en", choices=["en", "ru"])
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from enablement.app import build_services
    from enablement.config import Settings
    from enablement.ui.main import create_window

    scratch = Path(tempfile.mkdtemp(prefix="enablement-shots-"))
    QCoreApplication.setOrganizationName("EnablementHubScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    library = args.library or scratch / "library"
    print(f"screenshots: library {library}", flush=True)
    services = build_services(Settings(library, None, "anna", is_default_library=args.library is None))
    width, height = (int(v) for v in args.size.split("x"))
    window = create_window(app, theme=args.theme, language=args.lang, opener=lambda _path: None)
    window.resize(width, height)
    window.show()
    window.set_services(services, owned=True)
    _settle(app, window)
    args.out.mkdir(parents=True, exist_ok=True)

    # 1. a search whose best hit is a slide found by its speaker notes
    window.welcome.hide()
    _type(window, "Vektor access switches" if args.lang == "en" else "шаблон технического задания Redfish")
    _settle(app, window, 800)
    _select(window, lambda h: h.unit == "slide" and h.snippet_field == "notes")
    _settle(app, window, 1500)
    window.grab().save(str(args.out / "search-slide.png"))

    # 2. a battle card laid out by its sections, scrolled to the weak points
    _type(window, "Globex слабые места гарантия")
    _settle(app, window, 800)
    _select(window, lambda h: h.kind == "battlecard" and h.section_type == "weaknesses")
    _settle(app, window, 800)
    window.grab().save(str(args.out / "battlecard.png"))

    # 3. Browse: battle cards by competitor, decks with thumbnails, catalogs
    window.top.field.clear()
    window.set_page("browse")
    window.browse.reload()
    _settle(app, window, 1500)
    decks = window.browse.groups.decks
    if decks:
        window.browse.open_item(decks[0])
    _settle(app, window, 1500)
    window.grab().save(str(args.out / "browse.png"))

    # 4. marketing's inbox: field intel and feedback from the demo's sellers, one chosen
    window.set_page("inbox")
    _settle(app, window, 1500)
    inbox = window.inbox_page
    assert inbox is not None
    inbox.tabs.setCurrentWidget(inbox.triage)
    _settle(app, window, 1000)
    inbox.triage.select(inbox.triage.model.rows[0].id)
    _settle(app, window, 800)
    window.grab().save(str(args.out / "inbox.png"))

    # 5. the numbers both sides see
    window.set_page("dashboard")
    _settle(app, window, 2500)
    window.grab().save(str(args.out / "dashboard.png"))

    window.close()
    window.deleteLater()
    _wait(app, 50)
    del window
    for name in ("search-slide.png", "battlecard.png", "browse.png", "inbox.png", "dashboard.png"):
        print(f"screenshots: wrote {args.out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
