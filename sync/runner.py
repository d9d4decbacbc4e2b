"""When to sync: at start, on demand, after a write, and on a timer that backs off while failing.

Every sync pulls, even with nothing queued, so a server that went away is noticed within one interval,
not at the person's next action. While it is away the attempts back off from FIRST_RETRY up to
LONGEST_WAIT (a minute), each shortened by a random part of up to JITTER of it so that many apps
coming back after an outage do not knock at the same second; what waits goes within a minute of the
server's return.

A plain thread, no Qt: the UI wraps it and turns status callbacks into signals.
"""

import logging
import random
import threading
from collections.abc import Callable

from jobs import Cancelled, CancelToken, Progress
from sync.engine import Report, SyncEngine
from sync.errors import LoginRequired

INTERVAL = 300.0  # seconds between syncs while all is well
FIRST_RETRY = 5.0
LONGEST_WAIT = 60.0
JITTER = 0.2  # each wait after a failure is shortened by up to this part of it

log = logging.getLogger(__name__)


def next_delay(
    failures: int,
    interval: float = INTERVAL,
    first: float = FIRST_RETRY,
    cap: float = LONGEST_WAIT,
    jitter: float = 0.0,
    draw: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before the next attempt after `failures` failures in a row (0: all is well).

    After a failure the wait doubles from `first` up to `cap`, then loses `jitter * draw()` of itself
    (`draw` gives a number in [0, 1)), so it never exceeds the cap."""
    if failures <= 0:
        return interval
    delay = min(cap, first * float(2 ** min(failures - 1, 32)))
    return delay * (1.0 - jitter * draw())


class SyncRunner:
    def __init__(
        self,
        engine: SyncEngine,
        *,
        interval: float = INTERVAL,
        first_retry: float = FIRST_RETRY,
        longest_wait: float = LONGEST_WAIT,
        jitter: float = JITTER,
        progress: Progress | None = None,
    ) -> None:
        self.engine = engine
        self.interval = interval
        self.first_retry = first_retry
        self.longest_wait = longest_wait
        self.jitter = jitter
        self.progress = progress
        self.failures = 0
        self.last_report: Report | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._cancel = CancelToken()
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self.synced = threading.Condition()  # notified after every attempt, for whoever waits on it
        self.attempts = 0
        self.waits: list[float | None] = []  # the last few waits chosen after an attempt, newest last

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
            if isinstance(report.error, LoginRequired):
                delay = None  # nothing to do until someone logs in and asks again
            else:
                delay = next_delay(
                    self.failures, self.interval, self.first_retry, self.longest_wait, self.jitter
                )
            self.waits = [*self.waits[-9:], delay]
            with self.synced:
                self.attempts += 1
                self.synced.notify_all()
            self._wake.wait(delay)
