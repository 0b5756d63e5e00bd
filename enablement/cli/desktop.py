"""`enablement register-links`: make `enablement://` links open this app, for the current user.

Only the verb lives here; what is written where (a freedesktop entry, Windows
registry keys) is `enablement.desktop`, which knows nothing of argparse.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from enablement.desktop import launcher_command, register_linux, register_windows
from enablement.preview.links import SCHEME

if TYPE_CHECKING:
    from enablement.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("register-links", help="make enablement:// links open this app (current user)")
    p.set_defaults(handler=cmd_register_links)


def cmd_register_links(args: argparse.Namespace, ctx: Context) -> int:
    command = launcher_command()
    if sys.platform.startswith("linux"):
        where = str(register_linux(command))
    elif sys.platform == "win32":
        where = register_windows(command)
    else:
        print(
            "enablement: on this system the link scheme is registered by the app bundle, not by a command",
            file=sys.stderr,
        )
        return 1
    print(f"{SCHEME}:// links now open Enablement Hub ({where})")
    return 0
