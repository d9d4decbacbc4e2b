"""The reference server on a loopback port, in a thread of the test process, over a real database."""

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import requests
import uvicorn

from server.config import Settings
from server.db import Database
from server.main import create_app


def seeded(settings: Settings, flats: int, months: int) -> Settings:
    """Migrate the settings' database and fill it with demo data; returns the settings."""
    from server import demo
    from server.db import upgrade

    db = Database(settings.database_url)
    upgrade(db.engine)
    with db.session() as session:
        demo.seed(session, settings, flats=flats, months=months)
    db.dispose()
    return settings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(condition: Any, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.005)


class LiveServer:
    def __init__(self, settings: Settings, port: int = 0) -> None:
        self.settings = settings
        self.db = Database(settings.database_url)
        self.app = create_app(settings, self.db)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        settings.public_url = self.url
        # proxy_headers=False, as `python -m server serve` runs it: settings.trusted_proxies decide.
        config = uvicorn.Config(
            self.app, log_level="warning", lifespan="off", access_log=False, proxy_headers=False
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self) -> "LiveServer":
        self.thread.start()
        wait_for(lambda: self.server.started, what="the server to start")
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
        self.db.dispose()

    def captcha_answer(self, captcha_id: str) -> str:
        return str(self.app.state.captcha_answers[captcha_id])


@contextmanager
def running(settings: Settings) -> Iterator[LiveServer]:
    server = LiveServer(settings).start()
    try:
        yield server
    finally:
        server.stop()


class Api:
    """A thin requests wrapper: base URL, bearer token, JSON."""

    def __init__(self, base_url: str, token: str | None = None) -> None:
        self.base = base_url
        self.http = requests.Session()
        self.token = token

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {**self._headers(), **kwargs.pop("headers", {})}
        return self.http.request(method, self.base + path, headers=headers, timeout=30, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("DELETE", path, **kwargs)

    def login(self, login: str, password: str) -> "Api":
        response = self.post("/api/v1/auth/login", json={"login": login, "password": password})
        assert response.status_code == 200, response.text
        self.token = response.json()["token"]
        return self

    def close(self) -> None:
        self.http.close()
