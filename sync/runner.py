"""When to sync: at start, on demand, after a write, and on a timer that backs off while failing.

A plain thread, no Qt: the UI wraps it and turns status callbacks into signals.
"""

import logging
import threading

from jobs import Cancelled, CancelToken, Progress
from sync.engine import Report, SyncEngine
from sync.errors import LoginRequired

INTERVAL = 300.0  # seconds between syncs while all is well
FIRST_RETRY = 5.0
LONGEST_WAIT = 900.0

log = logging.getLogger(__name__)


def next_delay(
    failures: int, interval: float = INTERVAL, first: float = FIRST_RETRY, cap: float = LONGEST_WAIT
) -> float:
    """Seconds to wait before the next attempt after `failures` failures in a row (0: all is well)."""
    if failures <= 0:
        return interval
    return min(cap, first * float(2 ** (failures - 1)))


class SyncRunner:
    def __init__(
        self,
        engine: SyncEngine,
        *,
        interval: float = INTERVAL,
        first_retry: float = FIRST_RETRY,
        longest_wait: float = LONGEST_WAIT,
        progress: Progress | None = None,
    ) -> None:
        self.engine = engine
        self.interval = interval
        self.first_retry = first_retry
        self.longest_wait = longest_wait
        self.progress = progress
        self.failures = 0
        self.last_report: Report | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._cancel = CancelToken()
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self.synced = threading.Condition()  # notified after every attempt, for whoever waits on it
        self.attempts = 0

    def start(self) -> None:
        self._thread.start()

    def request(self) -> None:
        """Sync as soon as possible (the user asked, or something was just entered)."""
        self._wake.set()

    def cancel(self) -> None:
        """Stop the sync under way, if any, at its next batch or page."""
        self._cancel.cancel()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._cancel.cancel()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            self._cancel = CancelToken()
            try:
                report = self.engine.sync(self._cancel, self.progress)
            except Exception as exc:  # never expected (sync reports its errors), but the loop goes on
                log.exception("a background sync failed")
                report = Report(error=exc)
            self.last_report = report
            if report.error is None:
                self.failures = 0
            elif not isinstance(report.error, Cancelled):
                self.failures += 1
            with self.synced:
                self.attempts += 1
                self.synced.notify_all()
            if isinstance(report.error, LoginRequired):
                delay = None  # nothing to do until someone logs in and asks again
            else:
                delay = next_delay(self.failures, self.interval, self.first_retry, self.longest_wait)
            self._wake.wait(delay)
