"""The `enablement` command: no subcommand opens the desktop app; subcommands work headless.

The verbs live here, in one module per area (`enablement.cli.library`, `.search`,
`.voting`, `.intel`, `.bench`, `.desktop`, and `.team` once it exists), not in the domain
packages: the domain stays usable without argparse, and import-linter can check
that nothing below the front ends imports them. Each module of COMMAND_MODULES
registers its verbs (`register(subparsers)`); a verb's handler receives the
parsed args and a `Context` that opens the services on first use, through the
composition root (`enablement.app.build_services`), so `--help` never touches
the library.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from enablement import __version__
from enablement.config import ENV_DB, ENV_LIBRARY, ENV_USER, Settings
from enablement.errors import EnablementError

if TYPE_CHECKING:
    from enablement.app import Services

# A module that is not installed (yet) is skipped: `team` arrives in a later change.
COMMAND_MODULES = (
    "enablement.cli.library",
    "enablement.cli.search",
    "enablement.cli.voting",
    "enablement.cli.intel",
    "enablement.cli.bench",
    "enablement.cli.desktop",
    "enablement.cli.team",
    "enablement.cli.insights",
    "enablement.cli.pitch",
    "enablement.cli.workbench",
    "enablement.cli.cards",
    "enablement.cli.versions",
    "enablement.cli.publishing",
    "enablement.cli.watch",
    "enablement.cli.demo",
)

# Verbs that take enablement:// links as arguments (slides of a pitch) instead of opening the app.
LINK_VERBS = frozenset({"pitch"})

Handler = Callable[[argparse.Namespace, "Context"], int | None]


class Context:
    """Lazily built services for one command invocation.

    Attributes:
        args: the parsed command line.
        settings: library, database and user resolved from options and environment.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.settings = Settings.resolve(args.library, args.db, args.user)
        self._services: Services | None = None

    def services(self, *, create_demo: bool = False) -> Services:
        """The services, built on first use (a verb that needs none never opens the library)."""
        if self._services is None:
            from enablement.app import build_services

            self._services = build_services(self.settings, create_demo=create_demo)
            # On a team library the login decides who acts: from now on that is the user.
            self.settings = self._services.settings
        return self._services

    def user(self) -> str:
        """Who acts: the signed-in login on a team library, else --user / ENABLEMENT_USER / the OS user."""
        return self.services().user

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


def print_json(obj: Any) -> None:
    """One JSON document on stdout: what every verb's `--json` promises scripts."""
    json.dump(obj, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="enablement",
        description="Enablement Hub. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"enablement {__version__}")
    parser.add_argument("--library", metavar="DIR", help=f"library folder (env {ENV_LIBRARY})")
    parser.add_argument("--db", metavar="URL", help=f"database URL, e.g. postgresql://… (env {ENV_DB})")
    parser.add_argument(
        "--user", metavar="NAME", help=f"act as this person of the library's roster (env {ENV_USER})"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print `data` as JSON with --json, else the sentence `text` (verbs that answer either way)."""
    if args.json:
        print_json(data)
    else:
        print(text)


def json_flag() -> argparse.ArgumentParser:
    """A parent parser giving a verb the --json flag."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--json", action="store_true", help="print JSON")
    return parent


def positive_int(text: str) -> int:
    """argparse type for counts such as --limit: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _split_links(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """enablement://… links (and what follows them) are for the desktop app, not for a subcommand
    (except a verb of LINK_VERBS, which names slides with them)."""
    for i, arg in enumerate(argv):
        if arg in LINK_VERBS:
            return list(argv), []
        if arg.lower().startswith("enablement://"):
            return list(argv[:i]), list(argv[i:])
    return list(argv), []


def _trailing_words(args: argparse.Namespace, rest: list[str]) -> list[str]:
    """Words after the options belong to a verb's free-text list (`set_defaults(trailing_words=DEST)`).

    argparse fills a `nargs="*"` positional where it first meets it, so in `feedback add 3 --unit
    slide:7 --verdict wrong The price is old` the comment would come back as unrecognized.
    """
    dest = getattr(args, "trailing_words", None)
    if not dest or not rest or any(word.startswith("-") for word in rest):
        return rest
    getattr(args, dest).extend(rest)
    return []


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the `enablement` console script)."""
    parser = build_parser()
    options, links = _split_links(sys.argv[1:] if argv is None else argv)
    args, rest = parser.parse_known_args(options)
    rest = [*rest, *links]
    if links and args.command is not None:
        parser.error("a link opens the desktop app; give it without a command")
    if args.command is None:
        from enablement.ui.main import run_app

        return run_app(args, rest)
    rest = _trailing_words(args, rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    ctx = Context(args)
    try:
        handler: Handler = args.handler
        return handler(args, ctx) or 0
    except EnablementError as exc:
        print(f"enablement: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `enablement search … | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0
    except KeyboardInterrupt:
        print("enablement: interrupted", file=sys.stderr)
        return 130
    finally:
        ctx.close()
