"""The reference server started inside the app for demo mode: loopback only, demo data, own thread.

This is the one place outside server/ that imports the server, and only when no server is configured.
"""

import socket
import threading
from collections.abc import Callable
from pathlib import Path

from models.profiles import data_root


class EmbeddedServer:
    def __init__(self, data_dir: Path | None = None, flats: int = 240) -> None:
        folder = (data_dir or data_root()) / "demo-server"
        folder.mkdir(parents=True, exist_ok=True)
        self.database_url = f"sqlite:///{folder / 'demo.sqlite3'}"
        self.flats = flats
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: object | None = None
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()
        self.error: BaseException | None = None

    @property
    def demo_password(self) -> str:
        """The password of every demo login."""
        from server.demo import DEMO_PASSWORD

        return DEMO_PASSWORD

    def start(self, on_status: Callable[[str], None] | None = None) -> None:
        """Seed (the first time) and serve, in a thread; `ready` is set once requests are answered."""
        self._thread = threading.Thread(
            target=self._run, args=(on_status,), name="embedded-server", daemon=True
        )
        self._thread.start()

    def _run(self, on_status: Callable[[str], None] | None) -> None:
        try:
            import uvicorn

            from server import demo
            from server.config import Settings
            from server.db import Database, upgrade
            from server.main import create_app

            settings = Settings(database_url=self.database_url, delivery="demo", public_url=self.url)
            db = Database(self.database_url)
            upgrade(db.engine)
            with db.session() as session:
                if not demo.is_seeded(session):
                    if on_status:
                        on_status("seeding")
                    demo.seed(session, settings, flats=self.flats)
            server = uvicorn.Server(
                uvicorn.Config(
                    # log_config=None: uvicorn's records go to the app's log, not a console of their own
                    create_app(settings, db),
                    log_level="warning",
                    lifespan="off",
                    log_config=None,
                    proxy_headers=False,  # the server's trusted_proxies decide (none here)
                )
            )
            self._server = server
            serving = threading.Thread(target=server.run, kwargs={"sockets": [self.sock]}, daemon=True)
            serving.start()
            while not server.started and serving.is_alive():
                serving.join(0.01)
            if not server.started:
                raise RuntimeError("the demo server did not start")
            self.ready.set()
            serving.join()
            db.dispose()
        except BaseException as exc:  # reported to the UI, which says so in words
            self.error = exc
            self.ready.set()

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True  # type: ignore[attr-defined]
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.sock.close()
