"""Cancellation and progress of long work, shared by the sync engine and the app's services.

A leaf: it imports nothing of the project, so a PDF export can be cancelled without loading the sync
engine, SQLAlchemy or pydantic.
"""

import threading
from collections.abc import Callable

__all__ = ["CancelToken", "Cancelled", "Progress"]


class Cancelled(Exception):
    """The person pressed Cancel; the work stopped and kept nothing half done."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


Progress = Callable[[str, int, int | None], None]  # phase, done, total (None when unknown)
