"""Smoke-test a built Linux bundle the way a salesperson meets it, with a fresh home folder.

    .venv/bin/python scripts/build_bundle.py && .venv/bin/python scripts/smoke_bundle.py

Nothing of the checkout or its virtualenv is reachable from the bundle: every run gets a minimal
environment (PATH=/usr/bin:/bin, a new HOME and XDG folders, QT_QPA_PLATFORM=offscreen, no PYTHON*
or ENABLEMENT_* variables). In order:

1. unpack the tarball and run its install.sh (the menu entry and the enablement:// handler are
   written, `~/.local/bin/enablement` links the installed executable);
2. first launch of the desktop app (ENABLEMENT_EXIT_AFTER_FIRST_WINDOW=ready): the window comes up
   asking how to start (demo, own folder, team) and makes no library unasked, then closes, exit 0;
   launched again with ENABLEMENT_EXIT_AFTER_FIRST_WINDOW=demo, it presses "Try the demo" as a newcomer
   would and the app builds the demo library; the bundled CLI builds one too (`init --demo`, another
   folder); the next launch opens the library without asking and closes cleanly once it is open;
3. the bundled CLI answers a Russian search on that library (a known battle-card section) and a
   query typed in the wrong keyboard layout;
4. the user adds a battle card of their own (`import`), and a watched folder is imported
   (`watch FOLDER --once`, on a library of its own);
5. update: a "newer" bundle (the same build, its VERSION changed) is installed over the old one by
   install.sh; the old folder is replaced whole, and the library, the user's own card, the settings
   file and the menu entry are all still there and used (the app starts on them again);
6. cold start: `--runs` launches (default 5) to the first window on the existing library, timed from
   the process start to the line the app prints once its window has painted; the median is printed
   (with `--drop-caches`, as root, the page cache is dropped before each launch for a truly cold start).

Prints one line per check and `N passed, M failed`; exits 1 when a check failed. `--report FILE`
writes the figures (sizes, times) as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "enablement-hub"
RUSSIAN_QUERY = "слабые места альфа-софт"  # the demo's Russian battle card, section «Слабые места»
WRONG_LAYOUT_QUERY = "rjyrehtyn"  # «конкурент» typed with the English layout
USER_CARD = """---
title: Бета-Телеком — боевая карточка продавца
competitor: Бета-Телеком
language: ru
---

## Слабые места

