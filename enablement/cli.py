"""The `enablement` command: no subcommand opens the desktop app; subcommands work headless.

Each concern registers its own verbs (`register(subparsers)` in the modules of
COMMAND_MODULES); a verb's handler receives the parsed args and a `Context`
that opens the services on first use, so `--help` never touches the library.
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

COMMAND_MODULES = (
    "enablement.ingest.commands",
    "enablement.search.commands",
    "enablement.voting.commands",
    "enablement.bench.commands",
    "enablement.desktop",
)

Handler = Callable[[argparse.Namespace, "Context"], int | None]


class Context:
    """Lazily built services for one command invocation."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.settings = Settings.resolve(args.library, args.db, args.user)
        self._services: Services | None = None

    def services(self, *, create_demo: bool = False) -> Services:
        if self._services is None:
            from enablement.app import build_services

            self._services = build_services(self.settings, create_demo=create_demo)
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


def print_json(obj: Any) -> None:
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
    parser.add_argument("--user", metavar="NAME", help=f"act as this person (env {ENV_USER})")
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
    """enablement://… links (and what follows them) are for the desktop app, not for a subcommand."""
    for i, arg in enumerate(argv):
        if arg.lower().startswith("enablement://"):
            return list(argv[:i]), list(argv[i:])
    return list(argv), []


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    options, links = _split_links(sys.argv[1:] if argv is None else argv)
    args, rest = parser.parse_known_args(options)
    rest = [*rest, *links]
    if links and args.command is not None:
        parser.error("a link opens the desktop app; give it without a command")
    if args.command is None:
        from enablement.ui.main import run_app

        return run_app(args, rest)
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


if __name__ == "__main__":
    raise SystemExit(main())
