"""The app as a person uses it: offscreen Qt, against the real server on loopback."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.options import Options
from tests.support.live_server import LiveServer
from ui.application import Controller

TODAY = date(2026, 3, 18)  # the test server's date: inside the submission window


@pytest.fixture
def controller(qapp: QApplication, server: LiveServer, tmp_path: Path) -> Iterator[Controller]:
    options = Options(server_url=server.url, data_dir=tmp_path / "app", language="en", demo_flats=12)
    started = Controller(qapp, options, today=lambda: TODAY)
    yield started
    started.shutdown()
    if started.window is not None:
        started.window.close()
