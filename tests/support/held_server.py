"""A loopback HTTP proxy in front of the live server that lets the first requests of a kind through and
holds the next one until the test releases it: a long job is then surely half done when it is cancelled.
"""

import http.client
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass
class Gate:
    url: str
    passed: int = 0  # requests of the held kind answered so far
    holding: threading.Event = field(default_factory=threading.Event)  # one is waiting at the gate
    released: threading.Event = field(default_factory=threading.Event)  # from now on all go through

    def release(self) -> None:
        self.released.set()


@contextmanager
def held_server(target_url: str, path: str, let_through: int) -> Iterator[Gate]:
    """Requests to `target_url` go through; of those whose path starts with `path`, the first
    `let_through` are answered and the next waits until `gate.release()` (then all go through)."""
    target = urlsplit(target_url)
    lock = threading.Lock()
    seen = 0

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _forward(self) -> None:
            nonlocal seen
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path.startswith(path):
                with lock:
                    seen += 1
                    mine = seen
                if mine > let_through and not gate.released.is_set():
                    gate.holding.set()
                    assert gate.released.wait(timeout=60), "the test never released the gate"
            upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
            try:
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                upstream.request(self.command, self.path, body=body or None, headers=headers)
                answer = upstream.getresponse()
                data = answer.read()
                if self.path.startswith(path):  # counted before the client hears the answer
                    with lock:
                        gate.passed += 1
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in HOP_BY_HOP:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            finally:
                upstream.close()

        do_GET = do_POST = do_PUT = do_DELETE = _forward  # noqa: N815 - http.server API

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    gate = Gate(f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield gate
    finally:
        gate.release()
        httpd.shutdown()
        httpd.server_close()
