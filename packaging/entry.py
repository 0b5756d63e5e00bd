"""The bundled app's one entry point: no arguments open the desktop app, a command runs the CLI.

PyInstaller freezes this file, not the `enablement` console script. `freeze_support()` comes first:
the importer's extraction workers and `reindex` start with the "spawn" method, which in a frozen
app re-runs this executable as the child; without it the child would open another window.
`--report-export` first runs the report painter that `enablement insights report` starts as a
child (enablement.cli.report; outside the bundle that child is `python -m enablement.ui.report_export`).
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.argv[1:2] == ["--report-export"]:
        from enablement.ui.report_export import main as report_main

        sys.exit(report_main(sys.argv[2:]))
    from enablement.cli import main

    sys.exit(main())
