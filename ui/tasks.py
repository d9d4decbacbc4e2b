"""Work off the GUI thread, results back by signal (after Anki's taskman).

Database work runs on one serial worker, network work on another, so database writes never race each
other and a slow network never holds up reading the cache. Documents (Excel, PDF) are made on a third,
from data already read, so a long export never holds up saving what the user types.
"""

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ui.messages import logged

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(int, object, object)  # task id, result, exception


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.task_id = task_id
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:
            result, error = None, exc
        try:
            self.relay.finished.emit(self.task_id, result, error)
        except RuntimeError:  # the app closed meanwhile and took the relay with it: nobody to tell
            log.debug("background job %s finished after the app closed", self.task_id)


Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class TaskManager(QObject):
    """A job that fails with no `on_error` of its own is not lost: its traceback goes to the log and
    `unhandled` carries the exception to whoever shows it in words (the application's controller)."""

    unhandled = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = QThreadPool(self)
        self.db.setMaxThreadCount(1)
        self.net = QThreadPool(self)
        self.net.setMaxThreadCount(1)
        self.work = QThreadPool(self)
        self.work.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None, str]] = {}
        self._relay = _Relay()
        self._relay.finished.connect(self._finished)

    def run_db(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        self._start(self.db, fn, on_done, on_error)

    def run_net(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        self._start(self.net, fn, on_done, on_error)

    def run_work(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        self._start(self.work, fn, on_done, on_error)

    def _start(
        self, pool: QThreadPool, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None
    ) -> None:
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error, getattr(fn, "__qualname__", repr(fn)))
        pool.start(_Task(task_id, fn, self._relay))

    @Slot(int, object, object)
    def _finished(self, task_id: int, result: Any, error: Exception | None) -> None:
        on_done, on_error, name = self._callbacks.pop(task_id, (None, None, "?"))
        try:
            if error is not None:
                if on_error is None:
                    log.error("background job %s failed", name, exc_info=error)
                    logged(error)
                    self.unhandled.emit(error)
                    return
                on_error(error)
            elif on_done is not None:
                on_done(result)
        except Exception as exc:  # a bug in a handler: logged and shown like a failed job
            log.error("the handler of background job %s failed", name, exc_info=exc)
            self.unhandled.emit(exc)

    def wait(self) -> None:
        self.db.waitForDone()
        self.net.waitForDone()
        self.work.waitForDone()

    def close(self) -> None:
        """Wait for the running jobs and forget the handlers of those not yet reported: a closed app's
        windows are not called back (their handlers would keep the windows, and their data, alive)."""
        self.wait()
        self._callbacks.clear()
