"""The Numbers page's one-page report, written without the window: for scripts and scheduled jobs.

    python -m enablement.ui.report_export FILE.pdf|FILE.png [--weeks N] [--lang en|ru]

`enablement insights report` runs this in a child process: the command line may not import Qt
(import-linter: cli and ui are siblings, only ui imports PySide6), and the report is painted by
the same widget the app exports (dashboard_export.ReportSheet), so a scheduled report and the
one saved from the Numbers page are the same page. The child opens the library named by the
environment (ENABLEMENT_LIBRARY, ENABLEMENT_DB, ENABLEMENT_USER: the parent passes its own
settings that way, which keeps a database password off the process list) through the one
composition root, counts the figures, paints the page on the light theme (paper) and writes it.

Exit status: 0 written (the path on stdout), 1 a refusal or a failure to write (the reason on
stderr, `enablement: …`), 2 bad arguments, 3 Qt cannot start here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

SUFFIXES = (".pdf", ".png")
EXIT_NO_QT = 3


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m enablement.ui.report_export")
    parser.add_argument("file", type=Path, help="where to write the report: a .pdf or .png file")
    parser.add_argument("--weeks", type=int, default=8, metavar="N")
    parser.add_argument("--lang", choices=("en", "ru"), default="en")
    args = parser.parse_args(argv)
    if args.file.suffix.lower() not in SUFFIXES:
        parser.error(f"{args.file} is neither a .pdf nor a .png file")
    if args.weeks < 1:
        parser.error("--weeks must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:  # no wheel, or a system library Qt needs is missing
        print(f"enablement: Qt cannot start here ({exc})", file=sys.stderr)
        return EXIT_NO_QT
    from enablement.errors import EnablementError

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    try:
        path = write_report(app, args.file, weeks=args.weeks, language=args.lang)
    except EnablementError as exc:
        print(f"enablement: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


def write_report(app: QApplication, path: Path, *, weeks: int, language: str) -> Path:
    """Count the figures of the library the environment names and write the page to `path`."""
    from enablement.app import build_services
    from enablement.config import Settings
    from enablement.ui.i18n import Translator
    from enablement.ui.loop.dashboard_export import ReportSheet, library_name, write_bytes, write_png
    from enablement.ui.theme import LIGHT, apply_theme, ui_font

    app.setFont(ui_font())
    apply_theme(app, LIGHT)
    Translator(app).apply(language)
    with build_services(Settings.resolve(), create_demo=False) as services:
        board = services.insights.dashboard(weeks=weeks)
        name = library_name(services)
    sheet = ReportSheet(theme=LIGHT)
    try:
        sheet.fill(board, name)
        if path.suffix.lower() == ".pdf":
            return write_bytes(sheet.to_pdf(), path)
        return write_png(sheet.to_image(), path)
    finally:
        sheet.deleteLater()


if __name__ == "__main__":
    sys.exit(main())
