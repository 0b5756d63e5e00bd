"""Drive desktop agents (`enablement.bench.desktop_agent`) as child processes.

Used by `enablement bench team` and by the multi-desktop tests: each `AgentProcess` is one desktop
with its own folder and login. A reader thread turns the agent's stdout into a queue, so every wait
has a timeout; the agent's stderr goes to `agent.log` in its folder (shown when it fails).
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from enablement.credentials import ENV_PASSWORD

__all__ = ["AgentFailed", "AgentProcess", "desktop_url"]


class AgentFailed(RuntimeError):
    """An agent answered with an error, did not answer in time, or died.

    Attributes:
        reply: the agent's answer when it gave one ({"error", "kind", ...}).
    """

    def __init__(self, message: str, reply: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.reply = reply or {}


def desktop_url(owner_url: str, login: str, *, port: int | None = None) -> str:
    """The URL a desktop signs in with: the team database, `login`, no password, maybe another port."""
    url = sa.engine.make_url(owner_url.replace("postgres://", "postgresql://", 1))
    url = url.set(drivername="postgresql", username=login, password=None)
    if port is not None:
        url = url.set(port=port)
    return url.render_as_string(hide_password=False)


class AgentProcess:
    """One headless desktop in a child process.

    Args:
        name: a label for messages ("desktop 2").
        folder: the desktop's own library folder (its index and cache); created if needed.
        db_url: the team library's URL without the password.
        password: passed as ENABLEMENT_PASSWORD, never on the command line.
    """

    def __init__(self, name: str, *, folder: Path, db_url: str, password: str) -> None:
        self.name = name
        self.folder = Path(folder)
        self.db_url = db_url
        self._password = password
        self._proc: subprocess.Popen[str] | None = None
        self._replies: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._reader: threading.Thread | None = None
        self._log: IO[str] | None = None
        self.ready: dict[str, Any] = {}

    @property
    def log_path(self) -> Path:
        return self.folder / "agent.log"

    def start(self) -> AgentProcess:
        """Start the process (without waiting for it: see `wait_ready`)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, **{ENV_PASSWORD: self._password})
        self._log = open(self.log_path, "w", encoding="utf-8")  # noqa: SIM115 (closed in stop())
        command = [sys.executable, "-m", "enablement.bench.desktop_agent"]
        self._proc = subprocess.Popen(
            [*command, "--library", str(self.folder), "--db", self.db_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            encoding="utf-8",
            bufsize=1,
            env=env,
        )
        self._reader = threading.Thread(target=self._read, name=f"{self.name}-reader", daemon=True)
        self._reader.start()
        return self

    def wait_ready(self, timeout: float = 60.0) -> dict[str, Any]:
        """Wait for the agent's first line: {"ready": true, "user", "pid"}."""
        reply = self.receive(timeout)
        if not reply.get("ready"):
            raise AgentFailed(f"{self.name} did not start: {reply.get('error')}{self._tail()}", reply)
        self.ready = reply
        return reply

    def send(self, op: str, **args: Any) -> None:
        """Write one command without waiting (pair each with a `receive`)."""
        if self._proc is None or self._proc.stdin is None:
            raise AgentFailed(f"{self.name} is not running")
        try:
            self._proc.stdin.write(json.dumps({"op": op, **args}) + "\n")
            self._proc.stdin.flush()
        except OSError as exc:
            raise AgentFailed(f"{self.name} is gone ({exc}){self._tail()}") from None

    def receive(self, timeout: float = 60.0) -> dict[str, Any]:
        """The next answer, in order."""
        try:
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            raise AgentFailed(f"{self.name} did not answer within {timeout:g} s{self._tail()}") from None
        if reply is None:
            raise AgentFailed(f"{self.name} exited{self._tail()}")
        return reply

    def request(self, op: str, *, timeout: float = 60.0, **args: Any) -> dict[str, Any]:
        """Send a command and return the answer as is (an error answer included)."""
        self.send(op, **args)
        return self.receive(timeout)

    def call(self, op: str, *, timeout: float = 60.0, **args: Any) -> dict[str, Any]:
        """Send a command and return the answer; AgentFailed when it is an error."""
        reply = self.request(op, timeout=timeout, **args)
        if "error" in reply:
            raise AgentFailed(f"{self.name} {op}: {reply['kind']}: {reply['error']}", reply)
        return reply

    def stop(self, timeout: float = 15.0) -> None:
        """Ask the agent to quit; kill it when it does not."""
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            try:
                self.send("quit")
                if proc.stdin is not None:
                    proc.stdin.close()
                proc.wait(timeout)
            except (AgentFailed, OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait(5.0)
        if self._reader is not None:
            self._reader.join(5.0)
        if proc.stdout is not None:
            proc.stdout.close()
        if self._log is not None:
            self._log.close()
        self._proc = None

    def _read(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for line in self._proc.stdout:
            try:
                self._replies.put(json.loads(line))
            except ValueError:
                self._replies.put({"error": f"not a protocol line: {line.strip()!r}", "kind": "BadReply"})
        self._replies.put(None)  # end of output: the process exited

    def _tail(self, lines: int = 15) -> str:
        """The end of the agent's stderr, for a failure message."""
        time.sleep(0.1)
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""
        return "\n  " + "\n  ".join(text.splitlines()[-lines:]) if text else ""
