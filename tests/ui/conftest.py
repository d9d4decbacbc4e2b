"""The app as a person uses it: offscreen Qt, against the real server on loopback."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.support.live_server import LiveServer
from tests.support.ui import close, make_controller
from ui.application import Controller


@pytest.fixture
def controller(qapp: QApplication, server: LiveServer, tmp_path: Path) -> Iterator[Controller]:
    started = make_controller(qapp, server.url, tmp_path / "app")
    yield started
    close(started)
