"""The bundled app's one entry point: no arguments open the desktop app, a command runs the CLI.

PyInstaller freezes this file, not the `enablement` console script. `freeze_support()` comes first:
the importer's extraction workers and `reindex` start with the "spawn" method, which in a frozen
app re-runs this executable as the child; without it the child would open another window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from enablement.cli import main

    sys.exit(main())
