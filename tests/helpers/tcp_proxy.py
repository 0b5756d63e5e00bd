"""A TCP proxy a test can cut and restore: one desktop goes offline, the shared server stays up.

    with TcpProxy(("127.0.0.1", 5432)) as proxy:
        url = f"postgresql://sam@127.0.0.1:{proxy.port}/team"   # the desktop connects here
        proxy.cut()       # every connection through it drops; new ones are refused
        proxy.restore()   # accepting again, on the same port

Threads, not asyncio: a listener thread accepts, and each connection gets two pump threads (one per
direction) that copy bytes until either side closes. `cut()` closes the listening socket (clients
then get "connection refused", as from a server that is down) and shuts every open connection
down; `restore()` listens on the same port again.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType

BUFFER = 65536


class TcpProxy:
    """Forwards 127.0.0.1:`port` (chosen when started) to `target`.

    Args:
        target: (host, port) of the real server.

    Attributes:
        port: the local port clients connect to (fixed once started, kept across cut/restore).
        accepted: connections accepted so far (a test can see that a client came back).
    """

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self.accepted = 0
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._threads: list[threading.Thread] = []

    # ------------------------------------------------------------ control

    def start(self) -> TcpProxy:
        self._listen()
        return self

    def cut(self) -> None:
        """Refuse new connections and drop every open one."""
        self._stop_listening()
        with self._lock:
            sockets = list(self._open)
            self._open.clear()
        for sock in sockets:
            _close(sock)

    def restore(self) -> None:
        """Accept connections again, on the same port."""
        if self._listener is None:
            self._listen()

    def close(self) -> None:
        self.cut()
        for thread in self._threads:
            thread.join(2.0)
        self._threads.clear()

    @property
    def is_cut(self) -> bool:
        return self._listener is None

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------ the work

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._thread = threading.Thread(
            target=self._accept_loop, args=(listener,), name=f"proxy-accept-{self.port}", daemon=True
        )
        self._thread.start()

    def _stop_listening(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            _close(listener)  # unblocks accept() in the accept thread
        if self._thread is not None:
            self._thread.join(2.0)
            self._thread = None

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # the listener was closed: cut() or close()
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5.0)
                upstream.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if self._listener is not listener:  # cut while we were connecting upstream
                    _close(client)
                    _close(upstream)
                    return
                self._open.update((client, upstream))
                self.accepted += 1
            for src, dst in ((client, upstream), (upstream, client)):
                pump = threading.Thread(target=self._pump, args=(src, dst), daemon=True)
                pump.start()
                self._threads.append(pump)
            self._threads = [t for t in self._threads if t.is_alive()]

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(BUFFER):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            with self._lock:
                self._open.discard(src)
                self._open.discard(dst)
            _close(src)
            _close(dst)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
