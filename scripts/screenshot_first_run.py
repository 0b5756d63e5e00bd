"""Screenshots of the first launch's page (try the demo, open my folder, connect to my team's server).

    python scripts/screenshot_first_run.py                       # first-run.png and first-run-ru.png
    python scripts/screenshot_first_run.py --theme dark --out /tmp/shots

Opens the real main window with private settings on a default library that does not exist yet
(a machine that never ran the app), so the window shows the first-run page, and saves
`window.grab()` in English and in Russian; with --confirm also the "Remove the demo library?"
question over a demo library (first-run-remove-demo.png). Works offscreen (the default without
a display) and under Xvfb.
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


def _wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _window(app: Any, scratch: Path, lang: str, theme: str, size: str) -> Any:
    from enablement.config import Settings
    from enablement.ui.main import create_window

    width, height = (int(v) for v in size.split("x"))
    window = create_window(app, theme=theme, language=lang, opener=lambda _path: None)
    window.resize(width, height)
    window.show()
    window.first_run.open(Settings(scratch / f"library-{lang}", None, "anna", is_default_library=True))
    _wait(600)
    return window


def _close(window: Any) -> None:
    window.close()
    window.deleteLater()
    _wait(50)


def _with_dialog(window: Any, box: Any) -> Any:
    """The window with `box` (a window of its own, which grab() leaves out) drawn over it, framed."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QPainter, QPen

    _wait(400)
    shot = window.grab()
    dialog = box.grab()
    x, y = (shot.width() - dialog.width()) // 2, (shot.height() - dialog.height()) // 3
    painter = QPainter(shot)
    painter.fillRect(0, 0, shot.width(), shot.height(), QColor(0, 0, 0, 60))  # the app behind, dimmed
    frame = QRect(x - 1, y - 1, dialog.width() + 1, dialog.height() + 1)
    painter.fillRect(frame, box.palette().window())
    painter.setPen(QPen(box.palette().mid().color()))
    painter.drawRect(frame)
    painter.drawPixmap(x, y, dialog)
    painter.end()
    box.reject()
    return shot


def main(argv: list[str] | None = None) -> int:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--confirm", action="store_true", help="also the demo removal's question")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    scratch = Path(tempfile.mkdtemp(prefix="enablement-first-run-"))
    QCoreApplication.setOrganizationName("EnablementHubScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.theme == "light" else "-dark"
    written = []
    for lang in ("en", "ru"):
        window = _window(app, scratch, lang, args.theme, args.size)
        name = f"first-run{'' if lang == 'en' else '-ru'}{suffix}.png"
        window.grab().save(str(args.out / name))
        written.append(name)
        _close(window)
    if args.confirm:  # last: choosing the demo is remembered in these settings
        window = _window(app, scratch, "en", args.theme, args.size)
        window.first_run.page.demo.button.click()  # builds the demo library, as a newcomer's click does
        while window.services is None:
            _wait(200)
        window.runner.wait_idle(60_000)
        window.welcome.hide()
        _wait(800)
        name = f"first-run-remove-demo{suffix}.png"
        _with_dialog(window, window.first_run.confirm_remove_demo()).save(str(args.out / name))
        written.append(name)
        _close(window)
    for name in written:
        print(f"screenshots: wrote {args.out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