Бета-Телеком не поставляет гироскопы для наших стоек и ждёт поставок по полгода.
"""
USER_QUERY = "гироскопами"  # an inflected form of a word only the user's card has
TIMEOUT = 240


class Smoke:
    """Runs the bundle in a fresh home and records each check."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.figures: dict[str, object] = {}

    # ------------------------------------------------------------------ plumbing

    @property
    def data(self) -> Path:
        return self.home / ".local" / "share"

    @property
    def config(self) -> Path:
        return self.home / ".config"

    @property
    def installed(self) -> Path:
        return self.home / ".local" / "opt" / NAME

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.data),
            "XDG_CONFIG_HOME": str(self.config),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_RUNTIME_DIR": str(self.home / "run"),
            "TMPDIR": str(self.home / "tmp"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        env.update(extra)
        return env

    def run(self, args: list[str], **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, env=self.env(**extra), capture_output=True, text=True, timeout=TIMEOUT, cwd=self.home
        )

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run([str(self.home / ".local" / "bin" / "enablement"), *args])

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        (self.passed if ok else self.failed).append(name)
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""), flush=True)
        if not ok and detail:
            print("     " + detail.strip().replace("\n", "\n     ")[-3000:], flush=True)
        return ok

    def gui(self, mode: str) -> tuple[subprocess.CompletedProcess[str], dict[str, float]]:
        """Start the app (no arguments), time the lines it prints, wait for it to exit."""
        exe = self.home / ".local" / "bin" / "enablement"
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(exe)],
            env=self.env(ENABLEMENT_EXIT_AFTER_FIRST_WINDOW=mode),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=self.home,
        )
        seen: dict[str, float] = {}
        lines = []
        assert proc.stdout is not None
        deadline = started + TIMEOUT
        # An app that prints nothing more (a modal error box nobody closes) would block the loop
        # below for ever: it is killed at the deadline instead, and the check fails with its stderr.
        watchdog = threading.Timer(TIMEOUT, proc.kill)
        watchdog.start()
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("enablement: "):
                seen[line.strip()] = time.perf_counter() - started
            if time.perf_counter() > deadline:
                break
        try:
            code = proc.wait(timeout=max(1.0, deadline - time.perf_counter()))
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        watchdog.cancel()
        seen["exit"] = time.perf_counter() - started
        stderr = proc.stderr.read() if proc.stderr else ""
        return subprocess.CompletedProcess([str(exe)], code, "".join(lines), stderr), seen

    # ------------------------------------------------------------------ steps

    def contents(self, bundle_dir: Path) -> None:
        """What the app reads from files is in the bundle, and what it must not carry is not."""
        internal = bundle_dir / "_internal"
        resources = internal / "enablement" / "_resources"
        needed = [
            resources / "translations" / "enablement_ru.qm",
            resources / "icons" / "app.svg",
            resources / "demo" / "manifest.yaml",
            resources / "search" / "synonyms.txt",
            internal / "enablement" / "store" / "migrations" / "env.py",
        ]
        missing = [str(p.relative_to(bundle_dir)) for p in needed if not p.is_file()]
        self.check(
            "translations, icons, demo sources, synonyms and migrations are in the bundle",
            not missing,
            ", ".join(missing),
        )
        unwanted = [
            name
            for name in (
                "pytest",
                "_pytest",
                "pytestqt",
                "mypy",
                "ruff",
                "PyInstaller",
                "tkinter",
                "PySide6/QtQml.abi3.so",
            )
            if (internal / name).exists()
        ]
        self.check("no test tools, Tk or unused Qt modules in the bundle", not unwanted, ", ".join(unwanted))

    def verbs(self) -> None:
        """Every verb of the source's CLI is in the bundle's (imported by name, unseen by PyInstaller)."""
        sys.path.insert(0, str(ROOT))
        from enablement.cli import build_parser

        choices: set[str] = set()
        for action in build_parser()._actions:
            if isinstance(action, argparse._SubParsersAction):
                choices.update(action.choices)
        result = self.cli("--help")
        # under "COMMAND", each verb starts a line indented by four spaces: "    init    create (or open)…"
        bundled = set(re.findall(r"^    ([a-z][a-z-]*)(?:\s|$)", result.stdout, flags=re.MULTILINE))
        missing = sorted(choices - bundled)
        self.check(
            f"the bundled CLI has all {len(choices)} verbs", bool(choices) and not missing, ", ".join(missing)
        )

    def install(self, bundle_dir: Path) -> bool:
        result = self.run(["/bin/sh", str(bundle_dir / "install.sh")])
        ok = self.check(
            "install.sh installs the bundle", result.returncode == 0, result.stdout + result.stderr
        )
        entry = self.data / "applications" / f"{NAME}.desktop"
        text = entry.read_text(encoding="utf-8") if entry.is_file() else ""
        exe = self.installed / "enablement"
        self.check(
            "the menu entry starts the installed app and handles enablement:// links",
            f"Exec={exe} %u" in text
            and "MimeType=x-scheme-handler/enablement;" in text
            and "Icon=enablement-hub" in text,
            text or f"{entry} missing",
        )
        icon = self.data / "icons" / "hicolor" / "scalable" / "apps" / "enablement-hub.svg"
        self.check("the icon is in the icon theme", icon.is_file(), str(icon))
        return ok

    def first_launch(self) -> None:
        """The very first launch asks how to start; a newcomer's "Try the demo" builds it in the app;
        the bundled CLI builds one too; the next launch opens the library without asking."""
        library = self.data / "EnablementHub" / "library"
        result, seen = self.gui("ready")
        self.check(
            "first launch: the window asks how to start, makes no library unasked, exits cleanly",
            result.returncode == 0
            and "Traceback" not in result.stderr
            and "enablement: first window" in seen
            and "enablement: first run asks how to start" in seen
            and not (library / "library.db").exists(),
            f"exit {result.returncode}\n{result.stdout}\n{result.stderr}",
        )
        self.figures["first_launch_first_window_s"] = round(seen.get("enablement: first window", -1), 2)
        result, seen = self.gui("demo")
        self.check(
            "first run answered 'Try the demo': the bundled app builds the demo library, exits cleanly",
            result.returncode == 0
            and "Traceback" not in result.stderr
            and "enablement: first run: demo chosen" in seen
            and "enablement: library ready" in seen
            and (library / "library.db").exists(),
            f"exit {result.returncode}\n{result.stdout}\n{result.stderr}",
        )
        self.figures["app_demo_build_s"] = round(seen.get("enablement: library ready", -1), 2)
        started = time.perf_counter()
        result = self.cli("--library", str(self.home / "cli-demo"), "init", "--demo")
        self.figures["cli_demo_build_s"] = round(time.perf_counter() - started, 2)
        self.check(
            "the bundled CLI builds the demo library too (`init --demo`)",
            result.returncode == 0 and "Demo library: 15 imported" in result.stdout,
            result.stdout + result.stderr,
        )
        result, seen = self.gui("ready")
        self.check(
            "the next launch opens that library without asking, and exits cleanly",
            result.returncode == 0
            and "Traceback" not in result.stderr
            and "enablement: library ready" in seen
            and "enablement: first run asks how to start" not in seen,
            f"exit {result.returncode}\n{result.stdout}\n{result.stderr}",
        )
        self.figures["library_ready_s"] = round(seen.get("enablement: library ready", -1), 2)
        conf = self.config / "EnablementHub" / "Enablement Hub.conf"
        text = conf.read_text(encoding="utf-8") if conf.is_file() else ""
        self.check(
            "the app saved its settings on exit", "geometry" in text and "last=" in text, text or str(conf)
        )

    def searches(self) -> None:
        result = self.cli("search", RUSSIAN_QUERY, "--json")
        hits = _hits(result)
        self.check(
            f"the bundled CLI answers «{RUSSIAN_QUERY}» with the Russian battle card's «Слабые места»",
            bool(hits)
            and hits[0].get("source") == "alfa-soft_ru.md"
            and hits[0].get("heading") == "Слабые места",
            result.stdout[:1000] + result.stderr,
        )
        result = self.cli("search", WRONG_LAYOUT_QUERY, "--json")
        correction = _json(result).get("correction") or {}
        self.check(
            f"«{WRONG_LAYOUT_QUERY}» is corrected to «конкурент» and finds hits",
            "конкурент" in json.dumps(correction, ensure_ascii=False) and bool(_hits(result)),
            result.stdout[:1000] + result.stderr,
        )

    def user_card(self) -> None:
        card = self.home / "beta-telecom.md"
        card.write_text(USER_CARD, encoding="utf-8")
        result = self.cli("import", str(card), "--json")
        self.check(
            "the user imports a battle card of their own",
            _json(result).get("imported") == 1,
            result.stdout + result.stderr,
        )
        self.check("… and finds it", _finds_user_card(self.cli("search", USER_QUERY, "--json")))
        # a watched folder (watchdog), on a library of its own so the update below counts only the first
        folder, library = self.home / "watched", str(self.home / "watched-library")
        folder.mkdir()
        (folder / "beta-telecom.md").write_text(USER_CARD, encoding="utf-8")
        result = self.cli("--library", library, "watch", str(folder), "--once", "--json")
        self.check(
            "`watch FOLDER --once` imports the folder",
            _json(result).get("imported") == 1,
            result.stdout + result.stderr,
        )

    def update(self, bundle_dir: Path, scratch: Path) -> None:
        before_items = _json_list(self.cli("list", "--json"))
        conf = self.config / "EnablementHub" / "Enablement Hub.conf"
        conf_before = conf.read_text(encoding="utf-8")
        stale = self.installed / "_internal" / "left-by-the-old-version.txt"
        stale.write_text("an old version's file\n", encoding="utf-8")

        newer = scratch / "newer" / NAME
        shutil.copytree(bundle_dir, newer, symlinks=True)
        version = (newer / "VERSION").read_text(encoding="utf-8").strip() + "+smoke-update"
        (newer / "VERSION").write_text(version + "\n", encoding="utf-8")
        result = self.run(["/bin/sh", str(newer / "install.sh")])
        self.check(
            "a newer bundle installs over the older one",
            result.returncode == 0,
            result.stdout + result.stderr,
        )
        installed_version = (self.installed / "VERSION").read_text(encoding="utf-8").strip()
        self.check(
            "… replacing the old folder whole",
            installed_version == version
            and not stale.exists()
            and not (self.installed.parent / f"{NAME}.old").exists(),
            f"VERSION {installed_version!r}, stale file left: {stale.exists()}",
        )
        after_items = _json_list(self.cli("list", "--json"))
        self.check(
            "… keeping the library (same items, the user's own card found)",
            len(after_items) == len(before_items) > 0
            and _finds_user_card(self.cli("search", USER_QUERY, "--json")),
            f"{len(before_items)} items before, {len(after_items)} after",
        )
        self.check("… keeping the settings file untouched", conf.read_text(encoding="utf-8") == conf_before)
        result, seen = self.gui("ready")
        self.check(
            "… and the updated app opens the same library",
            result.returncode == 0
            and "enablement: library ready" in seen
            and f"last={self.data / 'EnablementHub' / 'library'}" in conf.read_text(encoding="utf-8"),
            f"exit {result.returncode}\n{result.stdout}\n{result.stderr}",
        )

    def cold_start(self, runs: int, drop_caches: bool) -> None:
        times, exits, cpu = [], [], []
        for _ in range(runs):
            if drop_caches:
                _drop_caches()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            result, seen = self.gui("1")
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if result.returncode != 0 or "enablement: first window" not in seen:
                self.check(
                    "cold start run", False, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
                )
                return
            times.append(seen["enablement: first window"])
            exits.append(seen["exit"])
        median = statistics.median(times)
        self.check(f"{runs} launches to the first window, each exits 0", True)
        print(
            f"     first window: median {median:.2f} s ({', '.join(f'{t:.2f}' for t in times)})", flush=True
        )
        self.figures["cold_start_first_window_median_s"] = round(median, 2)
        self.figures["cold_start_first_window_s"] = [round(t, 2) for t in times]
        self.figures["cold_start_process_exit_median_s"] = round(statistics.median(exits), 2)
        # CPU seconds of a whole launch (start, first window, close): a busy machine stretches the wall
        # clock of the figures above, much less this one
        self.figures["cold_start_launch_cpu_median_s"] = round(statistics.median(cpu), 2)
        self.figures["load_average_1min"] = round(os.getloadavg()[0], 1)
        self.figures["cold_start_page_cache_dropped"] = drop_caches


