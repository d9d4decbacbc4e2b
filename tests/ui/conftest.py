"""The app as a person uses it: offscreen Qt, against the real server on loopback."""

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.support.live_server import LiveServer
from tests.support.ui import close, make_controller
from ui import collector
from ui.application import Controller


@pytest.fixture(autouse=True)
def collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app, Python's collector runs on the GUI thread only; a test's leftovers are collected
    when it ends, not in the middle of the next test."""
    collector.install(qapp)
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def windows_deleted(qapp: QApplication) -> Iterator[None]:
    """Every window a test leaves behind is closed and deleted when it ends: otherwise each later
    theme change restyles all the earlier tests' windows, and the suite slows down test by test."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def controller(qapp: QApplication, server: LiveServer, tmp_path: Path) -> Iterator[Controller]:
    started = make_controller(qapp, server.url, tmp_path / "app")
    yield started
    close(started)
