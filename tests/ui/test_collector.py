"""Garbage that holds Qt objects is collected on the GUI thread, never in a worker that happens to
allocate: a widget destroyed off the GUI thread takes the process down."""

import gc
import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import collector


class Cycle:
    """Unreachable only as a cycle, so only the cycle collector frees it; says in which thread."""

    def __init__(self, freed_in: list[str]) -> None:
        self.me = self
        self.freed_in = freed_in

    def __del__(self) -> None:
        self.freed_in.append(threading.current_thread().name)


def test_cycles_are_collected_on_the_gui_thread_not_in_a_worker(qapp: QApplication, qtbot: QtBot) -> None:
    assert collector.install(qapp) is collector.install(qapp)  # one per app
    assert not gc.isenabled()
    gc.collect()
    freed_in: list[str] = []
    Cycle(freed_in)

    def allocate() -> None:  # far past every generation's threshold
        kept = [[n] for n in range(100_000)]
        del kept

    worker = threading.Thread(target=allocate, name="busy-worker")
    worker.start()
    worker.join()
    assert freed_in == []  # the worker's allocations did not run the collector
    qtbot.waitUntil(lambda: freed_in != [], timeout=5000)  # the GUI thread's timer did
    assert freed_in == [threading.main_thread().name]