def _json(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    try:
        data = json.loads(result.stdout)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _json_list(result: subprocess.CompletedProcess[str]) -> list[object]:
    try:
        data = json.loads(result.stdout)
    except ValueError:
        return []
    return data if isinstance(data, list) else []


def _hits(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    hits = _json(result).get("hits")
    return hits if isinstance(hits, list) else []


def _finds_user_card(result: subprocess.CompletedProcess[str]) -> bool:
    return any(hit.get("source") == "beta-telecom.md" for hit in _hits(result))


def _drop_caches() -> None:
    subprocess.run(["sync"], check=False)
    Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def default_tarball(dist: Path) -> Path | None:
    found = sorted(dist.glob(f"{NAME}-*-linux-{platform.machine()}.tar.gz"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tarball", type=Path, help="the bundle's tarball (default: the newest in dist/)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where build_bundle.py put it")
    parser.add_argument("--runs", type=int, default=5, help="launches timed to the first window (default 5)")
    parser.add_argument(
        "--drop-caches", action="store_true", help="drop the page cache before each timed launch (root)"
    )
    parser.add_argument("--report", type=Path, help="write the figures as JSON here")
    parser.add_argument(
        "--keep", action="store_true", help="keep the scratch home folder (its path is printed)"
    )
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("smoke_bundle: the smoke test runs the Linux bundle only", file=sys.stderr)
        return 2
    tarball = args.tarball or default_tarball(args.dist)
    if tarball is None or not tarball.is_file():
        print(
            f"smoke_bundle: no bundle tarball in {args.dist}; run scripts/build_bundle.py first",
            file=sys.stderr,
        )
        return 2
    if args.drop_caches and os.geteuid() != 0:
        print("smoke_bundle: --drop-caches needs root", file=sys.stderr)
        return 2

    scratch = Path(tempfile.mkdtemp(prefix="enablement-smoke-"))
    try:
        home = scratch / "home"
        for sub in ("tmp", "run"):
            (home / sub).mkdir(parents=True)
        (home / "run").chmod(0o700)
        with tarfile.open(tarball) as tar:
            tar.extractall(scratch / "unpacked", filter="tar")
        bundle_dir = scratch / "unpacked" / NAME
        smoke = Smoke(home)
        smoke.figures["tarball"] = tarball.name
        smoke.figures["tarball_bytes"] = tarball.stat().st_size
        smoke.figures["folder_bytes"] = _size(bundle_dir)
        print(
            f"smoke_bundle: {tarball.name}: {tarball.stat().st_size / 2**20:.1f} MiB packed, "
            f"{_size(bundle_dir) / 2**20:.1f} MiB unpacked; home {home}",
            flush=True,
        )
        smoke.contents(bundle_dir)
        if smoke.install(bundle_dir):
            smoke.verbs()
            smoke.first_launch()
            smoke.searches()
            smoke.user_card()
            smoke.update(bundle_dir, scratch)
            if args.runs > 0:
                smoke.cold_start(args.runs, args.drop_caches)
        if args.report:
            args.report.write_text(
                json.dumps(smoke.figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        print(json.dumps(smoke.figures, ensure_ascii=False), flush=True)
        print(f"{len(smoke.passed)} passed, {len(smoke.failed)} failed", flush=True)
        return 1 if smoke.failed else 0
    finally:
        if args.keep:
            print(f"smoke_bundle: kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
